/** Snapshots of the hand-checked three-year network (./three-years.ts), and properties on random ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeIn,
  fullWindow,
  parseTimeWindow,
  readPeriod,
  snapshot,
  timeIndexOf,
  yearsOf,
} from '../../../src/model/time.ts';
import { randomNetwork } from './random-network.ts';
import { threeYears } from './three-years.ts';

const sorted = (values: Iterable<string>) => [...values].sort();

function relationsOf(ecosystem: ReturnType<typeof threeYears>): string[] {
  return ecosystem
    .mapEdges((_edge, relation, source, target) => `${source}-${target}:${relation.kind}`)
    .sort();
}

describe('time index', () => {
  it('finds the years of the data and what is dated', () => {
    const index = timeIndexOf(threeYears());
    expect([index.first, index.last]).toEqual([2019, 2021]);
    expect(index.years).toEqual([2019, 2020, 2021]);
    expect(yearsOf(threeYears())).toEqual([2019, 2020, 2021]);
    // r1–r7 are dated; r8 is not. r4 (open end) and r7 (open start) are open. F is the dated actor.
    expect(index.counts).toMatchObject({
      datedRelations: 7,
      undatedRelations: 1,
      openRelations: 2,
      datedActors: 1,
      relationsByField: { year: 3, start: 2, end: 1, wave: 1 },
    });
  });

  it('reads periods: start/end before year, year before wave; an inverted period is undated', () => {
    expect(readPeriod({ year: 2019, start: 2015 })).toEqual({
      status: 'dated',
      period: { start: 2015, end: null },
    });
    expect(readPeriod({ wave: 2023 })).toEqual({ status: 'dated', period: { start: 2023, end: 2023 } });
    expect(readPeriod({ start: 2021, end: 2019 })).toEqual({ status: 'inverted', start: 2021, end: 2019 });
    expect(readPeriod({ year: 2019.5 })).toEqual({ status: 'undated' });
  });
});

describe('snapshot', () => {
  const network = threeYears();

  it('2019: r1, r3, r7 and the timeless r8; actors A, B, D, E and the timeless G', () => {
    const at = snapshot(network, { from: 2019, to: 2019 });
    expect(sorted(at.nodes())).toEqual(['A', 'B', 'D', 'E', 'G']);
    expect(relationsOf(at)).toEqual(['A-B:cooperation', 'A-D:knowledge', 'B-D:other', 'D-E:cooperation']);
  });

  it('2020: r2, r3, r4 (open end) and r8; C enters through r4', () => {
    const at = snapshot(network, { from: 2020, to: 2020 });
    expect(sorted(at.nodes())).toEqual(['A', 'B', 'C', 'D', 'G']);
    expect(relationsOf(at)).toEqual(['A-B:cooperation', 'A-D:knowledge', 'B-C:supply', 'B-D:other']);
  });

  it('2021: r4, r5 (wave), r6 and r8; F is there by its own start date', () => {
    const at = snapshot(network, { from: 2021, to: 2021 });
    expect(sorted(at.nodes())).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(relationsOf(at)).toEqual(['A-C:knowledge', 'B-C:supply', 'B-D:other', 'C-E:knowledge']);
  });

  it('a window 2019–2020 holds what either year holds, keys and attributes unchanged', () => {
    const at = snapshot(network, { from: 2019, to: 2020 });
    expect(at.size).toBe(6); // r1, r2, r3, r4, r7, r8
    expect(sorted(at.nodes())).toEqual(['A', 'B', 'C', 'D', 'E', 'G']);
    at.forEachEdge((edge, relation) => {
      expect(network.getEdgeAttributes(edge)).toBe(relation);
    });
    expect(at.getNodeAttributes('A')).toBe(network.getNodeAttributes('A'));
  });

  it('the full window is the network itself; undated: drop leaves r8 and G out', () => {
    expect(snapshot(network, { from: 2019, to: 2021 })).toBe(network);
    const dated = snapshot(network, { from: 2019, to: 2019 }, { undated: 'drop' });
    expect(sorted(dated.nodes())).toEqual(['A', 'B', 'D', 'E']);
    expect(dated.size).toBe(3);
  });

  it('parses windows from the command line', () => {
    expect(parseTimeWindow('2019')).toEqual({ from: 2019, to: 2019 });
    expect(parseTimeWindow('2015:2019')).toEqual({ from: 2015, to: 2019 });
    expect(parseTimeWindow('2015-2019')).toEqual({ from: 2015, to: 2019 });
    expect(parseTimeWindow('2019:2015')).toBeUndefined();
    expect(parseTimeWindow('spring')).toBeUndefined();
  });
});

describe('snapshot properties', () => {
  it('the snapshot of the full range is the whole network', () => {
    fc.assert(
      fc.property(randomNetwork, (network) => {
        const index = timeIndexOf(network);
        const window = fullWindow(index) ?? { from: 0, to: 0 };
        const whole = snapshot(network, window);
        expect(whole.order).toBe(network.order);
        expect(whole.size).toBe(network.size);
      }),
    );
  });

  it('a window holds exactly the relations active in one of its years', () => {
    fc.assert(
      fc.property(randomNetwork, fc.integer({ min: 2009, max: 2017 }), fc.nat(3), (network, from, length) => {
        const index = timeIndexOf(network);
        const window = { from, to: from + length };
        const union = new Set<number>();
        for (let year = window.from; year <= window.to; year++) {
          activeIn(index, { from: year, to: year }).relations.forEach((on, e) => {
            if (on) union.add(e);
          });
        }
        const active = activeIn(index, window);
        expect(active.relationCount).toBe(union.size);
        for (const e of union) expect(active.relations[e]).toBe(1);
      }),
    );
  });
});
