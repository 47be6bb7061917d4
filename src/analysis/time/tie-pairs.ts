/**
 * The tie view of an active set, over the whole network's node index: pairs of actors joined by an
 * active relation (any direction, counted once), with the summed strength. Actors that are not
 * active are simply without ties, so columns of different windows line up actor by actor. Built
 * from the time index's typed arrays: no graphology graph per window.
 */
import type { TimeIndex } from '../../model/time.ts';
import type { TieView } from '../../model/views.ts';

/** Ties as sorted pair codes u·n + v (u < v) with their strengths. */
export interface TiePairs {
  readonly nodeCount: number;
  readonly codes: Float64Array;
  readonly strengths: Float64Array;
}

/** Active relations (mask in edge order), optionally only those `keep` accepts, as ties. */
export function tiePairs(
  index: TimeIndex,
  relations: Uint8Array,
  keep?: (edge: number) => boolean,
): TiePairs {
  const n = index.actorKeys.length;
  const strengthByCode = new Map<number, number>();
  for (let e = 0; e < relations.length; e++) {
    if (!relations[e] || (keep && !keep(e))) continue;
    const s = index.relationSource[e];
    const t = index.relationTarget[e];
    const code = s < t ? s * n + t : t * n + s;
    strengthByCode.set(code, (strengthByCode.get(code) ?? 0) + index.relationAttributes[e].strength);
  }
  const codes = Float64Array.from(strengthByCode.keys()).sort();
  const strengths = Float64Array.from(codes, (code) => strengthByCode.get(code) as number);
  return { nodeCount: n, codes, strengths };
}

export function pairEnds(pairs: TiePairs, k: number): [number, number] {
  const code = pairs.codes[k];
  const u = Math.floor(code / pairs.nodeCount);
  return [u, code - u * pairs.nodeCount];
}

/**
 * The pairs as a TieView over all actors. Pairs come sorted by (u, v), so each row fills in
 * ascending order: row x first receives its partners w < x (from pairs (w, x)), then y > x.
 */
export function tieViewOf(index: TimeIndex, pairs: TiePairs): TieView {
  const n = pairs.nodeCount;
  const m = pairs.codes.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const [u, v] = pairEnds(pairs, k);
    offsets[u + 1]++;
    offsets[v + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const strengths = new Float64Array(2 * m);
  for (let k = 0; k < m; k++) {
    const [u, v] = pairEnds(pairs, k);
    neighbours[fill[u]] = v;
    strengths[fill[u]++] = pairs.strengths[k];
    neighbours[fill[v]] = u;
    strengths[fill[v]++] = pairs.strengths[k];
  }
  return { ids: index.actorKeys, nodeCount: n, tieCount: m, offsets, neighbours, strengths };
}
