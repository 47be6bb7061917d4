/**
 * The pipeline worker: it reads the files of one network (io/ → model/) and keeps that source
 * network for as long as the network is open, then runs the worker stages of the declared
 * pipeline (declaration.ts) whenever the main thread asks, reusing every stage whose inputs did
 * not change. One worker per open network: opening another starts a new one, so cancelling the
 * new load leaves the old network as it was.
 *
 * Each run carries the generation the main thread gave it. A newer run or a cancel makes the
 * older one stop at its next checkpoint (between stages, between measure jobs), and the main
 * thread never applies a result whose generation is not its latest.
 */

import * as Comlink from 'comlink';
import type { PackedAnalysisInput } from '../../analysis/input.ts';
import { type LinkQuery, LinkSuggester, type SuggestedLink } from '../../analysis/link-suggester.ts';
import type { AnalysisResult, TaskRunner } from '../../analysis/runner.ts';
import { transferableBuffers } from '../../analysis/runner.ts';
import { type ChangesSelection, changesTable } from '../../analysis/time/changes-table.ts';
import type { Comparison } from '../../analysis/time/compare.ts';
import { PhrasedError, phrase } from '../../i18n/phrase.ts';
import { type ImportOptions, type ImportResult, importFiles, type SourceFile } from '../../io/index.ts';
import type { ClusterscopeProject } from '../../io/project.ts';
import { writeChangesCsv } from '../../io/write-changes.ts';
import { type EcosystemColumns, ecosystemColumns } from '../../model/columns.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { yearsOf } from '../../model/time.ts';
import type { AnalysisTaskWorkerApi } from '../workers/analysis-task.worker.ts';
import { type ComparisonOutcome, type ComparisonRequest, runComparison } from './comparison-job.ts';
import { firstChangedStage, type PipelineSettings, stageKeys, type WorkerStage } from './declaration.ts';
import type { DisplayTies } from './display-ties.ts';
import {
  type AnalysisHelpers,
  analysisStage,
  displayStage,
  filterStage,
  needsWindowMeasures,
  timeWindowStage,
} from './stages.ts';
import { runTestJob, type TestOutcome, type TestRequest } from './statistics-job.ts';

export type WorkerImportOptions = Omit<ImportOptions, 'signal' | 'onProgress'>;

export interface LoadedSource {
  columns: EcosystemColumns;
  report: ImportResult['report'];
  /** Positions a graph or project file carried, by actor id. */
  positions: [id: string, x: number, y: number][];
  /** The project file's contents other than its data, when a project was opened. */
  project: Omit<ClusterscopeProject, 'data'> | null;
  /** The years in which something is active, ascending. */
  years: number[];
}

/** What the main thread already holds, by version; the worker sends only what differs. */
export interface HeldVersions {
  network: number;
  analysis: number;
  display: number;
}

export interface PipelineOutput {
  generation: number;
  versions: HeldVersions;
  /** The network on screen as the source's kept keys; null = the whole source. Absent when held. */
  network?: { actors: string[]; relations: string[] } | null;
  analysis?: AnalysisResult;
  display?: DisplayTies;
  /** Milliseconds per stage that ran. */
  timings: Partial<Record<WorkerStage, number>>;
}

export type PipelineProgress = (stage: WorkerStage, fraction: number, measureId: string) => void;

/** Thrown inside a run that a newer run or a cancel has overtaken. */
class Superseded extends Error {}

interface Cached {
  keys: Record<WorkerStage, string>;
  window: Ecosystem;
  windowAnalysis: AnalysisResult | null;
  network: Ecosystem;
  analysis: AnalysisResult;
  display: DisplayTies;
  versions: HeldVersions;
}

let source: Ecosystem | null = null;
let cached: Cached | null = null;
/** Link suggestions for the cached network, made when first asked for. */
let suggester: { network: Ecosystem; analysis: AnalysisResult; suggester: LinkSuggester } | null = null;
let latestGeneration = 0;
/** The comparison asked for last, and the last one finished (kept for its exports). */
let latestComparison = 0;
let compared: { id: number; network: Ecosystem; comparison: Comparison } | null = null;
/** The test asked for last: an older one stops at its next piece. */
let latestTest = 0;

const MAX_HELPERS = 4;

const helpers: AnalysisHelpers = {
  count: Math.min(MAX_HELPERS, self.navigator?.hardwareConcurrency || 2),
  async start(packed: PackedAnalysisInput, count: number) {
    const workers = Array.from(
      { length: count },
      () => new Worker(new URL('../workers/analysis-task.worker.ts', import.meta.url), { type: 'module' }),
    );
    const close = () => {
      for (const worker of workers) worker.terminate();
    };
    try {
      const runners: TaskRunner[] = await Promise.all(
        workers.map(async (worker) => {
          const remote = Comlink.wrap<AnalysisTaskWorkerApi>(worker);
          await remote.init(packed);
          return { run: (task, progress) => remote.run(task, Comlink.proxy(progress)) };
        }),
      );
      return { runners, close };
    } catch (error) {
      close();
      throw error;
    }
  },
};

