"""Gould-Fernandez brokerage in plain Python, transcribed from R sna 2.7-1 `brokerage()`.

Used only to cross-check the values R sna writes (the fixtures store sna's own numbers), and as
a readable statement of what sna computes:

- raw counts: on a directed simple graph, for every broker v, every in-neighbour a and every
  out-neighbour b of v with a != b and no arc a -> b, v scores once in exactly one role:
    coordinator    (sna w_I)  a, v, b all in one group            A -> A -> A
    itinerant      (sna w_O)  a, b in one group, v in another      A -> B -> A
    representative (sna b_IO) a, v in one group, b in another      A -> A -> B
    gatekeeper     (sna b_OI) v, b in one group, a in another      A -> B -> B
    liaison        (sna b_O)  a, v, b in three different groups    A -> B -> C
  and total (sna t) is their sum;
- expectations and variances depend only on the group sizes n, the node count N and the density
  d = arcs / (N (N - 1)) (all arcs of the flow view, isolates included in N);
  z = (raw - expected) / sqrt(variance), which is 0/0 = NaN whenever the variance is 0 (for
  example a group of one for coordinator and representative, a single group for itinerant).
"""

import math

ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"]
SNA_COLUMNS = ["w_I", "w_O", "b_IO", "b_OI", "b_O", "t"]


def raw_counts(node_count, arcs, groups):
    """arcs: set of (i, j); groups: list of group labels by node index. Returns {role: [count]}."""
    out_neighbours = [[] for _ in range(node_count)]
    in_neighbours = [[] for _ in range(node_count)]
    for i, j in arcs:
        out_neighbours[i].append(j)
        in_neighbours[j].append(i)
    counts = {role: [0] * node_count for role in ROLES}
    for v in range(node_count):
        for a in in_neighbours[v]:
            for b in out_neighbours[v]:
                if a == b or (a, b) in arcs:
                    continue
                ga, gv, gb = groups[a], groups[v], groups[b]
                if ga == gv == gb:
                    role = "coordinator"
                elif ga == gb:
                    role = "itinerant"
                elif ga == gv:
                    role = "representative"
                elif gv == gb:
                    role = "gatekeeper"
                else:
                    role = "liaison"
                counts[role][v] += 1
                counts["total"][v] += 1
    return counts


def _choose2(x):
    # R's choose(x, 2) for any real x
    return x * (x - 1) / 2


def _group_sizes(groups):
    order = []
    size = {}
    for g in groups:
        if g not in size:
            order.append(g)
            size[g] = 0
        size[g] += 1
    return order, size


def node_expectations(node_count, arc_count, groups):
    """{group: ([expected by role], [variance by role])}, as sna's exp.grp and sd.grp**2."""
    N = float(node_count)
    d = arc_count / (N * (N - 1)) if node_count > 1 else float("nan")
    base = d * d * (1 - d)
    cube = d**3 * (1 - d) ** 3
    order, size = _group_sizes(groups)
    result = {}
    for g in order:
        n = float(size[g])
        others = [float(size[h]) for h in order if h != g]
        e = [0.0] * 6
        v = [0.0] * 6
        e[0] = base * (n - 1) * (n - 2)
        v[0] = e[0] * (1 - base) + 2 * (n - 1) * (n - 2) * (n - 3) * cube
        e[1] = base * sum(x * (x - 1) for x in others)
        v[1] = e[1] * (1 - base) + 2 * sum(x * (x - 1) * (x - 2) for x in others) * cube
        e[2] = base * (N - n) * (n - 1)
        v[2] = e[2] * (1 - base) + 2 * ((n - 1) * _choose2(N - n) + (N - n) * _choose2(n - 1)) * cube
        e[3], v[3] = e[2], v[2]
        e[4] = base * (sum(x * y for x in others for y in others) - sum(x * x for x in others))
        v[4] = e[4] * (1 - base) + 4 * sum(x * _choose2(N - x - n) * cube for x in others)
        e[5] = base * (N - 1) * (N - 2)
        v[5] = e[5] * (1 - base) + 2 * (N - 1) * (N - 2) * (N - 3) * cube
        result[g] = (e, v)
    return result


def graph_expectations(node_count, arc_count, groups):
    """([expected by role], [variance by role]) of the graph totals, as sna's exp.gli and sd.gli**2."""
    N = float(node_count)
    d = arc_count / (N * (N - 1)) if node_count > 1 else float("nan")
    base = d * d * (1 - d)
    d3 = d**3 * (1 - d) ** 3
    d4 = d**4 * (1 - d) ** 2
    d5 = d**5 * (1 - d)
    order, size = _group_sizes(groups)
    ns = [float(size[g]) for g in order]
    e = [0.0] * 6
    v = [0.0] * 6
    e[0] = base * sum(n * (n - 1) * (n - 2) for n in ns)
    v[0] = e[0] * (1 - base) + sum(
        n * (n - 1) * (n - 2) * ((4 * n - 10) * d3 - 4 * (n - 3) * d4 + (n - 3) * d5) for n in ns
    )
    e[1] = base * sum(n * (N - n) * (n - 1) for n in ns)
    v[1] = e[1] * (1 - base) + (
        sum(x * y * (x - 1) * ((2 * x + 2 * y - 6) * d3 + (N - x - 1) * d5) for x in ns for y in ns)
        - sum(n * n * (n - 1) * ((4 * n - 6) * d3 + (N - n - 1) * d5) for n in ns)
    )
    e[2] = base * sum(n * (N - n) * (n - 1) for n in ns)
    v[2] = e[2] * (1 - base) + sum(n * (N - n) * (n - 1) * ((N - 3) * d3 + (n - 2) * d5) for n in ns)
    e[3], v[3] = e[2], v[2]
    e[4] = base * (sum(x * y * (N - x - y) for x in ns for y in ns) - sum(n * n * (N - 2 * n) for n in ns))
    v[4] = e[4] * (1 - base)
    k = len(ns)
    for i in range(k):
        for j in range(k):
            for m in range(k):
                if i != j and j != m and i != m:
                    ni, nj, nk = ns[i], ns[j], ns[m]
                    v[4] += (
                        ni
                        * nj
                        * nk
                        * (
                            (4 * (N - nj) - 2 * (ni + nk + 1)) * d3
                            - (4 * (N - nk) - 2 * (ni + nj + 1)) * d4
                            + (N - (ni + nk + 1)) * d5
                        )
                    )
    e[5] = base * N * (N - 1) * (N - 2)
    v[5] = e[5] * (1 - base) + N * (N - 1) * (N - 2) * ((4 * N - 10) * d3 - 4 * (N - 3) * d4 + (N - 3) * d5)
    return e, v


def z_score(raw, expected, variance):
    """(raw - expected) / sqrt(variance) with R's IEEE semantics: 0/0 -> NaN, x/0 -> +-Inf."""
    if variance != variance or expected != expected:
        return float("nan")
    if variance < 0:
        return float("nan")
    sd = math.sqrt(variance)
    diff = raw - expected
    if sd == 0:
        if diff == 0:
            return float("nan")
        return math.copysign(float("inf"), diff)
    return diff / sd
