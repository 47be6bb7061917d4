/**
 * Property: every writer/reader pair gives back the ecosystem it was given, for random graphs
 * whose ids and fields include unicode, commas, quotes, newlines, formula starts and the names
 * of Object.prototype members.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProject,
  importFiles,
  writeActorsCsv,
  writeEdgesCsv,
  writeGexf,
  writeGraphml,
  writeGraphologyJson,
  writeProject,
} from '../../../src/io/index.ts';
import { buildEcosystem, type Ecosystem } from '../../../src/model/ecosystem.ts';
import { createFields, type FieldValue } from '../../../src/model/fields.ts';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../src/model/kinds.ts';
import { snapshot, textFile } from './helpers.ts';

const TRICKY = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'a,b',
  'say "hi"',
  'two\nlines',
  'cr\rhere',
  '=SUM(A1)',
  '-5',
  '+31 6',
  '@home',
  '\tindent',
  'Müller GmbH',
  'Société Générale',
  '東京',
  '🙂 ok',
  'x;y|z',
  '<tag> & "q"',
];

/** Characters XML 1.0 cannot hold even escaped (the XML writers drop them), so they cannot round-trip. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Text as people write it in cells: no surrounding blanks (readers trim), nothing XML cannot hold. */
const text = fc
  .oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }))
  .filter(
    (value) => value.trim() === value && value !== '' && !NOT_IN_XML.test(value) && !value.startsWith("'"),
  );
/** Text that no reader could take for a number, a yes/no or a date, so its column stays text. */
const word = text.map((value) => `v${value}`);

const graphArbitrary = fc
  .record({
    ids: fc.uniqueArray(text, { minLength: 1, maxLength: 8 }),
    actorKinds: fc.array(fc.constantFrom(...ACTOR_KINDS), { minLength: 8, maxLength: 8 }),
    labels: fc.array(fc.option(text, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    notes: fc.array(fc.option(word, { nil: undefined }), { minLength: 8, maxLength: 8 }),
    turnovers: fc.array(
      fc.option(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x + 0) /* -0 is written as 0 */,
        { nil: undefined },
      ),
      { minLength: 8, maxLength: 8 },
    ),
    relations: fc.array(
      fc.record({
        source: fc.nat(),
        target: fc.nat(),
        kind: fc.constantFrom(...RELATION_KINDS),
        directed: fc.boolean(),
        strength: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
        proto: fc.option(word, { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ ids, actorKinds, labels, notes, turnovers, relations }): Ecosystem => {
    const actors = ids.map((id, i) => ({
      id,
      label: labels[i] ?? id,
      kind: actorKinds[i],
      fields: createFields(
        (
          [
            ['__proto__', notes[i]],
            ['note', notes[i]],
            ['Omzet', turnovers[i]],
          ] as [string, FieldValue | undefined][]
        ).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined),
      ),
    }));
    const records = relations.map((r) => ({
      source: ids[r.source % ids.length],
      target: ids[r.target % ids.length],
      kind: r.kind,
      directed: r.directed,
      strength: r.strength,
      fields: createFields(
        (
          [
            ['year', r.year],
            ['constructor', r.proto],
          ] as [string, FieldValue | undefined][]
        ).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined),
      ),
    }));
    return buildEcosystem({ actors, relations: records }).ecosystem;
  });

const PAIRS: [string, (ecosystem: Ecosystem) => { name: string; text: string }[]][] = [
  [
    'actors and edges CSV',
    (e) => [
      { name: 'actors.csv', text: writeActorsCsv(e) },
      { name: 'edges.csv', text: writeEdgesCsv(e) },
    ],
  ],
  ['GEXF', (e) => [{ name: 'graph.gexf', text: writeGexf(e) }]],
  ['GraphML', (e) => [{ name: 'graph.graphml', text: writeGraphml(e) }]],
  ['graphology JSON', (e) => [{ name: 'graph.json', text: writeGraphologyJson(e) }]],
  ['project file', (e) => [{ name: 'project.json', text: writeProject(createProject(e)) }]],
];

describe('writers and readers round-trip random graphs', () => {
  for (const [name, write] of PAIRS) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(graphArbitrary, async (ecosystem) => {
          const files = write(ecosystem).map((file) => textFile(file.name, file.text));
          const { ecosystem: back, report } = await importFiles(files);
          expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
          expect(snapshot(back)).toEqual(snapshot(ecosystem));
          expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
        }),
        { numRuns: 60 },
      );
    });
  }

  it('GEXF and GraphML keep positions and colours', async () => {
    const { ecosystem } = buildEcosystem({
      actors: [{ id: 'a' }, { id: 'b' }],
      relations: [{ source: 'a', target: 'b' }],
    });
    const positions = new Map([
      ['a', { x: 1.5, y: -2 }],
      ['b', { x: 0, y: 3 }],
    ]);
    const colors = new Map([['a', '#ff8000']]);
    for (const [fileName, text] of [
      ['g.gexf', writeGexf(ecosystem, { positions, colors })],
      ['g.graphml', writeGraphml(ecosystem, { positions, colors })],
      ['g.json', writeGraphologyJson(ecosystem, { positions, colors })],
    ]) {
      const { layout } = await importFiles([textFile(fileName, text)]);
      expect(layout.positions.get('a')).toEqual({ x: 1.5, y: -2 });
      expect(layout.colors.get('a')).toBe('#ff8000');
    }
  });
});
