"""Step 3 of the reference pipeline: NetworkX measures, merged with R sna and igraph into fixtures.

    python3 scripts/reference/networkx_reference.py WORK_DIR [FIXTURE_DIR]

Reads the network definitions (networks.py), sna's brokerage tables (sna_brokerage.R) and
igraph's results (igraph_reference.py) from WORK_DIR, computes every reference value with
NetworkX on the tie view, cross-checks, and writes one JSON fixture per network to FIXTURE_DIR
(default tests/fixtures/reference). The exact definitions are in tests/fixtures/reference/README.md.
"""

import csv
import math
import os
import platform
import random
import sys
import warnings

import networkx as nx
import numpy
import scipy

import brokerage
import embeddedness
import geography
import homophily_core
import statistics_reference
from exact_paths import weighted_betweenness
from refcommon import (
    FIXTURE_DIR,
    clean_number,
    fix_hash_seed,
    flow_view,
    network_paths,
    node_ids,
    read_json,
    tie_view,
    write_json,
)

GENERATED_BY = (
    "scripts/reference/regenerate.sh (networks.py, sna_brokerage.R, igraph_reference.py, networkx_reference.py)"
)
ALL_PAIRS_LIMIT = 2000  # above this many non-adjacent pairs, link-prediction pairs are selected
SAMPLED_PAIRS = 500
PAIR_SAMPLE_SEED = 2020
SNA_ROLE = {
    "w_I": "coordinator",
    "w_O": "itinerant",
    "b_IO": "representative",
    "b_OI": "gatekeeper",
    "b_O": "liaison",
    "t": "brokerage_total",
}
EIGENVECTOR = {"max_iter": 1000, "tol": 1e-10}
PAGERANK = {"tol": 1e-10, "max_iter": 1000}


# --- views as NetworkX graphs -----------------------------------------------------------------


def tie_graph(definition):
    ids = node_ids(definition)
    graph = nx.Graph()
    for node in definition["nodes"]:
        graph.add_node(
            node["id"],
            kind=node["kind"],
            locality=node.get(definition["locality_field"]),
            frontier=node.get("frontier") is True,
        )
    for (i, j), strength in tie_view(definition).items():
        graph.add_edge(ids[i], ids[j], strength=strength, distance=1.0 / strength)
    return graph


def attempt(notes, label, compute):
    """Runs a NetworkX call; on an exception records it in notes and returns None."""
    try:
        with warnings.catch_warnings(), numpy.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            return compute()
    except Exception as error:  # noqa: BLE001 - the exception is the reference result
        notes.append(f"{label}: networkx raised {type(error).__name__}: {error}".rstrip(": "))
        return None


def by_node(ids, values):
    if values is None:
        return {node_id: None for node_id in ids}
    return {node_id: clean_number(values[node_id]) for node_id in ids}


# --- node measures ------------------------------------------------------------------------------


def hierarchy(graph, node):
    """Burt (1992): sum_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i / N), over the N alters j."""
    alters = list(graph[node])
    count = len(alters)
    if count < 2:
        return None
    local = [nx.local_constraint(graph, node, alter) for alter in alters]
    if all(value == local[0] for value in local):
        return 0.0
    mean = sum(local) / count
    return sum((c / mean) * math.log(c / mean) for c in local) / (count * math.log(count))


def ego_densities(graph, node):
    alters = list(graph[node])
    with_ego = float(nx.density(nx.ego_graph(graph, node)))
    alters_only = float(nx.density(graph.subgraph(alters))) if len(alters) >= 2 else None
    return with_ego, alters_only


def eigenvector_iterations(graph):
    """Replays NetworkX's eigenvector power iteration; returns (iterations, values) or None."""
    nodes = list(graph)
    count = len(nodes)
    if count == 0:
        return None
    x = {v: 1.0 / count for v in nodes}
    for iteration in range(1, EIGENVECTOR["max_iter"] + 1):
        last = x
        x = dict(last)
        for v in nodes:
            for neighbour in graph[v]:
                x[neighbour] += last[v]
        norm = math.hypot(*x.values()) or 1
        x = {v: value / norm for v, value in x.items()}
        if sum(abs(x[v] - last[v]) for v in nodes) < count * EIGENVECTOR["tol"]:
            return iteration, x
    return None


