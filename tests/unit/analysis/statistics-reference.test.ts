/**
 * Every test against chance against R sna, run with the same number of permutations on the
 * reference networks (scripts/reference/sna_statistics.R): the statistics themselves to 1e-6,
 * and each p-value within three Monte Carlo standard errors of sna's. The two estimates are
 * independent, so the standard error of their difference is √2 times that of one, √(2p(1 − p)/R)
 * with p their mean (at least 1/R, so that two zeros are not required to be equal to the bit).
 * Where a network is small enough, the exact p-values (every relabelling) are checked as well.
 */
import { describe, expect, test } from 'vitest';
import { runTest } from '../../../src/analysis/statistics/run.ts';
import type { TestResult } from '../../../src/analysis/statistics/types.ts';
import { disagreement, fixtureInput, fixtureNames, loadFixture, type ReferenceTestRun } from './reference.ts';

const SIGMAS = 3;

/** The Monte Carlo standard error of the difference of two p estimates over R draws each. */
function differenceError(p1: number, p2: number, draws: number): number {
  const p = Math.min(Math.max((p1 + p2) / 2, 1 / draws), 1 - 1 / draws);
  return Math.sqrt((2 * p * (1 - p)) / draws);
}

function pProblems(label: string, ours: number | null | undefined, theirs: number | null, draws: number) {
  if (theirs === null || ours === null || ours === undefined) {
    return (theirs === null) === (ours === null || ours === undefined)
      ? []
      : [`${label}: ours ${ours}, sna ${theirs}`];
  }
  const error = differenceError(ours, theirs, draws);
  const off = Math.abs(ours - theirs);
  return off <= SIGMAS * error
    ? []
    : [`${label}: ours ${ours}, sna ${theirs} (${(off / error).toFixed(1)} SE apart)`];
}

function compareRun(result: TestResult, run: ReferenceTestRun, ids: readonly string[]): string[] {
  const problems: string[] = [];
  const ours = new Map(result.statistics.map((statistic) => [statistic.id, statistic]));
  expect([...ours.keys()].sort()).toEqual(Object.keys(run.statistics).sort());
  for (const [id, reference] of Object.entries(run.statistics)) {
    const statistic = ours.get(id);
    if (!statistic) continue;
    const observed = disagreement(statistic.observed, reference.observed);
    if (observed) problems.push(`${id} observed: ${observed}`);
    problems.push(...pProblems(`${id} p(≥)`, statistic.p?.greater, reference.p_greater, run.permutations));
    problems.push(...pProblems(`${id} p(≤)`, statistic.p?.less, reference.p_less, run.permutations));
    if (result.twoSidedRule === 'doubled') {
      // Twice the smaller tail: twice that tail's error, the same ≤ 3 SE rule.
      const ours = statistic.p ? Math.min(statistic.p.greater, statistic.p.less) : null;
      const theirs =
        reference.p_greater === null || reference.p_less === null
          ? null
          : Math.min(reference.p_greater, reference.p_less);
      problems.push(...pProblems(`${id} smaller tail (two-sided p / 2)`, ours, theirs, run.permutations));
    } else {
      problems.push(
        ...pProblems(`${id} two-sided p`, statistic.p?.twoSided, reference.p_two_sided, run.permutations),
      );
    }
  }
  for (const [key, expected] of Object.entries(run.figures)) {
    const actual = result.figures[key];
    const problem = disagreement(typeof actual === 'number' ? actual : null, expected);
    if (problem) problems.push(`figure ${key}: ${problem}`);
  }
  // Per-actor p-values: hundreds of comparisons, so a few beyond 3 SE are expected by chance;
  // at most 1 % may be, and none beyond 4.5 SE.
  let compared = 0;
  const beyond: string[] = [];
  for (const [column, byId] of Object.entries(run.columns)) {
    const values = result.columns[column];
    expect(values, `column ${column}`).toBeDefined();
    ids.forEach((id, i) => {
      const error = differenceError(values[i], byId[id], run.permutations);
      const off = Math.abs(values[i] - byId[id]) / error;
      compared++;
      if (off > 4.5)
        problems.push(`${column} ${id}: ours ${values[i]}, sna ${byId[id]} (${off.toFixed(1)} SE)`);
      else if (off > SIGMAS) beyond.push(`${column} ${id}`);
    });
  }
  if (beyond.length > Math.max(1, 0.01 * compared))
    problems.push(`per-actor p beyond 3 SE: ${beyond.join(', ')}`);
  return problems;
}

const withRuns = fixtureNames().filter((name) => loadFixture(name).statistics.length > 0);

describe.each(withRuns)('tests against chance on %s, against R sna', (name) => {
  const fixture = loadFixture(name);
  const input = fixtureInput(fixture);
  fixture.statistics.forEach((run, index) => {
    test(`${index + 1}. ${run.test} ${JSON.stringify(run.options)}`, () => {
      const result = runTest(input, run.test, { ...run.options, permutations: run.permutations, seed: 7 });
      expect(result.permutations).toBe(run.permutations);
      expect(compareRun(result, run, input.tie.ids)).toEqual([]);
      if (!run.exact) return;
      // Against the exact p-values: ours is one Monte Carlo estimate, so its own standard error.
      const problems: string[] = [];
      for (const [id, exact] of Object.entries(run.exact.statistics)) {
        const statistic = result.statistics.find((candidate) => candidate.id === id);
        expect(statistic, id).toBeDefined();
        const observed = disagreement(statistic?.observed ?? null, exact.observed);
        if (observed) problems.push(`${id} observed: ${observed}`);
        for (const [side, p] of [
          ['greater', exact.p_greater],
          ['less', exact.p_less],
        ] as const) {
          const ours = statistic?.p?.[side];
          if (p === null || ours === undefined) continue;
          const error = Math.sqrt(
            (Math.max(p, 1 / run.permutations) * (1 - Math.min(p, 1 - 1 / run.permutations))) /
              run.permutations,
          );
          if (Math.abs(ours - p) > SIGMAS * error) problems.push(`${id} p(${side}) ours ${ours}, exact ${p}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
