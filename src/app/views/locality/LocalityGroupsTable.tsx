/** The group-level E-I table: per locality group its size, ties inside and across its border, and E-I. */
import { useMemo, useState } from 'react';
import { formatCount, formatNumber } from '../../charts/format.ts';
import { SortableHeader } from '../clusters/SortableHeader.tsx';
import { nextSort, type SortState } from '../clusters/sort-rows.ts';
import {
  DEFAULT_GROUP_SORT,
  GROUP_TEXT_COLUMNS,
  type LocalityGroupColumn,
  type LocalityGroupRow,
  sortGroups,
} from './group-rows.ts';

export function LocalityGroupsTable({
  rows,
  groupWord,
}: {
  rows: readonly LocalityGroupRow[];
  groupWord: string;
}) {
  const [sort, setSort] = useState<SortState<LocalityGroupColumn>>(DEFAULT_GROUP_SORT);
  const sorted = useMemo(() => sortGroups(rows, sort), [rows, sort]);
  const sortBy = (column: LocalityGroupColumn) => setSort(nextSort(sort, column, GROUP_TEXT_COLUMNS));
  const header = (column: LocalityGroupColumn, label: string, title?: string) => (
    <SortableHeader
      column={column}
      label={label}
      title={title}
      sort={sort}
      onSort={sortBy}
      numeric={column !== 'group'}
    />
  );
  return (
    <div className="locality-table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            {header('group', groupWord)}
            {header('size', 'Actors')}
            {header('internalTies', 'Inside', 'Ties with both ends in the group')}
            {header('externalTies', 'Across', 'Ties with one end in the group')}
            {header('ei', 'E-I', '(across − inside)/(across + inside): −1 closed, +1 open')}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.group}>
              <td>{row.group}</td>
              <td className="number">{formatCount(row.size)}</td>
              <td className="number">{formatCount(row.internalTies)}</td>
              <td className="number">{formatCount(row.externalTies)}</td>
              <td className="number">{row.ei === null ? '–' : formatNumber(row.ei)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
