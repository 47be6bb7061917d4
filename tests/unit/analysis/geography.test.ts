/**
 * The geography measures beyond what reference.test.ts compares column by column: their tables
 * against the fixtures (scripts/reference/geography.py), the option variants, and actors without
 * coordinates, which are counted and never dropped.
 */
import { describe, expect, test } from 'vitest';
import { relationKindBit } from '../../../src/analysis/input.ts';
import { haversineKm } from '../../../src/analysis/locality.ts';
import { distanceDecay } from '../../../src/analysis/measures/distance-decay.ts';
import { localAttachment } from '../../../src/analysis/measures/local-attachment.ts';
import { regionFlows } from '../../../src/analysis/measures/region-flows.ts';
import { tieLength } from '../../../src/analysis/measures/tie-length.ts';
import { defaultOptions, resolveOptions } from '../../../src/analysis/options.ts';
import { NO_PROGRESS, type TableValue } from '../../../src/analysis/types.ts';
import { disagreement, fixtureInput, loadFixture } from './reference.ts';

const GEO_FIXTURES = ['geo_border', 'he_border_core'];

function rowsDisagree(
  actual: readonly Readonly<Record<string, TableValue>>[],
  expected: Record<string, string | number | null>[],
) {
  const problems: string[] = [];
  if (actual.length !== expected.length) return [`${actual.length} rows, expected ${expected.length}`];
  expected.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const got = actual[i][key];
      if (typeof value === 'number' || value === null) {
        const problem = disagreement(typeof got === 'number' ? got : null, value);
        if (problem) problems.push(`row ${i} ${key}: ${problem}`);
      } else if (got !== value) problems.push(`row ${i} ${key}: expected ${value}, got ${String(got)}`);
    }
  });
  return problems;
}

describe.each(GEO_FIXTURES)('geography tables of %s', (name) => {
  const fixture = loadFixture(name);
  const input = fixtureInput(fixture);
  const tables = fixture.table_measures ?? {};

  test('distance-decay table equals the reference', () => {
    const result = distanceDecay.compute(input, defaultOptions(distanceDecay), NO_PROGRESS);
    expect(rowsDisagree(result.tables?.distance_decay.rows ?? [], tables.distance_decay)).toEqual([]);
  });

  test('region and country flow tables equal the reference', () => {
    const result = regionFlows.compute(input, defaultOptions(regionFlows), NO_PROGRESS);
    expect(rowsDisagree(result.tables?.region_flows.rows ?? [], tables.region_flows)).toEqual([]);
    expect(rowsDisagree(result.tables?.country_flows.rows ?? [], tables.country_flows)).toEqual([]);
  });

  test('every tie is in exactly one band and one flow row', () => {
    const decay = distanceDecay.compute(input, defaultOptions(distanceDecay), NO_PROGRESS);
    const flows = regionFlows.compute(input, defaultOptions(regionFlows), NO_PROGRESS);
    const sum = (rows: readonly Readonly<Record<string, TableValue>>[]) =>
      rows.reduce((total, row) => total + (row.ties as number), 0);
    expect(sum(decay.tables?.distance_decay.rows ?? [])).toBe(input.tie.tieCount);
    expect(sum(flows.tables?.region_flows.rows ?? [])).toBe(input.tie.tieCount);
    expect(sum(flows.tables?.country_flows.rows ?? [])).toBe(input.tie.tieCount);
  });
});

