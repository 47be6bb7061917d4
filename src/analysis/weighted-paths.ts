/**
 * The weighted single-source pass of the shortest-path kernel: Dijkstra with Brandes's path
 * counting, tie length = 1 / strength (stronger ties are shorter). Path lengths within a
 * relative 1e-10 of each other count as equal, as igraph does: with float lengths, two equal
 * paths can differ in the last bit, and exact comparison would drop one of them.
 */
import type { TieView } from '../model/views.ts';

const RELATIVE_EPSILON = 1e-10;

export interface DijkstraScratch {
  readonly distance: Float64Array;
  readonly pathCount: Float64Array;
  readonly delta: Float64Array;
  /** Nodes in the order they were settled (non-decreasing distance). */
  readonly order: Int32Array;
  readonly settled: Uint8Array;
  /** Predecessors as linked lists: predecessorHead[w] → predecessorNext[…] → …, -1 ends. */
  readonly predecessorHead: Int32Array;
  readonly predecessorNext: Int32Array;
  readonly predecessorNode: Int32Array;
  /** A binary min-heap of (distance, node) entries with lazy deletion. */
  readonly heapKey: Float64Array;
  readonly heapNode: Int32Array;
}

export function createDijkstraScratch(tie: TieView): DijkstraScratch {
  const n = tie.nodeCount;
  const slots = tie.neighbours.length + 1;
  return {
    distance: new Float64Array(n).fill(Number.POSITIVE_INFINITY),
    pathCount: new Float64Array(n),
    delta: new Float64Array(n),
    order: new Int32Array(n),
    settled: new Uint8Array(n),
    predecessorHead: new Int32Array(n).fill(-1),
    predecessorNext: new Int32Array(slots),
    predecessorNode: new Int32Array(slots),
    heapKey: new Float64Array(slots),
    heapNode: new Int32Array(slots),
  };
}

const close = (a: number, b: number) => Math.abs(a - b) <= RELATIVE_EPSILON * Math.max(a, b);

/** One source: fills distance, pathCount, order and the dependencies delta; returns the nodes reached. */
export function dijkstraPass(tie: TieView, source: number, scratch: DijkstraScratch): number {
  const { offsets, neighbours, strengths } = tie;
  const { distance, pathCount, delta, order, settled, predecessorHead, predecessorNext, predecessorNode } =
    scratch;
  const { heapKey, heapNode } = scratch;
  let heapSize = 0;
  let predecessors = 0;
  let reached = 0;
  const push = (key: number, node: number) => {
    let i = heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapKey[parent] <= key) break;
      heapKey[i] = heapKey[parent];
      heapNode[i] = heapNode[parent];
      i = parent;
    }
    heapKey[i] = key;
    heapNode[i] = node;
  };
  const pop = () => {
    const top = heapNode[0];
    const key = heapKey[--heapSize];
    const node = heapNode[heapSize];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) child++;
      if (heapKey[child] >= key) break;
      heapKey[i] = heapKey[child];
      heapNode[i] = heapNode[child];
      i = child;
    }
    heapKey[i] = key;
    heapNode[i] = node;
    return top;
  };

  distance[source] = 0;
  pathCount[source] = 1;
  push(0, source);
  while (heapSize > 0) {
    const v = pop();
    if (settled[v]) continue;
    settled[v] = 1;
    order[reached++] = v;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const w = neighbours[k];
      if (settled[w]) continue;
      const candidate = distance[v] + 1 / strengths[k];
      const current = distance[w];
      if (current !== Number.POSITIVE_INFINITY && close(candidate, current)) {
        pathCount[w] += pathCount[v];
      } else if (candidate < current) {
        distance[w] = candidate;
        pathCount[w] = pathCount[v];
        predecessorHead[w] = -1;
        push(candidate, w);
      } else continue;
      predecessorNode[predecessors] = v;
      predecessorNext[predecessors] = predecessorHead[w];
      predecessorHead[w] = predecessors++;
    }
  }

  for (let i = reached - 1; i > 0; i--) {
    const w = order[i];
    const coefficient = (1 + delta[w]) / pathCount[w];
    for (let p = predecessorHead[w]; p >= 0; p = predecessorNext[p]) {
      const v = predecessorNode[p];
      delta[v] += pathCount[v] * coefficient;
    }
  }
  return reached;
}

export function resetDijkstra(scratch: DijkstraScratch, reached: number): void {
  for (let i = 0; i < reached; i++) {
    const w = scratch.order[i];
    scratch.distance[w] = Number.POSITIVE_INFINITY;
    scratch.pathCount[w] = 0;
    scratch.delta[w] = 0;
    scratch.settled[w] = 0;
    scratch.predecessorHead[w] = -1;
  }
}
