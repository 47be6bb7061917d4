/**
 * How suggestions read: the name of each kind, scores in a short form (full value in the
 * tooltip and the CSV), where the pair stands, the label drawn beside a proposed tie on the
 * canvas, and the reason in words.
 */

import type { SuggestedLink } from '../../../analysis/link-suggester.ts';
import type { SuggestionKind } from '../../../analysis/link-suggestions.ts';
import { say, type Translate, type Wording } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../charts/format.ts';
import { formatFloat } from '../rankings/format.ts';
import type { LocalityChoice, PlacedLink } from './filter.ts';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  'shared-partners',
  'community-bridge',
  'knowledge-partner',
  'frontier-path',
];

/** A kind of suggestion in words: "Bridge between communities". */
export function suggestionKindLabel(t: Translate, kind: SuggestionKind): string {
  return t(`links.kind.${kind}`);
}

/** Scores are 0 when a pair has no partner in common; a dash says "not this kind of evidence". */
export function formatScore(value: number, wording: Wording): string {
  return value === 0 ? '–' : formatFloat(value, wording);
}

export function formatSteps(steps: number | null, { t }: Wording): string {
  if (steps === null) return '';
  return Number.isFinite(steps) ? t('links.steps', { steps }) : t('links.unreachable');
}

export function formatKm(km: number | null, { t, language }: Wording): string {
  if (km === null) return '';
  return t('links.kmApart', {
    km: km < 10 ? formatNumber(Math.round(km * 10) / 10, language) : formatNumber(Math.round(km), language),
  });
}

/** A few words on the canvas: what kind of tie this would be, and its strongest evidence. */
export function proposedTieLabel(link: SuggestedLink, t: Translate): string {
  if (link.kind === 'knowledge-partner') return t('links.tie.knowledge');
  if (link.kind === 'frontier-path') return t('links.tie.frontier');
  return link.kind === 'community-bridge'
    ? t('links.tie.bridge', { count: link.commonPartners })
    : t('links.tie.shared', { count: link.commonPartners });
}

/** The suggestion's reason in words. */
export function reasonText(link: SuggestedLink, t: Translate): string {
  return say(t, link.reason);
}

/** Where the pair stands: "2 steps away · 12 km apart · same region", with the locality rule's words. */
export function placeText(
  link: PlacedLink,
  localityLabels: Record<LocalityChoice, string>,
  wording: Wording,
): string {
  const locality =
    link.local === null
      ? ''
      : localityLabels[link.local ? 'local' : 'external'].toLocaleLowerCase(wording.language);
  return [formatSteps(link.steps, wording), formatKm(link.distanceKm, wording), locality]
    .filter(Boolean)
    .join(' · ');
}
