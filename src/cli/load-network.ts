/**
 * Files named on the command line → the packed analysis input, two ways:
 *   - the full importer (src/io → Ecosystem → views): every format, name reconciliation, the
 *     detailed import report; one graph object per relation, which limits it to a few million;
 *   - the columnar path for large CSV tables (src/io/stream-network.ts → views built straight
 *     from typed columns): no object per row, so 10⁷ ties fit in a few gigabytes.
 * Above COLUMNAR_FROM_BYTES of CSV the columnar path is taken unless --full-import is given,
 * and the command says so.
 *
 * The full importer runs on a worker thread of its own (import-worker.ts), which ends once the
 * packed network is handed over. On this thread the Ecosystem's graph objects (a gigabyte of heap
 * for Horizon 2020's 561,000 relations) stayed until a major collection, which then came while
 * the analysis workers ran and took CPU from them: the measure stage on two threads took
 * 8.8–10.9 s with that garbage on the heap and 8.7–9.0 s with it collected.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { canShareMemory, kindBitsOfRows, type PackedAnalysisInput, packColumns } from '../analysis/input.ts';
import type { Wording } from '../i18n/i18n.ts';
import type { ImportOptions } from '../io/index.ts';
import { type ColumnarNetwork, readColumnarNetwork, type StreamedFile } from '../io/stream-network.ts';
import type { TimeWindow } from '../model/time.ts';
import { buildViewsFromArcs } from '../model/views.ts';
import { formatColumnarReport } from './columnar-report.ts';
import { UsageError } from './command.ts';
import { cannotRead, readSourceFiles } from './files.ts';
import type { FullNetwork } from './full-import.ts';
import type { ImportReply, ImportRequest } from './import-worker.ts';

/** CSV input larger than this (≈ 1.5 million relation rows) is read as columns. */
export const COLUMNAR_FROM_BYTES = 48 * 1024 * 1024;

export interface LoadedNetwork {
  readonly packed: PackedAnalysisInput;
  readonly labels: readonly string[];
  readonly actorCount: number;
  readonly relationCount: number;
  /** The import report, as text for standard error (empty when already written to the log). */
  readonly reportText: string;
  /** The import failed (most rows unreadable, or nothing usable): say so and exit 1. */
  readonly failed: boolean;
  readonly columnar: boolean;
}

export type ImportMode = 'auto' | 'full' | 'columnar';

/**
 * A time `window` narrows the imported network to its snapshot; that needs the full importer,
 * which is then used whatever the size.
 */
export async function loadNetwork(
  paths: readonly string[],
  options: ImportOptions,
  mode: ImportMode,
  log: (text: string) => void,
  wording: Wording,
  window?: TimeWindow,
): Promise<LoadedNetwork> {
  const sizes = await Promise.all(paths.map(sizeOf));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const allCsv = paths.every((path) => ['.csv', '.tsv', '.txt'].includes(extname(path).toLowerCase()));
  const columnar =
    mode === 'columnar' || (mode === 'auto' && allCsv && total >= COLUMNAR_FROM_BYTES && !window);
  if (mode === 'columnar' && !allCsv) throw new UsageError('cli.error.columnarCsv');
  if (mode === 'columnar' && window) throw new UsageError('cli.error.windowNeedsFull');
  if (!columnar) return loadFull(paths, options, log, wording, window);
  if (mode === 'auto')
    log(`${wording.t('cli.log.columnar', { megabytes: Math.round(total / 1024 / 1024) })}\n`);
  return loadColumnar(paths, sizes, options, log, wording);
}

async function sizeOf(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (thrown) {
    throw cannotRead(path, thrown);
  }
}

async function loadFull(
  paths: readonly string[],
  options: ImportOptions,
  log: (text: string) => void,
  wording: Wording,
  window: TimeWindow | undefined,
): Promise<LoadedNetwork> {
  // The worker loads its code while the files are read here (where a missing file is a usage error).
  const worker = new Worker(new URL('./import-worker-entry.mjs', import.meta.url));
  try {
    const files = await readSourceFiles(paths);
    const request: ImportRequest = { files, options, window, language: wording.language };
    const network = await new Promise<FullNetwork>((resolve, reject) => {
      worker.on('message', (reply: ImportReply) => {
        if (reply.type === 'log') log(reply.text);
        else if (reply.type === 'done') resolve(reply.network);
        else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the import worker stopped (exit code ${code})`)));
      worker.postMessage(request);
    });
    return { ...network, reportText: '', columnar: false };
  } finally {
    await worker.terminate();
  }
}

async function loadColumnar(
  paths: readonly string[],
  sizes: readonly number[],
  options: ImportOptions,
  log: (text: string) => void,
  wording: Wording,
): Promise<LoadedNetwork> {
  const network = await readColumnarFiles(paths, options, log, wording, sizes);
  const { tie, flow, tieBits } = buildViewsFromArcs(network, kindBitsOfRows(network), {
    shared: canShareMemory(),
  });
  return {
    packed: packColumns(tie, flow, tieBits as Uint8Array, network.kinds, network.fields),
    labels: network.labels,
    actorCount: network.ids.length,
    relationCount: network.report.relations,
    reportText: formatColumnarReport(network.report, wording),
    failed: network.ids.length === 0,
    columnar: true,
  };
}

/** CSV files read as columns, with reading progress on `log`. */
export async function readColumnarFiles(
  paths: readonly string[],
  options: ImportOptions,
  log: (text: string) => void,
  wording: Wording,
  knownSizes?: readonly number[],
): Promise<ColumnarNetwork> {
  const sizes = knownSizes ?? (await Promise.all(paths.map(sizeOf)));
  const files: StreamedFile[] = paths.map((path, i) => ({
    name: basename(path),
    size: sizes[i],
    chunks: () => createReadStream(path, { highWaterMark: 4 * 1024 * 1024 }),
  }));
  let lastTenth = 0;
  return readColumnarNetwork(files, {
    delimiter: options.delimiter,
    decimalMark: options.decimalMark,
    onProgress(read, total) {
      const tenth = Math.floor((10 * read) / Math.max(total, 1));
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth;
        log(`${wording.t('cli.log.reading', { percent: tenth * 10 })}\n`);
      }
    },
  });
}
