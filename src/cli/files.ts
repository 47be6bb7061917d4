/** Files named on the command line, read into the SourceFiles io/ takes. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Delimiter, SourceFile, TextEncoding } from '../io/index.ts';
import type { DecimalMark } from '../io/values.ts';
import { UsageError } from './command.ts';

export async function readSourceFiles(paths: readonly string[]): Promise<SourceFile[]> {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
      } catch (thrown) {
        throw cannotRead(path, thrown);
      }
    }),
  );
}

/** A file named on the command line that cannot be read: missing, or the system's reason. */
export function cannotRead(path: string, thrown: unknown): UsageError {
  return (thrown as NodeJS.ErrnoException).code === 'ENOENT'
    ? new UsageError('cli.error.noFile', { path })
    : new UsageError('cli.error.cannotRead', { path, detail: (thrown as Error).message });
}

const DELIMITER_NAMES = new Map<string, Delimiter>([
  [',', ','],
  ['comma', ','],
  [';', ';'],
  ['semicolon', ';'],
  ['\t', '\t'],
  ['\\t', '\t'],
  ['tab', '\t'],
  ['|', '|'],
  ['pipe', '|'],
]);

export function delimiterOption(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITER_NAMES.get(value.toLowerCase());
  if (!delimiter) throw new UsageError('cli.error.delimiter', { value });
  return delimiter;
}

const DECIMAL_NAMES = new Map<string, DecimalMark>([
  ['.', '.'],
  ['point', '.'],
  ['dot', '.'],
  [',', ','],
  ['comma', ','],
]);

export function decimalOption(value: string | undefined): DecimalMark | undefined {
  if (value === undefined) return undefined;
  const mark = DECIMAL_NAMES.get(value.toLowerCase());
  if (!mark) throw new UsageError('cli.error.decimal', { value });
  return mark;
}

const ENCODING_NAMES = new Map<string, TextEncoding>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['windows-1252', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

export function encodingOption(value: string | undefined): TextEncoding | undefined {
  if (value === undefined) return undefined;
  const encoding = ENCODING_NAMES.get(value.toLowerCase());
  if (!encoding) throw new UsageError('cli.error.encoding', { value });
  return encoding;
}
