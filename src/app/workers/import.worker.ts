/** Web Worker: previews and reads files into an Ecosystem off the main thread (io/ → model/). */
import * as Comlink from 'comlink';
import {
  type FilePreview,
  type ImportOptions,
  type ImportResult,
  importFiles,
  previewFile,
  type SourceFile,
} from '../../io/index.ts';
import { type SerializedEcosystem, serializeEcosystem } from '../../model/ecosystem.ts';

export interface ImportedNetwork {
  ecosystem: SerializedEcosystem;
  report: ImportResult['report'];
  layout: ImportResult['layout'];
}

export type WorkerImportOptions = Omit<ImportOptions, 'signal' | 'onProgress'>;

const api = {
  async preview(files: SourceFile[]): Promise<FilePreview[]> {
    return Promise.all(files.map((file) => previewFile(file, { rows: 6 })));
  },
  async importFiles(
    files: SourceFile[],
    options: WorkerImportOptions,
    onProgress: (stage: string, done: number, total: number) => void,
  ): Promise<ImportedNetwork> {
    const { ecosystem, report, layout } = await importFiles(files, { ...options, onProgress });
    return { ecosystem: serializeEcosystem(ecosystem), report, layout };
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
