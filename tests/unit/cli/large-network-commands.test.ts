/**
 * The commands for networks too large to explore whole: `ego` cuts one actor's neighbourhood
 * out, `aggregate` turns firms into region × sector groups, and `analyze --columnar` with
 * --measures; their tables open again with `inspect`, and the counts add up.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';

// Worker threads and file reading on a shared machine: more than the default five seconds.
vi.setConfig({ testTimeout: 120_000 });

import { main } from '../../../src/cli/main.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const rows = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').trim(), { header: true }).data;

const dir = mkdtempSync(join(tmpdir(), 'clusterscope-large-'));
const actors = join(dir, 'actors.csv');
const relations = join(dir, 'relations.csv');
writeFileSync(
  actors,
  'id,label,kind,region,sector\na,A,firm,north,C\nb,B,firm,north,C\nc,C,firm,south,C\nd,D,firm,south,G\ne,E,firm,,G\n',
);
// a → b → c → d → e, and a – c undirected.
writeFileSync(
  relations,
  'source,target,kind,strength,directed\na,b,supply,2,true\nb,c,supply,1,true\nc,d,supply,3,true\nd,e,supply,1,true\na,c,cooperation,1,false\n',
);

describe('clusterscope ego', () => {
  it('writes the actor, everyone within the depth, and the relations among them', async () => {
    const out = join(dir, 'ego');
    const result = await run(
      'ego',
      actors,
      relations,
      '--actor',
      'b',
      '--depth',
      '1',
      '--out',
      out,
      '--quiet',
    );
    expect(result.code).toBe(0);
    expect(rows(join(out, 'actors.csv')).map((row) => [row.id, row.ego_distance])).toEqual([
      ['a', '1'],
      ['b', '0'],
      ['c', '1'],
    ]);
    expect(
      rows(join(out, 'relations.csv')).map((row) => `${row.source}-${row.target}-${row.directed}`),
    ).toEqual(['a-b-true', 'b-c-true', 'a-c-false']);
    const two = await run('ego', actors, relations, '--actor', 'b', '--depth', '2', '--out', out, '--quiet');
    expect(two.code).toBe(0);
    expect(rows(join(out, 'actors.csv'))).toHaveLength(4);
    const inspect = await run('inspect', join(out, 'actors.csv'), join(out, 'relations.csv'));
    expect(inspect.code).toBe(0);
  });

  it('says so when the actor is not in the files', async () => {
    const result = await run(
      'ego',
      actors,
      relations,
      '--actor',
      'zz',
      '--out',
      join(dir, 'none'),
      '--quiet',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no actor "zz"/);
  });
});

describe('clusterscope aggregate', () => {
  it('groups actors by region × sector; ties inside a group stay in it, the rest are summed per pair', async () => {
    const out = join(dir, 'groups');
    expect((await run('aggregate', actors, relations, '--out', out, '--quiet')).code).toBe(0);
    const groups = rows(join(out, 'actors.csv'));
    expect(groups.map((row) => [row.id, row.actors, row.internal_ties])).toEqual([
      ['north / C', '2', '1'],
      ['south / C', '1', '0'],
      ['south / G', '1', '0'],
      ['(missing) / G', '1', '0'],
    ]);
    const flows = rows(join(out, 'relations.csv'));
    expect(flows.map((row) => [row.source, row.target, row.strength, row.directed, row.ties])).toEqual([
      ['north / C', 'south / C', '1', 'false', '1'],
      ['north / C', 'south / C', '1', 'true', '1'],
      ['south / C', 'south / G', '3', 'true', '1'],
      ['south / G', '(missing) / G', '1', 'true', '1'],
    ]);
    const total = flows.reduce((sum, row) => sum + Number(row.ties), 0);
    const inside = groups.reduce((sum, row) => sum + Number(row.internal_ties), 0);
    expect(total + inside).toBe(5);
  });

  it('names the fields it cannot find', async () => {
    const result = await run(
      'aggregate',
      actors,
      relations,
      '--by',
      'nuts3',
      '--out',
      join(dir, 'x'),
      '--quiet',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no field nuts3/);
  });
});

describe('clusterscope analyze --columnar', () => {
  it('runs the measures asked for and writes the same values as the full importer', async () => {
    const columnar = join(dir, 'columnar.csv');
    const full = join(dir, 'full.csv');
    const flags = ['--measures', 'degree,pagerank,core,brokerage', '--quiet', '--threads', '1'];
    expect((await run('analyze', actors, relations, '--columnar', '--out', columnar, ...flags)).code).toBe(0);
    expect((await run('analyze', actors, relations, '--full-import', '--out', full, ...flags)).code).toBe(0);
    expect(readFileSync(columnar, 'utf8')).toBe(readFileSync(full, 'utf8'));
    expect(readFileSync(full, 'utf8').split('\r\n')[0]).toBe(
      'id,label,kind,degree,weighted_degree,pagerank,core,coordinator,itinerant,representative,gatekeeper,liaison,brokerage_total',
    );
  });

  it('refuses an unknown measure with the list of measures', async () => {
    const result = await run('analyze', actors, '--measures', 'degree,nonsense');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no measure "nonsense"; measures: degree/);
  });
});
