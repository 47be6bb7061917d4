"""Weighted betweenness in exact rational arithmetic (stdlib only).

With distance = 1 / strength, two shortest paths of equal length can get floating-point sums
that differ in the last bit (1/3 + 1/5 + 1/2 is not always the same double as 1/2 + 1/3 + 1/5),
and NetworkX's Dijkstra, which compares path lengths with ==, then counts only one of them.
Here distances are Fractions, so equal lengths are equal. igraph 0.10 (which compares path
lengths with a relative tolerance) agrees with this to 1e-16; NetworkX does not on karate_club
and directed_regions (see the fixtures' cross_checks).
"""

import heapq
from fractions import Fraction


def weighted_betweenness(node_count, ties):
    """Brandes on the tie view with distance 1/strength; normalised like networkx.betweenness_centrality.

    ties: {(i, j): strength}. Returns a list of floats by node index.
    """
    adjacency = [[] for _ in range(node_count)]
    for (i, j), strength in ties.items():
        distance = 1 / Fraction(strength)
        adjacency[i].append((j, distance))
        adjacency[j].append((i, distance))
    totals = [Fraction(0)] * node_count
    for source in range(node_count):
        order = []
        predecessors = [[] for _ in range(node_count)]
        paths = [0] * node_count
        paths[source] = 1
        settled = {}
        tentative = {source: Fraction(0)}
        queue = [(Fraction(0), source)]
        while queue:
            distance, v = heapq.heappop(queue)
            if v in settled:
                continue
            settled[v] = distance
            order.append(v)
            for w, length in adjacency[v]:
                candidate = distance + length
                if w in settled:
                    continue
                if w not in tentative or candidate < tentative[w]:
                    tentative[w] = candidate
                    heapq.heappush(queue, (candidate, w))
                    paths[w] = paths[v]
                    predecessors[w] = [v]
                elif candidate == tentative[w]:
                    paths[w] += paths[v]
                    predecessors[w].append(v)
        dependency = [Fraction(0)] * node_count
        for w in reversed(order):
            for v in predecessors[w]:
                dependency[v] += Fraction(paths[v], paths[w]) * (1 + dependency[w])
            if w != source:
                totals[w] += dependency[w]
    # every unordered pair was counted from both ends; NetworkX divides by (n-1)(n-2) when n > 2
    scale = Fraction(1, (node_count - 1) * (node_count - 2)) if node_count > 2 else Fraction(1, 2)
    return [float(total * scale) for total in totals]
