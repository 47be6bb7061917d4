/**
 * Bins and descriptive statistics for distribution charts. Presentation only: they summarise
 * a measure column for drawing and compute no measure. NaN entries are actors for whom the
 * measure is undefined; they are counted apart, never binned.
 */
import type { Language } from '../../i18n/i18n.ts';
import { formatEdge } from './format.ts';

export type BinScale = 'linear' | 'log';

export interface Bin {
  /** Inclusive lower edge. */
  readonly lower: number;
  /** Exclusive upper edge; the last bin also holds its upper edge. The zero bin of a log scale has lower = upper = 0. */
  readonly upper: number;
  readonly count: number;
  readonly label: string;
}

export interface BinOptions {
  readonly scale: BinScale;
  /** Whole numbers (counts): edges fall on integers and labels read "4–7". */
  readonly integer?: boolean;
  /** At most this many bins, besides the zero bin of a log scale. */
  readonly maxBins?: number;
  /** The language the bin labels are written in (decimal comma in Dutch). */
  readonly language: Language;
}

export interface DistributionStats {
  /** Defined values. */
  readonly count: number;
  /** NaN entries. */
  readonly undefinedCount: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly median: number;
  readonly zeroCount: number;
}

export const DEFAULT_MAX_BINS = 20;

/** The defined values, sorted ascending. */
export function definedValues(values: ArrayLike<number>): Float64Array {
  const defined: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) defined.push(values[i]);
  return Float64Array.from(defined).sort();
}

export function distributionStats(values: ArrayLike<number>): DistributionStats {
  const sorted = definedValues(values);
  const count = sorted.length;
  let sum = 0;
  let zeroCount = 0;
  for (const value of sorted) {
    sum += value;
    if (value === 0) zeroCount++;
  }
  const middle = count >> 1;
  return {
    count,
    undefinedCount: values.length - count,
    min: count ? sorted[0] : Number.NaN,
    max: count ? sorted[count - 1] : Number.NaN,
    mean: count ? sum / count : Number.NaN,
    median: count === 0 ? Number.NaN : count % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
    zeroCount,
  };
}

/** 1, 2 or 5 times a power of ten, the smallest such step at least `rough`. */
export function niceStep(rough: number): number {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const mantissa of [1, 2, 5, 10]) if (mantissa * power >= rough * (1 - 1e-12)) return mantissa * power;
  return 10 * power;
}

/** Rounds away the float noise of repeated addition (0.30000000000000004). */
const clean = (value: number) => Number(value.toPrecision(12));

export function binValues(values: ArrayLike<number>, options: BinOptions): Bin[] {
  const sorted = definedValues(values);
  if (sorted.length === 0) return [];
  const maxBins = Math.max(1, options.maxBins ?? DEFAULT_MAX_BINS);
  const edge = (value: number) => formatEdge(value, options.language);
  if (options.scale === 'log') return logBins(sorted, Boolean(options.integer), maxBins, edge);
  return options.integer ? integerBins(sorted, maxBins, edge) : linearBins(sorted, maxBins, edge);
}

/** Bins from lower edges (ascending) and the top edge; counts by binary search on the sorted values. */
function fillBins(sorted: Float64Array, lowers: number[], top: number, label: (i: number) => string): Bin[] {
  const counts = new Array<number>(lowers.length).fill(0);
  for (const value of sorted) {
    let low = 0;
    let high = lowers.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lowers[middle] <= value) low = middle;
      else high = middle - 1;
    }
    counts[low]++;
  }
  return lowers.map((lower, i) => ({
    lower,
    upper: i + 1 < lowers.length ? lowers[i + 1] : top,
    count: counts[i],
    label: label(i),
  }));
}

type EdgeText = (value: number) => string;

function integerRangeLabel(lower: number, upper: number, edge: EdgeText): string {
  return upper - lower <= 1 ? edge(lower) : `${edge(lower)}–${edge(upper - 1)}`;
}

function integerBins(sorted: Float64Array, maxBins: number, edge: EdgeText): Bin[] {
  const min = Math.floor(sorted[0]);
  const max = Math.floor(sorted[sorted.length - 1]);
  const width = Math.max(1, Math.ceil((max - min + 1) / maxBins));
  const lowers: number[] = [];
  for (let lower = min; lower <= max; lower += width) lowers.push(lower);
  const top = lowers[lowers.length - 1] + width;
  return fillBins(sorted, lowers, top, (i) =>
    integerRangeLabel(lowers[i], i + 1 < lowers.length ? lowers[i + 1] : top, edge),
  );
}

