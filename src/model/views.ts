/**
 * Compact indexed views of an Ecosystem, shared by every measure in analysis/.
 *
 * Measures run over typed arrays, not over the graphology object: compressed sparse rows
 * (CSR) keep neighbours contiguous in memory, which is what makes BFS-heavy measures fast,
 * and typed arrays cross worker boundaries without copying.
 *
 * Node i of a view is the i-th node of the ecosystem in insertion order; `ids[i]` names it.
 * Neighbour lists are sorted by index, so set intersections and arc look-ups are merges
 * and binary searches.
 */
import type { Ecosystem } from './ecosystem.ts';
import type { RelationKind } from './kinds.ts';

/** Undirected simple graph: u–v tied when any relation joins them, in either direction. */
export interface TieView {
  readonly ids: readonly string[];
  readonly nodeCount: number;
  readonly tieCount: number;
  /** `neighbours[offsets[i] .. offsets[i + 1])` are the partners of node i. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Tie strength aligned with `neighbours`: the sum of the strengths of every relation joining the pair. */
  readonly strengths: Float64Array;
}

/** Directed simple graph: directed relations keep their direction, mutual ones give arcs both ways. */
export interface FlowView {
  readonly ids: readonly string[];
  readonly nodeCount: number;
  readonly arcCount: number;
  readonly outOffsets: Int32Array;
  readonly outNeighbours: Int32Array;
  readonly outStrengths: Float64Array;
  readonly inOffsets: Int32Array;
  readonly inNeighbours: Int32Array;
  readonly inStrengths: Float64Array;
}

export function nodeIndex(ecosystem: Ecosystem): Map<string, number> {
  const index = new Map<string, number>();
  ecosystem.forEachNode((id) => {
    index.set(id, index.size);
  });
  return index;
}

/**
 * An Ecosystem's relations as columns, in edge order: one pass over graphology's edges, after
 * which the views are built with typed arrays only (`buildViewsFromArcs`). Building them from
 * a Map per actor and a comparison sort per row took 1.5 s on Horizon 2020 (561,000 relations);
 * the counting sorts take a fraction of that and give the same rows, sums in the same order.
 */
export function arcColumnsOf(ecosystem: Ecosystem): ArcColumns & { readonly kind: readonly RelationKind[] } {
  const index = nodeIndex(ecosystem);
  const rows = ecosystem.size;
  const source = new Int32Array(rows);
  const target = new Int32Array(rows);
  const strength = new Float64Array(rows);
  const directed = new Uint8Array(rows);
  const kind = new Array<RelationKind>(rows);
  let i = 0;
  ecosystem.forEachEdge((_edge, attributes, sourceKey, targetKey) => {
    source[i] = index.get(sourceKey) as number;
    target[i] = index.get(targetKey) as number;
    strength[i] = attributes.strength;
    directed[i] = attributes.directed ? 1 : 0;
    kind[i++] = attributes.kind;
  });
  return { ids: [...index.keys()], source, target, strength, directed, kind };
}

export function buildTieView(ecosystem: Ecosystem): TieView {
  return buildViewsFromArcs(arcColumnsOf(ecosystem)).tie;
}

export function buildFlowView(ecosystem: Ecosystem): FlowView {
  return buildViewsFromArcs(arcColumnsOf(ecosystem)).flow;
}

