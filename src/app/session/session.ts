/**
 * The session: everything a person set while exploring a network — how its files were read,
 * the time window, the two windows compared, filters, measure options, appearance, the layout's
 * positions, the selection, the camera and the open view. A project file holds it beside the data; a
 * workspace in the browser holds it beside the source files' bytes. Both are read back by one
 * validator (read-session.ts) and opened by one restore path (pipeline/controller.ts).
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { Language } from '../../i18n/i18n.ts';
import type { Appearance } from '../appearance/appearance.ts';
import type { ComparisonChoice } from '../changes/choice.ts';
import type { Filters } from '../filters/filters.ts';
import { forcePositionsOf } from '../map/force-positions.ts';
import type { LayoutMode, MapSettings } from '../map/map-settings.ts';
import type { TimeWindow } from '../pipeline/declaration.ts';
import type { WorkerImportOptions } from '../pipeline/pipeline.worker.ts';
import type { ExplorerState, SideView } from '../store.ts';
import type { StatisticsChoice } from '../views/statistics/form.ts';

export type LayoutPhase = 'running' | 'paused' | 'settled';

/**
 * Node positions, compact enough to save often at 16,000 actors: the keys once, and x and y
 * interleaved in one array in the same order. Keyed, not just ordered, because a network saved
 * while filtered shows a subset of the actors. In browser storage `xy` is a Float32Array
 * (128 kB at 16,000 actors); in a project file, a JSON list of numbers.
 */
export interface SavedPositions {
  keys: string[];
  /** [x0, y0, x1, y1, …]; the layout worker computes in 32-bit floats, so nothing is lost. */
  xy: Float32Array;
  /** Whether the layout was still running, so a restore can let it carry on. */
  layout: LayoutPhase;
}

/** Sigma's camera: where the view is centred, how far it is zoomed and turned. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface Session {
  networkName: string | null;
  sampleId: string | null;
  attribution: string | null;
  importOptions: WorkerImportOptions;
  timeWindow: TimeWindow | null;
  comparison: ComparisonChoice | null;
  filters: Filters;
  analysisSettings: AnalysisSettings;
  appearance: Appearance;
  positions: SavedPositions | null;
  /** Display-graph node keys; one today, a list so multi-selection needs no new version. */
  selection: string[];
  /** Actors placed by hand, kept where they are by the layout. */
  pinned: string[];
  camera: CameraState | null;
  view: SideView;
  labelDensity: number;
  language: Language;
  /** Force layout or map; `positions` are always the force layout's, the map's are derived. */
  layoutMode: LayoutMode;
  mapSettings: MapSettings;
  /** The Statistics view's test and typed options (added within version 2; absent: the default). */
  statistics: StatisticsChoice;
}

/** Bumped when the session's shape changes; sessions from a newer version are refused, not guessed at. */
export const SESSION_VERSION = 2;

/** The session as the explorer stands, from its state and the camera of the canvas. */
export function captureSession(
  state: Pick<
    ExplorerState,
    | 'networkName'
    | 'sampleId'
    | 'attribution'
    | 'importOptions'
    | 'timeWindow'
    | 'comparison'
    | 'filters'
    | 'analysisSettings'
    | 'appearance'
    | 'selected'
    | 'pinned'
    | 'view'
    | 'labelDensity'
    | 'language'
    | 'layout'
    | 'layoutMode'
    | 'mapSettings'
    | 'statistics'
  > & { display: { graph: PositionSource } | null },
  camera: CameraState | null,
): Session {
  return {
    networkName: state.networkName,
    sampleId: state.sampleId,
    attribution: state.attribution,
    importOptions: state.importOptions,
    timeWindow: state.timeWindow,
    comparison: state.comparison,
    filters: state.filters,
    analysisSettings: state.analysisSettings,
    appearance: state.appearance,
    // On the map the graph holds map positions; the force layout's wait to be gone back to.
    positions: state.display
      ? packPositions(
          forcePositionsOf(state.display.graph) ?? state.display.graph,
          layoutPhase(state.layout.state),
        )
      : null,
    selection: state.selected === null ? [] : [state.selected],
    pinned: state.pinned,
    camera,
    view: state.view,
    labelDensity: state.labelDensity,
    language: state.language,
    layoutMode: state.layoutMode,
    mapSettings: state.mapSettings,
    statistics: state.statistics,
  };
}

/** A layout that had not started yet should run after a restore, like one that was running. */
function layoutPhase(state: ExplorerState['layout']['state']): LayoutPhase {
  return state === 'idle' ? 'running' : state;
}

/** The little of a graphology graph that positions need; the display graph fits it. */
export interface PositionSource {
  readonly order: number;
  forEachNode(callback: (key: string, attributes: { x: number; y: number }) => void): void;
}

export function packPositions(graph: PositionSource, layout: LayoutPhase): SavedPositions {
  const keys: string[] = [];
  const xy = new Float32Array(2 * graph.order);
  let i = 0;
  graph.forEachNode((key, node) => {
    keys.push(key);
    xy[i++] = node.x;
    xy[i++] = node.y;
  });
  return { keys, xy, layout };
}

/** Looks up saved positions by key. */
export function positionLookup(
  saved: SavedPositions | null,
): (key: string) => { x: number; y: number } | undefined {
  if (!saved) return () => undefined;
  const index = new Map(saved.keys.map((key, i) => [key, i]));
  return (key) => {
    const i = index.get(key);
    return i === undefined ? undefined : { x: saved.xy[2 * i], y: saved.xy[2 * i + 1] };
  };
}

/** The session as JSON for a project file: positions as a plain list of numbers. */
export function sessionToJson(session: Session) {
  return {
    ...session,
    positions: session.positions ? { ...session.positions, xy: Array.from(session.positions.xy) } : null,
  };
}
