import { describe, expect, test } from 'vitest';
import { structuralHoles } from '../../../src/analysis/measures/structural-holes.ts';
import { inputOf } from './tiny.ts';

describe('weighted structural holes', () => {
  // a–b 3, a–c 1, b–c 2, c–d 5.
  const input = inputOf(
    [
      ['a', 'firm'],
      ['b', 'firm'],
      ['c', 'firm'],
      ['d', 'firm'],
    ],
    [
      ['a', 'b', 3],
      ['a', 'c', 1],
      ['b', 'c', 2],
      ['c', 'd', 5],
    ],
  );
  const result = structuralHoles(input.tie, true);

  test('constraint equals networkx.constraint(G, weight=)', () => {
    expect(Array.from(result.constraint)).toEqual(
      [0.96265625, 0.725, 0.5844140625, 1].map((x) => expect.closeTo(x, 12)),
    );
  });

  test('effective size follows NetworkX’s per-node redundancy formula', () => {
    // networkx.effective_size(G, nodes=list(G), weight="w"). NetworkX 3.6 without `nodes` takes a
    // vectorised path that divides by the wrong row's maximum (a: 1.4, b: 1.72); see the method text.
    const expected = [1.5333333333333332, 1.7466666666666666, 2.625, 1];
    expect(Array.from(result.effectiveSize)).toEqual(expected.map((x) => expect.closeTo(x, 12)));
    expect(Array.from(result.efficiency)).toEqual(
      expected.map((x, i) => expect.closeTo(x / [2, 2, 3, 1][i], 12)),
    );
  });
});