/** Gives queued messages (a newer run, a cancel) a chance to arrive, then checks. */
async function checkpoint(generation: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (generation !== latestGeneration) throw new Superseded();
}

/** A copy of the analysis whose buffers can be transferred while the cache keeps its own. */
function copyOfAnalysis(analysis: AnalysisResult): AnalysisResult {
  const columns: AnalysisResult['columns'] = {};
  for (const [id, column] of Object.entries(analysis.columns))
    columns[id as keyof typeof columns] = (column as Float64Array).slice();
  return { ...analysis, columns };
}

function copyOfDisplay(display: DisplayTies): DisplayTies {
  return {
    ends: display.ends.slice(),
    strength: display.strength.slice(),
    kind: display.kind.slice(),
    kinds: display.kinds.slice(),
    locality: display.locality.slice(),
    crossBorder: display.crossBorder.slice(),
    seed: display.seed.slice(),
    backbone: {
      disparity: display.backbone.disparity.slice(),
      simmelian: display.backbone.simmelian.slice(),
      weighted: display.backbone.weighted,
    },
    ...(display.map
      ? { map: { ...display.map, xy: display.map.xy.slice(), placement: display.map.placement.slice() } }
      : {}),
  };
}

async function runStages(
  generation: number,
  settings: PipelineSettings,
  onProgress: PipelineProgress,
): Promise<Cached> {
  if (!source) throw new PhrasedError(phrase('explorer.status.noNetwork'));
  const keys = stageKeys(settings);
  const from = firstChangedStage(cached?.keys ?? null, keys);
  if (cached && from === null) return cached;
  const previous = cached;
  const rerun = (stage: WorkerStage) =>
    previous === null || from === null || WORKER_ORDER[stage] >= WORKER_ORDER[from];
  const timings: Partial<Record<WorkerStage, number>> = {};
  const timed = async <T>(stage: WorkerStage, compute: () => T | Promise<T>): Promise<T> => {
    await checkpoint(generation);
    onProgress(stage, 0, '');
    const started = performance.now();
    const value = await compute();
    timings[stage] = performance.now() - started;
    return value;
  };
  const isCancelled = () => generation !== latestGeneration;
  const analyse = (network: Ecosystem) =>
    analysisStage(network, settings.analysis, helpers, {
      onProgress: (fraction, measureId) => onProgress('analysis', fraction, measureId),
      isCancelled,
    });

  const window =
    rerun('timeWindow') || !previous
      ? await timed('timeWindow', () => timeWindowStage(source as Ecosystem, settings.timeWindow))
      : previous.window;
  const windowChanged = !previous || window !== previous.window;
  let windowAnalysis: AnalysisResult | null = null;
  if (needsWindowMeasures(settings.filters)) {
    const reusable = previous?.windowAnalysis && !windowChanged && previous.keys.analysis === keys.analysis;
    windowAnalysis = reusable ? previous.windowAnalysis : await timed('filters', () => analyse(window));
  }
  const network =
    windowChanged || rerun('filters') || !previous
      ? await timed('filters', () => filterStage(window, settings.filters, settings.analysis, windowAnalysis))
      : previous.network;
  const networkChanged = !previous || network !== previous.network;
  const analysis =
    networkChanged || rerun('analysis') || !previous
      ? network === window && windowAnalysis
        ? windowAnalysis
        : await timed('analysis', () => analyse(network))
      : previous.analysis;
  const display =
    networkChanged || rerun('display') || !previous
      ? await timed('display', () => displayStage(network, settings.analysis, analysis))
      : previous.display;
  await checkpoint(generation);
  const versions = previous?.versions ?? { network: 0, analysis: 0, display: 0 };
  lastTimings = timings;
  return {
    keys,
    window,
    windowAnalysis,
    network,
    analysis,
    display,
    versions: {
      network: networkChanged ? versions.network + 1 : versions.network,
      analysis: analysis !== previous?.analysis ? versions.analysis + 1 : versions.analysis,
      display: display !== previous?.display ? versions.display + 1 : versions.display,
    },
  };
}

const WORKER_ORDER: Record<WorkerStage, number> = { timeWindow: 0, filters: 1, analysis: 2, display: 3 };
let lastTimings: Partial<Record<WorkerStage, number>> = {};

