/**
 * The Workspaces menu: saved workspaces to switch between, rename and delete; "Save as new…";
 * the project file for sharing; and the save status. Everything is a native control inside a
 * <details>, so it is reachable by Tab and labelled for screen readers.
 */
import { useEffect, useState } from 'react';
import { exportProject } from '../export/exports.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { saveAsNewWorkspace } from './explorer.ts';
import { listWorkspaces } from './library.ts';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import type { WorkspaceSummary } from './record.ts';
import { reportWorkspaceError, useWorkspaceStatus } from './status.ts';
import { WorkspaceRow } from './WorkspaceRow.tsx';
import { WorkspaceStatusText } from './WorkspaceStatusText.tsx';
import './workspace.css';

export function WorkspaceMenu() {
  const [open, setOpen] = useState(false);
  const [workspaces, setWorkspaces] = useState<WorkspaceSummary[]>([]);
  const listRevision = useWorkspaceStatus((status) => status.listRevision);
  const currentId = useWorkspaceStatus((status) => status.current?.id ?? null);
  const { t } = useWording();

  // Read only while open, and again whenever a save, rename or delete changed the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: listRevision is the signal to read again
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    listWorkspaces().then((list) => {
      if (!cancelled) setWorkspaces(list);
    }, reportWorkspaceError);
    return () => {
      cancelled = true;
    };
  }, [open, listRevision]);

  return (
    <div className="workspace-menu">
      <details className="dropdown" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary data-testid="workspace-menu">{t('workspace.menu')}</summary>
        <div className="dropdown-menu workspace-menu-panel">
          <h2 className="small" id="workspace-list-title">
            {t('workspace.savedHere')}
          </h2>
          {workspaces.length === 0 ? (
            <p className="muted small">{t('workspace.nothingSaved')}</p>
          ) : (
            <ul
              className="workspace-list"
              aria-labelledby="workspace-list-title"
              data-testid="workspace-list"
            >
              {workspaces.map((workspace) => (
                <WorkspaceRow
                  key={workspace.id}
                  workspace={workspace}
                  isCurrent={workspace.id === currentId}
                  onOpened={() => setOpen(false)}
                />
              ))}
            </ul>
          )}
          <SaveAsNewForm />
          <hr />
          <ProjectFileSection />
        </div>
      </details>
      <WorkspaceStatusText />
      <ReadOnlyNotice />
    </div>
  );
}

function SaveAsNewForm() {
  const ready = useExplorer((state) => state.phase === 'ready');
  const networkName = useExplorer((state) => state.networkName);
  const [name, setName] = useState<string | null>(null);
  const { t } = useWording();
  if (name === null) {
    return (
      <button type="button" disabled={!ready} onClick={() => setName(networkName ?? '')}>
        {t('workspace.saveAsNew')}
      </button>
    );
  }
  return (
    <form
      className="inline"
      onSubmit={(event) => {
        event.preventDefault();
        void saveAsNewWorkspace(name);
        setName(null);
      }}
    >
      <input
        aria-label={t('workspace.newName')}
        value={name}
        // biome-ignore lint/a11y/noAutofocus: the user just asked to name a new workspace
        autoFocus
        required
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setName(null);
        }}
      />
      <button type="submit" disabled={!ready}>
        {t('common.save')}
      </button>
      <button type="button" onClick={() => setName(null)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

/**
 * Workspaces live in this browser only. To move work to another machine or share it, the
 * project file is the way; it opens again through "Open files…" like any other file.
 */
function ProjectFileSection() {
  const ready = useExplorer((state) => state.phase === 'ready');
  const { t } = useWording();
  return (
    <>
      <button type="button" onClick={exportProject} disabled={!ready} aria-describedby="project-file-hint">
        {t('workspace.saveProject')}
      </button>
      <p className="muted small" id="project-file-hint">
        {t('workspace.projectHint')}
      </p>
    </>
  );
}