def ei_measures(graph, ids):
    local, external, ei = {}, {}, {}
    for v in ids:
        internal = sum(1 for u in graph[v] if graph.nodes[u]["locality"] == graph.nodes[v]["locality"])
        outside = graph.degree(v) - internal
        local[v], external[v] = internal, outside
        ei[v] = (outside - internal) / (outside + internal) if outside + internal > 0 else None
    return ei, local, external


def node_measures(graph, ids, notes):
    measures = {}
    measures["degree"] = {v: graph.degree(v) for v in ids}
    measures["weighted_degree"] = {v: clean_number(graph.degree(v, weight="strength")) for v in ids}
    measures["betweenness"] = by_node(ids, attempt(notes, "betweenness", lambda: nx.betweenness_centrality(graph)))
    # exact rational path lengths, see exact_paths.py; NetworkX's float version is a cross-check
    index = {v: i for i, v in enumerate(ids)}
    ties = {(index[u], index[v]): data["strength"] for u, v, data in graph.edges(data=True)}
    exact = weighted_betweenness(len(ids), ties)
    measures["betweenness_weighted"] = {v: exact[index[v]] for v in ids}
    measures["closeness"] = by_node(ids, attempt(notes, "closeness", lambda: nx.closeness_centrality(graph)))
    measures["closeness_weighted"] = by_node(
        ids, attempt(notes, "closeness_weighted", lambda: nx.closeness_centrality(graph, distance="distance"))
    )
    measures["harmonic"] = by_node(ids, attempt(notes, "harmonic", lambda: nx.harmonic_centrality(graph)))
    measures["eigenvector"] = by_node(
        ids, attempt(notes, "eigenvector", lambda: nx.eigenvector_centrality(graph, **EIGENVECTOR))
    )
    measures["pagerank"] = by_node(ids, attempt(notes, "pagerank", lambda: nx.pagerank(graph, **PAGERANK)))
    measures["pagerank_weighted"] = by_node(
        ids, attempt(notes, "pagerank_weighted", lambda: nx.pagerank(graph, weight="strength", **PAGERANK))
    )
    measures["clustering"] = by_node(ids, attempt(notes, "clustering", lambda: nx.clustering(graph)))
    measures["core"] = by_node(ids, attempt(notes, "core", lambda: nx.core_number(graph)))
    measures["constraint"] = by_node(ids, attempt(notes, "constraint", lambda: nx.constraint(graph)))
    measures["constraint_weighted"] = by_node(
        ids, attempt(notes, "constraint_weighted", lambda: nx.constraint(graph, weight="strength"))
    )
    measures["effective_size"] = by_node(ids, attempt(notes, "effective_size", lambda: nx.effective_size(graph)))
    effective_size = measures["effective_size"]
    measures["efficiency"] = {
        v: None if effective_size[v] is None else effective_size[v] / graph.degree(v) for v in ids
    }
    measures["hierarchy"] = {v: hierarchy(graph, v) for v in ids}
    densities = {v: ego_densities(graph, v) for v in ids}
    measures["ego_density"] = {v: densities[v][0] for v in ids}
    measures["ego_density_alters"] = {v: densities[v][1] for v in ids}
    ei, local, external = ei_measures(graph, ids)
    measures["ei_index"], measures["local_ties"], measures["external_ties"] = ei, local, external
    measures["local_share"] = embeddedness.local_share(ids, local, external)
    roles, _ = embeddedness.giuliani_bell(ids, local, external)
    measures.update(roles)
    measures.update(embeddedness.portfolio_measures(graph, ids))
    frontier, _ = embeddedness.frontier_measures(graph, ids)
    measures.update(frontier)
    return {name: {v: clean_number(value) for v, value in values.items()} for name, values in measures.items()}


