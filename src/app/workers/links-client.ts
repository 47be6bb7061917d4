/**
 * Main-thread handle on the links worker. The worker keeps the network between questions, so
 * asking about another actor costs only the scoring. A question that is no longer wanted (the
 * selection moved on) is cancelled by terminating the worker, as the other clients do, since a
 * long network-wide scoring loop cannot read messages; the next question starts a fresh worker
 * and hands it the network again.
 */
import * as Comlink from 'comlink';
import type { SerializedEcosystem } from '../../model/ecosystem.ts';
import { type Cancellable, CancelledError } from './clients.ts';
import type { LinkQuery, SuggestedLink } from './link-suggester.ts';
import type { LinksWorkerApi } from './links.worker.ts';

interface Network {
  serialized: SerializedEcosystem;
  community: Float64Array | null;
}

export interface LinksClient {
  /** Hands the worker a new network (after a load or a filter change). */
  setNetwork(serialized: SerializedEcosystem, community: Float64Array | null): void;
  forActor(key: string, query: LinkQuery): Cancellable<SuggestedLink[]>;
  forNetwork(query: LinkQuery): Cancellable<SuggestedLink[]>;
  dispose(): void;
}

export function createLinksClient(): LinksClient {
  let network: Network | null = null;
  let worker: Worker | null = null;
  let ready: Promise<Comlink.Remote<LinksWorkerApi>> | null = null;

  /** Rejecters of questions still waiting: a terminated worker never answers them. */
  const waiting = new Set<(error: Error) => void>();

  const stop = () => {
    worker?.terminate();
    worker = null;
    ready = null;
    for (const reject of waiting) reject(new CancelledError());
    waiting.clear();
  };

  const remote = (): Promise<Comlink.Remote<LinksWorkerApi>> => {
    if (!network) return Promise.reject(new Error('No network to suggest links for.'));
    if (!ready) {
      const { serialized, community } = network;
      worker = new Worker(new URL('./links.worker.ts', import.meta.url), { type: 'module' });
      const api = Comlink.wrap<LinksWorkerApi>(worker);
      ready = api.init(serialized, community).then(() => api);
    }
    return ready;
  };

  const ask = (call: (api: Comlink.Remote<LinksWorkerApi>) => Promise<SuggestedLink[]>) => {
    let rejectCancel: (error: Error) => void = () => {};
    const cancelled = new Promise<never>((_, reject) => {
      rejectCancel = reject;
    });
    waiting.add(rejectCancel);
    const result = Promise.race([remote().then(call), cancelled]).finally(() => waiting.delete(rejectCancel));
    return {
      result,
      cancel() {
        // Only a question still being worked on costs the worker; an answered one leaves it alone.
        if (waiting.has(rejectCancel)) stop();
      },
    };
  };

  return {
    setNetwork(serialized, community) {
      network = { serialized, community };
      // The old network's worker is of no further use; the next question starts one for this network.
      stop();
    },
    forActor: (key, query) => ask((api) => api.forActor(key, query)),
    forNetwork: (query) => ask((api) => api.forNetwork(query)),
    dispose() {
      stop();
      network = null;
    },
  };
}
