/**
 * The shared kernel of betweenness, closeness and harmonic centrality: one breadth-first
 * search per source (Brandes 2001, unweighted), with every sum those measures need gathered
 * on the way. It is split into a pure partial step over a list of sources and a merge, so the
 * runner can hand source ranges to several workers and add their accumulators up.
 *
 * Inner loops touch only typed arrays. The BFS records each shortest-path edge (v → w, one
 * hop further from the source) as it finds it; edges are found level by level, so walking the
 * record backwards meets every edge out of w before any edge into w, which is the order the
 * dependency accumulation needs, without predecessor lists or a second neighbour scan.
 */
import type { TieView } from '../model/views.ts';
import { NO_PROGRESS, type Progress } from './types.ts';

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
  readonly sourceEccentricity: Int32Array;
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
    sourceEccentricity: new Int32Array(nodeCount),
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
 * Runs one BFS from each of `sources` and returns their accumulators. Pure: reads the view,
 * allocates its own arrays; safe to call in parallel on disjoint source lists. Pass
 * `sampled: true` when the sources are pivots rather than every node: only then are the
 * per-target sums and squared dependencies (used by the estimates) gathered.
 */
export function accumulateShortestPaths(
  tie: TieView,
  sources: ArrayLike<number>,
  { sampled = false }: { readonly sampled?: boolean } = {},
  progress: Progress = NO_PROGRESS,
): PathAccumulators {
  const n = tie.nodeCount;
  const { offsets, neighbours } = tie;
  const result = emptyPathAccumulators(n);
  const { dependency, dependencySquares, targetDistanceSum, targetHarmonicSum, targetSourceCount } = result;
  const distance = new Int32Array(n).fill(-1);
  const pathCount = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  // Shortest-path edges: at most one direction of each tie joins two consecutive levels.
  const edgeFrom = new Int32Array(neighbours.length);
  const edgeTo = new Int32Array(neighbours.length);

  for (let index = 0; index < sources.length; index++) {
    if ((index & 63) === 0) {
      progress.checkpoint();
      progress.report(index / sources.length);
    }
    const source = sources[index];
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

    let distanceSum = 0;
    let harmonicSum = 0;
    for (let i = 1; i < tail; i++) {
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
    result.sourceReach[source] = tail;
    result.sourceEccentricity[source] = distance[order[tail - 1]];

    for (let i = 0; i < tail; i++) {
      const w = order[i];
      distance[w] = -1;
      pathCount[w] = 0;
      delta[w] = 0;
    }
  }
  progress.report(1);
  return { ...result, sourceCount: sources.length };
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
