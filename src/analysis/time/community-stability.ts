/**
 * Stability of communities between two snapshots: each community of A is matched with the
 * community of B that shares the largest Jaccard index |a ∩ b| / |a ∪ b| with it (actor sets;
 * members that left count in the union). Ties go to the lower community number of B. Communities
 * of a single actor (isolates, a community each in Louvain) are left out of the matching: they
 * would match themselves and inflate the figure.
 */
import type { Column } from '../types.ts';

export interface CommunityMatch {
  /** Community number in A. */
  readonly community: number;
  readonly size: number;
  /** Best-matching community of B; null when no member is in a community of B. */
  readonly match: number | null;
  readonly matchSize: number;
  readonly shared: number;
  readonly jaccard: number;
}

export interface CommunityStability {
  readonly matches: readonly CommunityMatch[];
  /** Communities of two or more actors in A and in B. */
  readonly communitiesFrom: number;
  readonly communitiesTo: number;
  /** Mean Jaccard index over A's communities, and weighted by their sizes; null without any. */
  readonly meanJaccard: number | null;
  readonly weightedJaccard: number | null;
}

/** `from` and `to` are community columns aligned with the whole network's node index (NaN absent). */
export function communityStability(from: Column, to: Column, minSize = 2): CommunityStability {
  const sizesFrom = communitySizes(from);
  const sizesTo = communitySizes(to);
  const overlaps = new Map<number, Map<number, number>>();
  for (let v = 0; v < from.length; v++) {
    const a = from[v];
    const b = to[v];
    if (
      Number.isNaN(a) ||
      Number.isNaN(b) ||
      (sizesFrom.get(a) ?? 0) < minSize ||
      (sizesTo.get(b) ?? 0) < minSize
    )
      continue;
    let row = overlaps.get(a);
    if (!row) {
      row = new Map();
      overlaps.set(a, row);
    }
    row.set(b, (row.get(b) ?? 0) + 1);
  }
  const matches: CommunityMatch[] = [];
  for (const [community, size] of [...sizesFrom].sort((x, y) => x[0] - y[0])) {
    if (size < minSize) continue;
    let best: CommunityMatch = { community, size, match: null, matchSize: 0, shared: 0, jaccard: 0 };
    for (const [match, shared] of overlaps.get(community) ?? []) {
      const matchSize = sizesTo.get(match) as number;
      const jaccard = shared / (size + matchSize - shared);
      if (jaccard > best.jaccard || (jaccard === best.jaccard && best.match !== null && match < best.match))
        best = { community, size, match, matchSize, shared, jaccard };
    }
    matches.push(best);
  }
  const total = matches.reduce((sum, match) => sum + match.size, 0);
  return {
    matches,
    communitiesFrom: matches.length,
    communitiesTo: [...sizesTo.values()].filter((size) => size >= minSize).length,
    meanJaccard: matches.length > 0 ? matches.reduce((sum, m) => sum + m.jaccard, 0) / matches.length : null,
    weightedJaccard: total > 0 ? matches.reduce((sum, m) => sum + m.jaccard * m.size, 0) / total : null,
  };
}

function communitySizes(column: Column): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const code of column) if (!Number.isNaN(code)) sizes.set(code, (sizes.get(code) ?? 0) + 1);
  return sizes;
}
