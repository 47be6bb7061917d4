/**
 * Comparing 2019 with 2021 in the hand-checked three-year network (tests/unit/model/three-years.ts).
 * Every expected value is worked out by hand in the comments; locality is by region
 * (A, B, D, F, G in R1; C, E in R2).
 */
import { describe, expect, it } from 'vitest';
import { communityStability } from '../../../src/analysis/time/community-stability.ts';
import { compareWindows } from '../../../src/analysis/time/compare.ts';
import { tieHalfLife } from '../../../src/analysis/time/half-life.ts';
import { describeComparison } from '../../../src/analysis/time/messages.ts';
import { competitionRanks } from '../../../src/analysis/time/rank-changes.ts';
import { comparisonSummary } from '../../../src/analysis/time/summary.ts';
import { TIE_STATUSES } from '../../../src/analysis/time/tie-changes.ts';
import { timeIndexOf } from '../../../src/model/time.ts';
import { threeYears } from '../model/three-years.ts';

const network = threeYears();
const comparison = compareWindows(network, { from: 2019, to: 2019 }, { from: 2021, to: 2021 });
const keys = comparison.keys; // A B C D E F G, in node order
const at = (key: string) => keys.indexOf(key);
const named = (indices: readonly number[]) => indices.map((v) => keys[v]);

/** Ties as "A–B" with the status. */
function tieList(status: (typeof TIE_STATUSES)[number]): string[] {
  const { ties } = comparison;
  const list: string[] = [];
  for (let k = 0; k < ties.status.length; k++)
    if (TIE_STATUSES[ties.status[k]] === status) list.push(`${keys[ties.source[k]]}–${keys[ties.target[k]]}`);
  return list.sort();
}

