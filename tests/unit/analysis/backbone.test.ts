/**
 * Backbone scores against NetworkX/SciPy (scripts/reference/backbone.py → tests/fixtures/backbone):
 * every tie of every reference network, through the display stage's tie view.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backboneScores, DEFAULT_BACKBONE, inBackbone } from '../../../src/analysis/backbone.ts';
import { localityRule } from '../../../src/analysis/locality.ts';
import { displayTies } from '../../../src/app/pipeline/display-ties.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import { loadFixture } from './reference.ts';

const DIRECTORY = join(import.meta.dirname, '../../fixtures/backbone');

interface BackboneFixture {
  name: string;
  actors: number;
  ties: { ends: [number, number]; strength: number; disparity: number; simmelian: number }[];
}

const names = readdirSync(DIRECTORY)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

describe('backbone scores match the reference', () => {
  it('covers the reference networks', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(DIRECTORY, `${name}.json`), 'utf8')) as BackboneFixture;
    const fixture = loadFixture(name);
    const { ecosystem } = buildEcosystem({
      actors: fixture.nodes.map(({ id, label, kind, ...fields }) => ({ id, label, kind, fields })),
      relations: fixture.relations,
    });
    const ids = fixture.nodes.map((node) => node.id);
    const order = ecosystem.nodes();
    const ties = displayTies(ecosystem, localityRule({}));
    const byPair = new Map<string, number>();
    for (let tie = 0; tie < ties.strength.length; tie++) {
      const a = order[ties.ends[2 * tie]];
      const b = order[ties.ends[2 * tie + 1]];
      byPair.set(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`, tie);
    }
    expect(byPair.size).toBe(expected.ties.length);
    for (const reference of expected.ties) {
      const [a, b] = reference.ends.map((index) => ids[index]);
      const tie = byPair.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
      expect(tie, `${a}–${b}`).toBeDefined();
      expect(ties.strength[tie as number]).toBe(reference.strength);
      expect(ties.backbone.disparity[tie as number]).toBeCloseTo(reference.disparity, 6);
      expect(ties.backbone.simmelian[tie as number]).toBe(reference.simmelian);
    }
  });
});

describe('the backbone choice', () => {
  it('keeps every tie by default and only significant or embedded ties otherwise', () => {
    expect(inBackbone(DEFAULT_BACKBONE, 0.9, 0)).toBe(true);
    expect(inBackbone({ ...DEFAULT_BACKBONE, method: 'disparity' }, 0.04, 0)).toBe(true);
    expect(inBackbone({ ...DEFAULT_BACKBONE, method: 'disparity' }, 0.05, 9)).toBe(false);
    expect(inBackbone({ ...DEFAULT_BACKBONE, method: 'simmelian' }, 0, 1)).toBe(false);
    expect(inBackbone({ ...DEFAULT_BACKBONE, method: 'simmelian' }, 1, 2)).toBe(true);
  });

  it('says when strengths do not differ, so disparity cannot single out ties', () => {
    expect(backboneScores(3, [0, 1, 1, 2], [1, 1]).weighted).toBe(false);
    expect(backboneScores(3, [0, 1, 1, 2], [1, 2]).weighted).toBe(true);
  });

  it('scores lie in [0, 1] and never exceed the smaller degree less one (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.uniqueArray(
              fc
                .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
                .filter(([a, b]) => a < b),
              { selector: ([a, b]) => `${a}-${b}`, maxLength: 30 },
            ),
            fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 30, maxLength: 30 }),
          ),
        ),
        ([n, pairs, weights]) => {
          const scores = backboneScores(n, pairs.flat(), weights.slice(0, pairs.length));
          const degree = new Array<number>(n).fill(0);
          for (const [a, b] of pairs) {
            degree[a]++;
            degree[b]++;
          }
          pairs.forEach(([a, b], tie) => {
            expect(scores.disparity[tie]).toBeGreaterThanOrEqual(0);
            expect(scores.disparity[tie]).toBeLessThanOrEqual(1);
            expect(scores.simmelian[tie]).toBeLessThanOrEqual(Math.min(degree[a], degree[b]) - 1);
          });
        },
      ),
    );
  });
});
