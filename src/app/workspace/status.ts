/**
 * What the workspace layer shows the user: which workspace is open, whether it is saved, and
 * the last error. A store of its own so the explorer's store stays about the network.
 */
import { create } from 'zustand';
import { isPhrase, type Phrase } from '../../i18n/phrase.ts';
import { errorPhrase } from './errors.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface WorkspaceStatus {
  /** The workspace autosave writes to; null before the first save or after deleting it. */
  current: { id: string; name: string } | null;
  state: SaveState;
  /** ISO 8601 time of the last successful save of the current workspace. */
  savedAt: string | null;
  /** A message for the user, shown in role=alert; cleared by the next successful save. */
  error: Phrase | null;
  /** Bumped whenever the stored list changes, so a list on screen knows to read it again. */
  listRevision: number;
  /**
   * Why this tab does not save the current workspace: another tab has it open and writes it
   * ('open-elsewhere'), or took it over from this tab ('taken-over'); null when this tab saves.
   */
  readOnly: 'open-elsewhere' | 'taken-over' | null;
}

export const INITIAL_WORKSPACE_STATUS: WorkspaceStatus = {
  current: null,
  state: 'idle',
  savedAt: null,
  error: null,
  listRevision: 0,
  readOnly: null,
};

export const useWorkspaceStatus = create<WorkspaceStatus>()(() => INITIAL_WORKSPACE_STATUS);

export function listChanged(): void {
  useWorkspaceStatus.setState((status) => ({ listRevision: status.listRevision + 1 }));
}

/** `error`: anything thrown (said by its phrase, or its own text), or a phrase. */
export function reportWorkspaceError(error: unknown): void {
  useWorkspaceStatus.setState({
    state: 'error',
    error: isPhrase(error) ? error : errorPhrase(error),
  });
}
