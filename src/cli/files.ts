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
        const reason =
          (thrown as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (thrown as Error).message;
        throw new UsageError(`cannot read ${path}: ${reason}`);
      }
    }),
  );
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
  if (!delimiter) throw new UsageError(`--delimiter must be one of , ; tab | (got "${value}")`);
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
  if (!mark) throw new UsageError(`--decimal must be . or , (got "${value}")`);
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
  if (!encoding)
    throw new UsageError(`--encoding must be utf-8, windows-1252, utf-16le or utf-16be (got "${value}")`);
  return encoding;
}
