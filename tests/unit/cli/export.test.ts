/**
 * `clusterscope export` as a user runs it, and the honest exit codes of every command: a
 * failed import exits 1 with its cause; an output path that cannot be written is refused before
 * any work (exit 2); a write that fails at the end says why (exit 1), never with a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { say, wordingFor } from '../../../src/i18n/i18n.ts';

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

describe('clusterscope export', { timeout: 60_000 }, () => {
  it('writes Pajek with partitions and vectors, GML and DL that read back as the same network', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-export-'));
    const inputs = [join(FIXTURES, 'dutch-excel-actoren.csv'), join(FIXTURES, 'dutch-excel-relaties.csv')];
    const pajek = clusterscope(
      'export',
      ...inputs,
      '--format',
      'pajek',
      '--out',
      join(out, 'dutch.net'),
      '--partition',
      'community',
      '--partition',
      'kind',
      '--vector',
      'pagerank',
      '--quiet',
    );
    expect(pajek.code).toBe(0);
    expect(readFileSync(join(out, 'dutch.net'), 'utf8')).toContain('*Arcs :2 "supply"');
    expect(readFileSync(join(out, 'dutch-kind.clu'), 'utf8')).toContain('% 1 = firm');
    expect(readFileSync(join(out, 'dutch-pagerank.vec'), 'utf8').split('\r\n')).toHaveLength(7);
    const back = clusterscope(
      'inspect',
      '--json',
      join(out, 'dutch.net'),
      join(out, 'dutch-community.clu'),
      join(out, 'dutch-pagerank.vec'),
    );
    const report = JSON.parse(back.stdout);
    expect([report.actorCount, report.relationCount, report.outcome.status]).toEqual([5, 5, 'complete']);
    for (const format of ['gml', 'dl']) {
      const file = join(out, `dutch.${format}`);
      expect(clusterscope('export', ...inputs, '--format', format, '--out', file).code).toBe(0);
      const read = JSON.parse(clusterscope('inspect', '--json', file).stdout);
      expect([read.actorCount, read.outcome.status], format).toEqual([5, 'complete']);
    }
  });

  it('exit 2 on a wrong command line, 1 when the import fails, with its cause', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-export-'));
    const input = join(FIXTURES, 'dutch-excel-relaties.csv');
    expect(clusterscope('export', input, '--format', 'dot', '--out', join(out, 'x')).code).toBe(2);
    expect(clusterscope('export', input, '--format', 'gml').code).toBe(2);
    expect(
      clusterscope('export', input, '--format', 'gml', '--out', join(out, 'x'), '--vector', 'pagerank').code,
    ).toBe(2);
    const missingField = clusterscope(
      'export',
      input,
      '--format',
      'pajek',
      '--out',
      join(out, 'x.net'),
      '--partition',
      'shoe_size',
    );
    expect(missingField.code).toBe(2);
    expect(missingField.stderr).toContain('"shoe_size" is neither a measure nor a field');
    const failed = clusterscope(
      'export',
      join(FIXTURES, 'formats/old-excel.xls'),
      '--format',
      'gml',
      '--out',
      join(out, 'y.gml'),
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(
      'Import failed: Nothing usable was read: This is an Excel 97–2003 workbook',
    );
    expect(existsSync(join(out, 'y.gml'))).toBe(false);
  });
});

describe('output paths are checked before the work starts', { timeout: 60_000 }, () => {
  it('a missing folder, a folder for a file and a full disk (/dev/full) end in a sentence, not a stack trace', () => {
    const out = mkdtempSync(join(tmpdir(), 'clusterscope-out-'));
    mkdirSync(join(out, 'folder'));
    const input = join(FIXTURES, 'dutch-excel-relaties.csv');
    const cases: [string[], RegExp][] = [
      [
        ['analyze', input, '--out', join(out, 'missing', 'nodes.csv')],
        /--out .*: the folder .*missing does not exist/,
      ],
      [['analyze', input, '--summary', join(out, 'folder')], /--summary .*: that is a folder/],
      [['inspect', input, '--rejected', join(out, 'nowhere', 'r.csv')], /--rejected .*does not exist/],
      [['export', input, '--format', 'gml', '--out', join(out, 'nope', 'x.gml')], /does not exist/],
    ];
    if (existsSync('/dev/full'))
      cases.push([
        ['analyze', input, '--out', '/dev/full'],
        /--out \/dev\/full: the disk holding \/dev\/full is full/,
      ]);
    for (const [args, message] of cases) {
      const run = clusterscope(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stderr).not.toContain('Files'); // nothing was imported or analysed first
    }
  });

  it('inspect exits 1 when most relation rows are unreadable, naming the cause', () => {
    const run = clusterscope('inspect', join(FIXTURES, 'formats/sigma-edges-unreadable.json'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Import failed: 3 of 3 relation rows could not be read\. Most often: Edge #1 has no source; left out\./,
    );
  });
});

describe('a write that fails after the work', () => {
  it('says why in a sentence (a full disk, a missing folder), for main to print with exit 1', async () => {
    const { OutputError, writeOutput } = await import('../../../src/cli/output-paths.ts');
    if (existsSync('/dev/full')) {
      const failure = await writeOutput('--out', '/dev/full', 'x'.repeat(1000)).catch((error) => error);
      expect(failure).toBeInstanceOf(OutputError);
      expect(say(wordingFor('en').t, failure.phrase)).toBe(
        '--out /dev/full: the disk holding /dev/full is full',
      );
      expect(say(wordingFor('nl').t, failure.phrase)).toBe('--out /dev/full: de schijf met /dev/full is vol');
    }
    await expect(writeOutput('--out', '/nonexistent-folder/x.csv', 'x')).rejects.toBeInstanceOf(OutputError);
  });
});
