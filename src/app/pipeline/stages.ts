/**
 * The worker stages of the pipeline as plain functions (declaration.ts lists them and what
 * they read). Each takes the output of the stage before and its own settings; none keeps state.
 */
import { buildAnalysisInput, packAnalysisInput } from '../../analysis/input.ts';
import { localityRule } from '../../analysis/locality.ts';
import {
  type AnalysisResult,
  type RunOptions,
  runAnalysis,
  runAnalysisInParallel,
  type TaskRunner,
} from '../../analysis/runner.ts';
import { type AnalysisSettings, measureOptions } from '../../analysis/settings.ts';
import type { AnalysisInput } from '../../analysis/types.ts';
import { loadGazetteer } from '../../geo/gazetteer.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { snapshot } from '../../model/time.ts';
import { type Filters, filterEcosystem, isFiltering } from '../filters/filters.ts';
import { type MapPositions, mapPositions, needsCountryCentres } from '../map/map-positions.ts';
import type { TimeWindow } from './declaration.ts';
import { type DisplayTies, displayTies } from './display-ties.ts';

/**
 * The network within a span of years (model/time.ts): relations active in some year of the
 * window (a year, a start–end span, or a survey wave), the actors they touch and actors dated
 * in it; keys are kept, so positions and selections carry over.
 */
export function timeWindowStage(source: Ecosystem, window: TimeWindow | null): Ecosystem {
  return window === null ? source : snapshot(source, window);
}

/** Filters need the measures of the whole window only for a measure range. */
export function needsWindowMeasures(filters: Filters): boolean {
  return filters.measure !== null;
}

export function filterStage(
  window: Ecosystem,
  filters: Filters,
  settings: AnalysisSettings,
  windowAnalysis: AnalysisResult | null,
): Ecosystem {
  if (!isFiltering(filters)) return window;
  return filterEcosystem(window, filters, {
    columns: windowAnalysis?.columns ?? {},
    localBy: localityRule(settings).localBy,
  });
}

/**
 * Exact betweenness costs one search per actor; past a few thousand actors the explorer
 * estimates it from seeded pivots instead (the error is stated in the network figures),
 * unless the settings ask for something else.
 */
const EXACT_PATHS_UP_TO = 5000;
const PIVOTS = 1000;

export function withSampling(settings: AnalysisSettings, actorCount: number): AnalysisSettings {
  if (settings.sample !== undefined || actorCount <= EXACT_PATHS_UP_TO) return settings;
  return { ...settings, sample: PIVOTS };
}

/** Below this many ties, starting helpers costs more than it saves. */
const PARALLEL_FROM_TIES = 5000;

export interface AnalysisHelpers {
  /** How many helper workers this machine should use. */
  count: number;
  start(
    packed: ReturnType<typeof packAnalysisInput>,
    count: number,
  ): Promise<{ runners: TaskRunner[]; close(): void }>;
}

export async function analysisStage(
  network: Ecosystem,
  settings: AnalysisSettings,
  helpers: AnalysisHelpers,
  run: { onProgress: (fraction: number, measureId: string) => void; isCancelled: () => boolean },
): Promise<AnalysisResult> {
  const options = measureOptions(withSampling(settings, network.order));
  return runMeasures(network, helpers, {
    options,
    onProgress: run.onProgress,
    isCancelled: run.isCancelled,
  });
}

/** Registry measures on a network: on helper workers when it is large enough to gain from them. */
export async function runMeasures(
  network: Ecosystem,
  helpers: AnalysisHelpers,
  run: RunOptions,
  input: AnalysisInput = buildAnalysisInput(network),
): Promise<AnalysisResult> {
  if (input.tie.tieCount < PARALLEL_FROM_TIES || helpers.count < 2) return runAnalysis(input, run);
  const pool = await helpers.start(packAnalysisInput(network, input), helpers.count);
  try {
    return await runAnalysisInParallel(input, pool.runners, run);
  } finally {
    pool.close();
  }
}

export async function displayStage(
  network: Ecosystem,
  settings: AnalysisSettings,
  analysis: AnalysisResult,
): Promise<DisplayTies> {
  const ties = displayTies(network, localityRule(settings), analysis.columns.community ?? null);
  return { ...ties, map: await mapStage(network, ties.ends) };
}

/**
 * The actors' places on the map. The gazetteer (for country centres) is loaded only when some
 * actor has a country and no coordinates.
 */
async function mapStage(network: Ecosystem, ends: Int32Array): Promise<MapPositions> {
  const degree = new Float64Array(network.order);
  for (const end of ends) degree[end]++;
  const gazetteer = needsCountryCentres(network) ? await loadGazetteer() : null;
  // Thousands of actors name a few dozen countries: each is looked up once.
  const centres = new Map<string, { lat: number; lon: number } | undefined>();
  const countryCentre = (country: string) => {
    if (!centres.has(country)) centres.set(country, gazetteer?.countryCentre(country));
    return centres.get(country);
  };
  return mapPositions(network, degree, countryCentre);
}
