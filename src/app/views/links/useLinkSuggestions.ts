/**
 * Asks the pipeline worker for suggestions and follows what they depend on: the network on
 * screen (filters replace it) and its communities, the mode, the selected actor and the query.
 * An answer overtaken by a newer question, or by a new network, is dropped.
 */
import { useEffect, useState } from 'react';
import type { LinkQuery, SuggestedLink } from '../../../analysis/link-suggester.ts';
import type { RelationKind } from '../../../model/kinds.ts';
import { suggestLinks } from '../../pipeline/controller.ts';
import { useExplorer } from '../../store.ts';
import type { LinksMode } from './settings.ts';

export type SuggestionsState =
  | { status: 'idle' }
  | { status: 'computing' }
  | { status: 'ready'; links: SuggestedLink[] }
  | { status: 'error'; message: string };

export function useLinkSuggestions(mode: LinksMode, actorKey: string | null, query: LinkQuery) {
  const ecosystem = useExplorer((state) => state.ecosystem);
  const analysis = useExplorer((state) => state.analysis);
  const [state, setState] = useState<SuggestionsState>({ status: 'idle' });

  const { scorer, limit, relationKinds } = query;
  // Followed as text: a new array with the same kinds is the same question.
  const relationKey = relationKinds?.join(' ') ?? '*';
  useEffect(() => {
    if (!ecosystem || !analysis || (mode === 'actor' && actorKey === null)) {
      setState({ status: 'idle' });
      return;
    }
    let wanted = true;
    setState({ status: 'computing' });
    const kinds = relationKey === '*' ? null : (relationKey.split(' ') as RelationKind[]);
    suggestLinks(mode === 'actor' ? actorKey : null, { scorer, limit, relationKinds: kinds }).then(
      (links) => {
        if (wanted && links !== null) setState({ status: 'ready', links });
      },
      (error: unknown) => {
        if (wanted)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      wanted = false;
    };
  }, [ecosystem, analysis, mode, actorKey, scorer, limit, relationKey]);

  return state;
}
