/**
 * Rankings: every actor with every registry measure, sortable, searchable, with a choice of
 * columns and a CSV of what is shown. It is also the canvas's text alternative: the table lists
 * every actor of the network. Reads the analysis columns; computes no measure.
 */
import { useId, useMemo } from 'react';
import { MEASURES } from '../../analysis/registry.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { focusActor } from '../canvas/renderer.ts';
import { download } from '../download.ts';
import { useWording } from '../i18n.ts';
import { useExplorer } from '../store.ts';
import { ColumnChooser } from './rankings/ColumnChooser.tsx';
import { columnLabel, type RankingColumn, rankingColumns, visibleColumns } from './rankings/columns.ts';
import { rankingsCsv, rankingsFileName } from './rankings/csv.ts';
import { filterByLabel } from './rankings/filter.ts';
import { RankingsTable } from './rankings/RankingsTable.tsx';
import { useRankingsSettings } from './rankings/settings.ts';
import { naturalIndices, nextSort, sortedIndices, sortKeys } from './rankings/sort.ts';
import { buildRankingTable } from './rankings/table.ts';
import './views.css';

export function RankingsView() {
  const ecosystem = useExplorer((state) => state.ecosystem);
  const { t } = useWording();
  if (!ecosystem)
    return (
      <section className="view rankings-view" aria-label={t('rankings.label')}>
        <p className="muted view-empty">{t('common.openNetworkFirst')}</p>
      </section>
    );
  return <Rankings ecosystem={ecosystem} />;
}

function openActor(key: string): void {
  useExplorer.getState().select(key);
  focusActor(key);
}

function Rankings({ ecosystem }: { ecosystem: Ecosystem }) {
  const analysis = useExplorer((state) => state.analysis);
  const phase = useExplorer((state) => state.phase);
  const selectedKey = useExplorer((state) => state.selected);
  const { sort, query, chosenColumns, setSort, setQuery } = useRankingsSettings();
  const countId = useId();
  const wording = useWording();
  const { t } = wording;

  const table = useMemo(() => buildRankingTable(ecosystem, analysis), [ecosystem, analysis]);
  const columns = useMemo(() => rankingColumns(MEASURES, (id) => id in table.measures), [table]);
  const shown = useMemo(() => visibleColumns(columns, chosenColumns), [columns, chosenColumns]);
  const sortColumn = columns.find((column) => column.id === sort?.columnId);
  const sortDirection = sort?.direction ?? 'descending';
  // Sorting is the costly step, so it does not depend on the search: typing only filters.
  const order = useMemo(
    () =>
      sortColumn
        ? sortedIndices(sortKeys(table, sortColumn), sortDirection)
        : naturalIndices(table.keys.length),
    [table, sortColumn, sortDirection],
  );
  const rows = useMemo(() => filterByLabel(order, table.searchKeys, query), [order, table, query]);
  const activeSort = sortColumn ? sort : null;

  const exportShown = () =>
    download(
      rankingsFileName(useExplorer.getState().networkName),
      rankingsCsv(table, shown, rows),
      'text/csv;charset=utf-8',
    );

  return (
    <section className="view rankings-view" aria-label={t('rankings.label')} data-testid="rankings-view">
      <div className="rankings-toolbar">
        <input
          type="search"
          className="rankings-search"
          placeholder={t('rankings.search')}
          aria-label={t('rankings.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={countId} className="rankings-count" aria-live="polite">
          {t('rankings.count', { shown: rows.length, total: table.keys.length })}
          {activeSort && sortColumn && (
            <span className="visually-hidden">
              {t('rankings.sorted', {
                column: columnLabel(t, sortColumn),
                direction: activeSort.direction,
              })}
            </span>
          )}
        </p>
        <ColumnChooser columns={columns} />
        <button
          type="button"
          onClick={exportShown}
          disabled={rows.length === 0}
          title={t('rankings.exportTitle')}
        >
          {t('rankings.export')}
        </button>
      </div>
      {phase === 'analysing' && <p className="muted rankings-note">{t('rankings.analysing')}</p>}
      <RankingsTable
        table={table}
        columns={shown}
        rows={rows}
        sort={activeSort}
        selectedKey={selectedKey}
        onSort={(column: RankingColumn) => setSort(nextSort(activeSort, column))}
        onOpen={openActor}
        describedBy={countId}
        wording={wording}
      />
    </section>
  );
}
