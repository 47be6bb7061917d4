/**
 * Per-actor E-I and external share, searchable and sortable. Shows the first rows only: the
 * table is for reading the top of a sort or finding an actor, and 65k rows would stall the DOM.
 */
import { useMemo, useState } from 'react';
import { formatNumber, formatPercent } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
import { SortableHeader } from '../clusters/SortableHeader.tsx';
import { nextSort, type SortState } from '../clusters/sort-rows.ts';
import {
  ACTOR_TEXT_COLUMNS,
  type ActorLocality,
  type ActorLocalityColumn,
  DEFAULT_ACTOR_SORT,
  searchActors,
  sortActors,
} from './actor-locality.ts';

const ROWS_SHOWN = 200;

export function ActorLocalityTable({
  rows,
  selected,
  onOpen,
}: {
  rows: readonly ActorLocality[];
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const { t, language } = useWording();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState<ActorLocalityColumn>>(DEFAULT_ACTOR_SORT);
  const sorted = useMemo(() => sortActors(searchActors(rows, query), sort), [rows, query, sort]);
  const sortBy = (column: ActorLocalityColumn) => setSort(nextSort(sort, column, ACTOR_TEXT_COLUMNS));
  const header = (column: ActorLocalityColumn, label: string, title?: string) => (
    <SortableHeader
      column={column}
      label={label}
      title={title}
      sort={sort}
      onSort={sortBy}
      numeric={column !== 'label'}
    />
  );
  return (
    <>
      <div className="locality-toolbar">
        <input
          type="search"
          className="locality-search"
          placeholder={t('common.findActor')}
          aria-label={t('common.findActor')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted">
          {sorted.length > ROWS_SHOWN
            ? t('locality.actors.shown', { shown: ROWS_SHOWN, total: sorted.length })
            : t('locality.actors.all', { count: sorted.length })}
        </span>
      </div>
      <div className="locality-table-scroll">
        <table className="data-table" data-testid="actor-locality">
          <thead>
            <tr>
              {header('label', t('locality.actors.actor'))}
              {header('localTies', t('locality.actors.local'))}
              {header('externalTies', t('locality.actors.external'))}
              {header('externalShare', t('locality.actors.externalShare'))}
              {header('ei', t('locality.actors.ei'), t('locality.actors.eiTitle'))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, ROWS_SHOWN).map((row) => (
              <tr key={row.key} className={row.key === selected ? 'selected' : undefined}>
                <td className="locality-actor">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(row.key)}
                    title={row.label}
                    {...DATA}
                  >
                    {row.label}
                  </button>
                </td>
                <td className="number">{formatNumber(row.localTies, language)}</td>
                <td className="number">{formatNumber(row.externalTies, language)}</td>
                <td className="number">{formatPercent(row.externalShare, language)}</td>
                <td className="number">{formatNumber(row.ei, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
