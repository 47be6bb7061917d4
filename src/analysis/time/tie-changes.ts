/**
 * Ties that entered, left and persisted between two snapshots, on the tie view (design guide §4,
 * Time): entered = in B's tie view and not A's, left = the reverse, persisted = in both;
 * churn = (entered + left) / |A ∪ B|. The two snapshots' pairs are sorted, so one merge pass
 * lists every tie of A ∪ B once, with its strength in each.
 */
import { pairEnds, type TiePairs } from './tie-pairs.ts';

export const TIE_STATUSES = ['left', 'persisted', 'entered'] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];
export const TIE_LEFT = 0;
export const TIE_PERSISTED = 1;
export const TIE_ENTERED = 2;

/** Every tie of A ∪ B, ordered by its ends (node indices of the whole network). */
export interface TieChanges {
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Index into TIE_STATUSES. */
  readonly status: Uint8Array;
  /** Tie strength in A and in B; NaN where the tie is absent. */
  readonly strengthFrom: Float64Array;
  readonly strengthTo: Float64Array;
  readonly entered: number;
  readonly left: number;
  readonly persisted: number;
  /** |A ∪ B| = entered + left + persisted. */
  readonly union: number;
  /** (entered + left) / |A ∪ B|; null when neither snapshot has a tie. */
  readonly churn: number | null;
}

export function compareTies(from: TiePairs, to: TiePairs): TieChanges {
  const capacity = from.codes.length + to.codes.length;
  const source = new Int32Array(capacity);
  const target = new Int32Array(capacity);
  const status = new Uint8Array(capacity);
  const strengthFrom = new Float64Array(capacity);
  const strengthTo = new Float64Array(capacity);
  const counts = [0, 0, 0];
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < from.codes.length || b < to.codes.length) {
    const codeA = a < from.codes.length ? from.codes[a] : Number.POSITIVE_INFINITY;
    const codeB = b < to.codes.length ? to.codes[b] : Number.POSITIVE_INFINITY;
    const inA = codeA <= codeB;
    const inB = codeB <= codeA;
    const [u, v] = inA ? pairEnds(from, a) : pairEnds(to, b);
    source[k] = u;
    target[k] = v;
    status[k] = inA && inB ? TIE_PERSISTED : inA ? TIE_LEFT : TIE_ENTERED;
    strengthFrom[k] = inA ? from.strengths[a++] : Number.NaN;
    strengthTo[k] = inB ? to.strengths[b++] : Number.NaN;
    counts[status[k]]++;
    k++;
  }
  const union = k;
  return {
    source: source.slice(0, k),
    target: target.slice(0, k),
    status: status.slice(0, k),
    strengthFrom: strengthFrom.slice(0, k),
    strengthTo: strengthTo.slice(0, k),
    entered: counts[TIE_ENTERED],
    left: counts[TIE_LEFT],
    persisted: counts[TIE_PERSISTED],
    union,
    churn: union > 0 ? (counts[TIE_ENTERED] + counts[TIE_LEFT]) / union : null,
  };
}
