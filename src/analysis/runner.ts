/**
 * The analysis runner: every registry measure over one input, with progress and cancellation.
 * `runAnalysis` does it in the calling thread; `runAnalysisInParallel` hands the measures to
 * workers (Web Workers in the browser, worker threads in the CLI) and splits the one
 * search per source of path measures across all of them. Both give the same result.
 */
import { resolveOptions } from './options.ts';
import { MEASURES, type OutputId } from './registry.ts';
import { runTestTask, type TestTask } from './statistics/run.ts';
import {
  AnalysisCancelled,
  type AnalysisInput,
  type AnyMeasure,
  type Column,
  type MeasureResult,
  NO_PROGRESS,
  type OptionValues,
  type Progress,
  type ResultTable,
} from './types.ts';

export interface AnalysisResult {
  /** Output columns by id; a column is absent when its measure was not run. */
  columns: Partial<Record<OutputId, Column>>;
  graph: Record<string, number | string | null>;
  tables: Record<string, ResultTable>;
  /** Milliseconds each measure took, by measure id (summed over workers for split measures). */
  timings: Record<string, number>;
  /** Parallel runs: wall-clock milliseconds from a measure's first job starting to its last ending. */
  spans?: Record<string, number>;
  /** Parallel runs: milliseconds each worker spent running jobs (the rest it waited). */
  workerBusy?: number[];
}

/** How far a split measure has got, in its own units (searches, brokers). */
export interface ProgressDetail {
  readonly done: number;
  readonly total: number;
  readonly unit: string;
}

export interface RunOptions {
  measures?: readonly AnyMeasure[];
  /** Option values by measure id; missing values take the descriptor's defaults. */
  options?: Readonly<Record<string, OptionValues>>;
  /** Called with the overall fraction done, the measure being computed and, for split measures, their count. */
  onProgress?: (fraction: number, measureId: string, detail?: ProgressDetail) => void;
  isCancelled?: () => boolean;
}

export function optionsFor(measure: AnyMeasure, run: RunOptions): OptionValues {
  return resolveOptions(measure, run.options?.[measure.id]);
}

export function emptyResult(): AnalysisResult {
  return { columns: {}, graph: {}, tables: {}, timings: {} };
}

/**
 * The measures whose columns another measure of the run produces with the same option values
 * (`producedBy`), mapped to that producer: they need no work of their own.
 */
export function producedElsewhere(measures: readonly AnyMeasure[], run: RunOptions): Map<string, string> {
  const produced = new Map<string, string>();
  for (const measure of measures) {
    const producer = measures.find((candidate) => candidate.id === measure.producedBy);
    if (!producer) continue;
    const own = optionsFor(measure, run);
    const theirs = optionsFor(producer, run);
    if (Object.keys(own).every((name) => own[name] === theirs[name])) produced.set(measure.id, producer.id);
  }
  return produced;
}

/**
 * Adds measure outputs in the order given, so columns keep registry order whatever finished
 * first. Only declared columns are taken: a producer's extra columns belong to the measure
 * that declares them, and appear only when that measure is in the run.
 */
export function assemble(
  measures: readonly AnyMeasure[],
  outputs: Map<string, MeasureResult>,
  result: AnalysisResult,
  produced: ReadonlyMap<string, string> = new Map(),
) {
  for (const measure of measures) {
    const own = outputs.get(measure.id);
    const output = own ?? outputs.get(produced.get(measure.id) ?? '');
    if (!output) continue;
    for (const spec of measure.outputs) {
      const column = output.columns[spec.id];
      if (column) result.columns[spec.id as OutputId] = column;
    }
    if (!own) continue;
    if (output.graph) Object.assign(result.graph, output.graph);
    if (output.tables) Object.assign(result.tables, output.tables);
  }
  return result;
}

export function runAnalysis(input: AnalysisInput, run: RunOptions = {}): AnalysisResult {
  const all = run.measures ?? MEASURES;
  const produced = producedElsewhere(all, run);
  const measures = all.filter((measure) => !produced.has(measure.id));
  const result = emptyResult();
  const outputs = new Map<string, MeasureResult>();
  measures.forEach((measure, index) => {
    const progress = {
      report(fraction: number) {
        run.onProgress?.((index + Math.min(Math.max(fraction, 0), 1)) / measures.length, measure.id);
      },
      checkpoint() {
        if (run.isCancelled?.()) throw new AnalysisCancelled();
      },
    };
    progress.checkpoint();
    progress.report(0);
    const started = performance.now();
    outputs.set(measure.id, measure.compute(input, optionsFor(measure, run), progress));
    result.timings[measure.id] = performance.now() - started;
  });
  run.onProgress?.(1, '');
  return assemble(all, outputs, result, produced);
}

/** One unit of work for a worker holding its own copy of the input. */
export type AnalysisTask = MeasureTask | TestTask;

type MeasureTask =
  | { type: 'measure'; measureId: string; options: OptionValues }
  | { type: 'partial'; measureId: string; options: OptionValues; sources: Int32Array };

/** Runs a task where the input lives (inside a worker). */
export function runTask(input: AnalysisInput, task: AnalysisTask, progress: Progress = NO_PROGRESS): unknown {
  if (task.type === 'test') return runTestTask(input, task, progress);
  const measure = MEASURES.find((candidate) => candidate.id === task.measureId);
  if (!measure) throw new Error(`Unknown measure "${task.measureId}"`);
  if (task.type === 'measure') return measure.compute(input, task.options, progress);
  if (!measure.splitBySource) throw new Error(`Measure "${task.measureId}" does not split by source`);
  return measure.splitBySource.partial(input, task.options, task.sources, progress);
}

/** A worker that runs tasks; `run` resolves with what `runTask` returned there. */
export interface TaskRunner {
  run(task: AnalysisTask, onProgress: (fraction: number) => void): Promise<unknown>;
}

export { runAnalysisInParallel } from './parallel-runner.ts';

/**
 * Every registry output a result holds, in registry order: the public column order of the
 * CLI's actors table and of the explorer's export.
 */
export function columnsInRegistryOrder(result: AnalysisResult): { name: OutputId; values: Column }[] {
  const columns: { name: OutputId; values: Column }[] = [];
  for (const measure of MEASURES) {
    for (const output of measure.outputs) {
      const values = result.columns[output.id];
      if (values) columns.push({ name: output.id, values });
    }
  }
  return columns;
}

/** The ArrayBuffers inside a result, to transfer rather than copy across a worker boundary. */
export function transferableBuffers(value: unknown, found: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) transferableBuffers(item, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) transferableBuffers(item, found);
  }
  return [...found];
}
