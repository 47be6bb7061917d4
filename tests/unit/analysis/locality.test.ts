import { describe, expect, test } from 'vitest';
import { haversineKm } from '../../../src/analysis/locality.ts';
import { GIULIANI_BELL_ROLES, giulianiBell } from '../../../src/analysis/measures/giuliani-bell.ts';
import { locality } from '../../../src/analysis/measures/locality.ts';
import { NO_PROGRESS } from '../../../src/analysis/types.ts';
import { disagreement, fixtureInput, fixtureNames, loadFixture } from './reference.ts';
import { inputOf } from './tiny.ts';

describe.each(fixtureNames())('locality groups on %s', (name) => {
  const fixture = loadFixture(name);
  test('the group table equals the fixture group measures', () => {
    const input = fixtureInput(fixture);
    const result = locality.compute(input, { localBy: fixture.locality_field, localKm: 0 }, NO_PROGRESS);
    const rows = result.tables?.locality_groups?.rows ?? [];
    const expected = fixture.group_measures ?? {};
    const problems: string[] = [];
    for (const measure of ['size', 'local_ties', 'external_ties', 'ei_index']) {
      const values = expected[measure] ?? {};
      expect(rows.length).toBe(Object.keys(values).length);
      for (const row of rows) {
        const problem = disagreement(row[measure] as number | null, values[row.group as string]);
        if (problem) problems.push(`${row.group} ${measure}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('locality by distance', () => {
  test('haversine distance Amsterdam – Brussels is about 173 km', () => {
    // Reference: the haversine formula in Python's math module, mean Earth radius 6371.0088 km.
    expect(haversineKm(52.3676, 4.9041, 50.8503, 4.3517)).toBeCloseTo(172.97342, 4);
  });

  test('ties within the threshold are local; missing coordinates leave a tie unclassified', () => {
    const input = inputOf(
      [
        ['ams', 'firm', { lat: 52.3676, lon: 4.9041 }],
        ['utr', 'firm', { lat: 52.0907, lon: 5.1214 }],
        ['bru', 'firm', { lat: 50.8503, lon: 4.3517 }],
        ['nowhere', 'firm'],
      ],
      [
        ['ams', 'utr'],
        ['ams', 'bru'],
        ['ams', 'nowhere'],
      ],
    );
    const result = locality.compute(input, { localBy: 'region', localKm: 50 }, NO_PROGRESS);
    expect(Array.from(result.columns.local_ties)).toEqual([1, 1, 0, 0]);
    expect(Array.from(result.columns.external_ties)).toEqual([1, 0, 1, 0]);
    expect(result.columns.ei_index[0]).toBe(0);
    expect(result.columns.ei_index[3]).toBeNaN();
    expect(result.graph).toMatchObject({
      local_ties: 1,
      external_ties: 1,
      unclassified_ties: 1,
      ei_index: 0,
    });
    expect(result.tables?.locality_groups).toBeUndefined();
  });
});

describe('Giuliani–Bell roles', () => {
  test('external openness and local centrality split at their means', () => {
    // g: 2 local + 2 external (gatekeeper); s: 0 local, 2 external (external star);
    // m: 3 local, 0 external (mutual exchanger); a1: 2 local (above the mean 1); i: isolated.
    const input = inputOf(
      [
        ['g', 'firm', { region: 'A' }],
        ['m', 'firm', { region: 'A' }],
        ['a1', 'firm', { region: 'A' }],
        ['a2', 'firm', { region: 'A' }],
        ['s', 'firm', { region: 'A' }],
        ['x1', 'firm', { region: 'X' }],
        ['x2', 'firm', { region: 'X' }],
        ['i', 'firm', { region: 'A' }],
      ],
      [
        ['g', 'm'],
        ['g', 'a1'],
        ['g', 'x1'],
        ['g', 'x2'],
        ['m', 'a1'],
        ['m', 'a2'],
        ['s', 'x1'],
        ['s', 'x2'],
      ],
    );
    const result = giulianiBell.compute(input, { localBy: 'region', localKm: 0 }, NO_PROGRESS);
    const roles = Array.from(result.columns.giuliani_bell_role, (code) => GIULIANI_BELL_ROLES[code]);
    expect(roles).toEqual([
      'gatekeeper',
      'mutual exchanger',
      'mutual exchanger',
      'isolated',
      'external star',
      'external star',
      'external star',
      'isolated',
    ]);
    expect(giulianiBell.outputs[0].categories).toEqual(GIULIANI_BELL_ROLES);
  });
});