# --- graph measures -----------------------------------------------------------------------------


def largest_component(graph):
    if graph.number_of_nodes() == 0:
        return None
    return graph.subgraph(max(nx.connected_components(graph), key=len)).copy()


def graph_measures(graph, definition, partition, notes):
    figures = {}
    figures["node_count"] = graph.number_of_nodes()
    figures["tie_count"] = graph.number_of_edges()
    figures["arc_count"] = len(flow_view(definition))
    figures["density"] = attempt(notes, "density", lambda: nx.density(graph))
    figures["components"] = nx.number_connected_components(graph) if graph.number_of_nodes() else 0
    giant = largest_component(graph)
    figures["largest_component_size"] = giant.number_of_nodes() if giant is not None else 0
    figures["average_path_length"] = (
        attempt(notes, "average_path_length", lambda: nx.average_shortest_path_length(giant))
        if giant is not None
        else None
    )
    figures["diameter"] = attempt(notes, "diameter", lambda: nx.diameter(giant)) if giant is not None else None
    figures["degree_assortativity"] = attempt(
        notes, "degree_assortativity", lambda: nx.degree_assortativity_coefficient(graph)
    )
    figures["kind_assortativity"] = attempt(
        notes, "kind_assortativity", lambda: nx.attribute_assortativity_coefficient(graph, "kind")
    )
    figures["locality_assortativity"] = attempt(
        notes, "locality_assortativity", lambda: nx.attribute_assortativity_coefficient(graph, "locality")
    )
    figures["transitivity"] = attempt(notes, "transitivity", lambda: nx.transitivity(graph))
    figures["average_clustering"] = attempt(notes, "average_clustering", lambda: nx.average_clustering(graph))
    communities = {}
    for node_id, community in partition.items():
        communities.setdefault(community, set()).add(node_id)
    figures["community_count"] = len(communities)
    figures["modularity"] = attempt(
        notes, "modularity", lambda: nx.community.modularity(graph, list(communities.values()), weight=None)
    )
    groups = {}
    for node_id, data in graph.nodes(data=True):
        groups.setdefault(data["locality"], set()).add(node_id)
    figures["modularity_locality"] = attempt(
        notes, "modularity_locality", lambda: nx.community.modularity(graph, list(groups.values()), weight=None)
    )
    internal = sum(1 for u, v in graph.edges() if graph.nodes[u]["locality"] == graph.nodes[v]["locality"])
    external = graph.number_of_edges() - internal
    figures["local_ties"], figures["external_ties"] = internal, external
    figures["ei_index"] = (external - internal) / (external + internal) if external + internal else None
    figures["unclassified_ties"] = sum(
        1 for u, v in graph.edges() if graph.nodes[u]["locality"] is None or graph.nodes[v]["locality"] is None
    )
    ids = [node["id"] for node in definition["nodes"]]
    _, local, outside = ei_measures(graph, ids)
    figures.update(embeddedness.giuliani_bell(ids, local, outside)[1])
    figures.update(embeddedness.frontier_measures(graph, ids)[1])
    return {key: clean_number(value) for key, value in figures.items()}


def group_measures(graph):
    sizes, internal, external = {}, {}, {}
    for _, data in graph.nodes(data=True):
        group = str(data["locality"])
        sizes[group] = sizes.get(group, 0) + 1
        internal.setdefault(group, 0)
        external.setdefault(group, 0)
    for u, v in graph.edges():
        gu, gv = str(graph.nodes[u]["locality"]), str(graph.nodes[v]["locality"])
        if gu == gv:
            internal[gu] += 1
        else:
            external[gu] += 1
            external[gv] += 1
    ei = {
        g: (external[g] - internal[g]) / (external[g] + internal[g]) if external[g] + internal[g] else None
        for g in sizes
    }
    return {"size": sizes, "local_ties": internal, "external_ties": external, "ei_index": ei}


# --- brokerage (R sna) --------------------------------------------------------------------------


