/**
 * The comparison in a few sentences and its figures (each with its exact value on the element,
 * so the numbers can be checked against `clusterscope compare`), the switch that draws the
 * changes on the map, the exports, and the command line that gives the same numbers.
 */

import { useState } from 'react';
import type { ChangesSelection } from '../../analysis/time/changes-table.ts';
import { describeComparison } from '../../analysis/time/messages.ts';
import { formatTimeWindow } from '../../model/period.ts';
import { download } from '../download.ts';
import { fileSafeName } from '../file-names.ts';
import { DATA, useWording } from '../i18n.ts';
import { changesCsv } from '../pipeline/comparison-client.ts';
import { useExplorer } from '../store.ts';
import { covers, rangeOf, spanOf, windowOf } from '../timeline/timeline.ts';
import { ENTERED_TIE, LEFT_TIE } from './changes-layer.ts';
import { type HeldComparison, useChanges } from './changes-store.ts';
import { sayComparison, useFormats } from './format.ts';
import { equivalentCommand } from './rows.ts';

const EXPORTS: ChangesSelection[] = ['all', 'entered', 'left', 'detaching'];

function Figure({
  id,
  label,
  value,
  text,
}: {
  id: string;
  label: string;
  value: number | null;
  text: string;
}) {
  return (
    <div className="changes-figure" data-figure={id} data-value={value ?? ''}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

export function ChangesFigures({ held }: { held: HeldComparison }) {
  const { t } = useWording();
  const format = useFormats();
  const drawn = useChanges((state) => state.drawn);
  const drawable = useChanges((state) => state.drawable);
  const timeWindow = useExplorer((state) => state.timeWindow);
  const networkName = useExplorer((state) => state.networkName);
  const files = useExplorer((state) => state.sourceFiles);
  const years = useExplorer((state) => state.years);
  const [exportError, setExportError] = useState<string | null>(null);
  const { comparison, request } = held;
  const { ties, actors, halfLife, communities } = comparison;
  const span = spanOf(comparison.from, comparison.to);
  const exportRows = async (selection: ChangesSelection) => {
    setExportError(null);
    const file = await changesCsv(held.id, selection);
    if (file === null) {
      setExportError(t('changes.exportGone'));
      return;
    }
    const windows = `${formatTimeWindow(comparison.from)}-${formatTimeWindow(comparison.to)}`.replace(
      /–/g,
      '-',
    );
    const suffix = selection === 'all' ? '' : `-${selection}`;
    download(`${fileSafeName(networkName)}-changes-${windows}${suffix}.csv`, file);
  };
  return (
    <section className="changes-section" aria-labelledby="changes-summary-title">
      <h3 id="changes-summary-title">
        {t('changes.between', {
          from: formatTimeWindow(comparison.from),
          to: formatTimeWindow(comparison.to),
        })}
      </h3>
      <div data-testid="changes-summary">
        {describeComparison(comparison).map((message) => (
          <p key={message.code}>{sayComparison(t, message, comparison)}</p>
        ))}
      </div>
      <dl className="changes-figures" data-testid="changes-figures">
        <Figure
          id="ties-entered"
          label={t('changes.figure.tiesEntered')}
          value={ties.entered}
          text={format.count(ties.entered)}
        />
        <Figure
          id="ties-left"
          label={t('changes.figure.tiesLeft')}
          value={ties.left}
          text={format.count(ties.left)}
        />
        <Figure
          id="ties-persisted"
          label={t('changes.figure.tiesPersisted')}
          value={ties.persisted}
          text={format.count(ties.persisted)}
        />
        <Figure
          id="churn"
          label={t('changes.figure.churn')}
          value={ties.churn}
          text={ties.churn === null ? '–' : format.share(ties.churn)}
        />
        <Figure
          id="half-life"
          label={t('changes.figure.halfLife')}
          value={halfLife.years}
          text={halfLife.years === null ? '–' : t('changes.years', { count: halfLife.years })}
        />
        <Figure
          id="actors-entered"
          label={t('changes.figure.actorsEntered')}
          value={actors.entered}
          text={format.count(actors.entered)}
        />
        <Figure
          id="actors-left"
          label={t('changes.figure.actorsLeft')}
          value={actors.left}
          text={format.count(actors.left)}
        />
        <Figure
          id="actors-stayed"
          label={t('changes.figure.actorsStayed')}
          value={actors.stayed}
          text={format.count(actors.stayed)}
        />
        <Figure
          id="mean-jaccard"
          label={t('changes.figure.jaccard')}
          value={communities.meanJaccard}
          text={communities.meanJaccard === null ? '–' : format.number(communities.meanJaccard)}
        />
      </dl>
      <div className="changes-map">
        <label>
          <input
            type="checkbox"
            checked={drawn}
            data-testid="changes-draw"
            onChange={(event) => useChanges.setState({ drawn: event.target.checked })}
          />{' '}
          {t('changes.draw')}
        </label>
        <span className="changes-key">
          <span className="swatch line" style={{ background: ENTERED_TIE }} aria-hidden="true" />{' '}
          {t('changes.keyEntered')}
          <span className="swatch line" style={{ background: LEFT_TIE }} aria-hidden="true" />{' '}
          {t('changes.keyLeft')}
        </span>
        {drawn && drawable && (
          <p className="muted small" data-testid="changes-drawn">
            {t('changes.drawnCounts', {
              entered: drawable.entered,
              enteredAll: ties.entered,
              left: drawable.left,
              leftAll: ties.left,
            })}
          </p>
        )}
        {drawn && !covers(timeWindow, span) && (
          <p className="small">
            {t('changes.outsideWindow')}{' '}
            <button
              type="button"
              onClick={() => useExplorer.getState().setTimeWindow(windowOf(years, rangeOf(years, span)))}
            >
              {t('changes.showSpan', { span: formatTimeWindow(span) })}
            </button>
          </p>
        )}
      </div>
      <fieldset className="changes-exports">
        <legend className="visually-hidden">{t('changes.exports')}</legend>
        {EXPORTS.map((selection) => (
          <button key={selection} type="button" onClick={() => void exportRows(selection)}>
            {t(`changes.export.${selection}`)}
          </button>
        ))}
        {exportError && <p role="alert">{exportError}</p>}
      </fieldset>
      <details className="changes-command">
        <summary>{t('changes.command')}</summary>
        {/* A command line is typed as it is, in every language. */}
        <code data-testid="changes-command" {...DATA}>
          {equivalentCommand(
            files.map((file) => file.name),
            request,
            held.sample,
          )}
        </code>
      </details>
    </section>
  );
}
