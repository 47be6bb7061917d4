/**
 * How the parallel runner cuts and schedules work: pieces of equal work, measures produced by
 * another run once, whole measures before pieces, per-worker busy time.
 */
import { describe, expect, it } from 'vitest';
import { cutPieces, runAnalysisInParallel } from '../../../src/analysis/parallel-runner.ts';
import { measureById } from '../../../src/analysis/registry.ts';
import {
  type AnalysisTask,
  producedElsewhere,
  runTask,
  type TaskRunner,
} from '../../../src/analysis/runner.ts';
import type { AnyMeasure } from '../../../src/analysis/types.ts';
import { fixtureInput, loadFixture } from '../analysis/reference.ts';

const input = fixtureInput(loadFixture('directed_regions'));
const brokerage = measureById('brokerage') as AnyMeasure;
const brokerageZ = measureById('brokerage-z') as AnyMeasure;

function recordingRunners(
  count: number,
  tasks: AnalysisTask[],
  workerOf: Map<string, number> = new Map(),
): TaskRunner[] {
  return Array.from({ length: count }, (_, worker) => ({
    run: async (task: AnalysisTask) => {
      tasks.push(task);
      workerOf.set(task.measureId ?? task.type, worker);
      // A reply takes a while, as a real worker's does; structural holes longest, so that the other
      // workers are free (and would take the next job) while it runs.
      const ms = task.measureId === 'structural-holes' ? 30 : 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return runTask(input, task);
    },
  }));
}

describe('cutPieces', () => {
  const sources = Int32Array.from({ length: 10 }, (_, i) => i);

  it('cuts equal lengths without weights, and keeps every source once, in order', () => {
    const pieces = cutPieces(sources, undefined, 3);
    expect(pieces.map((piece) => piece.length)).toEqual([3, 3, 4]);
    expect(pieces.flatMap((piece) => [...piece])).toEqual([...sources]);
  });

  it('cuts equal work with weights: one heavy source gets a piece of its own', () => {
    const weights = Float64Array.from([1, 1, 1, 30, 1, 1, 1, 1, 1, 1]);
    const pieces = cutPieces(sources, weights, 3);
    expect(pieces.flatMap((piece) => [...piece])).toEqual([...sources]);
    expect(pieces.some((piece) => piece.length === 1 && piece[0] === 3)).toBe(true);
  });
});

describe('runAnalysisInParallel scheduling', () => {
  it('computes brokerage once for its raw counts and z-scores, split into pieces', async () => {
    const tasks: AnalysisTask[] = [];
    const options = { brokerage: { groupBy: 'region' }, 'brokerage-z': { groupBy: 'region' } };
    const result = await runAnalysisInParallel(input, recordingRunners(2, tasks), {
      measures: [brokerage, brokerageZ],
      options,
    });
    expect(tasks.every((task) => task.measureId === 'brokerage' && task.type === 'partial')).toBe(true);
    expect(tasks.length).toBeGreaterThan(1);
    const alone = brokerageZ.compute(input, { groupBy: 'region' }, { report() {}, checkpoint() {} });
    expect([...(result.columns.gatekeeper_z ?? [])]).toEqual([...alone.columns.gatekeeper_z]);
    expect(result.workerBusy).toHaveLength(2);
    expect(Object.keys(result.timings)).toEqual(['brokerage']);
  });

  it('runs the z-scores on their own when their grouping differs from the raw counts', () => {
    const produced = producedElsewhere([brokerage, brokerageZ], {
      options: { brokerage: { groupBy: 'region' }, 'brokerage-z': { groupBy: 'kind' } },
    });
    expect(produced.size).toBe(0);
  });

  it('hands out whole measures before the pieces of split measures', async () => {
    const tasks: AnalysisTask[] = [];
    await runAnalysisInParallel(input, recordingRunners(1, tasks), {
      measures: [brokerage, measureById('degree') as AnyMeasure, measureById('core') as AnyMeasure],
    });
    expect(tasks.slice(0, 2).map((task) => task.type)).toEqual(['measure', 'measure']);
    expect(tasks.slice(2).every((task) => task.type === 'partial')).toBe(true);
  });

  it("runs a measure that reuses another's work on that one's worker, right after it", async () => {
    const tasks: AnalysisTask[] = [];
    const workerOf = new Map<string, number>();
    const ids = ['structural-holes', 'degree', 'core', 'communities', 'clustering', 'pagerank'];
    await runAnalysisInParallel(input, recordingRunners(3, tasks, workerOf), {
      measures: ids.map((id) => measureById(id) as AnyMeasure),
    });
    expect(workerOf.get('communities')).toBe(workerOf.get('structural-holes'));
    const order = tasks.map((task) => task.measureId ?? task.type);
    const onThatWorker = order.filter((id) => workerOf.get(id) === workerOf.get('structural-holes'));
    expect(onThatWorker.indexOf('communities')).toBe(onThatWorker.indexOf('structural-holes') + 1);
    expect([...order].sort()).toEqual([...ids].sort());
  });

  it('runs such a measure as any other when the one it reuses is not in the run', async () => {
    const tasks: AnalysisTask[] = [];
    const result = await runAnalysisInParallel(input, recordingRunners(2, tasks), {
      measures: [measureById('communities') as AnyMeasure],
    });
    expect(tasks.map((task) => task.measureId)).toEqual(['communities']);
    expect(result.columns.community).toBeDefined();
  });

  it('starts the whole measures before the pieces are cut, and gives every worker pieces', async () => {
    const tasks: AnalysisTask[] = [];
    const workerOf = new Map<number, Set<string>>();
    const runners = recordingRunners(3, tasks).map((runner, worker) => ({
      run: (task: AnalysisTask, onProgress: (fraction: number) => void) => {
        workerOf.set(worker, (workerOf.get(worker) ?? new Set()).add(task.type));
        return runner.run(task, onProgress);
      },
    }));
    const result = await runAnalysisInParallel(input, runners, {
      measures: [measureById('degree') as AnyMeasure, brokerage, measureById('paths') as AnyMeasure],
    });
    expect(tasks[0].type).toBe('measure');
    // Two of the three workers found no whole measure and waited for the pieces.
    for (const worker of [0, 1, 2]) expect(workerOf.get(worker)?.has('partial')).toBe(true);
    expect(result.columns.betweenness).toBeDefined();
    expect(result.columns.coordinator).toBeDefined();
  });

  it('runs split measures alone, with no whole measure to start on', async () => {
    const tasks: AnalysisTask[] = [];
    const result = await runAnalysisInParallel(input, recordingRunners(2, tasks), {
      measures: [measureById('paths') as AnyMeasure],
    });
    expect(tasks.length).toBeGreaterThan(1);
    expect(tasks.every((task) => task.type === 'partial')).toBe(true);
    expect(result.columns.betweenness).toBeDefined();
  });
});
