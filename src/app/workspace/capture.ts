/**
 * The workspace as of now. Pure (the clock is passed in), so it is tested without a browser.
 * The file bytes are shared, not copied: IndexedDB's structured clone copies them while
 * storing, off the page's script.
 */
import type { SourceFile } from '../../io/index.ts';
import { type CameraState, captureSession } from '../session/session.ts';
import { copyPlainJson } from './plain-json.ts';
import { WORKSPACE_VERSION, type WorkspaceRecord } from './record.ts';

/** What capturing reads: `useExplorer.getState()` is one as it stands. */
export type ExplorerSnapshot = Parameters<typeof captureSession>[0] & {
  sourceFiles: readonly SourceFile[];
};

export interface WorkspaceIdentity {
  id: string;
  name: string;
  savedAt: Date;
}

export function captureWorkspace(
  state: ExplorerSnapshot,
  identity: WorkspaceIdentity,
  camera: CameraState | null = null,
): WorkspaceRecord {
  const session = captureSession(state, camera);
  // Settings that other parts own must be plain JSON: a bug shows at once, not after a reload.
  copyPlainJson(session.filters, 'filters');
  copyPlainJson(session.appearance, 'appearance');
  copyPlainJson(session.analysisSettings, 'analysisSettings');
  return {
    version: WORKSPACE_VERSION,
    id: identity.id,
    name: identity.name,
    savedAt: identity.savedAt.toISOString(),
    session,
    sourceFiles: [...state.sourceFiles],
  };
}

/**
 * A new workspace id: random, so two tabs never pick the same one. getRandomValues rather than
 * randomUUID, which browsers only offer on https or localhost.
 */
export function newWorkspaceId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
