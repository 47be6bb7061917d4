import { describe, expect, it, vi } from 'vitest';
import type { OpenRequest } from '../../../src/app/pipeline/controller.ts';
import { readSession } from '../../../src/app/session/read-session.ts';
import { DEFAULT_STATISTICS_CHOICE } from '../../../src/app/views/statistics/form.ts';
import { captureWorkspace } from '../../../src/app/workspace/capture.ts';
import { areFilesStored, ownerOfFiles } from '../../../src/app/workspace/ownership.ts';
import { restoreWorkspace } from '../../../src/app/workspace/restore.ts';
import { useWorkspaceStatus } from '../../../src/app/workspace/status.ts';
import { inDutch, inEnglish } from '../i18n/words.ts';
import { everyByte, snapshot } from './workspace-fixtures.ts';

const record = captureWorkspace(
  snapshot({ sampleId: 'twente', attribution: 'CC BY 4.0' }),
  { id: 'w1', name: 'Monday', savedAt: new Date('2025-03-04T12:03:00Z') },
  { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 },
);

describe('restoring a workspace', () => {
  it('opens the saved files with the whole saved session, through the one restore path', async () => {
    const open = vi.fn(async (_request: OpenRequest) => true);
    expect(await restoreWorkspace(record, open)).toBe(true);
    expect(open).toHaveBeenCalledWith({
      name: 'Twente plastics',
      files: record.sourceFiles,
      session: record.session,
    });
    const { session } = record;
    expect(session).toMatchObject({
      sampleId: 'twente',
      attribution: 'CC BY 4.0',
      selection: ['B'],
      pinned: ['C'],
      view: 'clusters',
      timeWindow: { from: 2019, to: 2022 },
      camera: { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 },
      importOptions: { symmetrise: 'reciprocated' },
    });
    expect(session.positions?.keys).toEqual(['A', 'B', 'C']);
    expect(session.positions?.layout).toBe('settled');
    expect(useWorkspaceStatus.getState().current).toEqual({ id: 'w1', name: 'Monday' });
    // Autosave will write back to this workspace without rewriting the bytes it just read.
    expect(ownerOfFiles(record.sourceFiles)).toBe('w1');
    expect(areFilesStored('w1', record.sourceFiles)).toBe(true);
  });

  it('says when it was not opened', async () => {
    expect(await restoreWorkspace(record, async () => false)).toBe(false);
  });

  it('does not claim files it has not seen', () => {
    expect(ownerOfFiles([{ name: 'new.csv', bytes: everyByte(4) }])).toBeUndefined();
  });
});

describe('reading a saved session', () => {
  it('reads back what was captured', () => {
    const json = JSON.parse(
      JSON.stringify({
        ...record.session,
        positions: { ...record.session.positions, xy: [...(record.session.positions?.xy ?? [])] },
      }),
    );
    const read = readSession(json);
    expect(read.filters).toEqual(record.session.filters);
    expect(read.comparison).toEqual({
      from: { from: 2015, to: 2015 },
      to: { from: 2019, to: 2020 },
      rankBy: 'betweenness',
    });
    expect(read.appearance).toEqual(record.session.appearance);
    expect(read.positions?.xy).toEqual(record.session.positions?.xy);
    expect(read.statistics).toEqual({
      testId: 'ei-uniform-graph',
      drafts: { 'ei-uniform-graph': { field: 'country', permutations: '499', perGroup: false } },
    });
  });

  it('reads the Statistics choice: known tests and declared options only, the default when absent', () => {
    const base = JSON.parse(JSON.stringify({ ...record.session, positions: null }));
    const hostile = JSON.parse(
      '{"testId":"no-such-test","drafts":{"__proto__":{"polluted":"yes"},' +
        '"ei-permutation":{"field":"sector","__proto__":"x","permutations":12,"perGroup":true,"sneaky":"y"}}}',
    );
    const read = readSession({ ...base, statistics: hostile });
    expect(read.statistics.testId).toBe(DEFAULT_STATISTICS_CHOICE.testId);
    // A number where text was typed is not a draft value; undeclared names are dropped.
    expect(read.statistics.drafts).toEqual({ 'ei-permutation': { field: 'sector', perGroup: true } });
    expect(Object.getPrototypeOf(read.statistics.drafts)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { statistics: _left, ...older } = base;
    expect(readSession(older).statistics).toEqual(DEFAULT_STATISTICS_CHOICE);
  });

  it('keeps the settings that fit and falls back for the rest', () => {
    const read = readSession({
      ...JSON.parse(JSON.stringify({ ...record.session, positions: null })),
      filters: {
        actorKinds: ['firm', 'spaceship'],
        minStrength: 'high',
        measure: { id: 'gone', min: 1, max: 2 },
      },
      appearance: { colourBy: { type: 'measure', id: 'no_such_measure' }, sizeBy: 'betweenness' },
      view: 'nowhere',
      comparison: { from: { from: 2015, to: 2015 }, to: { from: 2020, to: 2019 }, rankBy: 'pagerank' },
    });
    const rankedByGone = readSession({
      ...JSON.parse(JSON.stringify({ ...record.session, positions: null })),
      comparison: { from: { from: 2015, to: 2015 }, to: { from: 2019, to: 2019 }, rankBy: 'gone' },
    });
    expect(read.filters.actorKinds).toEqual(['firm']);
    expect(read.filters.minStrength).toBe(0);
    expect(read.filters.measure).toBeNull();
    expect(read.appearance.colourBy).toEqual({ type: 'kind' });
    expect(read.appearance.sizeBy).toBe('betweenness');
    expect(read.view).toBe('map');
    // Windows the wrong way round are no comparison; a measure that is gone falls back to degree.
    expect(read.comparison).toBeNull();
    expect(rankedByGone.comparison?.rankBy).toBe('degree');
  });

  it('refuses a session from a newer version with a clear message', () => {
    let thrown: unknown;
    try {
      readSession({}, 99);
    } catch (error) {
      thrown = error;
    }
    expect(inEnglish(thrown)).toMatch(/newer version of Clusterscope \(format 99;/);
    expect(inDutch(thrown)).toMatch(/nieuwere versie van Clusterscope \(formaat 99;/);
  });

  it('reads version 1 workspaces: years become the time window', () => {
    const read = readSession(
      {
        version: 1,
        networkName: 'Old',
        importOptions: {},
        analysisSettings: { localBy: 'country' },
        sampleId: null,
        attribution: null,
        positions: null,
        selection: ['A'],
        filters: { actorKinds: ['firm'], fromYear: 2015, toYear: 2018 },
        appearance: null,
      },
      1,
    );
    expect(read.timeWindow).toEqual({ from: 2015, to: 2018 });
    expect(read.filters.actorKinds).toEqual(['firm']);
    expect(read.selection).toEqual(['A']);
  });
});
