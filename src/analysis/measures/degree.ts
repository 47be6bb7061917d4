/**
 * Degree: the number of distinct partners of an actor in the tie view, and weighted degree,
 * the sum of its tie strengths (NetworkX `G.degree()` and `G.degree(weight="weight")`).
 */
import { defineMeasure } from '../types.ts';

export const degree = defineMeasure({
  id: 'degree',
  label: 'Degree',
  family: 'centrality',
  method:
    'Degree is the number of distinct partners of an actor in the tie view (any relation, any direction, counted once). ' +
    'Weighted degree is the sum of tie strengths, where the strength of a tie is the sum of the strengths of the ' +
    'relations joining the pair (1 where missing). Matches NetworkX G.degree() and G.degree(weight="weight").',
  outputs: [
    { id: 'degree', label: 'Degree', integer: true },
    { id: 'weighted_degree', label: 'Weighted degree' },
  ],
  options: {},
  compute({ tie }) {
    const n = tie.nodeCount;
    const count = new Float64Array(n);
    const weighted = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      count[i] = tie.offsets[i + 1] - tie.offsets[i];
      let sum = 0;
      for (let k = tie.offsets[i]; k < tie.offsets[i + 1]; k++) sum += tie.strengths[k];
      weighted[i] = sum;
    }
    return { columns: { degree: count, weighted_degree: weighted } };
  },
});
