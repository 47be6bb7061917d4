/**
 * `clusterscope reproduce`: the files it writes, and — where R (sna, igraph) and Python
 * (NetworkX, numpy, scipy) are installed — the scripts run on them and find every value within
 * 1e-6 and every p-value within three Monte Carlo standard errors. Without R or Python those
 * runs are skipped, and say so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeReproduction } from '../../../src/io/reproduce/reproduction.ts';
import { loadFixture } from '../analysis/reference.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SAMPLE = join(ROOT, 'sample-networks/border-ecosystem');

function available(command: string, args: string[]): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  return run.status === 0;
}

const HAS_PYTHON = available('python3', ['-c', 'import networkx, numpy, scipy']);
const HAS_R = available('Rscript', ['-e', 'suppressMessages({library(sna); library(igraph)})']);

function reproduce(files: string[], out: string, ...flags: string[]) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'bin/clusterscope.mjs'), 'reproduce', ...files, '--out', out, '--quiet', ...flags],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  );
}

function runScript(out: string, language: 'r' | 'python') {
  const [command, script] = language === 'r' ? ['Rscript', 'reproduce.R'] : ['python3', 'reproduce.py'];
  return spawnSync(command, [script], { cwd: out, encoding: 'utf8', timeout: 600_000 });
}

function fixtureFiles(name: string): string[] {
  const fixture = loadFixture(name);
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-reproduce-'));
  // Every field of every node (Papa.unparse would take the first node's keys only).
  const fields = [...new Set(fixture.nodes.flatMap((node) => Object.keys(node)))];
  writeFileSync(join(dir, 'actors.csv'), Papa.unparse(fixture.nodes, { columns: fields }));
  writeFileSync(join(dir, 'relations.csv'), Papa.unparse(fixture.relations));
  return [join(dir, 'actors.csv'), join(dir, 'relations.csv')];
}

const ALL_TESTS = [
  '--test',
  'ei-permutation,ei-uniform-graph,qap-correlation,mrqap,brokerage-permutation',
  '--relations',
  'supply,cooperation',
  '--predictors',
  'same:region,km',
  '--permutations',
  '200',
];

describe('reproduction files', { timeout: 120_000 }, () => {
  it('write the network, the values, the settings and the script, text cells guarded against formulas', () => {
    const files = writeReproduction(
      {
        nodes: { ids: ['=cmd', 'b'], kinds: ['firm', 'other'], fields: { region: ['-north', 'south'] } },
        relations: [{ source: 0, target: 1, kind: 'supply', strength: 2, directed: true }],
        measures: [{ name: 'degree', values: [1, Number.NaN] }],
        figures: { density: 1, label: 'text figures are left out' },
        settings: { locality: { localBy: 'region', localKm: 0 } },
        tests: [
          {
            test: 'ei-permutation',
            options: { field: 'region' },
            permutations: 10,
            seed: 1,
            statistics: [{ id: 'ei_index', observed: 1, p: { greater: 1, less: 0.5, twoSided: 1 } }],
            figures: {},
          },
        ],
      },
      'python',
    );
    expect(files.map((file) => file.name)).toEqual([
      'nodes.csv',
      'relations.csv',
      'measures.csv',
      'figures.csv',
      'settings.csv',
      'tests.csv',
      'reproduce.py',
      'README.txt',
    ]);
    const text = (name: string) => files.find((file) => file.name === name)?.text ?? '';
    expect(text('nodes.csv')).toBe("index,id,kind,region\r\n0,'=cmd,firm,'-north\r\n1,b,other,south\r\n");
    expect(text('relations.csv')).toBe('source,target,kind,strength,directed\r\n0,1,supply,2,true\r\n');
    expect(text('measures.csv')).toBe('index,degree\r\n0,1\r\n1,\r\n');
    expect(text('figures.csv')).toBe('name,value\r\ndensity,1\r\n');
    expect(text('tests.csv').split('\r\n')).toContain('1,ei-permutation,statistic:ei_index:p_less,0.5');
    expect(text('reproduce.py')).toMatch(/^#!\/usr\/bin\/env python3/);
    expect(text('README.txt')).toMatch(/python3 reproduce\.py/);
  });

  it('the command writes them for R as well, and refuses a missing --lang or --out', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-reproduce-r-'));
    const files = fixtureFiles('krackhardt_kite');
    expect(reproduce(files, out, '--lang', 'r').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [
        'README.txt',
        'figures.csv',
        'measures.csv',
        'nodes.csv',
        'relations.csv',
        'reproduce.R',
        'settings.csv',
        'tests.csv',
      ].sort(),
    );
    expect(readFileSync(join(out, 'measures.csv'), 'utf8').split('\r\n')[0]).toMatch(
      /^index,degree,weighted_degree,/,
    );
    expect(reproduce(files, out).status).toBe(2);
    expect(reproduce(files, out, '--lang', 'julia').status).toBe(2);
  });
});

describe.each([
  ['python', HAS_PYTHON],
  ['r', HAS_R],
] as const)('the %s script recomputes our values', (language, present) => {
  it.skipIf(!present)(
    'on the directed reference network, with every test against chance',
    { timeout: 600_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), `clusterscope-reproduce-${language}-`));
      const written = reproduce(fixtureFiles('directed_regions'), out, '--lang', language, ...ALL_TESTS);
      expect(written.stderr).toBe('');
      expect(written.status).toBe(0);
      const run = runScript(out, language);
      expect(run.stdout).toMatch(/p-values: (\d+) of \1 within 3 Monte Carlo standard errors/);
      expect(run.stdout).toMatch(/Reproduced within 1e-6\./);
      expect(run.status).toBe(0);
    },
  );

  it.skipIf(!present)(
    'on the geography reference network (coordinates, countries, knowledge ties)',
    { timeout: 600_000 },
    () => {
      const out = mkdtempSync(join(tmpdir(), `clusterscope-reproduce-${language}-`));
      expect(reproduce(fixtureFiles('geo_border'), out, '--lang', language).status).toBe(0);
      const run = runScript(out, language);
      expect(run.stdout).toMatch(/^local_attachment +\d+ /m);
      expect(run.stdout).toMatch(/^median_partner_km +\d+ /m);
      expect(run.stdout).toMatch(/Reproduced within 1e-6\./);
      expect(run.status).toBe(0);
    },
  );

  it.skipIf(!present)('on the default sample, border-ecosystem', { timeout: 600_000 }, () => {
    const out = mkdtempSync(join(tmpdir(), `clusterscope-reproduce-${language}-`));
    const files = [join(SAMPLE, 'actors.csv'), join(SAMPLE, 'relations.csv')];
    const written = reproduce(
      files,
      out,
      '--lang',
      language,
      '--test',
      'ei-permutation,brokerage-permutation',
      '--permutations',
      '200',
    );
    expect(written.status).toBe(0);
    const run = runScript(out, language);
    const largest = /Largest difference over (\d+) recomputed values: (\S+)/.exec(run.stdout);
    expect(largest, run.stdout.slice(-2000)).not.toBeNull();
    expect(Number(largest?.[1])).toBeGreaterThan(20_000);
    expect(Number(largest?.[2])).toBeLessThan(1e-6);
    expect(run.status, run.stdout.slice(-3000)).toBe(0);
  });
});
