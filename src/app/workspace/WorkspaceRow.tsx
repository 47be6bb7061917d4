/**
 * One saved workspace in the menu: open it, rename it in place, or delete it after a second
 * click. A damaged entry shows what is wrong and can only be deleted.
 */
import { useState } from 'react';
import { say } from '../../i18n/i18n.ts';
import { DATA, useWording } from '../i18n.ts';
import { sizePhrase } from './errors.ts';
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
  const { t, language } = useWording();
  const named = { name: workspace.name };

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
            aria-label={t('workspace.renameTo', named)}
            value={name}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to rename this one
            autoFocus
            required
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setMode('idle');
            }}
          />
          <button type="submit">{t('workspace.saveName')}</button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('common.cancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="workspace-row" aria-current={isCurrent ? 'true' : undefined} data-testid="workspace-row">
      <div className="workspace-row-name">
        <strong {...DATA}>{workspace.name}</strong>
        {isCurrent && <span className="muted small"> {t('workspace.open')}</span>}
        <div className="muted small">
          {workspace.problem
            ? say(t, workspace.problem)
            : t('workspace.savedAtSize', {
                savedAt: formatSavedAt(workspace.savedAt, language),
                size: say(t, sizePhrase(workspace.size)),
              })}
        </div>
      </div>
      {mode === 'confirming-delete' ? (
        <fieldset className="workspace-confirm inline">
          <legend className="small">{t('workspace.deleteQuestion', named)}</legend>
          <button type="button" onClick={() => void deleteWorkspaceFromExplorer(id)}>
            {t('workspace.delete')}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('workspace.keep')}
          </button>
        </fieldset>
      ) : (
        <div className="inline">
          {!workspace.problem && (
            <>
              <button
                type="button"
                aria-label={t('workspace.openLabel', named)}
                disabled={isCurrent}
                onClick={() => {
                  onOpened();
                  void openWorkspace(id);
                }}
              >
                {t('workspace.openOne')}
              </button>
              <button
                type="button"
                aria-label={t('workspace.renameLabel', named)}
                onClick={() => {
                  setName(workspace.name);
                  setMode('renaming');
                }}
              >
                {t('workspace.rename')}
              </button>
            </>
          )}
          <button
            type="button"
            aria-label={t('workspace.deleteLabel', named)}
            onClick={() => setMode('confirming-delete')}
          >
            {t('workspace.deleteMore')}
          </button>
        </div>
      )}
    </li>
  );
}
