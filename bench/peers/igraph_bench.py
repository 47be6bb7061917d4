"""python-igraph doing the work of our registry on the same tables (see peer_common.py).

igraph has no sampled betweenness: with --sample k (the Horizon 2020 workload) its betweenness
is exact, timed only within the budget, and marked not comparable with our sampled run.
Closeness and harmonic centrality are computed for the same number of seeded source vertices,
which is the work our sampled run does. igraph has Burt's constraint but no effective size.
"""

import time

import igraph

from peer_common import Budget, emit, parse_args, read_tie_view, sample_nodes

# igraph's exact betweenness took 2.6x its closeness on the design point; 3 leaves a margin.
BETWEENNESS_PER_BFS = 3


def main():
    args = parse_args(__doc__)
    started = time.perf_counter()  # file -> graph: reading the CSV tables counts, as on our side
    ids, strengths = read_tie_view(args.actors, args.relations)
    graph = igraph.Graph(n=len(ids), edges=list(strengths.keys()), directed=False)
    graph.es["weight"] = list(strengths.values())
    file_to_graph_seconds = time.perf_counter() - started
    n = graph.vcount()
    budget = Budget(args.budget)
    sampled = 0 < args.sample < n
    sources = sample_nodes(n, args.sample, args.seed) if sampled else None
    scope = f"{args.sample} seeded sources" if sampled else "exact"

    budget.measured("degree", lambda: graph.degree())
    budget.measured("core", lambda: graph.coreness())
    budget.measured("pagerank", lambda: graph.pagerank(weights=None))
    budget.measured("eigenvector", lambda: graph.eigenvector_centrality(scale=False))
    budget.measured("assortativity", lambda: graph.assortativity_degree(directed=False))
    budget.measured("louvain", lambda: graph.community_multilevel(weights=None))
    budget.measured("clustering", lambda: graph.transitivity_local_undirected(mode="zero"))
    budget.measured("constraint", lambda: graph.constraint())
    budget.record("effective_size", "unavailable", note="igraph has no effective size")
    budget.measured("harmonic", lambda: graph.harmonic_centrality(vertices=sources), scope)
    budget.measured("closeness", lambda: graph.closeness(vertices=sources), scope)
    budget.measured("components", lambda: len(graph.connected_components()))
    if not sampled:
        budget.measured("diameter", lambda: graph.diameter(directed=False), "exact")
    # Last, since on the large workload it may use up what is left of the budget.
    closeness = budget.measures.get("closeness", {}).get("seconds")
    if sampled and closeness is not None:
        # Not a reported figure: only decides whether an attempt can fit. Brandes costs about
        # BETWEENNESS_PER_BFS breadth-first searches per source (measured at the design point).
        predicted = closeness * n / args.sample * BETWEENNESS_PER_BFS
        if predicted > budget.left():
            budget.record(
                "betweenness", "skipped",
                note=f"exact only (no pivot sampling); predicted ~{predicted:.0f} s > {budget.left():.0f} s budget left",
                comparable=False,
            )
            emit("igraph", igraph.__version__, n, graph.ecount(), file_to_graph_seconds, budget)
            return
    budget.measured(
        "betweenness",
        lambda: graph.betweenness(directed=False),
        "exact only (igraph has no pivot sampling)" if sampled else "exact",
        comparable=not sampled,
    )
    emit("igraph", igraph.__version__, n, graph.ecount(), file_to_graph_seconds, budget)


if __name__ == "__main__":
    main()
