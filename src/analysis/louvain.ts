/**
 * Louvain community detection (Blondel et al. 2008) with a seeded node order, following
 * networkx.community.louvain_communities: at each level nodes are visited in a shuffled order
 * and moved to the neighbouring community of largest modularity gain (only when strictly
 * positive), until a pass moves nobody; communities are then merged into nodes, and levels
 * repeat while modularity grows by more than `threshold`.
 */
import type { TieView } from '../model/views.ts';
import { seededRandom, shuffleInPlace } from './seeded-random.ts';

export const LOUVAIN_DEFAULTS = { resolution: 1, seed: 42, weighted: false, threshold: 1e-7 };

const MAX_PASSES = 1000;

/** An undirected weighted graph with self-loops, the shape of every Louvain level. */
interface LevelGraph {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  /** Weight of each node's self-loop (the ties inside a merged community, each once). */
  readonly selfLoops: Float64Array;
}

export interface LouvainOptions {
  resolution?: number;
  seed?: number;
  weighted?: boolean;
  threshold?: number;
}

/**
 * Community index per node, numbered by decreasing size (ties: lowest member index first), so
 * community 0 is the largest. Isolates are communities of their own.
 */
export function louvain(tie: TieView, options: LouvainOptions = {}): Int32Array {
  const { resolution, seed, weighted, threshold } = { ...LOUVAIN_DEFAULTS, ...options };
  const random = seededRandom(seed);
  let graph: LevelGraph = {
    nodeCount: tie.nodeCount,
    offsets: tie.offsets,
    neighbours: tie.neighbours,
    weights: weighted ? tie.strengths : new Float64Array(tie.neighbours.length).fill(1),
    selfLoops: new Float64Array(tie.nodeCount),
  };
  const membership = new Int32Array(tie.nodeCount);
  for (let v = 0; v < membership.length; v++) membership[v] = v;
  let quality = levelModularity(graph, membership, resolution);
  for (;;) {
    const level = oneLevel(graph, resolution, random);
    if (!level.moved) break;
    const communities = renumber(level.community);
    for (let v = 0; v < membership.length; v++) membership[v] = communities.index[membership[v]];
    const next = levelModularity(graph, communities.index, resolution);
    if (next - quality <= threshold) break;
    quality = next;
    graph = aggregate(graph, communities.index, communities.count);
  }
  return numberBySize(membership);
}

function weightedDegrees(graph: LevelGraph): Float64Array {
  const degree = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    let sum = 2 * graph.selfLoops[v];
    for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) sum += graph.weights[k];
    degree[v] = sum;
  }
  return degree;
}

function oneLevel(graph: LevelGraph, resolution: number, random: () => number) {
  const n = graph.nodeCount;
  const degree = weightedDegrees(graph);
  let twiceTotal = 0;
  for (const value of degree) twiceTotal += value;
  const community = new Int32Array(n);
  const communityDegree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    communityDegree[v] = degree[v];
  }
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  shuffleInPlace(order, random);
  const weightTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let moved = false;
  if (twiceTotal === 0) return { community, moved };
  // Every move raises modularity, so passes end; the cap only guards against rounding cycles.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moves = 0;
    for (const v of order) {
      const current = community[v];
      const kv = degree[v];
      let touchedCount = 0;
      for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
        const c = community[graph.neighbours[k]];
        if (!seen[c]) {
          seen[c] = 1;
          touched[touchedCount++] = c;
        }
        weightTo[c] += graph.weights[k];
      }
      communityDegree[current] -= kv;
      // Gains are measured against staying put (after leaving), as NetworkX does.
      const scale = (resolution * kv) / twiceTotal;
      let best = current;
      let bestGain = weightTo[current] - scale * communityDegree[current];
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t];
        const gain = weightTo[c] - scale * communityDegree[c];
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      communityDegree[best] += kv;
      community[v] = best;
      if (best !== current) moves++;
      for (let t = 0; t < touchedCount; t++) {
        weightTo[touched[t]] = 0;
        seen[touched[t]] = 0;
      }
    }
    if (moves === 0) break;
    moved = true;
  }
  return { community, moved };
}

