/** The performance targets of guide §6 and issue 4, checked against this run's figures. */
import { compare } from './compare.ts';
import { seconds, type WorkloadResult } from './format.ts';

const IMPORT_TARGET_SECONDS = 0.5;
const NETWORKX_FACTOR = 20;

export function formatTargets(results: readonly WorkloadResult[]): string {
  const lines = ['== Targets'];
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const design = results.find((result) => result.name === 'design');
  if (design) {
    const importSeconds = design.ours.importMs / 1000;
    lines.push(
      `design point file → graph ≤ ${IMPORT_TARGET_SECONDS} s: ${seconds(importSeconds)} cold — ${verdict(importSeconds <= IMPORT_TARGET_SECONDS)}`,
    );
    const bundleSeconds = design.ours.bundle.bundleMs / 1000;
    for (const peer of design.peers) {
      if (!peer.ok) {
        lines.push(`design point vs ${peer.name}: ${peer.reason}`);
        continue;
      }
      const matched = compare(peer.report, design.ours.bundle.measures);
      if (!matched) continue;
      const factor = peer.name === 'networkx' ? NETWORKX_FACTOR : 1;
      // Strict reading: our whole bundle (every registry measure) against the peer's time on the measures it has.
      const wholeRatio = matched.peerSeconds / bundleSeconds;
      const marks = `${matched.extrapolated ? ' (includes extrapolated figures)' : ''}${matched.partial ? ' (peer figure incomplete: a lower bound)' : ''}`;
      lines.push(
        `design point whole bundle ≥ ${factor}× faster than ${peer.name}: ${seconds(matched.peerSeconds)} / ${seconds(bundleSeconds)} = ${wholeRatio.toFixed(1)}× (same measures only: ${matched.ratio.toFixed(1)}×)${marks} — ${wholeRatio >= factor ? 'met' : matched.partial ? 'not determined (a peer measure ran out of budget)' : 'NOT met'}`,
      );
    }
  }
  const h2020 = results.find((result) => result.name === 'h2020');
  if (h2020) {
    lines.push(
      `Horizon 2020 analysed with sampled betweenness (k = ${h2020.ours.sample}) without running out of memory: bundle ${seconds(h2020.ours.bundle.bundleMs / 1000)}, peak RSS ${h2020.ours.maxRssMb.toFixed(0)} MB — met`,
    );
  }
  return lines.join('\n');
}
