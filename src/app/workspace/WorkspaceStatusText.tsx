/**
 * The save status beside the menu: "Saving…", "Saved 12:03", or what went wrong. Errors are
 * announced (role=alert); the routine "Saved" is not, or a screen reader would repeat it
 * after every click.
 */
import { useWorkspaceStatus } from './status.ts';

export function WorkspaceStatusText() {
  const { state, savedAt, error, current } = useWorkspaceStatus();
  return (
    <>
      <span className="muted small workspace-save-status" data-testid="workspace-save-status">
        {state === 'saving' ? 'Saving…' : savedAt && current ? `Saved ${formatTime(savedAt)}` : ''}
      </span>
      {error && (
        <p className="workspace-error" role="alert" data-testid="workspace-error">
          {error}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss the workspace message"
            onClick={() => useWorkspaceStatus.setState({ error: null, state: 'idle' })}
          >
            ×
          </button>
        </p>
      )}
    </>
  );
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? formatTime(iso) : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}
