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
import { PhrasedError, type PhraseValues, phrase } from '../i18n/phrase.ts';
import { UsageError } from './command.ts';

/** A path named on the command line that cannot be written: exit 2, said without the whole usage. */
export class OutputPathError extends UsageError {}

/** Thrown when a file cannot be written after the work is done; main says it and exits with 1. */
export class OutputError extends PhrasedError {}

const PROBE_BYTES = 64 * 1024;

/** Checks that `path` (given as `flag`) can be written, expecting about `expectedBytes`. */
export async function checkOutputPath(flag: string, path: string, expectedBytes = 0): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const existing = await stat(target).catch(() => undefined);
  const refuse = (key: string, values: PhraseValues = {}) =>
    new OutputPathError(`cli.output.${key}`, { flag, path, folder, ...values });
  if (existing?.isDirectory()) throw refuse('isFolder');
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo) throw refuse('noFolder');
  if (!folderInfo.isDirectory()) throw refuse('notFolder');
  if (existing?.isCharacterDevice() || existing?.isFIFO()) {
    await probeDevice(flag, path, target);
    return;
  }
  try {
    await access(existing ? target : folder, constants.W_OK);
  } catch {
    throw refuse(existing ? 'fileReadOnly' : 'folderReadOnly');
  }
  const probe = join(folder, `.clusterscope-probe-${process.pid}-${Date.now()}`);
  try {
    await writeFile(probe, new Uint8Array(PROBE_BYTES));
  } catch (thrown) {
    throw refuse('failed', { reason: writeFailure(thrown, folder) });
  } finally {
    await unlink(probe).catch(() => {});
  }
  const free = await statfs(folder).catch(() => undefined);
  if (free && expectedBytes > 0 && free.bavail * free.bsize < expectedBytes)
    throw refuse('disk', { free: megabytes(free.bavail * free.bsize), needed: megabytes(expectedBytes) });
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
    throw new OutputPathError('cli.output.failed', { flag, path, reason: writeFailure(thrown, target) });
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** A failed write as an OutputError with a sentence (a full disk, no permission, …). */
export function outputError(flag: string, path: string, thrown: unknown): OutputError {
  return new OutputError(phrase('cli.output.failed', { flag, path, reason: writeFailure(thrown, path) }));
}

/** Writes an output file, turning a failure into an OutputError with a sentence. */
export async function writeOutput(flag: string, path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (thrown) {
    throw outputError(flag, path, thrown);
  }
}

/** Why a write failed, by the system's error code; the system's own words when it is another. */
export const WRITE_FAILURES: Readonly<Record<string, string>> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  EROFS: 'readOnlyDisk',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOENT: 'missing',
};

function writeFailure(thrown: unknown, where: string) {
  const failure = WRITE_FAILURES[(thrown as NodeJS.ErrnoException).code ?? ''];
  return failure
    ? phrase(`cli.output.reason.${failure}`, { where })
    : phrase('cli.output.reason.other', { detail: (thrown as Error).message });
}

/** Megabytes to one decimal (said in the language's own decimal mark). */
function megabytes(bytes: number): number {
  return Math.round((10 * bytes) / 2 ** 20) / 10;
}
