/** The grouping brokerage is computed on; a change re-runs the analysis in its worker. */
import { useId, useMemo } from 'react';
import type { AnalysisSettings } from '../../../analysis/settings.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import { categoricalFields } from '../../appearance/appearance.ts';
import { useWording } from '../../i18n.ts';
import { useExplorer } from '../../store.ts';
import { currentGrouping, groupingChoices } from './grouping.ts';

export function GroupingControl({
  ecosystem,
  settings,
}: {
  ecosystem: Ecosystem;
  settings: AnalysisSettings;
}) {
  const computing = useExplorer((state) => state.computing);
  const noteId = useId();
  const fields = useMemo(() => categoricalFields(ecosystem), [ecosystem]);
  const { t } = useWording();
  const choices = useMemo(() => groupingChoices(settings, fields, t), [settings, fields, t]);
  const current = currentGrouping(settings);

  return (
    <div className="brokers-grouping">
      <label>
        {t('brokers.grouping.label')}{' '}
        <select
          data-testid="grouping-select"
          aria-label={t('brokers.grouping.aria')}
          aria-describedby={noteId}
          value={current}
          onChange={(event) => {
            if (event.target.value !== current)
              useExplorer.getState().setAnalysisSettings({ groupBy: event.target.value });
          }}
        >
          {choices.map((choice) => (
            <option key={choice.field} value={choice.field}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <span className="brokers-status" role="status">
        {computing ? t('common.recomputing') : ''}
      </span>
      <p id={noteId} className="muted brokers-note">
        {t('brokers.grouping.note')}
      </p>
    </div>
  );
}