describe('compare 2019 with 2021', () => {
  it('ties: 2019 {A–B, A–D, D–E, B–D}, 2021 {B–C, C–E, A–C, B–D}', () => {
    // entered = in 2021 only: A–C, B–C, C–E (3); left = in 2019 only: A–B, A–D, D–E (3);
    // persisted: B–D (1, the timeless r8); |A ∪ B| = 7; churn = (3 + 3) / 7.
    expect(tieList('entered')).toEqual(['A–C', 'B–C', 'C–E']);
    expect(tieList('left')).toEqual(['A–B', 'A–D', 'D–E']);
    expect(tieList('persisted')).toEqual(['B–D']);
    expect(comparison.ties).toMatchObject({ entered: 3, left: 3, persisted: 1, union: 7 });
    expect(comparison.ties.churn).toBeCloseTo(6 / 7, 12);
    // entered + persisted = |B| = 4 ties in 2021.
    expect(comparison.ties.entered + comparison.ties.persisted).toBe(4);
  });

  it('tie strengths in each year; NaN where the tie is absent', () => {
    const { ties } = comparison;
    const k = [...ties.source.keys()].find(
      (i) => keys[ties.source[i]] === 'A' && keys[ties.target[i]] === 'B',
    );
    expect(k).toBeDefined();
    expect(ties.strengthFrom[k as number]).toBe(1); // r1 only in 2019
    expect(ties.strengthTo[k as number]).toBeNaN();
  });

  it('actors: C and F entered, nobody left; A, B, D, E, G stayed', () => {
    // 2019: A, B, D, E, G. 2021: A, B, C, D, E, F, G.
    expect(comparison.actors).toMatchObject({ countFrom: 5, countTo: 7, entered: 2, left: 0, stayed: 5 });
    expect(comparison.actors.status[at('C')]).toBe(3); // entered
    expect(comparison.actors.status[at('F')]).toBe(3);
    expect(comparison.actors.status[at('G')]).toBe(2); // stayed
  });

  it('tie half-life: first runs 2, 2, 1, 2, 1, 1 years; median 1.5; three still active in 2021', () => {
    // A–B: 2019, 2020 (r1, r2) → 2. A–D: 2019–2020 → 2. D–E: 2019 → 1. B–C: 2020–2021 → 2, censored.
    // C–E: 2021 → 1, censored. A–C: 2021 → 1, censored. B–D is undated: left out.
    expect(comparison.halfLife).toEqual({
      years: 1.5,
      ties: 6,
      censored: 3,
      window: { from: 2019, to: 2021 },
    });
    // Ties first seen in 2020 only: B–C.
    expect(tieHalfLife(timeIndexOf(network), { from: 2020, to: 2020 })).toMatchObject({ years: 2, ties: 1 });
  });

  it('share of local ties, local attachment and who detached', () => {
    const { locality } = comparison;
    expect(locality.localBy).toBe('region');
    // 2019: A {B local, D local} = 1; B {A, D} = 1; D {A L, E ext, B L} = 2/3; E {D ext} = 0.
    // 2021: A {C ext} = 0; B {C ext, D L} = 1/2; C {B ext, E L, A ext} = 1/3; D {B L} = 1; E {C L} = 1.
    const share = (column: Float64Array, key: string) => column[at(key)];
    expect(share(locality.from.localShare, 'D')).toBeCloseTo(2 / 3, 12);
    expect(share(locality.to.localShare, 'C')).toBeCloseTo(1 / 3, 12);
    expect(share(locality.from.localShare, 'C')).toBeNaN();
    // Detaching: A (1 → 0, −1), then B (1 → 1/2). Attaching: E (0 → 1, +1), then D (2/3 → 1).
    expect(named(locality.detaching)).toEqual(['A', 'B']);
    expect(named(locality.attaching)).toEqual(['E', 'D']);
    expect(locality.change[at('B')]).toBeCloseTo(-0.5, 12);
    // Knowledge ties are knowledge relations, or ties to a knowledge institution (D), as the
    // local-attachment measure counts them: B's tie to D (kind other) is one of B's.
    // Attachment 2019: A 1 (A–D), B 1 (B–D), D 1 (A–D), E 0 (D–E across regions).
    // 2021: A 0 (A–C external), B 1 (B–D), C 1/2 (C–E local, A–C external), E 1; D has none (NaN).
    expect(share(locality.from.localAttachment, 'A')).toBe(1);
    expect(share(locality.to.localAttachment, 'A')).toBe(0);
    expect(share(locality.to.localAttachment, 'C')).toBe(0.5);
    expect(share(locality.to.localAttachment, 'B')).toBe(1);
    expect(share(locality.from.localAttachment, 'E')).toBe(0);
    expect(share(locality.to.localAttachment, 'D')).toBeNaN();
    // A's path: 2019 1, 2020 1 (A–B, A–D both local), 2021 0.
    expect(locality.paths.map((path) => path.year)).toEqual([2019, 2020, 2021]);
    expect(locality.paths.map((path) => path.localShare[at('A')])).toEqual([1, 1, 0]);
    expect(locality.paths.map((path) => path.localAttachment[at('A')])).toEqual([1, 1, 0]);
  });

  it('Giuliani–Bell roles: B and C became gatekeepers, A an external star', () => {
    // 2019 (A, B, D, E, G): local ties 2, 2, 2, 0, 0 (mean 1.2); external 0, 0, 1, 1, 0 (mean 0.4).
    //   A, B mutual exchangers; D gatekeeper; E external star; G isolated.
    // 2021 (A … G): local 0, 1, 1, 1, 1, 0, 0 (mean 4/7); external 1, 1, 2, 0, 0, 0, 0 (mean 4/7).
    //   A external star; B, C gatekeepers; D, E mutual exchangers; F, G isolated.
    const { roles } = comparison;
    expect(named(roles.becameGatekeeper)).toEqual(['B', 'C']);
    expect(named(roles.becameExternalStar)).toEqual(['A']);
    // States: absent, isolated, mutual exchanger, external star, gatekeeper.
    expect(roles.counts).toEqual([
      [0, 1, 0, 0, 1], // absent → isolated (F), → gatekeeper (C)
      [0, 1, 0, 0, 0], // isolated → isolated (G)
      [0, 0, 0, 1, 1], // mutual exchanger → external star (A), → gatekeeper (B)
      [0, 0, 1, 0, 0], // external star → mutual exchanger (E)
      [0, 0, 1, 0, 0], // gatekeeper → mutual exchanger (D)
    ]);
  });

  it('rank changes on degree: competition ranks, highest first; positive = climbed', () => {
    // Degree 2019: A 2, B 2, D 3, E 1, G 0 → ranks D 1, A 2, B 2, E 4, G 5.
    // Degree 2021: A 1, B 2, C 3, D 1, E 1, F 0, G 0 → ranks C 1, B 2, A 3, D 3, E 3, F 6, G 6.
    const degree = comparison.ranks.find((rank) => rank.output === 'degree');
    expect(degree).toBeDefined();
    const change = (key: string) => degree?.change[at(key)];
    expect([change('A'), change('B'), change('D'), change('E'), change('G')]).toEqual([-1, 0, -2, 1, -1]);
    expect(change('C')).toBeNaN();
    expect(degree?.rankTo[at('C')]).toBe(1);
    expect([...competitionRanks(Float64Array.from([3, 1, 3, Number.NaN, 0]))]).toEqual([
      1,
      3,
      1,
      Number.NaN,
      4,
    ]);
  });

  it('community columns and matching are aligned with the whole network', () => {
    const { communities } = comparison;
    expect(Number.isNaN(communities.from[at('C')])).toBe(true); // C is not in 2019
    expect(Number.isNaN(communities.to[at('C')])).toBe(false);
    for (const match of communities.matches) {
      expect(match.jaccard).toBeGreaterThan(0);
      expect(match.jaccard).toBeLessThanOrEqual(1);
    }
  });

  it('the summary is plain JSON with the figures and the sentences', () => {
    const summary = comparisonSummary(comparison, network);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary.ties).toEqual({
      from: 4,
      to: 4,
      entered: 3,
      left: 3,
      persisted: 1,
      union: 7,
      churn: 6 / 7,
    });
    expect(describeComparison(comparison)[0]).toEqual({
      code: 'ties-changed',
      params: { from: '2019', to: '2021', entered: 3, left: 3, persisted: 1, churn: 6 / 7 },
    });
    const texts = (summary.messages as { text: string }[]).map((message) => message.text);
    expect(texts[0]).toBe('Between 2019 and 2021, 3 ties entered, 3 left and 1 persisted (churn 0.857).');
  });
});

