/**
 * What an analysis worker does, whatever kind of worker it is: take its copy of the input once
 * (packed typed arrays, nothing to rebuild), then run tasks on it. The browser's Web Workers and the CLI's worker threads wrap this
 * with their own messaging; the measures never know where they run.
 */
import { type PackedAnalysisInput, unpackAnalysisInput } from './input.ts';
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
    init(packed: PackedAnalysisInput): void {
      input = unpackAnalysisInput(packed);
    },
    run(task: AnalysisTask, onProgress: (fraction: number) => void): unknown {
      if (!input) throw new Error('The analysis worker has no network yet');
      return runTask(input, task, throttledProgress(onProgress));
    },
  };
}
