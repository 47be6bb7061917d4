/** A column header that sorts its table on click and tells screen readers how it is sorted. */
import type { SortState } from './sort-rows.ts';

export function SortableHeader<Column extends string>({
  column,
  label,
  sort,
  onSort,
  numeric = true,
  title,
}: {
  column: Column;
  label: string;
  sort: SortState<Column>;
  onSort: (column: Column) => void;
  numeric?: boolean;
  title?: string;
}) {
  const active = sort.column === column;
  const arrow = active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : '';
  return (
    <th
      scope="col"
      className={numeric ? 'number' : undefined}
      aria-sort={active ? sort.direction : 'none'}
      title={title}
    >
      <button type="button" className="view-sort-button" onClick={() => onSort(column)}>
        {label}
        {arrow}
      </button>
    </th>
  );
}
