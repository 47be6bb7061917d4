/**
 * CSV for the sample networks: RFC 4180 quoting, comma, LF line ends, no byte-order mark, so
 * the committed files diff cleanly. (The app's exports use src/io's writers, which also guard
 * against spreadsheet formulas; generated samples hold no user text, so they need no guard.)
 */

export type Cell = string | number | boolean | null;

/** Quote a cell when it holds a comma, a quote or a line break; double inner quotes. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(header: readonly string[], rows: Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
