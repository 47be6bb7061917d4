/**
 * Workspaces in IndexedDB (through `idb`, which turns its requests into promises). Every save
 * is one transaction over all stores: if any write fails — a full quota above all — the whole
 * transaction is aborted and the previously saved version stays exactly as it was.
 */

import { type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { PhrasedError, phrase } from '../../i18n/phrase.ts';
import type { SourceFile } from '../../io/index.ts';
import {
  damaged,
  errorPhrase,
  isQuotaExceeded,
  newerVersion,
  notFound,
  storageFull,
  unavailable,
  WorkspaceError,
} from './errors.ts';
import { WORKSPACE_VERSION, type WorkspaceRecord, type WorkspaceSummary } from './record.ts';
import {
  readFiles,
  readState,
  readSummary,
  STORES,
  type StoredFiles,
  type StoredState,
  storedVersion,
} from './stored-shape.ts';

export const DEFAULT_DATABASE = 'clusterscope-workspaces';
const DATABASE_VERSION = 1;
const LAST_WORKSPACE = 'last-workspace';

export interface SaveOptions {
  /**
   * The caller knows the stored files are already these (autosave after a change of view
   * only): skip rewriting megabytes of bytes. Ignored when no files are stored yet.
   */
  keepStoredFiles?: boolean;
  /** Also remember this workspace as the one to reopen after a reload. */
  remember?: boolean;
}

export interface WorkspaceStorage {
  save(record: WorkspaceRecord, options?: SaveOptions): Promise<WorkspaceSummary>;
  load(id: string): Promise<WorkspaceRecord>;
  list(): Promise<WorkspaceSummary[]>;
  remove(id: string): Promise<void>;
  rename(id: string, name: string): Promise<WorkspaceSummary>;
  lastWorkspaceId(): Promise<string | null>;
  rememberLastWorkspace(id: string | null): Promise<void>;
  close(): void;
}

type Database = IDBPDatabase<unknown>;
type Transaction = IDBPTransaction<unknown, string[], 'readwrite'>;

export function openWorkspaceStorage(databaseName = DEFAULT_DATABASE): WorkspaceStorage {
  let opening: Promise<Database> | null = null;
  const database = (): Promise<Database> => {
    opening ??= open(databaseName, () => {
      opening = null;
    }).catch((error: unknown) => {
      opening = null;
      throw unavailable(error);
    });
    return opening;
  };

  return {
    async save(record, options = {}) {
      const db = await database();
      const summary = summarise(record);
      const previous = (await db.getKey(STORES.summaries, record.id)) !== undefined;
      await writeAtomically(db, record.name, summary.size, previous, async (tx) => {
        const files = tx.objectStore(STORES.files);
        const keep = options.keepStoredFiles && (await files.getKey(record.id)) !== undefined;
        if (!keep) await files.put(storedFiles(record.sourceFiles), record.id);
        await tx.objectStore(STORES.states).put(storedState(record), record.id);
        // The index line goes last: it is the pointer that makes the new version the current one.
        await tx.objectStore(STORES.summaries).put(summary);
        if (options.remember) await tx.objectStore(STORES.meta).put(record.id, LAST_WORKSPACE);
      });
      return summary;
    },

    async load(id) {
      const db = await database();
      const tx = db.transaction([STORES.summaries, STORES.states, STORES.files], 'readonly');
      let name = id;
      try {
        const summaryValue: unknown = await tx.objectStore(STORES.summaries).get(id);
        if (summaryValue === undefined) throw notFound(id);
        name = nameOf(summaryValue, id);
        refuseNewer(summaryValue, name);
        const summary = readSummary(summaryValue);
        const stateValue: unknown = await tx.objectStore(STORES.states).get(id);
        const filesValue: unknown = await tx.objectStore(STORES.files).get(id);
        if (stateValue === undefined || filesValue === undefined)
          throw damaged(name, phrase('workspace.error.missingPart'));
        refuseNewer(stateValue, name);
        refuseNewer(filesValue, name);
        const { session } = readState(stateValue);
        return {
          session,
          version: WORKSPACE_VERSION,
          id: summary.id,
          name: summary.name,
          savedAt: summary.savedAt,
          sourceFiles: readFiles(filesValue),
        };
      } catch (error) {
        if (error instanceof WorkspaceError) throw error;
        throw damaged(name, errorPhrase(error), error);
      }
    },

    async list() {
      const db = await database();
      const tx = db.transaction(STORES.summaries, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      const summaries = values.map((value: unknown, i) => listed(value, String(keys[i])));
      return summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async remove(id) {
      const db = await database();
      await writeAtomically(db, id, 0, true, async (tx) => {
        await tx.objectStore(STORES.summaries).delete(id);
        await tx.objectStore(STORES.states).delete(id);
        await tx.objectStore(STORES.files).delete(id);
        const meta = tx.objectStore(STORES.meta);
        if ((await meta.get(LAST_WORKSPACE)) === id) await meta.delete(LAST_WORKSPACE);
      });
    },

    async rename(id, name) {
      const trimmed = name.trim();
      if (trimmed === '') throw new WorkspaceError('invalid-name', phrase('workspace.error.invalidName'));
      const db = await database();
      return writeAtomically(db, trimmed, 0, true, async (tx) => {
        const summaries = tx.objectStore(STORES.summaries);
        const value: unknown = await summaries.get(id);
        if (value === undefined) throw notFound(id);
        let summary: WorkspaceSummary;
        try {
          summary = readSummary(value);
        } catch (error) {
          throw damaged(nameOf(value, id), errorPhrase(error), error);
        }
        const renamed = { ...summary, name: trimmed };
        await summaries.put(renamed);
        return renamed;
      });
    },

    async lastWorkspaceId() {
      const db = await database();
      const id: unknown = await db.get(STORES.meta, LAST_WORKSPACE);
      return typeof id === 'string' ? id : null;
    },

    async rememberLastWorkspace(id) {
      const db = await database();
      if (id === null) await db.delete(STORES.meta, LAST_WORKSPACE);
      else await db.put(STORES.meta, id, LAST_WORKSPACE);
    },

    close() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  };
}

function open(databaseName: string, forget: () => void): Promise<Database> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('indexedDB is not defined'));
  return openDB(databaseName, DATABASE_VERSION, {
    upgrade(db) {
      db.createObjectStore(STORES.summaries, { keyPath: 'id' });
      db.createObjectStore(STORES.states);
      db.createObjectStore(STORES.files);
      db.createObjectStore(STORES.meta);
    },
    // A newer tab wants to upgrade the database: step aside instead of blocking it.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      forget();
    },
    terminated: forget,
  });
}

