/**
 * The explorer's state. Three kinds of thing live here, and only these:
 *   - what the user set (the session: it is what a project file and a workspace save),
 *   - the outputs of the declared pipeline (pipeline/declaration.ts), written only by the
 *     pipeline controller, always together, for one generation,
 *   - the state of the job that computes them.
 * Nothing here is a copy of something derivable from the rest. Graph objects are replaced,
 * never mutated in place, when the network changes, so subscribers can compare references.
 */
import { create } from 'zustand';
import type { BackboneChoice } from '../analysis/backbone.ts';
import type { AnalysisResult } from '../analysis/runner.ts';
import type { AnalysisSettings } from '../analysis/settings.ts';
import { type Language, preferredLanguage } from '../i18n/i18n.ts';
import { type Phrase, phrase } from '../i18n/phrase.ts';
import type { ImportReport, SourceFile } from '../io/index.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import { type Appearance, type ColourLegend, DEFAULT_APPEARANCE } from './appearance/appearance.ts';
import type { ComparisonChoice } from './changes/choice.ts';
import type { Display } from './display-graph.ts';
import { type Filters, NO_FILTERS } from './filters/filters.ts';
import { DEFAULT_MAP_SETTINGS, type LayoutMode, type MapSettings } from './map/map-settings.ts';
import type { TimeWindow } from './pipeline/declaration.ts';
import type { WorkerImportOptions } from './pipeline/pipeline.worker.ts';
import { DEFAULT_STATISTICS_CHOICE, type StatisticsChoice } from './views/statistics/form.ts';

export type SideView =
  | 'map'
  | 'overview'
  | 'rankings'
  | 'brokers'
  | 'clusters'
  | 'locality'
  | 'geography'
  | 'links'
  | 'changes'
  | 'statistics'
  | 'methods'
  | 'glossary';

export const SIDE_VIEWS: readonly SideView[] = [
  'map',
  'overview',
  'rankings',
  'brokers',
  'clusters',
  'locality',
  'geography',
  'links',
  'changes',
  'statistics',
  'methods',
  'glossary',
];

/** A tie that does not exist yet, drawn dashed on the canvas while a suggestion is examined. */
export interface ProposedTie {
  source: string;
  target: string;
  label: string;
}

export type LoadPhase = 'idle' | 'importing' | 'analysing' | 'ready' | 'error' | 'cancelled';
export type LayoutState = 'idle' | 'running' | 'paused' | 'settled';

export interface LayoutStatus {
  state: LayoutState;
  iterations: number;
  elapsedMilliseconds: number;
}

/** What the user set: the session a project file and a workspace hold. */
export interface SessionState {
  networkName: string | null;
  /** The files and options of the network on screen, to import again (accepted merges) or save. */
  sourceFiles: SourceFile[];
  importOptions: WorkerImportOptions;
  /** The bundled sample on screen, if it is one, and the credit its source requires. */
  sampleId: string | null;
  attribution: string | null;
  timeWindow: TimeWindow | null;
  /** The two windows the Changes view compares; null until one is chosen. */
  comparison: ComparisonChoice | null;
  filters: Filters;
  analysisSettings: AnalysisSettings;
  appearance: Appearance;
  selected: string | null;
  /** Actors the person placed by hand: the layout leaves them where they are. */
  pinned: string[];
  /** Sigma's label density: higher shows more labels. */
  labelDensity: number;
  /** Which view is open beside the map. */
  view: SideView;
  /** Whether the canvas shows the force layout or the actors at their places on the map. */
  layoutMode: LayoutMode;
  mapSettings: MapSettings;
  /** The language of every word on screen (data is never translated). */
  language: Language;
  /** The test the Statistics view is set to, and its typed options. */
  statistics: StatisticsChoice;
}

/** The pipeline's outputs for the generation on screen. */
export interface PipelineState {
  /** The network as read from the files, before the time window and filters. */
  source: Ecosystem | null;
  /** The years in which something in the source is active, ascending (the time window's stops). */
  years: readonly number[];
  report: ImportReport | null;
  /** The network on screen: the source within the time window, filtered. */
  ecosystem: Ecosystem | null;
  /** Measures of the network on screen, aligned with `ecosystem.nodes()`. */
  analysis: AnalysisResult | null;
  display: Display | null;
  /** What the colours and sizes on the canvas mean, written with them. */
  legend: {
    nodes: ColourLegend;
    sizeTitle: string;
    edges: ColourLegend;
    /**
     * Ties drawn out of the ties of the network on screen, and the backbone that drew them
     * (an automatic choice resolved: tie-drawing.ts `backboneDrawn`).
     */
    ties: { drawn: number; total: number; backbone: BackboneChoice };
  } | null;
}

