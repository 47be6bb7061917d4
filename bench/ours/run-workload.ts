/**
 * Starts bench/workload.ts in a fresh Node process (with tsx, as `npx tsx` would) so that its
 * peak memory is its own, and reads back its JSON report.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkloadReport } from '../report-types.ts';
import type { TablesDir } from '../tables.ts';

const WORKLOAD_SCRIPT = fileURLToPath(new URL('../workload.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function runWorkload(
  tables: TablesDir,
  settings: { sample: number; seed: number; warmImports: number },
): Promise<WorkloadReport> {
  const out = join(tables.dir, 'ours.json');
  const args = [
    '--import',
    'tsx',
    WORKLOAD_SCRIPT,
    ['--tables', tables.dir],
    ['--out', out],
    ['--sample', String(settings.sample)],
    ['--seed', String(settings.seed)],
    ['--warm-imports', String(settings.warmImports)],
  ].flat();
  // From the repository root, so `--import tsx` resolves this clone's tsx.
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`bench/workload.ts exited with code ${code} on ${tables.dir}`);
  return JSON.parse(await readFile(out, 'utf8')) as WorkloadReport;
}
