/**
 * Link suggestions for innovation brokers, each with its reason and the actors behind it: pairs
 * with shared partners (Adamic–Adar), bridges between communities, a knowledge institution for a
 * firm without one, and a step toward the nearest frontier actor. A reason is a phrase (a catalog
 * key, links.reason.*, and the names and numbers it mentions), so the explorer and the command
 * line say it in the person's language.
 */
import { type Phrase, phrase } from '../i18n/phrase.ts';
import { multiSourceDistances } from './bfs.ts';
import { frontierActors } from './frontier.ts';
import {
  commonPartners,
  type LinkScorer,
  linkCandidatesOf,
  scoreOf,
  TwoHopScratch,
  topLinkCandidates,
} from './links.ts';
import type { AnalysisInput } from './types.ts';

export type SuggestionKind = 'shared-partners' | 'community-bridge' | 'knowledge-partner' | 'frontier-path';

export interface LinkSuggestion {
  readonly kind: SuggestionKind;
  readonly source: number;
  readonly target: number;
  /** The scorer's value for shared-partner suggestions; for the others, the hop distance now (Infinity when unreachable). */
  readonly score: number;
  readonly reason: Phrase;
  /** The actors the reason names: shared partners, or the path toward the target. */
  readonly via: readonly number[];
}

export interface SuggestionOptions {
  /** Names used in reasons, by node index; default the actor ids. */
  labels?: readonly string[];
  scorer?: LinkScorer;
  limit?: number;
  /** Community per node (for bridge suggestions); none when absent. */
  community?: ArrayLike<number>;
  frontierField?: string;
  knowledgeKind?: string;
}

export const SUGGESTION_DEFAULTS = {
  scorer: 'adamic_adar' as LinkScorer,
  limit: 10,
  frontierField: 'frontier',
  knowledgeKind: 'knowledge',
};

/** The names a reason lists, at most `shown` of them, and how many more there are. */
export function namesOf(
  labels: readonly string[],
  nodes: readonly number[],
  shown = 5,
): { names: string; more: number } {
  return {
    names: nodes
      .slice(0, shown)
      .map((v) => labels[v])
      .join(', '),
    more: Math.max(0, nodes.length - shown),
  };
}

function sharedPartnerReason(labels: readonly string[], partners: number[]): Phrase {
  return phrase('links.reason.shared', { count: partners.length, ...namesOf(labels, partners) });
}

/** Suggestions for one actor: its best two-hop candidates, then the structural ones that apply. */
export function suggestLinksFor(
  input: AnalysisInput,
  actor: number,
  options: SuggestionOptions = {},
): LinkSuggestion[] {
  const settings = { ...SUGGESTION_DEFAULTS, ...options };
  const { tie } = input;
  const labels = options.labels ?? tie.ids;
  const suggestions: LinkSuggestion[] = [];
  for (const candidate of linkCandidatesOf(tie, actor, settings.scorer).slice(0, settings.limit)) {
    const partners = commonPartners(tie, actor, candidate.target);
    const community = options.community;
    const bridging = community && community[actor] !== community[candidate.target];
    suggestions.push({
      kind: bridging ? 'community-bridge' : 'shared-partners',
      source: actor,
      target: candidate.target,
      score: scoreOf(candidate, settings.scorer),
      reason: bridging
        ? phrase('links.reason.sharedBridge', {
            count: partners.length,
            ...namesOf(labels, partners),
            from: community[actor],
            to: community[candidate.target],
          })
        : sharedPartnerReason(labels, partners),
      via: partners,
    });
  }
  const knowledge = actorsOfKind(input, settings.knowledgeKind);
  const knowledgeSuggested = knowledgeSuggestion(input, actor, knowledge, towards(input, knowledge), labels);
  if (knowledgeSuggested) suggestions.push(knowledgeSuggested);
  const toFrontier = towards(input, frontierActors(input.actors, settings.frontierField));
  const frontier = frontierSuggestion(actor, toFrontier, labels);
  if (frontier) suggestions.push(frontier);
  return suggestions;
}

