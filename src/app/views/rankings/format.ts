/**
 * How a cell reads. The table shows a short form (four significant digits) so columns stay
 * narrow and scannable; the full value goes into the cell's tooltip and the CSV.
 */
import type { OutputSpec } from '../../../analysis/types.ts';
import { ACTOR_KIND_LABELS } from '../../../model/kinds.ts';
import type { RankingColumn } from './columns.ts';
import type { RankingTable } from './table.ts';

const SIGNIFICANT_DIGITS = 4;

/** Short form of a float: 0.1234, 12.35, 1235, 1.23e-7; plain `.` decimals, as in the CSV. */
export function formatFloat(value: number): string {
  if (!Number.isFinite(value)) return '';
  const magnitude = Math.abs(value);
  if (magnitude === 0) return '0';
  // Past a thousand the digits left of the point already say enough; rounding them away
  // (12350 for 12345.6) would misstate the value.
  if (magnitude >= 1000) return String(Math.round(value));
  if (magnitude < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

/** What a measure cell shows: a category's label, a count without decimals, a short float, or nothing for NaN. */
export function formatMeasure(value: number, output: OutputSpec): string {
  if (Number.isNaN(value)) return '';
  if (output.categories) return output.categories[value] ?? String(value);
  if (output.integer) return String(value);
  return formatFloat(value);
}

/** The full value, for the tooltip, when the short form hides digits. */
export function fullMeasure(value: number, output: OutputSpec): string | undefined {
  if (Number.isNaN(value) || output.categories || output.integer) return undefined;
  const full = String(value);
  return full === formatFloat(value) ? undefined : full;
}

export function cellText(table: RankingTable, column: RankingColumn, index: number): string {
  if (column.type === 'label') return table.labels[index];
  if (column.type === 'kind') return ACTOR_KIND_LABELS[table.kinds[index]];
  return formatMeasure(table.measures[column.id]?.[index] ?? Number.NaN, column.output);
}

export function cellTitle(table: RankingTable, column: RankingColumn, index: number): string | undefined {
  if (column.type === 'label') return table.labels[index];
  if (column.type === 'kind') return undefined;
  return fullMeasure(table.measures[column.id]?.[index] ?? Number.NaN, column.output);
}
