/**
 * What the Changes view compares: two windows, A and B, and the measure whose change in rank it
 * lists. Part of the session (saved in workspaces and project files); read back by
 * session/read-session.ts like every other setting.
 */
import { MEASURES, type OutputId } from '../../analysis/registry.ts';
import { DEFAULT_RANK_BY } from '../../analysis/time/compare.ts';
import type { TimeWindow } from '../../model/period.ts';

export interface ComparisonChoice {
  from: TimeWindow;
  to: TimeWindow;
  /** The measure whose climbers and fallers are listed. */
  rankBy: OutputId;
}

/** Measures with an order: numbers, not categories or community numbers. */
export const RANKABLE_OUTPUTS = MEASURES.flatMap((measure) => measure.outputs).filter(
  (output) => !output.categories && output.id !== 'community',
);

export function isRankable(id: unknown): id is OutputId {
  return RANKABLE_OUTPUTS.some((output) => output.id === id);
}

/** The first year against the last, ranked by the number of partners. */
export function defaultChoice(years: readonly number[]): ComparisonChoice | null {
  if (years.length < 2) return null;
  const first = years[0];
  const last = years[years.length - 1];
  return { from: { from: first, to: first }, to: { from: last, to: last }, rankBy: DEFAULT_RANK_BY[0] };
}

/**
 * The outputs whose rank changes the comparison reports: those `clusterscope compare` reports by
 * default, then the chosen one, so the export has the command's columns and the chosen measure's.
 */
export function rankOutputs(choice: ComparisonChoice): OutputId[] {
  return DEFAULT_RANK_BY.includes(choice.rankBy) ? [...DEFAULT_RANK_BY] : [...DEFAULT_RANK_BY, choice.rankBy];
}
