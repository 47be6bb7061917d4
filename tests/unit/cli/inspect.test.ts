/** The real command, spawned as a user runs it: output and exit codes 0, 1 and 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/io');

function clusterscope(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/clusterscope.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each spawn starts node and tsx: allow for a busy machine.
describe('clusterscope inspect', { timeout: 60_000 }, () => {
  it('prints counts by kind, merges, warnings and errors with file, row and column; exit 0', () => {
    const run = clusterscope(
      'inspect',
      join(FIXTURES, 'broken-actors.csv'),
      join(FIXTURES, 'broken-relations.csv'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Actors: 4 (other 2, firm 1, knowledge institution 1)');
    expect(run.stdout).toContain('Relations: 4 (supply 2, knowledge 1, other 1)');
    expect(run.stdout).toContain(
      'broken-relations.csv, row 3, column “target”: Relation without a source or target',
    );
    expect(run.stdout).toContain('broken-relations.csv, row 4, column “strength”: Cannot read “abc”');
    expect(run.stdout).toContain('4 rows left out of the graph');
  });

  it('survey: names equal after normalisation merged, the similar one only with --merge-similar', () => {
    const plain = clusterscope('inspect', join(FIXTURES, 'survey-three-spellings.csv'));
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('"van den Berg BV" → "Van den Berg B.V."');
    expect(plain.stdout).toContain('"Van den Berg B.V." ~ "Van den Berg Precisie"');
    expect(plain.stdout).toContain('Actors: 7');
    const merged = clusterscope(
      'inspect',
      join(FIXTURES, 'survey-three-spellings.csv'),
      '--merge-similar',
      '--json',
    );
    expect(merged.code).toBe(0);
    const report = JSON.parse(merged.stdout);
    expect(report.actorCount).toBe(6);
    expect(report.nameMerges).toHaveLength(2);
  });

  it('--json, --delimiter, --decimal and --encoding; --rejected writes the rows left out', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-'));
    const rejected = join(out, 'rejected.csv');
    const run = clusterscope(
      'inspect',
      join(FIXTURES, 'dutch-excel-actoren.csv'),
      join(FIXTURES, 'broken-relations.csv'),
      '--json',
      '--rejected',
      rejected,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files.map((file: { role: string }) => file.role)).toEqual([
      'actors',
      'relations',
    ]);
    expect(readFileSync(rejected, 'utf8')).toContain('broken-relations.csv,6,self-loop');

    const forced = clusterscope(
      'inspect',
      join(FIXTURES, 'windows-1252-edges.csv'),
      '--encoding',
      'utf-8',
      '--json',
    );
    expect(JSON.parse(forced.stdout).files[0].encoding).toBe('utf-8');
    const semicolons = join(out, 'edges.txt');
    writeFileSync(semicolons, 'a;b;c\nx;y;1,5\n');
    const byHand = clusterscope('inspect', semicolons, '--delimiter', 'tab', '--decimal', ',', '--json');
    expect(byHand.code).toBe(1); // one column "a;b;c": no source and target, nothing usable
    expect(JSON.parse(byHand.stdout).files[0].delimiter).toBe('\t');
  });

  it('exit 1 when nothing usable; exit 2 on usage errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-'));
    const junk = join(out, 'junk.gexf');
    writeFileSync(junk, '<gexf><graph>');
    const nothing = clusterscope('inspect', junk);
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toContain('Actors: 0');
    expect(clusterscope('inspect').code).toBe(2);
    expect(clusterscope('inspect', '--bogus', junk).code).toBe(2);
    expect(clusterscope('inspect', join(out, 'missing.csv')).stderr).toContain('no such file');
    expect(clusterscope('inspect', junk, '--delimiter', 'x').code).toBe(2);
    expect(clusterscope('constructor').code).toBe(2);
    expect(clusterscope().code).toBe(2);
    const help = clusterscope('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('inspect');
    expect(clusterscope('inspect', '--help').stdout).toContain('--merge-similar');
  });
});
