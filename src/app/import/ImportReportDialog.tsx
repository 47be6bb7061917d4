/**
 * The import report: what was read from each file, what was merged, every warning and error
 * with file, row and column, the rows left out (downloadable), and probable duplicate names
 * to merge or keep apart.
 */
import { useState } from 'react';
import type { Translate } from '../../i18n/i18n.ts';
import { issueText, mergeReason } from '../../i18n/issues.ts';
import { rejectedRowsCsv } from '../../io/index.ts';
import { Modal } from '../dialog/Modal.tsx';
import { download } from '../download.ts';
import { DATA, useWording } from '../i18n.ts';
import { reimport } from '../load.ts';
import { useExplorer } from '../store.ts';
import { actorKindLabel, relationKindLabel } from '../words.ts';
import { delimiterName } from './ImportDialog.tsx';
import { PlacementReview } from './PlacementReview.tsx';

const ISSUES_SHOWN = 200;

export function ImportReportDialog({ onClose }: { onClose: () => void }) {
  const report = useExplorer((state) => state.report);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());
  const { t } = useWording();
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
        <h2 id="report-title">{t('import.report.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('import.report.close')}>
          ×
        </button>
      </header>
      <p data-testid="report-summary">
        {t('import.report.summary', {
          actors: report.actorCount,
          relations: report.relationCount,
          files: report.files.length,
          errors,
          warnings: report.issues.length - errors,
          rejected: report.rejected.length,
        })}
      </p>
      {report.outcome.status === 'failed' && report.outcome.cause && (
        <p className="error" role="alert" data-testid="report-failure">
          {t('import.report.failed', { cause: issueText(t, report.outcome.cause) })}
        </p>
      )}
      <div className="report-columns">
        <KindCounts
          title={t('import.report.actorsByKind')}
          counts={report.actorsByKind}
          label={(kind) => actorKindLabel(t, kind)}
          t={t}
        />
        <KindCounts
          title={t('import.report.relationsByKind')}
          counts={report.relationsByKind}
          label={(kind) => relationKindLabel(t, kind)}
          t={t}
        />
      </div>
      <h3>{t('import.report.files')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('import.report.fileColumn')}</th>
            <th scope="col">{t('import.report.readAs')}</th>
            <th scope="col">{t('import.report.rowsColumn')}</th>
            <th scope="col">{t('import.report.kept')}</th>
            <th scope="col">{t('import.report.leftOut')}</th>
            <th scope="col">{t('import.report.settings')}</th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((file) => (
            <tr key={file.name}>
              <td {...DATA}>{file.name}</td>
              <td>{t(`import.role.${file.role}`)}</td>
              <td>{file.rows}</td>
              <td>{file.kept}</td>
              <td>{file.leftOut}</td>
              <td className="muted">
                {[
                  file.format,
                  file.encoding,
                  file.byteOrderMark ? t('import.report.bom') : '',
                  file.delimiter
                    ? t('import.report.delimiterSetting', { delimiter: delimiterName(t, file.delimiter) })
                    : '',
                  file.decimalMark ? t('import.report.decimalSetting', { mark: file.decimalMark }) : '',
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
          <h3>{t('import.report.namesMerged')}</h3>
          <ul className="small">
            {report.nameMerges.map((merge) => (
              <li key={merge.into}>
                <span {...DATA}>
                  {merge.names.map((name) => `“${name}”`).join(', ')} → “{merge.into}”
                </span>{' '}
                <span className="muted">({mergeReason(t, merge)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.mergeCandidates.length > 0 && (
        <section aria-label={t('import.report.duplicates')}>
          <h3>{t('import.report.duplicatesTitle')}</h3>
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
                  {t('import.report.mergeInto', { name: candidate.names[1], into: candidate.names[0] })}
                </label>{' '}
                <span className="muted">
                  {t('import.report.score', {
                    score: Math.round(candidate.score * 100),
                    reason: mergeReason(t, candidate),
                  })}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={applyMerges} disabled={accepted.size === 0}>
            {t('import.report.mergeAgain')}
          </button>
        </section>
      )}
      <PlacementReview placement={report.placement} />
      <h3>{t('import.report.issuesTitle')}</h3>
      {report.issues.length === 0 ? (
        <p className="muted">{t('import.report.none')}</p>
      ) : (
        <div className="preview-scroll tall">
          <table className="data-table" data-testid="report-issues">
            <thead>
              <tr>
                <th scope="col">{t('import.report.severity')}</th>
                <th scope="col">{t('import.report.fileColumn')}</th>
                <th scope="col">{t('import.report.row')}</th>
                <th scope="col">{t('import.report.column')}</th>
                <th scope="col">{t('import.report.value')}</th>
                <th scope="col">{t('import.report.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.issues.slice(0, ISSUES_SHOWN).map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
                <tr key={i} className={issue.severity}>
                  <td>{t(`import.report.${issue.severity}`)}</td>
                  <td {...DATA}>{issue.file}</td>
                  <td>{issue.row}</td>
                  <td {...DATA}>{issue.column}</td>
                  <td {...DATA}>{issue.value}</td>
                  <td>{issueText(t, issue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.issues.length > ISSUES_SHOWN && (
            <p className="muted small">
              {t('import.report.firstShown', { shown: ISSUES_SHOWN, total: report.issues.length })}
            </p>
          )}
        </div>
      )}
      <footer className="dialog-actions">
        <button
          type="button"
          disabled={report.rejected.length === 0}
          onClick={() =>
            download(t('import.report.leftOutFile'), rejectedRowsCsv(report), 'text/csv;charset=utf-8')
          }
        >
          {t('import.report.downloadLeftOut')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </footer>
    </Modal>
  );
}

function KindCounts({
  title,
  counts,
  label,
  t,
}: {
  title: string;
  counts: Record<string, number>;
  label: (kind: string) => string;
  t: Translate;
}) {
  return (
    <div>
      <h3>{title}</h3>
      <ul className="small plain">
        {Object.entries(counts).map(([kind, count]) => (
          <li key={kind}>{t('import.report.kindCount', { kind: label(kind), count })}</li>
        ))}
      </ul>
    </div>
  );
}