/** The slot of `to` among the sorted neighbours `[start, end)` of a CSR row, or −1. */
export function slotIn(neighbours: Int32Array, start: number, end: number, to: number): number {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = neighbours[mid];
    if (value === to) return mid;
    if (value < to) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** True when `to` is among the sorted neighbours `[start, end)` of a CSR row. */
export function hasNeighbour(neighbours: Int32Array, start: number, end: number, to: number): boolean {
  return slotIn(neighbours, start, end, to) >= 0;
}

/** The slot of the tie u–v in u's row of the tie view; throws when there is none. */
export function tieSlot(tie: TieView, u: number, v: number): number {
  const slot = slotIn(tie.neighbours, tie.offsets[u], tie.offsets[u + 1], v);
  if (slot < 0) throw new Error('A relation without its tie in the tie view');
  return slot;
}

/**
 * Relation rows as columns, for networks too large for a graph object per tie: endpoint
 * indexes, strength and direction per row (self-loops already left out).
 */
export interface ArcColumns {
  readonly ids: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly strength: Float64Array;
  readonly directed: Uint8Array;
}

/**
 * The tie and flow views of relation rows, as buildTieView and buildFlowView give them for an
 * Ecosystem holding those rows: a pair's strength is the sum over its rows; directed rows give
 * one arc, undirected rows arcs both ways. Pairs are sorted with two stable counting sorts
 * (by the second end, then the first), O(rows + nodes), with typed arrays only.
 *
 * `rowBits`, a byte per row, comes back per tie-view slot as `tieBits`: the OR of the bytes of
 * the rows that make the tie, in both of its slots (the analysis keeps relation kinds so). It is
 * gathered while the pairs are merged; looking each row's two slots up afterwards took 7 s of
 * binary searches at ten million rows.
 *
 * With `shared`, the views' arrays are made on SharedArrayBuffers, for worker threads to read
 * where they lie: copying them there afterwards took 2.2 s and as much memory again at ten
 * million rows.
 */
export function buildViewsFromArcs(
  arcs: ArcColumns,
  rowBits?: Uint8Array,
  { shared = false }: { shared?: boolean } = {},
): { tie: TieView; flow: FlowView; tieBits: Uint8Array | null } {
  const flow = buildFlowFromArcs(arcs, { shared });
  const { bits: tieBits, ...tieRows } = tieRowsOfArcs(arcs.ids.length, arcs, rowBits, { shared });
  return { tie: { ids: arcs.ids, ...tieRows }, flow, tieBits };
}

/** The flow view half of buildViewsFromArcs. */
export function buildFlowFromArcs(arcs: ArcColumns, { shared = false }: { shared?: boolean } = {}): FlowView {
  const make = arrayMaker(shared);
  const n = arcs.ids.length;
  const rows = arcs.source.length;
  let undirected = 0;
  for (let i = 0; i < rows; i++) if (!arcs.directed[i]) undirected++;

  const arcCount = rows + undirected;
  const from = new Int32Array(arcCount);
  const to = new Int32Array(arcCount);
  const arcStrength = new Float64Array(arcCount);
  let fill = 0;
  for (let i = 0; i < rows; i++) {
    from[fill] = arcs.source[i];
    to[fill] = arcs.target[i];
    arcStrength[fill++] = arcs.strength[i];
    if (arcs.directed[i]) continue;
    from[fill] = arcs.target[i];
    to[fill] = arcs.source[i];
    arcStrength[fill++] = arcs.strength[i];
  }
  const out = mergedRows(n, from, to, arcStrength, undefined, make);
  const into = transpose(n, out, make);
  return {
    ids: arcs.ids,
    nodeCount: n,
    arcCount: out.neighbours.length,
    outOffsets: out.offsets,
    outNeighbours: out.neighbours,
    outStrengths: out.strengths,
    inOffsets: into.offsets,
    inNeighbours: into.neighbours,
    inStrengths: into.strengths,
  };
}

/** A tie view's rows without its ids, and the rows' bytes per slot: what a worker thread builds and sends back. */
export type TieRows = Omit<TieView, 'ids'> & { readonly bits: Uint8Array | null };

/**
 * The tie view half of buildViewsFromArcs, for `nodeCount` actors. It needs neither the ids nor
 * the directions, so a worker thread can build it from the shared columns while this thread
 * builds the flow view (the CLI's columnar path does).
 */
export function tieRowsOfArcs(
  nodeCount: number,
  arcs: Pick<ArcColumns, 'source' | 'target' | 'strength'>,
  rowBits?: Uint8Array,
  { shared = false }: { shared?: boolean } = {},
): TieRows {
  const rows = arcs.source.length;
  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    low[i] = Math.min(arcs.source[i], arcs.target[i]);
    high[i] = Math.max(arcs.source[i], arcs.target[i]);
  }
  const pairs = mergedRows(nodeCount, low, high, arcs.strength, rowBits);
  return { nodeCount, tieCount: pairs.neighbours.length, ...symmetric(nodeCount, pairs, arrayMaker(shared)) };
}

/** Makes the typed arrays that a view keeps: on SharedArrayBuffers, or not. */
interface ArrayMaker {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
  uint8(length: number): Uint8Array;
}

