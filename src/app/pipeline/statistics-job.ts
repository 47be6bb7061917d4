/**
 * A test against chance as the pipeline worker runs it for the Statistics view: on the network on
 * screen (time window and filters applied), with the measure columns of its analysis usable as
 * fields (community, core_member, …), and with the mixing matrix of the test's grouping field.
 *
 * The permutations are drawn in pieces: on helper workers when the test is large enough to gain
 * from them (as the analysis stage does for measures), else here with a pause between pieces, so
 * that a cancel or a newer test reaches the worker and the progress bar moves. Permutation r
 * always draws from its own stream (seed, r) (statistics/run.ts), so the pieces give the same
 * numbers as `clusterscope test` on the same network, options and seed, whatever the split.
 */
import { mixingMatrix } from '../../analysis/assortativity.ts';
import { fieldGrouping } from '../../analysis/groups.ts';
import { buildAnalysisInput, type PackedAnalysisInput, packColumns } from '../../analysis/input.ts';
import type { AnalysisResult, TaskRunner } from '../../analysis/runner.ts';
import { parseDyadTerms } from '../../analysis/statistics/dyads.ts';
import { withRelationLayers } from '../../analysis/statistics/layers.ts';
import { withMeasureColumns } from '../../analysis/statistics/measure-fields.ts';
import { runTestInParallel, runTestTask, type TestTask } from '../../analysis/statistics/run.ts';
import type { TestResult } from '../../analysis/statistics/types.ts';
import { AnalysisCancelled, type AnalysisInput, type OptionValues } from '../../analysis/types.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import type { FieldValue } from '../../model/fields.ts';
import type { AnalysisHelpers } from './stages.ts';

export interface TestRequest {
  readonly testId: string;
  readonly options: OptionValues;
}

/** Ties between the groups of a field: counts[g][h], the diagonal holding ties inside group g. */
export interface MixingTable {
  readonly field: string;
  readonly labels: readonly string[];
  readonly counts: readonly (readonly number[])[];
}

export interface TestOutcome {
  readonly result: TestResult;
  /** The mixing matrix of the field the test groups by; null for a test without one. */
  readonly mixing: MixingTable | null;
}

export interface TestJobRun {
  onProgress(fraction: number): void;
  isCancelled(): boolean;
}

/** Pieces drawn one after another here: 16 runners × 4 pieces each (run.ts) = 64 pauses at most. */
const PIECE_RUNNERS = 16;

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The grouping field of a test's resolved options, when it groups actors by a categorical field. */
export function groupingFieldOf(options: Readonly<Record<string, unknown>>): string | null {
  if (options.numeric === true) return null;
  const field = options.field ?? options.groupBy;
  return typeof field === 'string' && field !== '' ? field : null;
}

export function mixingTable(input: AnalysisInput, field: string): MixingTable {
  const grouping = fieldGrouping(input.actors, field, 'left-out');
  return {
    field,
    labels: grouping.labels,
    counts: mixingMatrix(input.tie, grouping).map((row) => Array.from(row)),
  };
}

/**
 * Below this many actor-permutations (actors × permutations) starting helpers costs more than it
 * saves: 1,000 permutations on about 500 actors take well under a second in one thread.
 */
const HELPERS_FROM = 500_000;
/** How often a run on helpers looks for a cancel, so that it stops without waiting for a piece. */
const CANCEL_POLL_MILLISECONDS = 100;

export async function runTestJob(
  network: Ecosystem,
  analysis: AnalysisResult,
  request: TestRequest,
  run: TestJobRun,
  helpers: AnalysisHelpers | null = null,
): Promise<TestOutcome> {
  const base = withRelationLayers(buildAnalysisInput(network), network);
  const input = withMeasureColumns(base, analysis.columns);
  const permutations = Number(request.options.permutations ?? 0);
  // Each report crosses to the main thread: one per percent is enough for a progress bar.
  let percent = -1;
  const onProgress = (fraction: number) => {
    const now = Math.floor(fraction * 100);
    if (now === percent) return;
    percent = now;
    run.onProgress(fraction);
  };
  const throttled = { onProgress, isCancelled: run.isCancelled };
  const result =
    helpers !== null && helpers.count >= 2 && input.tie.nodeCount * permutations >= HELPERS_FROM
      ? await onHelpers(network, input, request, throttled, helpers)
      : await inThisWorker(input, request, throttled);
  const field = groupingFieldOf(result.options);
  return { result, mixing: field === null ? null : mixingTable(input, field) };
}

function inThisWorker(input: AnalysisInput, request: TestRequest, run: TestJobRun): Promise<TestResult> {
  const runner: TaskRunner = {
    async run(task, onProgress) {
      await pause();
      if (run.isCancelled()) throw new AnalysisCancelled();
      return runTestTask(input, task as TestTask, { report: onProgress, checkpoint() {} });
    },
  };
  return runTestInParallel(
    input,
    Array.from({ length: PIECE_RUNNERS }, () => runner),
    request.testId,
    request.options,
    { onProgress: run.onProgress, isCancelled: run.isCancelled },
  );
}

async function onHelpers(
  network: Ecosystem,
  input: AnalysisInput,
  request: TestRequest,
  run: TestJobRun,
  helpers: AnalysisHelpers,
): Promise<TestResult> {
  const pool = await helpers.start(packedFor(network, input, request.options), helpers.count);
  let poll: ReturnType<typeof setInterval> | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    poll = setInterval(() => {
      if (run.isCancelled()) reject(new AnalysisCancelled());
    }, CANCEL_POLL_MILLISECONDS);
  });
  const running = runTestInParallel(input, pool.runners, request.testId, request.options, {
    onProgress: run.onProgress,
    isCancelled: run.isCancelled,
  });
  // Once cancelled, the helpers are ended; what they were doing never answers.
  running.catch(() => {});
  try {
    return await Promise.race([running, cancelled]);
  } finally {
    clearInterval(poll);
    pool.close();
  }
}

/**
 * The input as the helpers receive it: the actors' fields, the relation layers, and the measure
 * columns the request groups or compares by (a field option or a same:/diff: term naming one).
 */
export function packedFor(
  network: Ecosystem,
  input: AnalysisInput,
  options: OptionValues,
): PackedAnalysisInput {
  const names = new Set<string>();
  network.forEachNode((_key, actor) => {
    for (const name of Object.keys(actor.fields)) names.add(name);
  });
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'string') continue;
    if (name === 'field' || name === 'groupBy') names.add(value);
    if (name === 'relations' || name === 'dependent' || name === 'predictors') {
      try {
        for (const term of parseDyadTerms(value)) if ('field' in term) names.add(term.field);
      } catch {
        // The test itself reports a term list it cannot read.
      }
    }
  }
  names.delete('kind');
  // A Map keeps field names such as "__proto__" as data.
  const fields = new Map<string, readonly FieldValue[]>();
  for (const name of names) fields.set(name, input.actors.field(name));
  const packed = packColumns(input.tie, input.flow, input.tieKinds, input.actors.kind, fields);
  return input.layers ? { ...packed, layers: input.layers } : packed;
}
