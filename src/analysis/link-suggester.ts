/**
 * Missing-link suggestions as the explorer and `clusterscope suggest` ask for them: the
 * registry's descriptor (options declared once), and the suggester that holds one network,
 * builds the analysis input (once per choice of relation kinds) and turns the engine's
 * suggestions (link-suggestions.ts) into plain objects that name actors by key and label, with
 * both scorers' values, the actors behind each reason, and where the pair stands (local or
 * not, km apart) under the analysis' locality rule.
 */

import { type Phrase, phrase } from '../i18n/phrase.ts';
import type { Ecosystem } from '../model/ecosystem.ts';
import type { RelationKind } from '../model/kinds.ts';
import { buildAnalysisInput } from './input.ts';
import {
  type LinkSuggestion,
  namesOf,
  type SuggestionKind,
  suggestLinks,
  suggestLinksFor,
} from './link-suggestions.ts';
import { commonPartners, pairScores } from './links.ts';
import { EXTERNAL, haversineKm, LOCAL, type LocalityRule, pairLocality } from './locality.ts';
import type { AnalysisInput, OptionSpecs } from './types.ts';

export const RANKING_SCORERS = ['adamic_adar', 'resource_allocation'] as const;
export type RankingScorer = (typeof RANKING_SCORERS)[number];

export const LINK_SUGGESTION_OPTIONS = {
  scorer: {
    type: 'choice',
    label: 'Order by',
    default: 'adamic_adar',
    choices: RANKING_SCORERS,
    choiceLabels: { adamic_adar: 'Adamic–Adar', resource_allocation: 'Resource allocation' },
  },
  limit: { type: 'number', label: 'Suggestions of each kind', default: 10, min: 1, integer: true },
} as const satisfies OptionSpecs;

/** The registry's descriptor of link suggestions (registry.ts lists it beside the measures). */
export const linkSuggestions = {
  id: 'link-suggestions',
  label: 'Missing links',
  method:
    'Pairs of actors not tied yet, on the tie view: the best-scoring pairs with shared partners (Adamic–Adar, ' +
    'Σ 1/ln k over shared partners of degree k, as networkx.adamic_adar_index; or resource allocation, Σ 1/k, as ' +
    'networkx.resource_allocation_index), marked as a bridge when the two are in different Louvain communities; a ' +
    'knowledge institution for a firm without one (the nearest by hops); and a step toward the nearest frontier ' +
    'actor. Each suggestion names its reason and the actors behind it. Partners can be counted through relations of ' +
    'chosen kinds only. Quality on held-out ties: see the bench (AUC and precision@k).',
  options: LINK_SUGGESTION_OPTIONS,
} as const;

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
  /** The reason as a phrase (links.reason.*), said in the person's language where it is shown or written. */
  reason: Phrase;
  /** The actors the reason names (shared partners, or the path toward the target), by key. */
  via: string[];
}

/** A suggestion placed: whether the tie would be local, and how far apart the two are. */
export interface PlacedLink extends SuggestedLink {
  /** Whether the tie would be local by the rule; null when an end lacks the field or coordinates. */
  local: boolean | null;
  /** Great-circle distance between the two actors; null without coordinates on both. */
  distanceKm: number | null;
}

function coordinatesOf(ecosystem: Ecosystem, key: string): [number, number] | null {
  const { lat, lon } = ecosystem.getNodeAttribute(key, 'fields');
  return typeof lat === 'number' && typeof lon === 'number' ? [lat, lon] : null;
}

export function distanceKm(ecosystem: Ecosystem, source: string, target: string): number | null {
  const from = coordinatesOf(ecosystem, source);
  const to = coordinatesOf(ecosystem, target);
  return from && to ? haversineKm(from[0], from[1], to[0], to[1]) : null;
}

/** Whether any actor has lat/lon, which is when a distance filter means something. */
export function hasCoordinates(ecosystem: Ecosystem): boolean {
  return ecosystem.someNode((key) => coordinatesOf(ecosystem, key) !== null);
}

/** Suggestions whose actors are no longer in the network (a filter changed meanwhile) are left out. */
export function placeLinks(
  ecosystem: Ecosystem,
  links: readonly SuggestedLink[],
  rule: LocalityRule,
): PlacedLink[] {
  return links
    .filter((link) => ecosystem.hasNode(link.source) && ecosystem.hasNode(link.target))
    .map((link) => {
      const locality = pairLocality(
        ecosystem.getNodeAttribute(link.source, 'fields'),
        ecosystem.getNodeAttribute(link.target, 'fields'),
        rule,
      );
      return {
        ...link,
        local: locality === LOCAL ? true : locality === EXTERNAL ? false : null,
        distanceKm: distanceKm(ecosystem, link.source, link.target),
      };
    });
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
    return {
      ...link,
      reason: phrase('links.reason.knowledgeShared', {
        target: link.targetLabel,
        source: link.sourceLabel,
        count: partners.length,
        ...namesOf(this.labels, partners),
      }),
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
