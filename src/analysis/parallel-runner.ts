/**
 * Every measure on a pool of workers (Web Workers in the browser, worker threads in the CLI).
 *
 * Scheduling: measures that do not split go first, whole, each to the next free worker, so a
 * long one (communities) starts early and runs beside the rest; a measure that reuses another's
 * work (`reuses`) runs on that one's worker, right after it; measures that split by node
 * (path searches, brokers) follow in pieces of equal work, more pieces than workers, which keep
 * every worker busy to the end; they are cut on this thread while the workers already run the
 * whole measures. Pieces are cut the same way whatever the number of workers,
 * and merged in piece order as they come in (a piece waits only for those before it), so one
 * thread and sixteen add the same numbers in the same order and give the same bytes.
 */
import { MEASURES } from './registry.ts';
import {
  type AnalysisResult,
  assemble,
  emptyResult,
  optionsFor,
  producedElsewhere,
  type RunOptions,
  type TaskRunner,
} from './runner.ts';
import { AnalysisCancelled, type AnalysisInput, type AnyMeasure, type MeasureResult } from './types.ts';

/** Pieces a split measure is cut into (fewer when it has fewer sources), whatever the number of workers. */
export const SPLIT_PIECES = 48;

interface Job {
  readonly measure: AnyMeasure;
  readonly task:
    | { type: 'measure'; measureId: string; options: Record<string, unknown> }
    | { type: 'partial'; measureId: string; options: Record<string, unknown>; sources: Int32Array };
  /** Share of the whole run, for the overall fraction. */
  readonly weight: number;
  /** Pieces of a split measure: which one, and how many sources it holds. */
  readonly piece?: number;
  readonly size?: number;
}

/** Cuts `sources` into `pieces` consecutive runs of about equal total weight. */
export function cutPieces(
  sources: Int32Array,
  weights: Float64Array | undefined,
  pieces: number,
): Int32Array[] {
  if (!weights) {
    return Array.from({ length: pieces }, (_, piece) =>
      sources.slice(
        Math.floor((piece * sources.length) / pieces),
        Math.floor(((piece + 1) * sources.length) / pieces),
      ),
    );
  }
  let total = 0;
  for (const weight of weights) total += weight;
  const cuts: Int32Array[] = [];
  let start = 0;
  let running = 0;
  for (let piece = 1; piece <= pieces && start < sources.length; piece++) {
    const goal = piece === pieces ? Number.POSITIVE_INFINITY : (total * piece) / pieces;
    let end = start;
    // A source goes to this piece when most of its work falls before the piece's goal.
    while (end < sources.length && (end === start || running + weights[end] / 2 <= goal)) {
      running += weights[end];
      end++;
    }
    cuts.push(sources.slice(start, end));
    start = end;
  }
  return cuts.filter((cut) => cut.length > 0);
}

/** Merges the pieces of one split measure in piece order, as soon as the ones before have come in. */
class OrderedMerge {
  private readonly waiting = new Map<number, unknown>();
  private next = 0;
  total: unknown;
  constructor(private readonly merge: (parts: readonly unknown[]) => unknown) {}
  add(piece: number, value: unknown) {
    this.waiting.set(piece, value);
    while (this.waiting.has(this.next)) {
      const part = this.waiting.get(this.next);
      this.waiting.delete(this.next);
      this.total = this.next === 0 ? part : this.merge([this.total, part]);
      this.next++;
    }
  }
}

