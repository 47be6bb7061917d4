/**
 * The filter in force, in words, for a figure's caption and the export menu: which years, which
 * kinds, which places, which part of the network. Empty when the whole network is shown.
 */
import type { Wording } from '../../i18n/i18n.ts';
import { outputLabel } from '../../i18n/registry-texts.ts';
import { formatNumber } from '../charts/format.ts';
import type { TimeWindow } from '../pipeline/declaration.ts';
import { actorKindLabel, relationKindLabel } from '../words.ts';
import { type Filters, isFiltering } from './filters.ts';

export function describeFilters(
  filters: Filters,
  window: TimeWindow | null,
  { t, language }: Wording,
): string[] {
  const lower = (text: string) => text.toLocaleLowerCase(language);
  const lines: string[] = [];
  if (window)
    lines.push(
      window.from === window.to
        ? t('filterWords.year', { year: window.from })
        : t('filterWords.years', { from: window.from, to: window.to }),
    );
  if (!isFiltering(filters)) return lines;
  if (filters.actorKinds.length > 0)
    lines.push(
      t('filterWords.actorKinds', {
        kinds: filters.actorKinds.map((kind) => lower(actorKindLabel(t, kind))).join(', '),
      }),
    );
  if (filters.relationKinds.length > 0)
    lines.push(
      t('filterWords.relationKinds', {
        kinds: filters.relationKinds.map((kind) => lower(relationKindLabel(t, kind))).join(', '),
      }),
    );
  if (filters.localities.length > 0)
    lines.push(t('filterWords.localities', { places: filters.localities.join(', ') }));
  if (filters.minStrength > 0)
    lines.push(t('filterWords.strength', { strength: formatNumber(filters.minStrength, language) }));
  if (filters.measure)
    lines.push(
      t('filterWords.measure', {
        measure: outputLabel(t, filters.measure.id),
        min: filters.measure.min === null ? '−∞' : formatNumber(filters.measure.min, language),
        max: filters.measure.max === null ? '∞' : formatNumber(filters.measure.max, language),
      }),
    );
  if (filters.ego) lines.push(t('filterWords.ego', { depth: filters.ego.depth }));
  if (filters.largestComponentOnly) lines.push(t('filterWords.largestComponent'));
  return lines;
}