def read_sna(work_dir, name):
    path = os.path.join(work_dir, "sna", name + ".tsv")
    table = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for section, row, column, value in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if section == "error":
                return {"error": value}
            table[(section, row, column)] = float("nan") if value == "NA" else float(value)
    return table


def read_versions(work_dir):
    versions = {}
    with open(os.path.join(work_dir, "sna", "versions.tsv"), encoding="utf-8") as handle:
        for line in handle:
            key, value = line.rstrip("\n").split("\t")
            versions[key] = value
    return versions


def brokerage_measures(definition, sna, notes):
    ids = node_ids(definition)
    node, graph_level = {}, {}
    if "error" in sna:
        notes.append(f"brokerage: R sna::brokerage failed ({sna['error']}); every brokerage value is null")
        for role in SNA_ROLE.values():
            node[role], node[role + "_z"] = {}, {}
            for suffix in ("raw", "expected", "sd", "z"):
                graph_level[f"brokerage_graph_{role.replace('brokerage_', '')}_{suffix}"] = None
        return node, graph_level
    for column, role in SNA_ROLE.items():
        node[role] = {v: int(sna[("raw.nli", str(i + 1), column)]) for i, v in enumerate(ids)}
        node[role + "_z"] = {v: clean_number(sna[("z.nli", str(i + 1), column)]) for i, v in enumerate(ids)}
        short = role.replace("brokerage_", "")
        graph_level[f"brokerage_graph_{short}_raw"] = int(sna[("raw.gli", "", column)])
        for section, suffix in (("exp.gli", "expected"), ("sd.gli", "sd"), ("z.gli", "z")):
            graph_level[f"brokerage_graph_{short}_{suffix}"] = clean_number(sna[(section, "", column)])
    return node, graph_level


def brokerage_cross_check(definition, sna):
    """Compares sna's raw counts, z-scores and graph figures with the Python transcription."""
    if "error" in sna:
        return None
    ids = node_ids(definition)
    groups = [node[definition["grouping_field"]] for node in definition["nodes"]]
    arcs = set(flow_view(definition))
    raw = brokerage.raw_counts(len(ids), arcs, groups)
    per_group = brokerage.node_expectations(len(ids), len(arcs), groups)
    graph_e, graph_v = brokerage.graph_expectations(len(ids), len(arcs), groups)
    raw_diff, z_diff, graph_diff, undefined_mismatch = 0.0, 0.0, 0.0, 0
    totals = [0] * 6
    for k, (column, role) in enumerate(SNA_ROLE.items()):
        python_role = brokerage.ROLES[k]
        for i in range(len(ids)):
            python_raw = raw[python_role][i]
            totals[k] += python_raw
            raw_diff = max(raw_diff, abs(python_raw - sna[("raw.nli", str(i + 1), column)]))
            expected, variance = per_group[groups[i]][0][k], per_group[groups[i]][1][k]
            z_python = brokerage.z_score(python_raw, expected, variance)
            z_sna = sna[("z.nli", str(i + 1), column)]
            if math.isnan(z_python) != math.isnan(z_sna):
                undefined_mismatch += 1
            elif not math.isnan(z_sna):
                z_diff = max(z_diff, abs(z_python - z_sna))
        for value_python, section in (
            (totals[k], "raw.gli"),
            (graph_e[k], "exp.gli"),
            (brokerage.z_score(totals[k], graph_e[k], graph_v[k]), "z.gli"),
        ):
            value_sna = sna[(section, "", column)]
            if math.isnan(value_python) != math.isnan(value_sna):
                undefined_mismatch += 1
            elif not math.isnan(value_sna):
                graph_diff = max(graph_diff, abs(value_python - value_sna))
    return {
        "reference": "R sna::brokerage",
        "tool": "scripts/reference/brokerage.py (Python transcription of sna's code)",
        "compared": "raw and z for every node and role; graph raw, expected and z",
        "max_abs_diff_raw": raw_diff,
        "max_abs_diff_z": z_diff,
        "max_abs_diff_graph": graph_diff,
        "undefined_mismatches": undefined_mismatch,
    }


