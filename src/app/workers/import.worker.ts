/** Web Worker: previews files for the column-mapping step, off the main thread (io/). */
import * as Comlink from 'comlink';
import { type FilePreview, previewFile, type SourceFile } from '../../io/index.ts';

const api = {
  async preview(files: SourceFile[]): Promise<FilePreview[]> {
    return Promise.all(files.map((file) => previewFile(file, { rows: 6 })));
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
