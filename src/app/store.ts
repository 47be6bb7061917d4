/**
 * The explorer's state. Components read it and call actions; workers' results land here.
 * Graph objects are replaced, never mutated in place, when a new network loads, so
 * subscribers can compare references.
 */
import { create } from 'zustand';
import type { AnalysisResult } from '../analysis/runner.ts';
import type { AnalysisSettings } from '../analysis/settings.ts';
import type { ImportReport, SourceFile } from '../io/index.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import { type Appearance, type ColourLegend, DEFAULT_APPEARANCE } from './appearance/appearance.ts';
import type { Display } from './display-graph.ts';
import { type Filters, NO_FILTERS } from './filters/filters.ts';
import type { WorkerImportOptions } from './workers/import.worker.ts';

export type SideView =
  | 'map'
  | 'overview'
  | 'rankings'
  | 'brokers'
  | 'clusters'
  | 'locality'
  | 'links'
  | 'methods';

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

export interface ExplorerState {
  phase: LoadPhase;
  progress: number;
  progressLabel: string;
  error: string | null;
  networkName: string | null;
  ecosystem: Ecosystem | null;
  display: Display | null;
  report: ImportReport | null;
  /** The files and options of the network on screen, to import again (accepted merges) or save. */
  sourceFiles: SourceFile[];
  importOptions: WorkerImportOptions;
  analysisSettings: AnalysisSettings;
  /** The bundled sample on screen, if it is one, and the credit its source requires. */
  sampleId: string | null;
  attribution: string | null;
  /** The filtered network on screen and its measures; equal to the full ones when nothing is filtered. */
  analysis: AnalysisResult | null;
  fullEcosystem: Ecosystem | null;
  fullAnalysis: AnalysisResult | null;
  filters: Filters;
  /** Measures are being recomputed for a new filter. */
  refiltering: boolean;
  selected: string | null;
  hovered: string | null;
  layout: LayoutStatus;
  /** Sigma's label density: higher shows more labels. */
  labelDensity: number;
  appearance: Appearance;
  /** Which view is open beside the map. */
  view: SideView;
  /** Actors a view points out on the canvas (the rest fade); null when none. */
  highlighted: ReadonlySet<string> | null;
  proposedTies: ProposedTie[];
  /** What the colours and sizes on the canvas mean, written with them. */
  legend: { nodes: ColourLegend; sizeTitle: string; edges: ColourLegend } | null;
}

export interface ExplorerActions {
  select(id: string | null): void;
  hover(id: string | null): void;
  setLabelDensity(density: number): void;
  setLayout(status: Partial<LayoutStatus>): void;
  setAppearance(change: Partial<Appearance>): void;
  setFilters(change: Partial<Filters>): void;
  setHighlighted(keys: Iterable<string> | null): void;
  setProposedTies(ties: ProposedTie[]): void;
}

export const INITIAL_LAYOUT: LayoutStatus = { state: 'idle', iterations: 0, elapsedMilliseconds: 0 };

export const useExplorer = create<ExplorerState & ExplorerActions>()((set) => ({
  phase: 'idle',
  progress: 0,
  progressLabel: '',
  error: null,
  networkName: null,
  ecosystem: null,
  display: null,
  report: null,
  sourceFiles: [],
  importOptions: {},
  analysisSettings: {},
  sampleId: null,
  attribution: null,
  analysis: null,
  fullEcosystem: null,
  fullAnalysis: null,
  filters: NO_FILTERS,
  refiltering: false,
  selected: null,
  hovered: null,
  layout: INITIAL_LAYOUT,
  labelDensity: 0.25,
  appearance: DEFAULT_APPEARANCE,
  view: 'map',
  highlighted: null,
  proposedTies: [],
  legend: null,
  select: (id) => set({ selected: id }),
  hover: (id) => set({ hovered: id }),
  setLabelDensity: (density) => set({ labelDensity: density }),
  setLayout: (status) => set((state) => ({ layout: { ...state.layout, ...status } })),
  setAppearance: (change) => set((state) => ({ appearance: { ...state.appearance, ...change } })),
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  setHighlighted: (keys) => set({ highlighted: keys === null ? null : new Set(keys) }),
  setProposedTies: (ties) => set({ proposedTies: ties }),
}));
