/**
 * The machinery of the tests against chance: the same bytes for any split over workers, the
 * seed as the only source of chance, clear refusals where the data cannot support a test,
 * p-values and their errors, the uniform-graph sampler and cancellation.
 */
import { describe, expect, test } from 'vitest';
import type { TaskRunner } from '../../../src/analysis/runner.ts';
import { runTask } from '../../../src/analysis/runner.ts';
import { uniformGraph } from '../../../src/analysis/statistics/ei-uniform-graph.ts';
import {
  histogramOf,
  permutationRandom,
  pValues,
  summariseStatistic,
} from '../../../src/analysis/statistics/permutation.ts';
import { TESTS } from '../../../src/analysis/statistics/registry.ts';
import { runTest, runTestInParallel } from '../../../src/analysis/statistics/run.ts';
import { TestInputError } from '../../../src/analysis/statistics/types.ts';
import { AnalysisCancelled, type AnalysisInput } from '../../../src/analysis/types.ts';
import { fixtureInput, loadFixture } from './reference.ts';

/** Workers in this thread: each runs tasks on its own reference to the input, as a worker would. */
function inProcessWorkers(input: AnalysisInput, count: number): TaskRunner[] {
  return Array.from({ length: count }, () => ({
    async run(task, onProgress) {
      return runTask(input, task, { report: onProgress, checkpoint() {} });
    },
  }));
}

const RUNS: [string, Record<string, string | number | boolean>][] = [
  ['ei-permutation', { field: 'region' }],
  ['ei-uniform-graph', { field: 'region' }],
  ['qap-correlation', { relations: 'supply,cooperation' }],
  ['mrqap', { dependent: 'supply', predictors: 'cooperation,same:region,km' }],
  ['brokerage-permutation', { groupBy: 'region' }],
  ['assortativity-permutation', { field: 'region' }],
  ['assortativity-permutation', { field: 'turnover', numeric: true }],
];

describe('tests against chance: determinism', () => {
  const input = fixtureInput(loadFixture('directed_regions'));

  test.each(RUNS)(
    '%s gives the same bytes in one thread, on one worker and on three',
    async (id, options) => {
      const given = { ...options, permutations: 97, seed: 11 };
      const single = JSON.stringify(runTest(input, id, given));
      const one = JSON.stringify(await runTestInParallel(input, inProcessWorkers(input, 1), id, given));
      const three = JSON.stringify(await runTestInParallel(input, inProcessWorkers(input, 3), id, given));
      expect(one).toBe(single);
      expect(three).toBe(single);
    },
  );

  test('the seed is the only source of chance', () => {
    const a = runTest(input, 'ei-permutation', { permutations: 50, seed: 1 });
    const b = runTest(input, 'ei-permutation', { permutations: 50, seed: 1 });
    const c = runTest(input, 'ei-permutation', { permutations: 50, seed: 2 });
    expect(b.statistics[0].distribution).toEqual(a.statistics[0].distribution);
    expect(c.statistics[0].distribution).not.toEqual(a.statistics[0].distribution);
    expect(c.statistics[0].observed).toBe(a.statistics[0].observed);
  });

  test('every registered test states its method and declares permutations and seed', () => {
    for (const registered of TESTS) {
      expect(registered.method.length).toBeGreaterThan(200);
      expect(Object.keys(registered.options)).toEqual(expect.arrayContaining(['permutations', 'seed']));
    }
  });

  test('a cancelled test stops with AnalysisCancelled', () => {
    expect(() =>
      runTest(input, 'brokerage-permutation', { permutations: 500 }, { isCancelled: () => true }),
    ).toThrow(AnalysisCancelled);
  });

  test('progress rises to 1', () => {
    const seen: number[] = [];
    runTest(
      input,
      'qap-correlation',
      { relations: 'supply,cooperation', permutations: 200 },
      { onProgress: (fraction) => seen.push(fraction) },
    );
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((value, i) => i === 0 || value >= seen[i - 1])).toBe(true);
  });
});

