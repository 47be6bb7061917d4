/**
 * `clusterscope test` as a researcher runs it: a reference network as CSV files goes in; out
 * come one row per statistic with the values R sna gives, a JSON summary with the sentences,
 * per-actor p-values and every draw — the same bytes on one thread or three.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../analysis/reference.ts';

const ROOT = join(import.meta.dirname, '../../..');

function writeFixtureCsv(name: string): string {
  const fixture = loadFixture(name);
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-test-'));
  writeFileSync(join(dir, 'actors.csv'), Papa.unparse(fixture.nodes));
  writeFileSync(join(dir, 'relations.csv'), Papa.unparse(fixture.relations));
  return dir;
}

function clusterscope(dir: string, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'bin/clusterscope.mjs'),
      'test',
      join(dir, 'actors.csv'),
      join(dir, 'relations.csv'),
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function rows(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

describe('clusterscope test', { timeout: 240_000 }, () => {
  const dir = writeFixtureCsv('directed_regions');
  const common = [
    '--relations',
    'supply,cooperation',
    '--predictors',
    'same:region,km',
    '--permutations',
    '300',
    '--seed',
    '5',
    '--quiet',
  ];

  it('runs every test in worker threads and gives the same bytes on one thread and three', () => {
    const one = clusterscope(
      dir,
      ...common,
      '--threads',
      '1',
      '--out',
      join(dir, 'one.csv'),
      '--summary',
      join(dir, 'summary.json'),
      '--actors',
      join(dir, 'actors-p.csv'),
      '--distributions',
      join(dir, 'draws.csv'),
    );
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const three = clusterscope(dir, ...common, '--threads', '3', '--out', join(dir, 'three.csv'));
    expect(three.code).toBe(0);
    const text = readFileSync(join(dir, 'one.csv'), 'utf8');
    expect(readFileSync(join(dir, 'three.csv'), 'utf8')).toBe(text);

    const table = rows(text);
    expect(new Set(table.map((row) => row.test))).toEqual(
      new Set(['ei-permutation', 'ei-uniform-graph', 'qap-correlation', 'mrqap', 'brokerage-permutation']),
    );
    // The observed statistics are R sna's (the fixture's runs with the same options).
    const fixture = loadFixture('directed_regions');
    const reference = (test: string, options: Record<string, unknown>) =>
      fixture.statistics.find(
        (run) => run.test === test && JSON.stringify(run.options) === JSON.stringify(options),
      );
    const ei = reference('ei-permutation', { field: 'region' });
    const qap = reference('qap-correlation', { relations: 'supply,cooperation' });
    const mrqap = reference('mrqap', { dependent: 'supply', predictors: 'cooperation,same:region,km' });
    const observed = (test: string, statistic: string) =>
      Number(table.find((row) => row.test === test && row.statistic === statistic)?.observed);
    expect(observed('ei-permutation', 'ei_index')).toBeCloseTo(
      ei?.statistics.ei_index.observed as number,
      12,
    );
    expect(observed('qap-correlation', 'correlation')).toBeCloseTo(
      qap?.statistics.correlation.observed as number,
      12,
    );
    for (const term of ['(intercept)', 'cooperation', 'same:region', 'km'])
      expect(observed('mrqap', `t:${term}`)).toBeCloseTo(
        mrqap?.statistics[`t:${term}`].observed as number,
        9,
      );
    for (const row of table) {
      expect(row.permutations).toBe('300');
      expect(Number(row.p_two_sided)).toBeGreaterThanOrEqual(0);
    }

    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.skipped).toEqual([]);
    const network = summary.tests[0].statistics[0];
    expect(network.text).toMatch(/^Ties .* E-I 0\.06, p = .* over 300 permutations\.$/);
    expect(network.histogram.counts.reduce((a: number, b: number) => a + b, 0)).toBe(300);
    expect(network.distribution).toBeUndefined();

    const perActor = rows(readFileSync(join(dir, 'actors-p.csv'), 'utf8'));
    expect(perActor).toHaveLength(30);
    expect(Object.keys(perActor[0])).toEqual(
      expect.arrayContaining(['id', 'gatekeeper_p_greater', 'liaison_p_less']),
    );
    const draws = rows(readFileSync(join(dir, 'draws.csv'), 'utf8'));
    expect(draws).toHaveLength(300);
    expect(Object.keys(draws[0])).toContain('qap-correlation:correlation');
  });

  it('groups by a measure column when no actor has a field of that name', () => {
    const run = clusterscope(
      dir,
      '--test',
      'ei-permutation',
      '--field',
      'core_member',
      '--permutations',
      '50',
      '--quiet',
    );
    expect(run.code).toBe(0);
    const table = rows(run.stdout);
    expect(table.map((row) => row.statistic)).toEqual(['ei_index', 'ei_index:1', 'ei_index:0']);
  });

  it('exit 2 on a wrong command line, 1 when a named test cannot run, 0 for --help', () => {
    expect(clusterscope(dir, '--test', 'nope').code).toBe(2);
    expect(clusterscope(dir, '--permutations', '0').code).toBe(2);
    expect(clusterscope(dir, '--option', 'mrqap.nope=1').code).toBe(2);
    const impossible = clusterscope(
      dir,
      '--test',
      'qap-correlation',
      '--relations',
      'supply,knowledge',
      '--quiet',
    );
    expect(impossible.code).toBe(1);
    expect(impossible.stderr).toMatch(/no relations of kind "knowledge"/);
    const help = spawnSync(process.execPath, [join(ROOT, 'bin/clusterscope.mjs'), 'test', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/mrqap\.predictors/);
  });
});
