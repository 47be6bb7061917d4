/**
 * `clusterscope analyze` as a user runs it, in a fresh process per run: the wall time the user
 * waits (process start included), and the CLI's own --timings-json figures (stages, measures,
 * worker busy time, peak memory of the process with all its worker threads).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/clusterscope.mjs', import.meta.url));

export interface CliTimings {
  readonly threads: number;
  readonly actors: number;
  readonly relations: number;
  readonly columnar: boolean;
  readonly stages: Readonly<Record<string, number>>;
  readonly totalMs: number;
  readonly measures: Readonly<Record<string, { cpuMs: number; wallMs: number | null }>>;
  readonly workerBusyMs: readonly number[];
  readonly peakRssMb: number;
}

export interface CliRun {
  /** Spawn to exit, as a user waits for it. */
  readonly wallMs: number;
  readonly timings: CliTimings;
}

let compiled = false;

/**
 * The first start after a change compiles the CLI (bin/compiled-cli.mjs, about half a second);
 * it happens once, before the timed runs, so each run is timed as every later start is.
 */
function compileOnce(): void {
  if (compiled) return;
  spawnSync(process.execPath, [CLI, '--help'], { stdio: 'ignore' });
  compiled = true;
}

export async function runAnalyzeCli(files: readonly string[], flags: readonly string[]): Promise<CliRun> {
  compileOnce();
  const scratch = mkdtempSync(join(tmpdir(), 'clusterscope-cli-run-'));
  const timingsFile = join(scratch, 'timings.json');
  const args = [
    CLI,
    'analyze',
    ...files,
    ...flags,
    '--quiet',
    '--out',
    join(scratch, 'nodes.csv'),
    '--timings-json',
    timingsFile,
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  try {
    if (code !== 0) throw new Error(`clusterscope analyze exited with ${code}: ${stderr.slice(-500)}`);
    return { wallMs, timings: JSON.parse(readFileSync(timingsFile, 'utf8')) as CliTimings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
