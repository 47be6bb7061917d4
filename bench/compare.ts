/**
 * Matching peer figures to ours. A peer measure is matched to whichever of our measures wrote
 * the column or graph figure of the same meaning, so families and ratios follow the registry as
 * it grows. Ratios are peer seconds / our seconds over the measures both sides computed: our
 * measures no peer has (Gould–Fernandez brokerage, locality, …) are left out of the ratio, and
 * our measures that do more than their peer counterpart (one BFS for betweenness, closeness,
 * harmonic and diameter together) count whole, which makes the ratio conservative.
 */
import type { MeasureTiming } from './ours/measures.ts';
import type { PeerMeasure, PeerReport } from './report-types.ts';

/** Peer measure name → the output names it computes on our side. */
export const PEER_COUNTERPARTS: Readonly<Record<string, readonly string[]>> = {
  degree: ['degree'],
  betweenness: ['betweenness'],
  closeness: ['closeness'],
  harmonic: ['harmonic'],
  eigenvector: ['eigenvector'],
  pagerank: ['pagerank'],
  clustering: ['clustering'],
  core: ['core'],
  constraint: ['constraint'],
  effective_size: ['effective_size'],
  louvain: ['community'],
  assortativity: ['degree_assortativity'],
  components: ['components'],
  diameter: ['diameter'],
};

export interface Comparison {
  /** Sum of peer seconds counted (measured or extrapolated, comparable, with a counterpart). */
  readonly peerSeconds: number;
  /** Sum of our seconds over the measures those peer figures matched. */
  readonly ourSeconds: number;
  readonly ratio: number;
  /** Some peer figures in it are extrapolated, not measured. */
  readonly extrapolated: boolean;
  /** Some matching peer measures were skipped or failed, so the peer sum is incomplete. */
  readonly partial: boolean;
}

/** Our measure id that computes a peer measure, if any. */
export function counterpartOf(
  peerMeasure: string,
  ours: readonly MeasureTiming[],
): MeasureTiming | undefined {
  const outputs = PEER_COUNTERPARTS[peerMeasure] ?? [];
  return ours.find((measure) => measure.outputs.some((output) => outputs.includes(output)));
}

/** Compares the peer measures whose counterpart lies in `family` (every family when omitted). */
export function compare(
  peer: PeerReport,
  ours: readonly MeasureTiming[],
  family?: string,
): Comparison | undefined {
  let peerSeconds = 0;
  let extrapolated = false;
  let partial = false;
  const matched = new Set<MeasureTiming>();
  for (const [name, figure] of Object.entries(peer.measures) as [string, PeerMeasure][]) {
    const counterpart = counterpartOf(name, ours);
    if (!counterpart || (family && counterpart.family !== family) || figure.comparable === false) continue;
    if (figure.seconds === undefined) {
      if (figure.status !== 'unavailable') partial = true;
      continue;
    }
    peerSeconds += figure.seconds;
    extrapolated ||= figure.status === 'extrapolated';
    matched.add(counterpart);
  }
  if (matched.size === 0) return undefined;
  const ourSeconds = [...matched].reduce((sum, measure) => sum + measure.ms / 1000, 0);
  return { peerSeconds, ourSeconds, ratio: peerSeconds / ourSeconds, extrapolated, partial };
}
