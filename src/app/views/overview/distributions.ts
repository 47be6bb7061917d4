/**
 * Which measures the overview draws as histograms, and how: heavy-tailed ones (degree,
 * betweenness) on log-scaled bins, bounded ones on even bins. Only measures present in the
 * analysis are drawn.
 */
import type { OutputId } from '../../../analysis/registry.ts';
import type { Column } from '../../../analysis/types.ts';
import type { Wording } from '../../../i18n/i18n.ts';
import { outputLabel } from '../../../i18n/registry-texts.ts';
import {
  type Bin,
  type BinScale,
  binValues,
  type DistributionStats,
  distributionStats,
} from '../../charts/binning.ts';
import { describeDistribution } from '../../charts/describe.ts';

/**
 * A histogram to draw. Its axis label and the sentence under its title (what a high or low value
 * means for an actor) are catalog entries `overview.distributions.<column>.axis` and `.meaning`.
 */
export interface DistributionSpec {
  readonly column: OutputId;
  readonly scale: BinScale;
  readonly integer?: boolean;
  /** Counts whose maximum is at most this get one bin per value instead of log bins: easier to read. */
  readonly oneBinPerValueUpTo?: number;
}

export const DISTRIBUTIONS: readonly DistributionSpec[] = [
  {
    column: 'degree',
    scale: 'log',
    integer: true,
    oneBinPerValueUpTo: 30,
  },
  {
    column: 'betweenness',
    scale: 'log',
  },
  {
    column: 'closeness',
    scale: 'linear',
  },
  {
    column: 'constraint',
    scale: 'linear',
  },
  {
    column: 'clustering',
    scale: 'linear',
  },
];

export interface DistributionChart {
  readonly spec: DistributionSpec;
  readonly title: string;
  readonly axisLabel: string;
  readonly meaning: string;
  readonly scale: BinScale;
  readonly bins: readonly Bin[];
  readonly stats: DistributionStats;
  readonly summary: string;
}

export function distributionChart(
  spec: DistributionSpec,
  column: Column,
  wording: Wording,
): DistributionChart | null {
  const { t, language } = wording;
  const stats = distributionStats(column);
  if (stats.count === 0) return null;
  const scale: BinScale =
    spec.oneBinPerValueUpTo !== undefined && stats.max <= spec.oneBinPerValueUpTo ? 'linear' : spec.scale;
  const bins = binValues(column, {
    scale,
    integer: spec.integer,
    maxBins: scale === 'linear' && spec.integer ? (spec.oneBinPerValueUpTo ?? 20) + 1 : 20,
    language,
  });
  const title = outputLabel(t, spec.column);
  return {
    spec,
    title,
    axisLabel: t(`overview.distributions.${spec.column}.axis`),
    meaning: t(`overview.distributions.${spec.column}.meaning`),
    scale,
    bins,
    stats,
    summary: describeDistribution(title, stats, bins, wording),
  };
}

/** Histograms of the measures in `columns`, in the order of DISTRIBUTIONS. */
export function distributionCharts(
  columns: Readonly<Record<string, Column>>,
  wording: Wording,
): DistributionChart[] {
  return DISTRIBUTIONS.flatMap((spec) => {
    const column = columns[spec.column];
    const chart = column ? distributionChart(spec, column, wording) : null;
    return chart ? [chart] : [];
  });
}
