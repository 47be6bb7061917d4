/**
 * One saved workspace in the menu: open it, rename it in place, or delete it after a second
 * click. A damaged entry shows what is wrong and can only be deleted.
 */
import { useState } from 'react';
import { formatBytes } from './errors.ts';
import { deleteWorkspaceFromExplorer, openWorkspace } from './explorer.ts';
import { renameWorkspace } from './library.ts';
import type { WorkspaceSummary } from './record.ts';
import { reportWorkspaceError } from './status.ts';
import { formatSavedAt } from './WorkspaceStatusText.tsx';

type Mode = 'idle' | 'renaming' | 'confirming-delete';

export function WorkspaceRow({
  workspace,
  isCurrent,
  onOpened,
}: {
  workspace: WorkspaceSummary;
  isCurrent: boolean;
  onOpened: () => void;
}) {
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(workspace.name);
  const { id } = workspace;
  const label = `workspace ${workspace.name}`;

  if (mode === 'renaming') {
    return (
      <li className="workspace-row">
        <form
          className="inline"
          onSubmit={(event) => {
            event.preventDefault();
            setMode('idle');
            void renameWorkspace(id, name).catch(reportWorkspaceError);
          }}
        >
          <input
            aria-label={`New name for ${label}`}
            value={name}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this one
            autoFocus
            required
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setMode('idle');
            }}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="workspace-row" aria-current={isCurrent ? 'true' : undefined} data-testid="workspace-row">
      <div className="workspace-row-name">
        <strong>{workspace.name}</strong>
        {isCurrent && <span className="muted small"> (open)</span>}
        <div className="muted small">
          {workspace.problem ?? `${formatSavedAt(workspace.savedAt)} · ${formatBytes(workspace.size)}`}
        </div>
      </div>
      {mode === 'confirming-delete' ? (
        <fieldset className="workspace-confirm inline">
          <legend className="small">Delete “{workspace.name}” from this browser?</legend>
          <button type="button" onClick={() => void deleteWorkspaceFromExplorer(id)}>
            Delete
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Keep
          </button>
        </fieldset>
      ) : (
        <div className="inline">
          {!workspace.problem && (
            <>
              <button
                type="button"
                aria-label={`Open ${label}`}
                disabled={isCurrent}
                onClick={() => {
                  onOpened();
                  void openWorkspace(id);
                }}
              >
                Open
              </button>
              <button
                type="button"
                aria-label={`Rename ${label}`}
                onClick={() => {
                  setName(workspace.name);
                  setMode('renaming');
                }}
              >
                Rename
              </button>
            </>
          )}
          <button type="button" aria-label={`Delete ${label}`} onClick={() => setMode('confirming-delete')}>
            Delete…
          </button>
        </div>
      )}
    </li>
  );
}
