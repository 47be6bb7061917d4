/**
 * The role table's columns and rows. Built on the rankings' table (one entry per actor in node
 * order, analysis columns by id) and its sorting, so both tables order and print values alike.
 */
import { isOutputId, MEASURES, type OutputId } from '../../../analysis/registry.ts';
import type { OutputSpec } from '../../../analysis/types.ts';
import { LABEL_COLUMN, type RankingColumn } from '../rankings/columns.ts';
import { filterByLabel } from '../rankings/filter.ts';
import { type SortState, sortedIndices, sortKeys } from '../rankings/sort.ts';
import type { RankingTable } from '../rankings/table.ts';
import { BROKERAGE_ROLE_INFO, type BrokerageRoleInfo } from './roles.ts';

export interface BrokerageColumn {
  readonly column: RankingColumn;
  readonly role: BrokerageRoleInfo | null;
  readonly isZ: boolean;
}

export const DEFAULT_BROKERAGE_SORT: SortState = { columnId: 'gatekeeper_z', direction: 'descending' };

const OUTPUTS: ReadonlyMap<OutputId, OutputSpec<OutputId>> = new Map(
  MEASURES.flatMap((measure) => measure.outputs.map((output) => [output.id, output] as const)),
);

function measureColumn(id: OutputId): RankingColumn {
  const output = OUTPUTS.get(id) ?? { id, label: id };
  return { type: 'measure', id, family: 'brokerage', output };
}

/** Actor, then per role its raw count and z-score. */
export function brokerageColumns(): BrokerageColumn[] {
  const columns: BrokerageColumn[] = [{ column: LABEL_COLUMN, role: null, isZ: false }];
  for (const role of BROKERAGE_ROLE_INFO) {
    columns.push({ column: measureColumn(role.id), role, isZ: false });
    columns.push({ column: measureColumn(`${role.id}_z`), role, isZ: true });
  }
  return columns;
}

/** Node indices in display order: sorted by `sort`, then kept when the label matches `query`. */
export function brokerageRows(
  table: RankingTable,
  columns: readonly BrokerageColumn[],
  sort: SortState,
  query: string,
): Int32Array {
  const sortColumn =
    columns.find((entry) => entry.column.id === sort.columnId)?.column ??
    (isOutputId(sort.columnId) ? measureColumn(sort.columnId) : LABEL_COLUMN);
  return filterByLabel(sortedIndices(sortKeys(table, sortColumn), sort.direction), table.searchKeys, query);
}

/** Keys of the actors whose z-score in `role` is above `threshold`, for highlighting them on the canvas. */
export function significantActors(table: RankingTable, role: BrokerageRoleInfo, threshold: number): string[] {
  const scores = table.measures[`${role.id}_z`];
  if (!scores) return [];
  return table.keys.filter((_key, index) => scores[index] > threshold);
}
