/**
 * A test against chance as the pipeline worker runs it for the Statistics view: on the network on
 * screen (time window and filters applied), with the measure columns of its analysis usable as
 * fields (community, core_member, …), and with the mixing matrix of the test's grouping field.
 *
 * The permutations are drawn in pieces with a pause between them, so that a cancel or a newer
 * test reaches the worker and the progress bar moves. Permutation r always draws from its own
 * stream (seed, r) (statistics/run.ts), so the pieces give the same numbers as
 * `clusterscope test` on the same network, options and seed, whatever the split.
 */
import { mixingMatrix } from '../../analysis/assortativity.ts';
import { fieldGrouping } from '../../analysis/groups.ts';
import { buildAnalysisInput } from '../../analysis/input.ts';
import type { AnalysisResult, TaskRunner } from '../../analysis/runner.ts';
import { withRelationLayers } from '../../analysis/statistics/layers.ts';
import { withMeasureColumns } from '../../analysis/statistics/measure-fields.ts';
import { runTestInParallel, runTestTask, type TestTask } from '../../analysis/statistics/run.ts';
import type { TestResult } from '../../analysis/statistics/types.ts';
import { AnalysisCancelled, type AnalysisInput, type OptionValues } from '../../analysis/types.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';

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

export async function runTestJob(
  network: Ecosystem,
  analysis: AnalysisResult,
  request: TestRequest,
  run: TestJobRun,
): Promise<TestOutcome> {
  const base = withRelationLayers(buildAnalysisInput(network), network);
  const input = withMeasureColumns(base, analysis.columns);
  const inThisWorker: TaskRunner = {
    async run(task, onProgress) {
      await pause();
      if (run.isCancelled()) throw new AnalysisCancelled();
      return runTestTask(input, task as TestTask, { report: onProgress, checkpoint() {} });
    },
  };
  const result = await runTestInParallel(
    input,
    Array.from({ length: PIECE_RUNNERS }, () => inThisWorker),
    request.testId,
    request.options,
    { onProgress: run.onProgress, isCancelled: run.isCancelled },
  );
  const field = groupingFieldOf(result.options);
  return { result, mixing: field === null ? null : mixingTable(input, field) };
}
