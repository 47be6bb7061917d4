/** The JSON that workload processes and peer scripts hand back to bench/run.ts. */
import type { BundleRun } from './ours/measures.ts';
import type { ParallelRun } from './ours/parallel.ts';

export interface WorkloadReport {
  readonly actors: number;
  readonly ties: number;
  readonly arcs: number;
  readonly importIssues: number;
  /** First import in a fresh process: what a user of the CLI waits for. */
  readonly importMs: number;
  readonly warmImportMs: readonly number[];
  readonly viewsMs: number;
  /** File → tie and flow views through the columnar path, no Ecosystem (first run in the process, after the full import). */
  readonly columnarMs: number;
  /** Betweenness pivots (0 = exact). */
  readonly sample: number;
  readonly bundle: BundleRun;
  /** The same bundle on the CLI's worker-thread pool. */
  readonly parallel?: ParallelRun;
  /** Peak resident set of the workload process through the single-thread bundle. */
  readonly maxRssMb: number;
  /** Peak resident set once the worker-thread run is done too (each thread holds its own views). */
  readonly maxRssParallelMb?: number;
  /** Heap in use after the bundle, results still held. */
  readonly heapUsedMb: number;
}

/** How a peer figure was obtained; only `measured` and `extrapolated` carry seconds. */
export type PeerStatus = 'measured' | 'extrapolated' | 'skipped' | 'failed' | 'unavailable';

export interface PeerMeasure {
  readonly status: PeerStatus;
  readonly seconds?: number;
  /** What was run (exact, k pivots, …) or why it was not. */
  readonly note?: string;
  /** False when the peer did different work from ours (igraph's exact betweenness vs our sampled one). */
  readonly comparable?: boolean;
}

export interface PeerReport {
  readonly peer: string;
  readonly version: string;
  readonly nodes: number;
  readonly edges: number;
  /** Reading the CSV tables and building the graph. */
  readonly fileToGraphSeconds: number;
  readonly measures: Readonly<Record<string, PeerMeasure>>;
  readonly maxRssMb: number;
  readonly budgetSeconds: number;
}
