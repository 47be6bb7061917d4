/**
 * The Monte Carlo machinery every test shares: one random stream per permutation, and the
 * summary of draws against an observed value (p-values as sna reports them, their Monte Carlo
 * standard errors, null mean, quantiles and a histogram for charts).
 */
import { type Random, seededRandom } from '../seeded-random.ts';
import type { Direction, Histogram, PValues, StatisticResult, StatisticSubject } from './types.ts';

/**
 * The random stream of permutation `index` under `seed`. Each permutation has its own stream,
 * so draws do not depend on how permutations are split over workers.
 */
export function permutationRandom(seed: number, index: number): Random {
  // splitmix32-style mixing of (seed, index) into a 32-bit seed for mulberry32.
  let h = (Math.trunc(seed) ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return seededRandom(h >>> 0);
}

/** Values this close (relative) count as equal when draws are compared with the observed value. */
const TIE_TOLERANCE = 1e-10;

function atLeast(draw: number, observed: number): boolean {
  return draw >= observed - TIE_TOLERANCE * Math.max(1, Math.abs(observed));
}

function atMost(draw: number, observed: number): boolean {
  return draw <= observed + TIE_TOLERANCE * Math.max(1, Math.abs(observed));
}

/** The Monte Carlo standard error √(p(1 − p)/R) of a share p of R draws. */
export function standardError(p: number, draws: number): number {
  return draws > 0 ? Math.sqrt((p * (1 - p)) / draws) : Number.NaN;
}

/** The share of draws at least / at most `observed`, and the two-sided p by the given rule. */
export function pValues(
  observed: number,
  draws: ArrayLike<number>,
  twoSidedRule: 'absolute' | 'doubled',
): { p: PValues; defined: number } {
  let greater = 0;
  let less = 0;
  let absolute = 0;
  let defined = 0;
  for (let k = 0; k < draws.length; k++) {
    const draw = draws[k];
    if (Number.isNaN(draw)) continue;
    defined++;
    if (atLeast(draw, observed)) greater++;
    if (atMost(draw, observed)) less++;
    if (atLeast(Math.abs(draw), Math.abs(observed))) absolute++;
  }
  const pGreater = defined > 0 ? greater / defined : Number.NaN;
  const pLess = defined > 0 ? less / defined : Number.NaN;
  const twoSided =
    twoSidedRule === 'absolute'
      ? defined > 0
        ? absolute / defined
        : Number.NaN
      : Math.min(1, 2 * Math.min(pGreater, pLess));
  return { p: { greater: pGreater, less: pLess, twoSided }, defined };
}

function quantile(sorted: Float64Array, q: number): number {
  // Type 7 (R's default): linear interpolation between order statistics.
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

const HISTOGRAM_BINS = 40;

export function histogramOf(sorted: Float64Array, bins = HISTOGRAM_BINS): Histogram | null {
  if (sorted.length === 0) return null;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return { min, max, counts: [sorted.length] };
  const counts = new Array<number>(bins).fill(0);
  const width = (max - min) / bins;
  for (const value of sorted) counts[Math.min(bins - 1, Math.floor((value - min) / width))]++;
  return { min, max, counts };
}

const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** Everything a view needs about one statistic: observed, null summary, p-values and errors. */
export function summariseStatistic(
  id: string,
  name: string,
  subject: StatisticSubject,
  observed: number | null,
  draws: Float64Array,
  twoSidedRule: 'absolute' | 'doubled',
): StatisticResult {
  const defined = Float64Array.from(draws.filter((value) => !Number.isNaN(value))).sort();
  let sum = 0;
  for (const value of defined) sum += value;
  const mean = defined.length > 0 ? sum / defined.length : Number.NaN;
  let squares = 0;
  for (const value of defined) squares += (value - mean) ** 2;
  const sd = defined.length > 1 ? Math.sqrt(squares / (defined.length - 1)) : Number.NaN;
  const base = {
    id,
    name,
    subject,
    observed,
    nullMean: finiteOrNull(mean),
    nullSd: finiteOrNull(sd),
    nullQuantiles:
      defined.length > 0
        ? ([quantile(defined, 0.025), quantile(defined, 0.5), quantile(defined, 0.975)] as const)
        : null,
    draws: defined.length,
    histogram: histogramOf(defined),
    distribution: Array.from(draws),
  };
  if (observed === null || defined.length === 0) {
    return { ...base, z: null, direction: null, p: null, pStandardError: null, sentence: null };
  }
  const { p } = pValues(observed, draws, twoSidedRule);
  const direction: Direction =
    Math.abs(observed - mean) <= TIE_TOLERANCE * Math.max(1, Math.abs(mean))
      ? 'equal'
      : observed > mean
        ? 'above'
        : 'below';
  return {
    ...base,
    z: sd > 0 ? (observed - mean) / sd : null,
    direction,
    p,
    pStandardError: {
      greater: standardError(p.greater, defined.length),
      less: standardError(p.less, defined.length),
      // Twice the smaller tail has twice that tail's error.
      twoSided:
        twoSidedRule === 'doubled'
          ? 2 * standardError(Math.min(p.greater, p.less), defined.length)
          : standardError(p.twoSided, defined.length),
    },
    sentence: null,
  };
}

/** A random permutation of 0 … n − 1 (Fisher–Yates), as sna's rmperm draws one. */
export function randomPermutation(n: number, random: Random): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/** Labels shuffled among the positions that have one (code ≥ 0); missing stay where they are. */
export function shuffledLabels(codes: Int32Array, random: Random): Int32Array {
  const shuffled = codes.slice();
  const positions: number[] = [];
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) positions.push(i);
  for (let k = positions.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const a = positions[k];
    const b = positions[j];
    const swap = shuffled[a];
    shuffled[a] = shuffled[b];
    shuffled[b] = swap;
  }
  return shuffled;
}