function arrayMaker(shared: boolean): ArrayMaker {
  const buffer = (bytes: number) => (shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  return {
    int32: (length) => new Int32Array(buffer(4 * length)),
    float64: (length) => new Float64Array(buffer(8 * length)),
    uint8: (length) => new Uint8Array(buffer(length)),
  };
}

const UNSHARED = arrayMaker(false);

interface Rows {
  offsets: Int32Array;
  neighbours: Int32Array;
  strengths: Float64Array;
  /** Per merged pair, the OR of its rows' bytes; when bytes per row were given. */
  bits?: Uint8Array;
}

/** Stable counting sort of `order` (or 0 … length − 1) by `key`. */
function countingOrder(n: number, key: Int32Array, order: Int32Array | null): Int32Array {
  const length = key.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < length; i++) start[key[i] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const sorted = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const index = order ? order[i] : i;
    sorted[start[key[index]]++] = index;
  }
  return sorted;
}

/**
 * Rows of (a → b) pairs sorted by a then b, equal pairs merged with their strengths summed (and
 * their bytes ORed, when `rowBits` is given).
 */
function mergedRows(
  n: number,
  a: Int32Array,
  b: Int32Array,
  strength: Float64Array,
  rowBits?: Uint8Array,
  make: ArrayMaker = UNSHARED,
): Rows {
  const order = countingOrder(n, a, countingOrder(n, b, null));
  const offsets = make.int32(n + 1);
  const neighbours = new Int32Array(order.length);
  const strengths = new Float64Array(order.length);
  const bits = rowBits ? new Uint8Array(order.length) : undefined;
  let count = 0;
  let lastA = -1;
  let lastB = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (a[i] === lastA && b[i] === lastB) {
      strengths[count - 1] += strength[i];
      if (bits) bits[count - 1] |= (rowBits as Uint8Array)[i];
      continue;
    }
    lastA = a[i];
    lastB = b[i];
    neighbours[count] = lastB;
    if (bits) bits[count] = (rowBits as Uint8Array)[i];
    strengths[count++] = strength[i];
    offsets[lastA + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const kept = { neighbours: make.int32(count), strengths: make.float64(count) };
  kept.neighbours.set(neighbours.subarray(0, count));
  kept.strengths.set(strengths.subarray(0, count));
  return { offsets, ...kept, ...(bits ? { bits: bits.slice(0, count) } : {}) };
}

/** The reverse rows: b's row lists every a with a → b, in increasing a. */
function transpose(n: number, rows: Rows, make: ArrayMaker): Rows {
  const offsets = make.int32(n + 1);
  for (const b of rows.neighbours) offsets[b + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const neighbours = make.int32(rows.neighbours.length);
  const strengths = make.float64(rows.neighbours.length);
  for (let a = 0; a < n; a++) {
    for (let k = rows.offsets[a]; k < rows.offsets[a + 1]; k++) {
      const b = rows.neighbours[k];
      neighbours[fill[b]] = a;
      strengths[fill[b]++] = rows.strengths[k];
    }
  }
  return { offsets, neighbours, strengths };
}

/** Upper-triangle pairs (a < b) as symmetric rows, each pair's bits in both its slots; each row stays sorted. */
function symmetric(
  n: number,
  pairs: Rows,
  make: ArrayMaker,
): { offsets: Int32Array; neighbours: Int32Array; strengths: Float64Array; bits: Uint8Array | null } {
  const offsets = make.int32(n + 1);
  for (let a = 0; a < n; a++) {
    offsets[a + 1] += pairs.offsets[a + 1] - pairs.offsets[a];
    for (let k = pairs.offsets[a]; k < pairs.offsets[a + 1]; k++) offsets[pairs.neighbours[k] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const neighbours = make.int32(2 * pairs.neighbours.length);
  const strengths = make.float64(2 * pairs.neighbours.length);
  const pairBits = pairs.bits;
  const bits = pairBits ? make.uint8(2 * pairs.neighbours.length) : null;
  // Row v gets its lower partners (a < v, met in increasing a) before its own upper ones.
  for (let a = 0; a < n; a++) {
    for (let k = pairs.offsets[a]; k < pairs.offsets[a + 1]; k++) {
      const b = pairs.neighbours[k];
      if (bits) {
        bits[fill[a]] = (pairBits as Uint8Array)[k];
        bits[fill[b]] = (pairBits as Uint8Array)[k];
      }
      neighbours[fill[a]] = b;
      strengths[fill[a]++] = pairs.strengths[k];
      neighbours[fill[b]] = a;
      strengths[fill[b]++] = pairs.strengths[k];
    }
  }
  return { offsets, neighbours, strengths, bits };
}
