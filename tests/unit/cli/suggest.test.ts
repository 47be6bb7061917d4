/**
 * `clusterscope suggest` as a user runs it: the suggestions the explorer's Links view gives
 * (the same suggester over the same communities and locality rule), as CSV with the reason in
 * words, for the network or one actor; wrong command lines exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAnalysisInput } from '../../../src/analysis/input.ts';
import { LinkSuggester, placeLinks } from '../../../src/analysis/link-suggester.ts';
import { localityRule } from '../../../src/analysis/locality.ts';
import { measureById } from '../../../src/analysis/registry.ts';
import { runAnalysis } from '../../../src/analysis/runner.ts';
import { measureOptions } from '../../../src/analysis/settings.ts';
import { importFiles } from '../../../src/io/index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SAMPLE = ['actors.csv', 'relations.csv'].map((name) =>
  join(ROOT, 'sample-networks/supply-chain', name),
);

function suggest(...flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'clusterscope-suggest-'));
  const out = join(dir, 'links.csv');
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/clusterscope.mjs'), 'suggest', ...SAMPLE, '--out', out, '--quiet', ...flags],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const rows =
    run.status === 0
      ? Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').trim(), { header: true }).data
      : [];
  return { code: run.status, stderr: run.stderr, rows };
}

async function inProcess(actor: string | null, limit: number) {
  const files = SAMPLE.map((path) => ({
    name: path.split('/').at(-1) as string,
    bytes: new Uint8Array(readFileSync(path)),
  }));
  const { ecosystem } = await importFiles(files);
  const communities = runAnalysis(buildAnalysisInput(ecosystem), {
    measures: [measureById('communities') as NonNullable<ReturnType<typeof measureById>>],
    options: measureOptions({}),
  });
  const suggester = new LinkSuggester(ecosystem, communities.columns.community ?? null);
  const query = { scorer: 'adamic_adar' as const, limit, relationKinds: null };
  const links = actor === null ? suggester.forNetwork(query) : suggester.forActor(actor, query);
  return placeLinks(ecosystem, links, localityRule({}));
}

describe('clusterscope suggest', { timeout: 60_000 }, () => {
  it('writes the explorer’s suggestions across the network, each with its reason', async () => {
    const run = suggest('--top', '3');
    expect(run.code, run.stderr).toBe(0);
    const expected = await inProcess(null, 3);
    expect(run.rows.map((row) => [row.source_id, row.target_id, row.kind])).toEqual(
      expected.map((link) => [link.source, link.target, link.kind]),
    );
    expect(run.rows.every((row) => row.reason.length > 10)).toBe(true);
    run.rows.forEach((row, i) => {
      expect(Number(row.adamic_adar)).toBeCloseTo(expected[i].adamicAdar, 12);
    });
  });

  it('answers for one actor', async () => {
    const [first] = await inProcess(null, 1);
    const run = suggest('--actor', first.source, '--top', '5');
    expect(run.code, run.stderr).toBe(0);
    expect(run.rows.length).toBeGreaterThan(0);
    expect(run.rows.every((row) => row.source_id === first.source)).toBe(true);
  });

  it('exit 2 on a wrong command line', () => {
    expect(suggest('--actor', 'no such actor').code).toBe(2);
    expect(suggest('--top', '0').code).toBe(2);
    expect(suggest('--rank-by', 'luck').code).toBe(2);
    expect(suggest('--through', 'friendship').code).toBe(2);
    expect(suggest('--option', 'link-suggestions.limit=2.5').code).toBe(2);
  });
});
