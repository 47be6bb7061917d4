import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorId,
  actorKey,
  buildEcosystem,
  deserializeEcosystem,
  serializeEcosystem,
} from '../../../src/model/ecosystem.ts';
import { createFields } from '../../../src/model/fields.ts';
import type { ActorRecord } from '../../../src/model/records.ts';
import { buildTieView } from '../../../src/model/views.ts';

const origin = (row: number) => ({ file: 'relations.csv', row });

function actors(...specs: [string, string?][]): ActorRecord[] {
  return specs.map(([id, kind]) => ({ id, kind, origin: { file: 'actors.csv', row: 2 } }));
}

describe('buildEcosystem', () => {
  it('builds actors and relations with kinds, fields and default directions', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: [
        {
          id: 'A',
          label: 'Alpha B.V.',
          kind: 'firm',
          fields: { region: 'Limburg', country: 'nl', lat: 50.85 },
        },
        { id: 'U', label: 'University', kind: 'Knowledge' },
      ],
      relations: [
        { source: 'U', target: 'A', kind: 'supply', strength: 4 },
        { source: 'A', target: 'U', kind: 'knowledge' },
      ],
    });
    expect(issues).toEqual([]);
    expect(ecosystem.order).toBe(2);
    expect(ecosystem.size).toBe(2);
    expect(ecosystem.getNodeAttributes('A')).toMatchObject({
      label: 'Alpha B.V.',
      kind: 'firm',
      implicit: false,
    });
    expect(ecosystem.getNodeAttribute('A', 'fields').country).toBe('NL');
    expect(ecosystem.getNodeAttribute('U', 'kind')).toBe('knowledge');
    const [supply] = ecosystem.directedEdges('U', 'A');
    expect(ecosystem.getEdgeAttributes(supply)).toMatchObject({
      kind: 'supply',
      strength: 4,
      directed: true,
    });
    const [knowledge] = ecosystem.undirectedEdges('A', 'U');
    expect(ecosystem.getEdgeAttributes(knowledge)).toMatchObject({
      kind: 'knowledge',
      strength: 1,
      directed: false,
    });
  });

  it('reads unknown kinds as "other" with a warning naming file, row and column', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: [{ id: 'A', kind: 'bakery', origin: { file: 'actors.csv', row: 7 } }, ...actors(['B', 'firm'])],
      relations: [{ source: 'A', target: 'B', kind: 'friendship', origin: origin(3) }],
    });
    expect(ecosystem.getNodeAttribute('A', 'kind')).toBe('other');
    expect(ecosystem.getEdgeAttribute(ecosystem.edges()[0], 'kind')).toBe('other');
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unknown-actor-kind',
        file: 'actors.csv',
        row: 7,
        column: 'kind',
        value: 'bakery',
      }),
      expect.objectContaining({
        code: 'unknown-relation-kind',
        file: 'relations.csv',
        row: 3,
        value: 'friendship',
      }),
    ]);
  });

  it('reports self-loops and leaves them out', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: actors(['A', 'firm']),
      relations: [{ source: 'A', target: 'A', kind: 'supply', origin: origin(2) }],
    });
    expect(ecosystem.size).toBe(0);
    expect(issues).toEqual([expect.objectContaining({ code: 'self-loop', severity: 'warning', row: 2 })]);
  });

  it('merges duplicate relations, sums their strength and lists the merge', () => {
    const { ecosystem, issues, merged } = buildEcosystem({
      actors: actors(['A', 'firm'], ['B', 'firm']),
      relations: [
        { source: 'A', target: 'B', kind: 'cooperation', strength: 2, origin: origin(2) },
        { source: 'B', target: 'A', kind: 'cooperation', strength: 3, origin: origin(3) },
        { source: 'A', target: 'B', kind: 'supply', strength: 1, origin: origin(4) },
        { source: 'B', target: 'A', kind: 'supply', strength: 1, origin: origin(5) },
      ],
    });
    // Undirected cooperation A–B twice is one relation; supply A→B and B→A are two flows.
    expect(ecosystem.size).toBe(3);
    const [cooperation] = ecosystem.undirectedEdges('A', 'B');
    expect(ecosystem.getEdgeAttributes(cooperation)).toMatchObject({ strength: 5, rows: 2 });
    expect(merged).toEqual([{ source: 'B', target: 'A', kind: 'cooperation', rows: 2, strength: 5 }]);
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate-relation', row: 3 })]);
  });

  it('creates actors that only relations name, flagged and reported', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: actors(['A', 'firm']),
      relations: [{ source: 'A', target: 'Ghost GmbH', kind: 'supply', origin: origin(9) }],
    });
    expect(ecosystem.getNodeAttributes('Ghost GmbH')).toMatchObject({ implicit: true, kind: 'other' });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'implicit-actor', row: 9, column: 'target', value: 'Ghost GmbH' }),
    ]);
  });

  it('rejects rows without endpoints or ids, and keeps the first of duplicate actors', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: [
        { id: 'A', kind: 'firm' },
        { id: ' ', kind: 'firm', origin: { file: 'actors.csv', row: 3 } },
        { id: 'A', kind: 'government', origin: { file: 'actors.csv', row: 4 } },
      ],
      relations: [{ source: 'A', target: '', origin: origin(2) }],
    });
    expect(ecosystem.order).toBe(1);
    expect(ecosystem.getNodeAttribute('A', 'kind')).toBe('firm');
    expect(issues.map((issue) => [issue.code, issue.severity, issue.row])).toEqual([
      ['missing-actor-id', 'error', 3],
      ['duplicate-actor', 'warning', 4],
      ['missing-endpoint', 'error', 2],
    ]);
  });

  it('validates known fields and names the offending value', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: [{ id: 'A', kind: 'firm', fields: { lat: 123, size: 'huge', frontier: true } }],
      relations: [],
    });
    expect(ecosystem.getNodeAttribute('A', 'fields')).toEqual(
      Object.assign(Object.create(null), { frontier: true }),
    );
    expect(issues.map((issue) => [issue.column, issue.value])).toEqual([
      ['lat', '123'],
      ['size', 'huge'],
    ]);
  });

  it('reads non-positive or missing strength as 1, with a warning for bad values', () => {
    const { ecosystem, issues } = buildEcosystem({
      actors: actors(['A', 'firm'], ['B', 'firm']),
      relations: [{ source: 'A', target: 'B', kind: 'knowledge', strength: -2, origin: origin(2) }],
    });
    expect(ecosystem.getEdgeAttribute(ecosystem.edges()[0], 'strength')).toBe(1);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'invalid-strength', column: 'strength', value: '-2' }),
    ]);
  });

  it('keeps __proto__, constructor and prototype harmless as ids and field names', () => {
    const fields = createFields([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    const { ecosystem, issues } = buildEcosystem({
      actors: [
        { id: '__proto__', kind: 'firm', fields },
        { id: 'constructor', kind: 'firm' },
        { id: 'prototype', kind: 'firm' },
      ],
      relations: [
        { source: '__proto__', target: 'constructor', kind: 'supply' },
        { source: '__proto__', target: 'constructor', kind: 'supply' },
        { source: 'prototype', target: 'toString', kind: 'knowledge' },
      ],
    });
    expect(issues.map((issue) => issue.code)).toEqual(['duplicate-relation', 'implicit-actor']);
    expect(ecosystem.order).toBe(4);
    expect(ecosystem.size).toBe(2);
    expect(ecosystem.nodes().map(actorId)).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    const stored = ecosystem.getNodeAttribute(actorKey('__proto__'), 'fields');
    expect(Object.getPrototypeOf(stored)).toBeNull();
    const prototypeName = '__proto__';
    expect(stored[prototypeName]).toBe('x');
    expect(ecosystem.getNodeAttribute(actorKey('constructor'), 'fields').constructor).toBeUndefined();
    expect(ecosystem.neighbors(actorKey('constructor'))).toEqual([actorKey('__proto__')]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('survives serialisation with prototype-free field bags', () => {
    const { ecosystem } = buildEcosystem({
      actors: [{ id: 'A', kind: 'firm', fields: { region: 'Limburg' } }, { id: 'B' }],
      relations: [{ source: 'A', target: 'B', kind: 'supply', fields: { year: 2021 } }],
    });
    const copy = deserializeEcosystem(structuredClone(serializeEcosystem(ecosystem)));
    expect(copy.order).toBe(2);
    expect(Object.getPrototypeOf(copy.getNodeAttribute('A', 'fields'))).toBeNull();
    expect(copy.getNodeAttribute('B', 'fields').constructor).toBeUndefined();
    expect(copy.getEdgeAttribute(copy.edges()[0], 'fields').year).toBe(2021);
  });

  it('keeps relations of different types between one pair apart; the tie view joins them', () => {
    const { ecosystem, issues, merged } = buildEcosystem({
      actors: actors(['Ann', 'firm'], ['Acme', 'firm']),
      relations: [
        { source: 'Ann', target: 'Acme', kind: 'employee', origin: origin(2) },
        { source: 'Ann', target: 'Acme', kind: 'investor', strength: 2, origin: origin(3) },
        { source: 'Ann', target: 'Acme', kind: 'Investor', origin: origin(4) },
        { source: 'Ann', target: 'Acme', kind: 'knowledge', origin: origin(5) },
      ],
    });
    expect(ecosystem.size).toBe(3);
    const types = ecosystem.mapEdges((_edge, attributes) => [attributes.kind, attributes.fields.type]);
    expect(types).toEqual([
      ['other', 'employee'],
      ['other', 'investor'],
      ['knowledge', undefined],
    ]);
    expect(merged).toEqual([
      expect.objectContaining({ kind: 'other', type: 'investor', rows: 2, strength: 3 }),
    ]);
    expect(issues.filter((issue) => issue.code === 'unknown-relation-kind')).toHaveLength(3);
    expect(issues.find((issue) => issue.code === 'unknown-relation-kind')?.params).toEqual({
      kind: 'employee',
      field: 'type',
    });
    const tie = buildTieView(ecosystem);
    expect(tie.tieCount).toBe(1);
    expect([...tie.strengths]).toEqual([5, 5]); // 1 + (2 + 1) + 1
  });

  it('keeps an unknown actor kind as the type field', () => {
    const { ecosystem } = buildEcosystem({ actors: [{ id: 'P', kind: 'Person' }], relations: [] });
    expect(ecosystem.getNodeAttributes('P')).toMatchObject({ kind: 'other', fields: { type: 'Person' } });
  });
  it('merges exactly the relations that share endpoints (either order when mutual), kind, direction and year', () => {
    // The definition spelled out on its own, against the index that only compares relations
    // joining a pair already joined.
    const relation = fc.record({
      source: fc.nat(4),
      target: fc.nat(4),
      kind: fc.constantFrom('supply', 'knowledge', 'cooperation'),
      directed: fc.boolean(),
      year: fc.constantFrom(undefined, 2019, 2020),
      strength: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 60 }), (rows) => {
        const records = rows
          .filter((row) => row.source !== row.target)
          .map((row, i) => ({
            source: `a${row.source}`,
            target: `a${row.target}`,
            kind: row.kind,
            directed: row.directed,
            strength: row.strength,
            fields: (row.year === undefined ? {} : { year: row.year }) as Record<string, number>,
            origin: origin(i + 2),
          }));
        const classes = new Map<string, number>();
        for (const r of records) {
          const ends = r.directed || r.source < r.target ? [r.source, r.target] : [r.target, r.source];
          const key = JSON.stringify([...ends, r.kind, r.directed, r.fields.year ?? null]);
          classes.set(key, (classes.get(key) ?? 0) + r.strength);
        }
        const { ecosystem, issues } = buildEcosystem({ actors: [], relations: records });
        expect(ecosystem.size).toBe(classes.size);
        expect(issues.filter((issue) => issue.code === 'duplicate-relation')).toHaveLength(
          records.length - classes.size,
        );
        const strengths = ecosystem.mapEdges((_edge, attributes, source, target) => {
          const ends = attributes.directed || source < target ? [source, target] : [target, source];
          const year = attributes.fields.year ?? null;
          return [JSON.stringify([...ends, attributes.kind, attributes.directed, year]), attributes.strength];
        });
        expect(new Map(strengths as [string, number][])).toEqual(classes);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
