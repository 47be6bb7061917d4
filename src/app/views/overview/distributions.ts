/**
 * Which measures the overview draws as histograms, and how: heavy-tailed ones (degree,
 * betweenness) on log-scaled bins, bounded ones on even bins. Only measures present in the
 * analysis are drawn.
 */
import type { OutputId } from '../../../analysis/registry.ts';
import { MEASURES } from '../../../analysis/registry.ts';
import type { Column } from '../../../analysis/types.ts';
import {
  type Bin,
  type BinScale,
  binValues,
  type DistributionStats,
  distributionStats,
} from '../../charts/binning.ts';
import { describeDistribution } from '../../charts/describe.ts';

export interface DistributionSpec {
  readonly column: OutputId;
  readonly axisLabel: string;
  /** One sentence under the title: what a high or low value means for an actor. */
  readonly meaning: string;
  readonly scale: BinScale;
  readonly integer?: boolean;
  /** Counts whose maximum is at most this get one bin per value instead of log bins: easier to read. */
  readonly oneBinPerValueUpTo?: number;
}

export const DISTRIBUTIONS: readonly DistributionSpec[] = [
  {
    column: 'degree',
    axisLabel: 'Partners (degree)',
    meaning:
      'Number of distinct partners. A few hubs with many partners and many actors with one or two is typical.',
    scale: 'log',
    integer: true,
    oneBinPerValueUpTo: 30,
  },
  {
    column: 'betweenness',
    axisLabel: 'Betweenness (share of shortest paths)',
    meaning:
      'Share of shortest paths between other actors that run through the actor: bridges between groups score high.',
    scale: 'log',
  },
  {
    column: 'closeness',
    axisLabel: 'Closeness',
    meaning:
      'How near the actor is to all others: 1 / mean distance, scaled by the share of actors it can reach.',
    scale: 'linear',
  },
  {
    column: 'constraint',
    axisLabel: 'Constraint (Burt)',
    meaning:
      'How much the actor’s partners are tied to each other. Low constraint marks a broker between separate partners.',
    scale: 'linear',
  },
  {
    column: 'clustering',
    axisLabel: 'Clustering coefficient',
    meaning:
      'Share of the actor’s pairs of partners who are partners themselves (0 with fewer than two partners).',
    scale: 'linear',
  },
];

export interface DistributionChart {
  readonly spec: DistributionSpec;
  readonly title: string;
  readonly scale: BinScale;
  readonly bins: readonly Bin[];
  readonly stats: DistributionStats;
  readonly summary: string;
}

const OUTPUT_LABELS = new Map(
  MEASURES.flatMap((measure) => measure.outputs.map((output) => [output.id, output.label])),
);

export function distributionChart(spec: DistributionSpec, column: Column): DistributionChart | null {
  const stats = distributionStats(column);
  if (stats.count === 0) return null;
  const scale: BinScale =
    spec.oneBinPerValueUpTo !== undefined && stats.max <= spec.oneBinPerValueUpTo ? 'linear' : spec.scale;
  const bins = binValues(column, {
    scale,
    integer: spec.integer,
    maxBins: scale === 'linear' && spec.integer ? (spec.oneBinPerValueUpTo ?? 20) + 1 : 20,
  });
  const title = OUTPUT_LABELS.get(spec.column) ?? spec.column;
  return { spec, title, scale, bins, stats, summary: describeDistribution(title, stats, bins) };
}

/** Histograms of the measures in `columns`, in the order of DISTRIBUTIONS. */
export function distributionCharts(columns: Readonly<Record<string, Column>>): DistributionChart[] {
  return DISTRIBUTIONS.flatMap((spec) => {
    const column = columns[spec.column];
    const chart = column ? distributionChart(spec, column) : null;
    return chart ? [chart] : [];
  });
}
