/**
 * `clusterscope export --parquet`: actors and ties written as Parquet and read back with a
 * Parquet reader (hyparquet): GraphFrames' layout (`id`; `src`, `dst`), every tie's ends among
 * the ids, strengths and fields as the analysis reads them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { fixtureInput, loadFixture } from '../analysis/reference.ts';

async function readParquet(path: string) {
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { rows: await parquetReadObjects({ file }), metadata: parquetMetadata(file) };
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('clusterscope export --parquet', () => {
  const fixture = loadFixture('directed_regions');
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-export-'));
  writeFileSync(join(dir, 'actors.csv'), Papa.unparse(fixture.nodes));
  writeFileSync(join(dir, 'relations.csv'), Papa.unparse(fixture.relations));

  it.each([['--parquet'], ['--format', 'parquet']])(
    'writes actors and ties that read back (%s)',
    async (...flags) => {
      const out = join(dir, `out${flags.length}`);
      const result = await run(
        'export',
        join(dir, 'actors.csv'),
        join(dir, 'relations.csv'),
        ...flags,
        '--out',
        out,
        '--quiet',
      );
      expect(result.code).toBe(0);
      const input = fixtureInput(fixture);
      const actors = await readParquet(join(out, 'actors.parquet'));
      const ties = await readParquet(join(out, 'ties.parquet'));
      expect(actors.rows.map((row) => row.id)).toEqual(input.tie.ids);
      expect(actors.rows.map((row) => row.kind)).toEqual(input.actors.kind);
      expect(actors.rows.map((row) => row.region)).toEqual(input.actors.field('region'));
      expect(ties.rows).toHaveLength(input.flow.arcCount);
      const ids = new Set(input.tie.ids);
      for (const tie of ties.rows) {
        expect(ids.has(tie.src as string) && ids.has(tie.dst as string)).toBe(true);
      }
      const first = input.flow.outNeighbours[input.flow.outOffsets[0]];
      expect(ties.rows[0]).toEqual({
        src: input.tie.ids[0],
        dst: input.tie.ids[first],
        strength: input.flow.outStrengths[input.flow.outOffsets[0]],
      });
      const schema = ties.metadata.schema.map((element) => element.name);
      expect(schema).toEqual(['root', 'src', 'dst', 'strength']);
    },
  );

  it('refuses a format it does not know, or no format, with exit 2', async () => {
    expect((await run('export', join(dir, 'actors.csv'), '--format', 'xls', '--out', dir)).code).toBe(2);
    expect((await run('export', join(dir, 'actors.csv'), '--out', dir)).code).toBe(2);
    expect(
      (await run('export', join(dir, 'actors.csv'), '--parquet', '--format', 'gml', '--out', dir)).code,
    ).toBe(2);
  });
});
