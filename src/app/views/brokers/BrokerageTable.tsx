/**
 * One row per actor with each role's count and z-score; sortable by any column, searchable by
 * name. Only the rows in view are rendered (as in the rankings), so 16,000 actors scroll freely.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { Translate } from '../../../i18n/i18n.ts';
import { DATA, useWording } from '../../i18n.ts';
import { cellText, cellTitle } from '../rankings/format.ts';
import { SpacerRow } from '../rankings/RankingsTable.tsx';
import { nextSort, type SortState } from '../rankings/sort.ts';
import type { RankingTable } from '../rankings/table.ts';
import {
  type BrokerageColumn,
  brokerageColumns,
  brokerageRows,
  DEFAULT_BROKERAGE_SORT,
} from './brokerage-table.ts';
import { roleName, SIGNIFICANT_Z } from './roles.ts';

const ROW_HEIGHT = 28;
/** Two header rows (role, then count and z); the virtualiser starts the body below them. */
const HEADER_HEIGHT = 52;
const LABEL_WIDTH = 170;
const NUMBER_WIDTH = 50;

interface BrokerageTableProps {
  table: RankingTable;
  selected: string | null;
  onOpen(key: string): void;
}

export function BrokerageTable({ table, selected, onOpen }: BrokerageTableProps) {
  const wording = useWording();
  const { t } = wording;
  const columns = useMemo(brokerageColumns, []);
  const [sort, setSort] = useState<SortState>(DEFAULT_BROKERAGE_SORT);
  const [query, setQuery] = useState('');
  const rows = useMemo(() => brokerageRows(table, columns, sort, query), [table, columns, sort, query]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start - HEADER_HEIGHT : 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - HEADER_HEIGHT) : 0;
  const roleColumns = columns.filter((entry) => entry.role !== null && !entry.isZ);

  return (
    <div className="brokerage-table-block">
      <div className="brokers-search">
        <input
          type="search"
          placeholder={t('common.findActor')}
          aria-label={t('brokers.table.search')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted">
          {rows.length === table.keys.length
            ? t('brokers.table.actors', { count: rows.length })
            : t('common.countOfTotal', { shown: rows.length, total: table.keys.length })}
        </span>
      </div>
      <div className="brokerage-scroll" ref={scrollRef}>
        <table
          className="brokerage-table"
          data-testid="brokerage-table"
          aria-label={t('brokers.table.label')}
          aria-rowcount={rows.length + 2}
        >
          <colgroup>
            {columns.map((entry) => (
              <col key={entry.column.id} style={{ width: entry.role ? NUMBER_WIDTH : LABEL_WIDTH }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="label">
                <SortButton
                  entry={columns[0]}
                  heading={t('brokers.table.actor')}
                  sort={sort}
                  onSort={setSort}
                  t={t}
                />
              </th>
              {roleColumns.map((entry) => (
                <th key={entry.column.id} scope="colgroup" colSpan={2} className="role">
                  {entry.role ? roleName(t, entry.role) : ''}
                </th>
              ))}
            </tr>
            <tr>
              {columns.slice(1).map((entry) => (
                <th key={entry.column.id} scope="col" className="number" aria-sort={ariaSort(entry, sort)}>
                  <SortButton
                    entry={entry}
                    heading={entry.isZ ? t('brokers.table.z') : t('brokers.table.count')}
                    sort={sort}
                    onSort={setSort}
                    t={t}
                  />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && <SpacerRow height={paddingTop} span={columns.length} />}
            {items.map((item) => {
              const index = rows[item.index];
              const key = table.keys[index];
              return (
                <tr
                  key={key}
                  data-testid="brokerage-row"
                  data-actor={key}
                  className={key === selected ? 'selected' : undefined}
                  aria-rowindex={item.index + 3}
                  aria-current={key === selected ? 'true' : undefined}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => onOpen(key)}
                >
                  <td className="label">
                    <button
                      type="button"
                      className="link-button"
                      title={t('common.selectOnMap', { label: table.labels[index] })}
                      {...DATA}
                    >
                      {table.labels[index]}
                    </button>
                  </td>
                  {columns.slice(1).map((entry) => (
                    <td
                      key={entry.column.id}
                      className={cellClass(
                        entry,
                        entry.column.type === 'measure'
                          ? table.measures[entry.column.id]?.[index]
                          : undefined,
                      )}
                      title={cellTitle(table, entry.column, index, wording)}
                    >
                      {cellText(table, entry.column, index, wording)}
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && <SpacerRow height={paddingBottom} span={columns.length} />}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted brokers-empty">{t('common.noMatch')}</p>}
      </div>
    </div>
  );
}

function cellClass(entry: BrokerageColumn, value: number | undefined): string {
  const significant = entry.isZ && value !== undefined && value > SIGNIFICANT_Z;
  return significant ? 'number significant' : entry.isZ ? 'number z' : 'number';
}

function ariaSort(entry: BrokerageColumn, sort: SortState) {
  return sort.columnId === entry.column.id ? sort.direction : undefined;
}

function SortButton({
  entry,
  heading,
  sort,
  onSort,
  t,
}: {
  entry: BrokerageColumn;
  heading: string;
  sort: SortState;
  onSort(sort: SortState): void;
  t: Translate;
}) {
  const direction = ariaSort(entry, sort);
  const role = entry.role ? roleName(t, entry.role).toLowerCase() : '';
  const name = !entry.role
    ? heading
    : entry.isZ
      ? t('brokers.table.zOf', { role })
      : t('brokers.table.countOf', { role });
  const label = t('brokers.table.sortBy', { column: name });
  return (
    <button
      type="button"
      onClick={() => onSort(nextSort(sort, entry.column))}
      title={label}
      aria-label={label}
    >
      {heading}
      <span className="sort-arrow" aria-hidden="true">
        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
      </span>
    </button>
  );
}
