/**
 * A comparison as plain JSON: the figures, the community matches, the role transition table and
 * the actors who moved most, named by id and label. What `clusterscope compare --summary` writes;
 * keys are English ids and numbers keep full precision (design guide §2).
 */
import { actorId, type Ecosystem } from '../../model/ecosystem.ts';
import { formatMessage } from '../../model/messages.ts';
import type { TimeWindow } from '../../model/time.ts';
import { GIULIANI_BELL_ROLES } from '../measures/giuliani-bell.ts';
import type { Column } from '../types.ts';
import type { Comparison } from './compare.ts';
import { COMPARISON_MESSAGES, describeComparison } from './messages.ts';
import { topRankChanges } from './rank-changes.ts';
import { ROLE_STATES } from './role-transitions.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SummaryOptions {
  /** How many actors the lists of movers hold (default 20); the CSV has them all. */
  readonly top?: number;
}

export function comparisonSummary(
  comparison: Comparison,
  ecosystem: Ecosystem,
  options: SummaryOptions = {},
): { [key: string]: Json } {
  const top = options.top ?? 20;
  const { keys, ties, actors, halfLife, communities, roles, locality } = comparison;
  const actor = (v: number) => ({
    id: actorId(keys[v]),
    label: ecosystem.hasNode(keys[v]) ? ecosystem.getNodeAttribute(keys[v], 'label') : actorId(keys[v]),
  });
  const value = (column: Column, v: number): number | null => (Number.isNaN(column[v]) ? null : column[v]);
  const role = (column: Column, v: number) =>
    Number.isNaN(column[v]) ? 'absent' : GIULIANI_BELL_ROLES[column[v]];
  const mover = (v: number) => ({
    ...actor(v),
    from: value(locality.from.localShare, v),
    to: value(locality.to.localShare, v),
    change: value(locality.change, v),
    path: Object.fromEntries(locality.paths.map((path) => [String(path.year), value(path.localShare, v)])),
  });
  return {
    from: window(comparison.from),
    to: window(comparison.to),
    years: [...comparison.years],
    actors: {
      from: actors.countFrom,
      to: actors.countTo,
      entered: actors.entered,
      left: actors.left,
      stayed: actors.stayed,
    },
    ties: {
      from: ties.left + ties.persisted,
      to: ties.entered + ties.persisted,
      entered: ties.entered,
      left: ties.left,
      persisted: ties.persisted,
      union: ties.union,
      churn: ties.churn,
    },
    tie_half_life: {
      years: halfLife.years,
      ties: halfLife.ties,
      censored: halfLife.censored,
      first_appeared: halfLife.window ? window(halfLife.window) : null,
    },
    communities: {
      from: communities.communitiesFrom,
      to: communities.communitiesTo,
      mean_jaccard: communities.meanJaccard,
      weighted_jaccard: communities.weightedJaccard,
      matches: communities.matches.map((match) => ({
        community: match.community,
        size: match.size,
        match: match.match,
        match_size: match.matchSize,
        shared: match.shared,
        jaccard: match.jaccard,
      })),
    },
    roles: {
      transitions: Object.fromEntries(
        ROLE_STATES.map((state, a) => [
          state,
          Object.fromEntries(ROLE_STATES.map((next, b) => [next, roles.counts[a][b]])),
        ]),
      ),
      changed: roles.changed.length,
      became_gatekeeper: roles.becameGatekeeper.map((v) => ({ ...actor(v), from: role(roles.from, v) })),
      became_external_star: roles.becameExternalStar.map((v) => ({ ...actor(v), from: role(roles.from, v) })),
    },
    locality: {
      local_by: locality.localKm > 0 ? null : locality.localBy,
      local_km: locality.localKm > 0 ? locality.localKm : null,
      detaching: locality.detaching.length,
      attaching: locality.attaching.length,
      mean_local_share: Object.fromEntries(
        locality.paths.map((path) => [String(path.year), mean(path.localShare)]),
      ),
      top_detaching: locality.detaching.slice(0, top).map(mover),
      top_attaching: locality.attaching.slice(0, top).map(mover),
    },
    ranks: comparison.ranks.map((rank) => {
      const moved = topRankChanges(rank.change, top);
      const row = (v: number) => ({
        ...actor(v),
        rank_from: value(rank.rankFrom, v),
        rank_to: value(rank.rankTo, v),
        change: value(rank.change, v),
      });
      return {
        output: rank.output,
        top_climbers: moved.climbers.map(row),
        top_fallers: moved.fallers.map(row),
      };
    }),
    messages: describeComparison(comparison).map((message) => ({
      code: message.code,
      params: { ...message.params },
      text: formatMessage(COMPARISON_MESSAGES[message.code], message.params),
    })),
  };
}

function window(value: TimeWindow): { from: number; to: number } {
  return { from: value.from, to: value.to };
}

/** Mean over the actors with a value; null when none has one. */
function mean(column: Column): number | null {
  let sum = 0;
  let count = 0;
  for (const value of column) {
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
  }
  return count > 0 ? sum / count : null;
}
