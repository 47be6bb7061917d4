/**
 * `npm run bench`: our analysis side by side with NetworkX and igraph.
 *
 *   npx tsx bench/run.ts [--quick] [--skip-h2020] [--skip-peers] [--peer-budget S] [--sample K]
 *                        [--ladder 1e4,1e5,1e6,1e7 | --skip-ladder] [--threads 1,2]
 *
 * Workloads: the design point (seeded synthetic 10,000 actors / 50,000 ties) and the whole
 * Horizon 2020 co-participation network (sampled betweenness). Each runs in a fresh process
 * (peak memory per workload); the peers read the same CSV tables. Then the link-suggestion
 * quality on the Dutch Horizon 2020 ecosystem. Then `clusterscope analyze` itself, in a fresh
 * process per run, on 1 and 2 threads (design point, Horizon 2020), and the scale ladder up to
 * 10⁷ ties. Prints tables and writes bench/results/latest.json.
 * --quick: design point only, peers with a 30 s budget, no link quality (a smoke run, ~2 min).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatLegend, formatLinkQuality, formatWorkload, type WorkloadResult } from './format.ts';
import { type Rung, runLadder } from './ladder.ts';
import { type LinkQualityReport, linkQuality } from './links/quality.ts';
import { runAnalyzeCli } from './ours/cli-run.ts';
import { runWorkload } from './ours/run-workload.ts';
import { PEERS, type PeerOutcome, runPeer } from './peers/run-peers.ts';
import { formatLadder, formatThreadRuns, type ThreadRuns } from './scale-report.ts';
import {
  DESIGN_POINT,
  designPointTables,
  h2020Tables,
  makeScratchDir,
  type Tables,
  writeTables,
} from './tables.ts';
import { formatTargets } from './targets.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'skip-h2020': { type: 'boolean', default: false },
    'skip-peers': { type: 'boolean', default: false },
    'peer-budget': { type: 'string' },
    sample: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    ladder: { type: 'string', default: '1e4,1e5,1e6,1e7' },
    'skip-ladder': { type: 'boolean', default: false },
    'ladder-peers-up-to': { type: 'string', default: '1e6' },
    threads: { type: 'string', default: '1,2' },
  },
});
const threadCounts = values.threads.split(',').map(Number);
const ladderRungs = values.quick || values['skip-ladder'] ? [] : values.ladder.split(',').map(Number);
const quick = values.quick;
/** Seconds each peer may spend on one workload's measures; 300 s keeps the default run near 20 minutes (480 s took 27 minutes). */
const peerBudget = Number(values['peer-budget'] ?? (quick ? 30 : 300));
const h2020Sample = Number(values.sample);
const seed = Number(values.seed);

interface Workload {
  readonly name: string;
  readonly title: string;
  readonly tables: () => Tables;
  readonly sample: number;
  readonly warmImports: number;
}

let h2020: ReturnType<typeof h2020Tables> | undefined;
const h2020Once = () => {
  h2020 ??= h2020Tables();
  return h2020;
};

