/**
 * The comparison the pipeline worker runs for the Changes view is `compareWindows` itself, with
 * one sampling decision for both snapshots (as the analysis stage decides it for one network).
 */
import { describe, expect, it } from 'vitest';
import { compareWindows } from '../../../src/analysis/time/compare.ts';
import { comparisonSettings, runComparison } from '../../../src/app/pipeline/comparison-job.ts';
import type { AnalysisHelpers } from '../../../src/app/pipeline/stages.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import { threeYears } from '../model/three-years.ts';

/** No helper workers: everything runs in this thread, as on a one-core machine. */
const NO_HELPERS: AnalysisHelpers = {
  count: 1,
  start: () => Promise.reject(new Error('no helpers here')),
};

describe('runComparison', () => {
  const network = threeYears();
  const request = {
    from: { from: 2019, to: 2019 },
    to: { from: 2021, to: 2021 },
    rankBy: ['degree', 'pagerank'] as const,
    settings: { localBy: 'region' },
  };

  it('gives what compareWindows gives, with the same measures and settings', async () => {
    const fractions: number[] = [];
    const { comparison, sample } = await runComparison(network, request, NO_HELPERS, {
      onProgress: (fraction) => fractions.push(fraction),
      isCancelled: () => false,
    });
    const expected = compareWindows(network, request.from, request.to, {
      rankBy: request.rankBy,
      settings: request.settings,
    });
    expect(comparison).toEqual(expected);
    expect(comparison.ranks.map((rank) => rank.output)).toEqual(['degree', 'pagerank']);
    expect(sample).toBeNull();
    // Progress runs over both snapshots: the first half, then the second.
    expect(Math.max(...fractions)).toBeGreaterThan(0.5);
    expect(fractions.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it('stops when cancelled', async () => {
    await expect(
      runComparison(network, request, NO_HELPERS, { onProgress: () => {}, isCancelled: () => true }),
    ).rejects.toMatchObject({ name: 'AnalysisCancelled' });
  });
});

describe('comparisonSettings', () => {
  it('estimates betweenness from 1,000 pivots on both snapshots once the larger has over 5,000 actors', () => {
    const actors = Array.from({ length: 5200 }, (_, i) => ({
      id: `a${i}`,
      kind: 'firm',
      fields: { year: i < 5100 ? 2020 : 2019 },
    }));
    const { ecosystem } = buildEcosystem({ actors, relations: [] });
    const request = {
      from: { from: 2019, to: 2019 },
      to: { from: 2020, to: 2020 },
      rankBy: [],
      settings: { localBy: 'region' },
    };
    expect(comparisonSettings(ecosystem, request)).toEqual({ localBy: 'region', sample: 1000 });
    expect(comparisonSettings(ecosystem, { ...request, to: request.from })).toEqual({ localBy: 'region' });
    // A choice the person made is kept.
    expect(comparisonSettings(ecosystem, { ...request, settings: { sample: 0 } })).toEqual({ sample: 0 });
  });
});
