/**
 * The sample builders keep their data (towns, sectors, institutions, names) as text tables in
 * the source: one row a line, `|` between cells, `#` comments. These read them and stop the
 * build at the first malformed row, naming it.
 */

/** Items of a list written as text: comma-separated unless told otherwise, trimmed, blanks dropped. */
export function words(text: string, separator: string | RegExp = ','): string[] {
  return text
    .split(separator)
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

/** Rows of a `|`-separated text table; blank lines and `#` comments are skipped. */
export function tableRows(table: string, columns: number): string[][] {
  return words(table, '\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      while (cells.length < columns) cells.push('');
      if (cells.length !== columns)
        throw new Error(`Table row "${line}" has ${cells.length} cells, not ${columns}`);
      return cells;
    });
}

export function numberCell(text: string): number {
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new Error(`"${text}" is not a number`);
  return value;
}

export function oneOf<T extends string>(allowed: readonly T[], text: string): T {
  if (!(allowed as readonly string[]).includes(text))
    throw new Error(`"${text}" is not one of ${allowed.join(', ')}`);
  return text as T;
}
