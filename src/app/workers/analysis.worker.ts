/** Web Worker: runs the measure registry off the main thread (model/ → analysis/). */
import * as Comlink from 'comlink';
import { buildAnalysisInput } from '../../analysis/input.ts';
import { type AnalysisResult, runAnalysis } from '../../analysis/runner.ts';
import { deserializeEcosystem, type SerializedEcosystem } from '../../model/ecosystem.ts';

const api = {
  analyse(
    serialized: SerializedEcosystem,
    onProgress: (fraction: number, measureId: string) => void,
  ): AnalysisResult {
    const input = buildAnalysisInput(deserializeEcosystem(serialized));
    const result = runAnalysis(input, { onProgress });
    const buffers = Object.values(result.columns).map((column) => column.buffer as ArrayBuffer);
    return Comlink.transfer(result, buffers);
  },
};

export type AnalysisWorkerApi = typeof api;
Comlink.expose(api);
