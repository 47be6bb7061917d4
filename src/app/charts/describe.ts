/**
 * Text alternatives of charts: one sentence a screen reader speaks instead of the picture,
 * built from the same numbers the picture shows.
 */
import type { Bin, DistributionStats } from './binning.ts';
import { formatCount, formatNumber, formatPercent } from './format.ts';

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly colour?: string;
}

/** "Degree of 926 actors: median 3, mean 4.7, from 0 to 85; most often 1 (310 actors); 12 undefined." */
export function describeDistribution(
  label: string,
  stats: DistributionStats,
  bins: readonly Bin[],
  unit = 'actors',
): string {
  if (stats.count === 0) return `${label}: no defined values.`;
  const parts = [
    `${label} of ${formatCount(stats.count)} ${unit}: median ${formatNumber(stats.median)}, mean ${formatNumber(stats.mean)}, from ${formatNumber(stats.min)} to ${formatNumber(stats.max)}`,
  ];
  const fullest = bins.reduce<Bin | null>(
    (best, bin) => (!best || bin.count > best.count ? bin : best),
    null,
  );
  if (fullest && bins.length > 1)
    parts.push(`most often ${fullest.label} (${formatCount(fullest.count)} ${unit})`);
  if (stats.undefinedCount > 0) parts.push(`${formatCount(stats.undefinedCount)} undefined`);
  return `${parts.join('; ')}.`;
}

/** "Actors by kind, 926 in all: Firm 834 (90%), Knowledge institution 50 (5.4%)." */
export function describeBars(title: string, items: readonly BarItem[], unit = 'actors'): string {
  const total = items.reduce((sum, item) => sum + item.value, 0);
  if (items.length === 0 || total === 0) return `${title}: none.`;
  const listed = items.map(
    (item) => `${item.label} ${formatCount(item.value)} (${formatPercent(item.value / total)})`,
  );
  return `${title}, ${formatCount(total)} ${unit} in all: ${listed.join(', ')}.`;
}
