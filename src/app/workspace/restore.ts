/**
 * Bringing a saved workspace back: import the stored bytes again with the saved options and
 * settings (through the explorer's own loader, passed in), then put the saved positions into
 * the new display graph and keep the layout where it was, then reselect. Filters and
 * appearance are handed back for their owners to apply.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { JsonValue, SourceFile } from '../../io/index.ts';
import type { WorkerImportOptions } from '../workers/import.worker.ts';
import { claimFiles, markFilesStored } from './ownership.ts';
import { applyPositions, type PositionGraph } from './positions.ts';
import type { WorkspaceRecord } from './record.ts';
import { useWorkspaceStatus } from './status.ts';

/** The parts of the explorer a restore drives; src/app/workspace/explorer.ts passes the real ones. */
export interface RestoreTarget<Graph extends PositionGraph> {
  loadFiles(
    name: string,
    files: SourceFile[],
    options: WorkerImportOptions,
    settings: AnalysisSettings,
  ): Promise<void>;
  getState(): {
    phase: string;
    error: string | null;
    sourceFiles: readonly SourceFile[];
    display: { graph: Graph } | null;
  };
  setState(patch: { selected: string | null; sampleId: string | null; attribution: string | null }): void;
  /** Restarts the layout from the positions now in the graph; paused keeps them as they are. */
  startLayout(graph: Graph, options: { paused: boolean }): void;
}

export interface RestoreOutcome {
  restored: boolean;
  /** Why not, in words, when `restored` is false. */
  error: string | null;
  /** False when no saved actor is in the re-imported network (then the layout runs afresh). */
  positionsApplied: boolean;
  filters: JsonValue | null;
  appearance: JsonValue | null;
}

export async function restoreWorkspace<Graph extends PositionGraph>(
  record: WorkspaceRecord,
  target: RestoreTarget<Graph>,
): Promise<RestoreOutcome> {
  const outcome: RestoreOutcome = {
    restored: false,
    error: null,
    positionsApplied: false,
    filters: record.filters,
    appearance: record.appearance,
  };
  // Claimed before loading, so the autosave the load triggers writes back to this workspace
  // and knows the bytes are already stored.
  claimFiles(record.sourceFiles, record.id);
  markFilesStored(record.id, record.sourceFiles);
  useWorkspaceStatus.setState({
    current: { id: record.id, name: record.name },
    state: 'saved',
    savedAt: record.savedAt,
    error: null,
  });

  await target.loadFiles(
    record.networkName ?? record.name,
    record.sourceFiles,
    record.importOptions,
    record.analysisSettings,
  );
  const state = target.getState();
  // Another load may have started meanwhile (the user picked a sample): then it wins.
  if (state.sourceFiles !== record.sourceFiles || state.phase !== 'ready' || state.display === null) {
    outcome.error = state.error ?? `The workspace “${record.name}” was not opened.`;
    return outcome;
  }

  const { graph } = state.display;
  if (record.positions && applyPositions(graph, record.positions) > 0) {
    outcome.positionsApplied = true;
    target.startLayout(graph, { paused: record.positions.layout !== 'running' });
  }
  target.setState({
    selected: record.selection.find((key) => graph.hasNode(key)) ?? null,
    sampleId: record.sampleId,
    attribution: record.attribution,
  });
  outcome.restored = true;
  return outcome;
}
