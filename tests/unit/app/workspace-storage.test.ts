import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { positionLookup } from '../../../src/app/session/session.ts';
import { captureWorkspace } from '../../../src/app/workspace/capture.ts';
import { WorkspaceError } from '../../../src/app/workspace/errors.ts';
import { WORKSPACE_VERSION } from '../../../src/app/workspace/record.ts';
import type { WorkspaceStorage } from '../../../src/app/workspace/storage.ts';
import { inDutch, inEnglish } from '../i18n/words.ts';
import { everyByte, freshDatabase, positionedGraph, snapshot } from './workspace-fixtures.ts';

const at = new Date('2025-03-04T12:03:00Z');
let storage: WorkspaceStorage;
let databaseName = '';

function freshStorage(): WorkspaceStorage {
  const fresh = freshDatabase();
  databaseName = fresh.name;
  return fresh.storage;
}

afterEach(() => storage?.close());

function capture(id: string, name: string, overrides = {}, savedAt = at) {
  return captureWorkspace(snapshot(overrides), { id, name, savedAt });
}

async function rejection(promise: Promise<unknown>): Promise<WorkspaceError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  return error as WorkspaceError;
}

/** Writes straight into the database, as a damaged disk or an older bug would. */
async function tamper(storageName: string, store: string, key: string | undefined, value: unknown) {
  const request = indexedDB.open(storageName);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    if (key === undefined) tx.objectStore(store).put(value);
    else tx.objectStore(store).put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('workspace capture and storage', () => {
  it('round-trips files byte for byte, positions exactly, and the rest as saved', async () => {
    storage = freshStorage();
    const original = positionedGraph(['A', 'B', 'C']);
    const state = snapshot({ display: { graph: original } });
    const record = captureWorkspace(state, { id: 'w1', name: 'Monday', savedAt: at });
    await storage.save(record);
    const loaded = await storage.load('w1');

    expect(loaded.sourceFiles.map((file) => file.name)).toEqual(['actors.csv', 'relations.xlsx']);
    expect(loaded.sourceFiles[0].bytes).toEqual(state.sourceFiles[0].bytes);
    expect(loaded.sourceFiles[1].bytes).toEqual(state.sourceFiles[1].bytes);
    expect(loaded.sourceFiles[0].overrides).toEqual({ delimiter: ';', decimalMark: ',', headerRow: 2 });
    expect(loaded.session.positions?.xy).toEqual(record.session.positions?.xy);
    expect(loaded).toMatchObject({ id: 'w1', name: 'Monday', savedAt: at.toISOString() });
    expect(loaded.session).toMatchObject({
      networkName: 'Twente plastics',
      importOptions: state.importOptions,
      analysisSettings: state.analysisSettings,
      selection: ['B'],
      pinned: ['C'],
      timeWindow: state.timeWindow,
      comparison: state.comparison,
      filters: state.filters,
      appearance: state.appearance,
      view: state.view,
      labelDensity: state.labelDensity,
    });

    // Positions come back by key, as stored (float32).
    const positionOf = positionLookup(loaded.session.positions ?? fail());
    for (const key of ['A', 'B', 'C']) {
      expect(positionOf(key)?.x).toBe(Math.fround(original.getNodeAttributes(key).x));
      expect(positionOf(key)?.y).toBe(Math.fround(original.getNodeAttributes(key).y));
    }
  });

  it('places actors by key, so a subset saved while filtered lands where it stood', () => {
    const saved = capture('w1', 'Monday').session.positions ?? fail();
    const positionOf = positionLookup(saved);
    expect(positionOf('A')?.x).toBe(saved.xy[0]);
    expect(positionOf('C')?.y).toBe(saved.xy[5]);
    expect(positionOf('D')).toBeUndefined();
  });

  it('refuses filters that are not plain JSON when capturing', () => {
    expect(() => capture('w1', 'x', { filters: { when: new Date() } as never })).toThrow(/filters\.when/);
    expect(() => capture('w1', 'x', { appearance: { scale: Number.NaN } as never })).toThrow(
      /appearance\.scale/,
    );
  });

  it('lists, renames and deletes, remembering the last workspace', async () => {
    storage = freshStorage();
    await storage.save(capture('a', 'Older', {}, new Date('2025-01-01T00:00:00Z')));
    await storage.save(capture('b', 'Newer', {}, new Date('2025-02-01T00:00:00Z')), { remember: true });
    expect(await storage.lastWorkspaceId()).toBe('b');

    const list = await storage.list();
    expect(list.map((w) => [w.id, w.name])).toEqual([
      ['b', 'Newer'],
      ['a', 'Older'],
    ]);
    expect(list[0].size).toBeGreaterThan(6000);

    await storage.rename('a', '  Region study  ');
    expect((await storage.list()).find((w) => w.id === 'a')?.name).toBe('Region study');
    expect((await storage.load('a')).name).toBe('Region study');
    await expect(storage.rename('a', ' ')).rejects.toMatchObject({ problem: 'invalid-name' });

    await storage.remove('b');
    expect((await storage.list()).map((w) => w.id)).toEqual(['a']);
    expect(await storage.lastWorkspaceId()).toBeNull();
    expect((await rejection(storage.load('b'))).problem).toBe('not-found');
  });

  it('rewrites only the small parts when the stored files are known to be current', async () => {
    storage = freshStorage();
    await storage.save(capture('a', 'A'));
    const moved = capture('a', 'A', {
      selected: 'C',
      sourceFiles: [{ name: 'other.csv', bytes: everyByte(3) }],
    });
    await storage.save(moved, { keepStoredFiles: true });
    const loaded = await storage.load('a');
    expect(loaded.session.selection).toEqual(['C']);
    expect(loaded.sourceFiles.map((file) => file.name)).toEqual(['actors.csv', 'relations.xlsx']);
  });
});

describe('workspace storage when things go wrong', () => {
  // The pointer (workspaces) is written last: failing there proves the earlier writes roll back.
  it.each(['files', 'states', 'workspaces'])(
    'a full quota while writing %s keeps the previous version and says so',
    async (failing) => {
      storage = freshStorage();
      await storage.save(capture('a', 'Region study'));
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function quotaFull(
        this: IDBObjectStore,
        ...args: Parameters<typeof put>
      ) {
        if (this.name === failing)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
      try {
        const bigger = capture('a', 'Region study', {
          selected: 'C',
          sourceFiles: [{ name: 'huge.csv', bytes: everyByte(20_000) }],
        });
        const error = await rejection(storage.save(bigger));
        expect(error.problem).toBe('storage-full');
        expect(inEnglish(error)).toMatch(
          /^Your browser's storage for Clusterscope is full: .*“Region study”/,
        );
        expect(inEnglish(error)).toContain('nothing else was changed');
        expect(inEnglish(error)).toContain('its last saved version is still there');
        expect(inDutch(error)).toContain('de laatst opgeslagen versie is er nog');

        const brandNew = await rejection(storage.save(capture('n', 'New one')));
        expect(brandNew.problem).toBe('storage-full');
        // A workspace never saved before has no last version to fall back on: none is promised.
        expect(inEnglish(brandNew)).not.toContain('last saved version');
      } finally {
        IDBObjectStore.prototype.put = put;
      }
      const kept = await storage.load('a');
      expect(kept.session.selection).toEqual(['B']);
      expect(kept.sourceFiles.map((file) => file.name)).toEqual(['actors.csv', 'relations.xlsx']);
      expect((await storage.list()).map((w) => w.id)).toEqual(['a']);
    },
  );

  it('a damaged entry names its workspace, and the others still open', async () => {
    storage = freshStorage();
    await storage.save(capture('a', 'Damaged one'));
    await storage.save(capture('b', 'Healthy one'));
    await tamper(databaseName, 'states', 'a', { version: 1, positions: { xy: 'not numbers' } });

    const error = await rejection(storage.load('a'));
    expect(error.problem).toBe('damaged');
    expect(inEnglish(error)).toContain('“Damaged one”');
    expect(inEnglish(error)).toContain('other workspaces are not affected');
    expect(inDutch(error)).toContain('‘Damaged one’ is beschadigd');
    expect((await storage.load('b')).name).toBe('Healthy one');
  });

  it('a damaged index line is listed with its problem and can be deleted', async () => {
    storage = freshStorage();
    await storage.save(capture('b', 'Healthy one'));
    await tamper(databaseName, 'workspaces', undefined, { id: 'x', name: 'Broken', savedAt: 5 });
    const list = await storage.list();
    const broken = list.find((w) => w.id === 'x');
    expect(inEnglish(broken?.problem)).toMatch(/“Broken” is damaged/);
    expect(list.find((w) => w.id === 'b')?.problem).toBeUndefined();
    await storage.remove('x');
    expect((await storage.list()).map((w) => w.id)).toEqual(['b']);
  });

  it('refuses a workspace saved by a newer version, leaving it alone', async () => {
    storage = freshStorage();
    await storage.save(capture('a', 'From the future'));
    const record = capture('a', 'From the future');
    await tamper(databaseName, 'workspaces', undefined, {
      id: 'a',
      name: record.name,
      savedAt: record.savedAt,
      size: 1,
      version: WORKSPACE_VERSION + 1,
    });
    const error = await rejection(storage.load('a'));
    expect(error.problem).toBe('newer-version');
    expect(inEnglish(error)).toMatch(
      new RegExp(
        `“From the future” was saved by a newer version of Clusterscope \\(format ${WORKSPACE_VERSION + 1}`,
      ),
    );
    expect(inEnglish((await storage.list())[0].problem)).toMatch(/newer version/);
  });
});

function fail(): never {
  throw new Error('expected a value');
}