# --- link prediction ------------------------------------------------------------------------------


def candidate_pairs(graph, ids):
    """Non-adjacent pairs (u before v in node order): all of them, or a documented selection."""
    position = {v: i for i, v in enumerate(ids)}
    non_adjacent = [
        (ids[i], ids[j])
        for i in range(len(ids))
        for j in range(i + 1, len(ids))
        if not graph.has_edge(ids[i], ids[j])
    ]
    if len(non_adjacent) <= ALL_PAIRS_LIMIT:
        return non_adjacent, "all non-adjacent pairs"
    with_common = set()
    for w in ids:
        partners = sorted(graph[w], key=position.get)
        for a in range(len(partners)):
            for b in range(a + 1, len(partners)):
                u, v = partners[a], partners[b]
                if not graph.has_edge(u, v):
                    with_common.add((u, v))
    sample = random.Random(PAIR_SAMPLE_SEED).sample(non_adjacent, SAMPLED_PAIRS)
    chosen = sorted(with_common | set(sample), key=lambda pair: (position[pair[0]], position[pair[1]]))
    rule = (
        f"{len(non_adjacent)} non-adjacent pairs, too many to list: every non-adjacent pair with at least one "
        f"common neighbour ({len(with_common)}) plus random.Random({PAIR_SAMPLE_SEED}).sample(all non-adjacent "
        f"pairs in node order, {SAMPLED_PAIRS}); union sorted by node order"
    )
    return chosen, rule


def link_pairs(graph, ids):
    pairs, rule = candidate_pairs(graph, ids)
    adamic = [[u, v, clean_number(score)] for u, v, score in nx.adamic_adar_index(graph, pairs)]
    allocation = [[u, v, clean_number(score)] for u, v, score in nx.resource_allocation_index(graph, pairs)]
    return {"adamic_adar": adamic, "resource_allocation": allocation}, rule


# --- cross-checks with igraph ---------------------------------------------------------------------

IGRAPH_NODE_CHECKS = {
    "degree": "igraph degree()",
    "weighted_degree": "igraph strength(weights=strength)",
    "betweenness": "igraph betweenness() * 2 / ((n-1)(n-2))",
    "betweenness_weighted": (
        "igraph betweenness(weights=1/strength) * 2 / ((n-1)(n-2)); igraph compares path lengths with a tolerance"
    ),
    "closeness": "igraph closeness(normalized=True) * (r-1)/(n-1), r = reachable vertices incl. v; 0 for isolates",
    "closeness_weighted": "as closeness, weights=1/strength",
    "harmonic": "igraph harmonic_centrality(normalized=False)",
    "pagerank": "igraph pagerank(implementation=prpack)",
    "pagerank_weighted": "igraph pagerank(weights=strength)",
    "core": "igraph coreness()",
    "constraint": "igraph constraint()",
    "constraint_weighted": "igraph constraint(weights=strength)",
    "clustering": "igraph transitivity_local_undirected(mode=zero)",
    "eigenvector": "igraph eigenvector_centrality(scale=True) rescaled to unit 2-norm; connected graphs only",
}
IGRAPH_GRAPH_CHECKS = [
    "density",
    "components",
    "average_path_length",
    "diameter",
    "degree_assortativity",
    "kind_assortativity",
    "locality_assortativity",
    "homophily_assortativity",
    "homophily_numeric_assortativity",
    "transitivity",
    "average_clustering",
    "modularity",
    "modularity_locality",
]


def compare_maps(reference, other):
    compared, diff, mismatches = 0, 0.0, []
    for key, value in reference.items():
        if key not in other:
            continue
        theirs = other[key]
        if value is None or theirs is None:
            if (value is None) != (theirs is None):
                mismatches.append(key)
            continue
        compared += 1
        diff = max(diff, abs(value - theirs))
    return compared, diff, mismatches


