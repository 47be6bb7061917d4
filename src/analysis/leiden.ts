/**
 * Leiden community detection (Traag, Waltman & van Eck 2019) for modularity with resolution γ,
 * seeded. Unlike Louvain, every community it returns is connected, and well connected: each
 * level's communities are refined before they are merged, so a community can never hold two
 * parts joined only through another community.
 *
 * One iteration, as in the paper and igraph's community_leiden:
 *   1. fast local moving: a queue of nodes in seeded random order; each goes to the community
 *      (neighbouring, or an empty one) of largest gain; when a node moves, its neighbours outside
 *      its new community are queued again;
 *   2. refinement: inside each community, starting from singletons, a node that is still alone
 *      and well connected to its community joins a well-connected sub-community of it, chosen at
 *      random with probability ∝ exp(gain/θ) among those of gain ≥ 0;
 *   3. aggregation by the refined communities, the level starting from the unrefined ones.
 * Iterations repeat from the last partition (two by default, as igraph), and stop early when
 * modularity rises by no more than `threshold`.
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
import { type Random, seededRandom, shuffleInPlace } from './seeded-random.ts';

export const LEIDEN_DEFAULTS = {
  resolution: 1,
  seed: 42,
  weighted: false,
  randomness: 0.01,
  threshold: 1e-7,
  /** As igraph's community_leiden; 0 iterates until modularity stops rising. */
  iterations: 2,
};

/** The most iterations "until modularity stops rising" may take. */
const MAX_ITERATIONS = 50;

export interface LeidenOptions {
  resolution?: number;
  seed?: number;
  weighted?: boolean;
  /** θ of the refinement: lower picks the best sub-community more greedily. */
  randomness?: number;
  threshold?: number;
  iterations?: number;
}

/** Community per node, numbered by decreasing size (0 is the largest); isolates alone. */
export function leiden(tie: TieView, options: LeidenOptions = {}): Int32Array {
  const settings = { ...LEIDEN_DEFAULTS, ...options };
  const random = seededRandom(settings.seed);
  const base = tieLevelGraph(tie, settings.weighted);
  let membership: Int32Array = new Int32Array(tie.nodeCount);
  for (let v = 0; v < membership.length; v++) membership[v] = v;
  let quality = levelModularity(base, membership, settings.resolution);
  if (base.twiceTotal === 0) return numberBySize(membership);
  const iterations = settings.iterations > 0 ? settings.iterations : MAX_ITERATIONS;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const next = leidenIteration(base, membership, settings.resolution, settings.randomness, random);
    const nextQuality = levelModularity(base, next, settings.resolution);
    if (!(nextQuality - quality > settings.threshold)) {
      if (nextQuality >= quality) membership = next;
      break;
    }
    membership = next;
    quality = nextQuality;
  }
  return numberBySize(membership);
}

function leidenIteration(
  base: LevelGraph,
  start: Int32Array,
  resolution: number,
  randomness: number,
  random: Random,
): Int32Array {
  let graph = base;
  let partition = renumber(start).index;
  // Level node of each original node.
  const levelOf = new Int32Array(base.nodeCount);
  for (let v = 0; v < levelOf.length; v++) levelOf[v] = v;
  for (;;) {
    partition = moveNodesFast(graph, partition, resolution, random);
    const communities = renumber(partition);
    if (communities.count === graph.nodeCount) break;
    const refined = renumber(refine(graph, communities.index, resolution, randomness, random));
    // The aggregate level starts from the unrefined communities of its (refined) nodes.
    const nextPartition = new Int32Array(refined.count);
    for (let v = 0; v < graph.nodeCount; v++) nextPartition[refined.index[v]] = communities.index[v];
    for (let v = 0; v < levelOf.length; v++) levelOf[v] = refined.index[levelOf[v]];
    if (refined.count === graph.nodeCount) {
      partition = communities.index;
      break;
    }
    graph = aggregate(graph, refined.index, refined.count);
    partition = nextPartition;
  }
  const membership = new Int32Array(base.nodeCount);
  for (let v = 0; v < membership.length; v++) membership[v] = partition[levelOf[v]];
  return membership;
}

