/**
 * The map's figures and drawing rules, without a page: flows between places from the
 * region-flows table, the region × region matrix, distance-decay bands, tie classes on the map,
 * how the basemap is cut into chunks, and the matrix that puts kilometres on screen.
 */
import { describe, expect, test } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { EXTERNAL, LOCAL, UNCLASSIFIED } from '../../../src/analysis/locality.ts';
import { distanceDecay } from '../../../src/analysis/measures/distance-decay.ts';
import { regionFlows } from '../../../src/analysis/measures/region-flows.ts';
import { resolveOptions } from '../../../src/analysis/options.ts';
import type { ResultTable } from '../../../src/analysis/types.ts';
import { chunkCount, chunkInView, packBasemap } from '../../../src/app/map/basemap-data.ts';
import { flowsBetweenPlaces, placeCentres } from '../../../src/app/map/flows.ts';
import { flowWidth } from '../../../src/app/map/flows-draw.ts';
import { IN_TRAY, OWN_PLACE } from '../../../src/app/map/map-positions.ts';
import { mapTieClass, mapTieStyle } from '../../../src/app/map/map-ties.ts';
import { boxInView, toScreen, viewTransform } from '../../../src/app/map/view-transform.ts';
import { decayBands, placeMatrix, placementCounts } from '../../../src/app/views/geography/geography.ts';
import type { Basemap } from '../../../src/geo/basemap.ts';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';

const { ecosystem } = buildEcosystem({
  actors: [
    {
      id: 'm1',
      label: 'M1',
      kind: 'firm',
      fields: { region: 'Zuid-Limburg', country: 'NL', lat: 50.85, lon: 5.69 },
    },
    {
      id: 'm2',
      label: 'M2',
      kind: 'firm',
      fields: { region: 'Zuid-Limburg', country: 'NL', lat: 50.88, lon: 5.98 },
    },
    {
      id: 'a1',
      label: 'A1',
      kind: 'knowledge',
      fields: { region: 'Aachen', country: 'DE', lat: 50.78, lon: 6.08 },
    },
    {
      id: 'l1',
      label: 'L1',
      kind: 'firm',
      fields: { region: 'Liège', country: 'BE', lat: 50.63, lon: 5.57 },
    },
    {
      id: 'p1',
      label: 'P1',
      kind: 'firm',
      fields: { region: 'Île-de-France', country: 'FR', lat: 48.86, lon: 2.35 },
    },
  ],
  relations: [
    { source: 'm1', target: 'm2', kind: 'supply', strength: 4 },
    { source: 'm1', target: 'a1', kind: 'knowledge', strength: 2 },
    { source: 'm2', target: 'a1', kind: 'knowledge', strength: 1 },
    { source: 'm1', target: 'l1', kind: 'cooperation', strength: 5 },
    { source: 'l1', target: 'p1', kind: 'supply', strength: 1 },
  ],
});
const input = buildAnalysisInput(ecosystem);
const noProgress = { report: () => {}, checkpoint: () => {} };
const flowResult = regionFlows.compute(input, resolveOptions(regionFlows, {}), noProgress);
const decayResult = distanceDecay.compute(input, resolveOptions(distanceDecay, {}), noProgress);
const regionTable = flowResult.tables?.region_flows as ResultTable;

