/**
 * Hold-out evaluation of the missing-link scorers: hide a seeded share of the ties, score
 * every pair not tied in what remains, and report per scorer the AUC (chance that a hidden tie
 * outscores a pair that is truly not tied, ties counting one half) and precision@k (share of
 * hidden ties among the k best-scored pairs).
 */
import type { TieView } from '../model/views.ts';
import { hasNeighbour } from '../model/views.ts';
import { LINK_SCORERS, type LinkScorer, TwoHopScratch, twoHopScores } from './links.ts';
import { seededRandom, shuffleInPlace } from './seeded-random.ts';

export const HOLDOUT_DEFAULTS = { fraction: 0.1, seed: 42, k: 100 };

export interface ScorerQuality {
  readonly auc: number;
  readonly precisionAtK: number;
}

export interface HoldoutEvaluation {
  readonly hiddenTies: number;
  /** Pairs not tied in the reduced network: the hidden ties plus the true non-ties. */
  readonly unobservedPairs: number;
  readonly k: number;
  readonly scorers: Readonly<Record<LinkScorer, ScorerQuality>>;
}

/** The tie view without the ties whose index (u < v, in CSR order) is flagged in `hidden`. */
export function withoutTies(tie: TieView, hidden: Uint8Array): TieView {
  const n = tie.nodeCount;
  const keep = new Uint8Array(tie.neighbours.length);
  // Flag both CSR slots of each kept tie, found through its index in u < v order.
  let index = 0;
  const tieIndexAt = new Int32Array(tie.neighbours.length).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++)
      if (tie.neighbours[k] > u) tieIndexAt[k] = index++;
  }
  for (let u = 0; u < n; u++) {
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      if (v > u) keep[k] = hidden[tieIndexAt[k]] ? 0 : 1;
      else keep[k] = hidden[tieIndexAt[mirrorSlot(tie, v, u)]] ? 0 : 1;
    }
  }
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let count = 0;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) count += keep[k];
    offsets[u + 1] = offsets[u] + count;
  }
  const neighbours = new Int32Array(offsets[n]);
  const strengths = new Float64Array(offsets[n]);
  let slot = 0;
  for (let k = 0; k < tie.neighbours.length; k++) {
    if (!keep[k]) continue;
    neighbours[slot] = tie.neighbours[k];
    strengths[slot++] = tie.strengths[k];
  }
  return { ids: tie.ids, nodeCount: n, tieCount: offsets[n] / 2, offsets, neighbours, strengths };
}

/** The CSR slot of v in u's row. */
function mirrorSlot(tie: TieView, u: number, v: number): number {
  let lo = tie.offsets[u];
  let hi = tie.offsets[u + 1] - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tie.neighbours[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function evaluateLinkPrediction(
  tie: TieView,
  options: { fraction?: number; seed?: number; k?: number } = {},
): HoldoutEvaluation {
  const { fraction, seed, k } = { ...HOLDOUT_DEFAULTS, ...options };
  const n = tie.nodeCount;
  const order = new Int32Array(tie.tieCount);
  for (let i = 0; i < order.length; i++) order[i] = i;
  shuffleInPlace(order, seededRandom(seed));
  const hiddenCount = Math.round(fraction * tie.tieCount);
  const hidden = new Uint8Array(tie.tieCount);
  for (let i = 0; i < hiddenCount; i++) hidden[order[i]] = 1;
  const reduced = withoutTies(tie, hidden);
  const unobservedPairs = (n * (n - 1)) / 2 - reduced.tieCount;

  // Scored (two-hop) pairs: score per scorer and whether the pair is a hidden tie.
  const scores: Record<LinkScorer, number[]> = {
    adamic_adar: [],
    resource_allocation: [],
    common_partners: [],
  };
  const isHidden: boolean[] = [];
  const scratch = new TwoHopScratch(n);
  for (let u = 0; u < n; u++) {
    twoHopScores(reduced, u, scratch, true);
    // Node order keeps the ranking of equal scores deterministic.
    const touched = Array.from(scratch.touched.subarray(0, scratch.touchedCount)).sort((a, b) => a - b);
    for (const v of touched) {
      scores.adamic_adar.push(scratch.adamicAdar[v]);
      scores.resource_allocation.push(scratch.resourceAllocation[v]);
      scores.common_partners.push(scratch.common[v]);
      isHidden.push(hasNeighbour(tie.neighbours, tie.offsets[u], tie.offsets[u + 1], v));
    }
  }
  let scoredHidden = 0;
  for (const flag of isHidden) if (flag) scoredHidden++;
  const zeroHidden = hiddenCount - scoredHidden;
  const zeroOther = unobservedPairs - hiddenCount - (isHidden.length - scoredHidden);
  const result = {} as Record<LinkScorer, ScorerQuality>;
  for (const scorer of LINK_SCORERS) {
    result[scorer] = quality(scores[scorer], isHidden, zeroHidden, zeroOther, k);
  }
  return { hiddenTies: hiddenCount, unobservedPairs, k, scorers: result };
}

/**
 * AUC by rank sums over the scored pairs plus the unscored (score 0) ones, and precision@k
 * with the best-scored pairs first; when fewer than k pairs have a score, the remaining places
 * go to unscored pairs, counted at their expected hit rate (they are tied, so in random order).
 */
function quality(
  scores: number[],
  isHidden: boolean[],
  zeroHidden: number,
  zeroOther: number,
  k: number,
): ScorerQuality {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  let hits = 0;
  const ranked = Math.min(k, order.length);
  for (let r = 0; r < ranked; r++) if (isHidden[order[r]]) hits++;
  const zeroTotal = zeroHidden + zeroOther;
  if (k > ranked && zeroTotal > 0) hits += Math.min(k - ranked, zeroTotal) * (zeroHidden / zeroTotal);

  // AUC: walk scores from low to high; every hidden pair beats the other pairs already passed.
  let otherBelow = zeroOther;
  let wins = zeroHidden * zeroOther * 0.5;
  let comparisons = 0;
  const ascending = order.slice().reverse();
  for (let start = 0; start < ascending.length; ) {
    let end = start;
    let hiddenHere = 0;
    let otherHere = 0;
    while (end < ascending.length && scores[ascending[end]] === scores[ascending[start]]) {
      if (isHidden[ascending[end]]) hiddenHere++;
      else otherHere++;
      end++;
    }
    wins += hiddenHere * otherBelow + 0.5 * hiddenHere * otherHere;
    otherBelow += otherHere;
    start = end;
  }
  const totalHidden = zeroHidden + isHidden.filter(Boolean).length;
  comparisons = totalHidden * otherBelow;
  return {
    auc: comparisons > 0 ? wins / comparisons : Number.NaN,
    precisionAtK: k > 0 ? hits / k : Number.NaN,
  };
}
