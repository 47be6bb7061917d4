/** Measure families in the order the rankings' column chooser and the methods page show them (names: registry-texts.ts). */
import type { MeasureDescriptor, MeasureFamily } from '../../analysis/types.ts';

/** Families in the order the registry first mentions them, so both views follow the CLI's column order. */
export function familiesInOrder(measures: readonly MeasureDescriptor[]): MeasureFamily[] {
  return [...new Set(measures.map((measure) => measure.family))];
}