describe('flows between places', () => {
  const values = ecosystem.mapNodes((_key, actor) => actor.fields.region ?? null);
  const xy = Float32Array.from([0, 0, 10, 0, 30, 0, -10, -20, -300, -200]);
  const placement = Uint8Array.from([OWN_PLACE, OWN_PLACE, OWN_PLACE, OWN_PLACE, IN_TRAY]);

  test("a place's centre is the mean position of its placed actors; the tray places nothing", () => {
    const centres = placeCentres(values, xy, placement);
    expect(centres.get('Zuid-Limburg')).toEqual([5, 0]);
    expect(centres.get('Aachen')).toEqual([30, 0]);
    expect(centres.has('Île-de-France')).toBe(false);
  });

  test('flows join two different places with centres, largest first, numbers from the table', () => {
    const flows = flowsBetweenPlaces(regionTable, placeCentres(values, xy, placement), 'ties');
    expect(flows.map((flow) => [flow.from, flow.to, flow.ties, flow.strength, flow.crossBorder])).toEqual([
      ['Zuid-Limburg', 'Aachen', 2, 3, true],
      ['Zuid-Limburg', 'Liège', 1, 5, true],
    ]);
    expect(flows[0].a).toEqual([5, 0]);
    const byStrength = flowsBetweenPlaces(regionTable, placeCentres(values, xy, placement), 'strength');
    expect(byStrength.map((flow) => flow.to)).toEqual(['Liège', 'Aachen']);
    expect(flowsBetweenPlaces(regionTable, placeCentres(values, xy, placement), 'ties', 1)).toHaveLength(1);
  });

  test('a flow is as wide as its share of the largest', () => {
    expect(flowWidth(10, 10)).toBe(14);
    expect(flowWidth(5, 10)).toBe(7.5);
    expect(flowWidth(0, 0)).toBe(1);
  });
});

describe('the geography view', () => {
  test('the region × region matrix is symmetric, with ties inside a place on the diagonal', () => {
    const matrix = placeMatrix(regionTable, 'ties');
    expect(matrix.places[0]).toBe('Zuid-Limburg');
    const at = (a: string, b: string) => matrix.values[matrix.places.indexOf(a)][matrix.places.indexOf(b)];
    expect(at('Zuid-Limburg', 'Zuid-Limburg')).toBe(1);
    expect(at('Zuid-Limburg', 'Aachen')).toBe(2);
    expect(at('Aachen', 'Zuid-Limburg')).toBe(2);
    expect(at('Liège', 'Île-de-France')).toBe(1);
    const i = matrix.places.indexOf('Zuid-Limburg');
    expect(matrix.crossBorder[i][matrix.places.indexOf('Liège')]).toBe(true);
    expect(matrix.crossBorder[matrix.places.indexOf('Liège')][matrix.places.indexOf('Île-de-France')]).toBe(
      false,
    );
    expect(matrix.largest).toBe(2);
    const small = placeMatrix(regionTable, 'strength', 2);
    expect(small.places).toEqual(['Zuid-Limburg', 'Liège']);
    expect(small.otherPlaces).toBe(2);
  });

  test('distance-decay bands come from the table, ties without a length apart', () => {
    const { bands, withoutLength } = decayBands(decayResult.tables?.distance_decay);
    expect(bands).toHaveLength(8);
    expect(bands.reduce((sum, band) => sum + band.ties, 0)).toBe(5);
    expect(bands[0]).toMatchObject({ from: 0, to: 10 });
    expect(bands[7]).toMatchObject({ from: 1000, to: null });
    expect(withoutLength).toBe(0);
    // Paris–Liège is about 300 km.
    expect(bands.find((band) => band.from === 250)?.ties).toBe(1);
  });

  test('placement counts add up to the actors', () => {
    expect(placementCounts(Uint8Array.from([0, 0, 1, 2, 3, 3]))).toEqual({
      own: 2,
      regionCentre: 1,
      countryCentre: 1,
      tray: 2,
    });
  });
});

