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
