/**
 * The shared kernel of betweenness, closeness and harmonic centrality: one breadth-first
 * search per source (Brandes 2001, unweighted), with every sum those measures need gathered
 * on the way. It is split into a pure partial step over a list of sources and a merge, so the
 * runner can hand source ranges to several workers and add their accumulators up.
 *
 * Inner loops touch only typed arrays. The (unweighted) BFS records each shortest-path edge (v → w, one
 * hop further from the source) as it finds it, grouped by v in BFS order; walking the groups
 * backwards finishes every w before any edge into it is read, which is the order the dependency
 * accumulation needs, without predecessor lists or a second neighbour scan.
 */
import type { TieView } from '../model/views.ts';
import { NO_PROGRESS, type Progress } from './types.ts';
import { createDijkstraScratch, dijkstraPass, resetDijkstra } from './weighted-paths.ts';

/** Sums over the sources processed so far; every array is indexed by node. */
export interface PathAccumulators {
  readonly nodeCount: number;
  /** Number of sources processed. */
  readonly sourceCount: number;
  /** Σₛ δₛ(v) over processed sources s ≠ v (Brandes dependencies, each ordered pair once). */
  readonly dependency: Float64Array;
  /** Σₛ δₛ(v)², for the standard error of sampled betweenness. */
  readonly dependencySquares: Float64Array;
  /** Per source s (0 elsewhere): Σ d(s, t) over the nodes t it reaches. */
  readonly sourceDistanceSum: Float64Array;
  /** Per source s (0 elsewhere): Σ 1/d(s, t) over reached t ≠ s. */
  readonly sourceHarmonicSum: Float64Array;
  /** Per source s (0 elsewhere): nodes reached, s included. */
  readonly sourceReach: Int32Array;
  /** Per source s (0 elsewhere): the largest distance from s. */
  readonly sourceEccentricity: Float64Array;
  /** Per target t: Σ d(s, t) over processed sources s ≠ t that reach t (for sampled closeness). */
  readonly targetDistanceSum: Float64Array;
  /** Per target t: Σ 1/d(s, t) over processed sources s ≠ t that reach t (for sampled harmonic). */
  readonly targetHarmonicSum: Float64Array;
  /** Per target t: the number of processed sources s ≠ t that reach t. */
  readonly targetSourceCount: Int32Array;
}

export function emptyPathAccumulators(nodeCount: number): PathAccumulators {
  return {
    nodeCount,
    sourceCount: 0,
    dependency: new Float64Array(nodeCount),
    dependencySquares: new Float64Array(nodeCount),
    sourceDistanceSum: new Float64Array(nodeCount),
    sourceHarmonicSum: new Float64Array(nodeCount),
    sourceReach: new Int32Array(nodeCount),
    sourceEccentricity: new Float64Array(nodeCount),
    targetDistanceSum: new Float64Array(nodeCount),
    targetHarmonicSum: new Float64Array(nodeCount),
    targetSourceCount: new Int32Array(nodeCount),
  };
}

/** Every node index as the source list of an exact run, or the subrange [start, end) of it. */
export function sourceRange(start: number, end: number): Int32Array {
  const sources = new Int32Array(Math.max(0, end - start));
  for (let i = 0; i < sources.length; i++) sources[i] = start + i;
  return sources;
}

/**
 * Runs one shortest-path search from each of `sources` and returns their accumulators. Pure:
 * reads the view, allocates its own arrays; safe to call in parallel on disjoint source lists.
 * Pass `sampled: true` when the sources are pivots rather than every node: only then are the
 * per-target sums and squared dependencies (used by the estimates) gathered. With `weighted`,
 * a tie's length is 1 / strength (Dijkstra, ../weighted-paths.ts); otherwise every tie is one hop.
 */
export function accumulateShortestPaths(
  tie: TieView,
  sources: ArrayLike<number>,
  { sampled = false, weighted = false }: { readonly sampled?: boolean; readonly weighted?: boolean } = {},
  progress: Progress = NO_PROGRESS,
): PathAccumulators {
  const result = emptyPathAccumulators(tie.nodeCount);
  const bfs = weighted ? null : createBfsScratch(tie);
  const dijkstra = weighted ? createDijkstraScratch(tie) : null;
  for (let index = 0; index < sources.length; index++) {
    if ((index & 63) === 0) {
      progress.checkpoint();
      progress.report(index / sources.length);
    }
    const source = sources[index];
    if (bfs) {
      const reached = bfsPass(tie, source, bfs);
      recordSource(result, source, bfs.order, reached, bfs.distance, bfs.delta, sampled);
      resetBfs(bfs, reached);
    } else if (dijkstra) {
      const reached = dijkstraPass(tie, source, dijkstra);
      recordSource(result, source, dijkstra.order, reached, dijkstra.distance, dijkstra.delta, sampled);
      resetDijkstra(dijkstra, reached);
    }
  }
  progress.report(1);
  return { ...result, sourceCount: sources.length };
}

interface BfsScratch {
  readonly distance: Int32Array;
  readonly pathCount: Float64Array;
  readonly delta: Float64Array;
  /** (1 + δ(w)) / σ(w) of each node whose dependency is final: what w passes to each predecessor. */
  readonly share: Float64Array;
  /** Nodes in BFS order; also the queue. */
  readonly order: Int32Array;
  /** The shortest-path edges out of the node at BFS position i are edgeTo[edgeStart[i] … edgeStart[i + 1]). */
  readonly edgeStart: Int32Array;
  /** Heads of the shortest-path edges v → w (w one hop further from the source), grouped by v. */
  readonly edgeTo: Int32Array;
}

