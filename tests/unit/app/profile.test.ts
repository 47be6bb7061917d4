import { describe, expect, it } from 'vitest';
import { mechanisms } from '../../../src/app/profile/mechanisms.ts';
import {
  formatValue,
  peersByKind,
  standingAmong,
  standingShare,
} from '../../../src/app/profile/percentiles.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { createEcosystem } from '../../../src/model/ecosystem.ts';
import { createFields } from '../../../src/model/fields.ts';

const EN = wordingFor('en');
const NL = wordingFor('nl');

describe('standing among actors of the same kind', () => {
  const column = Float64Array.from([1, 2, 3, 4, Number.NaN, 100, 3]);
  it('compares with the other peers only, ignoring other kinds and undefined values', () => {
    expect(standingAmong(2, column, [0, 1, 2, 3, 4, 6])).toEqual({ lower: 2, higher: 1, compared: 4 });
    expect(standingAmong(4, column, [0, 1])).toBeNull();
    expect(standingAmong(0, column, [0, 4])).toBeNull();
  });
  it("groups each kind's actors by their index in the analysis columns' order", () => {
    const ecosystem = createEcosystem();
    const kinds = ['firm', 'knowledge', 'firm', 'government', 'firm', 'knowledge'] as const;
    kinds.forEach((kind, i) => {
      ecosystem.addNode(`a${i}`, { label: `A${i}`, kind, implicit: false, fields: createFields() });
    });
    const peers = peersByKind(ecosystem);
    expect(peers.get('firm')).toEqual([0, 2, 4]);
    expect(peers.get('knowledge')).toEqual([1, 5]);
    expect(peers.get('government')).toEqual([3]);
    expect(peers.has('intermediary')).toBe(false);
    // The profile's standing among firms, from these indices, leaves the other kinds out.
    const column = Float64Array.from([5, 100, 7, 100, 9, 100]);
    expect(standingAmong(2, column, peers.get('firm') ?? [])).toEqual({ lower: 1, higher: 1, compared: 2 });
  });
  it('never says "above 100%": the top actor is the highest, a share is rounded down', () => {
    // The largest of 300: 299 lower, none level.
    const large = Float64Array.from({ length: 300 }, (_, i) => i);
    const peers = [...large.keys()];
    expect(standingShare(standingAmong(299, large, peers) ?? { lower: 0, higher: 0, compared: 1 })).toEqual({
      case: 'highest',
      percent: 100,
    });
    expect(standingShare({ lower: 298, higher: 1, compared: 299 })).toEqual({ case: 'share', percent: 99 });
    expect(standingShare({ lower: 0, higher: 5, compared: 5 }).case).toBe('lowest');
    expect(standingShare({ lower: 0, higher: 0, compared: 5 }).case).toBe('level');
  });
  it('formats values for reading', () => {
    expect(formatValue(12, 'en')).toBe('12');
    expect(formatValue(0.123456, 'en')).toBe('0.123');
    expect(formatValue(0.123456, 'nl')).toBe('0,123');
    expect(formatValue(0.00381, 'en')).toBe('0.00381');
    expect(formatValue(0.000123, 'en')).toBe('1.23e-4');
    expect(formatValue(Number.NaN, 'en')).toBe('–');
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
    const numbers = {
      value: (id: string) => values[id] ?? Number.NaN,
      partnersOfKind: (kind: string) => ({ knowledge: 2, intermediary: 1, government: 0 })[kind] ?? 0,
      localPartners: 4,
      externalPartners: 6,
    };
    const result = mechanisms(numbers, EN);
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
    const dutch = mechanisms(numbers, NL);
    expect(dutch.map((mechanism) => mechanism.name)).toEqual([
      'Inbedding',
      'Toegang',
      'Overdracht',
      'Diversificatie',
      'Socialisatie',
    ]);
    const dutchFacts = Object.fromEntries(
      dutch.flatMap((mechanism) => mechanism.facts.map((fact) => [fact.label, fact.value])),
    );
    expect(dutchFacts['externe partners']).toBe('6 van 10');
    expect(dutchFacts['partners die onderling samenwerken (clustering)']).toBe('0,25');
  });
});
