/**
 * Ego-network density, two ways: with the ego (networkx.density(networkx.ego_graph(G, v))),
 * and among the alters only (the ego's own ties left out).
 */
import { trianglesPerNode } from '../triangles.ts';
import { defineMeasure } from '../types.ts';

export const egoDensity = defineMeasure({
  id: 'ego-density',
  label: 'Ego-network density',
  family: 'embeddedness',
  method:
    'Density of the ego network in the tie view. ego_density includes the ego: (k + T) / (k(k + 1)/2) for k alters ' +
    'and T ties among them, as networkx.density(networkx.ego_graph(G, v)), which gives 0 for an isolate. ' +
    'ego_density_alters leaves the ego out: T / (k(k − 1)/2), empty when k < 2 (for an unweighted graph this is the ' +
    'clustering coefficient, except that it is empty rather than 0 for fewer than two alters).',
  outputs: [
    { id: 'ego_density', label: 'Ego-network density' },
    { id: 'ego_density_alters', label: 'Density among alters' },
  ],
  options: {},
  compute({ tie }) {
    const n = tie.nodeCount;
    const triangles = trianglesPerNode(tie);
    const withEgo = new Float64Array(n);
    const altersOnly = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const k = tie.offsets[v + 1] - tie.offsets[v];
      withEgo[v] = k === 0 ? 0 : (k + triangles[v]) / ((k * (k + 1)) / 2);
      altersOnly[v] = k < 2 ? Number.NaN : triangles[v] / ((k * (k - 1)) / 2);
    }
    return { columns: { ego_density: withEgo, ego_density_alters: altersOnly } };
  },
});
