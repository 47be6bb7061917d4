/**
 * Sorting small view tables (communities, locality groups, actors) by one column. Shared by
 * the clusters and locality views; the rankings table has its own typed-array sort for 65k rows.
 * Missing values (null, NaN) go last in both directions; equal keys keep their input order.
 */

export type SortDirection = 'ascending' | 'descending';

export interface SortState<Column extends string = string> {
  readonly column: Column;
  readonly direction: SortDirection;
}

export type SortKey = number | string | null;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function isMissing(key: SortKey): key is null {
  return key === null || (typeof key === 'number' && Number.isNaN(key));
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function sortRows<Row>(
  rows: readonly Row[],
  keyOf: (row: Row) => SortKey,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row) }));
  keyed.sort((a, b) => {
    const aMissing = isMissing(a.key);
    const bMissing = isMissing(b.key);
    if (aMissing || bMissing) return Number(aMissing) - Number(bMissing) || a.index - b.index;
    return sign * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}

/**
 * The sort after a click on a column header: a new column starts in its natural direction
 * (numbers largest first, names A to Z), the same column flips.
 */
export function nextSort<Column extends string>(
  current: SortState<Column>,
  column: Column,
  textColumns: readonly Column[] = [],
): SortState<Column> {
  if (current.column !== column)
    return { column, direction: textColumns.includes(column) ? 'ascending' : 'descending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
