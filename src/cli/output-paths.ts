/**
 * Output files are checked before any work starts, so that an hour of analysis never ends in
 * "no such directory": the folder must exist and be writable, the path must not be a folder,
 * and the disk must have room (a small probe is written and removed; free space is compared
 * with an estimate). Writing at the end still fails cleanly (a full disk, a device such as
 * /dev/full), with a sentence and exit code 1, never a stack trace.
 */
import { constants } from 'node:fs';
import { access, open, stat, statfs, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isatty } from 'node:tty';
import { UsageError } from './command.ts';

/** A path named on the command line that cannot be written: exit 2, said without the whole usage. */
export class OutputPathError extends UsageError {}

/** Thrown when a file cannot be written after the work is done; main prints it and exits with 1. */
export class OutputError extends Error {}

const PROBE_BYTES = 64 * 1024;

/** Checks that `path` (given as `flag`) can be written, expecting about `expectedBytes`. */
export async function checkOutputPath(flag: string, path: string, expectedBytes = 0): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory())
    throw new OutputPathError(`${flag} ${path}: that is a folder; name a file in it`);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo) throw new OutputPathError(`${flag} ${path}: the folder ${folder} does not exist`);
  if (!folderInfo.isDirectory()) throw new OutputPathError(`${flag} ${path}: ${folder} is not a folder`);
  if (existing?.isCharacterDevice() || existing?.isFIFO()) {
    await probeDevice(flag, path, target);
    return;
  }
  try {
    await access(existing ? target : folder, constants.W_OK);
  } catch {
    throw new OutputPathError(
      existing
        ? `${flag} ${path}: the file cannot be written (read-only or no permission)`
        : `${flag} ${path}: cannot write in ${folder} (read-only or no permission)`,
    );
  }
  const probe = join(folder, `.clusterscope-probe-${process.pid}-${Date.now()}`);
  try {
    await writeFile(probe, new Uint8Array(PROBE_BYTES));
  } catch (thrown) {
    throw new OutputPathError(`${flag} ${path}: ${writeFailure(thrown, folder)}`);
  } finally {
    await unlink(probe).catch(() => {});
  }
  const free = await statfs(folder).catch(() => undefined);
  if (free && expectedBytes > 0 && free.bavail * free.bsize < expectedBytes)
    throw new OutputPathError(
      `${flag} ${path}: the disk holding ${folder} has ${megabytes(free.bavail * free.bsize)} MB free; about ${megabytes(expectedBytes)} MB are needed`,
    );
}

/** A device (such as /dev/null or /dev/full) takes or refuses one byte; a terminal or pipe is left alone. */
async function probeDevice(flag: string, path: string, target: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(target, 'a');
    if (isatty(handle.fd)) return;
    const info = await handle.stat();
    if (info.isFIFO()) return;
    await handle.write(new Uint8Array([10]));
  } catch (thrown) {
    throw new OutputPathError(`${flag} ${path}: ${writeFailure(thrown, target)}`);
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** A failed write as an OutputError with a sentence (a full disk, no permission, …). */
export function outputError(flag: string, path: string, thrown: unknown): OutputError {
  return new OutputError(`${flag} ${path}: ${writeFailure(thrown, path)}`);
}

/** Writes an output file, turning a failure into an OutputError with a sentence. */
export async function writeOutput(flag: string, path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (thrown) {
    throw new OutputError(`${flag} ${path}: ${writeFailure(thrown, path)}`);
  }
}

function writeFailure(thrown: unknown, where: string): string {
  const code = (thrown as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return `the disk holding ${where} is full`;
  if (code === 'EDQUOT') return `the disk quota for ${where} is used up`;
  if (code === 'EROFS') return `${where} is on a read-only disk`;
  if (code === 'EACCES' || code === 'EPERM') return `no permission to write ${where}`;
  if (code === 'ENOENT') return `${where} does not exist`;
  return `cannot write it (${(thrown as Error).message})`;
}

function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
