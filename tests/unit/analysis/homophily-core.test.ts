/**
 * Homophily tables against NetworkX's mixing matrix, and the core/periphery models on networks
 * whose answer is known by construction.
 */
import { describe, expect, test } from 'vitest';
import { numericAssortativity } from '../../../src/analysis/assortativity.ts';
import { discreteCorePeriphery, discreteFit } from '../../../src/analysis/core-periphery.ts';
import { homophily } from '../../../src/analysis/measures/homophily.ts';
import { continuousCoreness } from '../../../src/analysis/minres-coreness.ts';
import { NO_PROGRESS } from '../../../src/analysis/types.ts';
import { disagreement, fixtureInput, fixtureNames, loadFixture } from './reference.ts';
import { inputOf } from './tiny.ts';

describe('homophily tables against networkx.attribute_mixing_dict', () => {
  test.each(fixtureNames())('%s', (name) => {
    const fixture = loadFixture(name);
    const result = homophily.compute(
      fixtureInput(fixture),
      { field: fixture.homophily_field, numericField: fixture.numeric_field ?? 'lat' },
      NO_PROGRESS,
    );
    const mixing = result.tables?.homophily_mixing;
    const groups = result.tables?.homophily_groups;
    expect(mixing && groups).toBeTruthy();
    const labels = mixing?.rows.map((row) => String(row.group)) ?? [];
    expect(labels.sort()).toEqual(Object.keys(fixture.homophily.mixing).sort());
    const problems: string[] = [];
    mixing?.rows.forEach((row) => {
      const expected = fixture.homophily.mixing[String(row.group)];
      mixing.columns.slice(1).forEach((column) => {
        if (row[column.id] !== expected[column.label]) problems.push(`${row.group}→${column.label}`);
      });
    });
    for (const row of groups?.rows ?? []) {
      const expected = fixture.homophily.groups[String(row.group)];
      for (const key of ['size', 'internal_ties', 'external_ties'] as const)
        if (row[key] !== expected[key]) problems.push(`${row.group} ${key}`);
      const ei = disagreement(row.ei_index as number | null, expected.ei_index);
      if (ei) problems.push(`${row.group} ei: ${ei}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('numeric assortativity', () => {
  test('is +1 when partners always have equal values and −1 on a bipartite split of two values', () => {
    const same = inputOf(
      [
        ['a', 'firm', { turnover: 1 }],
        ['b', 'firm', { turnover: 1 }],
        ['c', 'firm', { turnover: 5 }],
        ['d', 'firm', { turnover: 5 }],
      ],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    );
    expect(numericAssortativity(same.tie, [1, 1, 5, 5])).toBeCloseTo(1, 12);
    const star = inputOf(
      [
        ['hub', 'firm'],
        ['x', 'firm'],
        ['y', 'firm'],
      ],
      [
        ['hub', 'x'],
        ['hub', 'y'],
      ],
    );
    expect(numericAssortativity(star.tie, [10, 1, 1])).toBeCloseTo(-1, 12);
  });

  test('leaves out ties with a missing value and is undefined without variance', () => {
    const input = inputOf(
      [
        ['a', 'firm'],
        ['b', 'firm'],
        ['c', 'firm'],
      ],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    expect(numericAssortativity(input.tie, [2, 2, Number.NaN])).toBeNaN();
    expect(numericAssortativity(input.tie, [Number.NaN, Number.NaN, Number.NaN])).toBeNaN();
  });
});

/** A clique of `core` actors, each periphery actor tied to exactly one core actor. */
function idealCorePeriphery(core: number, periphery: number) {
  const ids = Array.from({ length: core + periphery }, (_, i) => `n${i}`);
  const ties: [string, string][] = [];
  for (let i = 0; i < core; i++) for (let j = i + 1; j < core; j++) ties.push([ids[i], ids[j]]);
  for (let p = 0; p < periphery; p++) ties.push([ids[core + p], ids[p % core]]);
  return inputOf(
    ids.map((id) => [id, 'firm'] as const),
    ties,
  );
}

describe('Borgatti–Everett core/periphery', () => {
  test('finds the clique of an ideal core/periphery network with fit 1 (core–periphery pairs ignored)', () => {
    const input = idealCorePeriphery(5, 12);
    const result = discreteCorePeriphery(input.tie, 'ignored');
    expect(Array.from(result.core)).toEqual([...new Array(5).fill(1), ...new Array(12).fill(0)]);
    expect(result.fit).toBeCloseTo(1, 12);
    expect(result.coreDensity).toBe(1);
    expect(result.peripheryDensity).toBe(0);
  });

  test('the fit is the correlation over the pairs that count, undefined without variance', () => {
    const empty = inputOf(
      [
        ['a', 'firm'],
        ['b', 'firm'],
      ],
      [],
    );
    expect(discreteCorePeriphery(empty.tie).fit).toBeNaN();
    // 4 actors, 2 in the core with their tie, 1 of the 2 periphery pairs tied.
    const counts = { n: 4, ties: 3, coreSize: 2, coreTies: 1, peripheryTies: 1 };
    // Pairs that count: the core pair (ideal 1, tie 1) and the periphery pair (ideal 0, tie 1):
    // the ties do not vary, so the correlation is undefined.
    expect(discreteFit(counts, 'ignored')).toBeNaN();
    // All 6 pairs: ideal 1 1 1 1 1 0 (core, four core–periphery, periphery), ties 1 1 0 0 0 1:
    // covariance 2/6 − (3/6)(5/6) = −1/12, variances 1/4 and 5/36, correlation −1/√5.
    expect(discreteFit(counts, 'tied')).toBeCloseTo(-1 / Math.sqrt(5), 12);
  });

  test('continuous coreness ranks the clique above the periphery and fits the MINRES fixed point', () => {
    const input = idealCorePeriphery(4, 8);
    const { coreness, fit, converged } = continuousCoreness(input.tie);
    expect(converged).toBe(true);
    const core = Array.from(coreness.slice(0, 4));
    const periphery = Array.from(coreness.slice(4));
    expect(Math.min(...core)).toBeGreaterThan(Math.max(...periphery));
    expect(Math.hypot(...coreness)).toBeCloseTo(1, 12);
    expect(fit).toBeGreaterThan(0.5);
    // At the optimum of Σ_{i≠j}(a_ij − s²u_i u_j)², c_i Σ_{j≠i} c_j² = Σ_j a_ij c_j for c = s·u.
    const { offsets, neighbours } = input.tie;
    const u = coreness;
    let quadratic = 0;
    let fourth = 0;
    for (let i = 0; i < u.length; i++) {
      fourth += u[i] ** 4;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) quadratic += u[i] * u[neighbours[k]];
    }
    const scale = Math.sqrt(quadratic / (1 - fourth));
    for (let i = 0; i < u.length; i++) {
      let sum = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) sum += scale * u[neighbours[k]];
      expect(scale * u[i] * (scale * scale - (scale * u[i]) ** 2)).toBeCloseTo(sum, 9);
    }
  });
});
