/**
 * Sorting the rankings without building rows: every column becomes one numeric sort key per
 * actor (the measure itself, or a collation rank for text), and the result is an Int32Array of
 * node indices. Undefined values (NaN) go last in both directions; equal keys keep node order.
 */
import { ACTOR_KINDS } from '../../../model/kinds.ts';
import type { RankingColumn } from './columns.ts';
import type { RankingTable } from './table.ts';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly columnId: string;
  readonly direction: SortDirection;
}

/** Counts and scores read best-first; names read A to Z. */
export function firstDirection(column: RankingColumn): SortDirection {
  return column.type === 'measure' ? 'descending' : 'ascending';
}

/** Next sort after a click on `column`'s header: a new column starts in its natural direction, the same one flips. */
export function nextSort(current: SortState | null, column: RankingColumn): SortState {
  if (current?.columnId !== column.id) return { columnId: column.id, direction: firstDirection(column) };
  return { columnId: column.id, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rank of each text in collation order (equal texts share a rank), so text sorts like numbers. */
export function collationRanks(texts: readonly string[]): Float64Array {
  const order = Array.from(texts.keys()).sort((a, b) => collator.compare(texts[a], texts[b]) || a - b);
  const ranks = new Float64Array(texts.length);
  let rank = 0;
  for (let position = 0; position < order.length; position++) {
    if (position > 0 && collator.compare(texts[order[position - 1]], texts[order[position]]) !== 0) rank++;
    ranks[order[position]] = rank;
  }
  return ranks;
}

/** Collation is the slow part of a text sort (tens of ms for 16,000 labels), so ranks are kept per table. */
const textRanksByTable = new WeakMap<RankingTable, Map<string, Float64Array>>();

function textRanks(table: RankingTable, columnId: string, texts: () => readonly string[]): Float64Array {
  const cached = textRanksByTable.get(table) ?? new Map<string, Float64Array>();
  textRanksByTable.set(table, cached);
  const ranks = cached.get(columnId) ?? collationRanks(texts());
  cached.set(columnId, ranks);
  return ranks;
}

/**
 * One numeric key per actor for `column`; categories sort by their code, which the registry
 * orders meaningfully, and kinds in the model's order (firms first), whatever the language.
 */
export function sortKeys(table: RankingTable, column: RankingColumn): ArrayLike<number> {
  if (column.type === 'label') return textRanks(table, 'label', () => table.labels);
  if (column.type === 'kind') return Float64Array.from(table.kinds, (kind) => ACTOR_KINDS.indexOf(kind));
  return table.measures[column.id] ?? new Float64Array(table.keys.length).fill(Number.NaN);
}

/** Node indices 0 … n−1 ordered by `keys`; NaN last, ties in index order whatever the direction. */
export function sortedIndices(keys: ArrayLike<number>, direction: SortDirection): Int32Array {
  const defined: number[] = [];
  const undefinedAtEnd: number[] = [];
  for (let index = 0; index < keys.length; index++) {
    (Number.isNaN(keys[index]) ? undefinedAtEnd : defined).push(index);
  }
  const sign = direction === 'ascending' ? 1 : -1;
  defined.sort((a, b) => sign * (keys[a] - keys[b]) || a - b);
  const order = new Int32Array(keys.length);
  order.set(defined);
  order.set(undefinedAtEnd, defined.length);
  return order;
}

/** Node order, for a table nobody has sorted yet. */
export function naturalIndices(count: number): Int32Array {
  return Int32Array.from({ length: count }, (_, index) => index);
}
