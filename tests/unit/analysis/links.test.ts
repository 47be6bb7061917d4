import { describe, expect, test } from 'vitest';
import { evaluateLinkPrediction } from '../../../src/analysis/link-evaluation.ts';
import { suggestLinks, suggestLinksFor } from '../../../src/analysis/link-suggestions.ts';
import { linkCandidatesOf, pairScores, topLinkCandidates } from '../../../src/analysis/links.ts';
import { louvain } from '../../../src/analysis/louvain.ts';
import { inDutch, inEnglish } from '../i18n/words.ts';
import { disagreement, fixtureInput, fixtureNames, loadFixture } from './reference.ts';
import { inputOf } from './tiny.ts';

describe.each(fixtureNames())('missing-link scores on %s', (name) => {
  const fixture = loadFixture(name);
  const input = fixtureInput(fixture);
  const index = new Map(input.tie.ids.map((id, i) => [id, i]));

  test('pair scores equal NetworkX adamic_adar_index and resource_allocation_index', () => {
    const problems: string[] = [];
    for (const [u, v, expected] of fixture.pairs.adamic_adar) {
      const problem = disagreement(
        pairScores(input.tie, index.get(u) ?? -1, index.get(v) ?? -1).adamicAdar,
        expected,
      );
      if (problem) problems.push(`AA ${u}-${v}: ${problem}`);
    }
    for (const [u, v, expected] of fixture.pairs.resource_allocation) {
      const scores = pairScores(input.tie, index.get(u) ?? -1, index.get(v) ?? -1);
      const problem = disagreement(scores.resourceAllocation, expected);
      if (problem) problems.push(`RA ${u}-${v}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  test('two-hop enumeration finds exactly the listed pairs with a positive score', () => {
    const listed = new Map(fixture.pairs.adamic_adar.map(([u, v, score]) => [`${u} ${v}`, score]));
    for (let u = 0; u < input.tie.nodeCount; u++) {
      for (const candidate of linkCandidatesOf(input.tie, u)) {
        const [a, b] = [Math.min(u, candidate.target), Math.max(u, candidate.target)];
        const key = `${input.tie.ids[a]} ${input.tie.ids[b]}`;
        if (fixture.pairs_selection === 'all non-adjacent pairs' || listed.has(key)) {
          expect(disagreement(candidate.adamicAdar, listed.get(key) ?? Number.NaN), key).toBeNull();
        }
      }
    }
    for (const [u, v, score] of fixture.pairs.adamic_adar) {
      if (score === 0) continue;
      const found = linkCandidatesOf(input.tie, index.get(u) ?? -1).some(
        (c) => input.tie.ids[c.target] === v,
      );
      expect(found, `${u}-${v}`).toBe(true);
    }
  });
});

describe('network-wide candidates', () => {
  const input = fixtureInput(loadFixture('karate_club'));

  test('topLinkCandidates returns the best pairs in order, each once', () => {
    const all = [];
    for (let u = 0; u < input.tie.nodeCount; u++) {
      for (const c of linkCandidatesOf(input.tie, u)) if (c.target > u) all.push(c);
    }
    all.sort((a, b) => b.adamicAdar - a.adamicAdar || a.source - b.source || a.target - b.target);
    const top = topLinkCandidates(input.tie, 15);
    expect(top.map((c) => [c.source, c.target])).toEqual(all.slice(0, 15).map((c) => [c.source, c.target]));
  });

  test('suggestions carry their reason and the actors behind it', () => {
    const community = louvain(input.tie, { seed: 1 });
    const forActor = suggestLinksFor(input, 0, { community, limit: 3 });
    expect(forActor.length).toBeGreaterThan(0);
    for (const suggestion of forActor) {
      expect(inEnglish(suggestion.reason)).toMatch(/^\d+ shared partners?: /);
      expect(suggestion.via.length).toBeGreaterThan(0);
      for (const partner of suggestion.via) {
        expect(
          input.tie.neighbours.subarray(input.tie.offsets[partner], input.tie.offsets[partner + 1]),
        ).toContain(suggestion.target);
      }
    }
    const network = suggestLinks(input, { community, limit: 5 });
    expect(network.sharedPartners).toHaveLength(5);
    expect(network.communityBridges.length).toBeGreaterThan(0);
    for (const bridge of network.communityBridges) {
      expect(community[bridge.source]).not.toBe(community[bridge.target]);
      expect(inEnglish(bridge.reason)).toMatch(/would link community/);
    }
  });
});

describe('structural suggestions', () => {
  // f1 – f2 – f3 – k1, f3 – f4 – x (frontier); f5 alone.
  const input = inputOf(
    [
      ['f1', 'firm'],
      ['f2', 'firm'],
      ['f3', 'firm'],
      ['k1', 'knowledge'],
      ['f4', 'firm'],
      ['x', 'firm', { frontier: true }],
      ['f5', 'firm'],
    ],
    [
      ['f1', 'f2'],
      ['f2', 'f3'],
      ['f3', 'k1'],
      ['f3', 'f4'],
      ['f4', 'x'],
    ],
  );

  test('a firm without a knowledge partner is pointed to the nearest institution, with the path', () => {
    const suggestion = suggestLinksFor(input, 0).find((s) => s.kind === 'knowledge-partner');
    expect(suggestion).toMatchObject({ target: 3, score: 3, via: [1, 2] });
    expect(inEnglish(suggestion?.reason)).toBe(
      'no knowledge-institution partner; k1 is 3 steps away via f2, f3',
    );
    expect(inDutch(suggestion?.reason)).toBe(
      'geen kennisinstelling als partner; k1 ligt 3 stappen verder, via f2, f3',
    );
    expect(suggestLinksFor(input, 2).some((s) => s.kind === 'knowledge-partner')).toBe(false);
    const isolated = suggestLinksFor(input, 6).find((s) => s.kind === 'knowledge-partner');
    expect(inEnglish(isolated?.reason)).toMatch(/no knowledge institution is reachable; k1/);
  });

  test('the frontier comes one step closer, or is suggested directly when two steps away', () => {
    const far = suggestLinksFor(input, 0).find((s) => s.kind === 'frontier-path');
    expect(far).toMatchObject({ target: 2, score: 4 });
    expect(inEnglish(far?.reason)).toBe(
      'the nearest frontier actor, x, is 4 steps away; a tie to f3 (now reached via f2) would bring it to 3',
    );
    const near = suggestLinksFor(input, 2).find((s) => s.kind === 'frontier-path');
    expect(near).toMatchObject({ target: 5, score: 2 });
    expect(inEnglish(near?.reason)).toBe('x is a frontier actor 2 steps away, via f4');
    expect(suggestLinksFor(input, 4).some((s) => s.kind === 'frontier-path')).toBe(false);
  });
});

describe('hold-out evaluation', () => {
  const input = fixtureInput(loadFixture('karate_club'));

  test('is deterministic for a seed and hides 10% of the ties', () => {
    const first = evaluateLinkPrediction(input.tie, { seed: 7, k: 5 });
    expect(evaluateLinkPrediction(input.tie, { seed: 7, k: 5 })).toEqual(first);
    expect(first.hiddenTies).toBe(8);
    expect(first.unobservedPairs).toBe((34 * 33) / 2 - 70);
    for (const quality of Object.values(first.scorers)) {
      expect(quality.auc).toBeGreaterThanOrEqual(0);
      expect(quality.auc).toBeLessThanOrEqual(1);
      expect(quality.precisionAtK).toBeGreaterThanOrEqual(0);
    }
    // Karate club ties are well predicted by shared partners.
    expect(first.scorers.adamic_adar.auc).toBeGreaterThan(0.6);
  });

  test('AUC is a rank comparison: a perfect scorer gets 1', () => {
    // Two triangles sharing nothing; hiding any tie leaves its ends with one shared partner.
    const triangles = inputOf(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, 'firm']),
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
        ['d', 'e'],
        ['e', 'f'],
        ['d', 'f'],
      ],
    );
    const result = evaluateLinkPrediction(triangles.tie, { fraction: 1 / 6, seed: 3, k: 1 });
    expect(result.hiddenTies).toBe(1);
    expect(result.scorers.common_partners.auc).toBe(1);
    expect(result.scorers.common_partners.precisionAtK).toBe(1);
  });
});
