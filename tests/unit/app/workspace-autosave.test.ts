import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { NO_FILTERS } from '../../../src/app/filters/filters.ts';
import { type AutosaveSnapshot, startAutosave } from '../../../src/app/workspace/autosave.ts';
import { deleteWorkspace, setWorkspaceStorage } from '../../../src/app/workspace/library.ts';
import { INITIAL_WORKSPACE_STATUS, useWorkspaceStatus } from '../../../src/app/workspace/status.ts';
import type { SaveOptions, WorkspaceStorage } from '../../../src/app/workspace/storage.ts';
import { everyByte, freshDatabase, snapshot } from './workspace-fixtures.ts';

const DELAY = 20;
let storage: WorkspaceStorage;
let saves: SaveOptions[];
let stop: () => void;
const explorer = createStore<AutosaveSnapshot>()(() => snapshot({ phase: 'idle' }));

beforeEach(() => {
  const inner = freshDatabase().storage;
  saves = [];
  storage = {
    ...inner,
    save: (record, options = {}) => {
      saves.push(options);
      return inner.save(record, options);
    },
  };
  setWorkspaceStorage(storage);
  useWorkspaceStatus.setState(INITIAL_WORKSPACE_STATUS);
  explorer.setState(snapshot({ phase: 'idle' }), true);
  stop = startAutosave(explorer.getState, explorer.subscribe, { delayMs: DELAY });
});

afterEach(() => {
  stop();
  storage.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, DELAY * 4));

async function savedCount(count: number) {
  await vi.waitFor(() => {
    expect(saves.length).toBe(count);
    expect(useWorkspaceStatus.getState().state).not.toBe('saving');
  });
}

describe('autosave', () => {
  it('saves a newly loaded network once, as a new workspace named after it', async () => {
    explorer.setState({ phase: 'importing' });
    explorer.setState({ phase: 'ready', sourceFiles: [...explorer.getState().sourceFiles] });
    explorer.setState({ selected: 'A' });
    await savedCount(1);
    const [workspace] = await storage.list();
    expect(workspace.name).toBe('Twente plastics');
    expect(useWorkspaceStatus.getState()).toMatchObject({
      current: { id: workspace.id, name: 'Twente plastics' },
      state: 'saved',
      error: null,
    });
    expect(await storage.lastWorkspaceId()).toBe(workspace.id);
    expect((await storage.load(workspace.id)).session.selection).toEqual(['A']);
  });

  it('writes later changes to the same workspace without rewriting the files', async () => {
    explorer.setState({ phase: 'ready' });
    await savedCount(1);
    explorer.setState({ selected: 'C', filters: { ...NO_FILTERS, actorKinds: ['knowledge'] } });
    await savedCount(2);
    expect(saves[1].keepStoredFiles).toBe(true);
    const list = await storage.list();
    expect(list).toHaveLength(1);
    expect((await storage.load(list[0].id)).session.filters).toEqual({
      ...NO_FILTERS,
      actorKinds: ['knowledge'],
    });
  });

  it('ignores layout frames, and saves positions when the layout stops', async () => {
    explorer.setState({
      phase: 'ready',
      layout: { state: 'running', iterations: 1, elapsedMilliseconds: 1 },
    });
    await savedCount(1);
    for (let frame = 0; frame < 20; frame++)
      explorer.setState({ layout: { state: 'running', iterations: 1, elapsedMilliseconds: 1 } });
    await settle();
    expect(saves).toHaveLength(1);
    explorer.setState({ layout: { state: 'settled', iterations: 1, elapsedMilliseconds: 1 } });
    await savedCount(2);
  });

  it('starts a new workspace when other files are opened, keeping the first', async () => {
    explorer.setState({ phase: 'ready', selected: 'A' });
    await savedCount(1);
    explorer.setState({ networkName: 'Other', sourceFiles: [{ name: 'other.csv', bytes: everyByte(10) }] });
    await savedCount(2);
    const list = await storage.list();
    expect(list.map((w) => w.name).sort()).toEqual(['Other', 'Twente plastics']);
    const first = list.find((w) => w.name === 'Twente plastics');
    expect((await storage.load(first?.id ?? '')).session.selection).toEqual(['A']);
  });

  it('stops saving a network whose workspace was deleted', async () => {
    explorer.setState({ phase: 'ready' });
    await savedCount(1);
    const { current } = useWorkspaceStatus.getState();
    await deleteWorkspace(current?.id ?? '', explorer.getState().sourceFiles);
    explorer.setState({ selected: 'C' });
    await settle();
    expect(saves).toHaveLength(1);
    expect(await storage.list()).toEqual([]);
  });

  it('reports a full quota in the status and keeps going', async () => {
    const save = storage.save;
    storage.save = async () => {
      saves.push({});
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    explorer.setState({ phase: 'ready' });
    await savedCount(1);
    storage.save = save;
    expect(useWorkspaceStatus.getState().state).toBe('error');
  });
});