function linearBins(sorted: Float64Array, maxBins: number, edge: EdgeText): Bin[] {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === max) return [{ lower: min, upper: max, count: sorted.length, label: edge(min) }];
  const step = niceStep((max - min) / maxBins);
  const start = clean(Math.floor(min / step) * step);
  const lowers: number[] = [];
  // The last bin is closed, so a maximum that falls on an edge stays in the bin below it.
  for (let i = 0; clean(start + i * step) < max; i++) lowers.push(clean(start + i * step));
  const top = clean(start + lowers.length * step);
  return fillBins(sorted, lowers, top, (i) => {
    const upper = i + 1 < lowers.length ? lowers[i + 1] : top;
    return `${edge(lowers[i])}–${edge(upper)}`;
  });
}

/**
 * Heavy-tailed measures (degree, betweenness): zeros in a bin of their own (a logarithm has
 * no place for them), positive values between edges that grow by a constant factor — powers
 * of two for counts, 1-2-5 steps per decade for fractions (whole decades when that would
 * exceed the bin budget).
 */
function logBins(sorted: Float64Array, integer: boolean, maxBins: number, edge: EdgeText): Bin[] {
  let firstPositive = 0;
  while (firstPositive < sorted.length && sorted[firstPositive] <= 0) firstPositive++;
  const bins: Bin[] = [];
  if (firstPositive > 0) {
    const label = sorted[0] < 0 ? '≤ 0' : '0';
    bins.push({ lower: 0, upper: 0, count: firstPositive, label });
  }
  const positive = sorted.subarray(firstPositive);
  if (positive.length === 0) return bins;
  const max = positive[positive.length - 1];
  const lowers = integer ? powerOfTwoEdges(positive[0], max) : decadeEdges(positive[0], max, maxBins);
  // Start at the last edge at or below the smallest value: no empty bins on the left.
  while (lowers.length > 2 && lowers[1] <= positive[0]) lowers.shift();
  const top = lowers.pop() as number;
  const label = integer
    ? (i: number) => integerRangeLabel(lowers[i], i + 1 < lowers.length ? lowers[i + 1] : top, edge)
    : (i: number) => `${edge(lowers[i])}–${edge(i + 1 < lowers.length ? lowers[i + 1] : top)}`;
  return bins.concat(fillBins(positive, lowers, top, label));
}

/** Edges 1, 2, 4, 8, … from the power of two at or below min to the first one above max. */
function powerOfTwoEdges(min: number, max: number): number[] {
  const edges = [2 ** Math.floor(Math.log2(Math.max(1, min)))];
  while (edges[edges.length - 1] <= max) edges.push(edges[edges.length - 1] * 2);
  return edges;
}

function decadeEdges(min: number, max: number, maxBins: number): number[] {
  const firstDecade = Math.floor(Math.log10(min));
  const decades = Math.floor(Math.log10(max)) - firstDecade + 1;
  const mantissas = decades * 3 <= maxBins ? [1, 2, 5] : [1];
  const decadeStep = Math.max(1, Math.ceil(decades / maxBins));
  const edges: number[] = [];
  // Parsed from text so that 1e-7 is exactly the double nearest to it, unlike 10 ** -7.
  for (let decade = firstDecade; ; decade += decadeStep) {
    for (const mantissa of mantissas) {
      const edge = Number(`${mantissa}e${decade}`);
      if (edge > max) {
        edges.push(edge);
        return edges;
      }
      edges.push(edge);
    }
  }
}

/**
 * Where a value sits along an axis of equal-width bin slots, as a fraction of the axis:
 * linear within a linear bin, logarithmic within a log bin, the middle of a zero bin.
 */
export function positionOnAxis(bins: readonly Bin[], value: number, scale: BinScale): number {
  if (bins.length === 0 || !Number.isFinite(value)) return Number.NaN;
  let index = 0;
  while (index + 1 < bins.length && value >= bins[index + 1].lower) index++;
  const bin = bins[index];
  let within = 0.5;
  if (bin.upper > bin.lower) {
    within =
      scale === 'log' && bin.lower > 0 && value > 0
        ? Math.log(value / bin.lower) / Math.log(bin.upper / bin.lower)
        : (value - bin.lower) / (bin.upper - bin.lower);
  }
  return (index + Math.min(1, Math.max(0, within))) / bins.length;
}
