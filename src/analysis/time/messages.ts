/**
 * What a comparison says to people, as message templates with named parameters (English here; the
 * explorer's catalog brings the Dutch). `describeComparison` picks the messages and their values;
 * model/messages.ts fills them in.
 */
import type { Message } from '../../model/messages.ts';
import { formatTimeWindow } from '../../model/time.ts';
import type { Comparison } from './compare.ts';

export const COMPARISON_MESSAGES = {
  'ties-changed':
    'Between {from} and {to}, {entered} ties entered, {left} left and {persisted} persisted (churn {churn}).',
  'ties-none': 'Neither {from} nor {to} has a tie.',
  'actors-changed': '{entered} actors entered and {left} left; {stayed} were there both times.',
  'half-life':
    'Tie half-life (median years a tie stays active after it first appears), over the {ties} ties that appeared from {first} to {last}: {years}.',
  'half-life-censored': '{censored} of them were still active in the last year of the data, {lastYear}.',
  'half-life-none': 'No dated tie first appeared from {first} to {last}.',
  'communities-matched':
    'The {communities} communities of {from} matched those of {to} with a mean Jaccard index of {jaccard} (1: the same members, 0: none in common).',
  'communities-none': '{from} has no community of two or more actors.',
  'roles-changed': '{gatekeepers} actors became gatekeepers and {stars} external stars.',
  'locality-changed':
    '{detaching} actors detached (their share of local ties fell) and {attaching} attached, by {localBy}.',
} as const;

export type ComparisonMessageCode = keyof typeof COMPARISON_MESSAGES;

export interface ComparisonMessage extends Message {
  readonly code: ComparisonMessageCode;
}

/** The comparison in a few sentences, as codes and parameters. */
export function describeComparison(comparison: Comparison): ComparisonMessage[] {
  const from = formatTimeWindow(comparison.from);
  const to = formatTimeWindow(comparison.to);
  const { ties, actors, halfLife, communities, roles, locality } = comparison;
  const messages: ComparisonMessage[] = [];
  messages.push(
    ties.union === 0
      ? { code: 'ties-none', params: { from, to } }
      : {
          code: 'ties-changed',
          params: {
            from,
            to,
            entered: ties.entered,
            left: ties.left,
            persisted: ties.persisted,
            churn: ties.churn ?? 0,
          },
        },
  );
  messages.push({
    code: 'actors-changed',
    params: { entered: actors.entered, left: actors.left, stayed: actors.stayed },
  });
  const first = halfLife.window?.from ?? comparison.from.from;
  const last = halfLife.window?.to ?? comparison.to.to;
  if (halfLife.years === null) messages.push({ code: 'half-life-none', params: { first, last } });
  else {
    messages.push({ code: 'half-life', params: { ties: halfLife.ties, first, last, years: halfLife.years } });
    if (halfLife.censored > 0)
      messages.push({
        code: 'half-life-censored',
        params: { censored: halfLife.censored, lastYear: comparison.years[comparison.years.length - 1] },
      });
  }
  messages.push(
    communities.meanJaccard === null
      ? { code: 'communities-none', params: { from } }
      : {
          code: 'communities-matched',
          params: { communities: communities.communitiesFrom, from, to, jaccard: communities.meanJaccard },
        },
  );
  messages.push({
    code: 'roles-changed',
    params: { gatekeepers: roles.becameGatekeeper.length, stars: roles.becameExternalStar.length },
  });
  messages.push({
    code: 'locality-changed',
    params: {
      detaching: locality.detaching.length,
      attaching: locality.attaching.length,
      localBy: locality.localKm > 0 ? `${locality.localKm} km` : locality.localBy,
    },
  });
  return messages;
}
