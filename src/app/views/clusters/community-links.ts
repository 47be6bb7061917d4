/**
 * Which communities talk to which: ties between pairs of communities, counted over the
 * ecosystem's edges with each pair of actors counted once whatever the number or direction of
 * relations between them — the same "tie" the communities table counts, so the figures agree.
 * A presentation aggregate (one pass over the edges), cheap enough for the main thread.
 */
import type { Ecosystem } from '../../../model/ecosystem.ts';

export interface CommunityPair {
  /** The smaller community number first. */
  readonly first: number;
  readonly second: number;
  readonly ties: number;
}

export interface CommunityLinks {
  /** Pairs with at least one tie between them, most ties first. */
  readonly pairs: readonly CommunityPair[];
  /** Ties whose ends lie in different communities. */
  readonly betweenTies: number;
  /** Ties inside one community. */
  readonly withinTies: number;
}

export function communityLinks(ecosystem: Ecosystem, community: ArrayLike<number>): CommunityLinks {
  const indexOf = new Map<string, number>();
  ecosystem.forEachNode((key) => indexOf.set(key, indexOf.size));
  const tiesByPair = new Map<string, number>();
  const seenActorPairs = new Set<string>();
  let betweenTies = 0;
  let withinTies = 0;
  ecosystem.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const [low, high] = orderedPair(indexOf.get(source) as number, indexOf.get(target) as number);
    const actorPair = `${low} ${high}`;
    if (seenActorPairs.has(actorPair)) return;
    seenActorPairs.add(actorPair);
    const a = community[low];
    const b = community[high];
    if (Number.isNaN(a) || Number.isNaN(b)) return;
    if (a === b) {
      withinTies++;
      return;
    }
    betweenTies++;
    const [first, second] = orderedPair(a, b);
    const pairKey = `${first} ${second}`;
    tiesByPair.set(pairKey, (tiesByPair.get(pairKey) ?? 0) + 1);
  });
  const pairs = [...tiesByPair].map(([pairKey, ties]) => {
    const [first, second] = pairKey.split(' ').map(Number);
    return { first, second, ties };
  });
  pairs.sort((x, y) => y.ties - x.ties || x.first - y.first || x.second - y.second);
  return { pairs, betweenTies, withinTies };
}

function orderedPair(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** The pairs that touch one community, for "who does this community talk to". */
export function linksOf(links: CommunityLinks, community: number): CommunityPair[] {
  return links.pairs.filter((pair) => pair.first === community || pair.second === community);
}

/** The other side of a pair, seen from one of its communities. */
export function partnerCommunity(pair: CommunityPair, community: number): number {
  return pair.first === community ? pair.second : pair.first;
}
