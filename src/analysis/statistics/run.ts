/**
 * Running a test: observe on the data, draw the permutations (in this thread or split over the
 * analysis workers), and summarise. Permutation r always draws from its own stream (seed, r),
 * so the result is the same bytes whatever the split and the number of threads.
 */
import type { TaskRunner } from '../runner.ts';
import {
  AnalysisCancelled,
  type AnalysisInput,
  type Column,
  NO_PROGRESS,
  type OptionValues,
  type Progress,
} from '../types.ts';
import { resolveTestOptions } from './options.ts';
import { summariseStatistic } from './permutation.ts';
import { testById } from './registry.ts';
import { describeStatistic } from './sentences.ts';
import type { AnyTest, Observed, PermutationChunk, TestResult } from './types.ts';

/** A piece of a test's permutations, as the runner hands it to a worker. */
export interface TestTask {
  type: 'test';
  /** A test names no measure (so code that reads `task.measureId` of any task still type-checks). */
  measureId?: undefined;
  testId: string;
  options: OptionValues;
  first: number;
  count: number;
}

function testOf(id: string): AnyTest {
  const test = testById(id);
  if (!test) throw new Error(`Unknown test "${id}"`);
  return test;
}

/** Runs a piece of permutations where the input lives (inside a worker). */
export function runTestTask(
  input: AnalysisInput,
  task: TestTask,
  progress: Progress = NO_PROGRESS,
): PermutationChunk {
  const test = testOf(task.testId);
  return test.permute(input, resolveTestOptions(test, task.options), task.first, task.count, progress);
}

/** Adds the chunks up in permutation order and summarises every statistic. */
export function finishTest(
  test: AnyTest,
  options: Record<string, number | boolean | string>,
  observed: Observed,
  chunks: readonly PermutationChunk[],
): TestResult {
  const ordered = [...chunks].sort((a, b) => a.first - b.first);
  const permutations = Number(options.permutations);
  const statistics = observed.ids.map((id, s) => {
    const draws = new Float64Array(permutations);
    for (const chunk of ordered) draws.set(chunk.draws[s], chunk.first);
    return summariseStatistic(
      id,
      observed.names[s],
      observed.subjects[s],
      observed.values[s],
      draws,
      test.twoSidedRule,
    );
  });
  const columns: Record<string, Column> = {};
  for (const id of Object.keys(observed.actorValues ?? {})) {
    for (const side of ['greater', 'less'] as const) {
      const total = new Float64Array((observed.actorValues as Record<string, Float64Array>)[id].length);
      for (const chunk of ordered) {
        const tally = chunk[side]?.[id];
        if (tally) for (let v = 0; v < total.length; v++) total[v] += tally[v];
      }
      columns[`${id}_p_${side}`] = total.map((count) => count / permutations);
    }
  }
  const result: TestResult = {
    test: test.id,
    label: test.label,
    nullModel: test.nullModel,
    twoSidedRule: test.twoSidedRule,
    permutations,
    seed: Number(options.seed),
    options,
    statistics,
    figures: observed.figures ?? {},
    columns,
    tables: observed.tables ?? {},
  };
  return {
    ...result,
    statistics: result.statistics.map((statistic) => ({
      ...statistic,
      sentence: describeStatistic(result, statistic),
    })),
  };
}

export interface TestRunOptions {
  onProgress?: (fraction: number) => void;
  isCancelled?: () => boolean;
}

/** The whole test in the calling thread. */
export function runTest(
  input: AnalysisInput,
  testId: string,
  given: OptionValues = {},
  run: TestRunOptions = {},
): TestResult {
  const test = testOf(testId);
  const options = resolveTestOptions(test, given);
  const observed = test.observe(input, options);
  const progress: Progress = {
    report: (fraction) => run.onProgress?.(fraction),
    checkpoint() {
      if (run.isCancelled?.()) throw new AnalysisCancelled();
    },
  };
  const chunk = test.permute(input, options, 0, Number(options.permutations), progress);
  return finishTest(test, options, observed, [chunk]);
}

/** Pieces per worker: more than one, so that a worker that finishes early takes another. */
const PIECES_PER_WORKER = 4;

/**
 * The test with its permutations split over workers that hold the same input. `input` is the
 * coordinator's copy, used to observe and to check the options before any worker starts.
 */
export async function runTestInParallel(
  input: AnalysisInput,
  workers: readonly TaskRunner[],
  testId: string,
  given: OptionValues = {},
  run: TestRunOptions = {},
): Promise<TestResult> {
  const test = testOf(testId);
  const options = resolveTestOptions(test, given);
  const observed = test.observe(input, options);
  const permutations = Number(options.permutations);
  const pieces = Math.max(1, Math.min(permutations, workers.length * PIECES_PER_WORKER));
  const tasks: TestTask[] = [];
  for (let piece = 0; piece < pieces; piece++) {
    const first = Math.floor((piece * permutations) / pieces);
    const end = Math.floor(((piece + 1) * permutations) / pieces);
    tasks.push({ type: 'test', testId, options, first, count: end - first });
  }
  const fractions = new Float64Array(pieces);
  const report = () => run.onProgress?.(fractions.reduce((sum, value) => sum + value, 0) / pieces);
  const chunks: PermutationChunk[] = [];
  let next = 0;
  const drain = async (worker: TaskRunner) => {
    while (next < tasks.length) {
      if (run.isCancelled?.()) throw new AnalysisCancelled();
      const index = next++;
      chunks.push(
        (await worker.run(tasks[index], (fraction) => {
          fractions[index] = fraction;
          report();
        })) as PermutationChunk,
      );
      fractions[index] = 1;
      report();
    }
  };
  await Promise.all(workers.map(drain));
  return finishTest(test, options, observed, chunks);
}
