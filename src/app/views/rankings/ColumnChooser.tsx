/** Which columns the rankings show: a checkbox per output, grouped by measure family. */
import type { Translate } from '../../../i18n/i18n.ts';
import { familyName } from '../../../i18n/registry-texts.ts';
import { useWording } from '../../i18n.ts';
import { columnLabel, columnsByFamily, KIND_COLUMN, type RankingColumn } from './columns.ts';
import { useRankingsSettings } from './settings.ts';

export function ColumnChooser({ columns }: { columns: readonly RankingColumn[] }) {
  const chosen = useRankingsSettings((state) => state.chosenColumns);
  const toggleColumn = useRankingsSettings((state) => state.toggleColumn);
  const resetColumns = useRankingsSettings((state) => state.resetColumns);
  const shownCount = columns.filter((column) => column.type === 'label' || chosen.has(column.id)).length;
  const { t } = useWording();

  return (
    <details className="dropdown column-chooser">
      <summary>
        {t('rankings.chooser.columns')}{' '}
        <span className="muted">
          {t('rankings.chooser.count', { shown: shownCount, total: columns.length })}
        </span>
      </summary>
      <div className="column-chooser-menu">
        <fieldset>
          <legend>{t('rankings.chooser.actor')}</legend>
          <label>
            <input type="checkbox" checked disabled />
            {t('rankings.chooser.actorName')}
          </label>
          <ColumnCheckbox column={KIND_COLUMN} checked={chosen.has('kind')} onChange={toggleColumn} t={t} />
        </fieldset>
        {columnsByFamily(columns).map((group) => (
          <fieldset key={group.family}>
            <legend>{familyName(t, group.family)}</legend>
            {group.columns.map((column) => (
              <ColumnCheckbox
                key={column.id}
                column={column}
                checked={chosen.has(column.id)}
                onChange={toggleColumn}
                t={t}
              />
            ))}
          </fieldset>
        ))}
        {columns.length <= 2 && <p className="muted">{t('rankings.chooser.waiting')}</p>}
        <button type="button" onClick={resetColumns}>
          {t('rankings.chooser.defaults')}
        </button>
      </div>
    </details>
  );
}

function ColumnCheckbox({
  column,
  checked,
  onChange,
  t,
}: {
  column: RankingColumn;
  checked: boolean;
  onChange(id: string, shown: boolean): void;
  t: Translate;
}) {
  return (
    <label title={column.type === 'measure' ? t('rankings.chooser.csvColumn', { id: column.id }) : undefined}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(column.id, event.target.checked)}
      />
      {columnLabel(t, column)}
    </label>
  );
}