/** Consecutive community numbers 0 … count − 1 in order of first node. */
function renumber(community: Int32Array) {
  const map = new Int32Array(community.length).fill(-1);
  const index = new Int32Array(community.length);
  let count = 0;
  for (let v = 0; v < community.length; v++) {
    if (map[community[v]] < 0) map[community[v]] = count++;
    index[v] = map[community[v]];
  }
  return { index, count };
}

function levelModularity(graph: LevelGraph, community: Int32Array, resolution: number): number {
  const degree = weightedDegrees(graph);
  const internal = new Float64Array(graph.nodeCount);
  const total = new Float64Array(graph.nodeCount);
  let twiceTotal = 0;
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = community[v];
    total[c] += degree[v];
    twiceTotal += degree[v];
    internal[c] += 2 * graph.selfLoops[v];
    for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
      if (community[graph.neighbours[k]] === c) internal[c] += graph.weights[k];
    }
  }
  if (twiceTotal === 0) return Number.NaN;
  let quality = 0;
  for (let c = 0; c < graph.nodeCount; c++) {
    quality += internal[c] / twiceTotal - resolution * (total[c] / twiceTotal) ** 2;
  }
  return quality;
}

/** Merges each community into one node; ties inside it become its self-loop. */
function aggregate(graph: LevelGraph, community: Int32Array, count: number): LevelGraph {
  const memberOffsets = new Int32Array(count + 1);
  for (let v = 0; v < graph.nodeCount; v++) memberOffsets[community[v] + 1]++;
  for (let c = 0; c < count; c++) memberOffsets[c + 1] += memberOffsets[c];
  const members = new Int32Array(graph.nodeCount);
  const fill = memberOffsets.slice(0, count);
  for (let v = 0; v < graph.nodeCount; v++) members[fill[community[v]]++] = v;

  const selfLoops = new Float64Array(count);
  const weightTo = new Float64Array(count);
  const touched: number[] = [];
  const offsets = new Int32Array(count + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  for (let c = 0; c < count; c++) {
    for (let m = memberOffsets[c]; m < memberOffsets[c + 1]; m++) {
      const v = members[m];
      selfLoops[c] += graph.selfLoops[v];
      for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
        const d = community[graph.neighbours[k]];
        if (d === c) {
          // Each inside tie is met from both ends; count it once.
          selfLoops[c] += graph.weights[k] / 2;
          continue;
        }
        if (weightTo[d] === 0) touched.push(d);
        weightTo[d] += graph.weights[k];
      }
    }
    touched.sort((a, b) => a - b);
    for (const d of touched) {
      neighbours.push(d);
      weights.push(weightTo[d]);
      weightTo[d] = 0;
    }
    touched.length = 0;
    offsets[c + 1] = neighbours.length;
  }
  return {
    nodeCount: count,
    offsets,
    neighbours: Int32Array.from(neighbours),
    weights: Float64Array.from(weights),
    selfLoops,
  };
}

/** Renumbers communities by decreasing size; equal sizes keep the order of their first node. */
export function numberBySize(community: Int32Array): Int32Array {
  const first = renumber(community);
  const sizes = new Int32Array(first.count);
  for (const c of first.index) sizes[c]++;
  const order = Array.from({ length: first.count }, (_, c) => c).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rank = new Int32Array(first.count);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  return first.index.map((c) => rank[c]);
}

/**
 * Newman's modularity of a partition of the tie view, as networkx.community.modularity(G,
 * communities, weight=None, resolution): Σ_c L_c/m − γ (d_c / 2m)². NaN without ties.
 */
export function modularity(
  tie: TieView,
  community: ArrayLike<number>,
  { resolution = 1, weighted = false } = {},
) {
  const n = tie.nodeCount;
  const internal = new Map<number, number>();
  const total = new Map<number, number>();
  let twiceTotal = 0;
  for (let v = 0; v < n; v++) {
    const c = community[v];
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
      const weight = weighted ? tie.strengths[k] : 1;
      twiceTotal += weight;
      total.set(c, (total.get(c) ?? 0) + weight);
      if (community[tie.neighbours[k]] === c) internal.set(c, (internal.get(c) ?? 0) + weight);
    }
  }
  if (twiceTotal === 0) return Number.NaN;
  let quality = 0;
  for (const [c, degreeSum] of total) {
    quality += (internal.get(c) ?? 0) / twiceTotal - resolution * (degreeSum / twiceTotal) ** 2;
  }
  return quality;
}
