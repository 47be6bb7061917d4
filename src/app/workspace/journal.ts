/**
 * The last moment of a page: a reload or a closed tab leaves no time for an IndexedDB
 * transaction to finish, so the session with changes not yet saved is written synchronously to
 * localStorage when the page goes (a few hundred kilobytes at 16,000 actors, well inside its
 * quota). The next start applies it when it is newer than the stored workspace, and the next
 * successful save removes it. The files themselves are already stored: only the session is
 * journalled.
 */
import { readSession } from '../session/read-session.ts';
import { SESSION_VERSION, type Session, sessionToJson } from '../session/session.ts';

const PREFIX = 'clusterscope-unsaved-';

interface Journal {
  version: number;
  savedAt: string;
  session: unknown;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled for this site
  }
}

export function writeJournal(workspaceId: string, session: Session, savedAt: Date): void {
  const entry: Journal = {
    version: SESSION_VERSION,
    savedAt: savedAt.toISOString(),
    session: sessionToJson(session),
  };
  try {
    storage()?.setItem(PREFIX + workspaceId, JSON.stringify(entry));
  } catch {
    // Full or refused: the last saved version stays, as it would without a journal.
  }
}

/** The journalled session of `workspaceId` if it is newer than `storedAt`; null otherwise. */
export function readJournal(
  workspaceId: string,
  storedAt: string,
): { session: Session; savedAt: string } | null {
  const text = storage()?.getItem(PREFIX + workspaceId);
  if (!text) return null;
  try {
    const entry = JSON.parse(text) as Journal;
    if (typeof entry.savedAt !== 'string' || entry.savedAt <= storedAt) return null;
    return { session: readSession(entry.session, entry.version), savedAt: entry.savedAt };
  } catch {
    clearJournal(workspaceId);
    return null;
  }
}

export function clearJournal(workspaceId: string): void {
  try {
    storage()?.removeItem(PREFIX + workspaceId);
  } catch {
    // Nothing to do: a stale journal is ignored once the workspace is saved after it.
  }
}
