/**
 * Worker thread of `clusterscope analyze`: runs measure tasks on the network (shared memory,
 * read-only), and formats batches of the actors table once the measures are done.
 */
import { parentPort } from 'node:worker_threads';
import type { PackedAnalysisInput } from '../analysis/input.ts';
import { type AnalysisTask, transferableBuffers } from '../analysis/runner.ts';
import { createTaskWorker } from '../analysis/task-worker.ts';
import { formatRows, type RowBatch } from './write-nodes.ts';

export type WorkerRequest =
  | { type: 'init'; input: PackedAnalysisInput }
  | { type: 'task'; id: number; task: AnalysisTask }
  | { type: 'rows'; id: number; batch: RowBatch };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string };

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs as a worker thread');
const worker = createTaskWorker();
const encoder = new TextEncoder();

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'init') {
    worker.init(request.input);
    port.postMessage({ type: 'ready' } satisfies WorkerReply);
    return;
  }
  const { id } = request;
  try {
    const value =
      request.type === 'rows'
        ? encoder.encode(formatRows(request.batch))
        : worker.run(request.task, (fraction) =>
            port.postMessage({ type: 'progress', id, fraction } satisfies WorkerReply),
          );
    port.postMessage({ type: 'result', id, value } satisfies WorkerReply, transferableBuffers(value));
  } catch (thrown) {
    port.postMessage({
      type: 'error',
      id,
      message: thrown instanceof Error ? thrown.message : String(thrown),
    });
  }
});
