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

export function buildTieView(ecosystem: Ecosystem): TieView {
  const index = nodeIndex(ecosystem);
  const n = index.size;
  const pairs = new Map<number, Map<number, number>>();
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    addPairStrength(pairs, Math.min(s, t), Math.max(s, t), attributes.strength);
  });
  const arcs = collectArcs(n, pairs, true);
  return {
    ids: [...index.keys()],
    nodeCount: n,
    tieCount: arcs.count,
    offsets: arcs.outOffsets,
    neighbours: arcs.outNeighbours,
    strengths: arcs.outStrengths,
  };
}

export function buildFlowView(ecosystem: Ecosystem): FlowView {
  const index = nodeIndex(ecosystem);
  const n = index.size;
  const pairs = new Map<number, Map<number, number>>();
  ecosystem.forEachEdge((_edge, attributes, source, target) => {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    addPairStrength(pairs, s, t, attributes.strength);
    if (!attributes.directed) addPairStrength(pairs, t, s, attributes.strength);
  });
  const arcs = collectArcs(n, pairs, false);
  return {
    ids: [...index.keys()],
    nodeCount: n,
    arcCount: arcs.count,
    outOffsets: arcs.outOffsets,
    outNeighbours: arcs.outNeighbours,
    outStrengths: arcs.outStrengths,
    inOffsets: arcs.inOffsets,
    inNeighbours: arcs.inNeighbours,
    inStrengths: arcs.inStrengths,
  };
}

function addPairStrength(
  pairs: Map<number, Map<number, number>>,
  from: number,
  to: number,
  strength: number,
) {
  let row = pairs.get(from);
  if (!row) {
    row = new Map();
    pairs.set(from, row);
  }
  row.set(to, (row.get(to) ?? 0) + strength);
}

/**
 * Turns pair strengths into sorted CSR arrays. With `symmetric`, each stored pair (u < v) is
 * written in both rows; otherwise pairs are arcs and the reverse (in-) lists are built too.
 */
function collectArcs(n: number, pairs: Map<number, Map<number, number>>, symmetric: boolean) {
  const outDegree = new Int32Array(n);
  const inDegree = new Int32Array(n);
  let count = 0;
  for (const [from, row] of pairs) {
    for (const to of row.keys()) {
      outDegree[from]++;
      if (symmetric) outDegree[to]++;
      else inDegree[to]++;
      count++;
    }
  }
  const outOffsets = prefixSum(outDegree);
  const inOffsets = prefixSum(inDegree);
  const total = symmetric ? 2 * count : count;
  const outNeighbours = new Int32Array(total);
  const outStrengths = new Float64Array(total);
  const inNeighbours = new Int32Array(symmetric ? 0 : count);
  const inStrengths = new Float64Array(symmetric ? 0 : count);
  const outFill = outOffsets.slice(0, n);
  const inFill = inOffsets.slice(0, n);
  for (const [from, row] of pairs) {
    for (const [to, strength] of row) {
      outNeighbours[outFill[from]] = to;
      outStrengths[outFill[from]++] = strength;
      if (symmetric) {
        outNeighbours[outFill[to]] = from;
        outStrengths[outFill[to]++] = strength;
      } else {
        inNeighbours[inFill[to]] = from;
        inStrengths[inFill[to]++] = strength;
      }
    }
  }
  sortRows(outOffsets, outNeighbours, outStrengths);
  if (!symmetric) sortRows(inOffsets, inNeighbours, inStrengths);
  return { count, outOffsets, outNeighbours, outStrengths, inOffsets, inNeighbours, inStrengths };
}

function prefixSum(degree: Int32Array): Int32Array {
  const offsets = new Int32Array(degree.length + 1);
  for (let i = 0; i < degree.length; i++) offsets[i + 1] = offsets[i] + degree[i];
  return offsets;
}

