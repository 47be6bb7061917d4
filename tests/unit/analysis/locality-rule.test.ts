/**
 * The locality rule has one implementation: the pair rule (used for the drawing, the profile
 * and suggested links) and the network rule (used by the measures) decide every tie alike,
 * with one treatment of missing values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupLabel } from '../../../src/analysis/groups.ts';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import {
  EXTERNAL,
  LOCAL,
  localityOf,
  localityRule,
  pairLocality,
  UNCLASSIFIED,
} from '../../../src/analysis/locality.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const maastricht = { region: 'Limburg', lat: 50.85, lon: 5.69 };
const heerlen = { region: 'Limburg', lat: 50.88, lon: 5.98 };
const aachen = { region: 'Aachen', lat: 50.78, lon: 6.08 };

describe('the locality rule for one pair', () => {
  test('by field: shared value local, different external, missing unclassified', () => {
    const byRegion = localityRule({ localBy: 'region' });
    expect(pairLocality(maastricht, heerlen, byRegion)).toBe(LOCAL);
    expect(pairLocality(heerlen, aachen, byRegion)).toBe(EXTERNAL);
    expect(pairLocality(aachen, {}, byRegion)).toBe(UNCLASSIFIED);
    expect(pairLocality({ region: '  ' }, { region: '  ' }, byRegion)).toBe(UNCLASSIFIED);
    expect(pairLocality({ region: null }, { region: null }, byRegion)).toBe(UNCLASSIFIED);
  });

  test('by distance: Maastricht–Heerlen about 21 km, Heerlen–Aachen about 9 km', () => {
    const within15 = localityRule({ localKm: 15 });
    expect(pairLocality(maastricht, heerlen, within15)).toBe(EXTERNAL);
    expect(pairLocality(heerlen, aachen, within15)).toBe(LOCAL);
    expect(pairLocality(heerlen, { region: 'Aachen' }, within15)).toBe(UNCLASSIFIED);
  });

  test('a field named like an Object.prototype member is an ordinary field', () => {
    const rule = localityRule({ localBy: 'constructor' });
    expect(pairLocality({}, {}, rule)).toBe(UNCLASSIFIED);
    expect(pairLocality({ constructor: 'x' }, { constructor: 'x' }, rule)).toBe(LOCAL);
  });

  test('missing values: absent, null, empty and blank text', () => {
    for (const value of [undefined, null, '', '   ']) expect(groupLabel(value)).toBeNull();
    expect(groupLabel(0)).toBe('0');
    expect(groupLabel(false)).toBe('false');
  });
});

const value = fc.oneof(
  fc.constantFrom('NL', 'BE', 'DE', '', ' ', null),
  fc.integer({ min: 0, max: 2 }),
  fc.constant(undefined),
);

describe('pair rule and network rule agree', () => {
  test('on every tie of random networks, by field and by distance', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            region: value,
            lat: fc.option(fc.double({ min: 50, max: 52, noNaN: true }), { nil: undefined }),
            lon: fc.option(fc.double({ min: 4, max: 7, noNaN: true }), { nil: undefined }),
          }),
          { minLength: 2, maxLength: 12 },
        ),
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 }),
        fc.constantFrom(0, 25, 80),
        (actors, pairs, localKm) => {
          const fieldsOf = actors.map(
            (actor) =>
              Object.fromEntries(Object.entries(actor).filter(([, v]) => v !== undefined)) as Record<
                string,
                string | number | null
              >,
          );
          const { ecosystem } = buildEcosystem({
            actors: fieldsOf.map((fields, i) => ({ id: `a${i}`, kind: 'firm', fields })),
            relations: pairs
              .filter(([s, t]) => s < actors.length && t < actors.length && s !== t)
              .map(([s, t]) => ({ source: `a${s}`, target: `a${t}`, kind: 'cooperation' })),
          });
          const input = buildAnalysisInput(ecosystem);
          const rule = localityRule({ localBy: 'region', localKm });
          const { tieClass } = localityOf(input, { ...rule });
          const fields = ecosystem.mapNodes((_key, actor) => actor.fields);
          for (let u = 0; u < input.tie.nodeCount; u++) {
            for (let k = input.tie.offsets[u]; k < input.tie.offsets[u + 1]; k++) {
              expect(pairLocality(fields[u], fields[input.tie.neighbours[k]], rule)).toBe(tieClass[k]);
            }
          }
        },
      ),
    );
  });
});
