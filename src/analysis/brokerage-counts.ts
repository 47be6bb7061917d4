/**
 * Gould–Fernandez raw role counts from group totals (sna::brokerage's raw.nli).
 *
 * Every pair (a, b) of an in-neighbour a and an out-neighbour b of broker v is a two-path
 * a → v → b; the role depends only on the groups of a, v and b. So the two-paths of v per role
 * follow from how many in- and out-neighbours v has in each group, in time linear in its
 * degree, instead of one look-up per pair of partners (a hub with a thousand partners has a
 * million pairs). From those totals we take away what is not an open two-path:
 *   - a = b: a partner tied both ways, once per such partner;
 *   - closed pairs, a → b present: each lies on a triangle of the underlying undirected graph,
 *     and triangles are listed once each from their lowest-ranked corner (ranked by degree,
 *     then index), which costs O(m·√m) rather than Σ degree².
 * Counts are whole numbers held in doubles, so sums are exact in any order: pieces computed on
 * several workers add up to the same bytes.
 */
import type { FlowView } from '../model/views.ts';

export const COORDINATOR = 0;
export const ITINERANT = 1;
export const REPRESENTATIVE = 2;
export const GATEKEEPER = 3;
export const LIAISON = 4;
export const TOTAL = 5;
export const ROLE_COUNT = 6;

/** The role a two-path a → v → b plays for v, from the groups of a, v and b. */
export function roleOf(ga: number, gv: number, gb: number): number {
  if (ga === gv) return gv === gb ? COORDINATOR : REPRESENTATIVE;
  if (gv === gb) return GATEKEEPER;
  return ga === gb ? ITINERANT : LIAISON;
}

/** Arc directions between a node and a partner: bit 1 node → partner, bit 2 partner → node. */
const TO_PARTNER = 1;
const FROM_PARTNER = 2;

/**
 * The flow view's underlying undirected graph, each node keeping only its partners of higher
 * rank (degree, then index), with the arc directions of each pair.
 */
export interface RankedSkeleton {
  readonly offsets: Int32Array;
  readonly partners: Int32Array;
  readonly directions: Uint8Array;
}

export function rankedSkeleton(flow: FlowView): RankedSkeleton {
  const n = flow.nodeCount;
  const { outOffsets, outNeighbours, inOffsets, inNeighbours } = flow;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = mergedLength(outNeighbours, outOffsets, inNeighbours, inOffsets, v);
  const higher = (u: number, w: number) => degree[w] > degree[u] || (degree[w] === degree[u] && w > u);
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let count = 0;
    forEachPartner(flow, u, (w) => {
      if (higher(u, w)) count++;
    });
    offsets[u + 1] = offsets[u] + count;
  }
  const partners = new Int32Array(offsets[n]);
  const directions = new Uint8Array(offsets[n]);
  let fill = 0;
  for (let u = 0; u < n; u++) {
    forEachPartner(flow, u, (w, bits) => {
      if (!higher(u, w)) return;
      partners[fill] = w;
      directions[fill++] = bits;
    });
  }
  return { offsets, partners, directions };
}

function mergedLength(
  out: Int32Array,
  outOffsets: Int32Array,
  into: Int32Array,
  inOffsets: Int32Array,
  v: number,
): number {
  let i = outOffsets[v];
  let j = inOffsets[v];
  const iEnd = outOffsets[v + 1];
  const jEnd = inOffsets[v + 1];
  let count = 0;
  while (i < iEnd || j < jEnd) {
    if (j >= jEnd || (i < iEnd && out[i] < into[j])) i++;
    else if (i >= iEnd || into[j] < out[i]) j++;
    else {
      i++;
      j++;
    }
    count++;
  }
  return count;
}

/** Calls `visit` with each partner of u in index order and the arc directions between them. */
function forEachPartner(flow: FlowView, u: number, visit: (w: number, bits: number) => void) {
  const { outOffsets, outNeighbours: out, inOffsets, inNeighbours: into } = flow;
  let i = outOffsets[u];
  let j = inOffsets[u];
  const iEnd = outOffsets[u + 1];
  const jEnd = inOffsets[u + 1];
  while (i < iEnd || j < jEnd) {
    if (j >= jEnd || (i < iEnd && out[i] < into[j])) visit(out[i++], TO_PARTNER);
    else if (i >= iEnd || into[j] < out[i]) visit(into[j++], FROM_PARTNER);
    else {
      visit(out[i++], TO_PARTNER | FROM_PARTNER);
      j++;
    }
  }
}

