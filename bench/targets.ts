/** The performance targets (design guide §6 and the scale work), each beside this run's figure. */
import { COLUMNAR_FROM_BYTES } from '../src/cli/load-network.ts';
import { compare } from './compare.ts';
import { seconds, type WorkloadResult } from './format.ts';
import type { Rung } from './ladder.ts';
import type { CliRun } from './ours/cli-run.ts';
import type { ThreadRuns } from './scale-report.ts';

const FILE_TO_GRAPH_SECONDS = 0.3;
const IGRAPH_SHARE = 0.5;
const NETWORKX_FACTOR = 20;
const H2020_TWO_THREADS_SECONDS = 20;
const SCALE_SECONDS = 120;
const SCALE_MB = 6 * 1024;

export interface TargetInputs {
  readonly results: readonly WorkloadResult[];
  readonly design?: ThreadRuns;
  readonly h2020?: ThreadRuns;
  readonly ladder: readonly Rung[];
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export function formatTargets({ results, design, h2020, ladder }: TargetInputs): string {
  const lines = ['== Targets'];
  const designResult = results.find((result) => result.name === 'design');
  if (designResult) {
    const full = designResult.ours.importMs / 1000;
    const columnar = designResult.ours.columnarMs / 1000;
    lines.push(
      `design point file → graph ≤ ${FILE_TO_GRAPH_SECONDS} s: full importer ${seconds(full)} — ${verdict(full <= FILE_TO_GRAPH_SECONDS)}; ` +
        `columnar path (--columnar) ${seconds(columnar)} — ${verdict(columnar <= FILE_TO_GRAPH_SECONDS)}`,
    );
    const oneThread = design?.runs.find((run) => run.timings.threads === 1);
    for (const peer of designResult.peers) {
      if (!peer.ok) {
        lines.push(`design point vs ${peer.name}: ${peer.reason}`);
        continue;
      }
      const matched = compare(peer.report, designResult.ours.bundle.measures);
      if (!matched) continue;
      const ours = oneThread ? oneThread.wallMs / 1000 : designResult.ours.bundle.bundleMs / 1000;
      const how = oneThread ? 'CLI, 1 thread, file to file' : 'in-process bundle';
      if (peer.name === 'igraph') {
        const share = ours / matched.peerSeconds;
        lines.push(
          `design point on one thread ≤ ${IGRAPH_SHARE}× igraph: ours ${seconds(ours)} (${how}) / igraph ${seconds(matched.peerSeconds)} = ${share.toFixed(2)}× — ${verdict(share <= IGRAPH_SHARE)}`,
        );
      } else {
        const factor = matched.peerSeconds / ours;
        lines.push(
          `design point ≥ ${NETWORKX_FACTOR}× faster than ${peer.name}: ${seconds(matched.peerSeconds)} / ${seconds(ours)} = ${factor.toFixed(1)}×${matched.partial ? ' (peer incomplete: lower bound)' : ''} — ${factor >= NETWORKX_FACTOR ? 'met' : matched.partial ? 'not determined' : 'NOT met'}`,
        );
      }
    }
  }
  const byImport = (runs: readonly CliRun[], columnar: boolean) =>
    runs.filter((run) => run.timings.columnar === columnar);
  const defaultRuns = byImport(h2020?.runs ?? [], false);
  const two = defaultRuns.find((run) => run.timings.threads === 2);
  if (two) {
    const wall = two.wallMs / 1000;
    const columnar = byImport(h2020?.runs ?? [], true).find((run) => run.timings.threads === 2);
    const columnarWall = columnar ? columnar.wallMs / 1000 : undefined;
    lines.push(
      `Horizon 2020, 1,000 pivots, two threads ≤ ${H2020_TWO_THREADS_SECONDS} s: full importer (analyze's default below ${COLUMNAR_FROM_BYTES / 1024 / 1024} MB) ${seconds(wall)} (peak RSS ${two.timings.peakRssMb.toFixed(0)} MB) — ${verdict(wall <= H2020_TWO_THREADS_SECONDS)}` +
        (columnar && columnarWall !== undefined
          ? `; columnar path (--columnar) ${seconds(columnarWall)} (peak RSS ${columnar.timings.peakRssMb.toFixed(0)} MB) — ${verdict(columnarWall <= H2020_TWO_THREADS_SECONDS)}`
          : ''),
    );
  }
  const one = defaultRuns.find((run) => run.timings.threads === 1);
  const sixteen = defaultRuns.find((run) => run.timings.threads === 16);
  if (one && sixteen) {
    const speedUp = one.wallMs / sixteen.wallMs;
    const memory = sixteen.timings.peakRssMb / one.timings.peakRssMb;
    lines.push(
      `Horizon 2020 ≥ 10× faster on 16 threads than 1: ${speedUp.toFixed(1)}× — ${verdict(speedUp >= 10)}`,
    );
    lines.push(
      `Horizon 2020 peak memory on 16 threads ≤ 1.3× one thread: ${memory.toFixed(2)}× — ${verdict(memory <= 1.3)}`,
    );
  } else {
    lines.push(
      'Horizon 2020 16 threads vs 1 (≥ 10× faster, ≤ 1.3× memory): not measured on this machine — run bench/multicore.sh on a 16-core one',
    );
  }
  const top = ladder.at(-1);
  if (top) {
    const wall = top.ours.wallMs / 1000;
    const memory = top.ours.timings.peakRssMb;
    const judged = top.ties >= 10_000_000;
    const met = wall <= SCALE_SECONDS && memory <= SCALE_MB;
    lines.push(
      `ladder top rung (${top.actors.toLocaleString('en')} actors / ${top.ties.toLocaleString('en')} ties), every scaling measure ≤ ${SCALE_SECONDS} s and ≤ 6 GB at 10⁷ ties: ` +
        `${seconds(wall)}, ${(memory / 1024).toFixed(2)} GB — ${judged ? verdict(met) : 'not judged (top rung below 10⁷ ties)'}`,
    );
  }
  return lines.join('\n');
}
