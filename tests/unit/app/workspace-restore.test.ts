import { describe, expect, it, vi } from 'vitest';
import { captureWorkspace } from '../../../src/app/workspace/capture.ts';
import { onDefaults } from '../../../src/app/workspace/on-defaults.ts';
import { areFilesStored, ownerOfFiles } from '../../../src/app/workspace/ownership.ts';
import { type RestoreTarget, restoreWorkspace } from '../../../src/app/workspace/restore.ts';
import { useWorkspaceStatus } from '../../../src/app/workspace/status.ts';
import { everyByte, positionedGraph, snapshot } from './workspace-fixtures.ts';

type Graph = ReturnType<typeof positionedGraph>;
type State = ReturnType<RestoreTarget<Graph>['getState']>;

/** Stands in for the explorer: loading builds a graph of the same network at other positions. */
function fakeExplorer(keys = ['A', 'B', 'C']) {
  let state: State = { phase: 'idle', error: null, sourceFiles: [], display: null };
  const target = {
    loadFiles: vi.fn(async (_name: string, files: State['sourceFiles']) => {
      state = {
        phase: 'ready',
        error: null,
        sourceFiles: files,
        display: { graph: positionedGraph(keys, 42) },
      };
    }),
    getState: () => state,
    setState: vi.fn(),
    startLayout: vi.fn(),
  } satisfies RestoreTarget<Graph>;
  return target;
}

const record = captureWorkspace(snapshot({ sampleId: 'twente', attribution: 'CC BY 4.0' }), {
  id: 'w1',
  name: 'Monday',
  savedAt: new Date('2025-03-04T12:03:00Z'),
});

describe('restoring a workspace', () => {
  it('reloads the saved files with their options, then puts back positions and selection', async () => {
    const explorer = fakeExplorer();
    const outcome = await restoreWorkspace(record, explorer);

    expect(outcome).toMatchObject({ restored: true, positionsApplied: true, filters: record.filters });
    expect(explorer.loadFiles).toHaveBeenCalledWith(
      'Twente plastics',
      record.sourceFiles,
      record.importOptions,
      record.analysisSettings,
    );
    const graph = explorer.getState().display?.graph as Graph;
    expect(graph.getNodeAttribute('B', 'x')).toBe(record.positions?.xy[2]);
    // The layout had settled: it stays where it was instead of running again.
    expect(explorer.startLayout).toHaveBeenCalledWith(graph, { paused: true });
    expect(explorer.setState).toHaveBeenCalledWith({
      selected: 'B',
      sampleId: 'twente',
      attribution: 'CC BY 4.0',
    });
    expect(useWorkspaceStatus.getState().current).toEqual({ id: 'w1', name: 'Monday' });
    // Autosave will write back to this workspace without rewriting the bytes it just read.
    expect(ownerOfFiles(record.sourceFiles)).toBe('w1');
    expect(areFilesStored('w1', record.sourceFiles)).toBe(true);
  });

  it('lets the layout run afresh when none of the saved actors came back', async () => {
    const explorer = fakeExplorer(['X', 'Y']);
    const outcome = await restoreWorkspace(record, explorer);
    expect(outcome).toMatchObject({ restored: true, positionsApplied: false });
    expect(explorer.startLayout).not.toHaveBeenCalled();
    expect(explorer.setState).toHaveBeenCalledWith(expect.objectContaining({ selected: null }));
  });

  it('gives way when another network was opened meanwhile', async () => {
    const explorer = fakeExplorer();
    explorer.loadFiles.mockImplementationOnce(async () => undefined);
    const outcome = await restoreWorkspace(record, explorer);
    expect(outcome.restored).toBe(false);
    expect(outcome.error).toContain('Monday');
    expect(explorer.setState).not.toHaveBeenCalled();
  });

  it('does not claim files it has not seen', () => {
    expect(ownerOfFiles([{ name: 'new.csv', bytes: everyByte(4) }])).toBeUndefined();
  });
});

describe('saved filters and appearance', () => {
  const defaults = { kinds: [] as string[], minStrength: 0, fromYear: null as number | null, ego: null };

  it('keep the settings that fit and fall back for the rest', () => {
    expect(onDefaults({ kinds: ['firm'], minStrength: 'high', fromYear: 2015, extra: 1 }, defaults)).toEqual({
      kinds: ['firm'],
      minStrength: 0,
      fromYear: 2015,
      ego: null,
    });
    expect(onDefaults(null, defaults)).toBe(defaults);
    expect(onDefaults(['not', 'an', 'object'], defaults)).toBe(defaults);
  });
});
