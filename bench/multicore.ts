/**
 * The whole Horizon 2020 network (1,000 pivots) through `clusterscope analyze` at 1, 2, 4, 8
 * and 16 threads, each in a fresh process: wall time, speed-up over one thread, worker busy
 * share, and peak memory against one thread's. For a machine with 16 cores (about 3 minutes
 * there); on fewer cores the extra threads only share them.
 *
 *   bash bench/multicore.sh [--threads 1,2,4,8,16] [--sample 1000]
 */

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { seconds } from './format.ts';
import { runAnalyzeCli } from './ours/cli-run.ts';
import { h2020Tables, makeScratchDir, writeTables } from './tables.ts';

const { values } = parseArgs({
  options: {
    threads: { type: 'string', default: '1,2,4,8,16' },
    sample: { type: 'string', default: '1000' },
  },
});
const scratch = makeScratchDir();
try {
  process.stderr.write('[multicore] building the Horizon 2020 tables\n');
  const tables = writeTables(scratch.path, 'h2020', h2020Tables().whole);
  const rows = [['threads', 'wall', 'speed-up', 'measures', 'workers busy', 'peak RSS', 'RSS / 1 thread']];
  let base: { wallMs: number; rss: number } | undefined;
  for (const threads of values.threads.split(',').map(Number)) {
    process.stderr.write(`[multicore] --threads ${threads}\n`);
    const run = await runAnalyzeCli(
      [tables.actors, tables.relations],
      ['--threads', String(threads), '--sample', values.sample],
    );
    base ??= { wallMs: run.wallMs, rss: run.timings.peakRssMb };
    const measures = run.timings.stages.measures ?? 0;
    const busy = run.timings.workerBusyMs.reduce((a, b) => a + b, 0) / Math.max(1, threads * measures);
    rows.push([
      String(threads),
      seconds(run.wallMs / 1000),
      `${(base.wallMs / run.wallMs).toFixed(1)}×`,
      seconds(measures / 1000),
      `${Math.round(100 * busy)}%`,
      `${run.timings.peakRssMb.toFixed(0)} MB`,
      `${(run.timings.peakRssMb / base.rss).toFixed(2)}×`,
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  process.stdout.write(
    `Whole Horizon 2020 network, ${values.sample} pivots, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}\n` +
      `targets: ≥ 10× on 16 threads, peak memory ≤ 1.3× one thread\n\n${rows
        .map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  '))
        .join('\n')}\n`,
  );
} finally {
  scratch.remove();
}
