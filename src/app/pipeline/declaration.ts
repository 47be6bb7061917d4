/**
 * The explorer's pipeline, declared once: each stage is a function of the stage before and
 * of its own settings, and nothing downstream stores a copy it could derive.
 *
 *   source ──► time window ──► filters ──► analysis ──► display ──► appearance
 *   files,       timeWindow     filters     analysis     (locality    appearance
 *   import                      (+ whole-   settings     rule of the
 *   options                     window                   analysis)
 *                               measures)
 *
 * The first five run in the pipeline worker (pipeline.worker.ts); appearance writes colours and
 * sizes into the graph sigma draws, on the main thread. A stage runs again only when its
 * settings or the stage before it changed; `stageKeys` says what each stage reads, and the
 * worker compares them to decide.
 */
import type { AnalysisSettings } from '../../analysis/settings.ts';
import type { TimeWindow } from '../../model/period.ts';
import type { Filters } from '../filters/filters.ts';

export type { TimeWindow } from '../../model/period.ts';

/** The settings of the stages that run in the worker. */
export interface PipelineSettings {
  timeWindow: TimeWindow | null;
  filters: Filters;
  analysis: AnalysisSettings;
}

export const WORKER_STAGES = ['timeWindow', 'filters', 'analysis', 'display'] as const;
export type WorkerStage = (typeof WORKER_STAGES)[number];

/**
 * What each worker stage reads from the settings, as a comparable key. Filters read the
 * analysis settings only when a measure range refers to the whole window's measures.
 */
export function stageKeys(settings: PipelineSettings): Record<WorkerStage, string> {
  const measureRange = settings.filters.measure !== null;
  return {
    timeWindow: JSON.stringify(settings.timeWindow),
    filters: JSON.stringify([settings.filters, measureRange ? settings.analysis : null]),
    analysis: JSON.stringify(settings.analysis),
    display: JSON.stringify([settings.analysis.localBy ?? null, settings.analysis.localKm ?? null]),
  };
}

/** The first stage whose own key changed, or null when every stage can be reused. */
export function firstChangedStage(
  before: Record<WorkerStage, string> | null,
  after: Record<WorkerStage, string>,
): WorkerStage | null {
  if (before === null) return WORKER_STAGES[0];
  return WORKER_STAGES.find((stage) => before[stage] !== after[stage]) ?? null;
}
