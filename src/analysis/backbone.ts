/**
 * The backbone of a dense network: scores per tie that say which ties matter, so that the
 * canvas can draw those and leave the rest out.
 *
 * - Disparity (Serrano, Boguñá & Vespignani 2009): the chance that a tie carries so large a
 *   share of an actor's strength if that strength were spread at random over its ties; the
 *   smaller of the two ends' values. A tie is in the backbone at level α when its disparity is
 *   below α. Only meaningful when strengths differ: with equal strengths every tie of an
 *   actor with k partners scores (1 − 1/k)^(k−1).
 * - Simmelian strength (Krackhardt 1999): the number of partners the two ends share, i.e. the
 *   triangles the tie stands in. Ties inside cohesive groups score high; lone bridges score 0.
 *
 * Both come from graphology-metrics (edge/disparity, edge/simmelian-strength); this file only
 * feeds them the tie view (one tie per pair, strengths summed) and reads the scores back in
 * tie order. tests/unit/analysis/backbone.test.ts checks them against NetworkX/SciPy values.
 */
import { UndirectedGraph } from 'graphology';
import disparity from 'graphology-metrics/edge/disparity';
import simmelianStrength from 'graphology-metrics/edge/simmelian-strength';

export interface BackboneScores {
  /** Per tie, in [0, 1]; lower is more significant. */
  disparity: Float32Array;
  /** Per tie, the number of shared partners. */
  simmelian: Uint32Array;
  /** Whether strengths differ at all; when they do not, disparity says nothing. */
  weighted: boolean;
}

/**
 * Scores for ties given as `ends` (two actor indices per tie, each pair once) with their
 * summed `strength`, over `actorCount` actors.
 */
export function backboneScores(
  actorCount: number,
  ends: ArrayLike<number>,
  strength: ArrayLike<number>,
): BackboneScores {
  const tieCount = strength.length;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (let v = 0; v < actorCount; v++) graph.addNode(v);
  let weighted = false;
  for (let tie = 0; tie < tieCount; tie++) {
    graph.addEdgeWithKey(tie, ends[2 * tie], ends[2 * tie + 1], { weight: strength[tie] });
    if (strength[tie] !== strength[0]) weighted = true;
  }
  const alpha = disparity(graph, { getEdgeWeight: 'weight' });
  const shared = simmelianStrength(graph);
  const scores: BackboneScores = {
    disparity: new Float32Array(tieCount),
    simmelian: new Uint32Array(tieCount),
    weighted,
  };
  for (let tie = 0; tie < tieCount; tie++) {
    scores.disparity[tie] = alpha[tie] ?? 1;
    scores.simmelian[tie] = shared[tie] ?? 0;
  }
  return scores;
}

export const BACKBONE_METHODS = ['all', 'disparity', 'simmelian'] as const;
export type BackboneMethod = (typeof BACKBONE_METHODS)[number];

export interface BackboneChoice {
  method: BackboneMethod;
  /** Disparity level: ties with a disparity below it are kept. */
  alpha: number;
  /** Simmelian threshold: ties whose ends share at least this many partners are kept. */
  sharedPartners: number;
}

export const DEFAULT_BACKBONE: BackboneChoice = { method: 'all', alpha: 0.05, sharedPartners: 2 };

/** Whether a tie with these scores is drawn under the choice. */
export function inBackbone(choice: BackboneChoice, disparityScore: number, shared: number): boolean {
  if (choice.method === 'disparity') return disparityScore < choice.alpha;
  if (choice.method === 'simmelian') return shared >= choice.sharedPartners;
  return true;
}
