/**
 * The analysis runner: every registry measure over one input, in registry order, with
 * progress and cancellation. The browser's analysis worker and the command line both call it.
 */
import { MEASURES } from './registry.ts';
import {
  AnalysisCancelled,
  type AnalysisInput,
  type Column,
  defaultOptions,
  type MeasureDescriptor,
  type OptionValues,
} from './types.ts';

export interface AnalysisResult {
  columns: Record<string, Column>;
  graph: Record<string, number | string | null>;
  /** Milliseconds each measure took, by measure id. */
  timings: Record<string, number>;
}

export interface RunOptions {
  measures?: readonly MeasureDescriptor[];
  /** Option values by measure id; missing values take the descriptor's defaults. */
  options?: Readonly<Record<string, OptionValues>>;
  /** Called with the overall fraction done and the measure being computed. */
  onProgress?: (fraction: number, measureId: string) => void;
  isCancelled?: () => boolean;
}

export function runAnalysis(input: AnalysisInput, run: RunOptions = {}): AnalysisResult {
  const measures = run.measures ?? MEASURES;
  const result: AnalysisResult = { columns: {}, graph: {}, timings: {} };
  measures.forEach((measure, index) => {
    const progress = {
      report(fraction: number) {
        run.onProgress?.((index + Math.min(Math.max(fraction, 0), 1)) / measures.length, measure.id);
      },
      checkpoint() {
        if (run.isCancelled?.()) throw new AnalysisCancelled();
      },
    };
    progress.checkpoint();
    progress.report(0);
    const started = performance.now();
    const options = { ...defaultOptions(measure), ...run.options?.[measure.id] };
    const output = measure.compute(input, options, progress);
    result.timings[measure.id] = performance.now() - started;
    Object.assign(result.columns, output.columns);
    if (output.graph) Object.assign(result.graph, output.graph);
  });
  run.onProgress?.(1, '');
  return result;
}
