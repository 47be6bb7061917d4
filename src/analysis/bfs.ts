/**
 * Breadth-first helpers over the tie view: connected components and multi-source hop
 * distances. Typed arrays only; a queue array doubles as the visiting order.
 */
import type { TieView } from '../model/views.ts';

export interface Components {
  /** Component index per node; components are numbered in order of their lowest node index. */
  readonly label: Int32Array;
  /** Number of nodes per component. */
  readonly sizes: Int32Array;
  /** Index of the largest component; ties go to the one with the lowest node index, as NetworkX's `max(..., key=len)`. */
  readonly largest: number;
}

export function connectedComponents(tie: TieView): Components {
  const n = tie.nodeCount;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (label[root] >= 0) continue;
    const component = sizes.length;
    label[root] = component;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++];
      for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
        const w = tie.neighbours[k];
        if (label[w] < 0) {
          label[w] = component;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  let largest = -1;
  for (let c = 0; c < sizes.length; c++) if (largest < 0 || sizes[c] > sizes[largest]) largest = c;
  return { label, sizes: Int32Array.from(sizes), largest };
}

/** Hop distance from the nearest of `sources` to every node; -1 where none is reachable. */
export function multiSourceDistances(tie: TieView, sources: ArrayLike<number>): Int32Array {
  const n = tie.nodeCount;
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (distance[s] < 0) {
      distance[s] = 0;
      queue[tail++] = s;
    }
  }
  let head = 0;
  while (head < tail) {
    const v = queue[head++];
    const next = distance[v] + 1;
    for (let k = tie.offsets[v]; k < tie.offsets[v + 1]; k++) {
      const w = tie.neighbours[k];
      if (distance[w] < 0) {
        distance[w] = next;
        queue[tail++] = w;
      }
    }
  }
  return distance;
}
