/**
 * Whole-network summary figures: size, density, components, degree and attribute
 * assortativity, transitivity, average clustering and the modularity of the locality groups.
 * (Average path length and diameter come from the shortest-path measures, which already run
 * every BFS.)
 */
import { undirectedDensity } from 'graphology-metrics/graph/density.js';
import type { TieView } from '../../model/views.ts';
import { connectedComponents } from '../bfs.ts';
import { modularity } from '../community-graph.ts';
import { fieldGrouping, type Grouping } from '../groups.ts';
import { LOCALITY_DEFAULTS } from '../locality.ts';
import { trianglesPerNode } from '../triangles.ts';
import { defineMeasure } from '../types.ts';

/** Pearson correlation of the degrees at the two ends of each tie, as networkx.degree_assortativity_coefficient. */
export function degreeAssortativity(tie: TieView): number {
  let ends = 0;
  let sum = 0;
  let squares = 0;
  let products = 0;
  for (let u = 0; u < tie.nodeCount; u++) {
    const du = tie.offsets[u + 1] - tie.offsets[u];
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const v = tie.neighbours[k];
      const dv = tie.offsets[v + 1] - tie.offsets[v];
      ends++;
      sum += du;
      squares += du * du;
      products += du * dv;
    }
  }
  // Each tie is listed from both ends, so both end-degree series have the same mean and variance.
  const mean = sum / ends;
  const variance = squares / ends - mean * mean;
  return variance > 0 ? (products / ends - mean * mean) / variance : Number.NaN;
}

/**
 * Newman's attribute assortativity r = (Σ e_ii − Σ a_i²)/(1 − Σ a_i²) over the tie ends, as
 * networkx.attribute_assortativity_coefficient; ties with an end lacking a value are left out;
 * 0 without ties (NetworkX's value), NaN when every end has the same value.
 */
export function attributeAssortativity(tie: TieView, grouping: Grouping): number {
  const groups = grouping.labels.length;
  const endShare = new Float64Array(groups);
  let same = 0;
  let ends = 0;
  for (let u = 0; u < tie.nodeCount; u++) {
    const gu = grouping.codes[u];
    if (gu < 0) continue;
    for (let k = tie.offsets[u]; k < tie.offsets[u + 1]; k++) {
      const gv = grouping.codes[tie.neighbours[k]];
      if (gv < 0) continue;
      ends++;
      endShare[gu]++;
      if (gu === gv) same++;
    }
  }
  if (ends === 0) return 0;
  let expected = 0;
  for (let g = 0; g < groups; g++) expected += (endShare[g] / ends) ** 2;
  return (same / ends - expected) / (1 - expected);
}

const nullIfNaN = (value: number) => (Number.isNaN(value) ? null : value);

export const network = defineMeasure({
  id: 'network',
  label: 'Network summary',
  family: 'network',
  method:
    'Graph-level figures of the tie view, as NetworkX computes them: node and tie counts (and arcs of the flow view); ' +
    'density 2m/(n(n − 1)) (0 when n ≤ 1); connected components and the size of the largest; degree assortativity ' +
    '(networkx.degree_assortativity_coefficient, Pearson over tie ends; empty when undefined); attribute ' +
    'assortativity of actor kind and of the locality field (networkx.attribute_assortativity_coefficient; ties with a ' +
    'missing value left out; 0 without ties, empty when every end has the same value); transitivity 3 × triangles / ' +
    'connected triples (0 without triples); average clustering over all actors (empty without actors); and the ' +
    'modularity of the partition into locality groups (actors without a value together in one group; empty without ' +
    'ties). Average path length and diameter of the largest component are reported by the shortest-path measures.',
  outputs: [],
  options: {
    localBy: { type: 'field', label: 'Locality field', default: LOCALITY_DEFAULTS.localBy },
  },
  compute({ tie, flow, actors }, options) {
    const n = tie.nodeCount;
    const localBy = String(options.localBy ?? LOCALITY_DEFAULTS.localBy);
    const components = connectedComponents(tie);
    const triangles = trianglesPerNode(tie);
    let triangleSum = 0;
    let triples = 0;
    let clusteringSum = 0;
    for (let v = 0; v < n; v++) {
      const degree = tie.offsets[v + 1] - tie.offsets[v];
      const pairs = (degree * (degree - 1)) / 2;
      triangleSum += triangles[v];
      triples += pairs;
      if (degree >= 2) clusteringSum += triangles[v] / pairs;
    }
    const locality = fieldGrouping(actors, localBy, 'own-group');
    return {
      columns: {},
      graph: {
        node_count: n,
        tie_count: tie.tieCount,
        arc_count: flow.arcCount,
        // graphology-metrics' definition for a simple undirected graph (2m / (n(n − 1))).
        density: n > 1 ? undirectedDensity(n, tie.tieCount) : 0,
        components: components.sizes.length,
        largest_component_size: n > 0 ? components.sizes[components.largest] : 0,
        degree_assortativity: nullIfNaN(degreeAssortativity(tie)),
        kind_assortativity: nullIfNaN(attributeAssortativity(tie, fieldGrouping(actors, 'kind', 'left-out'))),
        locality_assortativity: nullIfNaN(
          attributeAssortativity(tie, fieldGrouping(actors, localBy, 'left-out')),
        ),
        transitivity: triples > 0 ? triangleSum / triples : 0,
        average_clustering: n > 0 ? clusteringSum / n : null,
        modularity_locality: nullIfNaN(modularity(tie, locality.codes)),
      },
    };
  },
});
