/**
 * The shared kernel of betweenness, closeness and harmonic centrality: one breadth-first
 * search per source (Brandes 2001, unweighted), with every sum those measures need gathered
 * on the way. It is split into a pure partial step over a list of sources and a merge, so the
 * runner can hand source ranges to several workers and add their accumulators up.
 *
 * Inner loops touch only typed arrays. The (unweighted) BFS records each shortest-path edge (v → w, one
 * hop further from the source) as it finds it; edges are found level by level, so walking the
 * record backwards meets every edge out of w before any edge into w, which is the order the
 * dependency accumulation needs, without predecessor lists or a second neighbour scan.
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
  /** Nodes in BFS order; also the queue. */
  readonly order: Int32Array;
  /** Shortest-path edges v → w as found: at most one direction of each tie joins two levels. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
}

function createBfsScratch(tie: TieView): BfsScratch {
  const n = tie.nodeCount;
  return {
    distance: new Int32Array(n).fill(-1),
    pathCount: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    edgeFrom: new Int32Array(tie.neighbours.length),
    edgeTo: new Int32Array(tie.neighbours.length),
  };
}

/** One unweighted source: distances, path counts and dependencies; returns the nodes reached. */
function bfsPass(tie: TieView, source: number, scratch: BfsScratch): number {
  const { offsets, neighbours } = tie;
  const { distance, pathCount, delta, order, edgeFrom, edgeTo } = scratch;
  distance[source] = 0;
  pathCount[source] = 1;
  order[0] = source;
  let head = 0;
  let tail = 1;
  let edges = 0;
  while (head < tail) {
    const v = order[head++];
    const next = distance[v] + 1;
    const paths = pathCount[v];
    for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
      const w = neighbours[k];
      const dw = distance[w];
      if (dw < 0) {
        distance[w] = next;
        pathCount[w] = paths;
        order[tail++] = w;
      } else if (dw === next) {
        pathCount[w] += paths;
      } else continue;
      edgeFrom[edges] = v;
      edgeTo[edges++] = w;
    }
  }
  for (let e = edges - 1; e >= 0; e--) {
    const v = edgeFrom[e];
    const w = edgeTo[e];
    delta[v] += (pathCount[v] / pathCount[w]) * (1 + delta[w]);
  }
  return tail;
}

function resetBfs(scratch: BfsScratch, reached: number): void {
  for (let i = 0; i < reached; i++) {
    const w = scratch.order[i];
    scratch.distance[w] = -1;
    scratch.pathCount[w] = 0;
    scratch.delta[w] = 0;
  }
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

/** Adds accumulators from disjoint source lists into one. */
export function mergePathAccumulators(parts: readonly PathAccumulators[]): PathAccumulators {
  if (parts.length === 0) throw new Error('mergePathAccumulators needs at least one part');
  const n = parts[0].nodeCount;
  const merged = emptyPathAccumulators(n);
  let sourceCount = 0;
  for (const part of parts) {
    if (part.nodeCount !== n) throw new Error('Path accumulators of different graphs cannot be merged');
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
