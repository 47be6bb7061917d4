/**
 * The rows kept out of the graph, as a CSV a person can open, fix and import again: where each
 * came from and why, then the row's own cells under their original headers.
 */
import { csvCell, csvDocument } from './csv-cell.ts';
import type { ImportReport } from './report.ts';

export function rejectedRowsCsv(
  report: Pick<ImportReport, 'rejected'>,
  options: { byteOrderMark?: boolean } = {},
): string {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of report.rejected) {
    for (const { header } of row.cells) {
      if (!seen.has(header)) {
        seen.add(header);
        headers.push(header);
      }
    }
  }
  const rows = report.rejected.map((row) => {
    const cells = new Map(row.cells.map(({ header, value }) => [header, value]));
    return [
      csvCell(row.file),
      row.row === undefined ? '' : String(row.row),
      csvCell(row.code),
      csvCell(row.message),
      csvCell(row.column ?? ''),
      csvCell(row.value ?? ''),
      ...headers.map((header) => csvCell(cells.get(header) ?? '')),
    ];
  });
  return csvDocument(['file', 'row', 'problem', 'message', 'column', 'value', ...headers], rows, options);
}
