/**
 * Which suggestions are shown: by kind, by locality (the pair in the same place or across
 * places, by the analysis's current locality rule) and by distance apart. Each suggestion is
 * first placed (local or not, km apart) once, so the row can say it and the filters only compare.
 */

import type { SuggestionKind } from '../../../analysis/link-suggestions.ts';
import { EXTERNAL, haversineKm, LOCAL, type LocalityRule, pairLocality } from '../../../analysis/locality.ts';
import type { Ecosystem } from '../../../model/ecosystem.ts';
import type { SuggestedLink } from '../../workers/link-suggester.ts';

export type LocalityChoice = 'any' | 'local' | 'external';

export interface LinkFilters {
  kinds: ReadonlySet<SuggestionKind>;
  locality: LocalityChoice;
  /** Longest distance apart in km; null for no limit. */
  maxKm: number | null;
}

export interface PlacedLink extends SuggestedLink {
  /** Whether the tie would be local by the current rule; null when an end lacks the field or coordinates. */
  local: boolean | null;
  /** Great-circle distance between the two actors; null without coordinates on both. */
  distanceKm: number | null;
}

function coordinatesOf(ecosystem: Ecosystem, key: string): [number, number] | null {
  const { lat, lon } = ecosystem.getNodeAttribute(key, 'fields');
  return typeof lat === 'number' && typeof lon === 'number' ? [lat, lon] : null;
}

export function distanceKm(ecosystem: Ecosystem, source: string, target: string): number | null {
  const from = coordinatesOf(ecosystem, source);
  const to = coordinatesOf(ecosystem, target);
  return from && to ? haversineKm(from[0], from[1], to[0], to[1]) : null;
}

/** Whether any actor has lat/lon, which is when a distance filter means something. */
export function hasCoordinates(ecosystem: Ecosystem): boolean {
  return ecosystem.someNode((key) => coordinatesOf(ecosystem, key) !== null);
}

/** Suggestions whose actors are no longer in the network (a filter changed meanwhile) are left out. */
export function placeLinks(
  ecosystem: Ecosystem,
  links: readonly SuggestedLink[],
  rule: LocalityRule,
): PlacedLink[] {
  return links
    .filter((link) => ecosystem.hasNode(link.source) && ecosystem.hasNode(link.target))
    .map((link) => ({
      ...link,
      local: localOrNull(
        pairLocality(
          ecosystem.getNodeAttribute(link.source, 'fields'),
          ecosystem.getNodeAttribute(link.target, 'fields'),
          rule,
        ),
      ),
      distanceKm: distanceKm(ecosystem, link.source, link.target),
    }));
}

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
export function localityChoiceLabels(rule: LocalityRule): Record<LocalityChoice, string> {
  if (rule.localKm > 0)
    return {
      any: 'Anywhere',
      local: `Within ${rule.localKm} km`,
      external: `Farther than ${rule.localKm} km`,
    };
  return { any: 'Anywhere', local: `Same ${rule.localBy}`, external: `Different ${rule.localBy}` };
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

function localOrNull(locality: number): boolean | null {
  return locality === LOCAL ? true : locality === EXTERNAL ? false : null;
}
