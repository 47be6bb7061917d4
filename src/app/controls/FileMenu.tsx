/**
 * Opening and saving: choose files (or drop them on the window), read the import report,
 * and export tables, exchange formats, the project and pictures of the canvas.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const shown = useExplorer((state) => describeFilters(state.filters, state.timeWindow, t).join('; '));

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
        aria-label="Open files"
        title="Open files: CSV, XLSX, GEXF, GraphML, JSON or a project file"
      >
        Open…
      </button>
      <button
        type="button"
        onClick={() => setReportOpen(true)}
        disabled={!hasReport}
        aria-label="Import report"
      >
        Report
      </button>
      <details className="dropdown" data-testid="export-menu">
        <summary aria-disabled={!ready}>Export</summary>
        <div className="dropdown-menu">
          <p className="hint" data-testid="export-scope">
            {shown ? t('export.followsFilter', { filters: shown }) : t('export.wholeNetwork')}
          </p>
          <button type="button" onClick={exportNodesCsv} disabled={!ready}>
            Actors with measures (CSV)
          </button>
          <button type="button" onClick={exportEdgesCsv} disabled={!ready}>
            Relations (CSV)
          </button>
          <button type="button" onClick={exportGexf} disabled={!ready}>
            Network with layout (GEXF)
          </button>
          <button type="button" onClick={exportGraphml} disabled={!ready}>
            Network with layout (GraphML)
          </button>
          <ExchangeExports ready={ready} />
          <button type="button" onClick={exportProject} disabled={!ready}>
            Project file
          </button>
          <div className="inline">
            <button type="button" onClick={() => void exportPng(pngScale)} disabled={!ready}>
              Picture (PNG)
            </button>
            <select
              aria-label="PNG resolution"
              value={pngScale}
              onChange={(event) => setPngScale(Number(event.target.value))}
            >
              <option value={1}>window size</option>
              <option value={2}>2× window</option>
              <option value={4}>4× window</option>
            </select>
          </div>
          <button type="button" onClick={exportSvg} disabled={!ready}>
            Picture (SVG)
          </button>
          <button type="button" onClick={() => void exportPdf()} disabled={!ready}>
            {t('export.pdf')}
          </button>
        </div>
      </details>
      <ImportDialog />
      {reportOpen && <ImportReportDialog onClose={() => setReportOpen(false)} />}
    </div>
  );
}