def igraph_cross_checks(measures, figures, pairs, igraph_result):
    checks = {}
    version = igraph_result["version"]
    for name, how in IGRAPH_NODE_CHECKS.items():
        if name not in igraph_result["node"]:
            continue
        compared, diff, mismatches = compare_maps(measures[name], igraph_result["node"][name])
        entry = {"tool": f"igraph {version}", "how": how, "compared": compared, "max_abs_diff": diff}
        if mismatches:
            entry["undefined_mismatches"] = mismatches
        checks[name] = entry
    graph_reference = {key: figures[key] for key in IGRAPH_GRAPH_CHECKS if key in igraph_result["graph"]}
    compared, diff, mismatches = compare_maps(graph_reference, igraph_result["graph"])
    checks["graph_measures"] = {
        "tool": f"igraph {version}",
        "how": ", ".join(sorted(graph_reference)),
        "compared": compared,
        "max_abs_diff": diff,
    }
    if mismatches:
        checks["graph_measures"]["undefined_mismatches"] = mismatches
    similarity = igraph_result["pairs"].get("adamic_adar", {})
    if similarity:
        reference = {f"{u}\t{v}": score for u, v, score in pairs["adamic_adar"]}
        compared, diff, mismatches = compare_maps(reference, similarity)
        checks["adamic_adar"] = {
            "tool": f"igraph {version}",
            "how": "igraph similarity_inverse_log_weighted()",
            "compared": compared,
            "max_abs_diff": diff,
        }
    return checks


def networkx_cross_checks(graph, ids, measures):
    """NetworkX's own variants of two stored values, to show where and why they differ."""
    checks = {}
    floating = nx.betweenness_centrality(graph, weight="distance")
    compared, diff, _ = compare_maps(measures["betweenness_weighted"], {v: floating[v] for v in ids})
    checks["betweenness_weighted_networkx"] = {
        "tool": f"networkx {nx.__version__}",
        "how": "networkx.betweenness_centrality(G, weight='distance'), distance = 1/strength in floating point "
        "(path lengths compared with ==); the stored value uses exact rational path lengths",
        "compared": compared,
        "max_abs_diff": diff,
    }
    if ids:
        tight = nx.pagerank(graph, tol=1e-14, max_iter=100000)
        compared, diff, _ = compare_maps(measures["pagerank"], tight)
        checks["pagerank_tolerance"] = {
            "tool": f"networkx {nx.__version__}",
            "how": "stored pagerank (tol=1e-10, the reference) against networkx.pagerank(G, tol=1e-14): "
            "the size of the stopping error of the reference",
            "compared": compared,
            "max_abs_diff": diff,
        }
    if graph.number_of_edges() > 0:
        how = (
            "stored eigenvector (max_iter=1000, tol=1e-10, the reference) against "
            "networkx.eigenvector_centrality(G, max_iter=100000, tol=1e-14)"
        )
        try:
            tight = nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-14)
            compared, diff, _ = compare_maps(measures["eigenvector"], tight)
            checks["eigenvector_tolerance"] = {
                "tool": f"networkx {nx.__version__}",
                "how": how,
                "compared": compared,
                "max_abs_diff": diff,
            }
        except nx.PowerIterationFailedConvergence as error:
            checks["eigenvector_tolerance"] = {
                "tool": f"networkx {nx.__version__}",
                "how": how,
                "error": str(error),
            }
    return checks


# --- fixture --------------------------------------------------------------------------------------


