/**
 * The links worker's logic, kept free of the Worker API so it can be tested directly: it holds
 * one network, builds the analysis input (once per choice of relation kinds) and turns the
 * engine's suggestions into plain objects that name actors by key and label, with both
 * scorers' values and the actors behind each reason.
 */
import { buildAnalysisInput } from '../../analysis/input.ts';
import {
  type LinkSuggestion,
  type SuggestionKind,
  suggestLinks,
  suggestLinksFor,
} from '../../analysis/link-suggestions.ts';
import { commonPartners, pairScores } from '../../analysis/links.ts';
import type { AnalysisInput } from '../../analysis/types.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import type { RelationKind } from '../../model/kinds.ts';

export type RankingScorer = 'adamic_adar' | 'resource_allocation';

export interface LinkQuery {
  /** Which score orders the shared-partner and bridge suggestions. */
  scorer: RankingScorer;
  /** At most this many suggestions of each kind. */
  limit: number;
  /** Count partners only through relations of these kinds; null for every relation. */
  relationKinds: readonly RelationKind[] | null;
}

/** A suggestion as it crosses the worker boundary: plain data, actors by key. */
export interface SuggestedLink {
  kind: SuggestionKind;
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  commonPartners: number;
  adamicAdar: number;
  resourceAllocation: number;
  /** Hop distance now, for knowledge-partner and frontier-path suggestions; null for the others. */
  steps: number | null;
  reason: string;
  /** The actors the reason names (shared partners, or the path toward the target), by key. */
  via: string[];
}

export class LinkSuggester {
  private readonly keys: string[];
  private readonly labels: string[];
  private readonly indexOfKey: Map<string, number>;
  private readonly inputs = new Map<string, AnalysisInput>();

  /** `community` per node in the ecosystem's node order (the analysis column), or null when not computed. */
  constructor(
    private readonly ecosystem: Ecosystem,
    private readonly community: ArrayLike<number> | null = null,
  ) {
    this.keys = ecosystem.nodes();
    this.labels = this.keys.map((key) => ecosystem.getNodeAttribute(key, 'label'));
    this.indexOfKey = new Map(this.keys.map((key, index) => [key, index]));
  }

  forActor(key: string, query: LinkQuery): SuggestedLink[] {
    const actor = this.indexOfKey.get(key);
    if (actor === undefined) return [];
    const input = this.inputFor(query.relationKinds);
    const found = suggestLinksFor(input, actor, this.engineOptions(query));
    return found.map((suggestion) => this.plain(input, suggestion));
  }

  forNetwork(query: LinkQuery): SuggestedLink[] {
    const input = this.inputFor(query.relationKinds);
    const groups = suggestLinks(input, this.engineOptions(query));
    return [
      ...groups.sharedPartners,
      ...groups.communityBridges,
      ...groups.knowledgePartners,
      ...groups.frontierPaths,
    ].map((suggestion) => this.plain(input, suggestion));
  }

  private engineOptions(query: LinkQuery) {
    return {
      labels: this.labels,
      scorer: query.scorer,
      limit: query.limit,
      // The explorer numbers communities from 1 (legend, clusters view); the engine's reasons
      // print the codes it is given, so it gets them one higher. Equality is unaffected.
      community: this.community ? Array.from(this.community, (code) => code + 1) : undefined,
    };
  }

  /** The input on the relations chosen; node order is the ecosystem's whatever the choice. */
  private inputFor(relationKinds: readonly RelationKind[] | null): AnalysisInput {
    const cacheKey = relationKinds ? [...relationKinds].sort().join(' ') : '*';
    let input = this.inputs.get(cacheKey);
    if (!input) {
      input = buildAnalysisInput(
        relationKinds ? relationsOfKinds(this.ecosystem, new Set(relationKinds)) : this.ecosystem,
      );
      this.inputs.set(cacheKey, input);
    }
    return input;
  }

  private plain(input: AnalysisInput, suggestion: LinkSuggestion): SuggestedLink {
    const scores = pairScores(input.tie, suggestion.source, suggestion.target);
    const structural = suggestion.kind === 'knowledge-partner' || suggestion.kind === 'frontier-path';
    const link: SuggestedLink = {
      kind: suggestion.kind,
      source: this.keys[suggestion.source],
      target: this.keys[suggestion.target],
      sourceLabel: this.labels[suggestion.source],
      targetLabel: this.labels[suggestion.target],
      commonPartners: scores.commonPartners,
      adamicAdar: scores.adamicAdar,
      resourceAllocation: scores.resourceAllocation,
      steps: structural ? suggestion.score : null,
      reason: suggestion.reason,
      via: suggestion.via.map((index) => this.keys[index]),
    };
    return suggestion.kind === 'knowledge-partner' && scores.commonPartners > 1
      ? this.withSharedPartnersNamed(input, link, suggestion)
      : link;
  }

  /**
   * A knowledge institution that already works with several of the firm's partners is a warm
   * introduction; the engine's reason names only one path to it, so the reason says so instead.
   */
  private withSharedPartnersNamed(
    input: AnalysisInput,
    link: SuggestedLink,
    suggestion: LinkSuggestion,
  ): SuggestedLink {
    const partners = commonPartners(input.tie, suggestion.source, suggestion.target);
    const names = partners.slice(0, 5).map((index) => this.labels[index]);
    const more = partners.length > 5 ? ` and ${partners.length - 5} more` : '';
    return {
      ...link,
      reason:
        `no knowledge-institution partner; ${link.targetLabel} works with ${partners.length} of ` +
        `${link.sourceLabel}'s partners: ${names.join(', ')}${more}`,
      via: partners.map((index) => this.keys[index]),
    };
  }
}

/** The same actors, in the same order, with only the relations of the given kinds. */
export function relationsOfKinds(ecosystem: Ecosystem, kinds: ReadonlySet<RelationKind>): Ecosystem {
  const kept = ecosystem.emptyCopy();
  ecosystem.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!kinds.has(attributes.kind)) return;
    if (undirected) kept.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else kept.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return kept;
}
