/**
 * The printed report: one table per workload (our time per row, each peer's time and the
 * ratio peer/ours beside it), the peer measures one by one with how each figure was obtained,
 * the targets of guide §6, and the link-suggestion quality table.
 */
import { type Comparison, compare, counterpartOf, PEER_COUNTERPARTS } from './compare.ts';
import type { LinkQualityReport } from './links/quality.ts';
import type { PeerOutcome } from './peers/run-peers.ts';
import type { PeerReport, WorkloadReport } from './report-types.ts';

export interface WorkloadResult {
  readonly name: string;
  readonly title: string;
  readonly ours: WorkloadReport;
  readonly peers: readonly PeerOutcome[];
}

export function seconds(value: number): string {
  if (value < 0.01) return `${(value * 1000).toFixed(2)} ms`;
  if (value < 10) return `${value.toFixed(2)} s`;
  return `${value.toFixed(1)} s`;
}

function ratioText(comparison: Comparison | undefined): string {
  if (!comparison) return 'no counterpart';
  const approximate = comparison.extrapolated ? '~' : '';
  const incomplete = comparison.partial ? '+' : '';
  return `${approximate}${seconds(comparison.peerSeconds)}${incomplete} (${approximate}${comparison.ratio.toFixed(1)}×)`;
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

const peerReports = (result: WorkloadResult) =>
  result.peers.flatMap((peer) => (peer.ok ? [peer.report] : []));

export function formatWorkload(result: WorkloadResult): string {
  const { ours, peers } = result;
  const measures = ours.bundle.measures;
  const header = [
    '',
    'ours',
    ...peers.map((peer) => (peer.ok ? `${peer.name} ${peer.report.version}` : peer.name)),
  ];
  const peerCells = (cell: (report: PeerReport) => string) =>
    peers.map((peer) => (peer.ok ? cell(peer.report) : peer.reason));

  const rows: string[][] = [
    header,
    [
      'file → graph',
      seconds(ours.importMs / 1000),
      ...peerCells(
        (report) =>
          `${seconds(report.fileToGraphSeconds)} (${(report.fileToGraphSeconds / (ours.importMs / 1000)).toFixed(1)}×)`,
      ),
    ],
    ['views (tie + flow)', seconds(ours.viewsMs / 1000), ...peerCells(() => '—')],
  ];
  const families = [...new Set(measures.map((measure) => measure.family))];
  for (const family of families) {
    const familySeconds = measures
      .filter((measure) => measure.family === family)
      .reduce((sum, measure) => sum + measure.ms / 1000, 0);
    rows.push([
      family,
      seconds(familySeconds),
      ...peerCells((report) => ratioText(compare(report, measures, family))),
    ]);
  }
  rows.push([
    'whole bundle',
    seconds(ours.bundle.bundleMs / 1000),
    ...peerCells((report) => {
      const all = compare(report, measures);
      return all ? `${ratioText(all)} vs ours ${seconds(all.ourSeconds)}` : 'no counterpart';
    }),
  ]);
  if (ours.parallel) {
    const { parallel } = ours;
    rows.push([
      `whole bundle, ${parallel.threads} worker threads`,
      seconds(parallel.bundleMs / 1000),
      ...peerCells((report) => {
        const all = compare(report, measures);
        // Peers run on one core; this ratio is wall time against wall time on the same machine.
        return all ? `(${(all.peerSeconds / (parallel.bundleMs / 1000)).toFixed(1)}× whole bundle)` : '';
      }),
    ]);
  }
  rows.push([
    'peak RSS',
    `${ours.maxRssMb.toFixed(0)} MB`,
    ...peerCells((report) => `${report.maxRssMb.toFixed(0)} MB`),
  ]);
  rows.push(['heap used after', `${ours.heapUsedMb.toFixed(0)} MB`, ...peerCells(() => '—')]);

  const lines = [
    `== ${result.title}`,
    `   ${ours.actors.toLocaleString('en')} actors, ${ours.ties.toLocaleString('en')} ties, ${ours.arcs.toLocaleString('en')} arcs`,
    '',
    table(rows),
  ];
  if (ours.parallel) {
    lines.push(
      `  worker threads: pool start ${seconds(ours.parallel.poolStartMs / 1000)} included (each thread receives the packed views); peak RSS with the pool ${ours.maxRssParallelMb?.toFixed(0)} MB`,
    );
  }
  if (ours.warmImportMs.length > 0) {
    lines.push(
      `  file → graph warm (JIT warmed up): ${ours.warmImportMs.map((ms) => seconds(ms / 1000)).join(', ')}`,
    );
  }
  lines.push(...samplingLines(ours));
  for (const peer of result.peers) if (!peer.ok) lines.push(`  ${peer.name}: ${peer.reason}`);
  lines.push('', formatPeerDetail(result));
  return lines.join('\n');
}

function samplingLines(ours: WorkloadReport): string[] {
  const graph = ours.bundle.graph;
  if (ours.sample <= 0) return ['  betweenness, closeness, harmonic: exact (every source)'];
  const meanError = Number(graph.betweenness_standard_error_mean);
  const maxError = Number(graph.betweenness_standard_error_max);
  const spread = ours.bundle.betweenness;
  const lines = [
    `  betweenness sampled: k = ${graph.betweenness_pivots} seeded pivots; stated standard error per actor: mean ${meanError.toExponential(2)}, max ${maxError.toExponential(2)}`,
  ];
  if (spread) {
    lines.push(
      `    (betweenness itself: mean ${spread.mean.toExponential(2)}, max ${spread.max.toExponential(2)}; largest error / largest value = ${((100 * maxError) / spread.max).toFixed(1)}%)`,
    );
  }
  lines.push('    closeness and harmonic: exact for pivots, estimated from pivot distances for the others');
  return lines;
}

function formatPeerDetail(result: WorkloadResult): string {
  const reports = peerReports(result);
  if (reports.length === 0) return '  no peer ran';
  const measures = result.ours.bundle.measures;
  const rows: string[][] = [['peer measure', 'our counterpart', ...reports.map((report) => report.peer)]];
  for (const name of Object.keys(PEER_COUNTERPARTS)) {
    if (!reports.some((report) => report.measures[name])) continue;
    const ours = counterpartOf(name, measures);
    rows.push([
      name,
      ours ? `${ours.id} ${seconds(ours.ms / 1000)}` : '—',
      ...reports.map((report) => {
        const figure = report.measures[name];
        if (!figure) return '—';
        const time =
          figure.seconds !== undefined
            ? `${figure.status === 'extrapolated' ? '~' : ''}${seconds(figure.seconds)}`
            : '';
        const flags = [figure.status === 'measured' ? '' : figure.status, figure.note ?? '']
          .filter((part) => part !== '' && !part.startsWith('extrapolated:'))
          .join('; ');
        return [time, flags && `(${flags})`].filter(Boolean).join(' ');
      }),
    ]);
  }
  const matchedIds = new Set(
    Object.keys(PEER_COUNTERPARTS).flatMap((name) => counterpartOf(name, measures)?.id ?? []),
  );
  const oursOnly = measures.filter((measure) => !matchedIds.has(measure.id));
  const notes = reports.flatMap((report) =>
    Object.entries(report.measures)
      .filter(([, figure]) => figure.status === 'extrapolated')
      .map(([name, figure]) => `  ~ ${report.peer} ${name}: ${figure.note}`),
  );
  return [
    table(rows).replace(/^/gm, '  '),
    `  ours only (no peer counterpart, not in ratios): ${oursOnly.map((m) => `${m.id} ${seconds(m.ms / 1000)}`).join(', ') || 'none'}`,
    `  budget per peer: ${reports.map((report) => `${report.peer} ${report.budgetSeconds} s`).join(', ')}`,
    ...notes,
  ].join('\n');
}

export function formatLegend(): string {
  return [
    'Ratios are peer time / our time over the measures both compute (> 1: we are faster). Our measures',
    'count whole even when they compute more than the peer (one BFS gives betweenness, closeness,',
    'harmonic and diameter). ~ = includes figures extrapolated from a timed sample of BFS sources;',
    '+ = some peer measures of the row were skipped (over budget) or failed, so the peer figure is a lower bound.',
  ].join('\n');
}

export function formatLinkQuality(report: LinkQualityReport | string): string {
  if (typeof report === 'string') return `== Link-suggestion quality\n${report}`;
  const rows: string[][] = [['scorer', 'AUC', ...report.ks.map((k) => `precision@${k}`)]];
  for (const [scorer, quality] of Object.entries(report.scorers)) {
    rows.push([scorer, quality.auc.toFixed(4), ...quality.precision.map((value) => value.toFixed(3))]);
  }
  return [
    '== Link-suggestion quality: Dutch Horizon 2020 ecosystem (ties touching an NL organisation, ≤ 30 participants)',
    `   ${report.actors.toLocaleString('en')} actors, ${report.ties.toLocaleString('en')} ties; ${report.hiddenTies.toLocaleString('en')} hidden (${report.fraction * 100}%, seed ${report.seed}); ${seconds(report.seconds)} per evaluation`,
    '',
    table(rows),
  ].join('\n');
}
