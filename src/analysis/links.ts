/**
 * Missing-link scores for pairs of actors that are not tied: common partners, Adamic–Adar
 * (Σ over common partners w of 1/ln k_w, networkx.adamic_adar_index) and resource allocation
 * (Σ 1/k_w, networkx.resource_allocation_index). Pairs without a common partner score 0, so
 * candidates come from a two-hop enumeration over the CSR rows, never from all pairs.
 */
import type { TieView } from '../model/views.ts';
import { hasNeighbour } from '../model/views.ts';

export const LINK_SCORERS = ['adamic_adar', 'resource_allocation', 'common_partners'] as const;
export type LinkScorer = (typeof LINK_SCORERS)[number];

export interface LinkCandidate {
  readonly source: number;
  readonly target: number;
  readonly commonPartners: number;
  readonly adamicAdar: number;
  readonly resourceAllocation: number;
}

export function scoreOf(candidate: LinkCandidate, scorer: LinkScorer): number {
  if (scorer === 'adamic_adar') return candidate.adamicAdar;
  if (scorer === 'resource_allocation') return candidate.resourceAllocation;
  return candidate.commonPartners;
}

const degreeOf = (tie: TieView, v: number) => tie.offsets[v + 1] - tie.offsets[v];

/** Scores of one pair by merging the two sorted partner lists (0 without common partners). */
export function pairScores(tie: TieView, source: number, target: number): LinkCandidate {
  const { offsets, neighbours } = tie;
  let i = offsets[source];
  let j = offsets[target];
  let commonPartners = 0;
  let adamicAdar = 0;
  let resourceAllocation = 0;
  while (i < offsets[source + 1] && j < offsets[target + 1]) {
    const a = neighbours[i];
    const b = neighbours[j];
    if (a < b) i++;
    else if (b < a) j++;
    else {
      const degree = degreeOf(tie, a);
      commonPartners++;
      adamicAdar += 1 / Math.log(degree);
      resourceAllocation += 1 / degree;
      i++;
      j++;
    }
  }
  return { source, target, commonPartners, adamicAdar, resourceAllocation };
}

/** Common partners of a pair, in node order. */
export function commonPartners(tie: TieView, source: number, target: number): number[] {
  const result: number[] = [];
  const { offsets, neighbours } = tie;
  for (let i = offsets[source], j = offsets[target]; i < offsets[source + 1] && j < offsets[target + 1]; ) {
    if (neighbours[i] < neighbours[j]) i++;
    else if (neighbours[j] < neighbours[i]) j++;
    else {
      result.push(neighbours[i]);
      i++;
      j++;
    }
  }
  return result;
}

/**
 * Reusable scratch arrays for two-hop enumeration: per node, the partial scores of the
 * current source, and the list of nodes touched (so resetting costs what was touched).
 */
export class TwoHopScratch {
  readonly common: Float64Array;
  readonly adamicAdar: Float64Array;
  readonly resourceAllocation: Float64Array;
  readonly touched: Int32Array;
  touchedCount = 0;
  constructor(nodeCount: number) {
    this.common = new Float64Array(nodeCount);
    this.adamicAdar = new Float64Array(nodeCount);
    this.resourceAllocation = new Float64Array(nodeCount);
    this.touched = new Int32Array(nodeCount);
  }
}

/**
 * Fills `scratch` with the scores of every actor two hops from `source` that is not tied to
 * it (nor `source` itself); with `onlyAbove`, only those with a larger index (each pair once).
 */
export function twoHopScores(tie: TieView, source: number, scratch: TwoHopScratch, onlyAbove = false): void {
  const { offsets, neighbours } = tie;
  const { common, adamicAdar, resourceAllocation, touched } = scratch;
  for (let t = 0; t < scratch.touchedCount; t++) {
    const v = touched[t];
    common[v] = 0;
    adamicAdar[v] = 0;
    resourceAllocation[v] = 0;
  }
  let count = 0;
  const start = offsets[source];
  const end = offsets[source + 1];
  for (let k = start; k < end; k++) {
    const w = neighbours[k];
    const degree = offsets[w + 1] - offsets[w];
    const inverseLog = 1 / Math.log(degree);
    const inverse = 1 / degree;
    for (let h = offsets[w]; h < offsets[w + 1]; h++) {
      const v = neighbours[h];
      if (v === source || (onlyAbove && v < source)) continue;
      if (common[v] === 0) {
        if (hasNeighbour(neighbours, start, end, v)) continue;
        touched[count++] = v;
      }
      common[v]++;
      adamicAdar[v] += inverseLog;
      resourceAllocation[v] += inverse;
    }
  }
  scratch.touchedCount = count;
}

/** Every candidate of one actor (not tied, at least one common partner), best first by `scorer`. */
export function linkCandidatesOf(
  tie: TieView,
  actor: number,
  scorer: LinkScorer = 'adamic_adar',
  scratch: TwoHopScratch = new TwoHopScratch(tie.nodeCount),
): LinkCandidate[] {
  twoHopScores(tie, actor, scratch);
  const result: LinkCandidate[] = [];
  for (let t = 0; t < scratch.touchedCount; t++) {
    const v = scratch.touched[t];
    result.push({
      source: actor,
      target: v,
      commonPartners: scratch.common[v],
      adamicAdar: scratch.adamicAdar[v],
      resourceAllocation: scratch.resourceAllocation[v],
    });
  }
  return result.sort((a, b) => scoreOf(b, scorer) - scoreOf(a, scorer) || a.target - b.target);
}

/**
 * The `limit` best candidate pairs of the whole network by `scorer` (ties: lower indices
 * first), kept in a bounded heap so memory stays O(limit) however many two-hop pairs exist.
 */
export function topLinkCandidates(
  tie: TieView,
  limit: number,
  scorer: LinkScorer = 'adamic_adar',
  scratch: TwoHopScratch = new TwoHopScratch(tie.nodeCount),
): LinkCandidate[] {
  const heap: LinkCandidate[] = [];
  // "Worse" = lower score, or equal score and later pair; the heap's root is the worst kept.
  const worse = (a: LinkCandidate, b: LinkCandidate) => {
    const difference = scoreOf(a, scorer) - scoreOf(b, scorer);
    if (difference !== 0) return difference < 0;
    return a.source !== b.source ? a.source > b.source : a.target > b.target;
  };
  for (let u = 0; u < tie.nodeCount && limit > 0; u++) {
    twoHopScores(tie, u, scratch, true);
    for (let t = 0; t < scratch.touchedCount; t++) {
      const v = scratch.touched[t];
      const candidate = {
        source: u,
        target: v,
        commonPartners: scratch.common[v],
        adamicAdar: scratch.adamicAdar[v],
        resourceAllocation: scratch.resourceAllocation[v],
      };
      if (heap.length < limit) heapPush(heap, candidate, worse);
      else if (worse(heap[0], candidate)) heapReplaceRoot(heap, candidate, worse);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

type Worse<T> = (a: T, b: T) => boolean;

function heapPush<T>(heap: T[], item: T, worse: Worse<T>): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

function heapReplaceRoot<T>(heap: T[], item: T, worse: Worse<T>): void {
  heap[0] = item;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
    if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst], heap[i]];
    i = worst;
  }
}
