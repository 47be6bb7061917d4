/**
 * Actors on the map: at their own coordinates, at their region's or country's centre (marked),
 * or in the tray; actors on one point spread around it; nobody dropped.
 */
import { describe, expect, test } from 'vitest';
import {
  COUNTRY_CENTRE,
  IN_TRAY,
  mapPositions,
  needsCountryCentres,
  OWN_PLACE,
  REGION_CENTRE,
} from '../../../src/app/map/map-positions.ts';
import { project } from '../../../src/geo/basemap.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const { ecosystem } = buildEcosystem({
  actors: [
    {
      id: 'maastricht',
      label: 'A',
      kind: 'firm',
      fields: { lat: 50.8483, lon: 5.6889, placement: 'gazetteer', region: 'Zuid-Limburg', country: 'NL' },
    },
    {
      id: 'heerlen',
      label: 'B',
      kind: 'firm',
      fields: { lat: 50.8837, lon: 5.9815, placement: 'file', region: 'Zuid-Limburg', country: 'NL' },
    },
    { id: 'town-1', label: 'C', kind: 'firm', fields: { lat: 50.7766, lon: 6.0834, country: 'DE' } },
    { id: 'town-2', label: 'D', kind: 'firm', fields: { lat: 50.7766, lon: 6.0834, country: 'DE' } },
    { id: 'town-3', label: 'E', kind: 'firm', fields: { lat: 50.7766, lon: 6.0834, country: 'DE' } },
    { id: 'in-region', label: 'F', kind: 'firm', fields: { region: 'Zuid-Limburg', country: 'NL' } },
    { id: 'in-country', label: 'G', kind: 'firm', fields: { country: 'BE' } },
    {
      id: 'file-centre',
      label: 'H',
      kind: 'firm',
      fields: { lat: 50.5, lon: 4.5, placement: 'country centre' },
    },
    { id: 'nowhere-1', label: 'I', kind: 'firm' },
    { id: 'nowhere-2', label: 'J', kind: 'firm' },
  ],
  relations: [
    { source: 'maastricht', target: 'heerlen', kind: 'supply' },
    { source: 'town-2', target: 'heerlen', kind: 'supply' },
    { source: 'town-2', target: 'maastricht', kind: 'supply' },
    { source: 'nowhere-1', target: 'in-country', kind: 'supply' },
  ],
});
const keys = ecosystem.nodes();
const degree = Float64Array.from(keys, (key) => ecosystem.degree(key));
const belgium = { lat: 50.64, lon: 4.67 };
const map = mapPositions(ecosystem, degree, (country) => (country === 'BE' ? belgium : undefined));
const at = (key: string) => {
  const i = keys.indexOf(key);
  return { x: map.xy[2 * i], y: map.xy[2 * i + 1], placement: map.placement[i] };
};

describe('places on the map', () => {
  test('an actor with coordinates stands at their projection, in km', () => {
    const [x, y] = project(5.6889, 50.8483);
    expect(at('maastricht')).toEqual({
      x: expect.closeTo(x, 3),
      y: expect.closeTo(y, 3),
      placement: OWN_PLACE,
    });
    // Maastricht is some 400 km west and 130 km south of 52°N 10°E.
    expect(x).toBeGreaterThan(-330);
    expect(x).toBeLessThan(-280);
    expect(y).toBeLessThan(-100);
  });

  test('actors on one point spread around it, the best connected on the point', () => {
    const [x, y] = project(6.0834, 50.7766);
    expect(at('town-2')).toMatchObject({ x: expect.closeTo(x, 3), y: expect.closeTo(y, 3) });
    for (const key of ['town-1', 'town-3']) {
      const distance = Math.hypot(at(key).x - x, at(key).y - y);
      expect(distance).toBeGreaterThan(0.1);
      expect(distance).toBeLessThan(2);
    }
    expect(at('town-1')).not.toEqual(at('town-3'));
  });

  test('without coordinates: the region centre, else the country centre, marked', () => {
    const region = at('in-region');
    expect(region.placement).toBe(REGION_CENTRE);
    // The mean of Maastricht and Heerlen (the region's actors with coordinates of their own).
    const [x, y] = project((5.6889 + 5.9815) / 2, (50.8483 + 50.8837) / 2);
    expect(region.x).toBeCloseTo(x, 1);
    expect(region.y).toBeCloseTo(y, 1);
    const [bx, by] = project(belgium.lon, belgium.lat);
    expect(at('in-country')).toMatchObject({ x: expect.closeTo(bx, 3), placement: COUNTRY_CENTRE });
    expect(by).toBeCloseTo(at('in-country').y, 3);
    // A centre the file itself names is marked as such, at the file's coordinates.
    expect(at('file-centre').placement).toBe(COUNTRY_CENTRE);
    expect(needsCountryCentres(ecosystem)).toBe(true);
  });

  test('actors without any place wait in a tray west of where the others are; none is dropped', () => {
    expect(map.placement.length).toBe(ecosystem.order);
    expect(map.xy.every(Number.isFinite)).toBe(true);
    const tray = map.tray;
    expect(tray).not.toBeNull();
    for (const key of ['nowhere-1', 'nowhere-2']) {
      const { x, y, placement } = at(key);
      expect(placement).toBe(IN_TRAY);
      expect(x).toBeGreaterThanOrEqual(tray?.xMin ?? Number.NaN);
      expect(x).toBeLessThanOrEqual(tray?.xMax ?? Number.NaN);
      expect(y).toBeGreaterThanOrEqual(tray?.yMin ?? Number.NaN);
      expect(y).toBeLessThanOrEqual(tray?.yMax ?? Number.NaN);
    }
    expect(tray?.xMax ?? 0).toBeLessThan(map.core?.xMin ?? Number.NaN);
    expect(at('nowhere-1')).not.toEqual(at('nowhere-2'));
  });

  test('no place at all: no core, so the map is not offered', () => {
    const { ecosystem: placeless } = buildEcosystem({
      actors: [
        { id: 'a', label: 'a', kind: 'firm' },
        { id: 'b', label: 'b', kind: 'firm' },
      ],
      relations: [{ source: 'a', target: 'b', kind: 'supply' }],
    });
    const result = mapPositions(placeless, [1, 1]);
    expect(result.core).toBeNull();
    expect(result.tray).toBeNull();
    expect([...result.placement]).toEqual([IN_TRAY, IN_TRAY]);
    expect(needsCountryCentres(placeless)).toBe(false);
  });
});
