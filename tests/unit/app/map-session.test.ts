/**
 * The map in the session: the layout mode and map settings are saved and read back (what does
 * not fit falls back to its default), and a session saved while the map is shown keeps the force
 * layout's positions, not the map's.
 */
import Graph from 'graphology';
import { describe, expect, test } from 'vitest';
import {
  forcePositionsOf,
  keepForcePositions,
  takeForcePositions,
} from '../../../src/app/map/force-positions.ts';
import { framedBox, mapBoxOf, normalised } from '../../../src/app/map/map-layout.ts';
import { DEFAULT_MAP_SETTINGS, readLayoutMode, readMapSettings } from '../../../src/app/map/map-settings.ts';
import { readSession } from '../../../src/app/session/read-session.ts';
import { captureSession, sessionToJson } from '../../../src/app/session/session.ts';
import { project } from '../../../src/geo/basemap.ts';
import { snapshot } from './workspace-fixtures.ts';

describe('map settings in the session', () => {
  test('read back value by value; what does not fit falls back to its default', () => {
    expect(readLayoutMode('map')).toBe('map');
    expect(readLayoutMode('globe')).toBe('force');
    expect(
      readMapSettings({
        flows: 'countries',
        flowWidth: 'strength',
        attachment: true,
        view: [4.9, 50.25, 6.75, 51.35],
      }),
    ).toEqual({
      flows: 'countries',
      flowWidth: 'strength',
      attachment: true,
      view: [4.9, 50.25, 6.75, 51.35],
    });
    expect(
      readMapSettings({ flows: 'provinces', flowWidth: 3, attachment: 'yes', view: [10, 0, 5, 1] }),
    ).toEqual(DEFAULT_MAP_SETTINGS);
    expect(readMapSettings(null)).toEqual(DEFAULT_MAP_SETTINGS);
    expect(readMapSettings({ view: [0, 0, 1, Number.NaN] }).view).toBeNull();
  });

  test('saved and opened again as they were; an older session opens in the force layout', () => {
    const state = snapshot({
      layoutMode: 'map',
      mapSettings: { flows: 'regions', flowWidth: 'strength', attachment: true, view: null },
    });
    const json = JSON.parse(JSON.stringify(sessionToJson(captureSession(state, null))));
    const session = readSession(json);
    expect(session.layoutMode).toBe('map');
    expect(session.mapSettings).toEqual(state.mapSettings);
    const { layoutMode: _mode, mapSettings: _settings, ...older } = json;
    expect(readSession(older)).toMatchObject({ layoutMode: 'force', mapSettings: DEFAULT_MAP_SETTINGS });
  });

  test('on the map, the session saves the force positions kept aside, not the map positions', () => {
    const graph = new Graph<{ x: number; y: number }>();
    graph.addNode('a', { x: -300, y: -120 });
    graph.addNode('b', { x: -280, y: -130 });
    keepForcePositions(graph, Float32Array.from([1, 2, 3, 4]));
    const session = captureSession(snapshot({ display: { graph }, layoutMode: 'map' }), null);
    expect(session.positions?.keys).toEqual(['a', 'b']);
    expect(Array.from(session.positions?.xy ?? [])).toEqual([1, 2, 3, 4]);
    const source = forcePositionsOf(graph);
    const seen: [string, number, number][] = [];
    source?.forEachNode((key, { x, y }) => seen.push([key, x, y]));
    expect(seen).toEqual([
      ['a', 1, 2],
      ['b', 3, 4],
    ]);
    takeForcePositions(graph);
    expect(forcePositionsOf(graph)).toBeNull();
    const back = captureSession(snapshot({ display: { graph } }), null);
    expect(Array.from(back.positions?.xy ?? [])).toEqual([-300, -120, -280, -130]);
  });
});

describe('framing the map', () => {
  test("a box in km, in sigma's unit square under the frame's bounding box", () => {
    const frame = { x: [0, 200] as [number, number], y: [0, 100] as [number, number] };
    expect(framedBox({ xMin: 0, xMax: 200, yMin: 0, yMax: 100 }, frame)).toEqual({
      minX: 0,
      maxX: 1,
      minY: 0.25,
      maxY: 0.75,
    });
    expect(Array.from(normalised(Float32Array.from([100, 50, 0, 0]), frame))).toEqual([0.5, 0.5, 0, 0.25]);
  });

  test('a longitude/latitude view becomes the km box around it', () => {
    const box = mapBoxOf([4.9, 50.25, 6.75, 51.35]);
    const [x, y] = project(5.69, 50.85);
    expect(x).toBeGreaterThan(box.xMin);
    expect(x).toBeLessThan(box.xMax);
    expect(y).toBeGreaterThan(box.yMin);
    expect(y).toBeLessThan(box.yMax);
    expect(box.xMax - box.xMin).toBeGreaterThan(120);
    expect(box.xMax - box.xMin).toBeLessThan(140);
  });
});
