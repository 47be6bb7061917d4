/**
 * The changes between two windows as CSV (`clusterscope compare --out` and the explorer's Changes
 * exports): the table's plain cells written as every CSV of ours is — numbers with `.` decimals at
 * full precision, NaN and null as empty cells, `true`/`false`, and text neutralised against
 * formula injection (an actor called "=HYPERLINK(…)" stays text).
 */
import type { FieldValue } from '../model/fields.ts';
import { type CsvWriteOptions, csvCell, csvDocument } from './csv-cell.ts';

/** A header and rows of plain values; analysis/time/changes-table.ts makes one from a comparison. */
export interface ChangesRows {
  readonly header: readonly string[];
  readonly rows: readonly (readonly FieldValue[])[];
}

export function writeChangesCsv(table: ChangesRows, options: CsvWriteOptions = {}): string {
  return csvDocument(
    table.header,
    table.rows.map((row) => row.map((cell) => csvCell(cell))),
    options,
  );
}
