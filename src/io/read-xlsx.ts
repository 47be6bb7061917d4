/**
 * XLSX workbooks to tables, one per non-empty sheet.
 *
 * Reader choice: `xlsx` 0.18.5 on npm is SheetJS's last npm release and carries known
 * advisories (prototype pollution, ReDoS) fixed only in builds published outside npm; the
 * `@e965/xlsx` republication is not SheetJS's own. `read-excel-file` is actively maintained,
 * MIT-licensed, reads only (less attack surface), depends on fflate and a small SAX parser, and
 * works in the browser, in Web Workers and in Node alike (its `universal` entry).
 */
import readXlsxFile from 'read-excel-file/universal';
import { describeError } from './issue.ts';
import { type Table, tableFromRows } from './table.ts';

export interface Sheet {
  name: string;
  table: Table;
}

export async function readXlsx(
  bytes: Uint8Array,
  options: { headerRow?: number } = {},
): Promise<Sheet[] | { error: string }> {
  // The reader takes an ArrayBuffer; copy exactly our bytes (a view may share a larger buffer).
  const buffer = bytes.slice().buffer;
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(buffer);
  } catch (thrown) {
    return { error: `Cannot read the workbook: ${describeError(thrown)}` };
  }
  return sheets
    .map(({ sheet, data }) => ({
      name: sheet,
      table: tableFromRows(
        data.map((row) => row.map(cellText)),
        options,
      ),
    }))
    .filter(({ table }) => table.header.length > 0);
}

/** Cells as the text a CSV export would hold: numbers with `.` decimals, dates as ISO days. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(cell);
}
