/**
 * Local clustering coefficient: the share of pairs of an actor's partners that are tied to
 * each other, 2T/(k(k − 1)), 0 when degree < 2 (networkx.clustering, unweighted).
 */
import { trianglesPerNode } from '../triangles.ts';
import { defineMeasure } from '../types.ts';

export const clustering = defineMeasure({
  id: 'clustering',
  label: 'Clustering coefficient',
  family: 'embeddedness',
  method:
    'Local clustering coefficient on the unweighted tie view: the number of ties among an actor’s partners divided ' +
    'by the number of pairs of partners, 2T/(k(k − 1)); 0 when the actor has fewer than two partners. Matches ' +
    'networkx.clustering(G).',
  outputs: [{ id: 'clustering', label: 'Clustering' }],
  options: {},
  compute({ tie }) {
    const triangles = trianglesPerNode(tie);
    const values = new Float64Array(tie.nodeCount);
    for (let v = 0; v < tie.nodeCount; v++) {
      const degree = tie.offsets[v + 1] - tie.offsets[v];
      values[v] = degree < 2 ? 0 : (2 * triangles[v]) / (degree * (degree - 1));
    }
    return { columns: { clustering: values } };
  },
});
