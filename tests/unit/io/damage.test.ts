/**
 * Property: whatever damage a file has (a stray quote, mixed line endings, bytes that are not
 * UTF-8, cells beyond the header, a cut-off end), the import keeps every row it can read, lists
 * each row it cannot with its number, and its counts add up to the rows in the file. Damages are
 * generated at random (fast-check) on random edge lists; the large versions of the same damages
 * are in scripts/hostile-files.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longNamesSurvey, spellingVariantsCsv, unclosedQuoteCsv } from '../../../scripts/hostile-files.ts';
import { importFiles, proposeMerges } from '../../../src/io/index.ts';
import { boundedLevenshtein } from '../../../src/io/reconcile.ts';
import { textFile } from './helpers.ts';

const name = fc.stringMatching(/^[A-Z][a-zà-ü]{1,6}( [A-Z][a-z]{1,5})?$/);
const edgeList = fc.array(fc.tuple(name, name, fc.integer({ min: 1, max: 5 })), {
  minLength: 1,
  maxLength: 40,
});

type Damage =
  | { kind: 'stray-quote'; row: number }
  | { kind: 'line-endings'; seed: number }
  | { kind: 'bad-byte'; row: number }
  | { kind: 'extra-cells'; rows: number[] };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('stray-quote' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('line-endings' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('bad-byte' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('extra-cells' as const), rows: fc.array(fc.nat(), { maxLength: 5 }) }),
);

/** The file's bytes and the number of data rows it holds. */
function damaged(rows: [string, string, number][], harm: Damage): Uint8Array {
  const lines = rows.map(([source, target, strength]) => `${source},${target},${strength}`);
  if (harm.kind === 'stray-quote') lines[harm.row % lines.length] = `"${lines[harm.row % lines.length]}`;
  if (harm.kind === 'extra-cells')
    for (const row of harm.rows) lines[row % lines.length] += `,extra ${row},${row}`;
  const endings = ['\r\n', '\n', '\r'];
  let text = 'source,target,strength\n';
  lines.forEach((line, i) => {
    text += line + (harm.kind === 'line-endings' ? endings[(harm.seed + i * 7) % 3] : '\n');
  });
  const bytes = new TextEncoder().encode(text);
  if (harm.kind !== 'bad-byte') return bytes;
  // Replace the first letter of a data row with a byte that is never UTF-8.
  const row = (harm.row % lines.length) + 1;
  let at = 0;
  for (let seen = 0; seen < row; at++) if (bytes[at] === 10) seen++;
  const out = bytes.slice();
  out[at] = 0xff;
  return out;
}

describe('damaged files: rows kept, rows left out listed, counts adding up', () => {
  it('random damage on random edge lists', async () => {
    await fc.assert(
      fc.asyncProperty(edgeList, damage, async (rows, harm) => {
        const bytes = damaged(rows, harm);
        const { report } = await importFiles([{ name: 'edges.csv', bytes }]);
        const [file] = report.files;
        // Every data row is accounted for, none swallowed by another.
        expect(file.rows).toBe(rows.length);
        expect(file.kept + file.leftOut).toBe(rows.length);
        const merged = report.merged.reduce((sum, relation) => sum + relation.rows - 1, 0);
        expect(report.relationCount + merged).toBe(file.kept);
        for (const left of report.rejected) expect(left.row).toBeGreaterThan(1);
        // The only rows left out are self-loops (a name paired with itself).
        expect(report.rejected.every((left) => left.code === 'self-loop')).toBe(true);
        if (harm.kind === 'bad-byte') {
          // A file with UTF-8 letters in it stays UTF-8, the broken byte reported by row; a file
          // whose only non-ASCII byte is the broken one gives no sign of UTF-8 and is read as
          // Windows-1252 (src/io/decode.ts), where every byte is a letter and no row is lost.
          const hasUtf8Letters = rows.some(([source, target]) =>
            [...source, ...target].some((letter) => letter.charCodeAt(0) > 0x7f),
          );
          expect(file.encoding).toBe(hasUtf8Letters ? 'utf-8' : 'windows-1252');
          expect(report.issues.some((found) => found.code === 'invalid-bytes')).toBe(hasUtf8Letters);
        }
        if (harm.kind === 'stray-quote')
          expect(
            report.issues.some((found) => found.code === 'stray-quote' || found.code === 'text-after-quote'),
          ).toBe(true);
        if (harm.kind === 'extra-cells' && harm.rows.length > 0)
          expect(report.issues.some((found) => found.code === 'extra-cells')).toBe(true);
        expect(report.outcome.status).not.toBe('failed');
      }),
      { numRuns: 150 },
    );
  });

  it('random bytes in the middle of a graph file, or a file cut anywhere: reported, never thrown', async () => {
    const files = {
      'g.net': '*Vertices 3\n1 "A" 0.1 0.2\n2 "B"\n3 "C"\n*Arcs\n1 2 1\n2 3 2\n*Edges\n1 3\n',
      'g.gml':
        'graph [\n directed 1\n node [ id 1 label "A" ]\n node [ id 2 label "B" ]\n edge [ source 1 target 2 ]\n]\n',
      'g.dl': 'dl n=3\nformat=edgelist1\nlabels:\nA,B,C\ndata:\n1 2 1\n2 3 1\n',
      'g.gexf':
        '<gexf><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
      'g.graphml':
        '<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>',
      'g.json': '{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}',
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.entries(files)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ maxLength: 8 }),
        async ([fileName, text], where, insert) => {
          const at = Math.floor(where * text.length);
          for (const variant of [text.slice(0, at), text.slice(0, at) + insert + text.slice(at)]) {
            const { report } = await importFiles([textFile(fileName, variant)]);
            for (const file of report.files) expect(file.kept + file.leftOut).toBe(file.rows);
            expect(['complete', 'partial', 'failed']).toContain(report.outcome.status);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an unclosed quote in row 10 swallows nothing after it', async () => {
    const { report } = await importFiles([textFile('edges.csv', unclosedQuoteCsv(2000, 10))]);
    expect(report.files[0]).toMatchObject({ rows: 2000, leftOut: report.rejected.length });
    expect(report.issues.filter((found) => found.code === 'stray-quote')).toEqual([
      expect.objectContaining({ row: 11 }),
    ]);
  });
});

describe('name matching is bounded', () => {
  it('the banded distance equals the full distance within its limit', () => {
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0][j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length][b.length];
    };
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(letters, letters, fc.nat(6), (a, b, limit) => {
        const exact = full(a, b);
        expect(boundedLevenshtein(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('two 20,000-character names one letter apart, and 50,000 spellings of one firm', async () => {
    const long = await importFiles([textFile('survey.csv', longNamesSurvey(20_000))]);
    expect(long.report.actorCount).toBe(4);
    const variants = await importFiles([textFile('edges.csv', spellingVariantsCsv(50_000))], {
      mergeSimilar: true,
    });
    expect(variants.report.nameMerges).toHaveLength(1);
    expect(variants.report.nameMerges[0].names.length).toBeGreaterThan(100);
  }, 60_000);

  it('numbers identify: "Unit 1" and "Unit 2" are never proposed as one', () => {
    expect(
      proposeMerges(['Bedrijf 12 BV', 'Bedrijf 13 BV', 'Hollandia Techniek', 'Hollandia Technik']),
    ).toEqual([expect.objectContaining({ names: ['Hollandia Techniek', 'Hollandia Technik'] })]);
  });
});
