import { describe, expect, test } from 'vitest';
import { finishPathMeasures, pathSources, paths } from '../../../src/analysis/measures/paths.ts';
import { resolveOptions } from '../../../src/analysis/options.ts';
import {
  accumulateShortestPaths,
  mergePathAccumulators,
  sourceRange,
} from '../../../src/analysis/shortest-paths.ts';
import { AnalysisCancelled, NO_PROGRESS, type Progress } from '../../../src/analysis/types.ts';
import { fixtureInput, loadFixture } from './reference.ts';

const input = fixtureInput(loadFixture('h2020_si'));
const { tie } = input;

describe('partial and merged shortest-path accumulators', () => {
  test('source ranges processed apart and merged give the single-run result', () => {
    const whole = finishPathMeasures(
      tie,
      accumulateShortestPaths(tie, sourceRange(0, tie.nodeCount)),
      pathSources(tie.nodeCount),
    );
    const cut = [0, 100, 101, 250, tie.nodeCount];
    const parts = cut.slice(1).map((end, i) => accumulateShortestPaths(tie, sourceRange(cut[i], end)));
    const merged = mergePathAccumulators(parts);
    expect(merged.sourceCount).toBe(tie.nodeCount);
    const split = finishPathMeasures(tie, merged, sourceRange(0, tie.nodeCount));
    for (const column of ['betweenness', 'closeness', 'harmonic'] as const) {
      const a = whole.columns[column];
      const b = split.columns[column];
      for (let v = 0; v < tie.nodeCount; v++) expect(b[v]).toBeCloseTo(a[v], 12);
    }
    expect(split.graph).toEqual(whole.graph);
  });

  test('progress is reported and cancellation stops the work', () => {
    const fractions: number[] = [];
    const progress: Progress = { report: (f) => fractions.push(f), checkpoint() {} };
    accumulateShortestPaths(tie, sourceRange(0, tie.nodeCount), {}, progress);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
    const cancelling: Progress = {
      report() {},
      checkpoint() {
        throw new AnalysisCancelled();
      },
    };
    expect(() => accumulateShortestPaths(tie, sourceRange(0, 10), {}, cancelling)).toThrow(AnalysisCancelled);
  });
});

describe('sampled betweenness', () => {
  test('pivots are seeded, distinct and sorted; sample ≥ n is exact', () => {
    const pivots = pathSources(tie.nodeCount, { sample: 50, seed: 9 });
    expect(pivots).toEqual(pathSources(tie.nodeCount, { sample: 50, seed: 9 }));
    expect(new Set(pivots).size).toBe(50);
    expect(Array.from(pivots)).toEqual([...pivots].sort((a, b) => a - b));
    expect(pathSources(tie.nodeCount, { sample: tie.nodeCount + 5 }).length).toBe(tie.nodeCount);
    const exact = paths.compute(input, resolveOptions(paths, { sample: 0, seed: 1 }), NO_PROGRESS);
    expect(paths.compute(input, resolveOptions(paths, { sample: 10_000, seed: 1 }), NO_PROGRESS)).toEqual(
      exact,
    );
  });

  test('scaled like networkx k-sampling: pivots by 1/((k − 1)(n − 2)), others by 1/(k(n − 2))', () => {
    const k = 40;
    const pivots = pathSources(tie.nodeCount, { sample: k, seed: 3 });
    const result = paths.compute(input, resolveOptions(paths, { sample: k, seed: 3 }), NO_PROGRESS);
    const raw = accumulateShortestPaths(tie, pivots).dependency;
    const n = tie.nodeCount;
    const isPivot = new Set(pivots);
    for (let v = 0; v < n; v++) {
      const expected = raw[v] / ((isPivot.has(v) ? k - 1 : k) * (n - 2));
      expect(result.columns.betweenness[v]).toBeCloseTo(expected, 14);
    }
    expect(result.graph?.betweenness_pivots).toBe(k);
    expect(result.graph?.betweenness_standard_error_max).toBeGreaterThan(0);
    expect(result.graph?.average_path_length).toBeNull();
  });

  test('the estimate is unbiased: averaged over seeds it approaches the exact value', () => {
    const exact = paths.compute(input, resolveOptions(paths, {}), NO_PROGRESS).columns.betweenness;
    const mean = new Float64Array(tie.nodeCount);
    const seeds = 30;
    for (let seed = 1; seed <= seeds; seed++) {
      const sampled = paths.compute(input, resolveOptions(paths, { sample: 100, seed }), NO_PROGRESS).columns
        .betweenness;
      for (let v = 0; v < tie.nodeCount; v++) mean[v] += sampled[v] / seeds;
    }
    let top = 0;
    for (let v = 1; v < tie.nodeCount; v++) if (exact[v] > exact[top]) top = v;
    expect(Math.abs(mean[top] - exact[top]) / exact[top]).toBeLessThan(0.15);
  });

  test('sampled closeness and harmonic are exact for pivots and estimated for the rest', () => {
    const exact = paths.compute(input, resolveOptions(paths, {}), NO_PROGRESS);
    const pivots = pathSources(tie.nodeCount, { sample: 120, seed: 4 });
    const sampled = paths.compute(input, resolveOptions(paths, { sample: 120, seed: 4 }), NO_PROGRESS);
    for (const v of pivots) {
      expect(sampled.columns.closeness[v]).toBeCloseTo(exact.columns.closeness[v], 12);
      expect(sampled.columns.harmonic[v]).toBeCloseTo(exact.columns.harmonic[v], 12);
    }
    let largest = 0;
    for (let v = 1; v < tie.nodeCount; v++)
      if (exact.columns.harmonic[v] > exact.columns.harmonic[largest]) largest = v;
    const relative =
      Math.abs(sampled.columns.harmonic[largest] - exact.columns.harmonic[largest]) /
      exact.columns.harmonic[largest];
    expect(relative).toBeLessThan(0.25);
  });
});

describe('the descriptor split for the runner', () => {
  test.each([
    { sample: 0, seed: 42, weighted: false },
    { sample: 0, seed: 42, weighted: true },
    { sample: 60, seed: 5, weighted: false },
  ])('finish(merge(partials)) equals compute with %o', (options) => {
    const split = paths.splitBySource;
    if (!split) throw new Error('paths should split by source');
    const sources = split.sources(input, options);
    const half = sources.length >> 1;
    const parts = [sources.slice(0, half), sources.slice(half)].map((part) =>
      split.partial(input, options, part, NO_PROGRESS),
    );
    const finished = split.finish(input, options, split.merge(parts), sources);
    const whole = paths.compute(input, options, NO_PROGRESS);
    for (const column of ['betweenness', 'closeness', 'harmonic'] as const) {
      for (let v = 0; v < tie.nodeCount; v++) {
        // Sampled closeness is empty (NaN) where no pivot shares the component.
        if (Number.isNaN(whole.columns[column][v])) expect(finished.columns[column][v]).toBeNaN();
        else expect(finished.columns[column][v]).toBeCloseTo(whole.columns[column][v], 12);
      }
    }
  });
});
