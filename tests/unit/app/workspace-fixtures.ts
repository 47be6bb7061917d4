/** Shared makings for the workspace tests: a small display-like graph and an explorer snapshot. */
import Graph from 'graphology';
import { DEFAULT_APPEARANCE } from '../../../src/app/appearance/appearance.ts';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import { DEFAULT_MAP_SETTINGS } from '../../../src/app/map/map-settings.ts';
import type { AutosaveSnapshot } from '../../../src/app/workspace/autosave.ts';
import { openWorkspaceStorage, type WorkspaceStorage } from '../../../src/app/workspace/storage.ts';
import type { SourceFile } from '../../../src/io/index.ts';

let databases = 0;

/** A fresh database per test, so tests never see each other's workspaces. */
export function freshDatabase(): { storage: WorkspaceStorage; name: string } {
  databases += 1;
  const name = `workspace-test-${databases}`;
  return { storage: openWorkspaceStorage(name), name };
}

export function positionedGraph(keys: readonly string[], seed = 1) {
  const graph = new Graph<{ x: number; y: number; size: number }>({ type: 'undirected' });
  keys.forEach((key, i) => {
    graph.addNode(key, { x: (i + 1) * 10.123456789 * seed, y: -(i + 1) * 3.3 * seed, size: 1 });
  });
  return graph;
}

export function everyByte(length: number, offset = 0): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i + offset) % 256);
}

export function snapshot(overrides: Partial<AutosaveSnapshot> = {}): AutosaveSnapshot {
  const files: SourceFile[] = [
    {
      name: 'actors.csv',
      bytes: everyByte(1000),
      overrides: { delimiter: ';', decimalMark: ',', headerRow: 2 },
    },
    { name: 'relations.xlsx', bytes: everyByte(5000, 7) },
  ];
  return {
    phase: 'ready',
    networkName: 'Twente plastics',
    sourceFiles: files,
    importOptions: {
      symmetrise: 'reciprocated',
      acceptedMerges: [{ into: 'Acme BV', names: ['ACME B.V.'] }],
    },
    analysisSettings: { localBy: 'country', seed: 7 },
    sampleId: null,
    attribution: null,
    selected: 'B',
    pinned: ['C'],
    display: { graph: positionedGraph(['A', 'B', 'C']) },
    layout: { state: 'settled', iterations: 400, elapsedMilliseconds: 2000 },
    timeWindow: { from: 2019, to: 2022 },
    comparison: { from: { from: 2015, to: 2015 }, to: { from: 2019, to: 2020 }, rankBy: 'betweenness' },
    filters: { ...NO_FILTERS, actorKinds: ['firm'], minStrength: 2 },
    appearance: { ...DEFAULT_APPEARANCE, colourBy: { type: 'measure', id: 'community' } },
    view: 'clusters',
    labelDensity: 0.5,
    language: 'nl',
    layoutMode: 'force',
    mapSettings: DEFAULT_MAP_SETTINGS,
    statistics: {
      testId: 'ei-uniform-graph',
      drafts: { 'ei-uniform-graph': { field: 'country', permutations: '499', perGroup: false } },
    },
    ...overrides,
  };
}
