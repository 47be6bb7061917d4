/**
 * What the user chose in the missing-links view. Kept in its own small store rather than
 * component state, so switching side-panel tabs does not reset the filters.
 */
import { create } from 'zustand';
import { LINK_SUGGESTION_OPTIONS, type RankingScorer } from '../../../analysis/link-suggester.ts';
import type { SuggestionKind } from '../../../analysis/link-suggestions.ts';
import type { RelationKind } from '../../../model/kinds.ts';
import type { LocalityChoice } from './filter.ts';
import { SUGGESTION_KINDS } from './format.ts';

export type LinksMode = 'actor' | 'network';

export const TOP_K_CHOICES = [10, 25, 50] as const;

export interface LinksSettings {
  mode: LinksMode;
  scorer: RankingScorer;
  /** Count partners through this relation kind only; null for every relation. */
  relationKind: RelationKind | null;
  kinds: ReadonlySet<SuggestionKind>;
  locality: LocalityChoice;
  maxKm: number | null;
  /** Suggestions of each kind asked for. */
  topK: number;
  set(change: Partial<Omit<LinksSettings, 'set' | 'toggleKind'>>): void;
  toggleKind(kind: SuggestionKind, shown: boolean): void;
}

export const useLinksSettings = create<LinksSettings>()((set) => ({
  mode: 'actor',
  scorer: LINK_SUGGESTION_OPTIONS.scorer.default,
  relationKind: null,
  kinds: new Set(SUGGESTION_KINDS),
  locality: 'any',
  maxKm: null,
  topK: LINK_SUGGESTION_OPTIONS.limit.default,
  set: (change) => set(change),
  toggleKind: (kind, shown) =>
    set((state) => {
      const kinds = new Set(state.kinds);
      if (shown) kinds.add(kind);
      else kinds.delete(kind);
      return { kinds };
    }),
}));

/**
 * How many to ask the worker for: locality and distance filters apply after scoring, so with
 * one of them on, a deeper pool keeps the list from coming back nearly empty.
 */
export function poolSize(settings: Pick<LinksSettings, 'topK' | 'locality' | 'maxKm'>): number {
  const filtered = settings.locality !== 'any' || settings.maxKm !== null;
  return filtered ? settings.topK * 5 : settings.topK;
}
