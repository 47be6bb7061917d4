/**
 * Triangles through each node of the tie view: the number of ties among its partners.
 * Shared by clustering, ego-network density and the network figures.
 *
 * Each triangle is listed once, from its lowest-ranked corner (ranked by degree, then index),
 * following only ties towards higher rank: O(m·√m) in all, where checking every pair of
 * partners of every node costs Σ degree² — which a few hubs with thousands of partners make
 * dominate everything else.
 */
import type { TieView } from '../model/views.ts';

/** Each node's partners of higher rank (degree, then index), in CSR form. */
export function higherRankedPartners(tie: TieView): { offsets: Int32Array; partners: Int32Array } {
  const n = tie.nodeCount;
  const { offsets: tieOffsets, neighbours } = tie;
  const degree = (v: number) => tieOffsets[v + 1] - tieOffsets[v];
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    const du = degree(u);
    let count = 0;
    for (let k = tieOffsets[u]; k < tieOffsets[u + 1]; k++) {
      const w = neighbours[k];
      const dw = degree(w);
      if (dw > du || (dw === du && w > u)) count++;
    }
    offsets[u + 1] = offsets[u] + count;
  }
  const partners = new Int32Array(offsets[n]);
  let fill = 0;
  for (let u = 0; u < n; u++) {
    const du = degree(u);
    for (let k = tieOffsets[u]; k < tieOffsets[u + 1]; k++) {
      const w = neighbours[k];
      const dw = degree(w);
      if (dw > du || (dw === du && w > u)) partners[fill++] = w;
    }
  }
  return { offsets, partners };
}

export function trianglesPerNode(tie: TieView): Float64Array {
  const n = tie.nodeCount;
  const { offsets, partners } = higherRankedPartners(tie);
  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const start = offsets[u];
    const end = offsets[u + 1];
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) mark[partners[k]] = u;
    for (let k = start; k < end; k++) {
      const v = partners[k];
      for (let h = offsets[v]; h < offsets[v + 1]; h++) {
        const w = partners[h];
        if (mark[w] !== u) continue;
        triangles[u]++;
        triangles[v]++;
        triangles[w]++;
      }
    }
  }
  return triangles;
}
