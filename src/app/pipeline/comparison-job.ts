/**
 * Comparing two windows of the source network, as the pipeline worker runs it for the Changes
 * view: analysis/time/compare.ts plans the two snapshots, the registry's measures run on each
 * (on helper workers when the snapshot is large, like the analysis stage), and the comparison is
 * put together. The whole source is compared — not the time window or the filters on screen —
 * so the figures are those of `clusterscope compare` on the same files and settings.
 */
import { buildAnalysisInput } from '../../analysis/input.ts';
import type { OutputId } from '../../analysis/registry.ts';
import type { AnalysisSettings } from '../../analysis/settings.ts';
import {
  type Comparison,
  finishComparison,
  planComparison,
  type SnapshotAnalysis,
  type SnapshotSide,
} from '../../analysis/time/compare.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import { activeIn, type TimeWindow, timeIndexOf } from '../../model/time.ts';
import { type AnalysisHelpers, runMeasures, withSampling } from './stages.ts';

export interface ComparisonRequest {
  readonly from: TimeWindow;
  readonly to: TimeWindow;
  /** Registry outputs whose change in rank is reported. */
  readonly rankBy: readonly OutputId[];
  /** The analysis settings of the session (locality rule, seed, sampling, measure options). */
  readonly settings: AnalysisSettings;
}

export interface ComparisonOutcome {
  readonly comparison: Comparison;
  /**
   * Betweenness pivots used on both snapshots (the session's, or the explorer's own when the
   * larger snapshot is past its exact limit, as in the analysis stage); null when exact.
   * `clusterscope compare --sample N` gives the same figures.
   */
  readonly sample: number | null;
}

export interface ComparisonRun {
  onProgress(fraction: number, measureId: string): void;
  isCancelled(): boolean;
}

/** The settings both snapshots are analysed with: one sampling decision for the pair. */
export function comparisonSettings(source: Ecosystem, request: ComparisonRequest): AnalysisSettings {
  const index = timeIndexOf(source);
  const largest = Math.max(activeIn(index, request.from).actorCount, activeIn(index, request.to).actorCount);
  return withSampling(request.settings, largest);
}

export async function runComparison(
  source: Ecosystem,
  request: ComparisonRequest,
  helpers: AnalysisHelpers,
  run: ComparisonRun,
): Promise<ComparisonOutcome> {
  const settings = comparisonSettings(source, request);
  const plan = planComparison(source, request.from, request.to, { rankBy: request.rankBy, settings });
  const analyse = async (side: SnapshotSide, half: number): Promise<SnapshotAnalysis> => {
    const input = buildAnalysisInput(side.ecosystem);
    const result = await runMeasures(
      side.ecosystem,
      helpers,
      {
        measures: plan.measures,
        options: plan.measureOptions,
        onProgress: (fraction, measureId) => run.onProgress((half + fraction) / 2, measureId),
        isCancelled: run.isCancelled,
      },
      input,
    );
    return { ids: input.tie.ids, result };
  };
  const from = await analyse(plan.from, 0);
  const to = await analyse(plan.to, 1);
  return {
    comparison: finishComparison(plan, from, to),
    sample: settings.sample !== undefined && settings.sample > 0 ? settings.sample : null,
  };
}
