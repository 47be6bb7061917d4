/** Measure families as the rankings' column chooser and the methods page name and order them. */
import type { MeasureDescriptor, MeasureFamily } from '../../analysis/types.ts';

export const FAMILY_LABELS: Record<MeasureFamily, string> = {
  centrality: 'Centrality',
  embeddedness: 'Embeddedness',
  'structural-holes': 'Structural holes',
  community: 'Communities',
  brokerage: 'Brokerage',
  locality: 'Local and external ties',
  network: 'Whole network',
};

/** Families in the order the registry first mentions them, so both views follow the CLI's column order. */
export function familiesInOrder(measures: readonly MeasureDescriptor[]): MeasureFamily[] {
  return [...new Set(measures.map((measure) => measure.family))];
}
