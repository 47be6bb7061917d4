/**
 * Web Worker coordinating the analysis off the main thread (model/ → analysis/). It starts one
 * helper worker per core, hands them the measures and the source ranges of path searches,
 * and merges what comes back. Cancelling terminates this worker, and its helpers with it.
 */
import * as Comlink from 'comlink';
import { buildAnalysisInput, packAnalysisInput } from '../../analysis/input.ts';
import {
  type AnalysisResult,
  runAnalysis,
  runAnalysisInParallel,
  type TaskRunner,
  transferableBuffers,
} from '../../analysis/runner.ts';
import type { OptionValues } from '../../analysis/types.ts';
import { deserializeEcosystem, type SerializedEcosystem } from '../../model/ecosystem.ts';
import type { AnalysisTaskWorkerApi } from './analysis-task.worker.ts';

/** Below this many ties, starting helpers costs more than it saves. */
const PARALLEL_FROM_TIES = 5000;
const MAX_HELPERS = 4;

const api = {
  async analyse(
    serialized: SerializedEcosystem,
    options: Record<string, OptionValues>,
    onProgress: (fraction: number, measureId: string) => void,
  ): Promise<AnalysisResult> {
    const ecosystem = deserializeEcosystem(serialized);
    const input = buildAnalysisInput(ecosystem);
    const helpers = Math.min(MAX_HELPERS, navigator.hardwareConcurrency || 2);
    let result: AnalysisResult;
    if (input.tie.tieCount < PARALLEL_FROM_TIES || helpers < 2) {
      result = runAnalysis(input, { options, onProgress });
    } else {
      const packed = packAnalysisInput(ecosystem, input);
      const workers = Array.from(
        { length: helpers },
        () => new Worker(new URL('./analysis-task.worker.ts', import.meta.url), { type: 'module' }),
      );
      try {
        const runners: TaskRunner[] = await Promise.all(
          workers.map(async (worker) => {
            const remote = Comlink.wrap<AnalysisTaskWorkerApi>(worker);
            await remote.init(packed);
            return { run: (task, progress) => remote.run(task, Comlink.proxy(progress)) };
          }),
        );
        result = await runAnalysisInParallel(input, runners, { options, onProgress });
      } finally {
        for (const worker of workers) worker.terminate();
      }
    }
    return Comlink.transfer(result, transferableBuffers(result.columns));
  },
};

export type AnalysisWorkerApi = typeof api;
Comlink.expose(api);
