/**
 * Runs the peer scripts (bench/peers/*.py) on a workload's tables, when their Python library is
 * installed. NetworkX lives in the default `python3`; Debian's python3-igraph in /usr/bin/python3,
 * so each peer tries the interpreters in turn and is reported "not installed" when none has it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PeerReport } from '../report-types.ts';
import type { TablesDir } from '../tables.ts';

export interface PeerSpec {
  readonly name: string;
  readonly module: string;
  readonly script: string;
  readonly interpreters: readonly string[];
}

export const PEERS: readonly PeerSpec[] = [
  {
    name: 'networkx',
    module: 'networkx',
    script: 'networkx_bench.py',
    interpreters: ['python3', '/usr/bin/python3'],
  },
  {
    name: 'igraph',
    module: 'igraph',
    script: 'igraph_bench.py',
    interpreters: ['/usr/bin/python3', 'python3'],
  },
];

export type PeerOutcome =
  | { readonly name: string; readonly ok: true; readonly report: PeerReport }
  | { readonly name: string; readonly ok: false; readonly reason: string };

/** The first interpreter that can import the peer's module, or undefined. */
export function interpreterFor(peer: PeerSpec): string | undefined {
  return peer.interpreters.find(
    (python) => spawnSync(python, ['-c', `import ${peer.module}`], { stdio: 'ignore' }).status === 0,
  );
}

export async function runPeer(
  peer: PeerSpec,
  tables: TablesDir,
  settings: { budgetSeconds: number; sample: number; seed: number },
): Promise<PeerOutcome> {
  const python = interpreterFor(peer);
  if (!python) return { name: peer.name, ok: false, reason: 'not installed' };
  const script = fileURLToPath(new URL(peer.script, import.meta.url));
  const args = [
    script,
    ['--actors', tables.actors],
    ['--relations', tables.relations],
    ['--budget', String(settings.budgetSeconds)],
    ['--sample', String(settings.sample)],
    ['--seed', String(settings.seed)],
  ].flat();
  const child = spawn(python, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  // The scripts log each measure as it finishes: pass that on, so a long run shows progress.
  child.stderr.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) process.stderr.write(`    [${peer.name}] ${line.trim()}\n`);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) return { name: peer.name, ok: false, reason: `${peer.script} exited with code ${code}` };
  return { name: peer.name, ok: true, report: JSON.parse(stdout) as PeerReport };
}