def fixture(definition, sna, igraph_result, versions, work_dir):
    ids = node_ids(definition)
    notes = list(definition.get("notes", []))
    graph = tie_graph(definition)
    measures = node_measures(graph, ids, notes)
    figures = graph_measures(graph, definition, definition["partition"], notes)
    figures.update(homophily_core.homophily_figures(definition))
    core_nodes, core_figures, core_methods = homophily_core.core_periphery_values(definition, notes)
    measures.update(core_nodes)
    figures.update(core_figures)
    role_measures, brokerage_figures = brokerage_measures(definition, sna, notes)
    measures.update(role_measures)
    figures.update(brokerage_figures)
    for name in ("eigenvector", "pagerank"):
        failed = f"{name}: networkx raised PowerIterationFailedConvergence"
        figures[f"{name}_converged"] = 0 if any(note.startswith(failed) for note in notes) else 1
    pairs, pair_rule = link_pairs(graph, ids)
    tables = None
    if geography.has_geography(definition):
        geo_node, geo_graph, tables = geography.geography_measures(definition)
        measures.update({name: {v: clean_number(x) for v, x in values.items()} for name, values in geo_node.items()})
        figures.update({key: clean_number(value) for key, value in geo_graph.items()})

    components = figures["components"]
    replay = eigenvector_iterations(graph)
    if replay is not None and components > 1 and graph.number_of_edges() > 0:
        notes.append(
            f"eigenvector: the tie view has {components} components, so the eigenvector is ill-posed; the "
            "values are what NetworkX's power iteration (start 1/n each, x <- (A + I) x / ||(A + I) x||_2, "
            f"stop when the L1 change < n * 1e-10) returns (iterations: {replay[0]}). Components whose largest "
            "eigenvalue is below the graph's have decayed towards 0 but are not exactly 0."
        )
    elif replay is not None and graph.number_of_edges() == 0:
        notes.append(
            f"eigenvector: no ties; NetworkX's iteration keeps the uniform start vector and returns 1/sqrt(n) "
            f"for every node (iterations: {replay[0]})."
        )
    if replay is not None:
        replay_diff = max(abs(replay[1][v] - measures["eigenvector"][v]) for v in ids) if ids else 0.0
        assert replay_diff < 1e-12, f"eigenvector replay differs by {replay_diff}"

    checks = igraph_cross_checks(measures, figures, pairs, igraph_result)
    checks.update(networkx_cross_checks(graph, ids, measures))
    sna_check = brokerage_cross_check(definition, sna)
    if sna_check is not None:
        checks["brokerage"] = sna_check

    result = {
        "name": definition["name"],
        "description": definition["description"],
        "source": definition["source"],
        "generated_by": GENERATED_BY,
        "versions": versions | {"igraph": igraph_result["version"]},
        "locality_field": definition["locality_field"],
        "grouping_field": definition["grouping_field"],
        "homophily_field": definition["homophily_field"],
        "numeric_field": definition["numeric_field"],
        "homophily": homophily_core.homophily_tables(definition),
        "core_periphery_methods": core_methods,
        "statistics": statistics_reference.fixture_runs(definition, work_dir),
        "nodes": definition["nodes"],
        "relations": definition["relations"],
        "node_measures": measures,
        "graph_measures": figures,
        "group_measures": group_measures(graph),
        "pairs": pairs,
        "pairs_selection": pair_rule,
        "partition": definition["partition"],
        "partition_method": definition["partition_method"],
        "cross_checks": checks,
        "notes": notes,
    }
    if tables is not None:
        result["table_measures"] = tables
    return result


def main(work_dir, fixture_dir):
    versions = read_versions(work_dir)
    versions = {
        "python": platform.python_version(),
        "networkx": nx.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "R": versions["R"],
        "sna": versions["sna"],
    }
    for path in network_paths(work_dir):
        definition = read_json(path)
        name = definition["name"]
        sna = read_sna(work_dir, name)
        igraph_result = read_json(os.path.join(work_dir, "igraph", name + ".json"))
        result = fixture(definition, sna, igraph_result, versions, work_dir)
        write_json(os.path.join(fixture_dir, name + ".json"), result)
        igraph_checks = [c for c in result["cross_checks"].values() if c.get("tool", "").startswith("igraph")]
        worst = max((check["max_abs_diff"] for check in igraph_checks), default=0.0)
        counts = f"{len(result['nodes'])} nodes, {len(result['relations'])} relations"
        print(f"{name}: {counts}, largest igraph difference {worst:.3g}")


if __name__ == "__main__":
    fix_hash_seed()
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: networkx_reference.py WORK_DIR [FIXTURE_DIR]")
    main(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else FIXTURE_DIR)