/** Whole-network suggestions, grouped by kind, each list at most `limit` long. */
export function suggestLinks(input: AnalysisInput, options: SuggestionOptions = {}) {
  const settings = { ...SUGGESTION_DEFAULTS, ...options };
  const { tie, actors } = input;
  const labels = options.labels ?? tie.ids;
  const sharedPartners: LinkSuggestion[] = topLinkCandidates(tie, settings.limit, settings.scorer).map(
    (candidate) => {
      const partners = commonPartners(tie, candidate.source, candidate.target);
      return {
        kind: 'shared-partners',
        source: candidate.source,
        target: candidate.target,
        score: scoreOf(candidate, settings.scorer),
        reason: sharedPartnerReason(labels, partners),
        via: partners,
      };
    },
  );
  const communityBridges = options.community
    ? bridgeSuggestions(input, options.community, settings, labels)
    : [];
  const knowledgePartners: LinkSuggestion[] = [];
  const frontierPaths: LinkSuggestion[] = [];
  const knowledge = actorsOfKind(input, settings.knowledgeKind);
  const toKnowledge = towards(input, knowledge);
  const toFrontier = towards(input, frontierActors(actors, settings.frontierField));
  for (let v = 0; v < tie.nodeCount; v++) {
    if (actors.kind[v] !== 'firm') continue;
    const knowledgeSuggested = knowledgeSuggestion(input, v, knowledge, toKnowledge, labels);
    if (knowledgeSuggested) knowledgePartners.push(knowledgeSuggested);
    const path = frontierSuggestion(v, toFrontier, labels);
    if (path) frontierPaths.push(path);
  }
  // Nearest first: a suggestion two steps away is the easiest introduction.
  const nearest = (a: LinkSuggestion, b: LinkSuggestion) => a.score - b.score || a.source - b.source;
  return {
    sharedPartners,
    communityBridges,
    knowledgePartners: knowledgePartners.sort(nearest).slice(0, settings.limit),
    frontierPaths: frontierPaths.sort(nearest).slice(0, settings.limit),
  };
}

/**
 * For each pair of communities, the best-scored two-hop pair between them; pairs of
 * communities with the fewest ties between them come first.
 */
function bridgeSuggestions(
  input: AnalysisInput,
  community: ArrayLike<number>,
  settings: typeof SUGGESTION_DEFAULTS,
  labels: readonly string[],
): LinkSuggestion[] {
  const { tie } = input;
  const tiesBetween = new Map<string, number>();
  const best = new Map<string, { source: number; target: number; score: number }>();
  const key = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const scratch = new TwoHopScratch(tie.nodeCount);
  for (let u = 0; u < tie.nodeCount; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (v > u && community[u] !== community[v]) {
        const pair = key(community[u], community[v]);
        tiesBetween.set(pair, (tiesBetween.get(pair) ?? 0) + 1);
      }
    }
    for (const candidate of linkCandidatesOf(tie, u, settings.scorer, scratch)) {
      if (candidate.target < u || community[u] === community[candidate.target]) continue;
      const pair = key(community[u], community[candidate.target]);
      const score = scoreOf(candidate, settings.scorer);
      const current = best.get(pair);
      if (!current || score > current.score) best.set(pair, { source: u, target: candidate.target, score });
    }
  }
  return [...best.entries()]
    .sort(([a, x], [b, y]) => (tiesBetween.get(a) ?? 0) - (tiesBetween.get(b) ?? 0) || y.score - x.score)
    .slice(0, settings.limit)
    .map(([pair, { source, target, score }]) => {
      const partners = commonPartners(tie, source, target);
      const existing = tiesBetween.get(pair) ?? 0;
      return {
        kind: 'community-bridge' as const,
        source,
        target,
        score,
        reason: phrase('links.reason.bridge', {
          from: community[source],
          to: community[target],
          existing,
          count: partners.length,
          ...namesOf(labels, partners),
        }),
        via: partners,
      };
    });
}

