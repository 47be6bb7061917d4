/**
 * Louvain community detection (Blondel et al. 2008) with a seeded node order, following
 * networkx.community.louvain_communities: at each level nodes are visited in a shuffled order
 * and moved to the neighbouring community of largest modularity gain (only when strictly
 * positive), until a pass moves nobody; communities are then merged into nodes, and levels
 * repeat while modularity grows by more than `threshold`.
 */
import type { TieView } from '../model/views.ts';
import {
  aggregate,
  type LevelGraph,
  levelModularity,
  numberBySize,
  renumber,
  tieLevelGraph,
} from './community-graph.ts';
import { seededRandom, shuffleInPlace } from './seeded-random.ts';

export { modularity, numberBySize } from './community-graph.ts';

export const LOUVAIN_DEFAULTS = { resolution: 1, seed: 42, weighted: false, threshold: 1e-7 };

const MAX_PASSES = 1000;

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
  let graph = tieLevelGraph(tie, weighted);
  const membership = new Int32Array(tie.nodeCount);
  for (let v = 0; v < membership.length; v++) membership[v] = v;
  let quality = levelModularity(graph, membership, resolution);
  for (;;) {
    const level = oneLevel(graph, resolution, threshold, random);
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

function oneLevel(graph: LevelGraph, resolution: number, threshold: number, random: () => number) {
  const n = graph.nodeCount;
  const { offsets, neighbours, weights, degrees, twiceTotal } = graph;
  const community = new Int32Array(n);
  const communityDegree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    community[v] = v;
    communityDegree[v] = degrees[v];
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
    // Modularity gained by this pass's moves, times m.
    let passGain = 0;
    for (let index = 0; index < n; index++) {
      const v = order[index];
      const current = community[v];
      const kv = degrees[v];
      let touchedCount = 0;
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const c = community[neighbours[k]];
        if (!seen[c]) {
          seen[c] = 1;
          touched[touchedCount++] = c;
        }
        weightTo[c] += weights[k];
      }
      communityDegree[current] -= kv;
      // Gains are measured against staying put (after leaving), as NetworkX does.
      const scale = (resolution * kv) / twiceTotal;
      let best = current;
      const stayGain = weightTo[current] - scale * communityDegree[current];
      let bestGain = stayGain;
      for (let t = 0; t < touchedCount; t++) {
        const c = touched[t];
        const gain = weightTo[c] - scale * communityDegree[c];
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
        weightTo[c] = 0;
        seen[c] = 0;
      }
      communityDegree[best] += kv;
      community[v] = best;
      if (best !== current) {
        moves++;
        passGain += bestGain - stayGain;
      }
    }
    if (moves === 0) break;
    moved = true;
    // A pass that raises modularity by less than the threshold ends the level, as in igraph:
    // on large graphs, passes that each move a few nodes by rounding-sized gains can go on for
    // hundreds of sweeps without changing the partition in any way that matters.
    if (passGain / (twiceTotal / 2) <= threshold) break;
  }
  return { community, moved };
}
