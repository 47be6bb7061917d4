/**
 * The group-level E-I table of the analysis (`tables.locality_groups`: each tie counted once,
 * internal when both ends are in the group) as typed rows, sortable. Only field rules have
 * groups; a distance rule has none.
 */
import type { ResultTable, TableValue } from '../../../analysis/types.ts';
import { type SortKey, type SortState, sortRows } from '../clusters/sort-rows.ts';

export interface LocalityGroupRow {
  readonly group: string;
  readonly size: number;
  readonly internalTies: number;
  readonly externalTies: number;
  readonly ei: number | null;
}

function numberOr(value: TableValue | undefined, fallback: number | null): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function localityGroupRows(table: ResultTable | undefined): LocalityGroupRow[] {
  if (!table) return [];
  return table.rows.map((row) => ({
    group: String(row.group ?? ''),
    size: numberOr(row.size, 0) as number,
    internalTies: numberOr(row.local_ties, 0) as number,
    externalTies: numberOr(row.external_ties, 0) as number,
    ei: numberOr(row.ei_index, null),
  }));
}

export type LocalityGroupColumn = 'group' | 'size' | 'internalTies' | 'externalTies' | 'ei';

export const GROUP_TEXT_COLUMNS: readonly LocalityGroupColumn[] = ['group'];

export const DEFAULT_GROUP_SORT: SortState<LocalityGroupColumn> = { column: 'size', direction: 'descending' };

export function sortGroups(
  rows: readonly LocalityGroupRow[],
  sort: SortState<LocalityGroupColumn>,
): LocalityGroupRow[] {
  const keyOf = (row: LocalityGroupRow): SortKey => row[sort.column];
  return sortRows(rows, keyOf, sort.direction);
}
