/**
 * The scale part of the bench report: the CLI on 1 and 2 threads (and more where the machine
 * has them) beside the peers, and the ladder with time and peak memory per rung.
 */
import { compare } from './compare.ts';
import { seconds, type WorkloadResult } from './format.ts';
import { IGRAPH_LADDER_MEASURES, LADDER_PIVOTS, type Rung } from './ladder.ts';
import type { CliRun } from './ours/cli-run.ts';

export interface ThreadRuns {
  readonly workload: string;
  readonly runs: readonly CliRun[];
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const busyShare = (run: CliRun) => {
  const measures = run.timings.stages.measures ?? 0;
  const busy = run.timings.workerBusyMs;
  if (measures <= 0 || busy.length === 0) return '—';
  return `${Math.round((100 * busy.reduce((a, b) => a + b, 0)) / (busy.length * measures))}%`;
};

/** One row per thread count: what a user of `clusterscope analyze --threads N` waits for. */
export function formatThreadRuns(threadRuns: ThreadRuns, workload: WorkloadResult | undefined): string {
  const peers = (workload?.peers ?? []).flatMap((peer) => (peer.ok ? [peer.report] : []));
  const header = [
    'threads',
    'wall',
    'read+build',
    'measures',
    'write',
    'workers busy',
    'peak RSS',
    ...peers.map((p) => `${p.peer} / ours`),
  ];
  const rows = [header];
  for (const run of threadRuns.runs) {
    const { stages } = run.timings;
    rows.push([
      `${run.timings.threads}${run.timings.columnar ? ' --columnar' : ''}`,
      seconds(run.wallMs / 1000),
      seconds((stages['read and build'] ?? 0) / 1000),
      seconds((stages.measures ?? 0) / 1000),
      seconds((stages.write ?? 0) / 1000),
      busyShare(run),
      `${run.timings.peakRssMb.toFixed(0)} MB`,
      ...peers.map((report) => {
        const matched = workload ? compare(report, workload.ours.bundle.measures) : undefined;
        return matched ? `${(matched.peerSeconds / (run.wallMs / 1000)).toFixed(2)}×` : '—';
      }),
    ]);
  }
  return [
    `== ${threadRuns.workload}: clusterscope analyze --threads N (fresh process each; wall = spawn to exit)`,
    '',
    table(rows),
    '  peer / ours: the peer’s time on the measures it has (one core) over our whole run (every measure, file to file)',
  ].join('\n');
}

export function formatLadder(rungs: readonly Rung[], threads: number): string {
  const rows = [
    [
      'ties',
      'actors',
      'read+build',
      'measures',
      'wall',
      'peak RSS',
      'igraph (5 measures)',
      'igraph RSS',
      'igraph / ours',
    ],
  ];
  for (const rung of rungs) {
    const { stages } = rung.ours.timings;
    let igraphTime = '—';
    let igraphRss = '—';
    let ratio = '—';
    if (rung.igraph && !rung.igraph.ok) igraphTime = rung.igraph.reason;
    if (rung.igraph?.ok) {
      const report = rung.igraph.report;
      const figures = IGRAPH_LADDER_MEASURES.map((name) => report.measures[name]);
      igraphRss = `${report.maxRssMb.toFixed(0)} MB`;
      if (figures.every((figure) => figure?.seconds !== undefined)) {
        const total =
          report.fileToGraphSeconds + figures.reduce((sum, figure) => sum + (figure?.seconds ?? 0), 0);
        igraphTime = seconds(total);
        ratio = `${(total / (rung.ours.wallMs / 1000)).toFixed(2)}×`;
      } else igraphTime = 'over budget';
    }
    rows.push([
      rung.ties.toLocaleString('en'),
      rung.actors.toLocaleString('en'),
      seconds((stages['read and build'] ?? 0) / 1000),
      seconds((stages.measures ?? 0) / 1000),
      seconds(rung.ours.wallMs / 1000),
      `${rung.ours.timings.peakRssMb.toFixed(0)} MB`,
      igraphTime,
      igraphRss,
      ratio,
    ]);
  }
  return [
    `== Scale ladder: seeded production networks (scripts/generate-ladder.ts), ${threads} threads, columnar import,`,
    `   degree, PageRank, core, clustering, Louvain, locality/E-I, brokerage (raw and z), betweenness from ${LADDER_PIVOTS} pivots`,
    '',
    table(rows),
    '  igraph: file → graph plus degree, PageRank, core number, clustering and Louvain (no brokerage or locality there); ratio = its time over our whole run',
  ].join('\n');
}