/**
 * Work per node of `brokerageCountsFor`: its degree (open two-paths) plus the triangle
 * search started from it. The runner cuts pieces of equal work with these.
 */
export function brokerageWork(flow: FlowView, skeleton: RankedSkeleton): Float64Array {
  const n = flow.nodeCount;
  const work = new Float64Array(n);
  const { offsets, partners } = skeleton;
  for (let u = 0; u < n; u++) {
    let sum = 1 + flow.outOffsets[u + 1] - flow.outOffsets[u] + flow.inOffsets[u + 1] - flow.inOffsets[u];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const v = partners[k];
      sum += 1 + offsets[v + 1] - offsets[v];
    }
    work[u] = sum;
  }
  return work;
}

/**
 * Raw counts, role-major (`counts[role * n + v]`), of the part of the work that belongs to
 * `nodes`: their open two-paths as brokers, less the closed pairs of the triangles whose
 * lowest-ranked corner they are (which may belong to other brokers). Summed over a partition
 * of the nodes, this gives every broker's counts.
 */
export function brokerageCountsFor(
  flow: FlowView,
  skeleton: RankedSkeleton,
  group: Int32Array,
  groupCount: number,
  nodes: ArrayLike<number>,
  onNode: (done: number) => void = () => {},
): Float64Array {
  const n = flow.nodeCount;
  const counts = new Float64Array(ROLE_COUNT * n);
  const inCount = new Float64Array(groupCount);
  const outCount = new Float64Array(groupCount);
  const touched = new Int32Array(groupCount);
  const mark = new Int32Array(n).fill(-1);
  const markBits = new Uint8Array(n);
  for (let index = 0; index < nodes.length; index++) {
    const v = nodes[index];
    addOpenTwoPaths(flow, group, v, counts, inCount, outCount, touched);
    subtractClosedPairs(skeleton, group, v, counts, mark, markBits);
    if ((index & 1023) === 1023) onNode(index + 1);
  }
  onNode(nodes.length);
  return counts;
}

function addOpenTwoPaths(
  flow: FlowView,
  group: Int32Array,
  v: number,
  counts: Float64Array,
  inCount: Float64Array,
  outCount: Float64Array,
  touched: Int32Array,
) {
  const n = flow.nodeCount;
  const { outOffsets, outNeighbours, inOffsets, inNeighbours } = flow;
  const inTotal = inOffsets[v + 1] - inOffsets[v];
  const outTotal = outOffsets[v + 1] - outOffsets[v];
  if (inTotal === 0 || outTotal === 0) return;
  let touchedCount = 0;
  for (let k = inOffsets[v]; k < inOffsets[v + 1]; k++) {
    const g = group[inNeighbours[k]];
    if (inCount[g] === 0 && outCount[g] === 0) touched[touchedCount++] = g;
    inCount[g]++;
  }
  for (let k = outOffsets[v]; k < outOffsets[v + 1]; k++) {
    const g = group[outNeighbours[k]];
    if (inCount[g] === 0 && outCount[g] === 0) touched[touchedCount++] = g;
    outCount[g]++;
  }
  const gv = group[v];
  const inSame = inCount[gv];
  const outSame = outCount[gv];
  let sameOtherGroup = 0;
  for (let t = 0; t < touchedCount; t++) {
    const g = touched[t];
    if (g !== gv) sameOtherGroup += inCount[g] * outCount[g];
    inCount[g] = 0;
    outCount[g] = 0;
  }
  let coordinator = inSame * outSame;
  let itinerant = sameOtherGroup;
  // a = b: a partner tied both ways gives a → v → a, which is no two-path.
  let i = outOffsets[v];
  let j = inOffsets[v];
  const iEnd = outOffsets[v + 1];
  const jEnd = inOffsets[v + 1];
  while (i < iEnd && j < jEnd) {
    const a = outNeighbours[i];
    const b = inNeighbours[j];
    if (a < b) i++;
    else if (b < a) j++;
    else {
      if (group[a] === gv) coordinator--;
      else itinerant--;
      i++;
      j++;
    }
  }
  const representative = inSame * (outTotal - outSame);
  const gatekeeper = (inTotal - inSame) * outSame;
  const liaison = (inTotal - inSame) * (outTotal - outSame) - sameOtherGroup;
  counts[COORDINATOR * n + v] += coordinator;
  counts[ITINERANT * n + v] += itinerant;
  counts[REPRESENTATIVE * n + v] += representative;
  counts[GATEKEEPER * n + v] += gatekeeper;
  counts[LIAISON * n + v] += liaison;
  counts[TOTAL * n + v] += coordinator + itinerant + representative + gatekeeper + liaison;
}

