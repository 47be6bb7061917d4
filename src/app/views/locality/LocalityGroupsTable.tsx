/** The group-level E-I table: per locality group its size, ties inside and across its border, and E-I. */
import { useMemo, useState } from 'react';
import { formatCount, formatNumber } from '../../charts/format.ts';
import { DATA, useWording } from '../../i18n.ts';
import { groupName } from '../../words.ts';
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
  const { t, language } = useWording();
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
            {header('size', t('locality.groups.actors'))}
            {header('internalTies', t('locality.groups.inside'), t('locality.groups.insideTitle'))}
            {header('externalTies', t('locality.groups.across'), t('locality.groups.acrossTitle'))}
            {header('ei', t('locality.groups.ei'), t('locality.groups.eiTitle'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.group}>
              <td {...DATA}>{groupName(t, row.group)}</td>
              <td className="number">{formatCount(row.size, language)}</td>
              <td className="number">{formatCount(row.internalTies, language)}</td>
              <td className="number">{formatCount(row.externalTies, language)}</td>
              <td className="number">{row.ei === null ? '–' : formatNumber(row.ei, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
