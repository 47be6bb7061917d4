/**
 * Change in rank on a measure between two snapshots. Ranks are competition ranks within each
 * snapshot, highest value first (1 + the number of actors with a strictly higher value), so equal
 * values share a rank; actors outside a snapshot or with an undefined value have none. The change
 * is rank in A − rank in B: positive for an actor that climbed. Rank 1 is always the highest value,
 * also for measures where low is notable (Burt's constraint).
 */
import type { Column } from '../types.ts';

export interface RankChange {
  readonly output: string;
  /** The measure's value in A and B; NaN where absent or undefined. */
  readonly valueFrom: Column;
  readonly valueTo: Column;
  readonly rankFrom: Column;
  readonly rankTo: Column;
  readonly change: Column;
}

/** `from` and `to` are the measure's columns aligned with the whole network's node index. */
export function rankChange(output: string, from: Column, to: Column): RankChange {
  const rankFrom = competitionRanks(from);
  const rankTo = competitionRanks(to);
  const change = Float64Array.from(rankFrom, (rank, v) => rank - rankTo[v]);
  return { output, valueFrom: from, valueTo: to, rankFrom, rankTo, change };
}

export function competitionRanks(values: Column): Column {
  const order = [...values.keys()]
    .filter((v) => !Number.isNaN(values[v]))
    .sort((a, b) => values[b] - values[a]);
  const ranks = new Float64Array(values.length).fill(Number.NaN);
  order.forEach((v, position) => {
    const previous = order[position - 1];
    ranks[v] = position > 0 && values[previous] === values[v] ? ranks[previous] : position + 1;
  });
  return ranks;
}

/** Node indices with the largest climbs and falls (ties in node order), for a summary. */
export function topRankChanges(change: Column, count: number): { climbers: number[]; fallers: number[] } {
  const moved = [...change.keys()].filter((v) => !Number.isNaN(change[v]) && change[v] !== 0);
  const climbers = moved
    .filter((v) => change[v] > 0)
    .sort((a, b) => change[b] - change[a] || a - b)
    .slice(0, count);
  const fallers = moved
    .filter((v) => change[v] < 0)
    .sort((a, b) => change[a] - change[b] || a - b)
    .slice(0, count);
  return { climbers, fallers };
}
