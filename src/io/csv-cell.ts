/**
 * CSV cells as we write them: RFC 4180 quoting, `.` decimals at full precision, and formula
 * neutralisation. A text cell starting with `=` `+` `-` `@`, a tab or a carriage return would be
 * run as a formula by Excel or LibreOffice (CSV injection), so it gets a leading `'`, which
 * spreadsheets show as text and our CSV reader removes again. Numbers we write as numbers
 * (`-0.25`, `-1e-7`) are left alone: they are data, a spreadsheet reads them as numbers, and
 * prefixing them would turn every negative measure into text. Only JavaScript numbers count as
 * numbers here; the text "-5" is neutralised like any other text.
 */
import type { FieldValue } from '../model/fields.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Full precision (`String(x)` round-trips every double); NaN and infinities become empty cells. */
export function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function csvCell(value: FieldValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quote(neutraliseFormula(value));
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvWriteOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads "Müller" as written. */
  byteOrderMark?: boolean;
}

export function csvDocument(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  options: CsvWriteOptions = {},
): string {
  const lines = [header.map((name) => csvCell(name)).join(',')];
  for (const row of rows) lines.push(row.join(','));
  return `${options.byteOrderMark ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
