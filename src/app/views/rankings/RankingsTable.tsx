/**
 * The rankings table: a native <table> (so screen readers browse it as a table; it is the
 * canvas's text alternative) with a sticky header and actor column, whose body renders only the
 * rows in view, padded above and below to the full height; aria-rowcount and aria-rowindex tell
 * assistive technology the true size. One row at a time is the tab
 * stop (roving tabindex); arrow keys, Page Up/Down, Home and End move it, Enter selects.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import type { Translate, Wording } from '../../../i18n/i18n.ts';
import { DATA } from '../../i18n.ts';
import { columnLabel, type RankingColumn } from './columns.ts';
import { cellText, cellTitle } from './format.ts';
import type { SortState } from './sort.ts';
import type { RankingTable } from './table.ts';

const ROW_HEIGHT = 28;
/** Fixed so the virtualiser knows where the body starts and keeps a focused row clear of the sticky header. */
const HEADER_HEIGHT = 48;
const COLUMN_WIDTHS = { label: 220, kind: 170, measure: 116 } as const;

interface RankingsTableProps {
  table: RankingTable;
  columns: readonly RankingColumn[];
  /** Node indices in display order (sorted, filtered). */
  rows: Int32Array;
  sort: SortState | null;
  selectedKey: string | null;
  onSort(column: RankingColumn): void;
  onOpen(key: string): void;
  describedBy: string;
  wording: Wording;
}

export function RankingsTable({
  table,
  columns,
  rows,
  sort,
  selectedKey,
  onSort,
  onOpen,
  describedBy,
  wording,
}: RankingsTableProps) {
  const { t } = wording;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const { activePosition, moveTo, setActivePosition } = useRovingRow(rows.length, virtualizer, scrollRef);
  useScrollSelectionIntoView(table, rows, selectedKey, virtualizer);

  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0].start - HEADER_HEIGHT : 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - HEADER_HEIGHT) : 0;
  // The tab stop must be a rendered row; if the active one has scrolled away, the first in view takes over.
  const tabStop = items.some((item) => item.index === activePosition)
    ? activePosition
    : (items[0]?.index ?? -1);
  const width = columns.reduce((sum, column) => sum + columnWidth(column), 0);

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, position: number, key: string) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
    const targets: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      PageDown: position + page,
      PageUp: position - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(key);
    } else if (event.key in targets) {
      event.preventDefault();
      moveTo(targets[event.key]);
    }
  };

  return (
    <div className="rankings-scroll" ref={scrollRef}>
      <table
        className="rankings-table"
        aria-label={t('rankings.tableLabel')}
        aria-describedby={describedBy}
        aria-rowcount={rows.length + 1}
        data-testid="rankings-table"
        style={{ width }}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: columnWidth(column) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            {columns.map((column) => (
              <HeaderCell key={column.id} column={column} sort={sort} onSort={onSort} t={t} />
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <SpacerRow height={paddingTop} span={columns.length} />}
          {items.map((item) => {
            const index = rows[item.index];
            const key = table.keys[index];
            const selected = key === selectedKey;
            return (
              <tr
                key={key}
                data-testid="rankings-row"
                data-actor={key}
                data-position={item.index}
                aria-rowindex={item.index + 2}
                aria-current={selected ? 'true' : undefined}
                className={selected ? 'selected' : undefined}
                tabIndex={item.index === tabStop ? 0 : -1}
                style={{ height: ROW_HEIGHT }}
                onClick={() => onOpen(key)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, key)}
                onFocus={() => setActivePosition(item.index)}
              >
                {columns.map((column) => (
                  <td
                    key={column.id}
                    className={column.type === 'measure' ? 'number' : column.type}
                    title={cellTitle(table, column, index, wording)}
                    {...(column.type === 'label' ? DATA : undefined)}
                  >
                    {cellText(table, column, index, wording)}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && <SpacerRow height={paddingBottom} span={columns.length} />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted rankings-empty">{t('common.noMatch')}</p>}
    </div>
  );
}

function columnWidth(column: RankingColumn): number {
  return COLUMN_WIDTHS[column.type === 'measure' ? 'measure' : column.type];
}

function HeaderCell({
  column,
  sort,
  onSort,
  t,
}: {
  column: RankingColumn;
  sort: SortState | null;
  onSort(column: RankingColumn): void;
  t: Translate;
}) {
  const label = columnLabel(t, column);
  const direction = sort?.columnId === column.id ? sort.direction : undefined;
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '';
  return (
    <th scope="col" aria-sort={direction} className={column.type === 'measure' ? 'number' : column.type}>
      <button
        type="button"
        onClick={() => onSort(column)}
        title={column.type === 'measure' ? t('rankings.headerTitle', { label, id: column.id }) : label}
      >
        <span className="header-label">{label}</span>
        <span className="sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** Keeps the virtual body the full height without rendering the rows out of view; invisible to assistive technology. */
export function SpacerRow({ height, span }: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the spacer row has no tabindex and no content; it is not focusable.
    <tr aria-hidden="true" className="spacer" style={{ height }}>
      <td colSpan={span} />
    </tr>
  );
}

type RowVirtualizer = ReturnType<typeof useVirtualizer<HTMLDivElement, Element>>;

/**
 * The keyboard's current row. Moving it scrolls the row into view first and focuses it once
 * rendered, because a row far away does not exist in the DOM until the virtualiser draws it.
 */
function useRovingRow(
  count: number,
  virtualizer: RowVirtualizer,
  scrollRef: RefObject<HTMLDivElement | null>,
) {
  const [activePosition, setActivePosition] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);

  useEffect(() => {
    if (activePosition >= count) setActivePosition(Math.max(0, count - 1));
  }, [activePosition, count]);

  const moveTo = (position: number) => {
    if (count === 0) return;
    const target = Math.min(count - 1, Math.max(0, position));
    setActivePosition(target);
    setPendingFocus(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  // Runs after every render on purpose: the row may appear only after the scroll has re-rendered.
  useEffect(() => {
    if (pendingFocus === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-position="${pendingFocus}"]`);
    if (!row) return;
    row.focus({ preventScroll: true });
    setPendingFocus(null);
  });

  return { activePosition, moveTo, setActivePosition };
}

/** When the canvas or the search box selects an actor, bring its row into view (if it is shown). */
function useScrollSelectionIntoView(
  table: RankingTable,
  rows: Int32Array,
  selectedKey: string | null,
  virtualizer: RowVirtualizer,
) {
  const lastScrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedKey === lastScrolledTo.current) return;
    lastScrolledTo.current = selectedKey;
    if (selectedKey === null) return;
    const position = rows.indexOf(table.keys.indexOf(selectedKey));
    if (position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
  }, [selectedKey, rows, table, virtualizer]);
}
