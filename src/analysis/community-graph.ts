/**
 * The weighted graph every level of Louvain and Leiden works on (the tie view first, then
 * communities merged into nodes), and what both need around it: aggregation, renumbering,
 * modularity.
 */
import type { TieView } from '../model/views.ts';

/** An undirected weighted graph with self-loops, the shape of every level. */
export interface LevelGraph {
  readonly nodeCount: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  /** Weight of each node's self-loop (the ties inside a merged community, each once). */
  readonly selfLoops: Float64Array;
  /** Σ of each node's tie weights, self-loops counted twice (k_v). */
  readonly degrees: Float64Array;
  /** Σ of all degrees: 2m. */
  readonly twiceTotal: number;
}

export function levelGraph(
  nodeCount: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  weights: Float64Array,
  selfLoops: Float64Array,
): LevelGraph {
  const degrees = new Float64Array(nodeCount);
  let twiceTotal = 0;
  for (let v = 0; v < nodeCount; v++) {
    let sum = 2 * selfLoops[v];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += weights[k];
    degrees[v] = sum;
    twiceTotal += sum;
  }
  return { nodeCount, offsets, neighbours, weights, selfLoops, degrees, twiceTotal };
}

export function tieLevelGraph(tie: TieView, weighted: boolean): LevelGraph {
  return levelGraph(
    tie.nodeCount,
    tie.offsets,
    tie.neighbours,
    weighted ? tie.strengths : new Float64Array(tie.neighbours.length).fill(1),
    new Float64Array(tie.nodeCount),
  );
}

/** Consecutive community numbers 0 … count − 1 in order of first node. */
export function renumber(community: Int32Array): { index: Int32Array; count: number } {
  const map = new Int32Array(community.length).fill(-1);
  const index = new Int32Array(community.length);
  let count = 0;
  for (let v = 0; v < community.length; v++) {
    if (map[community[v]] < 0) map[community[v]] = count++;
    index[v] = map[community[v]];
  }
  return { index, count };
}

/** Merges each community (numbered 0 … count − 1) into one node; ties inside it become its self-loop. */
export function aggregate(graph: LevelGraph, community: Int32Array, count: number): LevelGraph {
  const memberOffsets = new Int32Array(count + 1);
  for (let v = 0; v < graph.nodeCount; v++) memberOffsets[community[v] + 1]++;
  for (let c = 0; c < count; c++) memberOffsets[c + 1] += memberOffsets[c];
  const members = new Int32Array(graph.nodeCount);
  const fill = memberOffsets.slice(0, count);
  for (let v = 0; v < graph.nodeCount; v++) members[fill[community[v]]++] = v;

  const selfLoops = new Float64Array(count);
  const weightTo = new Float64Array(count);
  const seen = new Uint8Array(count);
  const touched = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  // Merged rows are never longer than the rows they merge.
  const neighbours = new Int32Array(graph.neighbours.length);
  const weights = new Float64Array(graph.neighbours.length);
  let length = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
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
        if (!seen[d]) {
          seen[d] = 1;
          touched[touchedCount++] = d;
        }
        weightTo[d] += graph.weights[k];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t];
      neighbours[length] = d;
      weights[length++] = weightTo[d];
      weightTo[d] = 0;
      seen[d] = 0;
    }
    offsets[c + 1] = length;
  }
  return levelGraph(count, offsets, neighbours.slice(0, length), weights.slice(0, length), selfLoops);
}

/** Modularity Σ_c L_c/m − γ (d_c/2m)² of a partition of a level graph; NaN without ties. */
export function levelModularity(graph: LevelGraph, community: Int32Array, resolution: number): number {
  const internal = new Float64Array(graph.nodeCount);
  const total = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = community[v];
    total[c] += graph.degrees[v];
    internal[c] += 2 * graph.selfLoops[v];
    for (let k = graph.offsets[v]; k < graph.offsets[v + 1]; k++) {
      if (community[graph.neighbours[k]] === c) internal[c] += graph.weights[k];
    }
  }
  const m2 = graph.twiceTotal;
  if (m2 === 0) return Number.NaN;
  let quality = 0;
  for (let c = 0; c < graph.nodeCount; c++) {
    if (total[c] === 0 && internal[c] === 0) continue;
    quality += internal[c] / m2 - resolution * (total[c] / m2) ** 2;
  }
  return quality;
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
