/**
 * Our side of the bench: the whole registry through `runAnalysis`, exactly as the CLI runs it,
 * with a thin wrapper around each descriptor that records which columns and graph figures it
 * produced. That provenance is what lets peer measures be matched to our families and timings
 * while the registry keeps growing.
 */
import { MEASURES } from '../../src/analysis/registry.ts';
import { runAnalysis } from '../../src/analysis/runner.ts';
import type { AnalysisInput, MeasureDescriptor, OptionValues } from '../../src/analysis/types.ts';

export interface MeasureTiming {
  readonly id: string;
  readonly family: string;
  readonly ms: number;
  /** Column names and graph-figure names this measure wrote. */
  readonly outputs: readonly string[];
}

export interface BundleRun {
  readonly bundleMs: number;
  readonly measures: readonly MeasureTiming[];
  readonly graph: Readonly<Record<string, number | string | null>>;
  /** Mean and largest betweenness, to read the stated standard error of a sampled run against. */
  readonly betweenness?: { readonly mean: number; readonly max: number };
}

/**
 * Options for every measure that declares a `sample` option (the shortest-path measures):
 * 0 runs them exactly; k > 0 draws k seeded pivots.
 */
export function samplingOptions(sample: number, seed: number): Record<string, OptionValues> {
  const options: Record<string, OptionValues> = {};
  for (const measure of MEASURES) {
    if ('sample' in measure.options) options[measure.id] = { sample, seed };
  }
  return options;
}

export function runBundle(input: AnalysisInput, options: Record<string, OptionValues>): BundleRun {
  const outputsById = new Map<string, string[]>();
  const recorded: MeasureDescriptor[] = MEASURES.map((measure) => ({
    ...measure,
    compute(measureInput, values, progress) {
      const result = measure.compute(measureInput, values, progress);
      outputsById.set(measure.id, [...Object.keys(result.columns), ...Object.keys(result.graph ?? {})]);
      return result;
    },
  }));
  const started = performance.now();
  const result = runAnalysis(input, { measures: recorded, options });
  const bundleMs = performance.now() - started;
  return {
    bundleMs,
    graph: result.graph,
    betweenness: spread(result.columns.betweenness),
    measures: MEASURES.map((measure) => ({
      id: measure.id,
      family: measure.family,
      ms: result.timings[measure.id] ?? 0,
      outputs: outputsById.get(measure.id) ?? [],
    })),
  };
}

function spread(column: Float64Array | undefined): BundleRun['betweenness'] {
  if (!column || column.length === 0) return undefined;
  let sum = 0;
  let max = 0;
  let count = 0;
  for (const value of column) {
    if (Number.isNaN(value)) continue;
    sum += value;
    count++;
    if (value > max) max = value;
  }
  return { mean: count > 0 ? sum / count : Number.NaN, max };
}