export async function runAnalysisInParallel(
  input: AnalysisInput,
  workers: readonly TaskRunner[],
  run: RunOptions = {},
): Promise<AnalysisResult> {
  const all = run.measures ?? MEASURES;
  const produced = producedElsewhere(all, run);
  const measures = all.filter((measure) => !produced.has(measure.id));
  const result = emptyResult();
  const spans: Record<string, number> = {};
  const firstStart = new Map<string, number>();
  const workerBusy = workers.map(() => 0);
  const outputs = new Map<string, MeasureResult>();
  const merges = new Map<string, OrderedMerge>();
  const sourcesByMeasure = new Map<string, Int32Array>();
  const whole: Job[] = [];
  const pieces: Job[] = [];
  const wholeCount = measures.filter((measure) => !measure.splitBySource).length;

  const splitMeasures: AnyMeasure[] = [];
  for (const measure of measures) {
    if (measure.splitBySource) splitMeasures.push(measure);
    else
      whole.push({
        measure,
        task: { type: 'measure', measureId: measure.id, options: optionsFor(measure, run) },
        weight: 1,
      });
  }
  /** Cuts the split measures into pieces; their sources and weights are work of this thread. */
  const cutSplitMeasures = () => {
    for (const measure of splitMeasures) {
      const options = optionsFor(measure, run);
      const split = measure.splitBySource as NonNullable<AnyMeasure['splitBySource']>;
      const sources = split.sources(input, options);
      sourcesByMeasure.set(measure.id, sources);
      merges.set(measure.id, new OrderedMerge(split.merge));
      const cuts = cutPieces(
        sources,
        split.weights?.(input, options, sources),
        Math.max(1, Math.min(sources.length, SPLIT_PIECES)),
      );
      cuts.forEach((part, piece) => {
        // Split measures dominate the bundle: weigh each like all whole measures together.
        pieces.push({
          measure,
          task: { type: 'partial', measureId: measure.id, options, sources: part },
          weight: Math.max(wholeCount, 1) / cuts.length,
          piece,
          size: part.length,
        });
      });
    }
  };
  // A measure that reuses another's work waits for it and then runs on its worker.
  const followers = new Map<string, Job[]>();
  for (const job of [...whole]) {
    const leader = job.measure.reuses;
    if (!leader || !whole.some((other) => other.measure.id === leader)) continue;
    followers.set(leader, [...(followers.get(leader) ?? []), job]);
    whole.splice(whole.indexOf(job), 1);
  }
  const jobs = [...whole];
  // Set once the pieces are cut; a worker that finds no job before then waits for them.
  let piecesCut = false;
  let announcePieces = () => {};
  const piecesReady = new Promise<void>((resolve) => {
    announcePieces = resolve;
  });

  const weightOf = () =>
    [...jobs, ...[...followers.values()].flat()].reduce((sum, job) => sum + job.weight, 0) || 1;
  let totalWeight = weightOf();
  const inFlight = new Map<Job, number>();
  const doneSources = new Map<string, number>();
  let doneWeight = 0;
  const report = (job: Job) => {
    let running = 0;
    let sourcesRunning = 0;
    for (const [other, fraction] of inFlight) {
      running += other.weight * fraction;
      if (other.measure === job.measure) sourcesRunning += (other.size ?? 0) * fraction;
    }
    const { measure } = job;
    const split = measure.splitBySource;
    const detail = split
      ? {
          done: Math.floor((doneSources.get(measure.id) ?? 0) + sourcesRunning),
          total: sourcesByMeasure.get(measure.id)?.length ?? 0,
          unit: split.unit ?? 'sources',
        }
      : undefined;
    run.onProgress?.((doneWeight + running) / totalWeight, measure.id, detail);
  };

  let next = 0;
  const drain = async (worker: TaskRunner, index: number) => {
    const own: Job[] = [];
    for (;;) {
      if (own.length === 0 && next >= jobs.length) {
        if (piecesCut) break;
        await piecesReady;
        continue;
      }
      if (run.isCancelled?.()) throw new AnalysisCancelled();
      const job = own.shift() ?? jobs[next++];
      own.push(...(followers.get(job.measure.id) ?? []));
      const { measureId } = job.task;
      inFlight.set(job, 0);
      const jobStarted = performance.now();
      if (!firstStart.has(measureId)) firstStart.set(measureId, jobStarted);
      const value = await worker.run(job.task as Parameters<TaskRunner['run']>[0], (fraction) => {
        inFlight.set(job, Math.min(Math.max(fraction, 0), 1));
        report(job);
      });
      const jobEnded = performance.now();
      workerBusy[index] += jobEnded - jobStarted;
      result.timings[measureId] = (result.timings[measureId] ?? 0) + jobEnded - jobStarted;
      spans[measureId] = jobEnded - (firstStart.get(measureId) as number);
      if (job.piece !== undefined) {
        (merges.get(measureId) as OrderedMerge).add(job.piece, value);
        doneSources.set(measureId, (doneSources.get(measureId) ?? 0) + (job.size ?? 0));
      } else outputs.set(measureId, value as MeasureResult);
      inFlight.delete(job);
      doneWeight += job.weight;
      report(job);
    }
  };
  // The workers start on the whole measures while this thread cuts the split ones: their
  // sources and weights (the ranked skeleton for brokerage, the pivots) took 2–3 s at ten million
  // ties, with every worker idle, when they were cut first.
  const drains = workers.map(drain);
  let cutFailure: unknown;
  try {
    cutSplitMeasures();
    jobs.push(...pieces);
    totalWeight = weightOf();
  } catch (thrown) {
    cutFailure = thrown;
  } finally {
    piecesCut = true;
    announcePieces();
  }
  await Promise.all(drains);
  if (cutFailure !== undefined) throw cutFailure;

  for (const [measureId, merge] of merges) {
    const measure = measures.find((candidate) => candidate.id === measureId) as AnyMeasure;
    const split = measure.splitBySource as NonNullable<AnyMeasure['splitBySource']>;
    const finishStarted = performance.now();
    outputs.set(
      measureId,
      split.finish(
        input,
        optionsFor(measure, run),
        merge.total,
        sourcesByMeasure.get(measureId) as Int32Array,
      ),
    );
    const finishMs = performance.now() - finishStarted;
    result.timings[measureId] = (result.timings[measureId] ?? 0) + finishMs;
    spans[measureId] = (spans[measureId] ?? 0) + finishMs;
  }
  result.spans = spans;
  result.workerBusy = workerBusy;
  run.onProgress?.(1, '');
  return assemble(all, outputs, result, produced);
}
