/** What the explorer is doing: loading progress with cancel, errors, and the network's size. */
import { cancelLoad } from '../load.ts';
import { useExplorer } from '../store.ts';

export function StatusBar() {
  const phase = useExplorer((state) => state.phase);
  const progress = useExplorer((state) => state.progress);
  const progressLabel = useExplorer((state) => state.progressLabel);
  const error = useExplorer((state) => state.error);
  const report = useExplorer((state) => state.report);
  const networkName = useExplorer((state) => state.networkName);
  const busy = phase === 'importing' || phase === 'analysing';
  const warnings = report?.issues.filter((issue) => issue.severity === 'warning').length ?? 0;
  const errors = report?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
  return (
    <div className="status-bar" aria-live="polite">
      {busy && (
        <div className="progress" data-testid="progress">
          <label>
            {progressLabel}
            <progress value={phase === 'importing' ? undefined : progress} max={1} />
          </label>
          <button type="button" onClick={cancelLoad}>
            Cancel
          </button>
        </div>
      )}
      {phase === 'error' && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {phase === 'cancelled' && <p className="muted">Loading cancelled.</p>}
      {report && !busy && (
        <p className="counts" data-testid="network-counts">
          <strong data-testid="network-name">{networkName}</strong> · {report.actorCount} actors ·{' '}
          {report.relationCount} relations
          {(warnings > 0 || errors > 0) && (
            <span className="muted">
              {' '}
              · {errors} errors, {warnings} warnings in import
            </span>
          )}
        </p>
      )}
    </div>
  );
}
