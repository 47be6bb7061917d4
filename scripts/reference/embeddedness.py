"""Reference values for the portfolio, role and frontier outputs (design guide §4), in plain Python.

These outputs have no NetworkX function of their own; each is written here from its definition
on a NetworkX tie graph (nodes with `kind`, `locality`, `frontier`; ties with summed `strength`),
independently of the TypeScript code, so that the fixtures check our implementation.
"""

import networkx as nx

STRONG_AT = 4  # strength of a tie (weekly contact or more often)
PORTFOLIO_MIN, PORTFOLIO_MAX = 10, 12
GIULIANI_BELL_ROLES = ["isolated", "mutual exchanger", "external star", "gatekeeper"]


def portfolio_measures(graph, ids):
    strong, diversity, gap, band = {}, {}, {}, {}
    for v in ids:
        degree = graph.degree(v)
        ties = graph[v]
        strong[v] = sum(1 for u in ties if ties[u]["strength"] >= STRONG_AT) / degree if degree else None
        kinds = {}
        for u in ties:
            kinds[graph.nodes[u]["kind"]] = kinds.get(graph.nodes[u]["kind"], 0) + 1
        diversity[v] = 1 - sum((count / degree) ** 2 for count in kinds.values()) if degree else None
        if degree < PORTFOLIO_MIN:
            gap[v], band[v] = degree - PORTFOLIO_MIN, 0
        elif degree > PORTFOLIO_MAX:
            gap[v], band[v] = degree - PORTFOLIO_MAX, 2
        else:
            gap[v], band[v] = 0, 1
    return {"strong_tie_share": strong, "partner_diversity": diversity, "portfolio_gap": gap, "portfolio_band": band}


def frontier_measures(graph, ids):
    """Hop distance to the nearest frontier actor (networkx.multi_source_dijkstra_path_length, unit lengths)."""
    frontier = [v for v in ids if graph.nodes[v]["frontier"] is True]
    reach = nx.multi_source_dijkstra_path_length(graph, frontier, weight=lambda u, v, d: 1) if frontier else {}
    distance = {v: reach.get(v) for v in ids}
    partner = {v: int(any(graph.nodes[u]["frontier"] is True for u in graph[v])) for v in ids}
    firms = [v for v in ids if graph.nodes[v]["kind"] == "firm"]
    figures = {
        "frontier_actors": len(frontier),
        "firms_with_frontier_partner_share": sum(partner[v] for v in firms) / len(firms) if firms else None,
    }
    return {"frontier_distance": distance, "frontier_partner": partner}, figures


def giuliani_bell(ids, local, external):
    """Giuliani & Bell (2005): local and external ties each 'high' when strictly above the mean over all actors."""
    if not ids:
        return {"giuliani_bell_role": {}}, {
            "giuliani_bell_mean_local_ties": None,
            "giuliani_bell_mean_external_ties": None,
            "giuliani_bell_gatekeepers": 0,
            "giuliani_bell_external_stars": 0,
            "giuliani_bell_mutual_exchangers": 0,
            "giuliani_bell_isolated": 0,
        }
    mean_local = sum(local[v] for v in ids) / len(ids)
    mean_external = sum(external[v] for v in ids) / len(ids)
    role = {v: (1 if local[v] > mean_local else 0) + (2 if external[v] > mean_external else 0) for v in ids}
    counts = [sum(1 for v in ids if role[v] == code) for code in range(4)]
    return {"giuliani_bell_role": role}, {
        "giuliani_bell_mean_local_ties": mean_local,
        "giuliani_bell_mean_external_ties": mean_external,
        "giuliani_bell_gatekeepers": counts[3],
        "giuliani_bell_external_stars": counts[2],
        "giuliani_bell_mutual_exchangers": counts[1],
        "giuliani_bell_isolated": counts[0],
    }


def local_share(ids, local, external):
    return {v: local[v] / (local[v] + external[v]) if local[v] + external[v] else None for v in ids}