describe('geography on the hand-made border network', () => {
  const input = fixtureInput(loadFixture('geo_border'));
  const index = (id: string) => input.tie.ids.indexOf(id);

  test('haversine with the mean Earth radius: one degree of the equator is 111.195 km', () => {
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo((6371.0088 * Math.PI) / 180, 9);
    expect(haversineKm(50.8483, 5.6889, 50.7766, 6.0834)).toBeCloseTo(28.89, 1); // Maastricht–Aachen
  });

  test('actors without coordinates have no distances and are counted', () => {
    const result = tieLength.compute(input, defaultOptions(tieLength), NO_PROGRESS);
    expect(result.columns.median_partner_km[index('Nowhere')]).toBeNaN();
    expect(result.columns.located_partners[index('Nowhere')]).toBe(0);
    // Chemelot's tie to Nowhere has no length: three of its four partners are located.
    expect(result.columns.located_partners[index('Chemelot')]).toBe(3);
    expect(result.graph?.actors_without_coordinates).toBe(1);
    expect(result.graph?.ties_without_length).toBe(2);
    expect(result.columns.median_partner_km[index('Alone')]).toBeNaN();
  });

  test('the radius option moves the share of partners within it', () => {
    const none = tieLength.compute(input, { withinKm: 0 }, NO_PROGRESS);
    const all = tieLength.compute(input, { withinKm: 20_000 }, NO_PROGRESS);
    expect(none.columns.share_within_km[index('UM')]).toBe(0);
    expect(all.columns.share_within_km[index('UM')]).toBe(1);
    expect(all.graph?.share_ties_within_km).toBe(1);
  });

  test('knowledge ties by relation kind, by partner kind, or either', () => {
    const attachment = (knowledgeTies: string) => {
      const options = { ...defaultOptions(localAttachment), knowledgeTies };
      const result = localAttachment.compute(input, options, NO_PROGRESS);
      return [result.columns.local_attachment[index('UM')], result.columns.knowledge_ties[index('UM')]];
    };
    // UM: knowledge relations with Chemelot (local), ULiège and Boston; knowledge institutions ULiège, RWTH, Boston.
    expect(attachment('relation')).toEqual([1 / 3, 3]);
    expect(attachment('partner')).toEqual([0, 3]);
    expect(attachment('relation or partner')).toEqual([1 / 4, 4]);
  });

  test('local attachment is empty without knowledge ties, and follows a distance rule when asked', () => {
    const byRegion = localAttachment.compute(input, defaultOptions(localAttachment), NO_PROGRESS);
    expect(byRegion.columns.local_attachment[index('Alone')]).toBeNaN();
    expect(byRegion.columns.knowledge_ties[index('Alone')]).toBe(0);
    const within40 = localAttachment.compute(
      input,
      resolveOptions(localAttachment, { localKm: 40 }),
      NO_PROGRESS,
    );
    // Within 40 km of Maastricht: Chemelot (15 km), ULiège (25 km), RWTH (29 km); not Boston.
    expect(within40.columns.local_attachment[index('UM')]).toBe(3 / 4);
  });

  test('cross-border ties are NL–BE–DE pairs only; the regional bands split the first 100 km', () => {
    const flows = regionFlows.compute(input, defaultOptions(regionFlows), NO_PROGRESS);
    // UM: ULiège (BE) and RWTH (DE) across the border; Boston (US) international only.
    expect(flows.columns.cross_border_ties[index('UM')]).toBe(2);
    expect(flows.columns.international_ties[index('UM')]).toBe(3);
    // Stateless has no country: neither international nor cross-border.
    expect(flows.columns.international_ties[index('Stateless')]).toBe(0);
    const regional = distanceDecay.compute(input, { bands: 'regional' }, NO_PROGRESS);
    expect(regional.tables?.distance_decay.rows.map((row) => row.band)).toEqual([
      '0–5 km',
      '5–10 km',
      '10–25 km',
      '25–50 km',
      '50–100 km',
      '> 100 km',
      'no distance',
    ]);
  });

  test('relation kinds reach the measures per tie, both ends alike', () => {
    const multi = fixtureInput(loadFixture('multi_relation'));
    const a = multi.tie.ids.indexOf('A');
    const c = multi.tie.ids.indexOf('C');
    const slot = (u: number, v: number) => {
      for (let k = multi.tie.offsets[u]; k < multi.tie.offsets[u + 1]; k++)
        if (multi.tie.neighbours[k] === v) return k;
      return -1;
    };
    const both = relationKindBit('knowledge') | relationKindBit('supply');
    expect(multi.tieKinds[slot(a, c)]).toBe(both);
    expect(multi.tieKinds[slot(c, a)]).toBe(both);
  });
});
