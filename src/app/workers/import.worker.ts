/** Web Worker: reads files into an Ecosystem off the main thread (io/ → model/). */
import * as Comlink from 'comlink';
import { type ImportResult, importTables, type SourceFile } from '../../io/import.ts';
import { type SerializedEcosystem, serializeEcosystem } from '../../model/ecosystem.ts';

export interface ImportedNetwork {
  ecosystem: SerializedEcosystem;
  report: ImportResult['report'];
}

const api = {
  importTables(files: { actors?: SourceFile; relations: SourceFile }): ImportedNetwork {
    const { ecosystem, report } = importTables(files);
    return { ecosystem: serializeEcosystem(ecosystem), report };
  },
};

export type ImportWorkerApi = typeof api;
Comlink.expose(api);
