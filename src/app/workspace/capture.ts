/**
 * The workspace as of now, from a plain snapshot of the explorer. Pure (the clock is passed
 * in), so it is tested without a browser. The file bytes are shared, not copied: IndexedDB's
 * structured clone copies them while storing, off the page's script.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { SourceFile } from '../../io/index.ts';
import type { WorkerImportOptions } from '../workers/import.worker.ts';
import { copyPlainJson } from './plain-json.ts';
import { type PositionGraph, packPositions } from './positions.ts';
import { type LayoutPhase, WORKSPACE_VERSION, type WorkspaceRecord } from './record.ts';

/**
 * What capturing reads. `useExplorer.getState()` is one as it stands; filters and appearance
 * are added by whoever owns them, as JSON-ready values.
 */
export interface ExplorerSnapshot {
  networkName: string | null;
  sourceFiles: readonly SourceFile[];
  importOptions: WorkerImportOptions;
  analysisSettings: AnalysisSettings;
  sampleId: string | null;
  attribution: string | null;
  selected: string | null;
  display: { graph: PositionGraph } | null;
  layout: { state: 'idle' | 'running' | 'paused' | 'settled' };
  filters?: unknown;
  appearance?: unknown;
}

export interface WorkspaceIdentity {
  id: string;
  name: string;
  savedAt: Date;
}

export function captureWorkspace(state: ExplorerSnapshot, identity: WorkspaceIdentity): WorkspaceRecord {
  return {
    version: WORKSPACE_VERSION,
    id: identity.id,
    name: identity.name,
    savedAt: identity.savedAt.toISOString(),
    networkName: state.networkName,
    sourceFiles: [...state.sourceFiles],
    importOptions: state.importOptions,
    analysisSettings: state.analysisSettings,
    sampleId: state.sampleId,
    attribution: state.attribution,
    positions: state.display ? packPositions(state.display.graph, layoutPhase(state.layout.state)) : null,
    selection: state.selected === null ? [] : [state.selected],
    filters: state.filters === undefined ? null : copyPlainJson(state.filters, 'filters'),
    appearance: state.appearance === undefined ? null : copyPlainJson(state.appearance, 'appearance'),
  };
}

/** A layout that had not started yet should run after a restore, like one that was running. */
function layoutPhase(state: ExplorerSnapshot['layout']['state']): LayoutPhase {
  return state === 'idle' ? 'running' : state;
}

/**
 * A new workspace id: random, so two tabs never pick the same one. getRandomValues rather than
 * randomUUID, which browsers only offer on https or localhost.
 */
export function newWorkspaceId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
