/**
 * Main-thread handle on the preview worker of the import dialog. Cancelling terminates the
 * worker: a fresh one costs a few milliseconds.
 */
import * as Comlink from 'comlink';
import type { FilePreview, SourceFile } from '../../io/index.ts';
import type { ImportWorkerApi } from './import.worker.ts';

export interface Cancellable<T> {
  result: Promise<T>;
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export function previewInWorker(files: SourceFile[]): Cancellable<FilePreview[]> {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let rejectCancel: (error: Error) => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    rejectCancel = reject;
  });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  const result = Promise.race([api.preview(files), cancelled]).finally(() => worker.terminate());
  return {
    result,
    cancel() {
      worker.terminate();
      rejectCancel(new CancelledError());
    },
  };
}
