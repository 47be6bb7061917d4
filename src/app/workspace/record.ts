/**
 * What a workspace holds: the session (everything the person set, session/session.ts) and the
 * raw bytes of the source files, so nothing depends on the network. A project file holds the
 * same session beside the data instead of the bytes.
 */
import type { Phrase } from '../../i18n/phrase.ts';
import type { SourceFile } from '../../io/index.ts';
import { SESSION_VERSION, type Session } from '../session/session.ts';

/** Bumped when the stored shape changes; records from a newer version are refused, not guessed at. */
export const WORKSPACE_VERSION = SESSION_VERSION;

export type { LayoutPhase, SavedPositions } from '../session/session.ts';

export interface WorkspaceRecord {
  version: typeof WORKSPACE_VERSION;
  id: string;
  name: string;
  /** ISO 8601. */
  savedAt: string;
  session: Session;
  sourceFiles: SourceFile[];
}

/** One line of the workspace list: cheap to read, without the files. */
export interface WorkspaceSummary {
  id: string;
  name: string;
  savedAt: string;
  /** Approximate bytes stored (files + positions + the rest). */
  size: number;
  version: number;
  /** Set when the entry itself cannot be read (what is wrong, as a phrase); the workspace can still be deleted. */
  problem?: Phrase;
}
