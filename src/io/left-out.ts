/**
 * The rows left out of the graph, each with its file, row number, reason and cells: from the
 * issues that leave a row out, and every row of a table that could not be read at all.
 */
import type { ImportIssue } from '../model/issues.ts';
import { type RejectedRow, ROW_LEFT_OUT } from './report.ts';
import type { Table } from './table.ts';

/** A table left out whole (unrecognised, or lacking a column it needs), with the issue that says why. */
export interface UnusedTable {
  label: string;
  table: Table;
  cause: ImportIssue;
}

export function leftOutRows(
  issues: readonly ImportIssue[],
  tables: ReadonlyMap<string, Table>,
  unused: readonly UnusedTable[],
): RejectedRow[] {
  const rows = rejectedRows(issues, tables);
  for (const { label, table, cause } of unused) {
    table.rows.forEach((cells, i) => {
      rows.push({
        file: label,
        row: table.rowNumbers[i],
        code: cause.code,
        message: cause.message,
        ...(cause.params ? { params: cause.params } : {}),
        cells: table.header.map((header, c) => ({ header, value: cells[c] ?? '' })),
      });
    });
  }
  return rows;
}

function rejectedRows(issues: readonly ImportIssue[], tables: ReadonlyMap<string, Table>): RejectedRow[] {
  const rowIndex = new Map<Table, Map<number, number>>();
  return issues
    .filter((issue) => ROW_LEFT_OUT.has(issue.code))
    .map((issue): RejectedRow => {
      const table = issue.file !== undefined ? tables.get(issue.file) : undefined;
      let cells: RejectedRow['cells'] = [];
      if (table && issue.row !== undefined) {
        let index = rowIndex.get(table);
        if (!index) {
          index = new Map(table.rowNumbers.map((row, i) => [row, i]));
          rowIndex.set(table, index);
        }
        const i = index.get(issue.row);
        if (i !== undefined)
          cells = table.header.map((header, c) => ({ header, value: table.rows[i][c] ?? '' }));
      }
      return {
        file: issue.file ?? '',
        ...(issue.row !== undefined ? { row: issue.row } : {}),
        code: issue.code,
        message: issue.message,
        ...(issue.params ? { params: issue.params } : {}),
        ...(issue.column !== undefined ? { column: issue.column } : {}),
        ...(issue.value !== undefined ? { value: issue.value } : {}),
        cells,
      };
    });
}