function sortRows(offsets: Int32Array, neighbours: Int32Array, strengths: Float64Array): void {
  const n = offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (end - start < 2) continue;
    const order = Array.from({ length: end - start }, (_, k) => start + k).sort(
      (a, b) => neighbours[a] - neighbours[b],
    );
    const sortedNeighbours = order.map((k) => neighbours[k]);
    const sortedStrengths = order.map((k) => strengths[k]);
    neighbours.set(sortedNeighbours, start);
    strengths.set(sortedStrengths, start);
  }
}

/** True when `to` is among the sorted neighbours `[start, end)` of a CSR row. */
export function hasNeighbour(neighbours: Int32Array, start: number, end: number, to: number): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = neighbours[mid];
    if (value === to) return true;
    if (value < to) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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
 */
export function buildViewsFromArcs(arcs: ArcColumns): { tie: TieView; flow: FlowView } {
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
  const out = mergedRows(n, from, to, arcStrength);
  const into = transpose(n, out);
  const flow: FlowView = {
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

  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    low[i] = Math.min(arcs.source[i], arcs.target[i]);
    high[i] = Math.max(arcs.source[i], arcs.target[i]);
  }
  const pairs = mergedRows(n, low, high, arcs.strength);
  const tie: TieView = {
    ids: arcs.ids,
    nodeCount: n,
    tieCount: pairs.neighbours.length,
    ...symmetric(n, pairs),
  };
  return { tie, flow };
}

interface Rows {
  offsets: Int32Array;
  neighbours: Int32Array;
  strengths: Float64Array;
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

/** Rows of (a → b) pairs sorted by a then b, equal pairs merged with their strengths summed. */
function mergedRows(n: number, a: Int32Array, b: Int32Array, strength: Float64Array): Rows {
  const order = countingOrder(n, a, countingOrder(n, b, null));
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(order.length);
  const strengths = new Float64Array(order.length);
  let count = 0;
  let lastA = -1;
  let lastB = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (a[i] === lastA && b[i] === lastB) {
      strengths[count - 1] += strength[i];
      continue;
    }
    lastA = a[i];
    lastB = b[i];
    neighbours[count] = lastB;
    strengths[count++] = strength[i];
    offsets[lastA + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  return { offsets, neighbours: neighbours.slice(0, count), strengths: strengths.slice(0, count) };
}

/** The reverse rows: b's row lists every a with a → b, in increasing a. */
function transpose(n: number, rows: Rows): Rows {
  const offsets = new Int32Array(n + 1);
  for (const b of rows.neighbours) offsets[b + 1]++;
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(rows.neighbours.length);
  const strengths = new Float64Array(rows.neighbours.length);
  for (let a = 0; a < n; a++) {
    for (let k = rows.offsets[a]; k < rows.offsets[a + 1]; k++) {
      const b = rows.neighbours[k];
      neighbours[fill[b]] = a;
      strengths[fill[b]++] = rows.strengths[k];
    }
  }
  return { offsets, neighbours, strengths };
}

/** Upper-triangle pairs (a < b) as symmetric rows; each row stays sorted. */
function symmetric(
  n: number,
  pairs: Rows,
): { offsets: Int32Array; neighbours: Int32Array; strengths: Float64Array } {
  const offsets = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) {
    offsets[a + 1] += pairs.offsets[a + 1] - pairs.offsets[a];
    for (let k = pairs.offsets[a]; k < pairs.offsets[a + 1]; k++) offsets[pairs.neighbours[k] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * pairs.neighbours.length);
  const strengths = new Float64Array(2 * pairs.neighbours.length);
  // Row v gets its lower partners (a < v, met in increasing a) before its own upper ones.
  for (let a = 0; a < n; a++) {
    for (let k = pairs.offsets[a]; k < pairs.offsets[a + 1]; k++) {
      const b = pairs.neighbours[k];
      neighbours[fill[a]] = b;
      strengths[fill[a]++] = pairs.strengths[k];
      neighbours[fill[b]] = a;
      strengths[fill[b]++] = pairs.strengths[k];
    }
  }
  return { offsets, neighbours, strengths };
}
