/**
 * A pool of worker threads for the analysis runner: each thread gets the packed input once
 * (typed arrays and field columns in shared memory: read, not copied, not rebuilt), then
 * takes tasks. Used by `clusterscope analyze`; the browser has the same with Web Workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PackedAnalysisInput } from '../analysis/input.ts';
import type { TaskRunner } from '../analysis/runner.ts';
import type { WorkerReply, WorkerRequest } from './analysis-worker.ts';

export interface AnalysisPool {
  runners: TaskRunner[];
  close(): Promise<void>;
}

export async function startAnalysisPool(
  input: PackedAnalysisInput,
  size = availableParallelism(),
): Promise<AnalysisPool> {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(new URL('./analysis-worker-entry.mjs', import.meta.url)),
  );
  const runners = await Promise.all(workers.map((worker) => startRunner(worker, input)));
  return {
    runners,
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function startRunner(worker: Worker, input: PackedAnalysisInput): Promise<TaskRunner> {
  let nextId = 0;
  const pending = new Map<
    number,
    {
      resolve: (value: unknown) => void;
      reject: (error: Error) => void;
      onProgress: (fraction: number) => void;
    }
  >();
  return new Promise((resolveReady, rejectReady) => {
    worker.on('error', (error) => {
      rejectReady(error);
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        resolveReady({
          run(task, onProgress) {
            const id = nextId++;
            return new Promise((resolve, reject) => {
              pending.set(id, { resolve, reject, onProgress });
              worker.postMessage({ type: 'task', id, task } satisfies WorkerRequest);
            });
          },
        });
        return;
      }
      const job = pending.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') job.onProgress(reply.fraction);
      else {
        pending.delete(reply.id);
        if (reply.type === 'result') job.resolve(reply.value);
        else job.reject(new Error(reply.message));
      }
    });
    worker.postMessage({ type: 'init', input } satisfies WorkerRequest);
  });
}
