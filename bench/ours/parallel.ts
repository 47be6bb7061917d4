/**
 * The bundle the way `clusterscope analyze --threads N` runs it: a pool of worker threads
 * (src/cli/analysis-pool.ts), each given the packed input (typed arrays, not rebuilt), and
 * `runAnalysisInParallel` splitting the per-source searches of path measures across them.
 * Pool start-up counts, since the CLI pays it too; it is also reported on its own.
 */
import { availableParallelism } from 'node:os';
import { packAnalysisInput } from '../../src/analysis/input.ts';
import { runAnalysisInParallel } from '../../src/analysis/runner.ts';
import type { AnalysisInput, OptionValues } from '../../src/analysis/types.ts';
import { startAnalysisPool } from '../../src/cli/analysis-pool.ts';
import type { Ecosystem } from '../../src/model/ecosystem.ts';

export interface ParallelRun {
  readonly threads: number;
  /** Pool start plus the run: what the CLI waits for. */
  readonly bundleMs: number;
  readonly poolStartMs: number;
  /** By measure id; split measures are summed over threads (CPU time, not wall time). */
  readonly timings: Record<string, number>;
}

export async function runBundleInParallel(
  ecosystem: Ecosystem,
  input: AnalysisInput,
  options: Record<string, OptionValues>,
  threads = availableParallelism(),
): Promise<ParallelRun> {
  const started = performance.now();
  const pool = await startAnalysisPool(packAnalysisInput(ecosystem, input), threads);
  const poolStartMs = performance.now() - started;
  try {
    const result = await runAnalysisInParallel(input, pool.runners, { options });
    return { threads, bundleMs: performance.now() - started, poolStartMs, timings: result.timings };
  } finally {
    await pool.close();
  }
}
