/**
 * Worker thread of loadNetwork (load-network.ts), for one request:
 *   - `import`: the full importer on the files it is sent. It writes the import report through
 *     its parent and answers with the packed network; the thread ends with the answer, and the
 *     Ecosystem's graph objects go with its heap.
 *   - `tie-view`: the tie view of the columnar path's relation rows (shared memory), built here
 *     while the parent builds the flow view.
 */
import { parentPort } from 'node:worker_threads';
import { type Language, wordingFor } from '../i18n/i18n.ts';
import type { ImportOptions, SourceFile } from '../io/index.ts';
import type { TimeWindow } from '../model/time.ts';
import { type TieRows, tieRowsOfArcs } from '../model/views.ts';
import { type FullNetwork, importFullNetwork } from './full-import.ts';

export type LoadRequest =
  | {
      readonly type: 'import';
      readonly files: readonly SourceFile[];
      readonly options: ImportOptions;
      readonly window: TimeWindow | undefined;
      readonly language: Language;
    }
  | {
      readonly type: 'tie-view';
      readonly nodeCount: number;
      readonly source: Int32Array;
      readonly target: Int32Array;
      readonly strength: Float64Array;
      readonly rowBits: Uint8Array;
    };

export type LoadReply =
  | { type: 'log'; text: string }
  | { type: 'done'; value: FullNetwork | TieRows }
  | { type: 'error'; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error('load-worker.ts runs as a worker thread');

port.once('message', async (request: LoadRequest) => {
  const reply = (message: LoadReply) => port.postMessage(message);
  try {
    if (request.type === 'tie-view') {
      const { nodeCount, rowBits, ...arcs } = request;
      reply({ type: 'done', value: tieRowsOfArcs(nodeCount, arcs, rowBits, { shared: true }) });
      return;
    }
    const { files, options, window, language } = request;
    const log = (text: string) => reply({ type: 'log', text });
    reply({
      type: 'done',
      value: await importFullNetwork(files, options, window, log, wordingFor(language)),
    });
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    reply({ type: 'error', message: error.message, stack: error.stack });
  }
});
