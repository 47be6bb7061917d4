/** Web Worker: one of the analysis coordinator's helpers; runs measure tasks on its own copy of the network. */
import * as Comlink from 'comlink';
import type { PackedAnalysisInput } from '../../analysis/input.ts';
import type { AnalysisTask } from '../../analysis/runner.ts';
import { transferableBuffers } from '../../analysis/runner.ts';
import { createTaskWorker } from '../../analysis/task-worker.ts';

const worker = createTaskWorker();

const api = {
  init(packed: PackedAnalysisInput): void {
    worker.init(packed);
  },
  run(task: AnalysisTask, onProgress: (fraction: number) => void): unknown {
    const value = worker.run(task, onProgress);
    return Comlink.transfer(value, transferableBuffers(value));
  },
};

export type AnalysisTaskWorkerApi = typeof api;
Comlink.expose(api);