/** Takes away every closed pair a → x → b (with a → b) of the triangles whose lowest corner is u. */
function subtractClosedPairs(
  skeleton: RankedSkeleton,
  group: Int32Array,
  u: number,
  counts: Float64Array,
  mark: Int32Array,
  markBits: Uint8Array,
) {
  const { offsets, partners, directions } = skeleton;
  const start = offsets[u];
  const end = offsets[u + 1];
  if (end - start < 2) return;
  for (let k = start; k < end; k++) {
    mark[partners[k]] = u;
    markBits[partners[k]] = directions[k];
  }
  for (let k = start; k < end; k++) {
    const v = partners[k];
    const uv = directions[k];
    for (let h = offsets[v]; h < offsets[v + 1]; h++) {
      const w = partners[h];
      if (mark[w] !== u) continue;
      subtractTriangle(counts, group, u, v, w, uv, directions[h], markBits[w]);
    }
  }
}

/**
 * One triangle u, v, w with the arc directions of its sides (uv: u → v is bit 1, v → u bit 2;
 * likewise vw and uw): every ordered choice of broker x and ends a, b with a → x, x → b and
 * a → b is a closed pair that the group totals counted as open.
 */
function subtractTriangle(
  counts: Float64Array,
  group: Int32Array,
  u: number,
  v: number,
  w: number,
  uv: number,
  vw: number,
  uw: number,
) {
  const n = group.length;
  const gu = group[u];
  const gv = group[v];
  const gw = group[w];
  const uToV = (uv & TO_PARTNER) !== 0;
  const vToU = (uv & FROM_PARTNER) !== 0;
  const vToW = (vw & TO_PARTNER) !== 0;
  const wToV = (vw & FROM_PARTNER) !== 0;
  const uToW = (uw & TO_PARTNER) !== 0;
  const wToU = (uw & FROM_PARTNER) !== 0;
  // Broker u: v → u → w (needs v → w), w → u → v (needs w → v).
  if (vToU && uToW && vToW) closed(counts, n, u, roleOf(gv, gu, gw));
  if (wToU && uToV && wToV) closed(counts, n, u, roleOf(gw, gu, gv));
  // Broker v: u → v → w (needs u → w), w → v → u (needs w → u).
  if (uToV && vToW && uToW) closed(counts, n, v, roleOf(gu, gv, gw));
  if (wToV && vToU && wToU) closed(counts, n, v, roleOf(gw, gv, gu));
  // Broker w: u → w → v (needs u → v), v → w → u (needs v → u).
  if (uToW && wToV && uToV) closed(counts, n, w, roleOf(gu, gw, gv));
  if (vToW && wToU && vToU) closed(counts, n, w, roleOf(gv, gw, gu));
}

function closed(counts: Float64Array, n: number, broker: number, role: number) {
  counts[role * n + broker]--;
  counts[TOTAL * n + broker]--;
}

/**
 * Adds role-major count arrays, in the order given, into the first (which is returned): each
 * part holds six counts per actor, and a fresh total per merge would allocate and fill that much
 * again for every piece (48 MB a piece at a million actors).
 */
export function addCounts(parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 0) return new Float64Array(0);
  const total = parts[0];
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p];
    for (let i = 0; i < part.length; i++) total[i] += part[i];
  }
  return total;
}
