/**
 * Brokerage counts from group totals against the definition, pair by pair: random directed
 * graphs (mutual arcs, hubs, isolates) with random groupings, and pieces of the work summed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addCounts,
  brokerageCountsFor,
  brokerageWork,
  rankedSkeleton,
  roleOf,
  TOTAL,
} from '../../../src/analysis/brokerage-counts.ts';
import { brokerageCounts } from '../../../src/analysis/gould-fernandez.ts';
import type { FlowView } from '../../../src/model/views.ts';

/** The flow view of a list of arcs (duplicates and self-loops dropped), neighbour lists sorted. */
function flowOf(n: number, arcs: readonly (readonly [number, number])[]): FlowView {
  const set = new Set<string>();
  const kept: [number, number][] = [];
  for (const [a, b] of arcs) {
    if (a === b || set.has(`${a},${b}`)) continue;
    set.add(`${a},${b}`);
    kept.push([a, b]);
  }
  const rows = (key: 0 | 1) => {
    const lists: number[][] = Array.from({ length: n }, () => []);
    for (const arc of kept) lists[arc[key]].push(arc[1 - key]);
    const offsets = new Int32Array(n + 1);
    lists.forEach((list, v) => {
      list.sort((x, y) => x - y);
      offsets[v + 1] = offsets[v] + list.length;
    });
    return { offsets, neighbours: Int32Array.from(lists.flat()) };
  };
  const out = rows(0);
  const into = rows(1);
  return {
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    nodeCount: n,
    arcCount: kept.length,
    outOffsets: out.offsets,
    outNeighbours: out.neighbours,
    outStrengths: new Float64Array(kept.length).fill(1),
    inOffsets: into.offsets,
    inNeighbours: into.neighbours,
    inStrengths: new Float64Array(kept.length).fill(1),
  };
}

/** sna's definition, pair by pair. */
function countsByDefinition(flow: FlowView, group: Int32Array): number[][] {
  const n = flow.nodeCount;
  const has = (a: number, b: number) => {
    for (let k = flow.outOffsets[a]; k < flow.outOffsets[a + 1]; k++)
      if (flow.outNeighbours[k] === b) return true;
    return false;
  };
  const counts = Array.from({ length: 6 }, () => new Array<number>(n).fill(0));
  for (let v = 0; v < n; v++) {
    for (let i = flow.inOffsets[v]; i < flow.inOffsets[v + 1]; i++) {
      const a = flow.inNeighbours[i];
      for (let o = flow.outOffsets[v]; o < flow.outOffsets[v + 1]; o++) {
        const b = flow.outNeighbours[o];
        if (a === b || has(a, b)) continue;
        counts[roleOf(group[a], group[v], group[b])][v]++;
        counts[TOTAL][v]++;
      }
    }
  }
  return counts;
}

const network = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    groups: fc.integer({ min: 1, max: 4 }),
    arcs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
    groupOf: fc.array(fc.nat(3), { minLength: n, maxLength: n }),
  }),
);

describe('brokerage counts from group totals', () => {
  test('equal the pair-by-pair definition on random directed graphs', () => {
    fc.assert(
      fc.property(network, ({ n, groups, arcs, groupOf }) => {
        const flow = flowOf(n, arcs);
        const group = Int32Array.from(groupOf, (g) => g % groups);
        const expected = countsByDefinition(flow, group);
        expect(brokerageCounts(flow, group).map((column) => Array.from(column))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('pieces of the nodes sum to the whole, whatever the cut', () => {
    fc.assert(
      fc.property(network, fc.array(fc.nat(13), { maxLength: 4 }), ({ n, groups, arcs, groupOf }, cuts) => {
        const flow = flowOf(n, arcs);
        const group = Int32Array.from(groupOf, (g) => g % groups);
        const skeleton = rankedSkeleton(flow);
        const bounds = [0, ...cuts.map((c) => c % (n + 1)).sort((a, b) => a - b), n];
        const parts = bounds.slice(1).map((end, i) => {
          const nodes = Int32Array.from({ length: Math.max(0, end - bounds[i]) }, (_, k) => bounds[i] + k);
          return brokerageCountsFor(flow, skeleton, group, groups, nodes);
        });
        const whole = brokerageCountsFor(
          flow,
          skeleton,
          group,
          groups,
          Int32Array.from({ length: n }, (_, v) => v),
        );
        expect(Array.from(addCounts(parts))).toEqual(Array.from(whole));
      }),
      { numRuns: 200 },
    );
  });

  test('a hub: open two-paths counted from totals, closed pairs and mutual partners taken away', () => {
    // Hub 0 with partners 1..6 both ways; 1 → 2 closes two-paths through the hub.
    const arcs: [number, number][] = [];
    for (let v = 1; v <= 6; v++) arcs.push([0, v], [v, 0]);
    arcs.push([1, 2]);
    const flow = flowOf(7, arcs);
    const group = Int32Array.from([0, 0, 0, 1, 1, 1, 1]);
    const counts = brokerageCounts(flow, group);
    // 6 × 6 pairs, less 6 with a = b, less the closed 1 → 0 → 2: 29.
    expect(counts[TOTAL][0]).toBe(29);
    expect(counts.map((column) => Array.from(column))).toEqual(countsByDefinition(flow, group));
    expect(brokerageWork(flow, rankedSkeleton(flow))[0]).toBeGreaterThan(12);
  });
});
