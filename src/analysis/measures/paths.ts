/**
 * Shortest-path centralities: betweenness (Brandes, normalised as NetworkX), closeness
 * (Wasserman–Faust improved, the NetworkX default) and harmonic centrality, all from one BFS
 * per source (see ../shortest-paths.ts). With `sample` > 0 the sources are k seeded pivots
 * and betweenness is scaled like `networkx.betweenness_centrality(G, k=...)`.
 */
import type { TieView } from '../../model/views.ts';
import { connectedComponents } from '../bfs.ts';
import { sampleWithoutReplacement, seededRandom } from '../seeded-random.ts';
import {
  accumulateShortestPaths,
  mergePathAccumulators,
  type PathAccumulators,
  sourceRange,
} from '../shortest-paths.ts';
import { defineMeasure, type MeasureResult, type OptionValues } from '../types.ts';

export const PATH_DEFAULTS = { sample: 0, seed: 42, weighted: false };

/**
 * The BFS sources of a run: every node when `sample` is 0 or at least the node count,
 * otherwise `sample` distinct nodes drawn with the seed (sorted, so runs are reproducible).
 */
export function pathSources(nodeCount: number, options: OptionValues = {}): Int32Array {
  const sample = Number(options.sample ?? PATH_DEFAULTS.sample);
  if (!(sample > 0) || sample >= nodeCount) return sourceRange(0, nodeCount);
  return sampleWithoutReplacement(
    nodeCount,
    sample,
    seededRandom(Number(options.seed ?? PATH_DEFAULTS.seed)),
  );
}

/**
 * Turns merged accumulators into the betweenness, closeness and harmonic columns and the
 * graph figures. `sources` is the list the accumulators were computed from.
 */
export function finishPathMeasures(
  tie: TieView,
  totals: PathAccumulators,
  sources: ArrayLike<number>,
): MeasureResult {
  const n = tie.nodeCount;
  const sampled = sources.length < n;
  const isSource = new Uint8Array(n);
  for (let i = 0; i < sources.length; i++) isSource[sources[i]] = 1;
  const components = connectedComponents(tie);
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  const standardError = new Float64Array(n);
  const otherNodes = n - 1;
  const pivots = sources.length;

  for (let v = 0; v < n; v++) {
    // Normalised betweenness divides by the ordered pairs (s, t) with s, t ≠ v: (n − 1)(n − 2).
    const pivotsOtherThanV = pivots - isSource[v];
    if (otherNodes < 2) betweenness[v] = 0;
    else if (pivotsOtherThanV === 0) betweenness[v] = Number.NaN;
    else {
      const mean = totals.dependency[v] / pivotsOtherThanV;
      betweenness[v] = mean / (otherNodes - 1);
      if (sampled && pivotsOtherThanV > 1) {
        const variance =
          Math.max(0, totals.dependencySquares[v] - pivotsOtherThanV * mean * mean) / (pivotsOtherThanV - 1);
        const finitePopulation = 1 - pivotsOtherThanV / otherNodes;
        standardError[v] = Math.sqrt((variance / pivotsOtherThanV) * finitePopulation) / (otherNodes - 1);
      }
    }

    const reach = components.sizes[components.label[v]];
    if (isSource[v]) {
      const distanceSum = totals.sourceDistanceSum[v];
      closeness[v] = distanceSum > 0 && n > 1 ? ((reach - 1) / distanceSum) * ((reach - 1) / otherNodes) : 0;
      harmonic[v] = totals.sourceHarmonicSum[v];
    } else {
      // Pivot estimate (Eppstein–Wang): mean distance from the pivots in v's component.
      const pivotsReaching = totals.targetSourceCount[v];
      if (reach <= 1) closeness[v] = 0;
      else if (pivotsReaching === 0) closeness[v] = Number.NaN;
      else {
        const distanceSum = ((reach - 1) * totals.targetDistanceSum[v]) / pivotsReaching;
        closeness[v] = ((reach - 1) / distanceSum) * ((reach - 1) / otherNodes);
      }
      harmonic[v] = (totals.targetHarmonicSum[v] * otherNodes) / pivots;
    }
  }

  return {
    columns: { betweenness, closeness, harmonic },
    graph: {
      betweenness_pivots: pivots,
      ...samplingFigures(sampled, standardError),
      ...largestComponentFigures(tie, totals, sampled, components),
    },
  };
}

