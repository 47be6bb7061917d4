/**
 * Opening and saving: choose files (or drop them on the window), read the import report,
 * and export tables, exchange formats, the project and pictures of the canvas.
 */
import { useEffect, useRef, useState } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../io/index.ts';
import { ExchangeExports } from '../export/ExchangeExports.tsx';
import {
  exportEdgesCsv,
  exportGexf,
  exportGraphml,
  exportNodesCsv,
  exportPdf,
  exportPng,
  exportProject,
  exportSvg,
} from '../export/exports.ts';
import { describeFilters } from '../filters/describe-filters.ts';
import { useWording } from '../i18n.ts';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { ImportReportDialog } from '../import/ImportReportDialog.tsx';
import { startDraft } from '../import/import-draft.ts';
import { useExplorer } from '../store.ts';
import { SamplePicker } from './SamplePicker.tsx';

export function FileMenu() {
  const input = useRef<HTMLInputElement>(null);
  const [reportOpen, setReportOpen] = useState(false);
  const [pngScale, setPngScale] = useState(2);
  const ready = useExplorer((state) => state.phase === 'ready');
  const hasReport = useExplorer((state) => state.report !== null);
  const wording = useWording();
  const { t } = wording;
  const shown = useExplorer((state) => describeFilters(state.filters, state.timeWindow, wording).join('; '));

  useEffect(() => {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer?.files.length) void startDraft(event.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="file-menu">
      <SamplePicker />
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS}
        hidden
        data-testid="file-input"
        onChange={(event) => {
          if (event.target.files?.length) void startDraft(event.target.files);
          event.target.value = '';
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        aria-label={t('explorer.file.openLabel')}
        title={t('explorer.file.openTitle')}
      >
        {t('explorer.file.open')}
      </button>
      <button
        type="button"
        onClick={() => setReportOpen(true)}
        disabled={!hasReport}
        aria-label={t('explorer.file.reportLabel')}
      >
        {t('explorer.file.report')}
      </button>
      <details className="dropdown" data-testid="export-menu">
        <summary aria-disabled={!ready}>{t('explorer.export.menu')}</summary>
        <div className="dropdown-menu">
          <p className="hint" data-testid="export-scope">
            {shown ? t('export.followsFilter', { filters: shown }) : t('export.wholeNetwork')}
          </p>
          <button type="button" onClick={exportNodesCsv} disabled={!ready}>
            {t('explorer.export.actors')}
          </button>
          <button type="button" onClick={exportEdgesCsv} disabled={!ready}>
            {t('explorer.export.relations')}
          </button>
          <button type="button" onClick={exportGexf} disabled={!ready}>
            {t('explorer.export.gexf')}
          </button>
          <button type="button" onClick={exportGraphml} disabled={!ready}>
            {t('explorer.export.graphml')}
          </button>
          <ExchangeExports ready={ready} />
          <button type="button" onClick={exportProject} disabled={!ready}>
            {t('explorer.export.project')}
          </button>
          <div className="inline">
            <button type="button" onClick={() => void exportPng(pngScale)} disabled={!ready}>
              {t('explorer.export.png')}
            </button>
            <select
              aria-label={t('explorer.export.pngResolution')}
              value={pngScale}
              onChange={(event) => setPngScale(Number(event.target.value))}
            >
              {[1, 2, 4].map((scale) => (
                <option key={scale} value={scale}>
                  {t('explorer.export.scale', { scale })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={exportSvg} disabled={!ready}>
            {t('explorer.export.svg')}
          </button>
          <button type="button" onClick={() => void exportPdf()} disabled={!ready}>
            {t('export.pdf')}
          </button>
          <p className="muted small export-note" data-testid="export-note">
            {t('explorer.export.note')}
          </p>
        </div>
      </details>
      <ImportDialog />
      {reportOpen && <ImportReportDialog onClose={() => setReportOpen(false)} />}
    </div>
  );
}
