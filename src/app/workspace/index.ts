/**
 * Workspaces: the explorer's session kept in this browser (IndexedDB) beside the bytes of its
 * files, so a reload or a crashed tab brings everything back, and named workspaces to switch
 * between. A workspace is a project without the data table: the same session (session/), the
 * same validator (session/read-session.ts), opened through the same restore path
 * (pipeline/controller.ts `openNetwork`).
 *
 * WHAT GETS SAVED, WHEN: see autosave.ts. Opening new files starts a new workspace named after
 * the network; re-importing the same files (accepted merges) keeps writing to the current one;
 * see ownership.ts. Large bytes live in their own object store, so listing is cheap; a save is
 * one transaction, so a full quota leaves the previous version intact (see storage.ts).
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
export { WORKSPACE_VERSION, type WorkspaceRecord, type WorkspaceSummary } from './record.ts';
export { type OpenNetwork, restoreWorkspace } from './restore.ts';
export { type SaveState, useWorkspaceStatus, type WorkspaceStatus } from './status.ts';
export { openWorkspaceStorage, type SaveOptions, type WorkspaceStorage } from './storage.ts';
export { WorkspaceMenu } from './WorkspaceMenu.tsx';
