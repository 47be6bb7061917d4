/**
 * The columnar path for large files against the full importer: the same actors in the same
 * order, the same fields, and byte-equal tie and flow views; records split across chunks
 * anywhere; every relation row accounted for.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysisInput, kindBitsOfRows, unpackAnalysisInput } from '../../../src/analysis/input.ts';
import { loadNetwork } from '../../../src/cli/load-network.ts';
import { wordingFor } from '../../../src/i18n/i18n.ts';
import { CsvRecordStream } from '../../../src/io/csv-stream.ts';
import { importFiles } from '../../../src/io/index.ts';
import { readColumnarNetwork, type StreamedFile } from '../../../src/io/stream-network.ts';
import { buildViewsFromArcs } from '../../../src/model/views.ts';

const encoder = new TextEncoder();

function streamed(name: string, text: string, chunkSize = 7): StreamedFile {
  const bytes = encoder.encode(text);
  return {
    name,
    size: bytes.length,
    async *chunks() {
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
  };
}

const ACTORS = `id,label,kind,region,lat,sector
a,Alpha BV,firm,north,52.1,C
b,"Beta, Gamma & Co",knowledge,south,51.5,
c,Cees,bedrijf,north,,M
d,Delta,government,,50.9,C
`;
const RELATIONS = `source;target;kind;strength;directed
a;b;supply;2;
b;a;supply;1,5;
a;c;cooperation;;
c;a;cooperation;3;false
a;a;supply;1;
d;e;knowledge;2;yes
;b;supply;1;
b;d;other;nope;
`;

async function bothWays(files: Record<string, string>) {
  const full = await importFiles(
    Object.entries(files).map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
  );
  const fullInput = buildAnalysisInput(full.ecosystem);
  const columnar = await readColumnarNetwork(
    Object.entries(files).map(([name, text]) => streamed(name, text)),
    { decimalMark: ',' },
  );
  return { fullInput, columnar, views: buildViewsFromArcs(columnar, kindBitsOfRows(columnar)) };
}

describe('columnar import', () => {
  it('reads the same actors, fields and views as the full importer', async () => {
    const { fullInput, columnar, views } = await bothWays({
      'relations.csv': RELATIONS,
      'actors.csv': ACTORS,
    });
    expect(columnar.ids).toEqual(fullInput.tie.ids);
    expect(columnar.kinds).toEqual(fullInput.actors.kind);
    for (const field of ['region', 'lat', 'sector']) {
      expect(columnar.fields.get(field), field).toEqual(fullInput.actors.field(field));
    }
    expect(columnar.labels[1]).toBe('Beta, Gamma & Co');
    for (const key of ['offsets', 'neighbours', 'strengths'] as const) {
      expect([...views.tie[key]], `tie ${key}`).toEqual([...fullInput.tie[key]]);
    }
    for (const key of [
      'outOffsets',
      'outNeighbours',
      'outStrengths',
      'inOffsets',
      'inNeighbours',
      'inStrengths',
    ] as const) {
      expect([...views.flow[key]], `flow ${key}`).toEqual([...fullInput.flow[key]]);
    }
    expect([...(views.tieBits as Uint8Array)], 'relation kinds per tie').toEqual([...fullInput.tieKinds]);
  });

  it('builds the same views on shared memory, for the workers to read in place', async () => {
    const { columnar, views } = await bothWays({ 'relations.csv': RELATIONS, 'actors.csv': ACTORS });
    const shared = buildViewsFromArcs(columnar, kindBitsOfRows(columnar), { shared: true });
    const arrays = [
      [shared.tie.offsets, views.tie.offsets],
      [shared.tie.neighbours, views.tie.neighbours],
      [shared.tie.strengths, views.tie.strengths],
      [shared.tieBits, views.tieBits],
      [shared.flow.outOffsets, views.flow.outOffsets],
      [shared.flow.outNeighbours, views.flow.outNeighbours],
      [shared.flow.outStrengths, views.flow.outStrengths],
      [shared.flow.inOffsets, views.flow.inOffsets],
      [shared.flow.inNeighbours, views.flow.inNeighbours],
      [shared.flow.inStrengths, views.flow.inStrengths],
    ] as const;
    for (const [onShared, plain] of arrays) {
      // Compared by tag: a test file may run in another realm than the one that made the buffer.
      expect(Object.prototype.toString.call(onShared?.buffer)).toBe('[object SharedArrayBuffer]');
      expect([...(onShared ?? [])]).toEqual([...(plain ?? [])]);
    }
  });

  it('accounts for every relation row: kept, or left out with its reason, file and row', async () => {
    const { columnar } = await bothWays({ 'actors.csv': ACTORS, 'relations.csv': RELATIONS });
    const rows = columnar.report.files.find((file) => file.name === 'relations.csv')?.rows;
    const leftOut = Object.values(columnar.report.leftOut).reduce((sum, count) => sum + count, 0);
    expect(rows).toBe(8);
    expect(columnar.report.relations + leftOut).toBe(rows);
    expect(columnar.report.leftOut).toEqual({ 'self-loop': 1, 'missing-end': 1 });
    expect(columnar.report.examples).toContainEqual({
      code: 'invalid-strength',
      file: 'relations.csv',
      row: 9,
      column: 'strength',
      value: 'nope',
    });
    expect(columnar.report.implicitActors).toBe(1);
  });

  it('splits records the same way whatever the chunk boundaries, quotes and CRLF included', () => {
    const text = 'x,y\r\n"a ""q""",1\r\n"multi\nline",2\n3,"4,5"\r\nlast,6';
    const whole: string[][] = [];
    const stream = new CsvRecordStream((fields) => whole.push(fields), ',');
    stream.push(text);
    stream.end();
    expect(whole).toEqual([
      ['x', 'y'],
      ['a "q"', '1'],
      ['multi\nline', '2'],
      ['3', '4,5'],
      ['last', '6'],
    ]);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 6 }), (cuts) => {
        const records: string[][] = [];
        const chunked = new CsvRecordStream((fields) => records.push(fields), ',');
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        for (let i = 1; i < bounds.length; i++) chunked.push(text.slice(bounds[i - 1], bounds[i]));
        chunked.end();
        expect(records).toEqual(whole);
      }),
    );
  });

  it('builds views equal to the full importer’s on random edge lists', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.nat(9),
            fc.nat(9),
            fc.integer({ min: 1, max: 4 }),
            fc.boolean(),
            fc.constantFrom('supply', 'knowledge', 'kennis', 'unheard-of'),
          ),
          { maxLength: 40 },
        ),
        async (rows) => {
          const relations = `source,target,strength,directed,kind\n${rows.map(([s, t, w, d, k]) => `n${s},n${t},${w},${d},${k}`).join('\n')}\n`;
          const { fullInput, views } = await bothWays({ 'relations.csv': relations });
          expect([...views.tie.neighbours]).toEqual([...fullInput.tie.neighbours]);
          expect([...views.tie.strengths]).toEqual([...fullInput.tie.strengths]);
          expect([...views.flow.outNeighbours]).toEqual([...fullInput.flow.outNeighbours]);
          expect([...views.flow.inStrengths]).toEqual([...fullInput.flow.inStrengths]);
          expect([...(views.tieBits as Uint8Array)]).toEqual([...fullInput.tieKinds]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('loads the same network both ways in the command line, each on its worker thread', async () => {
    // The full importer runs on a load worker; the columnar path builds its tie view on one.
    const folder = mkdtempSync(join(tmpdir(), 'clusterscope-load-'));
    try {
      const paths = [join(folder, 'actors.csv'), join(folder, 'relations.csv')];
      writeFileSync(paths[0], ACTORS);
      writeFileSync(paths[1], RELATIONS);
      const logged: string[] = [];
      const load = (mode: 'full' | 'columnar') =>
        loadNetwork(paths, { decimalMark: ',' }, mode, (text) => logged.push(text), wordingFor('en'), {
          fullImportOnWorkerFrom: 0,
        });
      const full = await load('full');
      expect(logged.join('')).toContain('relations.csv');
      const columnar = await load('columnar');
      expect(columnar.columnar).toBe(true);
      expect(columnar.labels).toEqual(full.labels);
      // (Relation counts differ: the full importer counts merged relations, the columnar path rows.)
      expect(columnar.actorCount).toBe(full.actorCount);
      const [a, b] = [unpackAnalysisInput(full.packed), unpackAnalysisInput(columnar.packed)];
      expect(b.tie.ids).toEqual(a.tie.ids);
      for (const key of ['offsets', 'neighbours', 'strengths'] as const)
        expect([...b.tie[key]], `tie ${key}`).toEqual([...a.tie[key]]);
      for (const key of ['outOffsets', 'outNeighbours', 'outStrengths', 'inOffsets', 'inNeighbours'] as const)
        expect([...b.flow[key]], `flow ${key}`).toEqual([...a.flow[key]]);
      expect([...b.tieKinds]).toEqual([...a.tieKinds]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
