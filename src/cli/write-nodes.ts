/**
 * The actors table of `analyze` (id, label, kind, then the measure columns), written in
 * batches of rows: a million actors with thirty columns is more text than one JavaScript
 * string can hold. Same cells and bytes as io's writeNodesCsv (RFC 4180, CRLF, formula-safe).
 *
 * The batches are formatted on the analysis's worker threads, several at once, and written here
 * in order: a number with a fraction takes about 0.3 µs to write as its shortest exact text, and
 * a million actors with 25 measure columns took 13 s on the main thread alone.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvCell, numberCell } from '../io/csv-cell.ts';
import type { MeasureColumn } from '../io/index.ts';
import { actorId } from '../model/ecosystem.ts';

const ROWS_PER_BATCH = 20_000;

/** What a batch of rows needs: its actors' id, label and kind, and its slice of every column. */
export interface RowBatch {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly kinds: readonly string[];
  readonly columns: readonly MeasureColumn[];
}

/** Formats batches of rows elsewhere (a worker thread): the rows' text as UTF-8. */
export type RowFormatter = (batch: RowBatch) => Promise<Uint8Array>;

export type TableWrite = (text: string | Uint8Array) => void;

function headerLine(columns: readonly MeasureColumn[]): string {
  return ['id', 'label', 'kind', ...columns.map((column) => column.name)]
    .map((name) => csvCell(name))
    .join(',');
}

/** The rows of a batch, each ended by CRLF. */
export function formatRows({ ids, labels, kinds, columns }: RowBatch): string {
  const lines: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const cells = [csvCell(actorId(ids[i])), csvCell(labels[i] ?? actorId(ids[i])), csvCell(kinds[i] ?? '')];
    for (const column of columns) cells.push(numberCell(column.values[i] ?? Number.NaN));
    lines.push(cells.join(','));
  }
  return lines.length > 0 ? `${lines.join('\r\n')}\r\n` : '';
}

const encoder = new TextEncoder();

/** A formatter on this thread. */
export const formatRowsHere: RowFormatter = async (batch) => encoder.encode(formatRows(batch));

function batchOf(
  start: number,
  end: number,
  ids: readonly string[],
  labels: readonly string[],
  kinds: readonly string[],
  columns: readonly MeasureColumn[],
): RowBatch {
  return {
    ids: ids.slice(start, end),
    labels: labels.slice(start, end),
    kinds: kinds.slice(start, end),
    columns: columns.map(({ name, values }) => ({ name, values: values.slice(start, end) })),
  };
}

/**
 * The table, its batches of rows formatted by `formatters` (one batch in flight on each) and
 * written in row order as they come back.
 */
export async function writeNodesTableWith(
  formatters: readonly RowFormatter[],
  write: TableWrite,
  ids: readonly string[],
  labels: readonly string[],
  kinds: readonly string[],
  columns: readonly MeasureColumn[],
): Promise<void> {
  write(`${headerLine(columns)}\r\n`);
  const batches = Math.ceil(ids.length / ROWS_PER_BATCH);
  const done = new Map<number, Uint8Array>();
  let written = 0;
  let next = 0;
  const drain = async (format: RowFormatter) => {
    while (next < batches) {
      const batch = next++;
      const start = batch * ROWS_PER_BATCH;
      const end = Math.min(ids.length, start + ROWS_PER_BATCH);
      done.set(batch, await format(batchOf(start, end, ids, labels, kinds, columns)));
      for (let bytes = done.get(written); bytes !== undefined; bytes = done.get(written)) {
        done.delete(written++);
        write(bytes);
      }
    }
  };
  await Promise.all(formatters.map(drain));
}

/** A file opened for appending text or bytes; `close` when done, whatever happened. */
export function openFileWriter(path: string): { write: TableWrite; close(): void } {
  const fd = openSync(path, 'w');
  return {
    write: (chunk) => {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    },
    close: () => closeSync(fd),
  };
}

/** Runs `work` with a function that appends text or bytes to the file at `path`. */
export function withFileWriter(path: string, work: (write: TableWrite) => void): void {
  const file = openFileWriter(path);
  try {
    work(file.write);
  } finally {
    file.close();
  }
}