describe('ties on the map', () => {
  test('cross-border first, then external, local and unknown; flows hide ties between places', () => {
    expect(mapTieClass({ locality: LOCAL, crossBorder: true })).toBe('crossBorder');
    expect(mapTieClass({ locality: EXTERNAL, crossBorder: false })).toBe('external');
    expect(mapTieClass({ locality: LOCAL, crossBorder: false })).toBe('local');
    expect(mapTieClass({ locality: UNCLASSIFIED, crossBorder: false })).toBe('unknown');
    const groups = Int32Array.from([0, 0, 1, -1]);
    const tie = { locality: EXTERNAL, crossBorder: false };
    expect(mapTieStyle(tie, { source: 0, target: 2 }, { flowGroups: groups }).hidden).toBe(true);
    expect(mapTieStyle(tie, { source: 0, target: 1 }, { flowGroups: groups }).hidden).toBe(false);
    // A place unknown at one end: no flow can carry the tie, so it stays drawn.
    expect(mapTieStyle(tie, { source: 0, target: 3 }, { flowGroups: groups }).hidden).toBe(false);
    expect(mapTieStyle(tie, { source: 0, target: 2 }, { flowGroups: null }).hidden).toBe(false);
    expect(
      mapTieStyle({ locality: LOCAL, crossBorder: false }, { source: 0, target: 1 }, { flowGroups: null })
        .front,
    ).toBe(true);
  });
});

describe('the basemap as arrays', () => {
  const line = (n: number, x0: number) => Array.from({ length: n }, (_, i) => [x0 + i, i] as const);
  const basemap: Basemap = {
    projection: 'test',
    detail: '50m',
    extent: [
      [-100, -100],
      [3000, 3000],
    ],
    countries: [
      { id: '1', name: 'A', rings: [line(4, 0), line(3, 10)] },
      { id: '2', name: 'B', rings: [line(5, 100)] },
    ],
    borders: [line(1000, 0), line(1000, 1000), line(200, 2000)],
    coastlines: [],
    places: [{ name: 'Town', country: 'NL', lat: 0, lon: 0, population: 1, x: 5, y: 6 }],
    attribution: ['credit'],
  };
  const packed = packBasemap(basemap);

  test('one land chunk per country; lines cut into chunks of bounded size with their boxes', () => {
    expect(chunkCount(packed.land)).toBe(2);
    expect(Array.from(packed.land.boxes.subarray(0, 4))).toEqual([0, 0, 12, 3]);
    expect(chunkCount(packed.borders)).toBe(2);
    expect(Array.from(packed.borders.pieces)).toEqual([0, 1000, 2000, 2200]);
    expect(Array.from(packed.borders.chunks)).toEqual([0, 1, 3]);
    expect(Array.from(packed.borders.boxes)).toEqual([0, 0, 999, 999, 1000, 0, 2199, 999]);
    expect(chunkCount(packed.coastlines)).toBe(0);
    expect(Array.from(packed.places.xy)).toEqual([5, 6]);
  });

  test('a chunk is drawn only when its box comes into view', () => {
    expect(chunkInView(packed.borders, 0, [500, 500, 600, 600])).toBe(true);
    expect(chunkInView(packed.borders, 1, [500, 500, 600, 600])).toBe(false);
  });
});

describe('kilometres on screen', () => {
  // A view 2 px per km, y up in km and down on screen, the origin at (100, 300).
  const renderer = {
    graphToViewport: ({ x, y }: { x: number; y: number }) => ({ x: 100 + 2 * x, y: 300 - 2 * y }),
    viewportToGraph: ({ x, y }: { x: number; y: number }) => ({ x: (x - 100) / 2, y: (300 - y) / 2 }),
    getDimensions: () => ({ width: 400, height: 200 }),
  };
  const transform = viewTransform(renderer);

  test('three points give the canvas matrix, the scale and the kilometres in view', () => {
    expect(transform.matrix.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([2, 0, 0, -2, 100, 300]);
    expect(transform.scale).toBeCloseTo(2, 9);
    expect(transform.view).toEqual([-50, 50, 150, 150]);
    expect(toScreen(transform, 10, 20)).toEqual({ x: 120, y: 260 });
    expect(boxInView(transform, [140, 140, 200, 200])).toBe(true);
    expect(boxInView(transform, [151, 0, 200, 40])).toBe(false);
  });
});
