/**
 * A table of text cells, as every tabular reader (CSV, XLSX sheet) produces it and every
 * table interpreter (actors, relations, survey) consumes it. Row numbers are kept as a
 * spreadsheet shows them, so reports point at the row a user can find.
 */

export interface Table {
  header: string[];
  rows: string[][];
  /** `rowNumbers[i]` is the spreadsheet row number of `rows[i]` (the header is usually row 1). */
  rowNumbers: number[];
}

/**
 * From raw rows (as read, blank rows included) to a Table: the header is the first non-blank row
 * unless `headerRow` (1-based) says otherwise; blank rows carry nothing and are skipped; trailing
 * empty columns that spreadsheets leave behind are cut; blank and repeated headers get names.
 */
export function tableFromRows(
  raw: string[][],
  options: { headerRow?: number; firstRowNumber?: number } = {},
): Table {
  const firstRowNumber = options.firstRowNumber ?? 1;
  const isBlank = (row: string[]) => row.every((cell) => cell.trim() === '');
  let headerIndex =
    options.headerRow !== undefined
      ? options.headerRow - firstRowNumber
      : raw.findIndex((row) => !isBlank(row));
  if (headerIndex < 0 || headerIndex >= raw.length) return { header: [], rows: [], rowNumbers: [] };
  headerIndex = Math.max(0, headerIndex);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < raw.length; i++) {
    if (isBlank(raw[i])) continue;
    rows.push(raw[i]);
    rowNumbers.push(firstRowNumber + i);
  }
  let width = raw[headerIndex].length;
  while (
    width > 0 &&
    raw[headerIndex][width - 1].trim() === '' &&
    rows.every((row) => !row[width - 1]?.trim())
  )
    width--;
  const header = nameColumns(raw[headerIndex].slice(0, width).map((cell) => cell.trim()));
  return { header, rows, rowNumbers };
}

/** Blank headers become `Column C` (the spreadsheet letter); a repeated header gets ` (2)`, ` (3)`… */
function nameColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((name, i) => {
    const base = name === '' ? `Column ${columnLetter(i)}` : name;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Spreadsheet column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The non-empty cells of a column, for sniffing and type inference (at most `limit`). */
export function columnSample(table: Table, column: number, limit = Number.POSITIVE_INFINITY): string[] {
  const cells: string[] = [];
  for (const row of table.rows) {
    const cell = (row[column] ?? '').trim();
    if (cell !== '') cells.push(cell);
    if (cells.length >= limit) break;
  }
  return cells;
}
