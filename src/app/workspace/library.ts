/**
 * The workspace operations the explorer calls, on one shared storage, keeping the status
 * store in step (a renamed current workspace shows its new name; a deleted one stops being
 * written to). Tests swap the storage with `setWorkspaceStorage`.
 */

import type { SourceFile } from '../../io/index.ts';
import { claimFiles } from './ownership.ts';
import type { WorkspaceRecord, WorkspaceSummary } from './record.ts';
import { listChanged, useWorkspaceStatus } from './status.ts';
import { openWorkspaceStorage, type SaveOptions, type WorkspaceStorage } from './storage.ts';

let storage: WorkspaceStorage | null = null;

function shared(): WorkspaceStorage {
  storage ??= openWorkspaceStorage();
  return storage;
}

/** Replaces the shared storage (tests, or a second database); returns the previous one. */
export function setWorkspaceStorage(next: WorkspaceStorage): WorkspaceStorage | null {
  const previous = storage;
  storage = next;
  return previous;
}

export async function saveWorkspace(
  record: WorkspaceRecord,
  options?: SaveOptions,
): Promise<WorkspaceSummary> {
  const summary = await shared().save(record, options);
  listChanged();
  return summary;
}

export function loadWorkspace(id: string): Promise<WorkspaceRecord> {
  return shared().load(id);
}

export function listWorkspaces(): Promise<WorkspaceSummary[]> {
  return shared().list();
}

export async function renameWorkspace(id: string, name: string): Promise<WorkspaceSummary> {
  const summary = await shared().rename(id, name);
  const { current } = useWorkspaceStatus.getState();
  if (current?.id === id) useWorkspaceStatus.setState({ current: { id, name: summary.name } });
  listChanged();
  return summary;
}

/**
 * Deletes the workspace. When it is the one on screen, the network stays on screen but is no
 * longer autosaved (otherwise the next click would quietly bring the deleted workspace back).
 */
export async function deleteWorkspace(id: string, filesOnScreen: readonly SourceFile[] = []): Promise<void> {
  await shared().remove(id);
  const { current } = useWorkspaceStatus.getState();
  if (current?.id === id) {
    claimFiles(filesOnScreen, null);
    useWorkspaceStatus.setState({ current: null, state: 'idle', savedAt: null, error: null });
  }
  listChanged();
}

export function lastWorkspaceId(): Promise<string | null> {
  return shared().lastWorkspaceId();
}

export function rememberLastWorkspace(id: string | null): Promise<void> {
  return shared().rememberLastWorkspace(id);
}
