"""NetworkX doing the work of our registry on the same tables (see peer_common.py).

Every measure is NetworkX's own function with the arguments that guide §4 names as our
reference (unweighted; eigenvector and PageRank at tol=1e-10, max_iter=1000). Shortest-path
measures are one BFS per source, so a probe over a few seeded sources predicts the full run;
when the prediction does not fit the budget, that prediction is reported and labelled
"extrapolated" instead of a measurement.

With --sample k (the Horizon 2020 workload) betweenness uses NetworkX's own k-pivot sampling,
and closeness and harmonic are computed for k seeded sources: the same k breadth-first
searches our sampled run does. Diameter is then left out, as our sampled run computes none.
"""

import time

import networkx as nx

from peer_common import Budget, emit, parse_args, read_tie_view, sample_nodes

PROBE_SOURCES = 100
# Share of the budget kept for the shortest-path probes.
PROBE_SHARE = 0.15


def build_graph(ids, strengths):
    graph = nx.Graph()
    graph.add_nodes_from(range(len(ids)))
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in strengths.items())
    return graph


def main():
    args = parse_args(__doc__)
    started = time.perf_counter()  # file -> graph: reading the CSV tables counts, as on our side
    ids, strengths = read_tie_view(args.actors, args.relations)
    graph = build_graph(ids, strengths)
    file_to_graph_seconds = time.perf_counter() - started
    n = graph.number_of_nodes()
    budget = Budget(args.budget)
    seed = args.seed

    def nodes(k):
        return sample_nodes(n, k, seed)

    budget.measured("degree", lambda: dict(graph.degree()))
    budget.measured("core", lambda: nx.core_number(graph))
    budget.measured("pagerank", lambda: nx.pagerank(graph, weight=None, tol=1e-10, max_iter=1000))
    budget.measured("eigenvector", lambda: nx.eigenvector_centrality(graph, max_iter=1000, tol=1e-10))
    budget.measured("assortativity", lambda: nx.degree_assortativity_coefficient(graph))
    budget.measured("louvain", lambda: nx.community.louvain_communities(graph, weight=None, seed=seed))
    # Not probed: for a subset of nodes NetworkX takes a slow per-ego path, for all nodes a fast one.
    # They leave part of the budget to the shortest-path probes, which can always be extrapolated.
    keep = PROBE_SHARE * args.budget
    budget.measured("clustering", lambda: nx.clustering(graph), keep=keep)
    budget.measured("constraint", lambda: nx.constraint(graph), keep=keep)
    budget.measured("effective_size", lambda: nx.effective_size(graph), keep=keep)

    sources = n if args.sample <= 0 else min(args.sample, n)
    scope = "exact" if sources == n else f"{sources} seeded sources"
    # A probe of a few seconds: fewer sources on large graphs, where each BFS costs more.
    probe = PROBE_SOURCES if graph.number_of_edges() < 200_000 else PROBE_SOURCES // 5
    # Betweenness first: it is the figure the targets are about, so it gets the budget first.
    budget.probed(
        "betweenness",
        lambda: nx.betweenness_centrality(graph, k=probe, seed=seed),
        lambda: nx.betweenness_centrality(graph, k=None if sources == n else sources, seed=seed),
        probe, sources, "pivots", "exact" if sources == n else f"k={sources} pivots",
    )
    budget.probed(
        "closeness",
        lambda: [nx.closeness_centrality(graph, u=u) for u in nodes(probe)],
        (lambda: nx.closeness_centrality(graph)) if sources == n
        else (lambda: [nx.closeness_centrality(graph, u=u) for u in nodes(sources)]),
        probe, sources, "sources", scope,
    )
    budget.probed(
        "harmonic",
        lambda: nx.harmonic_centrality(graph, sources=nodes(probe)),
        lambda: nx.harmonic_centrality(graph, sources=None if sources == n else nodes(sources)),
        probe, sources, "sources", scope,
    )
    budget.measured("components", lambda: nx.number_connected_components(graph))
    if args.sample <= 0:
        # nx.diameter is one BFS per node of the largest component: probe with a few eccentricities.
        largest = graph.subgraph(max(nx.connected_components(graph), key=len))
        probe_nodes = sample_nodes(largest.number_of_nodes(), probe, seed)
        members = list(largest)
        budget.probed(
            "diameter",
            lambda: nx.eccentricity(largest, v=[members[i] for i in probe_nodes]),
            lambda: nx.diameter(largest),
            probe, largest.number_of_nodes(), "eccentricities", "largest component",
        )
    emit("networkx", nx.__version__, n, graph.number_of_edges(), file_to_graph_seconds, budget)


if __name__ == "__main__":
    main()
