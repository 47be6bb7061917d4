/**
 * Where an actor stands among actors of its own kind: the share of them with a lower value.
 * A firm is compared with firms, a university with knowledge institutions — comparing a
 * university's centrality with a micro firm's says little.
 */
import type { Language } from '../../i18n/i18n.ts';
import type { Ecosystem } from '../../model/ecosystem.ts';
import type { ActorKind } from '../../model/kinds.ts';
import { decimalMark } from '../charts/format.ts';

/** Where a value stands among the other peers: how many are strictly lower, strictly higher, and compared. */
export interface Standing {
  lower: number;
  higher: number;
  compared: number;
}

/**
 * Each kind's actors as indices in `ecosystem.nodes()` order, the order of the analysis columns.
 * Computed once per network: gathering one kind's actors on every render of the profile read
 * every actor's kind again (36,000 reads on Horizon 2020, each time an actor was selected).
 */
export function peersByKind(ecosystem: Ecosystem): ReadonlyMap<ActorKind, readonly number[]> {
  const peers = new Map<ActorKind, number[]>();
  let index = 0;
  ecosystem.forEachNode((_key, actor) => {
    const list = peers.get(actor.kind);
    if (list) list.push(index);
    else peers.set(actor.kind, [index]);
    index++;
  });
  return peers;
}

/**
 * The actor's standing among the other actors of `peers` (itself left out, and those without a
 * value): comparing an actor with itself is what once said "above 100% of firms".
 */
export function standingAmong(self: number, column: Float64Array, peers: readonly number[]): Standing | null {
  const value = column[self];
  if (Number.isNaN(value)) return null;
  let lower = 0;
  let higher = 0;
  let compared = 0;
  for (const peer of peers) {
    if (peer === self) continue;
    const other = column[peer];
    if (Number.isNaN(other)) continue;
    compared++;
    if (other < value) lower++;
    else if (other > value) higher++;
  }
  return compared === 0 ? null : { lower, higher, compared };
}

/**
 * The standing in words' terms: the highest, the lowest, or higher than a whole percentage of
 * the others (rounded down, so it never claims 100% while one peer is level or above).
 */
export function standingShare(standing: Standing): {
  case: 'highest' | 'lowest' | 'share' | 'level';
  percent: number;
} {
  if (standing.lower === standing.compared) return { case: 'highest', percent: 100 };
  if (standing.lower === 0 && standing.higher === 0) return { case: 'level', percent: 0 };
  if (standing.lower === 0) return { case: 'lowest', percent: 0 };
  return { case: 'share', percent: Math.floor((100 * standing.lower) / standing.compared) };
}

/** A measure's value in the profile: three significant digits, the language's decimal mark. */
export function formatValue(value: number, language: Language, integer = false): string {
  if (Number.isNaN(value)) return '–';
  if (integer || Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return decimalMark(value.toFixed(1), language);
  if (magnitude >= 0.001) return decimalMark(value.toPrecision(3), language);
  return decimalMark(value.toExponential(2), language);
}
