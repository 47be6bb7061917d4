import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEcosystem } from '../../../src/model/ecosystem.ts';
import type { FlowView, TieView } from '../../../src/model/views.ts';
import {
  buildFlowView,
  buildTieView,
  buildViewsFromArcs,
  hasNeighbour,
  tieSlot,
} from '../../../src/model/views.ts';

/*
 * Hand-checked network:  A →supply→ B,  B –knowledge– C,  C →supply→ B,  A –coop– B (strength 2),
 * D isolated.  Tie view: A–B (1 + 2 = 3), B–C (1 + 1 = 2).  Flow view: A→B (3), B→A (2),
 * B→C (1), C→B (1 + 1 = 2).
 */
function sample() {
  return buildEcosystem({
    actors: ['A', 'B', 'C', 'D'].map((id) => ({ id, kind: 'firm' })),
    relations: [
      { source: 'A', target: 'B', kind: 'supply' },
      { source: 'B', target: 'C', kind: 'knowledge' },
      { source: 'C', target: 'B', kind: 'supply' },
      { source: 'A', target: 'B', kind: 'cooperation', strength: 2 },
    ],
  }).ecosystem;
}

function tieRows(view: TieView) {
  return view.ids.map((id, i) => {
    const row: Record<string, number> = {};
    for (let k = view.offsets[i]; k < view.offsets[i + 1]; k++)
      row[view.ids[view.neighbours[k]]] = view.strengths[k];
    return [id, row];
  });
}

function flowRows(view: FlowView, direction: 'out' | 'in') {
  const offsets = direction === 'out' ? view.outOffsets : view.inOffsets;
  const neighbours = direction === 'out' ? view.outNeighbours : view.inNeighbours;
  const strengths = direction === 'out' ? view.outStrengths : view.inStrengths;
  return view.ids.map((id, i) => {
    const row: Record<string, number> = {};
    for (let k = offsets[i]; k < offsets[i + 1]; k++) row[view.ids[neighbours[k]]] = strengths[k];
    return [id, row];
  });
}

describe('tie view', () => {
  it('joins any relations in any direction into one weighted undirected tie', () => {
    const view = buildTieView(sample());
    expect(view.nodeCount).toBe(4);
    expect(view.tieCount).toBe(2);
    expect(tieRows(view)).toEqual([
      ['A', { B: 3 }],
      ['B', { A: 3, C: 2 }],
      ['C', { B: 2 }],
      ['D', {}],
    ]);
  });

  it('keeps neighbour lists sorted for binary search', () => {
    const { ecosystem } = buildEcosystem({
      actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
      relations: [
        { source: 'a', target: 'e' },
        { source: 'a', target: 'c' },
        { source: 'a', target: 'b' },
        { source: 'd', target: 'a' },
      ],
    });
    const view = buildTieView(ecosystem);
    expect([...view.neighbours.subarray(view.offsets[0], view.offsets[1])]).toEqual([1, 2, 3, 4]);
    expect(hasNeighbour(view.neighbours, view.offsets[0], view.offsets[1], 3)).toBe(true);
    expect(hasNeighbour(view.neighbours, view.offsets[1], view.offsets[2], 2)).toBe(false);
  });

  it('handles an empty ecosystem', () => {
    const view = buildTieView(buildEcosystem({ actors: [], relations: [] }).ecosystem);
    expect(view.nodeCount).toBe(0);
    expect([...view.offsets]).toEqual([0]);
  });
});

describe('flow view', () => {
  it('keeps directed relations one way and gives undirected relations both ways', () => {
    const view = buildFlowView(sample());
    expect(view.arcCount).toBe(4);
    expect(flowRows(view, 'out')).toEqual([
      ['A', { B: 3 }],
      ['B', { A: 2, C: 1 }],
      ['C', { B: 2 }],
      ['D', {}],
    ]);
    expect(flowRows(view, 'in')).toEqual([
      ['A', { B: 2 }],
      ['B', { A: 3, C: 2 }],
      ['C', { B: 1 }],
      ['D', {}],
    ]);
  });
});

/*
 * Any multigraph: the views agree with the definition computed the plain way (a sum per pair,
 * in the order the relations were added), whatever the order, direction and repetition of rows.
 */