describe('tests against chance: data that cannot support a test', () => {
  const inputs = {
    multi_relation: fixtureInput(loadFixture('multi_relation')),
    directed_regions: fixtureInput(loadFixture('directed_regions')),
  };

  test.each([
    ['ei-permutation', 'multi_relation', { field: 'region' }, /same one \("Twente"\)/],
    ['ei-permutation', 'directed_regions', { field: 'nonexistent' }, /no actor has a value of "nonexistent"/],
    [
      'qap-correlation',
      'directed_regions',
      { relations: 'supply,knowledge' },
      /no relations of kind "knowledge".*supply/,
    ],
    [
      'mrqap',
      'multi_relation',
      { dependent: 'supply', predictors: 'same:region' },
      /same:region is a linear combination/,
    ],
    [
      'mrqap',
      'directed_regions',
      { dependent: 'supply', predictors: 'diff:label' },
      /0 actors have a value of "label"/,
    ],
    ['brokerage-permutation', 'multi_relation', { groupBy: 'region' }, /two groups/],
    ['assortativity-permutation', 'multi_relation', { field: 'region' }, /one value/],
    [
      'assortativity-permutation',
      'directed_regions',
      { field: 'region', numeric: true },
      /0 actors have a numeric value/,
    ],
  ] as const)('%s on %s with %j is refused with a reason', (id, network, options, message) => {
    const input = inputs[network];
    expect(() => runTest(input, id, { ...options, permutations: 10 })).toThrow(TestInputError);
    expect(() => runTest(input, id, { ...options, permutations: 10 })).toThrow(message);
  });
});

describe('p-values and their Monte Carlo errors', () => {
  test('ties count on both sides, as sna’s >= and <=; NaN draws are left out', () => {
    const { p, defined } = pValues(0.5, [0.5, 0.2, 0.9, 0.5 + 1e-14, Number.NaN], 'doubled');
    expect(defined).toBe(4);
    expect(p.greater).toBe(3 / 4);
    expect(p.less).toBe(3 / 4);
    expect(p.twoSided).toBe(1);
  });

  test('the absolute rule is sna netlm’s Pr(>=|b|)', () => {
    const { p } = pValues(-2, [1, -3, 2.5, 0.1], 'absolute');
    expect(p.twoSided).toBe(2 / 4);
    expect(p.less).toBe(1 / 4);
  });

  test('a summary states the direction, z, errors and a histogram holding every defined draw', () => {
    const draws = Float64Array.from({ length: 400 }, (_, k) => (k % 20) / 20);
    const summary = summariseStatistic('x', 'x', { kind: 'network' }, 0.9, draws, 'doubled');
    expect(summary.direction).toBe('above');
    expect(summary.p?.greater).toBeCloseTo(40 / 400, 12);
    expect(summary.pStandardError?.greater).toBeCloseTo(Math.sqrt((0.1 * 0.9) / 400), 12);
    expect(summary.pStandardError?.twoSided).toBeCloseTo(2 * Math.sqrt((0.1 * 0.9) / 400), 12);
    expect(summary.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(400);
    expect(summary.nullQuantiles?.[1]).toBeCloseTo(0.475, 12);
    expect(histogramOf(new Float64Array([2, 2, 2]))).toEqual({ min: 2, max: 2, counts: [3] });
  });

  test('an undefined observed value has no p and no sentence', () => {
    const summary = summariseStatistic(
      'x',
      'x',
      { kind: 'network' },
      null,
      new Float64Array([1, 2]),
      'doubled',
    );
    expect(summary.p).toBeNull();
    expect(summary.sentence).toBeNull();
  });
});

describe('the uniform graph of the conditional uniform graph test', () => {
  test.each([
    [12, 10],
    [12, 60],
    [5, 10],
  ])('%i actors, %i ties: that many distinct pairs, no self-loops', (n, m) => {
    const from = new Int32Array(m);
    const to = new Int32Array(m);
    uniformGraph(n, m, permutationRandom(3, 0), from, to);
    const keys = new Set<number>();
    for (let t = 0; t < m; t++) {
      expect(from[t]).toBeLessThan(to[t]);
      expect(to[t]).toBeLessThan(n);
      keys.add(from[t] * n + to[t]);
    }
    expect(keys.size).toBe(m);
  });

  test('every pair is about equally likely', () => {
    const n = 6;
    const counts = new Map<number, number>();
    const from = new Int32Array(3);
    const to = new Int32Array(3);
    for (let r = 0; r < 3000; r++) {
      uniformGraph(n, 3, permutationRandom(9, r), from, to);
      for (let t = 0; t < 3; t++) counts.set(from[t] * n + to[t], (counts.get(from[t] * n + to[t]) ?? 0) + 1);
    }
    // 15 pairs, each drawn with probability 3/15: expected 600 per pair, sd ≈ 22.
    expect(counts.size).toBe(15);
    for (const count of counts.values()) expect(Math.abs(count - 600)).toBeLessThan(5 * 22);
  });
});
