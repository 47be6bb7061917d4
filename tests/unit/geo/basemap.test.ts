/**
 * The basemap: projected positions checked against Snyder's spherical Lambert azimuthal
 * equal-area formulas (written out here, independently of d3-geo), the round trip, the bundled
 * shapes for Europe, and that nothing is fetched from a network while loading.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  EARTH_RADIUS_KM,
  EUROPE_EXTENT,
  extentOf,
  invert,
  loadBasemap,
  PROJECTION_CENTRE,
  project,
  projectActor,
} from '../../../src/geo/basemap.ts';

/** Snyder (1987), Map Projections — A Working Manual, eq. 24-2, 22-4, 22-5: the sphere. */
function snyderLaea(lon: number, lat: number): [number, number] {
  const rad = Math.PI / 180;
  const [phi, lambda] = [lat * rad, lon * rad];
  const [phi1, lambda0] = [PROJECTION_CENTRE.lat * rad, PROJECTION_CENTRE.lon * rad];
  const k = Math.sqrt(
    2 / (1 + Math.sin(phi1) * Math.sin(phi) + Math.cos(phi1) * Math.cos(phi) * Math.cos(lambda - lambda0)),
  );
  return [
    EARTH_RADIUS_KM * k * Math.cos(phi) * Math.sin(lambda - lambda0),
    EARTH_RADIUS_KM *
      k *
      (Math.cos(phi1) * Math.sin(phi) - Math.sin(phi1) * Math.cos(phi) * Math.cos(lambda - lambda0)),
  ];
}

describe('projection', () => {
  test('Maastricht lands where the spherical LAEA formulas put it, in km east and north of 52°N 10°E', () => {
    const [x, y] = project(5.6889, 50.8483);
    const [sx, sy] = snyderLaea(5.6889, 50.8483);
    expect(x).toBeCloseTo(sx, 6);
    expect(y).toBeCloseTo(sy, 6);
    // West and south of the centre: about 300 km west, 130 km south.
    expect(x).toBeGreaterThan(-310);
    expect(x).toBeLessThan(-290);
    expect(y).toBeLessThan(-100);
    expect(project(PROJECTION_CENTRE.lon, PROJECTION_CENTRE.lat)).toEqual([0, 0]);
  });

  test('round trip: invert(project(p)) is p, over Europe and beyond', () => {
    for (const [lon, lat] of [
      [5.6889, 50.8483],
      [-9.1333, 38.7167],
      [30.5241, 50.45],
      [18.0686, 59.3293],
      [-71.0598, 42.3584],
    ]) {
      const [x, y] = project(lon, lat);
      const [lonBack, latBack] = invert(x, y);
      expect(lonBack).toBeCloseTo(lon, 9);
      expect(latBack).toBeCloseTo(lat, 9);
    }
  });

  test('equal-area distances near the centre stay close to the haversine ones', () => {
    // Maastricht–Aachen: 28.9 km great-circle.
    const [ax, ay] = project(5.6889, 50.8483);
    const [bx, by] = project(6.0834, 50.7766);
    expect(Math.hypot(ax - bx, ay - by)).toBeCloseTo(28.9, 0);
  });

  test('actors: projected when their coordinates are valid, undefined otherwise', () => {
    expect(projectActor({ lat: 50.8483, lon: 5.6889 })).toEqual(project(5.6889, 50.8483));
    expect(projectActor({ lat: null, lon: 5 })).toBeUndefined();
    expect(projectActor({ lat: 95, lon: 5 })).toBeUndefined();
    expect(projectActor({})).toBeUndefined();
  });

  test('an extent covers the corners of its box', () => {
    const [[xMin, yMin], [xMax, yMax]] = extentOf(5, 50, 7, 52);
    for (const [lon, lat] of [
      [5, 50],
      [7, 52],
      [5, 52],
      [7, 50],
    ]) {
      const [x, y] = project(lon, lat);
      expect(x).toBeGreaterThanOrEqual(xMin);
      expect(x).toBeLessThanOrEqual(xMax);
      expect(y).toBeGreaterThanOrEqual(yMin);
      expect(y).toBeLessThanOrEqual(yMax);
    }
  });
});

// Loading a scale through Vitest's module transform takes seconds (1:10m is 3.6 MB of JSON).
describe('bundled basemap', { timeout: 60_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  test('borders, coastlines, countries and towns of Europe, with no network request', async () => {
    const requests: string[] = [];
    const refuse =
      (what: string) =>
      (...args: unknown[]) => {
        requests.push(`${what} ${String(args[0])}`);
        throw new Error('no network');
      };
    vi.stubGlobal('fetch', refuse('fetch'));
    vi.stubGlobal('XMLHttpRequest', refuse('XMLHttpRequest'));
    vi.stubGlobal('WebSocket', refuse('WebSocket'));

    const basemap = await loadBasemap();
    expect(requests).toEqual([]);
    expect(basemap.projection).toContain('Lambert azimuthal equal-area');
    expect(basemap.extent).toEqual(EUROPE_EXTENT);
    const names = basemap.countries.map((country) => country.name);
    for (const name of ['Netherlands', 'Belgium', 'Germany', 'Luxembourg', 'France'])
      expect(names).toContain(name);
    expect(basemap.borders.length).toBeGreaterThan(10);
    expect(basemap.coastlines.length).toBeGreaterThan(10);
    // Every point is inside the extent (clipped), in km.
    const [[xMin, yMin], [xMax, yMax]] = basemap.extent;
    for (const line of [
      ...basemap.borders,
      ...basemap.coastlines,
      ...basemap.countries.flatMap((c) => c.rings),
    ])
      for (const [x, y] of line) {
        expect(x).toBeGreaterThanOrEqual(xMin - 1e-6);
        expect(x).toBeLessThanOrEqual(xMax + 1e-6);
        expect(y).toBeGreaterThanOrEqual(yMin - 1e-6);
        expect(y).toBeLessThanOrEqual(yMax + 1e-6);
      }
    // Rings are closed.
    for (const ring of basemap.countries.flatMap((country) => country.rings))
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    // The Netherlands' outline surrounds Utrecht.
    const netherlands = basemap.countries.find((country) => country.name === 'Netherlands');
    const [ux, uy] = project(5.1214, 52.0907);
    expect(netherlands?.rings.some((ring) => contains(ring, ux, uy))).toBe(true);
    const maastricht = basemap.places.find((place) => place.name === 'Maastricht');
    expect(maastricht).toMatchObject({ country: 'NL' });
    expect([maastricht?.x, maastricht?.y]).toEqual(project(5.6889, 50.8483));
    expect(basemap.attribution.join(' ')).toMatch(/Natural Earth.*GeoNames/);
  });

  test('a regional extent at 1:10m clips to the border region and keeps its towns only', async () => {
    const extent = extentOf(5.0, 50.3, 6.6, 51.3);
    const basemap = await loadBasemap({ detail: '10m', extent, minPopulation: 50_000 });
    expect(basemap.detail).toBe('10m');
    const names = basemap.places.map((place) => place.name);
    expect(names).toEqual(expect.arrayContaining(['Aachen', 'Liège', 'Maastricht', 'Hasselt']));
    expect(names).not.toContain('Amsterdam');
    for (const place of basemap.places) expect(place.population).toBeGreaterThanOrEqual(50_000);
    expect(basemap.borders.length).toBeGreaterThan(0);
  });
});

/** Even-odd point-in-polygon test for one ring. */
function contains(ring: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
