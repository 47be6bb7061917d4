/**
 * The filter in force, in words, for a figure's caption and the export menu: which years, which
 * kinds, which places, which part of the network. Empty when the whole network is shown.
 */
import type { Translate } from '../../i18n/i18n.ts';
import type { TimeWindow } from '../pipeline/declaration.ts';
import { type Filters, isFiltering } from './filters.ts';

export function describeFilters(filters: Filters, window: TimeWindow | null, t: Translate): string[] {
  const lines: string[] = [];
  if (window)
    lines.push(
      window.from === window.to
        ? t('filterWords.year', { year: window.from })
        : t('filterWords.years', { from: window.from, to: window.to }),
    );
  if (!isFiltering(filters)) return lines;
  if (filters.actorKinds.length > 0)
    lines.push(t('filterWords.actorKinds', { kinds: filters.actorKinds.join(', ') }));
  if (filters.relationKinds.length > 0)
    lines.push(t('filterWords.relationKinds', { kinds: filters.relationKinds.join(', ') }));
  if (filters.localities.length > 0)
    lines.push(t('filterWords.localities', { places: filters.localities.join(', ') }));
  if (filters.minStrength > 0) lines.push(t('filterWords.strength', { strength: filters.minStrength }));
  if (filters.measure)
    lines.push(
      t('filterWords.measure', {
        measure: filters.measure.id,
        min: filters.measure.min ?? '−∞',
        max: filters.measure.max ?? '∞',
      }),
    );
  if (filters.ego) lines.push(t('filterWords.ego', { depth: filters.ego.depth }));
  if (filters.largestComponentOnly) lines.push(t('filterWords.largestComponent'));
  return lines;
}