function samplingFigures(sampled: boolean, standardError: Float64Array) {
  if (!sampled) return { betweenness_standard_error_mean: null, betweenness_standard_error_max: null };
  let sum = 0;
  let max = 0;
  for (const value of standardError) {
    sum += value;
    if (value > max) max = value;
  }
  return { betweenness_standard_error_mean: sum / standardError.length, betweenness_standard_error_max: max };
}

/** Average shortest-path length and diameter of the largest component (exact runs only). */
function largestComponentFigures(
  tie: TieView,
  totals: PathAccumulators,
  sampled: boolean,
  components: ReturnType<typeof connectedComponents>,
) {
  if (sampled || tie.nodeCount === 0) return { average_path_length: null, diameter: null };
  const size = components.sizes[components.largest];
  let distanceSum = 0;
  let diameter = 0;
  for (let v = 0; v < tie.nodeCount; v++) {
    if (components.label[v] !== components.largest) continue;
    distanceSum += totals.sourceDistanceSum[v];
    diameter = Math.max(diameter, totals.sourceEccentricity[v]);
  }
  return { average_path_length: size > 1 ? distanceSum / (size * (size - 1)) : 0, diameter };
}

export const paths = defineMeasure({
  id: 'paths',
  label: 'Betweenness, closeness and harmonic centrality',
  family: 'centrality',
  method:
    'One breadth-first search per source on the unweighted tie view gives all three. Betweenness: Brandes (2001) ' +
    'dependencies, normalised by (n − 1)(n − 2) ordered pairs, as networkx.betweenness_centrality(G). Closeness: ' +
    'Wasserman–Faust improved, ((r − 1)/Σd)·((r − 1)/(n − 1)) with r the nodes reachable including the actor, 0 for ' +
    'isolates, as networkx.closeness_centrality(G). Harmonic: Σ 1/d(v, t) over reachable t ≠ v, as ' +
    'networkx.harmonic_centrality(G). With sample = k > 0, the sources are k pivots drawn without replacement with the ' +
    'seed; betweenness is scaled like networkx.betweenness_centrality(G, k=k) (pivots by 1/((k − 1)(n − 2)), other ' +
    'nodes by 1/(k(n − 2))), and its standard error per actor, sqrt(s²/k · (1 − k/(n − 1)))/(n − 2) from the spread ' +
    's² of the pivot dependencies, is summarised in the graph figures. Sampled closeness and harmonic are exact for ' +
    'pivots and estimated for other actors from their distances to the pivots (Eppstein–Wang): harmonic as ' +
    '(n − 1)/k · Σ 1/d, closeness from the mean pivot distance times (r − 1); empty when no pivot shares the component. ' +
    'Graph figures: average shortest-path length and diameter of the largest component (exact runs only). With ' +
    'option weighted, a tie’s length is 1/strength (Dijkstra; path lengths within a relative 1e-10 count as equal, as ' +
    'in igraph, where NetworkX’s exact float comparison can drop tied paths), and the distances and figures are in ' +
    'those units.',
  outputs: [
    { id: 'betweenness', label: 'Betweenness' },
    { id: 'closeness', label: 'Closeness' },
    { id: 'harmonic', label: 'Harmonic centrality' },
  ],
  options: {
    sample: {
      type: 'number',
      integer: true,
      label: 'Sampled pivots (0 = exact)',
      default: PATH_DEFAULTS.sample,
      min: 0,
    },
    seed: { type: 'number', integer: true, label: 'Random seed', default: PATH_DEFAULTS.seed },
    weighted: {
      type: 'boolean',
      label: 'Stronger ties are shorter (length 1/strength)',
      default: PATH_DEFAULTS.weighted,
    },
  },
  compute({ tie }, options, progress) {
    const sources = pathSources(tie.nodeCount, options);
    const sampled = sources.length < tie.nodeCount;
    const weighted = Boolean(options.weighted ?? PATH_DEFAULTS.weighted);
    return finishPathMeasures(
      tie,
      accumulateShortestPaths(tie, sources, { sampled, weighted }, progress),
      sources,
    );
  },
  splitBySource: {
    sources: ({ tie }, options) => pathSources(tie.nodeCount, options),
    partial: ({ tie }, options, sources, progress) =>
      accumulateShortestPaths(
        tie,
        sources,
        {
          sampled: pathSources(tie.nodeCount, options).length < tie.nodeCount,
          weighted: Boolean(options.weighted ?? PATH_DEFAULTS.weighted),
        },
        progress,
      ),
    merge: (parts) => mergePathAccumulators(parts as PathAccumulators[]),
    finish: ({ tie }, _options, total, sources) =>
      finishPathMeasures(tie, total as PathAccumulators, sources),
  },
});