describe('community stability', () => {
  it('matches each community of A with its best Jaccard partner in B', () => {
    // A: {0,1,2} community 0, {3,4} community 1, {5} community 2 (single: left out).
    // B: {0,1} community 0, {2,3,4} community 1, {5,6} community 2.
    // A0 vs B0: shared 2, union 3 → 2/3; A0 vs B1: shared 1 (2), union 5 → 1/5. Best B0, 2/3.
    // A1 vs B1: shared 2 (3, 4), union 3 → 2/3. Mean (2/3 + 2/3) / 2; weighted (3·2/3 + 2·2/3) / 5.
    const from = Float64Array.from([0, 0, 0, 1, 1, 2, Number.NaN]);
    const to = Float64Array.from([0, 0, 1, 1, 1, 2, 2]);
    const stability = communityStability(from, to);
    expect(stability.matches).toEqual([
      { community: 0, size: 3, match: 0, matchSize: 2, shared: 2, jaccard: 2 / 3 },
      { community: 1, size: 2, match: 1, matchSize: 3, shared: 2, jaccard: 2 / 3 },
    ]);
    expect(stability.communitiesFrom).toBe(2);
    expect(stability.communitiesTo).toBe(3);
    expect(stability.meanJaccard).toBeCloseTo(2 / 3, 12);
    expect(stability.weightedJaccard).toBeCloseTo(2 / 3, 12);
  });
});
