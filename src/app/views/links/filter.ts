/**
 * Which suggestions are shown: by kind, by locality (the pair in the same place or across
 * places, by the analysis's current locality rule) and by distance apart. Each suggestion is
 * first placed (local or not, km apart) once, so the row can say it and the filters only compare.
 */

import type { PlacedLink } from '../../../analysis/link-suggester.ts';
import type { SuggestionKind } from '../../../analysis/link-suggestions.ts';
import type { LocalityRule } from '../../../analysis/locality.ts';
import type { Wording } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../charts/format.ts';
import { fieldLabel } from '../../words.ts';

export type LocalityChoice = 'any' | 'local' | 'external';

export interface LinkFilters {
  kinds: ReadonlySet<SuggestionKind>;
  locality: LocalityChoice;
  /** Longest distance apart in km; null for no limit. */
  maxKm: number | null;
}

export { distanceKm, hasCoordinates, type PlacedLink, placeLinks } from '../../../analysis/link-suggester.ts';

/** A pair whose locality or distance is unknown cannot be shown to meet a locality or distance filter. */
export function filterLinks(links: readonly PlacedLink[], filters: LinkFilters): PlacedLink[] {
  return links.filter((link) => {
    if (!filters.kinds.has(link.kind)) return false;
    if (filters.locality === 'local' && link.local !== true) return false;
    if (filters.locality === 'external' && link.local !== false) return false;
    if (filters.maxKm !== null && (link.distanceKm === null || link.distanceKm > filters.maxKm)) return false;
    return true;
  });
}

/** The words for the locality choices under the current rule: "Same region", "Within 50 km". */
export function localityChoiceLabels(
  rule: LocalityRule,
  { t, language }: Wording,
): Record<LocalityChoice, string> {
  const any = t('links.place.any');
  if (rule.localKm > 0) {
    const km = formatNumber(rule.localKm, language);
    return { any, local: t('links.place.withinKm', { km }), external: t('links.place.fartherKm', { km }) };
  }
  const values = {
    rule: rule.localBy === 'country' ? 'country' : 'field',
    field: fieldLabel(t, rule.localBy),
  };
  return { any, local: t('links.place.same', values), external: t('links.place.different', values) };
}

/** The first `count` of each kind, in the worker's order (best first within a kind). */
export function topOfEachKind(links: readonly PlacedLink[], count: number): PlacedLink[] {
  const taken = new Map<string, number>();
  return links.filter((link) => {
    const seen = taken.get(link.kind) ?? 0;
    taken.set(link.kind, seen + 1);
    return seen < count;
  });
}
