/**
 * Said when this tab does not save the open workspace because another tab writes it: what that
 * means, and the two ways on — keep this view as a new workspace, or take the workspace over
 * (the other tab is then told it has become the read-only one).
 */
import { cameraState } from '../canvas/renderer.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { saveAsNewWorkspace } from './explorer.ts';
import { useWorkspaceStatus } from './status.ts';
import { claimWorkspace } from './tab-lock.ts';
import { writeWorkspace } from './write-workspace.ts';

export function ReadOnlyNotice() {
  const readOnly = useWorkspaceStatus((status) => status.readOnly);
  const current = useWorkspaceStatus((status) => status.current);
  const { t } = useWording();
  if (!readOnly || !current) return null;
  const takeOver = async () => {
    if (await claimWorkspace(current.id, { steal: true }))
      await writeWorkspace(useExplorer.getState(), current, new Date(), cameraState());
  };
  return (
    <div className="workspace-read-only" role="alert" data-testid="workspace-read-only">
      <p>
        {readOnly === 'taken-over'
          ? t('workspace.takenOver', { name: current.name })
          : t('workspace.openElsewhere', { name: current.name })}
      </p>
      <button
        type="button"
        onClick={() => void saveAsNewWorkspace(t('workspace.copyName', { name: current.name }))}
      >
        {t('workspace.saveThisAsNew')}
      </button>
      <button type="button" onClick={() => void takeOver()}>
        {t('workspace.takeOver')}
      </button>
    </div>
  );
}
