/**
 * Every way saving or opening a workspace can fail, each with a message a cluster manager can
 * act on (workspace.error.* in the catalogs). The message always says what was *not* affected,
 * because the fear after an error is losing the rest.
 */
import { type Phrase, PhrasedError, phrase, phraseOfError } from '../../i18n/phrase.ts';

export type WorkspaceProblem =
  | 'storage-full'
  | 'damaged'
  | 'newer-version'
  | 'not-found'
  | 'unavailable'
  | 'invalid-name';

export class WorkspaceError extends PhrasedError {
  override name = 'WorkspaceError';
  constructor(
    readonly problem: WorkspaceProblem,
    message: Phrase,
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
    phrase('workspace.error.storageFull', {
      name: workspaceName,
      size: sizePhrase(bytes),
      previous: previous ? 'yes' : 'no',
    }),
    { cause },
  );
}

/** `detail`: what is wrong, as a phrase (a ShapeError's) or the platform's own words. */
export function damaged(workspaceName: string, detail: Phrase, cause?: unknown): WorkspaceError {
  return new WorkspaceError('damaged', phrase('workspace.error.damaged', { name: workspaceName, detail }), {
    cause,
  });
}

export function newerVersion(workspaceName: string, found: number, supported: number): WorkspaceError {
  return new WorkspaceError(
    'newer-version',
    phrase('workspace.error.newerVersion', { name: workspaceName, found, supported }),
  );
}

export function notFound(id: string): WorkspaceError {
  return new WorkspaceError('not-found', phrase('workspace.error.notFound', { id }));
}

export function unavailable(cause: unknown): WorkspaceError {
  return new WorkspaceError('unavailable', phrase('workspace.error.unavailable'), { cause });
}

/** True for the quota error however the browser reports it (thrown by put or as the abort reason). */
export function isQuotaExceeded(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  // Firefox used its own name before adopting the standard one.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** What went wrong, as a phrase: the error's own, or its text said as it is. */
export function errorPhrase(error: unknown): Phrase {
  return phraseOfError(error, 'workspace.error.plain');
}

/** A size in words: "812 bytes", "34 kB", "2.5 MB" (decimal mark of the language). */
export function sizePhrase(bytes: number): Phrase {
  if (bytes < 1024) return phrase('workspace.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return phrase('workspace.kB', { count: Math.round(bytes / 1024) });
  return phrase('workspace.MB', { count: Math.round((10 * bytes) / (1024 * 1024)) / 10 });
}