function createBfsScratch(tie: TieView): BfsScratch {
  const n = tie.nodeCount;
  return {
    distance: new Int32Array(n).fill(-1),
    pathCount: new Float64Array(n),
    delta: new Float64Array(n),
    share: new Float64Array(n),
    order: new Int32Array(n),
    edgeStart: new Int32Array(n + 1),
    edgeTo: new Int32Array(tie.neighbours.length),
  };
}

/**
 * One unweighted source: distances, path counts and dependencies; returns the nodes reached.
 *
 * Brandes' δ(v) = Σ σ(v)/σ(w) · (1 + δ(w)) over the shortest-path edges v → w is computed as
 * σ(v) · Σ share(w) with share(w) = (1 + δ(w))/σ(w) = 1/σ(w) + δ(w)/σ(w), one division per node
 * instead of one per edge. The edges are recorded grouped by their tail in BFS order, so walking
 * the groups backwards finishes every w before any of its predecessors. Every array written here
 * is set before it is read, so only the distances need resetting between sources.
 */
function bfsPass(tie: TieView, source: number, scratch: BfsScratch): number {
  const { offsets, neighbours } = tie;
  const { distance, pathCount, delta, share, order, edgeStart, edgeTo } = scratch;
  distance[source] = 0;
  pathCount[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  let edges = 0;
  while (head < tail) {
    edgeStart[head] = edges;
    const v = order[head++];
    const next = distance[v] + 1;
    const paths = pathCount[v];
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = neighbours[k];
      let dw = distance[w];
      if (dw < 0) {
        distance[w] = next;
        pathCount[w] = 0;
        order[tail++] = w;
        dw = next;
      }
      // The tie view is symmetric, so a neighbour of v (level next − 1) lies one level above,
      // on v's level or one below: dw ∈ {next − 2, next − 1, next}, and (dw − next + 2) >> 1 is
      // 1 exactly when v → w is a shortest-path edge. Arithmetic instead of a branch: which
      // case an arc falls in is unpredictable, and the mispredicted branch cost ~10% here.
      const onPath = (dw - next + 2) >> 1;
      pathCount[w] += paths * onPath;
      edgeTo[edges] = w;
      edges += onPath;
    }
  }
  edgeStart[tail] = edges;
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i];
    let sum = 0;
    for (let e = edgeStart[i], end = edgeStart[i + 1]; e < end; e++) sum += share[edgeTo[e]];
    const paths = pathCount[w];
    delta[w] = paths * sum;
    share[w] = 1 / paths + sum;
  }
  return tail;
}

function resetBfs(scratch: BfsScratch, reached: number): void {
  for (let i = 0; i < reached; i++) scratch.distance[scratch.order[i]] = -1;
}

/** Adds one source's dependencies and distance sums to the accumulators. */
function recordSource(
  result: PathAccumulators,
  source: number,
  order: Int32Array,
  reached: number,
  distance: Int32Array | Float64Array,
  delta: Float64Array,
  sampled: boolean,
): void {
  const { dependency, dependencySquares, targetDistanceSum, targetHarmonicSum, targetSourceCount } = result;
  let distanceSum = 0;
  let harmonicSum = 0;
  for (let i = 1; i < reached; i++) {
    const w = order[i];
    const dw = distance[w];
    const dependencyOfW = delta[w];
    const inverse = 1 / dw;
    dependency[w] += dependencyOfW;
    distanceSum += dw;
    harmonicSum += inverse;
    if (sampled) {
      dependencySquares[w] += dependencyOfW * dependencyOfW;
      targetDistanceSum[w] += dw;
      targetHarmonicSum[w] += inverse;
      targetSourceCount[w]++;
    }
  }
  result.sourceDistanceSum[source] = distanceSum;
  result.sourceHarmonicSum[source] = harmonicSum;
  result.sourceReach[source] = reached;
  result.sourceEccentricity[source] = distance[order[reached - 1]];
}

/**
 * Adds accumulators from disjoint source lists, in the order given, into the first (whose
 * arrays are taken over): nine arrays the size of the network per part, which a fresh total per
 * merge would allocate and fill again for every piece.
 */
export function mergePathAccumulators(parts: readonly PathAccumulators[]): PathAccumulators {
  if (parts.length === 0) throw new Error('mergePathAccumulators needs at least one part');
  const [merged] = parts;
  let sourceCount = merged.sourceCount;
  for (const part of parts.slice(1)) {
    if (part.nodeCount !== merged.nodeCount)
      throw new Error('Path accumulators of different graphs cannot be merged');
    sourceCount += part.sourceCount;
    addInto(merged.dependency, part.dependency);
    addInto(merged.dependencySquares, part.dependencySquares);
    addInto(merged.sourceDistanceSum, part.sourceDistanceSum);
    addInto(merged.sourceHarmonicSum, part.sourceHarmonicSum);
    addInto(merged.sourceReach, part.sourceReach);
    addInto(merged.sourceEccentricity, part.sourceEccentricity);
    addInto(merged.targetDistanceSum, part.targetDistanceSum);
    addInto(merged.targetHarmonicSum, part.targetHarmonicSum);
    addInto(merged.targetSourceCount, part.targetSourceCount);
  }
  return { ...merged, sourceCount };
}

function addInto(target: Float64Array | Int32Array, values: Float64Array | Int32Array): void {
  for (let i = 0; i < target.length; i++) target[i] += values[i];
}
