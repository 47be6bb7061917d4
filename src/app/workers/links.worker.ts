/**
 * Web Worker for link suggestions: it receives the network once, then answers questions about
 * one actor or the whole network, so scoring two-hop pairs never blocks the canvas.
 */
import * as Comlink from 'comlink';
import { deserializeEcosystem, type SerializedEcosystem } from '../../model/ecosystem.ts';
import { type LinkQuery, LinkSuggester, type SuggestedLink } from './link-suggester.ts';

let suggester: LinkSuggester | null = null;

function current(): LinkSuggester {
  if (!suggester) throw new Error('The links worker has no network yet; call init first.');
  return suggester;
}

const api = {
  init(serialized: SerializedEcosystem, community: Float64Array | null): void {
    suggester = new LinkSuggester(deserializeEcosystem(serialized), community);
  },
  forActor(key: string, query: LinkQuery): SuggestedLink[] {
    return current().forActor(key, query);
  },
  forNetwork(query: LinkQuery): SuggestedLink[] {
    return current().forNetwork(query);
  },
};

export type LinksWorkerApi = typeof api;
Comlink.expose(api);