const workloads: Workload[] = [
  {
    name: 'design',
    title: `Design point: synthetic ${DESIGN_POINT.actors.toLocaleString('en')} actors / ${DESIGN_POINT.ties.toLocaleString('en')} ties (seed ${DESIGN_POINT.seed}), exact betweenness`,
    tables: designPointTables,
    sample: 0,
    warmImports: 2,
  },
];
if (!quick && !values['skip-h2020']) {
  workloads.push({
    name: 'h2020',
    title: `Whole Horizon 2020 co-participation network (≤ 30 participants), betweenness sampled with k = ${h2020Sample}`,
    tables: () => h2020Once().whole,
    sample: h2020Sample,
    warmImports: 0,
  });
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const scratch = makeScratchDir();
const results: WorkloadResult[] = [];
const startedAt = new Date();
// Other work on the machine inflates every figure here: the load average at the start says how much.
const loadAtStart = loadavg()[0];
try {
  for (const workload of workloads) {
    log(`[bench] ${workload.title}: writing tables`);
    const tables = writeTables(scratch.path, workload.name, workload.tables());
    log(`[bench] ours (fresh process)`);
    const ours = await runWorkload(tables, {
      sample: workload.sample,
      seed,
      warmImports: workload.warmImports,
    });
    const peers: PeerOutcome[] = [];
    for (const peer of PEERS) {
      if (values['skip-peers']) {
        peers.push({ name: peer.name, ok: false, reason: 'skipped (--skip-peers)' });
        continue;
      }
      log(`[bench] ${peer.name} (budget ${peerBudget} s)`);
      peers.push(await runPeer(peer, tables, { budgetSeconds: peerBudget, sample: workload.sample, seed }));
    }
    results.push({ name: workload.name, title: workload.title, ours, peers });
  }

  // The CLI as users run it: a fresh process per thread count.
  const threadRuns: ThreadRuns[] = [];
  for (const workload of workloads) {
    const tables = writeTables(scratch.path, `${workload.name}-cli`, workload.tables());
    const runs = [];
    for (const threads of threadCounts) {
      log(`[bench] ${workload.name}: clusterscope analyze --threads ${threads}`);
      const flags = ['--threads', String(threads), '--exact'];
      if (workload.sample > 0) flags.push('--sample', String(workload.sample), '--seed', String(seed));
      runs.push(await runAnalyzeCli([tables.actors, tables.relations], flags));
    }
    // Horizon 2020's tables (23 MB) are below the size at which analyze reads CSV as columns by
    // itself; the same run on the columnar path shows what the full importer costs.
    if (workload.name === 'h2020') {
      const threads = Math.max(...threadCounts);
      log(`[bench] ${workload.name}: clusterscope analyze --threads ${threads} --columnar`);
      runs.push(
        await runAnalyzeCli(
          [tables.actors, tables.relations],
          [
            '--threads',
            String(threads),
            '--exact',
            '--columnar',
            '--sample',
            String(workload.sample),
            '--seed',
            String(seed),
          ],
        ),
      );
    }
    threadRuns.push({ workload: workload.name === 'design' ? 'Design point' : 'Whole Horizon 2020', runs });
  }
  const ladder: Rung[] = await runLadder(scratch.path, ladderRungs, {
    threads: Math.max(...threadCounts),
    peerBudget: Math.min(peerBudget, 120),
    peersUpTo: values['skip-peers'] ? 0 : Number(values['ladder-peers-up-to']),
    log,
  });

  let links: LinkQualityReport | string = 'skipped (--quick or --skip-h2020)';
  if (!quick && !values['skip-h2020']) {
    log('[bench] link-suggestion quality');
    links = await linkQuality(h2020Once().dutch);
  }

  const machine = `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadAtStart.toFixed(1)} at start`;
  const report = [
    `Clusterscope bench — ${startedAt.toISOString()} — ${machine}`,
    formatLegend(),
    ...results.map(formatWorkload),
    ...threadRuns.map((runs) =>
      formatThreadRuns(
        runs,
        results.find((r) => (runs.workload === 'Design point' ? r.name === 'design' : r.name === 'h2020')),
      ),
    ),
    ...(ladder.length > 0 ? [formatLadder(ladder, Math.max(...threadCounts))] : []),
    formatTargets({
      results,
      design: threadRuns.find((runs) => runs.workload === 'Design point'),
      h2020: threadRuns.find((runs) => runs.workload === 'Whole Horizon 2020'),
      ladder,
    }),
    formatLinkQuality(links),
  ].join('\n\n');
  process.stdout.write(`${report}\n`);

  const resultsDir = fileURLToPath(new URL('results/', import.meta.url));
  mkdirSync(resultsDir, { recursive: true });
  const json = {
    startedAt,
    machine,
    settings: { quick, peerBudget, h2020Sample, seed, threadCounts, ladderRungs },
    workloads: results,
    threadRuns,
    ladder,
    links,
  };
  writeFileSync(`${resultsDir}latest.json`, `${JSON.stringify(json, null, 2)}\n`);
  log(`[bench] written bench/results/latest.json`);
} finally {
  scratch.remove();
}
