/**
 * Main-thread handles on the import and analysis workers. Cancelling terminates the worker:
 * a measure in a tight loop cannot read messages, and a fresh worker costs a few milliseconds.
 */
import * as Comlink from 'comlink';
import type { AnalysisResult } from '../../analysis/runner.ts';
import type { OptionValues } from '../../analysis/types.ts';
import type { FilePreview, SourceFile } from '../../io/index.ts';
import type { SerializedEcosystem } from '../../model/ecosystem.ts';
import type { AnalysisWorkerApi } from './analysis.worker.ts';
import type { ImportedNetwork, ImportWorkerApi, WorkerImportOptions } from './import.worker.ts';

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

function runInWorker<Api, T>(
  create: () => Worker,
  call: (api: Comlink.Remote<Api>) => Promise<T>,
): Cancellable<T> {
  const worker = create();
  let rejectCancel: (error: Error) => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    rejectCancel = reject;
  });
  const result = Promise.race([call(Comlink.wrap<Api>(worker)), cancelled]).finally(() => worker.terminate());
  return {
    result,
    cancel() {
      worker.terminate();
      rejectCancel(new CancelledError());
    },
  };
}

const createImportWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

export function previewInWorker(files: SourceFile[]): Cancellable<FilePreview[]> {
  return runInWorker<ImportWorkerApi, FilePreview[]>(createImportWorker, (api) => api.preview(files));
}

export function importInWorker(
  files: SourceFile[],
  options: WorkerImportOptions,
  onProgress: (stage: string, done: number, total: number) => void,
): Cancellable<ImportedNetwork> {
  return runInWorker<ImportWorkerApi, ImportedNetwork>(createImportWorker, (api) =>
    api.importFiles(files, options, Comlink.proxy(onProgress)),
  );
}

export function analyseInWorker(
  ecosystem: SerializedEcosystem,
  options: Record<string, OptionValues>,
  onProgress: (fraction: number, measureId: string) => void,
): Cancellable<AnalysisResult> {
  return runInWorker<AnalysisWorkerApi, AnalysisResult>(
    () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
    (api) => api.analyse(ecosystem, options, Comlink.proxy(onProgress)),
  );
}
