/**
 * `clusterscope compare` and `analyze --at/--window` as a user runs them, on the hand-checked
 * three-year network (tests/unit/model/three-years.ts) written as CSV: the changes CSV, the JSON
 * figures, and exit codes 0, 1 and 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/** The three-year network as files: the same actors, relations and dates. */
function threeYearFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-compare-'));
  writeFileSync(
    join(dir, 'actors.csv'),
    [
      'id,kind,region,start',
      'A,firm,R1,',
      'B,firm,R1,',
      'C,firm,R2,',
      'D,knowledge,R1,',
      'E,firm,R2,',
      'F,firm,R1,2021',
      'G,firm,R1,',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'relations.csv'),
    [
      'bron,doel,soort,jaar,begin,eind,meting',
      'A,B,cooperation,2019,,,',
      'A,B,cooperation,2020,,,',
      'A,D,knowledge,,2019-01-01,31-12-2020,',
      'B,C,supply,,2020,,',
      'C,E,knowledge,,,,2021',
      'A,C,knowledge,2021,,,',
      'D,E,cooperation,,,2019,',
      'B,D,other,,,,',
    ].join('\n'),
  );
  return dir;
}

function clusterscope(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/clusterscope.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Row = Record<string, string>;

function readCsv(path: string): Row[] {
  return Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

describe('clusterscope compare', { timeout: 60_000 }, () => {
  const dir = threeYearFiles();
  const files = [join(dir, 'actors.csv'), join(dir, 'relations.csv')];

  it('writes tie and actor changes as CSV and the figures as JSON; exit 0', () => {
    const out = join(dir, 'changes.csv');
    const summaryPath = join(dir, 'changes.json');
    const run = clusterscope(
      'compare',
      ...files,
      '--from',
      '2019',
      '--to',
      '2021',
      '--out',
      out,
      '--summary',
      summaryPath,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(
      'Between 2019 and 2021, 3 ties entered, 3 left and 1 persisted (churn 0.857).',
    );

    const rows = readCsv(out);
    const ties = rows.filter((row) => row.record === 'tie');
    const tie = (a: string, b: string) => ties.find((row) => row.id === a && row.partner_id === b);
    // Entered A–C, B–C, C–E; left A–B, A–D, D–E; persisted B–D (hand-checked in time-compare.test.ts).
    expect(ties.map((row) => `${row.change} ${row.id}–${row.partner_id}`).sort()).toEqual([
      'entered A–C',
      'entered B–C',
      'entered C–E',
      'left A–B',
      'left A–D',
      'left D–E',
      'persisted B–D',
    ]);
    expect(tie('A', 'C')).toMatchObject({
      strength_from: '',
      strength_to: '1',
      local: 'false',
      partner_kind: 'firm',
    });
    expect(tie('C', 'E')?.local).toBe('true');

    const actors = rows.filter((row) => row.record === 'actor');
    const actor = (id: string) => actors.find((row) => row.id === id) as Row;
    expect(actors.map((row) => `${row.change} ${row.id}`)).toEqual([
      'stayed A',
      'stayed B',
      'entered C',
      'stayed D',
      'stayed E',
      'entered F',
      'stayed G',
    ]);
    expect(actor('A')).toMatchObject({
      local_share_from: '1',
      local_share_to: '0',
      local_share_change: '-1',
      locality_change: 'detaching',
      role_from: 'mutual exchanger',
      role_to: 'external star',
      degree_from: '2',
      degree_to: '1',
      degree_rank_from: '2',
      degree_rank_to: '3',
      degree_rank_change: '-1',
      local_share_2019: '1',
      local_share_2020: '1',
      local_share_2021: '0',
    });
    expect(actor('B').role_to).toBe('gatekeeper');
    expect(actor('E').locality_change).toBe('attaching');

    const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
    expect(summary.ties).toEqual({
      from: 4,
      to: 4,
      entered: 3,
      left: 3,
      persisted: 1,
      union: 7,
      churn: 6 / 7,
    });
    expect(summary.actors).toEqual({ from: 5, to: 7, entered: 2, left: 0, stayed: 5 });
    expect(summary.tie_half_life).toEqual({
      years: 1.5,
      ties: 6,
      censored: 3,
      first_appeared: { from: 2019, to: 2021 },
    });
    expect(summary.roles.became_gatekeeper.map((each: { id: string }) => each.id)).toEqual(['B', 'C']);
    expect(summary.locality.top_detaching.map((each: { id: string }) => each.id)).toEqual(['A', 'B']);
    expect(summary.settings.localBy).toBe('region');
  });

  it('windows, --rank-by and the CSV to standard output', () => {
    const run = clusterscope(
      'compare',
      ...files,
      '--from',
      '2019:2020',
      '--to',
      '2021',
      '--rank-by',
      'pagerank',
      '--quiet',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const header = run.stdout.split('\r\n')[0].split(',');
    expect(header).toContain('pagerank_rank_change');
    expect(header).not.toContain('degree_rank_change');
  });

  it('usage errors exit 2; no dated relation exits 1', () => {
    expect(clusterscope('compare', '--help').code).toBe(0);
    expect(clusterscope('compare', ...files, '--from', '2019').code).toBe(2);
    expect(clusterscope('compare', ...files, '--from', 'spring', '--to', '2021').code).toBe(2);
    expect(clusterscope('compare', ...files, '--from', '2021:2019', '--to', '2021').code).toBe(2);
    expect(clusterscope('compare', ...files, '--from', '2019', '--to', '2021', '--at', '2019').code).toBe(2);
    expect(
      clusterscope('compare', ...files, '--from', '2019', '--to', '2021', '--rank-by', 'fame').code,
    ).toBe(2);
    const undated = join(dir, 'undated.csv');
    writeFileSync(undated, 'source,target\nA,B\n');
    const run = clusterscope('compare', undated, '--from', '2019', '--to', '2021');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no relation is dated');
  });

  it('analyze --at and --window analyse the network of that year or window', () => {
    const out = join(dir, 'nodes.csv');
    const at = clusterscope('analyze', ...files, '--at', '2019', '--out', out, '--quiet');
    expect(at.code, at.stderr).toBe(0);
    // 2019: A, B, D, E and the timeless G.
    expect(readCsv(out).map((row) => `${row.id}:${row.degree}`)).toEqual(['A:2', 'B:2', 'D:3', 'E:1', 'G:0']);
    const window = clusterscope('analyze', ...files, '--window', '2020:2021', '--out', out, '--quiet');
    expect(window.code, window.stderr).toBe(0);
    expect(readCsv(out).map((row) => row.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(clusterscope('analyze', ...files, '--at', '2019', '--window', '2019:2020').code).toBe(2);
    expect(clusterscope('analyze', ...files, '--at', '2019:2020').code).toBe(2);
  });
});
