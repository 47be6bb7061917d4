/**
 * Every way saving or opening a workspace can fail, each with a message a cluster manager can
 * act on. The message always says what was *not* affected, because the fear after an error
 * is losing the rest.
 */
export type WorkspaceProblem =
  | 'storage-full'
  | 'damaged'
  | 'newer-version'
  | 'not-found'
  | 'unavailable'
  | 'invalid-name';

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
  constructor(
    readonly problem: WorkspaceProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `previous`: whether an earlier version of this workspace is stored (it then still is). */
export function storageFull(
  workspaceName: string,
  bytes: number,
  cause: unknown,
  previous: boolean,
): WorkspaceError {
  return new WorkspaceError(
    'storage-full',
    `Your browser's storage for Clusterscope is full: the workspace “${workspaceName}” ` +
      `(about ${formatBytes(bytes)}) could not be saved; nothing else was changed` +
      (previous ? ', and its last saved version is still there. ' : '. ') +
      'Delete workspaces you no longer need, or allow this site more storage in the browser settings.',
    { cause },
  );
}

export function damaged(workspaceName: string, detail: string, cause?: unknown): WorkspaceError {
  return new WorkspaceError(
    'damaged',
    `The workspace “${workspaceName}” is damaged and cannot be opened (${detail}). ` +
      'Your other workspaces are not affected; you can delete this one.',
    { cause },
  );
}

export function newerVersion(workspaceName: string, found: number, supported: number): WorkspaceError {
  return new WorkspaceError(
    'newer-version',
    `The workspace “${workspaceName}” was saved by a newer version of Clusterscope (format ${found}; ` +
      `this one reads up to ${supported}). Update Clusterscope to open it; it was left as it is.`,
  );
}

export function notFound(id: string): WorkspaceError {
  return new WorkspaceError(
    'not-found',
    `There is no saved workspace with id “${id}”; it may have been deleted.`,
  );
}

export function unavailable(cause: unknown): WorkspaceError {
  return new WorkspaceError(
    'unavailable',
    'This browser does not let Clusterscope store workspaces (IndexedDB is unavailable, as in some ' +
      'private windows). Your work is not saved automatically; use Export → Project file to keep it.',
    { cause },
  );
}

/** True for the quota error however the browser reports it (thrown by put or as the abort reason). */
export function isQuotaExceeded(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // Firefox used its own name before adopting the standard one.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