export interface JobState {
  phase: LoadPhase;
  progress: number;
  /** What the job is doing, said in the language on screen when shown. */
  progressLabel: Phrase;
  error: Phrase | null;
  /** The pipeline is recomputing for changed settings; the network on screen stays usable. */
  computing: boolean;
  layout: LayoutStatus;
  hovered: string | null;
  /** Actors a view points out on the canvas (the rest fade); null when none. */
  highlighted: ReadonlySet<string> | null;
  proposedTies: ProposedTie[];
}

export type ExplorerState = SessionState & PipelineState & JobState;

export interface ExplorerActions {
  select(id: string | null): void;
  /** Pins an actor where it is (true) or lets the layout move it again (false); null: every actor. */
  setPinned(id: string | null, pinned: boolean): void;
  hover(id: string | null): void;
  setLabelDensity(density: number): void;
  setLayout(status: Partial<LayoutStatus>): void;
  setAppearance(change: Partial<Appearance>): void;
  setFilters(change: Partial<Filters>): void;
  setAnalysisSettings(change: Partial<AnalysisSettings>): void;
  setTimeWindow(window: TimeWindow | null): void;
  setView(view: SideView): void;
  setLayoutMode(mode: LayoutMode): void;
  setMapSettings(change: Partial<MapSettings>): void;
  setLanguage(language: Language): void;
  setHighlighted(keys: Iterable<string> | null): void;
  setProposedTies(ties: ProposedTie[]): void;
}

export const INITIAL_LAYOUT: LayoutStatus = { state: 'idle', iterations: 0, elapsedMilliseconds: 0 };

export const INITIAL_SESSION: SessionState = {
  networkName: null,
  sourceFiles: [],
  importOptions: {},
  sampleId: null,
  attribution: null,
  timeWindow: null,
  comparison: null,
  filters: NO_FILTERS,
  analysisSettings: {},
  appearance: DEFAULT_APPEARANCE,
  selected: null,
  pinned: [],
  labelDensity: 0.25,
  view: 'map',
  layoutMode: 'force',
  mapSettings: DEFAULT_MAP_SETTINGS,
  language: preferredLanguage(typeof navigator === 'undefined' ? undefined : navigator.languages),
  statistics: DEFAULT_STATISTICS_CHOICE,
};

export const useExplorer = create<ExplorerState & ExplorerActions>()((set) => ({
  ...INITIAL_SESSION,
  source: null,
  years: [],
  report: null,
  ecosystem: null,
  analysis: null,
  display: null,
  legend: null,
  phase: 'idle',
  progress: 0,
  progressLabel: phrase('explorer.status.computing'),
  error: null,
  computing: false,
  layout: INITIAL_LAYOUT,
  hovered: null,
  highlighted: null,
  proposedTies: [],
  select: (id) => set({ selected: id }),
  setPinned: (id, pinned) =>
    set((state) => {
      if (id === null) return { pinned: [] };
      const others = state.pinned.filter((key) => key !== id);
      return { pinned: pinned ? [...others, id] : others };
    }),
  hover: (id) => set({ hovered: id }),
  setLabelDensity: (density) => set({ labelDensity: density }),
  setLayout: (status) => set((state) => ({ layout: { ...state.layout, ...status } })),
  setAppearance: (change) => set((state) => ({ appearance: { ...state.appearance, ...change } })),
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  setAnalysisSettings: (change) =>
    set((state) => ({ analysisSettings: { ...state.analysisSettings, ...change } })),
  setTimeWindow: (window) => set({ timeWindow: window }),
  setView: (view) => set({ view }),
  setLayoutMode: (mode) => set({ layoutMode: mode }),
  setMapSettings: (change) => set((state) => ({ mapSettings: { ...state.mapSettings, ...change } })),
  setLanguage: (language) => set({ language }),
  setHighlighted: (keys) => set({ highlighted: keys === null ? null : new Set(keys) }),
  setProposedTies: (ties) => set({ proposedTies: ties }),
}));
