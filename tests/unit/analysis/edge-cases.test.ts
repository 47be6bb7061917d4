import { describe, expect, test } from 'vitest';
import { brokerage } from '../../../src/analysis/measures/brokerage.ts';
import { degree } from '../../../src/analysis/measures/degree.ts';
import { structuralHolesMeasure } from '../../../src/analysis/measures/structural-holes.ts';
import { defaultOptions } from '../../../src/analysis/options.ts';
import { MEASURES } from '../../../src/analysis/registry.ts';
import { NO_PROGRESS } from '../../../src/analysis/types.ts';
import { inputOf } from './tiny.ts';

const runAll = (input: ReturnType<typeof inputOf>) =>
  MEASURES.map((measure) => measure.compute(input, defaultOptions(measure), NO_PROGRESS));

describe('degenerate networks', () => {
  test('every measure runs on an empty network', () => {
    for (const result of runAll(inputOf([], []))) {
      for (const column of Object.values(result.columns)) expect(column.length).toBe(0);
    }
  });

  test('every measure runs on isolates only', () => {
    const input = inputOf(
      [
        ['a', 'firm'],
        ['b', 'firm'],
        ['c', 'knowledge'],
      ],
      [],
    );
    for (const result of runAll(input)) {
      for (const column of Object.values(result.columns)) expect(column.length).toBe(3);
    }
  });

  test('several relations on one pair are one tie whose strength is their sum', () => {
    const input = inputOf(
      [
        ['a', 'firm'],
        ['b', 'firm'],
      ],
      [
        ['a', 'b', 2],
        ['b', 'a', 3, true],
        ['a', 'b', 1, true],
      ],
    );
    const result = degree.compute(input, {}, NO_PROGRESS).columns;
    expect(Array.from(result.degree)).toEqual([1, 1]);
    expect(Array.from(result.weighted_degree)).toEqual([6, 6]);
  });

  test('isolates have no structural-hole values', () => {
    const input = inputOf(
      [
        ['a', 'firm'],
        ['b', 'firm'],
        ['i', 'firm'],
      ],
      [['a', 'b']],
    );
    const result = structuralHolesMeasure.compute(input, { weighted: false }, NO_PROGRESS).columns;
    expect(result.constraint[2]).toBeNaN();
    expect(result.effective_size[2]).toBeNaN();
    expect(result.hierarchy[0]).toBeNaN();
    expect(result.constraint[0]).toBe(1);
  });

  test('actors without a group value form their own brokerage group', () => {
    // a → v → b with a and b in "north", v without a region: itinerant for v.
    const input = inputOf(
      [
        ['a', 'firm', { region: 'north' }],
        ['v', 'firm'],
        ['b', 'firm', { region: 'north' }],
      ],
      [
        ['a', 'v', 1, true],
        ['v', 'b', 1, true],
      ],
    );
    const result = brokerage.compute(input, { groupBy: 'region' }, NO_PROGRESS).columns;
    expect(Array.from(result.itinerant)).toEqual([0, 1, 0]);
  });
});