/**
 * Hop distances to the nearest of a set of actors (one multi-source BFS), and the path from
 * any actor toward the nearest of them, stepping each time to the lowest-index partner one hop
 * closer (deterministic, and always a shortest path).
 */
function towards(input: AnalysisInput, targets: ArrayLike<number>) {
  const { tie } = input;
  const distance = multiSourceDistances(tie, targets);
  const pathFrom = (start: number) => {
    const path: number[] = [];
    for (let v = start; distance[v] > 0; ) {
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        if (distance[tie.neighbours[k]] === distance[v] - 1) {
          v = tie.neighbours[k];
          break;
        }
      }
      path.push(v);
    }
    return path;
  };
  return { distance, pathFrom };
}

type Towards = ReturnType<typeof towards>;

function actorsOfKind(input: AnalysisInput, kind: string): Int32Array {
  const indices: number[] = [];
  input.actors.kind.forEach((value, v) => {
    if (value === kind) indices.push(v);
  });
  return Int32Array.from(indices);
}

/** A knowledge institution for a firm without one: the nearest, or the best connected if none is reachable. */
function knowledgeSuggestion(
  input: AnalysisInput,
  firm: number,
  knowledge: Int32Array,
  toKnowledge: Towards,
  labels: readonly string[],
): LinkSuggestion | null {
  const { tie, actors } = input;
  if (actors.kind[firm] !== 'firm' || knowledge.length === 0) return null;
  if (toKnowledge.distance[firm] === 1) return null;
  const degree = (v: number) => tie.offsets[v + 1] - tie.offsets[v];
  if (toKnowledge.distance[firm] > 1) {
    const path = toKnowledge.pathFrom(firm);
    const target = path[path.length - 1];
    const via = path.slice(0, -1);
    return {
      kind: 'knowledge-partner',
      source: firm,
      target,
      score: path.length,
      reason: phrase('links.reason.knowledgePath', {
        target: labels[target],
        steps: path.length,
        ...namesOf(labels, via),
      }),
      via,
    };
  }
  let bestConnected = knowledge[0];
  for (const v of knowledge) if (degree(v) > degree(bestConnected)) bestConnected = v;
  return {
    kind: 'knowledge-partner',
    source: firm,
    target: bestConnected,
    score: Number.POSITIVE_INFINITY,
    reason: phrase('links.reason.knowledgeUnreachable', {
      target: labels[bestConnected],
      partners: degree(bestConnected),
    }),
    via: [],
  };
}

/**
 * A step toward the frontier for an actor two or more steps from the nearest frontier actor:
 * the frontier actor itself when it is two steps away, otherwise the actor two steps along
 * the shortest path, which brings the frontier one step closer.
 */
function frontierSuggestion(
  actor: number,
  toFrontier: Towards,
  labels: readonly string[],
): LinkSuggestion | null {
  const steps = toFrontier.distance[actor];
  if (steps < 2) return null;
  const path = toFrontier.pathFrom(actor);
  const nearest = path[path.length - 1];
  if (steps === 2) {
    return {
      kind: 'frontier-path',
      source: actor,
      target: nearest,
      score: steps,
      reason: phrase('links.reason.frontierNear', { target: labels[nearest], via: labels[path[0]] }),
      via: path.slice(0, -1),
    };
  }
  const target = path[1];
  return {
    kind: 'frontier-path',
    source: actor,
    target,
    score: steps,
    reason: phrase('links.reason.frontierFar', {
      nearest: labels[nearest],
      steps,
      target: labels[target],
      via: labels[path[0]],
      closer: steps - 1,
    }),
    via: path.slice(0, -1),
  };
}
