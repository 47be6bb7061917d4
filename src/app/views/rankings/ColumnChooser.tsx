/** Which columns the rankings show: a checkbox per output, grouped by measure family. */
import { FAMILY_LABELS } from '../families.ts';
import { columnsByFamily, KIND_COLUMN, type RankingColumn } from './columns.ts';
import { useRankingsSettings } from './settings.ts';

export function ColumnChooser({ columns }: { columns: readonly RankingColumn[] }) {
  const chosen = useRankingsSettings((state) => state.chosenColumns);
  const toggleColumn = useRankingsSettings((state) => state.toggleColumn);
  const resetColumns = useRankingsSettings((state) => state.resetColumns);
  const shownCount = columns.filter((column) => column.type === 'label' || chosen.has(column.id)).length;

  return (
    <details className="dropdown column-chooser">
      <summary>
        Columns{' '}
        <span className="muted">
          ({shownCount} of {columns.length})
        </span>
      </summary>
      <div className="column-chooser-menu">
        <fieldset>
          <legend>Actor</legend>
          <label>
            <input type="checkbox" checked disabled />
            Actor name
          </label>
          <ColumnCheckbox column={KIND_COLUMN} checked={chosen.has('kind')} onChange={toggleColumn} />
        </fieldset>
        {columnsByFamily(columns).map((group) => (
          <fieldset key={group.family}>
            <legend>{FAMILY_LABELS[group.family]}</legend>
            {group.columns.map((column) => (
              <ColumnCheckbox
                key={column.id}
                column={column}
                checked={chosen.has(column.id)}
                onChange={toggleColumn}
              />
            ))}
          </fieldset>
        ))}
        {columns.length <= 2 && (
          <p className="muted">Measure columns appear when the analysis has finished.</p>
        )}
        <button type="button" onClick={resetColumns}>
          Default columns
        </button>
      </div>
    </details>
  );
}

function ColumnCheckbox({
  column,
  checked,
  onChange,
}: {
  column: RankingColumn;
  checked: boolean;
  onChange(id: string, shown: boolean): void;
}) {
  return (
    <label title={column.type === 'measure' ? `CSV column ${column.id}` : undefined}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(column.id, event.target.checked)}
      />
      {column.label}
    </label>
  );
}
