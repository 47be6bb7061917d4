/**
 * The analysis runner: every registry measure over one input, with progress and cancellation.
 * `runAnalysis` does it in the calling thread; `runAnalysisInParallel` hands the measures to
 * workers (Web Workers in the browser, worker threads in the CLI) and splits the one
 * search per source of path measures across all of them. Both give the same result.
 */
import { resolveOptions } from './options.ts';
import { MEASURES, type OutputId } from './registry.ts';
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
}

export interface RunOptions {
  measures?: readonly AnyMeasure[];
  /** Option values by measure id; missing values take the descriptor's defaults. */
  options?: Readonly<Record<string, OptionValues>>;
  /** Called with the overall fraction done and the measure being computed. */
  onProgress?: (fraction: number, measureId: string) => void;
  isCancelled?: () => boolean;
}

export function optionsFor(measure: AnyMeasure, run: RunOptions): OptionValues {
  return resolveOptions(measure, run.options?.[measure.id]);
}

function emptyResult(): AnalysisResult {
  return { columns: {}, graph: {}, tables: {}, timings: {} };
}

/** Adds measure outputs in the order given, so columns keep registry order whatever finished first. */
function assemble(
  measures: readonly AnyMeasure[],
  outputs: Map<string, MeasureResult>,
  result: AnalysisResult,
) {
  for (const measure of measures) {
    const output = outputs.get(measure.id);
    if (!output) continue;
    Object.assign(result.columns, output.columns);
    if (output.graph) Object.assign(result.graph, output.graph);
    if (output.tables) Object.assign(result.tables, output.tables);
  }
  return result;
}

export function runAnalysis(input: AnalysisInput, run: RunOptions = {}): AnalysisResult {
  const measures = run.measures ?? MEASURES;
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
  return assemble(measures, outputs, result);
}

/** One unit of work for a worker holding its own copy of the input. */
export type AnalysisTask =
  | { type: 'measure'; measureId: string; options: OptionValues }
  | { type: 'partial'; measureId: string; options: OptionValues; sources: Int32Array };

/** Runs a task where the input lives (inside a worker). */
export function runTask(input: AnalysisInput, task: AnalysisTask, progress: Progress = NO_PROGRESS): unknown {
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

interface Job {
  task: AnalysisTask;
  weight: number;
  /** For pieces of a split measure: which piece, so pieces merge in a fixed order. */
  piece?: number;
}

/**
 * Pieces a split measure is cut into, whatever the number of workers: sums are then added in
 * the same order on any machine, so one thread and four give the same bytes.
 */
const SPLIT_PIECES = 16;

/**
 * Runs every measure on a pool of workers. Path measures are cut into source ranges (more
 * pieces than workers, so a worker that finishes early takes another); other measures go
 * whole to the next free worker. `input` is the coordinator's own copy, used only to list
 * sources and finish.
 */
export async function runAnalysisInParallel(
  input: AnalysisInput,
  workers: readonly TaskRunner[],
  run: RunOptions = {},
): Promise<AnalysisResult> {
  const measures = run.measures ?? MEASURES;
  const result = emptyResult();
  const outputs = new Map<string, MeasureResult>();
  const partials = new Map<string, unknown[]>();
  const sourcesByMeasure = new Map<string, Int32Array>();
  const jobs: Job[] = [];
  const others = measures.filter((measure) => !measure.splitBySource).length;

  for (const measure of measures) {
    const options = optionsFor(measure, run);
    const split = measure.splitBySource;
    if (!split) {
      jobs.push({ task: { type: 'measure', measureId: measure.id, options }, weight: 1 });
      continue;
    }
    const sources = split.sources(input, options);
    sourcesByMeasure.set(measure.id, sources);
    const pieces = Math.max(1, Math.min(sources.length, SPLIT_PIECES));
    partials.set(measure.id, new Array(pieces));
    for (let piece = 0; piece < pieces; piece++) {
      const part = sources.slice(
        Math.floor((piece * sources.length) / pieces),
        Math.floor(((piece + 1) * sources.length) / pieces),
      );
      // Searches from every node dominate the bundle: weigh them like all other measures together.
      jobs.push({
        task: { type: 'partial', measureId: measure.id, options, sources: part },
        weight: Math.max(others, 1) / pieces,
        piece,
      });
    }
  }
  // Split work first: its pieces are the largest and keep every worker busy from the start.
  jobs.sort((a, b) => Number(b.task.type === 'partial') - Number(a.task.type === 'partial'));

  const totalWeight = jobs.reduce((sum, job) => sum + job.weight, 0) || 1;
  const inFlight = new Map<Job, number>();
  let doneWeight = 0;
  const report = (measureId: string) => {
    let running = 0;
    for (const [job, fraction] of inFlight) running += job.weight * fraction;
    run.onProgress?.((doneWeight + running) / totalWeight, measureId);
  };

  let next = 0;
  const drain = async (worker: TaskRunner) => {
    while (next < jobs.length) {
      if (run.isCancelled?.()) throw new AnalysisCancelled();
      const job = jobs[next++];
      const { measureId } = job.task;
      inFlight.set(job, 0);
      const started = performance.now();
      const value = await worker.run(job.task, (fraction) => {
        inFlight.set(job, Math.min(Math.max(fraction, 0), 1));
        report(measureId);
      });
      result.timings[measureId] = (result.timings[measureId] ?? 0) + performance.now() - started;
      if (job.task.type === 'partial') (partials.get(measureId) as unknown[])[job.piece as number] = value;
      else outputs.set(measureId, value as MeasureResult);
      inFlight.delete(job);
      doneWeight += job.weight;
      report(measureId);
    }
  };
  await Promise.all(workers.map(drain));

  for (const [measureId, parts] of partials) {
    const measure = measures.find((candidate) => candidate.id === measureId) as AnyMeasure;
    const split = measure.splitBySource as NonNullable<AnyMeasure['splitBySource']>;
    const options = optionsFor(measure, run);
    outputs.set(
      measureId,
      split.finish(input, options, split.merge(parts), sourcesByMeasure.get(measureId) as Int32Array),
    );
  }
  run.onProgress?.(1, '');
  return assemble(measures, outputs, result);
}

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