const api = {
  async load(
    files: SourceFile[],
    options: WorkerImportOptions,
    onProgress: (stage: string, done: number, total: number) => void,
  ): Promise<LoadedSource> {
    const { ecosystem, report, layout, project } = await importFiles(files, { ...options, onProgress });
    source = ecosystem;
    cached = null;
    compared = null;
    const { data: _data, ...rest } = project ?? { data: null };
    return {
      columns: ecosystemColumns(ecosystem),
      report,
      positions: [...layout.positions].map(([id, { x, y }]) => [id, x, y]),
      project: project ? (rest as Omit<ClusterscopeProject, 'data'>) : null,
      years: [...yearsOf(ecosystem)],
    };
  },

  /**
   * Runs the stages for `settings`. Resolves with what differs from what the main thread holds,
   * or null when a newer run or a cancel overtook this one.
   */
  async run(
    generation: number,
    settings: PipelineSettings,
    held: HeldVersions,
    onProgress: PipelineProgress,
  ): Promise<PipelineOutput | null> {
    latestGeneration = Math.max(latestGeneration, generation);
    let result: Cached;
    try {
      result = await runStages(generation, settings, onProgress);
    } catch (error) {
      if (error instanceof Superseded || (error as Error)?.name === 'AnalysisCancelled') return null;
      throw error;
    }
    cached = result;
    const output: PipelineOutput = { generation, versions: result.versions, timings: lastTimings };
    if (held.network !== result.versions.network)
      output.network =
        result.network === source
          ? null
          : { actors: result.network.nodes(), relations: result.network.edges() };
    if (held.analysis !== result.versions.analysis) output.analysis = copyOfAnalysis(result.analysis);
    if (held.display !== result.versions.display) output.display = copyOfDisplay(result.display);
    return Comlink.transfer(output, transferableBuffers([output.analysis?.columns, output.display]));
  },

  /**
   * Missing-link suggestions on the network on screen, with its communities: computed here,
   * beside the network and its measures, rather than on another copy of them.
   */
  suggest(actor: string | null, query: LinkQuery): SuggestedLink[] {
    if (!cached) return [];
    if (suggester?.network !== cached.network || suggester.analysis !== cached.analysis) {
      const community = cached.analysis.columns.community ?? null;
      suggester = {
        network: cached.network,
        analysis: cached.analysis,
        suggester: new LinkSuggester(cached.network, community),
      };
    }
    return actor === null
      ? suggester.suggester.forNetwork(query)
      : suggester.suggester.forActor(actor, query);
  },

  /** Makes any run of an older generation stop at its next checkpoint. */
  cancel(generation: number): void {
    latestGeneration = Math.max(latestGeneration, generation);
  },

  /**
   * Compares two windows of the source network (comparison-job.ts). One comparison at a time:
   * a newer one, or `cancelComparison`, makes this one stop at its next checkpoint and resolve
   * null. The last result is kept for its exports.
   */
  async compare(
    id: number,
    request: ComparisonRequest,
    onProgress: (fraction: number, measureId: string) => void,
  ): Promise<ComparisonOutcome | null> {
    if (!source) throw new Error('No network is open.');
    latestComparison = Math.max(latestComparison, id);
    let outcome: ComparisonOutcome;
    try {
      outcome = await runComparison(source, request, helpers, {
        onProgress,
        isCancelled: () => id !== latestComparison,
      });
    } catch (error) {
      if ((error as Error)?.name === 'AnalysisCancelled') return null;
      throw error;
    }
    if (id !== latestComparison) return null;
    compared = { id, network: source, comparison: outcome.comparison };
    return outcome;
  },

  cancelComparison(id: number): void {
    latestComparison = Math.max(latestComparison, id);
  },

  /**
   * Tests the network on screen against chance (statistics-job.ts). One test at a time: a newer
   * one, `cancelTest` or a new network on screen makes this one stop at its next piece and
   * resolve null.
   */
  async test(
    id: number,
    request: TestRequest,
    onProgress: (fraction: number) => void,
  ): Promise<TestOutcome | null> {
    if (!cached) throw new Error('No network is open.');
    latestTest = Math.max(latestTest, id);
    const onScreen = cached;
    let outcome: TestOutcome;
    try {
      outcome = await runTestJob(
        onScreen.network,
        onScreen.analysis,
        request,
        { onProgress, isCancelled: () => id !== latestTest || cached?.network !== onScreen.network },
        helpers,
      );
    } catch (error) {
      if ((error as Error)?.name === 'AnalysisCancelled') return null;
      throw error;
    }
    return id === latestTest && cached?.network === onScreen.network ? outcome : null;
  },

  cancelTest(id: number): void {
    latestTest = Math.max(latestTest, id);
  },

  /**
   * Rows of the last comparison as a CSV file (io/write-changes.ts); null when it is no longer
   * held. A Blob crosses to the main thread by reference, not as a copy of megabytes of text.
   */
  changesCsv(id: number, selection: ChangesSelection): Blob | null {
    if (!compared || compared.id !== id || compared.network !== source) return null;
    const csv = writeChangesCsv(changesTable(compared.comparison, compared.network, selection), {
      byteOrderMark: true,
    });
    return new Blob([csv], { type: 'text/csv;charset=utf-8' });
  },
};

export type PipelineWorkerApi = typeof api;
Comlink.expose(api);
