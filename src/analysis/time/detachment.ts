/**
 * Local detachment paths: per actor and year, its share of local ties and its local attachment,
 * and the actors whose share of local ties fell (detaching: their ties moved out of their
 * locality group, as when a firm's knowledge ties go global) or rose (attaching) between two
 * windows. The locality rule is the E-I index's (../locality.ts, field or distance):
 * - share of local ties = I / (I + E) over its classified ties (as the `local_share` column);
 * - local attachment (design guide §4, Geography) = its local knowledge ties / its classified
 *   knowledge ties, computed by the `local-attachment` measure; empty without knowledge ties.
 * Columns are aligned with the whole network's node index; NaN where the actor has no such tie.
 */
import type { ActiveSet, TimeIndex } from '../../model/time.ts';
import { localityOf, UNCLASSIFIED } from '../locality.ts';
import { localAttachment } from '../measures/local-attachment.ts';
import { resolveOptions } from '../options.ts';
import { type ActorTable, type Column, NO_PROGRESS, type OptionValues } from '../types.ts';
import type { TieChanges } from './tie-changes.ts';
import { type TiePairs, tieViewOf, windowInput } from './tie-pairs.ts';

export interface LocalityShares {
  readonly localShare: Column;
  readonly localAttachment: Column;
}

export interface LocalityPath extends LocalityShares {
  readonly year: number;
}

export interface Detachment {
  readonly from: LocalityShares;
  readonly to: LocalityShares;
  /** to − from of the share of local ties; NaN unless the actor has classified ties in both. */
  readonly change: Column;
  /** Node indices whose share fell by more than the threshold, the steepest fall first. */
  readonly detaching: readonly number[];
  /** Node indices whose share rose by more than the threshold, the steepest rise first. */
  readonly attaching: readonly number[];
  /** The shares in each year between the two windows (the paths), in year order. */
  readonly paths: readonly LocalityPath[];
}

/**
 * Shares of local ties and local attachment of every actor over the relations of an active set,
 * by the registry's own definitions: `local_share` as the locality measure computes it, and the
 * local-attachment measure itself (its knowledge ties: a knowledge relation or a knowledge
 * institution as partner, by default).
 */
export function localityShares(
  index: TimeIndex,
  relations: Uint8Array,
  actors: ActorTable,
  locality: OptionValues,
): LocalityShares {
  const input = windowInput(index, relations, actors);
  const n = index.actorKeys.length;
  const { localTies, externalTies } = localityOf(input, locality);
  const localShare = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const classified = localTies[v] + externalTies[v];
    localShare[v] = classified > 0 ? localTies[v] / classified : Number.NaN;
  }
  const attachment = localAttachment.compute(input, resolveOptions(localAttachment, locality), NO_PROGRESS);
  return { localShare, localAttachment: attachment.columns.local_attachment };
}

export interface DetachmentOptions {
  /** Locality options as the locality measure takes them (`localBy`, `localKm`). */
  readonly locality: OptionValues;
  /** A change must exceed this to count (default 0: any fall or rise). */
  readonly threshold?: number;
  /** Years for the paths (default: the observed years from the first window to the last). */
  readonly years?: readonly number[];
  /** Active set of a single year, for the paths (the caller's snapshot options apply). */
  readonly activeInYear: (year: number) => ActiveSet;
}

export function detachment(
  index: TimeIndex,
  from: ActiveSet,
  to: ActiveSet,
  actors: ActorTable,
  options: DetachmentOptions,
): Detachment {
  const threshold = options.threshold ?? 0;
  const sharesFrom = localityShares(index, from.relations, actors, options.locality);
  const sharesTo = localityShares(index, to.relations, actors, options.locality);
  const n = index.actorKeys.length;
  const change = new Float64Array(n);
  const detaching: number[] = [];
  const attaching: number[] = [];
  for (let v = 0; v < n; v++) {
    change[v] = sharesTo.localShare[v] - sharesFrom.localShare[v];
    if (change[v] < -threshold) detaching.push(v);
    else if (change[v] > threshold) attaching.push(v);
  }
  detaching.sort((a, b) => change[a] - change[b] || a - b);
  attaching.sort((a, b) => change[b] - change[a] || a - b);
  const first = Math.min(from.window.from, to.window.from);
  const last = Math.max(from.window.to, to.window.to);
  const years = options.years ?? index.years.filter((year) => year >= first && year <= last);
  const paths = years.map((year) => ({
    year,
    ...localityShares(index, options.activeInYear(year).relations, actors, options.locality),
  }));
  return { from: sharesFrom, to: sharesTo, change, detaching, attaching, paths };
}

/**
 * Whether each tie of a comparison is local (1), external (0) or unclassified (−1) under the
 * locality rule: a tie that entered abroad is how a firm's ties "go global".
 */
export function tieLocality(
  index: TimeIndex,
  ties: TieChanges,
  actors: ActorTable,
  locality: OptionValues,
): Int8Array {
  const n = index.actorKeys.length;
  const codes = Float64Array.from(ties.source, (u, k) => u * n + ties.target[k]);
  const pairs: TiePairs = { nodeCount: n, codes, strengths: new Float64Array(codes.length).fill(1) };
  const view = tieViewOf(index, pairs);
  const { tieClass } = localityOf({ tie: view, actors }, locality);
  return Int8Array.from(ties.source, (u, k) => {
    const v = ties.target[k];
    for (let slot = view.offsets[u]; slot < view.offsets[u + 1]; slot++)
      if (view.neighbours[slot] === v) return tieClass[slot];
    return UNCLASSIFIED;
  });
}
