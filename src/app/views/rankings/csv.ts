/**
 * "CSV of what is shown": the visible columns, in the table's order and filter, written by the
 * io layer's cell writer (RFC 4180 quoting, full-precision `.` decimals, formula neutralisation).
 * Headers are the CLI's column names, so the file lines up with `clusterscope analyze`; an `id`
 * column leads because labels need not be unique.
 */
import { csvCell, csvDocument, numberCell } from '../../../io/csv-cell.ts';
import { actorId } from '../../../model/ecosystem.ts';
import { fileSafeName } from '../../file-names.ts';
import type { RankingColumn } from './columns.ts';
import type { RankingTable } from './table.ts';

function csvValue(table: RankingTable, column: RankingColumn, index: number): string {
  if (column.type === 'label') return csvCell(table.labels[index]);
  if (column.type === 'kind') return csvCell(table.kinds[index]);
  const value = table.measures[column.id]?.[index] ?? Number.NaN;
  // Categories are written as their labels: a spreadsheet reader should not need the code book.
  if (column.output.categories && !Number.isNaN(value))
    return csvCell(column.output.categories[value] ?? String(value));
  return numberCell(value);
}

function* csvRows(table: RankingTable, columns: readonly RankingColumn[], rows: Int32Array) {
  for (const index of rows) {
    yield [csvCell(actorId(table.keys[index])), ...columns.map((column) => csvValue(table, column, index))];
  }
}

export function rankingsCsv(
  table: RankingTable,
  columns: readonly RankingColumn[],
  rows: Int32Array,
): string {
  const header = ['id', ...columns.map((column) => column.id)];
  // The byte-order mark makes Excel read "Müller" as written, as the other CSV exports do.
  return csvDocument(header, csvRows(table, columns, rows), { byteOrderMark: true });
}

/** `<network>-rankings.csv`, the network name reduced to letters, digits and dashes. */
export function rankingsFileName(networkName: string | null): string {
  return `${fileSafeName(networkName)}-rankings.csv`;
}
