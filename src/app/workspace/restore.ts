/**
 * Bringing a saved workspace back: its files are opened with its session through the
 * explorer's one restore path (the pipeline controller's `openNetwork`, which also opens project
 * files), after the files are claimed for this workspace so autosave keeps writing to it.
 */
import type { OpenRequest } from '../pipeline/controller.ts';
import { readJournal } from './journal.ts';
import { claimFiles, markFilesStored } from './ownership.ts';
import type { WorkspaceRecord } from './record.ts';
import { useWorkspaceStatus } from './status.ts';
import { claimWorkspace } from './tab-lock.ts';

/** The part of the explorer a restore drives; explorer.ts passes the real one. */
export type OpenNetwork = (request: OpenRequest) => Promise<boolean>;

export async function restoreWorkspace(record: WorkspaceRecord, open: OpenNetwork): Promise<boolean> {
  // Claimed before opening, so the autosave the opening triggers writes back to this workspace
  // and knows the bytes are already stored.
  claimFiles(record.sourceFiles, record.id);
  markFilesStored(record.id, record.sourceFiles);
  useWorkspaceStatus.setState({
    current: { id: record.id, name: record.name },
    state: 'saved',
    savedAt: record.savedAt,
    error: null,
  });
  // Another tab may have this workspace open: then this one shows it without saving over it.
  await claimWorkspace(record.id);
  // Changes made just before the page went, kept in the journal because the save could not finish.
  const unsaved = readJournal(record.id, record.savedAt);
  const session = unsaved?.session ?? record.session;
  return open({ name: session.networkName ?? record.name, files: record.sourceFiles, session });
}
