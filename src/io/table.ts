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
  /** Rows with cells beyond the last named column, kept under `Column X` names: where and how many. */
  overflow?: { row: number; cells: number }[];
  /** Blank rows skipped between the header and the last row. */
  blankRows?: number;
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
  let blankRows = 0;
  const headerCells = raw[headerIndex];
  let named = headerCells.length;
  while (named > 0 && headerCells[named - 1].trim() === '') named--;
  const overflow: { row: number; cells: number }[] = [];
  let width = headerCells.length;
  for (let i = headerIndex + 1; i < raw.length; i++) {
    const row = raw[i];
    if (isBlank(row)) {
      blankRows++;
      continue;
    }
    rows.push(row);
    rowNumbers.push(firstRowNumber + i);
    let last = row.length;
    while (last > named && row[last - 1].trim() === '') last--;
    if (last > named) {
      overflow.push({ row: firstRowNumber + i, cells: last - named });
      width = Math.max(width, last);
    }
  }
  // Blank rows after the last row are the end of the sheet, not rows left out.
  for (let i = raw.length - 1; i > headerIndex && isBlank(raw[i]); i--) blankRows--;
  while (width > named && rows.every((row) => !row[width - 1]?.trim())) width--;
  const header = nameColumns(Array.from({ length: width }, (_, c) => (headerCells[c] ?? '').trim()));
  return {
    header,
    rows,
    rowNumbers,
    ...(overflow.length > 0 ? { overflow } : {}),
    ...(blankRows > 0 ? { blankRows } : {}),
  };
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
