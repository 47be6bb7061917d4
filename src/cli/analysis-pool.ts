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
  return spawnAnalysisPool(size).start(input);
}

/** Worker threads started before their input exists. */
export interface SpawnedPool {
  /** Hands every worker the input; resolves when all have it. */
  start(input: PackedAnalysisInput): Promise<AnalysisPool>;
  /** Stops the workers, started or not (a run that ends early must not leave them running). */
  close(): Promise<void>;
}

/**
 * Starts the worker threads now and gives them their input later: each loads its code (the
 * TypeScript compiled through tsx, the registry) while this thread reads the files, which took
 * 0.3–1.0 s after reading when they were started then.
 */
export function spawnAnalysisPool(size = availableParallelism()): SpawnedPool {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(new URL('./analysis-worker-entry.mjs', import.meta.url)),
  );
  // A worker that fails while loading is said when the pool starts, not as an unhandled error.
  let failure: Error | undefined;
  for (const worker of workers)
    worker.once('error', (error) => {
      failure ??= error;
    });
  const close = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  return {
    async start(input) {
      if (failure) throw failure;
      const runners = await Promise.all(workers.map((worker) => startRunner(worker, input)));
      return { runners, close };
    },
    close,
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
