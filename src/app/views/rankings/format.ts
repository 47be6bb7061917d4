/**
 * How a cell reads, in the language on screen. The table shows a short form (four significant
 * digits) so columns stay narrow and scannable; the full value goes into the cell's tooltip.
 * The CSV keeps `.` decimals and full precision (csv.ts).
 */
import type { OutputSpec } from '../../../analysis/types.ts';
import type { Wording } from '../../../i18n/i18n.ts';
import { categoryLabel } from '../../../i18n/registry-texts.ts';
import { formatFull, formatShort } from '../../charts/format.ts';
import { actorKindLabel } from '../../words.ts';
import type { RankingColumn } from './columns.ts';
import type { RankingTable } from './table.ts';

const SIGNIFICANT_DIGITS = 4;

/** Short form of a float: 0.1234, 12.35, 1235, 1.23e-7 (0,1234 in Dutch). */
export function formatFloat(value: number, { language }: Pick<Wording, 'language'>): string {
  return formatShort(value, SIGNIFICANT_DIGITS, language);
}

/** What a measure cell shows: a category's name, a count without decimals, a short float, or nothing for NaN. */
export function formatMeasure(value: number, output: OutputSpec, wording: Wording): string {
  if (Number.isNaN(value)) return '';
  if (output.categories)
    return output.categories[value] === undefined
      ? String(value)
      : categoryLabel(wording.t, output.id, value);
  if (output.integer) return String(value);
  return formatFloat(value, wording);
}

/** The full value, for the tooltip, when the short form hides digits. */
export function fullMeasure(value: number, output: OutputSpec, wording: Wording): string | undefined {
  if (Number.isNaN(value) || output.categories || output.integer) return undefined;
  const full = formatFull(value, wording.language);
  return full === formatFloat(value, wording) ? undefined : full;
}

export function cellText(
  table: RankingTable,
  column: RankingColumn,
  index: number,
  wording: Wording,
): string {
  if (column.type === 'label') return table.labels[index];
  if (column.type === 'kind') return actorKindLabel(wording.t, table.kinds[index]);
  return formatMeasure(table.measures[column.id]?.[index] ?? Number.NaN, column.output, wording);
}

export function cellTitle(
  table: RankingTable,
  column: RankingColumn,
  index: number,
  wording: Wording,
): string | undefined {
  if (column.type === 'label') return table.labels[index];
  if (column.type === 'kind') return undefined;
  return fullMeasure(table.measures[column.id]?.[index] ?? Number.NaN, column.output, wording);
}
