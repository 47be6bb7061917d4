/** What the explorer is doing: loading progress with cancel, errors, and the network's size. */
import { say } from '../../i18n/i18n.ts';
import { DATA, useWording } from '../i18n.ts';
import { cancelLoad } from '../load.ts';
import { useExplorer } from '../store.ts';

export function StatusBar() {
  const phase = useExplorer((state) => state.phase);
  const progress = useExplorer((state) => state.progress);
  const progressLabel = useExplorer((state) => state.progressLabel);
  const error = useExplorer((state) => state.error);
  const report = useExplorer((state) => state.report);
  const networkName = useExplorer((state) => state.networkName);
  const sampleId = useExplorer((state) => state.sampleId);
  const { t } = useWording();
  const busy = phase === 'importing' || phase === 'analysing';
  const warnings = report?.issues.filter((issue) => issue.severity === 'warning').length ?? 0;
  const errors = report?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
  return (
    <div className="status-bar" aria-live="polite">
      {busy && (
        <div className="progress" data-testid="progress">
          <label>
            {say(t, progressLabel)}
            <progress value={phase === 'importing' ? undefined : progress} max={1} />
          </label>
          <button type="button" onClick={cancelLoad}>
            {t('explorer.status.cancel')}
          </button>
        </div>
      )}
      {phase === 'error' && error && (
        <p className="error" role="alert">
          {say(t, error)}
        </p>
      )}
      {phase === 'cancelled' && <p className="muted">{t('explorer.status.loadingCancelled')}</p>}
      {report && !busy && (
        <p className="counts" data-testid="network-counts">
          {/* A sample is named in the language on screen; a network of files by its files. */}
          {sampleId ? (
            <strong data-testid="network-name">{t(`samples.${sampleId}.name`)}</strong>
          ) : (
            <strong data-testid="network-name" {...DATA}>
              {networkName}
            </strong>
          )}{' '}
          · {t('explorer.status.counts', { actors: report.actorCount, relations: report.relationCount })}
          {(warnings > 0 || errors > 0) && (
            <span className="muted"> · {t('explorer.status.issues', { errors, warnings })}</span>
          )}
        </p>
      )}
    </div>
  );
}
