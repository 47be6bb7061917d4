import { describe, expect, test } from 'vitest';
import { embeddedness, PORTFOLIO_BANDS } from '../../../src/analysis/measures/embeddedness.ts';
import { defaultOptions, resolveOptions } from '../../../src/analysis/options.ts';
import { NO_PROGRESS } from '../../../src/analysis/types.ts';
import { inputOf } from './tiny.ts';

describe('embeddedness', () => {
  // hub has 12 partners: strengths 5 (×3), 4 (×1), 1 (×8); kinds firm ×6, knowledge ×4, government ×2.
  const partners = Array.from({ length: 12 }, (_, i) => `p${i}`);
  const kinds = [
    'firm',
    'firm',
    'firm',
    'firm',
    'firm',
    'firm',
    'knowledge',
    'knowledge',
    'knowledge',
    'knowledge',
    'government',
    'government',
  ];
  const input = inputOf(
    [
      ['hub', 'firm'],
      ...partners.map((id, i) => [id, kinds[i], i === 11 ? { frontier: true } : undefined] as const),
      ['far', 'firm'],
      ['alone', 'firm'],
    ],
    [...partners.map((id, i) => ['hub', id, i < 3 ? 5 : i === 3 ? 4 : 1] as const), ['p0', 'far', 1]],
  );
  const result = embeddedness.compute(input, defaultOptions(embeddedness), NO_PROGRESS).columns;
  const hub = 0;
  const far = 13;
  const alone = 14;

  test('share of strong ties counts strength ≥ 4', () => {
    expect(result.strong_tie_share[hub]).toBeCloseTo(4 / 12, 12);
    expect(result.strong_tie_share[alone]).toBeNaN();
  });

  test('partner diversity is the Blau index over partner kinds', () => {
    expect(result.partner_diversity[hub]).toBeCloseTo(1 - (0.5 ** 2 + (4 / 12) ** 2 + (2 / 12) ** 2), 12);
    expect(result.partner_diversity[far]).toBe(0);
    expect(result.partner_diversity[alone]).toBeNaN();
  });

  test('portfolio size against the 10–12 optimum', () => {
    expect(result.portfolio_gap[hub]).toBe(0);
    expect(PORTFOLIO_BANDS[result.portfolio_band[hub]]).toBe('within');
    expect(result.portfolio_gap[far]).toBe(-9);
    expect(PORTFOLIO_BANDS[result.portfolio_band[far]]).toBe('below');
    const narrow = embeddedness.compute(
      input,
      resolveOptions(embeddedness, { portfolioMin: 3, portfolioMax: 3 }),
      NO_PROGRESS,
    ).columns;
    expect(narrow.portfolio_gap[hub]).toBe(9);
    expect(PORTFOLIO_BANDS[narrow.portfolio_band[hub]]).toBe('above');
  });

  test('frontier reach: hop distance and direct frontier partner', () => {
    expect(result.frontier_distance[12]).toBe(0);
    expect(result.frontier_distance[hub]).toBe(1);
    expect(result.frontier_distance[far]).toBe(3);
    expect(result.frontier_distance[alone]).toBeNaN();
    expect(result.frontier_partner[hub]).toBe(1);
    expect(result.frontier_partner[far]).toBe(0);
    const graph = embeddedness.compute(input, defaultOptions(embeddedness), NO_PROGRESS).graph;
    // Firms: hub, p0…p5, far, alone → 9; only hub has the frontier actor p11 as partner.
    expect(graph).toMatchObject({ frontier_actors: 1, firms_with_frontier_partner_share: 1 / 9 });
  });

  test('no frontier actors: distances are empty', () => {
    const none = embeddedness.compute(
      input,
      resolveOptions(embeddedness, { frontierField: 'absent' }),
      NO_PROGRESS,
    ).columns;
    expect(Array.from(none.frontier_distance).every(Number.isNaN)).toBe(true);
  });
});
