/**
 * Tie half-life (design guide §4, Time): the median number of years a tie stays active after it
 * first appears. A tie (an actor pair of the tie view) is active in a year when one of its dated
 * relations is. Its first run is the unbroken stretch of observed years (the years in which
 * anything in the data is active: every year for yearly data, the waves for a survey) that begins
 * with its first year; the tie stays active from that first year to the last year of the run,
 * both counted. A tie seen in one year only lasts 1 year; one seen in the 2019 and 2023 waves
 * lasts 2019–2023, 5 years. Ties still active in the last observed year are right-censored (their
 * true life may be longer) and counted as such; undated relations carry no time and are left out.
 */
import type { TimeIndex, TimeWindow } from '../../model/time.ts';

export interface TieHalfLife {
  /** Median duration in years; null when no tie first appears in the window. */
  readonly years: number | null;
  /** Ties that first appear in the window. */
  readonly ties: number;
  /** Of those, ties whose first run reaches the last observed year. */
  readonly censored: number;
  /** The years in which the ties counted here first appear. */
  readonly window: TimeWindow | null;
}

/** Median first-run duration of the ties whose first year lies in `window` (default: all years). */
export function tieHalfLife(index: TimeIndex, window?: TimeWindow): TieHalfLife {
  const years = index.years;
  const span = window ?? (years.length > 0 ? { from: years[0], to: years[years.length - 1] } : null);
  if (years.length === 0 || span === null) return { years: null, ties: 0, censored: 0, window: span };
  const n = index.actorKeys.length;
  // Position intervals [first, last] in `years` of every dated relation, grouped by pair.
  const intervalsByPair = new Map<number, number[]>();
  for (let e = 0; e < index.relationKeys.length; e++) {
    const start = index.relationStart[e];
    if (Number.isNaN(start)) continue;
    const first = lowerBound(years, start);
    const last = lowerBound(years, index.relationEnd[e] + 1) - 1;
    if (first > last) continue;
    const s = index.relationSource[e];
    const t = index.relationTarget[e];
    const code = s < t ? s * n + t : t * n + s;
    const list = intervalsByPair.get(code);
    if (list) list.push(first, last);
    else intervalsByPair.set(code, [first, last]);
  }
  const durations: number[] = [];
  let censored = 0;
  for (const list of intervalsByPair.values()) {
    const [first, last] = firstRun(list);
    if (years[first] < span.from || years[first] > span.to) continue;
    durations.push(years[last] - years[first] + 1);
    if (last === years.length - 1) censored++;
  }
  return { years: median(durations), ties: durations.length, censored, window: span };
}

/** The first unbroken run of positions covered by the intervals [a0, b0, a1, b1, …]. */
function firstRun(flat: number[]): [number, number] {
  const intervals: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) intervals.push([flat[i], flat[i + 1]]);
  intervals.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let [first, last] = intervals[0];
  for (const [start, end] of intervals) {
    if (start > last + 1) break;
    last = Math.max(last, end);
  }
  return [first, last];
}

/** First position whose year is ≥ value. */
function lowerBound(years: readonly number[], value: number): number {
  let lo = 0;
  let hi = years.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (years[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The median, the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
