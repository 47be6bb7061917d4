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
import type { RowFormatter } from './write-nodes.ts';

export interface AnalysisPool {
  runners: TaskRunner[];
  /** Each worker as a formatter of the actors table's rows (for when the measures are done). */
  formatters: RowFormatter[];
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
      const started = await Promise.all(workers.map((worker) => startRunner(worker, input)));
      return {
        runners: started.map(({ runner }) => runner),
        formatters: started.map(({ formatter }) => formatter),
        close,
      };
    },
    close,
  };
}

function startRunner(
  worker: Worker,
  input: PackedAnalysisInput,
): Promise<{ runner: TaskRunner; formatter: RowFormatter }> {
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
        const send = (request: (id: number) => WorkerRequest, onProgress: (fraction: number) => void) => {
          const id = nextId++;
          return new Promise<unknown>((resolve, reject) => {
            pending.set(id, { resolve, reject, onProgress });
            worker.postMessage(request(id));
          });
        };
        resolveReady({
          runner: { run: (task, onProgress) => send((id) => ({ type: 'task', id, task }), onProgress) },
          formatter: (batch) =>
            send(
              (id) => ({ type: 'rows', id, batch }),
              () => {},
            ) as Promise<Uint8Array>,
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