/**
 * Runs `write` in one readwrite transaction over every store and aborts it on any failure, so
 * a failed save or delete leaves everything as it was. Quota errors come back as a message.
 */
async function writeAtomically<T>(
  db: Database,
  workspaceName: string,
  bytes: number,
  previous: boolean,
  write: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(Object.values(STORES), 'readwrite') as Transaction;
  // Observed in every path, so an abort never surfaces as an unhandled rejection.
  const finished = tx.done.then(
    () => null,
    (error: unknown) => error ?? new PhrasedError(phrase('workspace.error.aborted')),
  );
  let result: T;
  try {
    result = await write(tx);
  } catch (error) {
    abort(tx);
    await finished;
    throw explain(error, workspaceName, bytes, previous);
  }
  const failure = await finished;
  // The browser may only find the quota full when committing.
  if (failure !== null) throw explain(tx.error ?? failure, workspaceName, bytes, previous);
  return result;
}

function abort(tx: Transaction): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failed request, which is what we wanted.
  }
}

function explain(error: unknown, workspaceName: string, bytes: number, previous: boolean): Error {
  if (error instanceof WorkspaceError) return error;
  if (isQuotaExceeded(error)) return storageFull(workspaceName, bytes, error, previous);
  return error instanceof Error ? error : new Error(String(error));
}

function summarise(record: WorkspaceRecord): WorkspaceSummary {
  const fileBytes = record.sourceFiles.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  const positionBytes = record.session.positions?.xy.byteLength ?? 0;
  const rest = JSON.stringify({ ...record.session, positions: null }).length;
  return {
    id: record.id,
    name: record.name,
    savedAt: record.savedAt,
    size: fileBytes + positionBytes + rest,
    version: WORKSPACE_VERSION,
  };
}

/** Only the fields we mean to keep: a SourceFile may carry more at run time. */
function storedFiles(files: readonly SourceFile[]): StoredFiles {
  return {
    version: WORKSPACE_VERSION,
    files: files.map(({ name, bytes, overrides }) =>
      overrides ? { name, bytes, overrides } : { name, bytes },
    ),
  };
}

function storedState(record: WorkspaceRecord): StoredState {
  return { version: WORKSPACE_VERSION, session: record.session };
}

function refuseNewer(value: unknown, name: string): void {
  const version = storedVersion(value);
  if (version !== undefined && version > WORKSPACE_VERSION)
    throw newerVersion(name, version, WORKSPACE_VERSION);
}

function nameOf(value: unknown, fallback: string): string {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : fallback;
}

/** A list line for any entry, readable or not, so a damaged workspace can still be seen and deleted. */
function listed(value: unknown, key: string): WorkspaceSummary {
  const name = nameOf(value, `Workspace ${key.slice(0, 8)}`);
  try {
    refuseNewer(value, name);
    return readSummary(value);
  } catch (error) {
    const problem = error instanceof WorkspaceError ? error.phrase : damaged(name, errorPhrase(error)).phrase;
    return { id: key, name, savedAt: '', size: 0, version: storedVersion(value) ?? 0, problem };
  }
}
