/**
 * How suggestions read: the name of each kind, scores in a short form (full value in the
 * tooltip and the CSV), and the label drawn beside a proposed tie on the canvas.
 */

import type { SuggestedLink } from '../../../analysis/link-suggester.ts';
import type { SuggestionKind } from '../../../analysis/link-suggestions.ts';
import { formatFloat } from '../rankings/format.ts';
import type { LocalityChoice, PlacedLink } from './filter.ts';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  'shared-partners',
  'community-bridge',
  'knowledge-partner',
  'frontier-path',
];

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  'shared-partners': 'Shared partners',
  'community-bridge': 'Bridge between communities',
  'knowledge-partner': 'Knowledge partner',
  'frontier-path': 'Toward the frontier',
};

/** Scores are 0 when a pair has no partner in common; a dash says "not this kind of evidence". */
export function formatScore(value: number): string {
  return value === 0 ? '–' : formatFloat(value);
}

export function formatSteps(steps: number | null): string {
  if (steps === null) return '';
  return Number.isFinite(steps) ? `${steps} steps away` : 'not reachable';
}

export function formatKm(km: number | null): string {
  if (km === null) return '';
  return km < 10 ? `${km.toFixed(1)} km apart` : `${Math.round(km)} km apart`;
}

/** A few words on the canvas: what kind of tie this would be, and its strongest evidence. */
export function proposedTieLabel(link: SuggestedLink): string {
  if (link.kind === 'knowledge-partner') return 'knowledge partner?';
  if (link.kind === 'frontier-path') return 'toward frontier?';
  const shared = `${link.commonPartners} shared`;
  return link.kind === 'community-bridge' ? `bridge · ${shared}` : shared;
}

/** Where the pair stands: "2 steps away · 12 km apart · same region", with the locality rule's words. */
export function placeText(link: PlacedLink, localityLabels: Record<LocalityChoice, string>): string {
  const locality = link.local === null ? '' : localityLabels[link.local ? 'local' : 'external'].toLowerCase();
  return [formatSteps(link.steps), formatKm(link.distanceKm), locality].filter(Boolean).join(' · ');
}