describe('views of any network', () => {
  const relation = fc.record({
    source: fc.integer({ min: 0, max: 7 }),
    target: fc.integer({ min: 0, max: 7 }),
    strength: fc.double({ min: 0.1, max: 10, noNaN: true }),
    directed: fc.boolean(),
    kind: fc.constantFrom('supply', 'knowledge', 'cooperation'),
  });

  it('sum each pair as the definition does, with rows sorted', () => {
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 40 }), (rows) => {
        const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
        const { ecosystem } = buildEcosystem({
          actors: ids.map((id) => ({ id })),
          relations: rows.map((row) => ({
            source: ids[row.source],
            target: ids[row.target],
            kind: row.kind,
            strength: row.strength,
            directed: row.directed,
          })),
        });
        const tie = new Map<string, number>();
        const out = new Map<string, number>();
        const add = (map: Map<string, number>, a: string, b: string, strength: number) =>
          map.set(`${a}|${b}`, (map.get(`${a}|${b}`) ?? 0) + strength);
        ecosystem.forEachEdge((_edge, attributes, source, target) => {
          const [low, high] = [source, target].sort();
          add(tie, low, high, attributes.strength);
          add(out, source, target, attributes.strength);
          if (!attributes.directed) add(out, target, source, attributes.strength);
        });
        const tieView = buildTieView(ecosystem);
        const flowView = buildFlowView(ecosystem);
        const expectedTie = ids.map((id) => [
          id,
          Object.fromEntries(
            ids
              .filter((other) => tie.has(`${id}|${other}`) || tie.has(`${other}|${id}`))
              .map((other) => [other, tie.get(`${id}|${other}`) ?? tie.get(`${other}|${id}`)]),
          ),
        ]);
        const expectedOut = ids.map((id) => [
          id,
          Object.fromEntries(
            ids
              .filter((other) => out.has(`${id}|${other}`))
              .map((other) => [other, out.get(`${id}|${other}`)]),
          ),
        ]);
        const expectedIn = ids.map((id) => [
          id,
          Object.fromEntries(
            ids
              .filter((other) => out.has(`${other}|${id}`))
              .map((other) => [other, out.get(`${other}|${id}`)]),
          ),
        ]);
        expect(tieRows(tieView)).toEqual(expectedTie);
        expect(flowRows(flowView, 'out')).toEqual(expectedOut);
        expect(flowRows(flowView, 'in')).toEqual(expectedIn);
        const csr: [Int32Array, Int32Array][] = [
          [tieView.offsets, tieView.neighbours],
          [flowView.outOffsets, flowView.outNeighbours],
          [flowView.inOffsets, flowView.inNeighbours],
        ];
        for (const [offsets, neighbours] of csr)
          for (let i = 0; i < ids.length; i++)
            for (let k = offsets[i] + 1; k < offsets[i + 1]; k++)
              expect(neighbours[k]).toBeGreaterThan(neighbours[k - 1]);
      }),
    );
  });

  it('give each tie the OR of the bytes of the rows that make it, in both its slots', () => {
    const row = fc.record({
      source: fc.integer({ min: 0, max: 7 }),
      target: fc.integer({ min: 0, max: 7 }),
      directed: fc.boolean(),
      bits: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (drawn) => {
        const rows = drawn.filter((r) => r.source !== r.target);
        const ids = Array.from({ length: 8 }, (_, i) => `n${i}`);
        const { tie, tieBits } = buildViewsFromArcs(
          {
            ids,
            source: Int32Array.from(rows, (r) => r.source),
            target: Int32Array.from(rows, (r) => r.target),
            strength: Float64Array.from(rows, () => 1),
            directed: Uint8Array.from(rows, (r) => (r.directed ? 1 : 0)),
          },
          Uint8Array.from(rows, (r) => r.bits),
        );
        const expected = new Uint8Array(tie.neighbours.length);
        for (const r of rows) {
          expected[tieSlot(tie, r.source, r.target)] |= r.bits;
          expected[tieSlot(tie, r.target, r.source)] |= r.bits;
        }
        expect([...(tieBits as Uint8Array)]).toEqual([...expected]);
      }),
    );
  });
});
