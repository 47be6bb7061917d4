/**
 * One save of the explorer as it is, shared by autosave and "Save as new": capture, write,
 * then note which workspace the files now belong to. Errors end up in the status store, so
 * callers never need to catch.
 */
import { currentWording } from '../i18n.ts';
import type { CameraState } from '../session/session.ts';
import { captureWorkspace, type ExplorerSnapshot, newWorkspaceId } from './capture.ts';
import { clearJournal } from './journal.ts';
import { saveWorkspace } from './library.ts';
import { areFilesStored, claimFiles, markFilesStored, ownerOfFiles } from './ownership.ts';
import { reportWorkspaceError, useWorkspaceStatus } from './status.ts';
import { claimWorkspace } from './tab-lock.ts';

export interface WorkspaceTarget {
  id: string;
  name: string;
}

/**
 * Where autosave writes: the current workspace when the files on screen are its files; a new
 * workspace named after the network when they are new; nowhere when their workspace was
 * deleted (null).
 */
export function autosaveTarget(state: ExplorerSnapshot): WorkspaceTarget | null {
  if (state.display === null || state.sourceFiles.length === 0) return null;
  const owner = ownerOfFiles(state.sourceFiles);
  if (owner === null) return null;
  const { current } = useWorkspaceStatus.getState();
  if (owner !== undefined && current?.id === owner) return current;
  // Named in the language on screen when it is made; from then on the name is the person's.
  const { t } = currentWording(state.language);
  const name = state.sampleId
    ? t(`samples.${state.sampleId}.name`)
    : (state.networkName ?? t('workspace.untitled'));
  return newWorkspace(name);
}

export function newWorkspace(name: string): WorkspaceTarget {
  return { id: newWorkspaceId(), name };
}

/** True when saved; on failure the previous version stays stored and the status says why. */
export async function writeWorkspace(
  state: ExplorerSnapshot,
  target: WorkspaceTarget,
  savedAt: Date,
  camera: CameraState | null = null,
): Promise<boolean> {
  if (state.display === null || state.sourceFiles.length === 0) return false;
  // Another tab writes this workspace: saving here would overwrite its edits.
  if (!(await claimWorkspace(target.id))) return false;
  useWorkspaceStatus.setState({ state: 'saving' });
  try {
    const record = captureWorkspace(state, { ...target, savedAt }, camera);
    await saveWorkspace(record, {
      keepStoredFiles: areFilesStored(target.id, state.sourceFiles),
      remember: true,
    });
    claimFiles(state.sourceFiles, target.id);
    markFilesStored(target.id, state.sourceFiles);
    clearJournal(target.id);
    // Renamed while this save ran? Keep the newer name on screen.
    const latest = useWorkspaceStatus.getState().current;
    useWorkspaceStatus.setState({
      current: latest?.id === target.id ? latest : target,
      state: 'saved',
      savedAt: record.savedAt,
      error: null,
    });
    return true;
  } catch (error) {
    reportWorkspaceError(error);
    return false;
  }
}