/** Fast local moving with a queue; `partition` holds community numbers below nodeCount. */
function moveNodesFast(graph: LevelGraph, start: Int32Array, resolution: number, random: Random): Int32Array {
  const n = graph.nodeCount;
  const { offsets, neighbours, weights, degrees, twiceTotal } = graph;
  const community = Int32Array.from(start);
  const communityDegree = new Float64Array(n);
  const communitySize = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    communityDegree[community[v]] += degrees[v];
    communitySize[community[v]]++;
  }
  // Empty community numbers, to offer a node a community of its own.
  const empty: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (communitySize[c] === 0) empty.push(c);
  const queue = new Int32Array(n);
  for (let v = 0; v < n; v++) queue[v] = v;
  shuffleInPlace(queue, random);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let length = n;
  const weightTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  while (length > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    length--;
    queued[v] = 0;
    const current = community[v];
    const kv = degrees[v];
    let touchedCount = 0;
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const u = neighbours[k];
      if (u === v) continue;
      const c = community[u];
      if (!seen[c]) {
        seen[c] = 1;
        touched[touchedCount++] = c;
      }
      weightTo[c] += weights[k];
    }
    communityDegree[current] -= kv;
    communitySize[current]--;
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
    // A community of its own gains 0: better when every other choice loses.
    if (bestGain < 0 && communitySize[current] > 0) {
      best = empty.pop() ?? best;
    }
    for (let t = 0; t < touchedCount; t++) {
      weightTo[touched[t]] = 0;
      seen[touched[t]] = 0;
    }
    if (communitySize[current] === 0 && best !== current) empty.push(current);
    communityDegree[best] += kv;
    communitySize[best]++;
    community[v] = best;
    if (best === current) continue;
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const u = neighbours[k];
      if (queued[u] || community[u] === best) continue;
      queued[u] = 1;
      queue[(head + length) % n] = u;
      length++;
    }
  }
  return community;
}

/**
 * Refinement of each community of `partition` into well-connected sub-communities: a node
 * merges only while it is alone, only into a sub-community of its own community, and only when
 * both are well connected to the rest of that community (Traag et al. 2019, Algorithm A.2).
 */
function refine(
  graph: LevelGraph,
  partition: Int32Array,
  resolution: number,
  randomness: number,
  random: Random,
): Int32Array {
  const n = graph.nodeCount;
  const { offsets, neighbours, weights, degrees, twiceTotal } = graph;
  const refined = new Int32Array(n);
  const subDegree = new Float64Array(n);
  // Weight from each sub-community to the rest of its community.
  const subExternal = new Float64Array(n);
  const singleton = new Uint8Array(n).fill(1);
  const communityDegree = new Float64Array(n);
  for (let v = 0; v < n; v++) communityDegree[partition[v]] += degrees[v];
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    subDegree[v] = degrees[v];
    let inside = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbours[k];
      if (u !== v && partition[u] === partition[v]) inside += weights[k];
    }
    subExternal[v] = inside;
  }
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  shuffleInPlace(order, random);
  const weightTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const candidates = new Int32Array(n);
  const gains = new Float64Array(n);
  for (let index = 0; index < n; index++) {
    const v = order[index];
    if (!singleton[v]) continue;
    const c = partition[v];
    const kv = degrees[v];
    const totalC = communityDegree[c];
    // v must be well connected to the rest of its community.
    if (subExternal[v] < (resolution * kv * (totalC - kv)) / twiceTotal) continue;
    let touchedCount = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbours[k];
      if (u === v || partition[u] !== c) continue;
      const r = refined[u];
      if (!seen[r]) {
        seen[r] = 1;
        touched[touchedCount++] = r;
      }
      weightTo[r] += weights[k];
    }
    let candidateCount = 0;
    let bestGain = 0;
    for (let t = 0; t < touchedCount; t++) {
      const r = touched[t];
      const wellConnected =
        subExternal[r] >= (resolution * subDegree[r] * (totalC - subDegree[r])) / twiceTotal;
      const gain = weightTo[r] - (resolution * kv * subDegree[r]) / twiceTotal;
      if (wellConnected && gain >= 0) {
        candidates[candidateCount] = r;
        gains[candidateCount++] = gain;
        if (gain > bestGain) bestGain = gain;
      }
    }
    let chosen = -1;
    if (candidateCount > 0) {
      // Staying alone (gain 0) is one of the choices, as in leidenalg.
      let total = Math.exp((0 - bestGain) / randomness);
      for (let i = 0; i < candidateCount; i++) total += Math.exp((gains[i] - bestGain) / randomness);
      let draw = random() * total - Math.exp((0 - bestGain) / randomness);
      for (let i = 0; i < candidateCount && chosen < 0; i++) {
        draw -= Math.exp((gains[i] - bestGain) / randomness);
        if (draw < 0) chosen = candidates[i];
      }
    }
    if (chosen >= 0) {
      // The merged sub-community's weight to the rest: both parts' outside weight, less the ties between them.
      subExternal[chosen] = subExternal[chosen] + subExternal[v] - 2 * weightTo[chosen];
      subDegree[chosen] += kv;
      refined[v] = chosen;
      singleton[chosen] = 0;
      singleton[v] = 0;
    }
    for (let t = 0; t < touchedCount; t++) {
      weightTo[touched[t]] = 0;
      seen[touched[t]] = 0;
    }
  }
  return refined;
}
