/**
 * The workspace layer bound to the running explorer: its store, its loader and its layout.
 * Everything else in this folder takes these as arguments, so it is tested without them.
 */
import { phrase } from '../../i18n/phrase.ts';
import { cameraState } from '../canvas/renderer.ts';
import { openNetwork } from '../pipeline/controller.ts';
import { captureSession } from '../session/session.ts';
import { useExplorer } from '../store.ts';
import { type AutosaveSnapshot, startAutosave } from './autosave.ts';
import { writeJournal } from './journal.ts';
import { deleteWorkspace, lastWorkspaceId, loadWorkspace, rememberLastWorkspace } from './library.ts';
import { restoreWorkspace } from './restore.ts';
import { reportWorkspaceError } from './status.ts';
import { mayWrite } from './tab-lock.ts';
import { autosaveTarget, newWorkspace, writeWorkspace } from './write-workspace.ts';

export function explorerSnapshot(): AutosaveSnapshot {
  return useExplorer.getState();
}

/** Starts saving the explorer to IndexedDB as it changes; returns the function that stops it. */
export function startExplorerAutosave(): () => void {
  return startAutosave(explorerSnapshot, useExplorer.subscribe, {
    keepUnsaved(state, at) {
      const target = autosaveTarget(state);
      if (target && mayWrite(target.id)) writeJournal(target.id, captureSession(state, cameraState()), at);
    },
  });
}

/** Opens a saved workspace in the explorer. False (with the reason in the status) when it could not. */
export async function openWorkspace(id: string): Promise<boolean> {
  await saveBeforeLeaving();
  let restored: boolean;
  let name = id;
  try {
    const record = await loadWorkspace(id);
    name = record.name;
    restored = await restoreWorkspace(record, openNetwork);
  } catch (error) {
    reportWorkspaceError(error);
    return false;
  }
  if (!restored) {
    reportWorkspaceError(useExplorer.getState().error ?? phrase('workspace.error.notOpened', { name }));
    return false;
  }
  await rememberLastWorkspace(id).catch(reportWorkspaceError);
  return true;
}

/** Autosave waits for a quiet moment; switching away must not drop the last changes. */
async function saveBeforeLeaving(): Promise<void> {
  const state = explorerSnapshot();
  if (state.phase !== 'ready') return;
  const target = autosaveTarget(state);
  if (target !== null) await writeWorkspace(state, target, new Date(), cameraState());
}

let starting: Promise<void> | null = null;

/**
 * On start: reopen the workspace of the last session, or run `fallback` (the default sample)
 * when there is none or it cannot be opened. Runs once however often it is called (React's
 * strict mode runs effects twice).
 */
export function openLastWorkspaceOr(fallback: () => Promise<void> | void): Promise<void> {
  starting ??= (async () => {
    const id = await lastWorkspaceId().catch((error: unknown) => {
      reportWorkspaceError(error);
      return null;
    });
    if (id !== null && (await openWorkspace(id))) return;
    await fallback();
  })();
  return starting;
}

/** Saves what is on screen as a new workspace, which becomes the current one. */
export async function saveAsNewWorkspace(name: string): Promise<boolean> {
  const trimmed = name.trim();
  const state = explorerSnapshot();
  if (trimmed === '' || state.phase !== 'ready') return false;
  return writeWorkspace(state, newWorkspace(trimmed), new Date(), cameraState());
}

/** Deletes a workspace; the network on screen stays but stops being saved if it was that one. */
export function deleteWorkspaceFromExplorer(id: string): Promise<void> {
  return deleteWorkspace(id, useExplorer.getState().sourceFiles).catch(reportWorkspaceError);
}
