/**
 * What an analysis worker does, whatever kind of worker it is: build its own copy of the input
 * once, then run tasks on it. The browser's Web Workers and the CLI's worker threads wrap this
 * with their own messaging; the measures never know where they run.
 */
import { deserializeEcosystem, type SerializedEcosystem } from '../model/ecosystem.ts';
import { buildAnalysisInput } from './input.ts';
import { type AnalysisTask, runTask } from './runner.ts';
import type { AnalysisInput, Progress } from './types.ts';

/** Progress reports cross a thread boundary: send one per percent at most. */
export function throttledProgress(onProgress: (fraction: number) => void): Progress {
  let last = -1;
  return {
    report(fraction) {
      if (fraction - last >= 0.01 || fraction >= 1) {
        last = fraction;
        onProgress(fraction);
      }
    },
    checkpoint() {},
  };
}

export function createTaskWorker() {
  let input: AnalysisInput | null = null;
  return {
    init(ecosystem: SerializedEcosystem): void {
      input = buildAnalysisInput(deserializeEcosystem(ecosystem));
    },
    run(task: AnalysisTask, onProgress: (fraction: number) => void): unknown {
      if (!input) throw new Error('The analysis worker has no network yet');
      return runTask(input, task, throttledProgress(onProgress));
    },
  };
}
