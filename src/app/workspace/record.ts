/**
 * What a workspace holds: everything needed to bring the explorer back exactly as it was —
 * the raw bytes of the files (so nothing depends on the network), the choices made while
 * importing and analysing, the layout, the selection, and the filter and appearance state
 * that other parts of the explorer own and hand over as plain JSON.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { JsonValue, SourceFile } from '../../io/index.ts';
import type { WorkerImportOptions } from '../workers/import.worker.ts';

/** Bumped when the stored shape changes; records from a newer version are refused, not guessed at. */
export const WORKSPACE_VERSION = 1;

export type LayoutPhase = 'running' | 'paused' | 'settled';

/**
 * Node positions, compact enough to save often at 16,000 actors: the keys once, and x and y
 * interleaved in one Float32Array in the same order (128 kB), rather than 16,000 small objects.
 * Keyed, not just ordered, because a network saved while filtered shows a subset of the actors.
 */
export interface SavedPositions {
  keys: string[];
  /** [x0, y0, x1, y1, …]; the layout worker computes in 32-bit floats, so nothing is lost. */
  xy: Float32Array;
  /** Whether the layout was still running, so a restore can let it carry on. */
  layout: LayoutPhase;
}

export interface WorkspaceRecord {
  version: typeof WORKSPACE_VERSION;
  id: string;
  name: string;
  /** ISO 8601. */
  savedAt: string;
  networkName: string | null;
  sourceFiles: SourceFile[];
  importOptions: WorkerImportOptions;
  analysisSettings: AnalysisSettings;
  sampleId: string | null;
  attribution: string | null;
  positions: SavedPositions | null;
  /** Display-graph node keys; one today, a list so multi-selection needs no new version. */
  selection: string[];
  /** Owned by the filter panel; stored and handed back untouched. */
  filters: JsonValue | null;
  /** Owned by the appearance panel; stored and handed back untouched. */
  appearance: JsonValue | null;
}

/** One line of the workspace list: cheap to read, without the files. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  savedAt: string;
  /** Approximate bytes stored (files + positions + the rest). */
  size: number;
  version: number;
  /** Set when the entry itself cannot be read; the workspace can still be deleted. */
  problem?: string;
}
