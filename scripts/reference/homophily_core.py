"""Homophily (NetworkX) and core/periphery (core_periphery.py) values of a fixture.

Homophily by the definition's `homophily_field` (categorical) and `numeric_field` (numeric):
- homophily_assortativity: networkx.attribute_assortativity_coefficient;
- homophily_numeric_assortativity: networkx.numeric_assortativity_coefficient (null when the
  network has no numeric field);
- homophily_ei_index, homophily_internal_ties, homophily_external_ties: E-I by the field, each
  tie once;
- the mixing matrix from networkx.attribute_mixing_dict (which counts a tie inside a group from
  both ends: halved on the diagonal, so a cell is a number of ties) and the per-group E-I.
"""

import math
import warnings

import networkx as nx
import numpy

import core_periphery
from refcommon import clean_number, node_ids, tie_view


def homophily_graph(definition):
    graph = nx.Graph()
    field = definition["homophily_field"]
    numeric = definition.get("numeric_field")
    for node in definition["nodes"]:
        value = node["kind"] if field == "kind" else node.get(field)
        attributes = {"homophily": value}
        if numeric:
            attributes["numeric"] = node.get(numeric)
        graph.add_node(node["id"], **attributes)
    ids = node_ids(definition)
    for i, j in tie_view(definition):
        graph.add_edge(ids[i], ids[j])
    return graph


def homophily_figures(definition):
    with warnings.catch_warnings(), numpy.errstate(all="ignore"):
        warnings.simplefilter("ignore")  # NetworkX divides 0 by 0 when every end has one value
        return _homophily_figures(definition)


def _homophily_figures(definition):
    graph = homophily_graph(definition)
    figures = {}
    if graph.number_of_edges() == 0:
        figures["homophily_assortativity"] = 0.0  # NetworkX's value without ties
    else:
        with_nan = nx.attribute_assortativity_coefficient(graph, "homophily")
        figures["homophily_assortativity"] = None if math.isnan(with_nan) else with_nan
    numeric = definition.get("numeric_field")
    figures["homophily_numeric_actors"] = (
        sum(1 for node in definition["nodes"] if isinstance(node.get(numeric), (int, float)) and not isinstance(node.get(numeric), bool))
    )
    # Actors without a numeric value are left out, with their ties (NetworkX needs a value everywhere).
    valued = [
        v for v, value in graph.nodes(data="numeric") if isinstance(value, (int, float)) and not isinstance(value, bool)
    ]
    sub = graph.subgraph(valued)
    if sub.number_of_edges() > 0:
        value = nx.numeric_assortativity_coefficient(sub, "numeric")
        figures["homophily_numeric_assortativity"] = None if math.isnan(value) else value
    else:
        figures["homophily_numeric_assortativity"] = None
    internal = sum(1 for u, v in graph.edges() if graph.nodes[u]["homophily"] == graph.nodes[v]["homophily"])
    external = graph.number_of_edges() - internal
    figures["homophily_internal_ties"] = internal
    figures["homophily_external_ties"] = external
    figures["homophily_ei_index"] = (external - internal) / (external + internal) if external + internal else None
    return {key: clean_number(value) for key, value in figures.items()}


def homophily_tables(definition):
    graph = homophily_graph(definition)
    mixing = nx.attribute_mixing_dict(graph, "homophily")
    groups = []
    for node in definition["nodes"]:
        value = node["kind"] if definition["homophily_field"] == "kind" else node.get(definition["homophily_field"])
        if value not in groups:
            groups.append(value)
    matrix = {
        str(g): {str(h): mixing.get(g, {}).get(h, 0) / (2 if g == h else 1) for h in groups} for g in groups
    }
    sizes = {str(g): sum(1 for _, v in graph.nodes(data="homophily") if v == g) for g in groups}
    per_group = {}
    for g in groups:
        inside = matrix[str(g)][str(g)]
        outside = sum(matrix[str(g)][str(h)] for h in groups if h != g)
        per_group[str(g)] = {
            "size": sizes[str(g)],
            "internal_ties": inside,
            "external_ties": outside,
            "ei_index": (outside - inside) / (outside + inside) if outside + inside else None,
        }
    return {
        "field": definition["homophily_field"],
        "mixing": matrix,
        "groups": per_group,
        "how": "networkx.attribute_mixing_dict(G, field); diagonal halved (NetworkX counts a tie inside a "
        "group from both ends)",
    }


def core_periphery_values(definition, notes):
    """Node and graph values of both discrete variants and of continuous coreness."""
    ids = node_ids(definition)
    n = len(ids)
    ties = list(tie_view(definition))
    node, graph, methods = {}, {}, {}
    for pattern, suffix in (("ignored", ""), ("tied", "_tied")):
        best = core_periphery.discrete(n, ties, pattern)
        keys = ["core_periphery_fit", "core_size", "core_density", "periphery_density", "core_periphery_density"]
        if best is None:
            node["core_member" + suffix] = {v: None for v in ids}
            for key in keys:
                graph[key + suffix] = None
            continue
        core = best["core"]
        graph["core_periphery_fit" + suffix] = best["fit"]
        methods["core_periphery" + suffix] = best["method"]
        if not best["unique"]:
            notes.append(
                f"core_member{suffix}: {best['optimal_partitions']} partitions share the best fit, so only the "
                "fit is stored (membership, core size and densities depend on which one is taken)"
            )
            continue
        node["core_member" + suffix] = {v: core[i] for i, v in enumerate(ids)}
        size = sum(core)
        inside = sum(1 for i, j in ties if core[i] and core[j])
        periphery = sum(1 for i, j in ties if not core[i] and not core[j])
        possible_core = size * (size - 1) / 2
        possible_periphery = (n - size) * (n - size - 1) / 2
        graph["core_size" + suffix] = size
        graph["core_density" + suffix] = inside / possible_core if possible_core else None
        graph["periphery_density" + suffix] = periphery / possible_periphery if possible_periphery else None
        graph["core_periphery_density" + suffix] = (
            (len(ties) - inside - periphery) / (size * (n - size)) if size * (n - size) else None
        )
    continuous = core_periphery.minres(n, ties)
    if continuous is None:
        node["coreness"] = {v: None for v in ids}
        graph["coreness_fit"] = None
    else:
        node["coreness"] = {v: continuous["coreness"][i] for i, v in enumerate(ids)}
        graph["coreness_fit"] = continuous["fit"]
        methods["coreness"] = "scipy.optimize.minimize (L-BFGS-B) of the MINRES objective, Newton-polished"
    graph["coreness_converged"] = 1
    return node, {key: clean_number(value) for key, value in graph.items()}, methods
