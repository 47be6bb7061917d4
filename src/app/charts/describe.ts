/**
 * Text alternatives of charts: one sentence a screen reader speaks instead of the picture,
 * built from the same numbers the picture shows, in the language on screen.
 */
import type { Wording } from '../../i18n/i18n.ts';
import type { Bin, DistributionStats } from './binning.ts';
import { formatNumber, formatPercent } from './format.ts';

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly colour?: string;
  /** The label is the network's data (a region's name), not the product's words. */
  readonly data?: boolean;
}

/** What the bars or bins of a chart count. */
export type ChartUnit = 'actors' | 'relations' | 'ties';

/** "Degree of 926 actors: median 3, mean 4.7, from 0 to 85; most often 1 (310 actors); 12 undefined." */
export function describeDistribution(
  label: string,
  stats: DistributionStats,
  bins: readonly Bin[],
  { t, language }: Wording,
): string {
  if (stats.count === 0) return t('charts.distribution.none', { label });
  const parts = [
    t('charts.distribution.main', {
      label,
      count: stats.count,
      median: formatNumber(stats.median, language),
      mean: formatNumber(stats.mean, language),
      min: formatNumber(stats.min, language),
      max: formatNumber(stats.max, language),
    }),
  ];
  const fullest = bins.reduce<Bin | null>(
    (best, bin) => (!best || bin.count > best.count ? bin : best),
    null,
  );
  if (fullest && bins.length > 1)
    parts.push(t('charts.distribution.mostOften', { bin: fullest.label, count: fullest.count }));
  if (stats.undefinedCount > 0)
    parts.push(t('charts.distribution.undefined', { count: stats.undefinedCount }));
  return t('charts.sentence', { parts: parts.join('; ') });
}

/** "Actors by kind, 926 in all: Firm 834 (90%), Knowledge institution 50 (5.4%)." */
export function describeBars(
  title: string,
  items: readonly BarItem[],
  { t, language }: Wording,
  unit: ChartUnit = 'actors',
): string {
  const total = items.reduce((sum, item) => sum + item.value, 0);
  if (items.length === 0 || total === 0) return t('charts.bars.none', { title });
  const listed = items.map((item) =>
    t('charts.bars.item', {
      label: item.label,
      count: item.value,
      share: formatPercent(item.value / total, language),
    }),
  );
  return t('charts.bars.summary', { title, count: total, unit, list: listed.join(', ') });
}
