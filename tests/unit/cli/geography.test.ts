/**
 * Geography on the command line as a user runs it: `inspect` says how many actors are placed and
 * how, `analyze` writes the distance and attachment columns and the geography tables.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { disagreement, loadFixture } from '../analysis/reference.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/io');

function clusterscope(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/clusterscope.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('geography on the command line', { timeout: 90_000 }, () => {
  it('inspect reports how actors were placed, and places the rest at centres when asked', () => {
    const files = [join(FIXTURES, 'places-actoren.csv'), join(FIXTURES, 'places-relaties.csv')];
    const plain = clusterscope('inspect', ...files);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Placed: 7 of 11 (from the file 1, by town (gazetteer) 6)');
    expect(plain.stdout).toContain('4 without coordinates, 2 of them with a town to review');
    expect(plain.stdout).toContain('GeoNames');
    expect(plain.stdout).toContain('“Hasselt” matches 2 places (Hasselt BE, Hasselt NL)');
    const centres = clusterscope('inspect', ...files, '--place-at-centre', '--json');
    const report = JSON.parse(centres.stdout);
    expect(report.placement.placed).toEqual({
      file: 1,
      gazetteer: 6,
      'region centre': 1,
      'country centre': 1,
    });
    expect(report.placement.review.map((entry: { code: string }) => entry.code)).toEqual([
      'place-ambiguous',
      'place-unmatched',
    ]);
  });

  it('analyze writes the geography columns and tables, equal to the reference', () => {
    const fixture = loadFixture('geo_border');
    const dir = mkdtempSync(join(tmpdir(), 'clusterscope-geo-'));
    writeFileSync(join(dir, 'actors.csv'), Papa.unparse(fixture.nodes));
    writeFileSync(join(dir, 'relations.csv'), Papa.unparse(fixture.relations));
    const run = clusterscope(
      'analyze',
      join(dir, 'actors.csv'),
      join(dir, 'relations.csv'),
      '--out',
      join(dir, 'nodes.csv'),
      '--summary',
      join(dir, 'summary.json'),
      '--quiet',
    );
    expect(run.code, run.stderr).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'nodes.csv'), 'utf8').trim(), {
      header: true,
    }).data;
    const problems: string[] = [];
    for (const column of ['median_partner_km', 'share_within_km', 'local_attachment', 'cross_border_ties']) {
      for (const row of rows) {
        const expected = fixture.node_measures[column][row.id];
        const problem = disagreement(row[column] === '' ? null : Number(row[column]), expected);
        if (problem) problems.push(`${column} ${row.id}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(rows.find((row) => row.id === 'Nowhere')?.median_partner_km).toBe('');
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.graph.actors_without_coordinates).toBe(1);
    expect(summary.tables.distance_decay.rows.map((row: { ties: number }) => row.ties)).toEqual(
      fixture.table_measures?.distance_decay.map((row) => row.ties),
    );
    expect(
      summary.tables.country_flows.rows.filter((row: { cross_border: number }) => row.cross_border === 1),
    ).toHaveLength(3);
  });
});
