/**
 * Files named on the command line → the packed analysis input, two ways:
 *   - the full importer (src/io → Ecosystem → views): every format, name reconciliation, the
 *     detailed import report; one graph object per relation, which limits it to a few million;
 *   - the columnar path for large CSV tables (src/io/stream-network.ts → views built straight
 *     from typed columns): no object per row, so 10⁷ ties fit in a few gigabytes.
 * Above COLUMNAR_FROM_BYTES of CSV the columnar path is taken unless --full-import is given,
 * and the command says so.
 *
 * From FULL_IMPORT_ON_WORKER_FROM_BYTES the full importer runs on a worker thread of its own
 * (load-worker.ts), which ends once the packed network is handed over. On this thread the
 * Ecosystem's graph objects (a gigabyte of heap for Horizon 2020's 561,000 relations) stayed until
 * a major collection, which then came while the analysis workers ran and took CPU from them: the
 * measure stage on two threads took 8.8–10.9 s with that garbage on the heap and 8.7–9.0 s with
 * it collected.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  canShareMemory,
  kindBitsOfRows,
  type PackedAnalysisInput,
  packColumns,
  sharedCopy,
} from '../analysis/input.ts';
import type { Wording } from '../i18n/i18n.ts';
import type { ImportOptions } from '../io/index.ts';
import { type ColumnarNetwork, readColumnarNetwork, type StreamedFile } from '../io/stream-network.ts';
import type { TimeWindow } from '../model/time.ts';
import { buildFlowFromArcs, buildViewsFromArcs, type TieRows } from '../model/views.ts';
import { formatColumnarReport } from './columnar-report.ts';
import { UsageError } from './command.ts';
import { cannotRead, readSourceFiles } from './files.ts';
import { type FullNetwork, importFullNetwork } from './full-import.ts';
import type { LoadReply, LoadRequest } from './load-worker.ts';

/** CSV input larger than this (≈ 1.5 million relation rows) is read as columns. */
export const COLUMNAR_FROM_BYTES = 48 * 1024 * 1024;

/**
 * Input from which the full importer runs on a worker thread. Below it the Ecosystem's heap is
 * small, and the worker's start (about 0.2 s to load its code) would cost more than it saves:
 * at the design point (1.5 MB) read and build took 1.4–1.5 s here and 1.7–2.2 s on a worker.
 */
export const FULL_IMPORT_ON_WORKER_FROM_BYTES = 8 * 1024 * 1024;

export interface LoadChoices {
  /** Narrows the imported network to its snapshot in this window; needs the full importer. */
  readonly window?: TimeWindow;
  /** Input size from which the full importer runs on a worker thread (tests set 0). */
  readonly fullImportOnWorkerFrom?: number;
}

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

/** With a time window the full importer is used whatever the size. */
export async function loadNetwork(
  paths: readonly string[],
  options: ImportOptions,
  mode: ImportMode,
  log: (text: string) => void,
  wording: Wording,
  { window, fullImportOnWorkerFrom = FULL_IMPORT_ON_WORKER_FROM_BYTES }: LoadChoices = {},
): Promise<LoadedNetwork> {
  const sizes = await Promise.all(paths.map(sizeOf));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const allCsv = paths.every((path) => ['.csv', '.tsv', '.txt'].includes(extname(path).toLowerCase()));
  const columnar =
    mode === 'columnar' || (mode === 'auto' && allCsv && total >= COLUMNAR_FROM_BYTES && !window);
  if (mode === 'columnar' && !allCsv) throw new UsageError('cli.error.columnarCsv');
  if (mode === 'columnar' && window) throw new UsageError('cli.error.windowNeedsFull');
  if (!columnar) {
    if (total < fullImportOnWorkerFrom) {
      const files = await readSourceFiles(paths);
      const network = await importFullNetwork(files, options, window, log, wording);
      return { ...network, reportText: '', columnar: false };
    }
    return loadFullOnWorker(paths, options, log, wording, window);
  }
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

async function loadFullOnWorker(
  paths: readonly string[],
  options: ImportOptions,
  log: (text: string) => void,
  wording: Wording,
  window: TimeWindow | undefined,
): Promise<LoadedNetwork> {
  // The worker loads its code while the files are read here (where a missing file is a usage error).
  const worker = startLoadWorker(log);
  try {
    const files = await readSourceFiles(paths);
    const network = (await worker.run({
      type: 'import',
      files,
      options,
      window,
      language: wording.language,
    })) as FullNetwork;
    return { ...network, reportText: '', columnar: false };
  } finally {
    await worker.close();
  }
}

async function loadColumnar(
  paths: readonly string[],
  sizes: readonly number[],
  options: ImportOptions,
  log: (text: string) => void,
  wording: Wording,
): Promise<LoadedNetwork> {
  const shared = canShareMemory();
  const worker = shared ? startLoadWorker(log) : undefined;
  try {
    const network = await readColumnarFiles(paths, options, log, wording, sizes);
    const rowBits = kindBitsOfRows(network);
    let views: ReturnType<typeof buildViewsFromArcs>;
    if (worker) {
      // The tie view is built on the worker while this thread builds the flow view: at ten million
      // rows each half takes about 5 s of counting sorts and scatter.
      const tieRows = worker.run({
        type: 'tie-view',
        nodeCount: network.ids.length,
        source: sharedCopy(network.source),
        target: sharedCopy(network.target),
        strength: sharedCopy(network.strength),
        rowBits: sharedCopy(rowBits),
      }) as Promise<TieRows>;
      const flow = buildFlowFromArcs(network, { shared });
      const { bits, ...tie } = await tieRows;
      views = { flow, tie: { ids: network.ids, ...tie }, tieBits: bits };
    } else views = buildViewsFromArcs(network, rowBits);
    const { tie, flow, tieBits } = views;
    return {
      packed: packColumns(tie, flow, tieBits as Uint8Array, network.kinds, network.fields, { shared }),
      labels: network.labels,
      actorCount: network.ids.length,
      relationCount: network.report.relations,
      reportText: formatColumnarReport(network.report, wording),
      failed: network.ids.length === 0,
      columnar: true,
    };
  } finally {
    await worker?.close();
  }
}

/**
 * A load worker (load-worker.ts), started now so that it loads its code while files are read:
 * `run` sends it its one request and resolves with the answer; what it logs goes to `log`.
 */
function startLoadWorker(log: (text: string) => void): {
  run(request: LoadRequest): Promise<unknown>;
  close(): Promise<void>;
} {
  const worker = new Worker(new URL('./load-worker-entry.mjs', import.meta.url));
  const answer = new Promise<unknown>((resolve, reject) => {
    worker.on('message', (reply: LoadReply) => {
      if (reply.type === 'log') log(reply.text);
      else if (reply.type === 'done') resolve(reply.value);
      else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`a worker thread stopped while loading (exit code ${code})`)),
    );
  });
  // A worker closed before it was asked anything rejects: that is not an error of the command's.
  answer.catch(() => {});
  return {
    run(request) {
      worker.postMessage(request);
      return answer;
    },
    async close() {
      await worker.terminate();
    },
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
