/**
 * The actors table of `analyze` (id, label, kind, then the measure columns), written in
 * batches of rows: a million actors with thirty columns is more text than one JavaScript
 * string can hold. Same cells and bytes as io's writeNodesCsv (RFC 4180, CRLF, formula-safe).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvCell, numberCell } from '../io/csv-cell.ts';
import type { MeasureColumn } from '../io/index.ts';
import { actorId } from '../model/ecosystem.ts';

const ROWS_PER_BATCH = 20_000;

export function writeNodesTable(
  write: (text: string) => void,
  ids: readonly string[],
  labels: readonly string[],
  kinds: readonly string[],
  columns: readonly MeasureColumn[],
): void {
  const header = ['id', 'label', 'kind', ...columns.map((column) => column.name)];
  let batch = [header.map((name) => csvCell(name)).join(',')];
  for (let i = 0; i < ids.length; i++) {
    const cells = [csvCell(actorId(ids[i])), csvCell(labels[i] ?? actorId(ids[i])), csvCell(kinds[i] ?? '')];
    for (const column of columns) cells.push(numberCell(column.values[i] ?? Number.NaN));
    batch.push(cells.join(','));
    if (batch.length >= ROWS_PER_BATCH) {
      write(`${batch.join('\r\n')}\r\n`);
      batch = [];
    }
  }
  if (batch.length > 0) write(`${batch.join('\r\n')}\r\n`);
}

/** Runs `work` with a function that appends text to the file at `path`. */
export function withFileWriter(path: string, work: (write: (text: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    work((text) => {
      writeSync(fd, text);
    });
  } finally {
    closeSync(fd);
  }
}
