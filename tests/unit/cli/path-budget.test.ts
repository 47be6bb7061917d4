import { describe, expect, it } from 'vitest';
import { EXACT_LIMIT_SECONDS, exactPathsProblem, planPaths } from '../../../src/cli/path-budget.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';

const ENGLISH = wordingFor('en');

describe('whether exact shortest paths fit', () => {
  it('lets the design point and Horizon 2020 run exactly on two threads', () => {
    expect(exactPathsProblem(10_000, 50_000, 2, ENGLISH)).toBeNull();
    expect(exactPathsProblem(35_871, 560_965, 2, ENGLISH)).toBeNull();
  });

  it('stops a national network and names the sampling that fits, and how to run it anyway', () => {
    const problem = exactPathsProblem(200_000, 2_000_000, 2, ENGLISH);
    expect(problem).not.toBeNull();
    const plan = planPaths(200_000, 2_000_000, 2);
    expect(plan.exactSeconds).toBeGreaterThan(EXACT_LIMIT_SECONDS);
    expect(plan.pivotSeconds).toBeLessThanOrEqual(60);
    expect(problem).toContain(`--sample ${plan.pivots}`);
    expect(problem).toMatch(/200,000 actors and 2,000,000 ties/);
    expect(problem).toMatch(/--exact runs them anyway/);
  });

  it('says it in Dutch, numbers grouped the Dutch way, flags as they are typed', () => {
    const problem = exactPathsProblem(200_000, 2_000_000, 2, wordingFor('nl'));
    expect(problem).toMatch(
      /^exacte betweenness, closeness en harmonische centraliteit op 200\.000 actoren en 2\.000\.000 banden/,
    );
    expect(problem).toContain(`--sample ${planPaths(200_000, 2_000_000, 2).pivots} schat ze`);
    expect(problem).toMatch(/op 2 threads\. /);
    expect(problem).toMatch(/--exact berekent ze toch\.$/);
  });

  it('more threads shorten the estimate and allow more pivots', () => {
    expect(planPaths(1e6, 1e7, 16).exactSeconds).toBeCloseTo(planPaths(1e6, 1e7, 2).exactSeconds / 8, 6);
    expect(planPaths(1e6, 1e7, 16).pivots).toBeGreaterThan(planPaths(1e6, 1e7, 2).pivots);
  });
});
