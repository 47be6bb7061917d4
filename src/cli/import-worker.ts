/**
 * Worker thread of the full importer (load-network.ts): imports the files it is sent, writes the
 * import report through its parent, and answers with the packed network. The thread ends with
 * the answer, and the Ecosystem's graph objects go with its heap.
 */
import { parentPort } from 'node:worker_threads';
import { type Language, wordingFor } from '../i18n/i18n.ts';
import type { ImportOptions, SourceFile } from '../io/index.ts';
import type { TimeWindow } from '../model/time.ts';
import { type FullNetwork, importFullNetwork } from './full-import.ts';

export interface ImportRequest {
  readonly files: readonly SourceFile[];
  readonly options: ImportOptions;
  readonly window: TimeWindow | undefined;
  readonly language: Language;
}

export type ImportReply =
  | { type: 'log'; text: string }
  | { type: 'done'; network: FullNetwork }
  | { type: 'error'; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs as a worker thread');

port.once('message', async ({ files, options, window, language }: ImportRequest) => {
  const reply = (message: ImportReply) => port.postMessage(message);
  try {
    const log = (text: string) => reply({ type: 'log', text });
    reply({
      type: 'done',
      network: await importFullNetwork(files, options, window, log, wordingFor(language)),
    });
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    reply({ type: 'error', message: error.message, stack: error.stack });
  }
});
