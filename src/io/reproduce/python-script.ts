/**
 * The Python program of a reproduction (reproduction.ts), written next to its CSV files. It is
 * kept here as text so that the explorer and the CLI write the same script without reading files;
 * tests/unit/cli/reproduce.test.ts runs it on our values where Python is installed. Edit it here.
 */
export const PYTHON_SCRIPT = String.raw`#!/usr/bin/env python3
"""Recomputes with NetworkX the measures and tests exported by Clusterscope, and prints how far
its values are from Clusterscope's.

    python3 reproduce.py [FOLDER]          (FOLDER: where this script and its CSV files are)

Needs Python 3.9+, NetworkX 3, numpy and scipy. Reads nodes.csv, relations.csv, measures.csv,
figures.csv, settings.csv and tests.csv; rebuilds the tie view (undirected; a tie's strength is
the sum over the relations joining the pair) and the flow view (directed relations one arc,
mutual ones both ways) exactly as Clusterscope does; recomputes every exported value it has a
recipe for; and prints, per measure, the largest absolute difference. Permutation tests draw
their own permutations, so their p-values can only agree within Monte Carlo error: they are
reported as the number of standard errors between the two estimates. Exit status 0 when every
recomputed value is within 1e-6 (relative above 1) and every p-value within 3 standard errors.
"""

import csv
import math
import os
import random
import sys

import networkx as nx
import numpy
import scipy.optimize

TOLERANCE = 1e-6
SIGMAS = 3.0
EARTH_RADIUS_KM = 6371.0088
FOLDER = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


# --- reading ---------------------------------------------------------------------------------------


def read_csv(name):
    path = os.path.join(FOLDER, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def number(text):
    if text is None or text == "":
        return None
    return float(text)


def typed(text):
    """A field value as Clusterscope wrote it: numbers as numbers, true/false as booleans."""
    if text == "":
        return None
    if text in ("true", "false"):
        return text == "true"
    try:
        return float(text)
    except ValueError:
        return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r") else text


nodes = read_csv("nodes.csv")
n = len(nodes)
relations = read_csv("relations.csv")
ours = {}
for row in read_csv("measures.csv"):
    for name, value in row.items():
        if name != "index":
            ours.setdefault(name, []).append(number(value))
figures = {row["name"]: number(row["value"]) for row in read_csv("figures.csv")}
settings = {}
for row in read_csv("settings.csv"):
    settings.setdefault(row["measure"], {})[row["option"]] = typed(row["value"])
tests = {}
for row in read_csv("tests.csv"):
    tests.setdefault(int(row["run"]), {"test": row["test"], "rows": {}})["rows"][row["key"]] = row["value"]


def option(measure, name, default):
    return settings.get(measure, {}).get(name, default)


def field(name):
    """A node field; a measure column of measures.csv when no node has a field of that name."""
    if name == "kind":
        return [node["kind"] for node in nodes]
    if nodes and name not in nodes[0] and name in ours:
        return list(ours[name])
    return [typed(node.get(name, "")) if name in node else None for node in nodes]


# --- views -----------------------------------------------------------------------------------------

tie, flow, layers = {}, {}, {}
for relation in relations:
    s, t = int(relation["source"]), int(relation["target"])
    strength = float(relation["strength"])
    key = (min(s, t), max(s, t))
    tie[key] = tie.get(key, 0.0) + strength
    ends = [(s, t)] if relation["directed"] == "true" else [(s, t), (t, s)]
    for a, b in ends:
        flow[(a, b)] = flow.get((a, b), 0.0) + strength
        layer = layers.setdefault(relation["kind"], {})
        layer[(a, b)] = layer.get((a, b), 0.0) + strength

G = nx.Graph()
G.add_nodes_from(range(n))
for (i, j), strength in tie.items():
    G.add_edge(i, j, strength=strength, distance=1.0 / strength)
tie_count = G.number_of_edges()


# --- comparing -------------------------------------------------------------------------------------

results = []  # (name, compared, largest difference, mismatches, note)


def differs(a, b):
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        undefined_a = a is None or (isinstance(a, float) and math.isnan(a))
        undefined_b = b is None or (isinstance(b, float) and math.isnan(b))
        return None if undefined_a == undefined_b else float("inf")
    return abs(a - b) / max(1.0, abs(b))


def compare(name, theirs, note=""):
    """theirs: list per node, or a single number for a graph figure."""
    mine = ours.get(name) if isinstance(theirs, list) else figures.get(name, "missing")
    if mine is None or mine == "missing":
        return
    pairs = list(zip(mine, theirs)) if isinstance(theirs, list) else [(mine, theirs)]
    largest, compared, mismatches = 0.0, 0, 0
    for a, b in pairs:
        d = differs(a, b)
        if d is None:
            continue
        if math.isinf(d):
            mismatches += 1
            continue
        compared += 1
        largest = max(largest, d)
    results.append((name, compared, largest, mismatches, note))


def record(name, mine, theirs, note=""):
    """One recomputed value that is not a measure column or figure (a test statistic, a coefficient)."""
    d = differs(mine, theirs)
    if d is None:
        return
    if math.isinf(d):
        results.append((name, 0, 0.0, 1, note))
    else:
        results.append((name, 1, d, 0, note))


def skip(name, reason):
    if name in ours or name in figures:
        results.append((name, 0, None, 0, "not recomputed: " + reason))


def as_list(mapping, default=None):
    return [mapping.get(v, default) for v in range(n)]


# --- node measures ---------------------------------------------------------------------------------

weighted_paths = option("paths", "weighted", False) is True
distance = "distance" if weighted_paths else None
compare("degree", [G.degree(v) for v in range(n)])
compare("weighted_degree", [G.degree(v, weight="strength") for v in range(n)])
if (option("paths", "sample", 0) or 0) > 0:
    skip("betweenness", "Clusterscope estimated it from sampled pivots")
else:
    compare(
        "betweenness",
        as_list(nx.betweenness_centrality(G, weight=distance)),
        "NetworkX compares weighted path lengths with ==; see the methods page" if weighted_paths else "",
    )
compare("closeness", as_list(nx.closeness_centrality(G, distance=distance)))
compare("harmonic", as_list(nx.harmonic_centrality(G, distance=distance)))
eigen_weight = "strength" if option("eigenvector", "weighted", False) is True else None
try:
    compare(
        "eigenvector",
        as_list(
            nx.eigenvector_centrality(
                G,
                max_iter=int(option("eigenvector", "maxIterations", 1000)),
                tol=float(option("eigenvector", "tolerance", 1e-10)),
                weight=eigen_weight,
            )
        ),
    )
except nx.PowerIterationFailedConvergence:
    skip("eigenvector", "NetworkX's power iteration did not converge")
compare(
    "pagerank",
    as_list(
        nx.pagerank(
            G,
            alpha=float(option("pagerank", "alpha", 0.85)),
            max_iter=int(option("pagerank", "maxIterations", 1000)),
            tol=float(option("pagerank", "tolerance", 1e-10)),
            weight="strength" if option("pagerank", "weighted", False) is True else None,
        )
    ),
)
compare("clustering", as_list(nx.clustering(G)))
compare("core", as_list(nx.core_number(G)))
holes_weight = "strength" if option("structural-holes", "weighted", False) is True else None
constraint = nx.constraint(G, weight=holes_weight)
effective = nx.effective_size(G, weight=holes_weight)
compare("constraint", as_list(constraint))
compare("effective_size", as_list(effective))
compare(
    "efficiency",
    [effective[v] / G.degree(v) if G.degree(v) > 0 and not math.isnan(effective[v]) else None for v in range(n)],
)


def hierarchy(v):
    alters = list(G[v])
    if len(alters) < 2:
        return None
    local = [nx.local_constraint(G, v, u, weight=holes_weight) for u in alters]
    if all(value == local[0] for value in local):
        return 0.0
    mean = sum(local) / len(local)
    return sum((c / mean) * math.log(c / mean) for c in local) / (len(local) * math.log(len(local)))


compare("hierarchy", [hierarchy(v) for v in range(n)])
skip("community", "Louvain's labels depend on its random stream; the modularity of this partition is recomputed")


def ego_densities(v):
    alters = list(G[v])
    with_ego = nx.density(nx.ego_graph(G, v))
    among = nx.density(G.subgraph(alters)) if len(alters) >= 2 else None
    return with_ego, among


densities = [ego_densities(v) for v in range(n)]
compare("ego_density", [d[0] for d in densities])
compare("ego_density_alters", [d[1] for d in densities])

# Locality: equal values of a field, or within a distance.
local_km = float(option("locality", "localKm", 0) or 0)
local_by = option("locality", "localBy", "region")
latitudes, longitudes = field("lat"), field("lon")


def haversine(i, j):
    rad = math.pi / 180
    lat1, lon1, lat2, lon2 = latitudes[i], longitudes[i], latitudes[j], longitudes[j]
    h = math.sin((lat2 - lat1) * rad / 2) ** 2 + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin(
        (lon2 - lon1) * rad / 2
    ) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def classify(i, j, values):
    """1 local, 0 external, None unclassified."""
    if local_km > 0:
        if None in (latitudes[i], longitudes[i], latitudes[j], longitudes[j]):
            return None
        return 1 if haversine(i, j) <= local_km else 0
    if values[i] is None or values[j] is None:
        return None
    return 1 if values[i] == values[j] else 0


locality_values = field(local_by)
local = [0] * n
external = [0] * n
for i, j in G.edges():
    kind = classify(i, j, locality_values)
    if kind == 1:
        local[i] += 1
        local[j] += 1
    elif kind == 0:
        external[i] += 1
        external[j] += 1
compare("local_ties", local)
compare("external_ties", external)
compare("ei_index", [(e - i) / (e + i) if e + i else None for i, e in zip(local, external)])
compare("local_share", [i / (e + i) if e + i else None for i, e in zip(local, external)])
kinds = [classify(i, j, locality_values) for i, j in G.edges()]
inside, across = kinds.count(1), kinds.count(0)
compare("local_ties", float(inside))
compare("external_ties", float(across))
compare("unclassified_ties", float(kinds.count(None)))
compare("ei_index", (across - inside) / (across + inside) if across + inside else None)
if n:
    mean_local, mean_external = sum(local) / n, sum(external) / n
    roles = [(1 if local[v] > mean_local else 0) + (2 if external[v] > mean_external else 0) for v in range(n)]
    compare("giuliani_bell_role", roles)
    compare("giuliani_bell_mean_local_ties", mean_local)
    compare("giuliani_bell_mean_external_ties", mean_external)
    for code, name in enumerate(["isolated", "mutual_exchangers", "external_stars", "gatekeepers"]):
        compare(f"giuliani_bell_{name}", float(roles.count(code)))

# Embeddedness: strong ties, partner diversity, portfolio, frontier reach.
strong_at = float(option("embeddedness", "strongAt", 4))
diversity_values = [value if value is not None else "(missing)" for value in field(option("embeddedness", "diversityBy", "kind"))]
compare(
    "strong_tie_share",
    [sum(1 for u in G[v] if G[v][u]["strength"] >= strong_at) / G.degree(v) if G.degree(v) else None for v in range(n)],
)


def blau(v):
    if G.degree(v) == 0:
        return None
    counts = {}
    for u in G[v]:
        counts[diversity_values[u]] = counts.get(diversity_values[u], 0) + 1
    return 1 - sum((c / G.degree(v)) ** 2 for c in counts.values())


compare("partner_diversity", [blau(v) for v in range(n)])
low, high = float(option("embeddedness", "portfolioMin", 10)), float(option("embeddedness", "portfolioMax", 12))
compare("portfolio_gap", [G.degree(v) - low if G.degree(v) < low else G.degree(v) - high if G.degree(v) > high else 0 for v in range(n)])
compare("portfolio_band", [0 if G.degree(v) < low else 2 if G.degree(v) > high else 1 for v in range(n)])
frontier_values = field(option("embeddedness", "frontierField", "frontier"))
frontier = [
    v
    for v in range(n)
    if frontier_values[v] is True
    or (isinstance(frontier_values[v], float) and frontier_values[v] != 0)
    or (isinstance(frontier_values[v], str) and frontier_values[v].strip().lower() in ("true", "yes", "y", "1", "ja", "j", "x"))
]
reach = nx.multi_source_dijkstra_path_length(G, frontier, weight=lambda u, v, d: 1) if frontier else {}
compare("frontier_distance", [reach.get(v) for v in range(n)])
is_frontier = set(frontier)
partner = [1 if any(u in is_frontier for u in G[v]) else 0 for v in range(n)]
compare("frontier_partner", partner)
compare("frontier_actors", float(len(frontier)))
firms = [v for v in range(n) if nodes[v]["kind"] == "firm"]
compare("firms_with_frontier_partner_share", sum(partner[v] for v in firms) / len(firms) if firms else None)

# Gould-Fernandez brokerage raw counts on the flow view (sna::brokerage's definition).
ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
group_values = [value if value is not None else "(missing)" for value in field(option("brokerage", "groupBy", "region"))]
out_arcs = {v: set() for v in range(n)}
in_arcs = {v: set() for v in range(n)}
for a, b in flow:
    out_arcs[a].add(b)
    in_arcs[b].add(a)


def brokerage_counts(groups):
    counts = {role: [0] * n for role in ROLES}
    for v in range(n):
        for a in in_arcs[v]:
            for b in out_arcs[v]:
                if a == b or b in out_arcs[a]:
                    continue
                ga, gv, gb = groups[a], groups[v], groups[b]
                if ga == gv:
                    role = "coordinator" if gv == gb else "representative"
                elif gv == gb:
                    role = "gatekeeper"
                elif ga == gb:
                    role = "itinerant"
                else:
                    role = "liaison"
                counts[role][v] += 1
    return counts


raw = brokerage_counts(group_values)
for role in ROLES:
    compare(role, raw[role])
    compare(f"brokerage_graph_{role}_raw", float(sum(raw[role])))
    skip(f"{role}_z", "sna's expected values and variances: run the R script (--lang r)")
    for suffix in ("expected", "sd", "z"):
        skip(f"brokerage_graph_{role}_{suffix}", "sna's moments: run the R script (--lang r)")
total = [sum(raw[role][v] for role in ROLES) for v in range(n)]
compare("brokerage_total", total)
compare("brokerage_graph_total_raw", float(sum(total)))
skip("brokerage_total_z", "sna's expected values and variances: run the R script (--lang r)")
for suffix in ("expected", "sd", "z"):
    skip(f"brokerage_graph_total_{suffix}", "sna's moments: run the R script (--lang r)")

# Geography: tie lengths, flows between countries, local attachment of knowledge ties.
located = [latitudes[v] is not None and longitudes[v] is not None for v in range(n)]
within_km = float(option("tie-length", "withinKm", 50))
median_km, mean_km, share_km, located_count = [], [], [], []
for v in range(n):
    lengths = [haversine(v, u) for u in G[v] if located[v] and located[u]]
    located_count.append(len(lengths))
    if not lengths:
        median_km.append(None)
        mean_km.append(None)
        share_km.append(None)
        continue
    median_km.append(float(numpy.median(lengths)))
    mean_km.append(sum(lengths) / len(lengths))
    share_km.append(sum(1 for d in lengths if d <= within_km) / len(lengths))
compare("median_partner_km", median_km)
compare("mean_partner_km", mean_km)
compare("share_within_km", share_km)
compare("located_partners", located_count)
tie_lengths = [haversine(i, j) for i, j in G.edges() if located[i] and located[j]]
compare("median_tie_km", float(numpy.median(tie_lengths)) if tie_lengths else None)
compare("mean_tie_km", sum(tie_lengths) / len(tie_lengths) if tie_lengths else None)
compare("share_ties_within_km", sum(1 for d in tie_lengths if d <= within_km) / len(tie_lengths) if tie_lengths else None)
compare("ties_with_length", float(len(tie_lengths)))
compare("ties_without_length", float(tie_count - len(tie_lengths)))
compare("actors_without_coordinates", float(located.count(False)))

countries = [value if isinstance(value, str) and value else None for value in field("country")]
BORDER = {"NL", "BE", "DE"}


def abroad(i, j):
    return countries[i] is not None and countries[j] is not None and countries[i] != countries[j]


def across_border(i, j):
    return abroad(i, j) and countries[i] in BORDER and countries[j] in BORDER


compare("international_ties", [sum(1 for u in G[v] if abroad(v, u)) for v in range(n)])
compare("cross_border_ties", [sum(1 for u in G[v] if across_border(v, u)) for v in range(n)])
compare("international_ties", float(sum(1 for i, j in G.edges() if abroad(i, j))))
compare("cross_border_ties", float(sum(1 for i, j in G.edges() if across_border(i, j))))
compare("cross_border_strength", float(sum(G[i][j]["strength"] for i, j in G.edges() if across_border(i, j))))

knowledge_pairs = {(min(int(r["source"]), int(r["target"])), max(int(r["source"]), int(r["target"]))) for r in relations if r["kind"] == "knowledge"}
rule = option("local-attachment", "knowledgeTies", "relation or partner")
attachment_km = float(option("local-attachment", "localKm", 0) or 0)
attachment_values = field(option("local-attachment", "localBy", "region"))


def knowledge_tie(i, j):
    """Whether actor i's tie to partner j is a knowledge tie (a knowledge relation, or j a knowledge institution)."""
    by_relation = (min(i, j), max(i, j)) in knowledge_pairs
    by_partner = nodes[j]["kind"] == "knowledge"
    return by_relation if rule == "relation" else by_partner if rule == "partner" else by_relation or by_partner


def attachment_class(i, j):
    if attachment_km > 0:
        return None if not (located[i] and located[j]) else haversine(i, j) <= attachment_km
    if attachment_values[i] is None or attachment_values[j] is None:
        return None
    return attachment_values[i] == attachment_values[j]


attachment, knowledge_count = [], []
for v in range(n):
    ties_here = [u for u in G[v] if knowledge_tie(v, u)]
    knowledge_count.append(len(ties_here))
    classes = [attachment_class(v, u) for u in ties_here]
    classified = [c for c in classes if c is not None]
    attachment.append(sum(classified) / len(classified) if classified else None)
compare("local_attachment", attachment)
compare("knowledge_ties", knowledge_count)
defined_attachment = [a for a in attachment if a is not None]
compare("local_attachment_mean", sum(defined_attachment) / len(defined_attachment) if defined_attachment else None)
compare("actors_with_local_attachment", float(len(defined_attachment)))

# --- graph figures ---------------------------------------------------------------------------------

compare("node_count", float(n))
compare("tie_count", float(tie_count))
compare("arc_count", float(len(flow)))
compare("density", nx.density(G) if n > 1 else 0.0)
if n:
    components = list(nx.connected_components(G))
    giant = G.subgraph(max(components, key=lambda c: (len(c), -min(c)))).copy()
    compare("components", float(len(components)))
    compare("largest_component_size", float(giant.number_of_nodes()))
    compare("average_path_length", nx.average_shortest_path_length(giant) if giant.number_of_nodes() > 1 else 0.0)
    compare("diameter", float(nx.diameter(giant)) if giant.number_of_nodes() > 1 else 0.0)
    compare("average_clustering", nx.average_clustering(G))


def assortativity(values):
    H = nx.Graph()
    for v in range(n):
        H.add_node(v, value=values[v])
    H.add_edges_from((i, j) for i, j in G.edges() if values[i] is not None and values[j] is not None)
    if H.number_of_edges() == 0:
        return 0.0
    r = nx.attribute_assortativity_coefficient(H, "value")
    return None if math.isnan(r) else r


with numpy.errstate(all="ignore"):
    compare("degree_assortativity", nx.degree_assortativity_coefficient(G) if tie_count else None)
    compare("kind_assortativity", assortativity(field("kind")))
    compare("locality_assortativity", assortativity(field(option("network", "localBy", "region"))))
compare("transitivity", nx.transitivity(G))
if tie_count and "community" in ours:
    partition = {}
    for v, label in enumerate(ours["community"]):
        partition.setdefault(label, set()).add(v)
    compare(
        "modularity",
        nx.community.modularity(
            G,
            list(partition.values()),
            weight="strength" if option("communities", "weighted", False) is True else None,
            resolution=float(option("communities", "resolution", 1)),
        ),
        "of Clusterscope's own partition",
    )
    compare("community_count", float(len(partition)))
if tie_count:
    groups = {}
    for v, value in enumerate(field(option("network", "localBy", "region"))):
        groups.setdefault(value if value is not None else "(missing)", set()).add(v)
    compare("modularity_locality", nx.community.modularity(G, list(groups.values()), weight=None))

# Homophily by a field.
homophily_values = field(option("homophily", "field", "kind"))
with numpy.errstate(all="ignore"):
    compare("homophily_assortativity", assortativity(homophily_values))
numeric_values = [v if isinstance(v, float) else None for v in field(option("homophily", "numericField", "lat"))]
compare("homophily_numeric_actors", float(sum(1 for v in numeric_values if v is not None)))
numeric_edges = [(i, j) for i, j in G.edges() if numeric_values[i] is not None and numeric_values[j] is not None]
if numeric_edges:
    H = nx.Graph()
    H.add_nodes_from((v, {"value": numeric_values[v]}) for v in range(n) if numeric_values[v] is not None)
    H.add_edges_from(numeric_edges)
    with numpy.errstate(all="ignore"):
        r = nx.numeric_assortativity_coefficient(H, "value")
    compare("homophily_numeric_assortativity", None if math.isnan(r) else r)
else:
    compare("homophily_numeric_assortativity", None)
same = [homophily_values[i] == homophily_values[j] for i, j in G.edges() if None not in (homophily_values[i], homophily_values[j])]
compare("homophily_internal_ties", float(sum(same)))
compare("homophily_external_ties", float(len(same) - sum(same)))
compare("homophily_ei_index", (len(same) - 2 * sum(same)) / len(same) if same else None)

# Core/periphery: the fit of Clusterscope's partition, and MINRES coreness recomputed.
pattern = option("core-periphery", "coreToPeriphery", "ignored")
if "core_member" in ours and tie_count and ours["core_member"][0] is not None:
    core = [int(v) for v in ours["core_member"]]
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    if pattern == "ignored":
        cells = [(i, j) for i, j in pairs if core[i] == core[j]]
        ideal = [core[i] for i, j in cells]
    else:
        cells = pairs
        ideal = [1 if core[i] or core[j] else 0 for i, j in cells]
    observed = [1.0 if G.has_edge(i, j) else 0.0 for i, j in cells]
    compare("core_periphery_fit", float(numpy.corrcoef(observed, ideal)[0, 1]), "of Clusterscope's partition")
    size = sum(core)
    compare("core_size", float(size))
    within = sum(1 for i, j in G.edges() if core[i] and core[j])
    outside = sum(1 for i, j in G.edges() if not core[i] and not core[j])
    compare("core_density", within / (size * (size - 1) / 2) if size > 1 else None)
    compare("periphery_density", outside / ((n - size) * (n - size - 1) / 2) if n - size > 1 else None)
    compare("core_periphery_density", (tie_count - within - outside) / (size * (n - size)) if size * (n - size) else None)
    results.append(("core_member", 0, None, 0, "partition taken from Clusterscope (its fit is recomputed)"))
if "coreness" in ours and tie_count:
    A = nx.to_numpy_array(G, nodelist=range(n), weight=None)

    def minres(c):
        s = c @ c
        return (A * A).sum() - 2 * c @ A @ c + s * s - (c**4).sum(), -4 * A @ c + 4 * s * c - 4 * c**3

    fit = scipy.optimize.minimize(minres, numpy.full(n, 1 / math.sqrt(n)), jac=True, method="L-BFGS-B",
                                  options={"gtol": 1e-14, "ftol": 1e-16, "maxiter": 100000})
    c = numpy.abs(fit.x / numpy.linalg.norm(fit.x))
    compare("coreness", [float(value) for value in c], "MINRES minimised by scipy.optimize")
    upper = numpy.triu_indices(n, 1)
    compare("coreness_fit", float(numpy.corrcoef(A[upper], numpy.outer(c, c)[upper])[0, 1]))


# --- tests against chance --------------------------------------------------------------------------

p_results = []  # (label, ours, theirs, standard errors apart)


def p_compare(label, mine, theirs, draws):
    if mine is None or theirs is None:
        return
    p = min(max((mine + theirs) / 2, 1 / draws), 1 - 1 / draws)
    error = math.sqrt(2 * p * (1 - p) / draws)
    p_results.append((label, mine, theirs, abs(mine - theirs) / error))


def tails(observed, draws):
    draws = [d for d in draws if d is not None and not math.isnan(d)]
    slack = 1e-10 * max(1, abs(observed))
    greater = sum(1 for d in draws if d >= observed - slack) / len(draws)
    less = sum(1 for d in draws if d <= observed + slack) / len(draws)
    absolute = sum(1 for d in draws if abs(d) >= abs(observed) - slack) / len(draws)
    return greater, less, absolute, len(draws)


def label_text(value):
    """A group's name as Clusterscope writes it (JavaScript's String: 4, not 4.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def codes_of(labels):
    """Labels as integer codes in order of first appearance; None (missing) as -1."""
    index = {}
    codes = numpy.array([-1 if value is None else index.setdefault(value, len(index)) for value in labels])
    return codes, list(index)


def ei_values(first, second, codes, groups):
    """E-I of the network, then of each group, for ties first[k]-second[k] and group codes."""
    a, b = codes[first], codes[second]
    keep = (a >= 0) & (b >= 0)
    a, b = a[keep], b[keep]
    same = a == b
    inside, across = same.sum(), (~same).sum()
    values = [(across - inside) / (across + inside) if inside + across else None]
    internal = numpy.bincount(a[same], minlength=groups)
    external = numpy.bincount(a[~same], minlength=groups) + numpy.bincount(b[~same], minlength=groups)
    for g in range(groups):
        total = internal[g] + external[g]
        values.append((external[g] - internal[g]) / total if total else None)
    return values


def dyad_matrix(term, valued, kept):
    k = len(kept)
    M = numpy.zeros((k, k))
    index = {v: a for a, v in enumerate(kept)}
    if term in ("ties", "flow") or ":" not in term and term != "km":
        source = tie if term == "ties" else flow if term == "flow" else layers.get(term, {})
        for (i, j), strength in source.items():
            if i in index and j in index:
                value = strength if valued else 1.0
                M[index[i], index[j]] = value
                if term == "ties":
                    M[index[j], index[i]] = value
        return M
    if term == "km":
        for a, i in enumerate(kept):
            for b, j in enumerate(kept):
                if a != b:
                    M[a, b] = haversine(i, j)
        return M
    prefix, name = term.split(":", 1)
    values = field(name)
    for a, i in enumerate(kept):
        for b, j in enumerate(kept):
            if a != b:
                M[a, b] = (1.0 if str(values[i]) == str(values[j]) else 0.0) if prefix == "same" else abs(values[i] - values[j])
    return M


def kept_actors(terms):
    def ok(term, v):
        if term == "km":
            return latitudes[v] is not None and longitudes[v] is not None
        if term.startswith("same:"):
            return field(term[5:])[v] not in (None, "")
        if term.startswith("diff:"):
            return isinstance(field(term[5:])[v], float)
        return True

    return [v for v in range(n) if all(ok(term, v) for term in terms)]


def off_diagonal(M):
    return M[~numpy.eye(M.shape[0], dtype=bool)]


def t_values(y, X):
    coefficients, _, rank, _ = numpy.linalg.lstsq(X, y, rcond=None)
    residuals = y - X @ coefficients
    df = len(y) - X.shape[1]
    variance = residuals @ residuals / df
    covariance = numpy.linalg.inv(X.T @ X) * variance
    return coefficients, coefficients / numpy.sqrt(numpy.diag(covariance)), residuals


rng = numpy.random.default_rng(20240612)
for run, spec in sorted(tests.items()):
    rows = spec["rows"]
    test = spec["test"]
    options = {key[7:]: typed(value) for key, value in rows.items() if key.startswith("option:")}
    reps = int(float(rows["permutations"]))
    label = f"{test} (run {run})"
    statistics = {}  # id -> (observed, draws, absolute two-sided)
    if test in ("ei-permutation", "ei-uniform-graph"):
        codes, groups = codes_of(field(options.get("field", "region")))
        first = numpy.array([i for i, j in G.edges()], dtype=int)
        second = numpy.array([j for i, j in G.edges()], dtype=int)
        present = numpy.flatnonzero(codes >= 0)
        keys = ["ei_index"] + (
            [f"ei_index:{label_text(g)}" for g in groups] if options.get("perGroup", True) is not False else []
        )
        draws = []
        for _ in range(reps):
            if test == "ei-permutation":
                current = codes.copy()
                current[present] = rng.permutation(codes[present])
                draws.append(ei_values(first, second, current, len(groups)))
            else:
                chosen = set()
                while len(chosen) < tie_count:
                    a, b = rng.integers(0, n, 2)
                    if a != b:
                        chosen.add((min(a, b), max(a, b)))
                pairs = numpy.array(sorted(chosen), dtype=int)
                draws.append(ei_values(pairs[:, 0], pairs[:, 1], codes, len(groups)))
        observed = ei_values(first, second, codes, len(groups))
        for k, key in enumerate(keys):
            statistics[key] = (observed[k], [float("nan") if d[k] is None else d[k] for d in draws], False)
    elif test == "qap-correlation":
        terms = options["relations"].split(",")
        kept = kept_actors(terms)
        X = dyad_matrix(terms[0], options.get("valued") is True, kept)
        Y = dyad_matrix(terms[1], options.get("valued") is True, kept)
        x = off_diagonal(X)
        draws = []
        for _ in range(reps):
            order = rng.permutation(len(kept))
            draws.append(float(numpy.corrcoef(x, off_diagonal(Y[numpy.ix_(order, order)]))[0, 1]))
        statistics["correlation"] = (float(numpy.corrcoef(x, off_diagonal(Y))[0, 1]), draws, False)
    elif test == "mrqap":
        predictors = options["predictors"].split(",")
        kept = kept_actors([options["dependent"], *predictors])
        valued = options.get("valued") is True
        y = off_diagonal(dyad_matrix(options["dependent"], valued, kept))
        matrices = [dyad_matrix(term, valued, kept) for term in predictors]
        names = list(predictors)
        if options.get("intercept", True) is not False:
            matrices.insert(0, numpy.ones((len(kept), len(kept))))
            names.insert(0, "(intercept)")
        X = numpy.column_stack([off_diagonal(M) for M in matrices])
        coefficients, observed_t, _ = t_values(y, X)
        mask = ~numpy.eye(len(kept), dtype=bool)
        for k, name in enumerate(names):
            key = f"figure:coefficient:{name}"
            if rows.get(key):
                record(f"{label} coefficient:{name}", float(rows[key]), float(coefficients[k]))
            others = numpy.delete(X, k, axis=1)
            residual = X[:, k] - others @ numpy.linalg.lstsq(others, X[:, k], rcond=None)[0] if others.shape[1] else X[:, k]
            R = numpy.zeros((len(kept), len(kept)))
            R[mask] = residual
            # Semi-partialling (Dekker et al.; sna::netlm "qap"): refit with the permuted residual in
            # place of the term, by the normal equations (only the last row and column change).
            gram = others.T @ others
            cross_y = others.T @ y
            squares = residual @ residual
            draws = []
            for _ in range(reps):
                order = rng.permutation(len(kept))
                permuted = R[numpy.ix_(order, order)][mask]
                p = others.shape[1] + 1
                M = numpy.empty((p, p))
                M[:-1, :-1] = gram
                M[:-1, -1] = M[-1, :-1] = others.T @ permuted
                M[-1, -1] = squares
                rhs = numpy.append(cross_y, permuted @ y)
                b = numpy.linalg.solve(M, rhs)
                rss = max(y @ y - b @ rhs, 0.0)
                inverse_last = numpy.linalg.inv(M)[-1, -1]
                draws.append(float(b[-1] / math.sqrt(inverse_last * rss / (len(y) - p))))
            statistics[f"t:{name}"] = (float(observed_t[k]), draws, True)
    elif test == "brokerage-permutation":
        codes, groups = codes_of([value if value is not None else "(missing)" for value in field(options.get("groupBy", "region"))])
        paths = numpy.array(
            [(a, v, b) for v in range(n) for a in in_arcs[v] for b in out_arcs[v] if a != b and b not in out_arcs[a]],
            dtype=int,
        ).reshape(-1, 3)

        def role_totals(current):
            ga, gv, gb = current[paths[:, 0]], current[paths[:, 1]], current[paths[:, 2]]
            coordinator = (ga == gv) & (gv == gb)
            representative = (ga == gv) & (gv != gb)
            gatekeeper = (ga != gv) & (gv == gb)
            itinerant = (ga != gv) & (gv != gb) & (ga == gb)
            liaison = (ga != gv) & (gv != gb) & (ga != gb)
            masks = [coordinator, itinerant, representative, gatekeeper, liaison]
            return [float(mask.sum()) for mask in masks]

        observed = role_totals(codes)
        draws = [role_totals(rng.permutation(codes)) for _ in range(reps)]
        for k, role in enumerate(ROLES):
            statistics[role] = (observed[k], [d[k] for d in draws], False)
    elif test == "assortativity-permutation":
        values = field(options.get("field", "kind"))
        numeric = options.get("numeric") is True
        if numeric:
            values = [v if isinstance(v, float) and not math.isnan(v) else None for v in values]
        present = [v for v in range(n) if values[v] is not None]
        sub = G.subgraph(present)

        def assortativity_of(current):
            H = nx.Graph()
            H.add_nodes_from((v, {"value": current[v]}) for v in present)
            H.add_edges_from(sub.edges())
            with numpy.errstate(all="ignore"):
                r = (nx.numeric_assortativity_coefficient if numeric else nx.attribute_assortativity_coefficient)(H, "value")
            return float("nan") if math.isnan(r) else r

        draws = []
        for _ in range(reps):
            shuffled = list(values)
            for v, value in zip(present, rng.permutation([values[v] for v in present])):
                shuffled[v] = value.item() if hasattr(value, "item") else value
            draws.append(assortativity_of(shuffled))
        observed = assortativity_of(values)
        statistics["assortativity"] = (None if math.isnan(observed) else observed, draws, False)
    else:
        results.append((label, 0, None, 0, "not recomputed: unknown test"))
        continue
    for key, (observed, draws, absolute) in statistics.items():
        record(f"{label} {key}", number(rows.get(f"statistic:{key}:observed")), observed)
        if observed is None:
            continue
        greater, less, two, defined = tails(observed, draws)
        p_compare(f"{label} {key} p(>=)", number(rows.get(f"statistic:{key}:p_greater")), greater, defined)
        p_compare(f"{label} {key} p(<=)", number(rows.get(f"statistic:{key}:p_less")), less, defined)
        if absolute:
            p_compare(f"{label} {key} p(|t|)", number(rows.get(f"statistic:{key}:p_two_sided")), two, defined)


for name in ("betweenness_pivots", "betweenness_standard_error_mean", "betweenness_standard_error_max",
             "eigenvector_converged", "pagerank_converged", "coreness_converged"):
    skip(name, "describes how Clusterscope's sampling or iteration ran")
# Anything exported that no recipe above touched is named, never passed over in silence.
seen = {entry[0] for entry in results}
for name in list(ours) + list(figures):
    if name not in seen:
        results.append((name, 0, None, 0, "not recomputed: no recipe in this script"))
        seen.add(name)

# --- report ----------------------------------------------------------------------------------------

largest = 0.0
compared_total = 0
mismatch_total = 0
print(f"{'value':<44} {'compared':>8} {'largest difference':>20}")
for name, compared, difference, mismatches, note in results:
    if difference is None or (compared == 0 and mismatches == 0):
        print(f"{name:<44} {'':>8} {'':>20}  {note or 'undefined on both sides'}")
        continue
    largest = max(largest, difference)
    compared_total += compared
    mismatch_total += mismatches
    extra = f"  ({mismatches} defined on one side only)" if mismatches else ""
    print(f"{name:<44} {compared:>8} {difference:>20.3g}{extra}  {note}".rstrip())
far = [entry for entry in p_results if entry[3] > SIGMAS]
if p_results:
    print()
    print(f"p-values: {len(p_results) - len(far)} of {len(p_results)} within {SIGMAS:g} Monte Carlo standard errors")
    for name, mine, theirs, apart in far:
        print(f"  {name}: Clusterscope {mine:.4g}, here {theirs:.4g} ({apart:.1f} standard errors apart)")
print()
print(f"Largest difference over {compared_total} recomputed values: {largest:.3g}")
ok = largest <= TOLERANCE and mismatch_total == 0 and not far
print("Reproduced within 1e-6." if ok else "NOT reproduced within 1e-6: see the values above.")
sys.exit(0 if ok else 1)
`;
