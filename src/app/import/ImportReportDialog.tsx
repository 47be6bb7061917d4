/**
 * The import report: what was read from each file, what was merged, every warning and error
 * with file, row and column, the rows left out (downloadable), and probable duplicate names
 * to merge or keep apart.
 */
import { useState } from 'react';
import { rejectedRowsCsv } from '../../io/index.ts';
import { ACTOR_KIND_LABELS, RELATION_KIND_LABELS } from '../../model/kinds.ts';
import { Modal } from '../dialog/Modal.tsx';
import { download } from '../download.ts';
import { reimport } from '../load.ts';
import { useExplorer } from '../store.ts';
import { PlacementReview } from './PlacementReview.tsx';

const ISSUES_SHOWN = 200;

export function ImportReportDialog({ onClose }: { onClose: () => void }) {
  const report = useExplorer((state) => state.report);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  if (!report) return null;
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const applyMerges = () => {
    const { importOptions } = useExplorer.getState();
    const acceptedMerges = [
      ...(importOptions.acceptedMerges ?? []),
      ...report.mergeCandidates
        .filter((_candidate, i) => accepted.has(i))
        .map((candidate) => ({ into: candidate.names[0], names: [candidate.names[1]] })),
    ];
    onClose();
    // Read again with the merges, keeping everything else the person set.
    void reimport({ ...importOptions, acceptedMerges });
  };
  return (
    <Modal className="report-dialog" labelledBy="report-title" onClose={onClose}>
      <header className="panel-header">
        <h2 id="report-title">Import report</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close report">
          ×
        </button>
      </header>
      <p data-testid="report-summary">
        {report.actorCount} actors and {report.relationCount} relations from {report.files.length} file
        {report.files.length === 1 ? '' : 's'}; {errors} errors, {report.issues.length - errors} warnings;{' '}
        {report.rejected.length} rows left out.
      </p>
      {report.outcome.status === 'failed' && report.outcome.cause && (
        <p className="error" role="alert" data-testid="report-failure">
          The import failed: {report.outcome.cause.message}
        </p>
      )}
      <div className="report-columns">
        <KindCounts title="Actors by kind" counts={report.actorsByKind} labels={ACTOR_KIND_LABELS} />
        <KindCounts title="Relations by kind" counts={report.relationsByKind} labels={RELATION_KIND_LABELS} />
      </div>
      <h3>Files</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Read as</th>
            <th scope="col">Rows</th>
            <th scope="col">Kept</th>
            <th scope="col">Left out</th>
            <th scope="col">Settings</th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((file) => (
            <tr key={file.name}>
              <td>{file.name}</td>
              <td>{file.role}</td>
              <td>{file.rows}</td>
              <td>{file.kept}</td>
              <td>{file.leftOut}</td>
              <td className="muted">
                {[
                  file.format,
                  file.encoding,
                  file.byteOrderMark ? 'BOM' : '',
                  file.delimiter ? `delimiter “${file.delimiter === '\t' ? 'tab' : file.delimiter}”` : '',
                  file.decimalMark ? `decimal “${file.decimalMark}”` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.nameMerges.length > 0 && (
        <>
          <h3>Names merged</h3>
          <ul className="small">
            {report.nameMerges.map((merge) => (
              <li key={merge.into}>
                {merge.names.map((name) => `“${name}”`).join(', ')} → “{merge.into}”{' '}
                <span className="muted">({merge.reason})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.mergeCandidates.length > 0 && (
        <section aria-label="Probable duplicates">
          <h3>Probable duplicates to review</h3>
          <ul className="small merge-review">
            {report.mergeCandidates.map((candidate, i) => (
              <li key={candidate.names.join('|')}>
                <label>
                  <input
                    type="checkbox"
                    checked={accepted.has(i)}
                    onChange={(event) => {
                      const next = new Set(accepted);
                      if (event.target.checked) next.add(i);
                      else next.delete(i);
                      setAccepted(next);
                    }}
                  />
                  merge “{candidate.names[1]}” into “{candidate.names[0]}”
                </label>{' '}
                <span className="muted">
                  {Math.round(candidate.score * 100)}% · {candidate.reason}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={applyMerges} disabled={accepted.size === 0}>
            Merge the checked names and import again
          </button>
        </section>
      )}
      <PlacementReview placement={report.placement} />
      <h3>Warnings and errors</h3>
      {report.issues.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <div className="preview-scroll tall">
          <table className="data-table" data-testid="report-issues">
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">File</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Value</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {report.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
                <tr key={i} className={issue.severity}>
                  <td>{issue.severity}</td>
                  <td>{issue.file}</td>
                  <td>{issue.row}</td>
                  <td>{issue.column}</td>
                  <td>{issue.value}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.issues.length > ISSUES_SHOWN && (
            <p className="muted small">
              The first {ISSUES_SHOWN} of {report.issues.length} are shown.
            </p>
          )}
        </div>
      )}
      <footer className="dialog-actions">
        <button
          type="button"
          disabled={report.rejected.length === 0}
          onClick={() => download('rows-left-out.csv', rejectedRowsCsv(report), 'text/csv;charset=utf-8')}
        >
          Download rows left out (CSV)
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </footer>
    </Modal>
  );
}

function KindCounts<K extends string>({
  title,
  counts,
  labels,
}: {
  title: string;
  counts: Record<string, number>;
  labels: Record<K, string>;
}) {
  return (
    <div>
      <h3>{title}</h3>
      <ul className="small plain">
        {Object.entries(counts).map(([kind, count]) => (
          <li key={kind}>
            {labels[kind as K] ?? kind}: {count}
          </li>
        ))}
      </ul>
    </div>
  );
}
