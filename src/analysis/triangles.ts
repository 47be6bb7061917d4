/**
 * Triangles through each node of the tie view: the number of ties among its partners.
 * Shared by clustering, ego-network density, effective size and transitivity.
 */
import type { TieView } from '../model/views.ts';

export function trianglesPerNode(tie: TieView): Float64Array {
  const n = tie.nodeCount;
  const { offsets, neighbours } = tie;
  const triangles = new Float64Array(n);
  // mark[w] === u + 1 while u's partners are being examined; no reset pass needed.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) mark[neighbours[k]] = u + 1;
    let closedPairs = 0;
    for (let k = start; k < end; k++) {
      const v = neighbours[k];
      for (let j = offsets[v]; j < offsets[v + 1]; j++) if (mark[neighbours[j]] === u + 1) closedPairs++;
    }
    // Each tie among the partners was seen from both of its ends.
    triangles[u] = closedPairs / 2;
  }
  return triangles;
}
