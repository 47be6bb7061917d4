/**
 * A test result as the Statistics view lays it out: one row per statistic with its figures
 * written in the reader's language, and the scale of each permutation histogram with the
 * observed value placed on it. Pure, so the layout is tested without a browser.
 */
import { formatNumber } from '../../../analysis/statistics/sentences.ts';
import type { Histogram, StatisticResult, StatisticSubject } from '../../../analysis/statistics/types.ts';

export interface StatisticRow {
  readonly id: string;
  readonly subject: StatisticSubject;
  readonly observed: string | null;
  readonly nullMean: string | null;
  readonly z: string | null;
  readonly pGreater: string | null;
  readonly pLess: string | null;
  readonly pTwoSided: string | null;
  /** Monte Carlo standard error of the two-sided p. */
  readonly standardError: string | null;
}

/**
 * Statistics with two decimals, as the sentences write them, except small ones (a correlation
 * between sparse relations, a mean of draws near zero), which keep three significant digits.
 */
function written(value: number | null | undefined, format: 'statistic' | 'p', locale: string): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const small = format === 'statistic' && value !== 0 && Math.abs(value) < 0.1;
  return formatNumber(value, small ? 'estimate' : format, locale);
}

/** One row per statistic; p-values with up to four decimals, as the sentences write them. */
export function statisticRows(statistics: readonly StatisticResult[], locale: string): StatisticRow[] {
  return statistics.map((statistic) => ({
    id: statistic.id,
    subject: statistic.subject,
    observed: written(statistic.observed, 'statistic', locale),
    nullMean: written(statistic.nullMean, 'statistic', locale),
    z: written(statistic.z, 'statistic', locale),
    pGreater: written(statistic.p?.greater, 'p', locale),
    pLess: written(statistic.p?.less, 'p', locale),
    pTwoSided: written(statistic.p?.twoSided, 'p', locale),
    standardError: written(statistic.pStandardError?.twoSided, 'p', locale),
  }));
}

/** Where the observed value goes on a histogram's scale. */
export type ObservedPlace =
  | { readonly side: 'inside'; readonly fraction: number }
  | { readonly side: 'below' | 'above' };

export interface ChartScale {
  readonly min: number;
  readonly max: number;
  readonly observed: ObservedPlace | null;
}

/**
 * Observed values far outside the null distribution are common (that is what a clear result
 * looks like). Stretching the axis to reach them would squeeze every draw into one bar, so the
 * axis is widened to take in the observed value only when it lies within as many bin widths
 * again as the histogram spans; beyond that it is marked at the edge, pointing off the scale.
 */
export function chartScale(histogram: Histogram, observed: number | null): ChartScale {
  let { min, max } = histogram;
  if (max === min) {
    min -= 0.5;
    max += 0.5;
  }
  if (observed === null || !Number.isFinite(observed)) return { min, max, observed: null };
  const span = max - min;
  if (observed < min && observed >= min - span) min = observed;
  if (observed > max && observed <= max + span) max = observed;
  if (observed < min) return { min, max, observed: { side: 'below' } };
  if (observed > max) return { min, max, observed: { side: 'above' } };
  return { min, max, observed: { side: 'inside', fraction: (observed - min) / (max - min) } };
}
