/**
 * Core number (k-core index): the largest k such that the actor belongs to a subgraph in
 * which every actor has at least k partners. Batagelj–Zaversnik O(m) bucket algorithm, as
 * networkx.core_number(G).
 */
import type { TieView } from '../../model/views.ts';
import { defineMeasure } from '../types.ts';

export function coreNumbers(tie: TieView): Int32Array {
  const n = tie.nodeCount;
  const { offsets, neighbours } = tie;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1] - offsets[v];
    if (degree[v] > maxDegree) maxDegree = degree[v];
  }
  // Nodes sorted by degree (bucket sort); binStart[d] is where degree d begins in `order`.
  const binStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) binStart[degree[v] + 1]++;
  for (let d = 1; d <= maxDegree + 1; d++) binStart[d] += binStart[d - 1];
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = binStart.slice();
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]]++;
    order[position[v]] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbours[k];
      if (degree[u] <= degree[v]) continue;
      // Move u to the front of its bucket, then shrink the bucket by one: u's degree drops.
      const du = degree[u];
      const front = binStart[du];
      const w = order[front];
      if (w !== u) {
        order[position[u]] = w;
        position[w] = position[u];
        order[front] = u;
        position[u] = front;
      }
      binStart[du]++;
      degree[u]--;
    }
  }
  return degree;
}

export const core = defineMeasure({
  id: 'core',
  label: 'Core number',
  family: 'embeddedness',
  method:
    'Core number on the tie view: the largest k such that the actor belongs to the k-core, the maximal subgraph in ' +
    'which every actor has at least k partners. Batagelj–Zaversnik bucket algorithm, O(m). Matches ' +
    'networkx.core_number(G).',
  outputs: [{ id: 'core', label: 'Core number', integer: true }],
  options: {},
  compute({ tie }) {
    return { columns: { core: Float64Array.from(coreNumbers(tie)) } };
  },
});
