/**
 * The make-up of the network as bars: actors by kind, by locality value (the largest groups
 * and the rest), relations by kind; and the leading actors of a measure. Counting only.
 */
import type { Translate } from '../../../i18n/i18n.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import type { FieldValue } from '../../../model/fields.ts';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../model/kinds.ts';
import type { BarItem } from '../../charts/describe.ts';
import { ACTOR_KIND_COLOURS, RELATION_KIND_COLOURS } from '../../palette.ts';
import { actorKindLabel, relationKindLabel } from '../../words.ts';

/** Bars for the top groups of a field: more would not be read, the rest go into "Other". */
export const TOP_FIELD_VALUES = 12;
/** Grey for the bars that are not one category ("Other", "No value"). */
export const REMAINDER_COLOUR = '#b8bec8';

/** Known kinds in their order and colours, with the product's words; a kind a file brought is its data. */
function kindBars(
  counts: Readonly<Record<string, number>>,
  known: readonly string[],
  label: (kind: string) => string,
  colours: Readonly<Record<string, string>>,
): BarItem[] {
  const unknown = Object.keys(counts)
    .filter((kind) => !known.includes(kind))
    .sort();
  return [...known, ...unknown]
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => ({
      key: kind,
      label: label(kind),
      value: counts[kind],
      colour: colours[kind],
      ...(known.includes(kind) ? {} : { data: true }),
    }));
}

/** Actor kinds in the legend's order and colours. */
export function actorKindBars(actorsByKind: Readonly<Record<string, number>>, t: Translate): BarItem[] {
  return kindBars(actorsByKind, ACTOR_KINDS, (kind) => actorKindLabel(t, kind), ACTOR_KIND_COLOURS);
}

export function relationKindBars(relationsByKind: Readonly<Record<string, number>>, t: Translate): BarItem[] {
  return kindBars(
    relationsByKind,
    RELATION_KINDS,
    (kind) => relationKindLabel(t, kind),
    RELATION_KIND_COLOURS,
  );
}

export interface FieldBreakdown {
  readonly items: BarItem[];
  /** Distinct values present (before grouping the rest as "Other"). */
  readonly distinctValues: number;
  readonly missing: number;
}

/**
 * Counts per value, largest first (ties alphabetical); past `top` values the rest are one
 * "Other" bar, and actors without a value one "No value" bar, both last.
 */
export function fieldBreakdown(
  values: Iterable<FieldValue | undefined>,
  t: Translate,
  top: number = TOP_FIELD_VALUES,
): FieldBreakdown {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === null || value === undefined || value === '') missing++;
    else counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const items: BarItem[] = sorted
    .slice(0, top)
    .map(([value, count]) => ({ key: `value:${value}`, label: value, value: count, data: true }));
  const rest = sorted.slice(top);
  if (rest.length > 0) {
    items.push({
      key: 'other',
      label: t('overview.composition.other', { count: rest.length }),
      value: rest.reduce((sum, [, count]) => sum + count, 0),
      colour: REMAINDER_COLOUR,
    });
  }
  if (missing > 0)
    items.push({
      key: 'missing',
      label: t('overview.composition.noValue'),
      value: missing,
      colour: REMAINDER_COLOUR,
    });
  return { items, distinctValues: counts.size, missing };
}

/** The value of one actor field for every actor, in the ecosystem's node order. */
export function* actorFieldValues(ecosystem: Ecosystem, field: string): Generator<FieldValue | undefined> {
  for (const { attributes } of ecosystem.nodeEntries()) yield attributes.fields[field];
}

/**
 * Node indices of the `limit` highest values of a column, highest first; undefined (NaN)
 * values never rank, equal values go alphabetically by label so the list is stable.
 */
export function topIndices(column: ArrayLike<number>, labels: readonly string[], limit: number): number[] {
  const indices: number[] = [];
  for (let i = 0; i < column.length; i++) if (Number.isFinite(column[i])) indices.push(i);
  indices.sort((a, b) => column[b] - column[a] || (labels[a] ?? '').localeCompare(labels[b] ?? ''));
  return indices.slice(0, limit);
}
