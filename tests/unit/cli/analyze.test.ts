/**
 * `clusterscope analyze` as a user runs it: a reference network written as CSV files goes in,
 * and the actors table that comes out carries the documented columns, in order, with values
 * equal to the reference (NetworkX, R sna) within 1e-6.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { pagerankScores } from '../../../src/analysis/measures/pagerank.ts';
import { fixtureInput, loadFixture } from '../analysis/reference.ts';

const ROOT = join(import.meta.dirname, '../../..');
const PUBLIC_COLUMNS =
  'id,label,kind,degree,weighted_degree,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,core,' +
  'constraint,effective_size,efficiency,hierarchy,community,coordinator,itinerant,representative,gatekeeper,' +
  'liaison,brokerage_total,ei_index,local_ties,external_ties';

interface Fixture {
  nodes: Record<string, string | number | boolean>[];
  relations: { source: string; target: string; kind: string; strength: number; directed: boolean }[];
  node_measures: Record<string, Record<string, number | null>>;
  graph_measures: Record<string, number | null>;
  locality_field: string;
}

function writeFixtureCsv(name: string): { dir: string; fixture: Fixture } {
  const fixture = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/reference', `${name}.json`), 'utf8'),
  ) as Fixture;
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-analyze-'));
  writeFileSync(join(dir, 'actors.csv'), Papa.unparse(fixture.nodes));
  writeFileSync(join(dir, 'relations.csv'), Papa.unparse(fixture.relations));
  return { dir, fixture };
}

function analyze(dir: string, ...flags: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/clusterscope.mjs'),
      'analyze',
      join(dir, 'actors.csv'),
      join(dir, 'relations.csv'),
      '--out',
      join(dir, 'nodes.csv'),
      '--summary',
      join(dir, 'summary.json'),
      ...flags,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
  );
  return { code: run.status, stderr: run.stderr };
}

describe('clusterscope analyze', { timeout: 90_000 }, () => {
  it('writes the documented columns with reference values, in worker threads', () => {
    const { dir, fixture } = writeFixtureCsv('directed_regions');
    const run = analyze(dir, '--local-by', fixture.locality_field, '--threads', '2', '--quiet');
    expect(run.code, run.stderr).toBe(0);
    const csv = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(csv.startsWith(PUBLIC_COLUMNS)).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
    expect(rows.map((row) => row.id)).toEqual(fixture.nodes.map((node) => String(node.id)));
    const compared = [
      'degree',
      'betweenness',
      'closeness',
      'harmonic',
      'pagerank',
      'clustering',
      'core',
      'constraint',
      'effective_size',
      'hierarchy',
      'coordinator',
      'itinerant',
      'representative',
      'gatekeeper',
      'liaison',
      'brokerage_total',
      'gatekeeper_z',
      'ei_index',
      'local_ties',
      'external_ties',
    ];
    for (const measure of compared) {
      for (const row of rows) {
        const expected = fixture.node_measures[measure][row.id];
        if (expected === null) expect(row[measure], `${measure} of ${row.id}`).toBe('');
        else expect(Number(row[measure]), `${measure} of ${row.id}`).toBeCloseTo(expected, 6);
      }
    }
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.graph.diameter).toBe(fixture.graph_measures.diameter);
    expect(summary.graph.average_path_length).toBeCloseTo(
      fixture.graph_measures.average_path_length as number,
      9,
    );
  });

  it('is reproducible: one thread or two, the same bytes', () => {
    const { dir } = writeFixtureCsv('karate_club');
    expect(analyze(dir, '--threads', '1', '--quiet', '--seed', '7').code).toBe(0);
    const single = readFileSync(join(dir, 'nodes.csv'), 'utf8');
    expect(analyze(dir, '--threads', '2', '--quiet', '--seed', '7').code).toBe(0);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toBe(single);
  });

  it('takes any declared measure option with --option and refuses the rest', () => {
    const { dir, fixture } = writeFixtureCsv('karate_club');
    expect(
      analyze(dir, '--quiet', '--option', 'pagerank.alpha=0.5', '--option', 'communities.resolution=2').code,
    ).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'nodes.csv'), 'utf8').trim(), {
      header: true,
    }).data;
    const input = fixtureInput(loadFixture('karate_club'));
    const expected = pagerankScores(input.tie, { alpha: 0.5 }) as Float64Array;
    rows.forEach((row, i) => {
      expect(Number(row.pagerank)).toBeCloseTo(expected[i], 12);
      expect(Number(row.pagerank)).not.toBeCloseTo(fixture.node_measures.pagerank[row.id] as number, 6);
    });
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.settings.options).toEqual({ pagerank: { alpha: 0.5 }, communities: { resolution: 2 } });
    for (const wrong of [
      'pagerank.alpha=2',
      'pagerank.damping=0.5',
      'nosuch.alpha=1',
      'pagerank',
      'paths.sample=2.5',
    ]) {
      const run = analyze(dir, '--quiet', '--option', wrong);
      expect(run.code, wrong).toBe(2);
      expect(run.stderr, wrong).toContain('--option');
    }
  });

  it('exit 2 on a wrong command line, 1 when nothing usable', () => {
    const { dir } = writeFixtureCsv('pair');
    expect(analyze(dir, '--local-by', 'region', '--local-km', '5').code).toBe(2);
    expect(analyze(dir, '--sample', 'many').code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'clusterscope-empty-'));
    writeFileSync(join(empty, 'actors.csv'), 'id,label\n');
    writeFileSync(join(empty, 'relations.csv'), 'source,target\n');
    expect(analyze(empty, '--quiet').code).toBe(1);
  });
});
