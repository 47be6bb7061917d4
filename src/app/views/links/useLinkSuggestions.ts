/**
 * Asks the links worker for suggestions and follows what they depend on: the network on screen
 * (filters replace it), its communities, the mode, the selected actor and the query. A question
 * overtaken by a newer one is cancelled, so fast clicking through actors never queues work.
 */
import { useEffect, useMemo, useState } from 'react';
import { serializeEcosystem } from '../../../model/ecosystem.ts';
import type { RelationKind } from '../../../model/kinds.ts';
import { useExplorer } from '../../store.ts';
import { CancelledError } from '../../workers/clients.ts';
import type { LinkQuery, SuggestedLink } from '../../workers/link-suggester.ts';
import { createLinksClient, type LinksClient } from '../../workers/links-client.ts';
import type { LinksMode } from './settings.ts';

export type SuggestionsState =
  | { status: 'idle' }
  | { status: 'computing' }
  | { status: 'ready'; links: SuggestedLink[] }
  | { status: 'error'; message: string };

export function useLinkSuggestions(mode: LinksMode, actorKey: string | null, query: LinkQuery) {
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const [client, setClient] = useState<LinksClient | null>(null);
  const [state, setState] = useState<SuggestionsState>({ status: 'idle' });

  useEffect(() => {
    const created = createLinksClient();
    setClient(created);
    return () => created.dispose();
  }, []);

  // While measures are being recomputed for a filter, the old column no longer lines up with
  // the new network; bridges wait until it does rather than naming the wrong communities.
  const community = useMemo(() => {
    const column = analysis?.columns.community;
    return column && ecosystem && column.length === ecosystem.order ? column : null;
  }, [analysis, ecosystem]);

  const network = useMemo(
    () => (ecosystem ? { serialized: serializeEcosystem(ecosystem), community } : null),
    [ecosystem, community],
  );
  useEffect(() => {
    if (client && network) client.setNetwork(network.serialized, network.community);
  }, [client, network]);

  const { scorer, limit, relationKinds } = query;
  // Followed as text: a new array with the same kinds is the same question.
  const relationKey = relationKinds?.join(' ') ?? '*';
  useEffect(() => {
    if (!client || !network || (mode === 'actor' && actorKey === null)) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'computing' });
    const kinds = relationKey === '*' ? null : (relationKey.split(' ') as RelationKind[]);
    const current = { scorer, limit, relationKinds: kinds };
    const job =
      mode === 'actor' && actorKey !== null ? client.forActor(actorKey, current) : client.forNetwork(current);
    job.result.then(
      (links) => setState({ status: 'ready', links }),
      (error: unknown) => {
        if (error instanceof CancelledError) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => job.cancel();
  }, [client, network, mode, actorKey, scorer, limit, relationKey]);

  return state;
}
