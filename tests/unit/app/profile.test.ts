import { describe, expect, it } from 'vitest';
import { mechanisms } from '../../../src/app/profile/mechanisms.ts';
import { formatValue, percentileAmong } from '../../../src/app/profile/percentiles.ts';

describe('percentile among actors of the same kind', () => {
  const column = Float64Array.from([1, 2, 3, 4, Number.NaN, 100]);
  it('counts lower values, ties as half, and ignores other kinds and undefined values', () => {
    expect(percentileAmong(3, column, [0, 1, 2, 3, 4])).toBe(62.5);
    expect(percentileAmong(1, column, [0, 1, 2, 3])).toBe(12.5);
    expect(percentileAmong(Number.NaN, column, [0, 1])).toBeNull();
    expect(percentileAmong(1, column, [4])).toBeNull();
  });
  it('formats values for reading', () => {
    expect(formatValue(12)).toBe('12');
    expect(formatValue(0.123456)).toBe('0.123');
    expect(formatValue(0.00381)).toBe('0.00381');
    expect(formatValue(0.000123)).toBe('1.23e-4');
    expect(formatValue(Number.NaN)).toBe('–');
  });
});

describe('network mechanisms', () => {
  it('name the numbers they rest on', () => {
    const values: Record<string, number> = {
      clustering: 0.25,
      ego_density: 0.4,
      core: 3,
      closeness: 0.31,
      frontier_distance: 2,
      frontier_partner: 0,
      strong_tie_share: 0.5,
      weighted_degree: 21,
      partner_diversity: 0.62,
      ei_index: 0.2,
      brokerage_total: 14,
    };
    const result = mechanisms({
      value: (id) => values[id] ?? Number.NaN,
      partnersOfKind: (kind) => ({ knowledge: 2, intermediary: 1, government: 0 })[kind] ?? 0,
      localPartners: 4,
      externalPartners: 6,
    });
    expect(result.map((mechanism) => mechanism.name)).toEqual([
      'Embedding',
      'Access',
      'Transfer',
      'Diversifying',
      'Socialising',
    ]);
    const facts = Object.fromEntries(
      result.flatMap((mechanism) => mechanism.facts.map((fact) => [fact.label, fact.value])),
    );
    expect(facts['steps to the nearest frontier actor']).toBe('2');
    expect(facts['share of strong ties (weekly or more)']).toBe('50%');
    expect(facts['external partners']).toBe('6 of 10');
    expect(facts['intermediaries among partners']).toBe('1');
  });
});
