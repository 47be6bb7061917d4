/**
 * Workspaces: the explorer's state kept in this browser (IndexedDB), so a reload or a crashed
 * tab brings everything back, and named workspaces to switch between.
 *
 * WIRING (App.tsx) — replace the start-up effect and add the menu to the top bar:
 *
 *   import { openLastWorkspaceOr, startExplorerAutosave, WorkspaceMenu } from './workspace/index.ts';
 *
 *   useEffect(() => {
 *     if (useExplorer.getState().phase === 'idle') void openLastWorkspaceOr(() => loadSample(DEFAULT_SAMPLE));
 *     return startExplorerAutosave();
 *   }, []);
 *   …
 *   <FileMenu />
 *   <WorkspaceMenu />
 *
 * load.ts needs no change: a restore calls `loadFiles` with the saved bytes, options and
 * settings, then writes the saved positions into the new display graph and restarts the layout
 * paused (or running, if it was still running when saved), then sets `selected`, `sampleId`
 * and `attribution` (loadFiles clears them).
 *
 * FILTERS AND APPEARANCE are read from the explorer's store (`filters`, `appearance`) and
 * put back after a restore, each setting checked against NO_FILTERS / DEFAULT_APPEARANCE.
 * Positions are saved by actor key, so a workspace saved while filtered comes back filtered,
 * with its actors where they stood.
 *
 * WHAT GETS SAVED, WHEN: see autosave.ts (1.5 s after the last change; positions when the
 * layout settles or pauses). Opening new files starts a new workspace named after the network;
 * re-importing the same files (accepted merges) keeps writing to the current one; see
 * ownership.ts. Large bytes live in their own object store, so listing is cheap; a save is one
 * transaction, so a full quota leaves the previous version intact (see storage.ts).
 *
 * ERRORS: WorkspaceError with `problem` = 'storage-full' | 'damaged' | 'newer-version' |
 * 'not-found' | 'unavailable' | 'invalid-name' and a message for the user. Operations started
 * from the menu or by autosave put the message in `useWorkspaceStatus().error`.
 */
export { type AutosaveOptions, type AutosaveSnapshot, startAutosave } from './autosave.ts';
export {
  captureWorkspace,
  type ExplorerSnapshot,
  newWorkspaceId,
  type WorkspaceIdentity,
} from './capture.ts';
export { WorkspaceError, type WorkspaceProblem } from './errors.ts';
export {
  deleteWorkspaceFromExplorer,
  explorerSnapshot,
  openLastWorkspaceOr,
  openWorkspace,
  saveAsNewWorkspace,
  startExplorerAutosave,
} from './explorer.ts';
export {
  deleteWorkspace,
  lastWorkspaceId,
  listWorkspaces,
  loadWorkspace,
  rememberLastWorkspace,
  renameWorkspace,
  saveWorkspace,
  setWorkspaceStorage,
} from './library.ts';
export { applyPositions, type PositionGraph, packPositions } from './positions.ts';
export {
  type SavedPositions,
  WORKSPACE_VERSION,
  type WorkspaceRecord,
  type WorkspaceSummary,
} from './record.ts';
export { type RestoreOutcome, type RestoreTarget, restoreWorkspace } from './restore.ts';
export { type SaveState, useWorkspaceStatus, type WorkspaceStatus } from './status.ts';
export { openWorkspaceStorage, type SaveOptions, type WorkspaceStorage } from './storage.ts';
export { WorkspaceMenu } from './WorkspaceMenu.tsx';
