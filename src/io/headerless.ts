/**
 * A table whose first row is data, not a header: an edge list written without one (`a,b` or
 * `a;b;2`), as scripts and older tools write them. Read as source, target and, when every row
 * has a number there, strength, only when the evidence is clear: two or three columns whose
 * names recur between the first two columns (ends of ties are shared) or whose third column is
 * numeric throughout. Otherwise the table stays unrecognised and is reported as such.
 */

import type { Table } from './table.ts';
import { parseNumber } from './values.ts';

export function headerlessEdgeList(table: Table): { table: Table; fields: string[] } | undefined {
  const width = table.header.length;
  if (width < 2 || width > 3 || table.rows.length === 0) return undefined;
  const first = table.header.map((cell) => cell.trim());
  const rows = [first, ...table.rows];
  if (rows.some((row) => row.slice(width).some((cell) => cell.trim() !== ''))) return undefined;
  if (rows.some((row) => (row[0] ?? '').trim() === '' || (row[1] ?? '').trim() === '')) return undefined;
  const weighted = width === 3 && rows.every((row) => parseNumber(row[2] ?? '') !== undefined);
  if (width === 3 && !weighted) return undefined;
  const sources = new Set(rows.map((row) => row[0].trim()));
  const shared = rows.some((row) => sources.has(row[1].trim()));
  if (!shared && !weighted) return undefined;
  const fields = weighted ? ['source', 'target', 'strength'] : ['source', 'target'];
  return {
    table: {
      header: fields,
      rows,
      rowNumbers: [(table.rowNumbers[0] ?? 2) - 1, ...table.rowNumbers],
      ...(table.overflow ? { overflow: table.overflow } : {}),
    },
    fields,
  };
}
