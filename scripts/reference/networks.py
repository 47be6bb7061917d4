"""Step 1 of the reference pipeline: the network definitions every fixture is computed on.

    python3 scripts/reference/networks.py WORK_DIR

Writes WORK_DIR/networks/<name>.json (nodes, relations, locality and grouping fields, and a
fixed Louvain partition of the tie view) and, for R sna, WORK_DIR/flow/<name>.nodes.tsv
(index, id, group) and WORK_DIR/flow/<name>.arcs.tsv (1-based from, to) of the flow view.
Needs NetworkX (the pyenv python3) for the classic graphs and for the partition.
"""

import csv
import math
import os
import random
import sys

import networkx as nx

import brokerage
import h2020
from refcommon import DATA_DIR, REPO, fix_hash_seed, flow_view, node_ids, tie_view, write_json

LOUVAIN_SEED = 42


def network(
    name,
    description,
    source,
    nodes,
    relations,
    locality_field,
    grouping_field=None,
    notes=None,
    numeric_field="lat",
    statistics=None,
):
    """A network definition. `numeric_field` names a numeric node field for numeric assortativity
    (homophily; `lat`, the measure's default, when not given); `statistics` lists the tests against chance run on it with R sna (test id and
    options, as src/analysis/statistics declares them; see sna_statistics.R)."""
    return {
        "name": name,
        "description": description,
        "source": source,
        "nodes": nodes,
        "relations": relations,
        "locality_field": locality_field,
        "grouping_field": grouping_field or locality_field,
        "homophily_field": "kind",
        "numeric_field": numeric_field,
        "statistics": statistics or [],
        "notes": notes or [],
    }


def test_run(test, **options):
    return {"test": test, "options": options}


def undirected(source, target, strength=1, kind="cooperation"):
    return {"source": source, "target": target, "directed": False, "strength": strength, "kind": kind}


def directed(source, target, strength=1, kind="supply"):
    return {"source": source, "target": target, "directed": True, "strength": strength, "kind": kind}


# --- classic graphs -------------------------------------------------------------------------

KITE_NAMES = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
KITE_KIND = {
    "Andre": "firm",
    "Beverly": "firm",
    "Carol": "knowledge",
    "Diane": "firm",
    "Ed": "firm",
    "Fernando": "government",
    "Garth": "firm",
    "Heather": "intermediary",
    "Ike": "firm",
    "Jane": "knowledge",
}
KITE_WEST = {"Andre", "Beverly", "Carol", "Diane", "Fernando"}
# Made-up turnovers (million euro) for numeric assortativity.
KITE_TURNOVER = [12, 45, 300, 80, 7, 150, 23, 60, 4, 900]


def krackhardt_kite():
    graph = nx.krackhardt_kite_graph()
    nodes = [
        {
            "id": name,
            "label": name,
            "kind": KITE_KIND[name],
            "region": "west" if name in KITE_WEST else "east",
            "turnover": KITE_TURNOVER[i],
        }
        for i, name in enumerate(KITE_NAMES)
    ]
    relations = [undirected(KITE_NAMES[u], KITE_NAMES[v]) for u, v in graph.edges()]
    return network(
        "krackhardt_kite",
        "Krackhardt's kite (10 nodes, 18 ties): node i of networkx is the i-th of Andre, Beverly, Carol, "
        "Diane, Ed, Fernando, Garth, Heather, Ike, Jane (Diane has degree 6, Heather the highest "
        "betweenness). Kinds, turnovers (`turnover`) and the two regions (west: Andre, Beverly, Carol, "
        "Diane, Fernando; east: the rest) are made up for the tests.",
        "networkx.krackhardt_kite_graph()",
        nodes,
        relations,
        "region",
        numeric_field="turnover",
        statistics=[test_run("ei-permutation", field="region"), test_run("ei-uniform-graph", field="region")],
    )


# A made-up three-way grouping of the Florentine families, for E-I and brokerage tests only.
FLORENTINE_REGION = {
    "Acciaiuoli": "A",
    "Medici": "A",
    "Pazzi": "A",
    "Ridolfi": "A",
    "Salviati": "A",
    "Tornabuoni": "A",
    "Albizzi": "B",
    "Bischeri": "B",
    "Ginori": "B",
    "Guadagni": "B",
    "Lamberteschi": "B",
    "Barbadori": "C",
    "Castellani": "C",
    "Peruzzi": "C",
    "Pucci": "C",
    "Strozzi": "C",
}


def florentine_families():
    graph = nx.florentine_families_graph()
    nodes = [
        {"id": name, "label": name, "kind": "other", "region": FLORENTINE_REGION[name]} for name in graph.nodes()
    ]
    relations = [undirected(u, v, kind="other") for u, v in graph.edges()]
    return network(
        "florentine_families",
        "Padgett's Florentine families, marriage ties, as networkx ships them: 15 families and 20 ties "
        "(Pucci, who has no marriage tie, is not in networkx's graph). Node order is networkx's. The "
        "region grouping (A, B, C) is made up for the tests and has no historical meaning.",
        "networkx.florentine_families_graph()",
        nodes,
        relations,
        "region",
        statistics=[test_run("ei-permutation", field="region"), test_run("ei-uniform-graph", field="region")],
    )


def karate_club():
    graph = nx.karate_club_graph()
    nodes = [
        {"id": str(v), "label": str(v), "kind": "other", "club": graph.nodes[v]["club"]} for v in graph.nodes()
    ]
    relations = [
        undirected(str(u), str(v), strength=data["weight"], kind="other") for u, v, data in graph.edges(data=True)
    ]
    return network(
        "karate_club",
        "Zachary's karate club (34 members, 78 ties), node ids are networkx's 0..33 as strings. The "
        "networkx `weight` edge attribute (Zachary's count of shared contexts, 1..7) is kept as the "
        "relation strength, so weighted degree and the *_weighted measures use it; every other measure "
        "is unweighted. `club` (Mr. Hi / Officer) is the locality and grouping field.",
        "networkx.karate_club_graph() (weights kept as strength)",
        nodes,
        relations,
        "club",
        statistics=[
            test_run("ei-permutation", field="club"),
            test_run("ei-uniform-graph", field="club"),
            test_run("brokerage-permutation", groupBy="club"),
        ],
    )


PADGETT_FAMILIES = [
    "Acciaiuoli",
    "Albizzi",
    "Barbadori",
    "Bischeri",
    "Castellani",
    "Ginori",
    "Guadagni",
    "Lamberteschi",
    "Medici",
    "Pazzi",
    "Peruzzi",
    "Pucci",
    "Ridolfi",
    "Salviati",
    "Strozzi",
    "Tornabuoni",
]
# Padgett's business ties (UCINET PADGB; R ergm `flobusiness`): 15 symmetric ties. Provenance
# and verification: scripts/reference/README.md.
PADGETT_BUSINESS = [
    ("Barbadori", "Castellani"),
    ("Barbadori", "Ginori"),
    ("Barbadori", "Medici"),
    ("Barbadori", "Peruzzi"),
    ("Bischeri", "Guadagni"),
    ("Bischeri", "Lamberteschi"),
    ("Bischeri", "Peruzzi"),
    ("Castellani", "Lamberteschi"),
    ("Castellani", "Peruzzi"),
    ("Ginori", "Medici"),
    ("Guadagni", "Lamberteschi"),
    ("Lamberteschi", "Peruzzi"),
    ("Medici", "Pazzi"),
    ("Medici", "Salviati"),
    ("Medici", "Tornabuoni"),
]


def padgett_business():
    nodes = [
        {"id": name, "label": name, "kind": "firm", "region": FLORENTINE_REGION[name]} for name in PADGETT_FAMILIES
    ]
    relations = [undirected(u, v, kind="other") for u, v in PADGETT_BUSINESS]
    degrees = {name: 0 for name in PADGETT_FAMILIES}
    for u, v in PADGETT_BUSINESS:
        degrees[u] += 1
        degrees[v] += 1
    assert len(PADGETT_BUSINESS) == 15
    assert sorted(degrees.values(), reverse=True) == [5, 4, 4, 4, 3, 3, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0]
    isolates = {name for name, k in degrees.items() if k == 0}
    assert isolates == {"Acciaiuoli", "Albizzi", "Pucci", "Ridolfi", "Strozzi"}
    return network(
        "padgett_business",
        "Padgett's Florentine families, business ties (loans, credits, joint partnerships): 16 families, "
        "15 ties, five isolates (Acciaiuoli, Albizzi, Pucci, Ridolfi, Strozzi). Families in alphabetical "
        "order (the UCINET PADGB order). Kind `firm` for all; the region grouping (A, B, C) is the same "
        "made-up grouping as florentine_families.",
        "Padgett (1994) via UCINET PADGB / R ergm flobusiness; edge list transcribed and verified as "
        "described in scripts/reference/README.md",
        nodes,
        relations,
        "region",
    )


# --- generated and hand-made networks -------------------------------------------------------

DIRECTED_SEED = 20240611


def directed_regions():
    """A seeded random directed ecosystem: supply arcs (some mutual) plus undirected cooperation."""
    rng = random.Random(DIRECTED_SEED)
    regions = ["north"] * 12 + ["central"] * 10 + ["south"] * 8
    ids = [f"f{i + 1:02d}" for i in range(len(regions))]
    kinds = ["knowledge" if i % 7 == 3 else "government" if i == 29 else "firm" for i in range(len(ids))]
    # Two frontier actors (design guide §4) for the frontier-reach outputs: one per end of the network.
    frontier = {"f05", "f27"}
    nodes = [
        {"id": ids[i], "label": ids[i], "kind": kinds[i], "region": regions[i], "frontier": ids[i] in frontier}
        for i in range(len(ids))
    ]
    # Coordinates around a centre per region and head counts, from a stream of their own so that
    # the relations stay as they were drawn before these fields existed.
    places = random.Random(DIRECTED_SEED + 1)
    centre = {"north": (53.2, 6.6), "central": (52.1, 5.1), "south": (50.9, 5.7)}
    for node in nodes:
        lat, lon = centre[node["region"]]
        node["lat"] = round(lat + places.uniform(-0.4, 0.4), 4)
        node["lon"] = round(lon + places.uniform(-0.6, 0.6), 4)
        node["turnover"] = int(round(math.exp(places.gauss(3.0, 1.2))))
    relations = []
    for i in range(len(ids)):
        for j in range(len(ids)):
            if i == j:
                continue
            p = 0.10 if regions[i] == regions[j] else 0.04
            if rng.random() < p:
                relations.append(directed(ids[i], ids[j], strength=rng.randint(1, 5)))
    supply_pairs = [(r["source"], r["target"]) for r in relations]
    existing = set(supply_pairs)
    for source, target in supply_pairs:
        if (target, source) not in existing and rng.random() < 0.25:
            relations.append(directed(target, source, strength=rng.randint(1, 5)))
            existing.add((target, source))
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            if rng.random() < 0.025:
                relations.append(undirected(ids[i], ids[j], strength=rng.randint(1, 5)))
    definition_check = {"name": "directed_regions", "nodes": nodes, "relations": relations}
    arcs = set(flow_view(definition_check))
    mutual = sum(1 for i, j in arcs if i < j and (j, i) in arcs)
    roles = brokerage.raw_counts(len(nodes), arcs, regions)
    assert mutual >= 5, "too few mutual pairs"
    assert all(sum(roles[role]) > 0 for role in brokerage.ROLES), "a brokerage role does not occur"
    return network(
        "directed_regions",
        "Seeded random directed ecosystem for Gould-Fernandez brokerage: 30 actors in three regions "
        "(north 12, central 10, south 8), with made-up coordinates around a centre per region and head "
        "turnovers (`turnover`, log-normal); supply arcs with probability 0.10 within and 0.04 between "
        "regions, a quarter of them answered by a reverse supply arc (mutual pairs), and undirected "
        "cooperation relations with probability 0.025 per pair (some on pairs that also have supply "
        f"arcs, so tie strength sums both). Strengths uniform in 1..5. random.Random({DIRECTED_SEED}).",
        f"scripts/reference/networks.py directed_regions(), Python random.Random({DIRECTED_SEED})",
        nodes,
        relations,
        "region",
        numeric_field="turnover",
        statistics=[
            test_run("ei-permutation", field="region"),
            test_run("ei-uniform-graph", field="region"),
            test_run("qap-correlation", relations="supply,cooperation"),
            test_run("qap-correlation", relations="ties,same:region"),
            test_run("qap-correlation", relations="supply,cooperation", valued=True),
            test_run("mrqap", dependent="supply", predictors="cooperation,same:region,km"),
            test_run("mrqap", dependent="ties", predictors="same:region,diff:turnover", valued=False),
            test_run("mrqap", dependent="supply", predictors="cooperation", valued=True, intercept=False),
            test_run("brokerage-permutation", groupBy="region"),
            test_run("assortativity-permutation", field="region"),
            test_run("assortativity-permutation", field="turnover", numeric=True),
        ],
    )


def multi_relation():
    firm, knowledge = "firm", "knowledge"
    nodes = [
        {"id": "A", "label": "Alpha", "kind": firm, "region": "Twente"},
        {"id": "B", "label": "Beta", "kind": firm, "region": "Twente"},
        {"id": "C", "label": "Campus", "kind": knowledge, "region": "Twente"},
        {"id": "D", "label": "Delta", "kind": firm, "region": "Twente"},
        {"id": "E", "label": "Echo", "kind": firm, "region": "Twente", "frontier": True},
        {"id": "F", "label": "Province", "kind": "government", "region": "Twente"},
        {"id": "G", "label": "Cluster office", "kind": "intermediary", "region": "Twente"},
        {"id": "H", "label": "Hotel", "kind": firm, "region": "Twente"},
        {"id": "I", "label": "India", "kind": firm, "region": "Twente"},
        {"id": "J", "label": "Juliet", "kind": firm, "region": "Twente", "frontier": True},
        {"id": "K", "label": "Kilo Holding", "kind": firm, "region": "Twente"},
        {"id": "L", "label": "Kilo Subsidiary", "kind": firm, "region": "Twente"},
        {"id": "M", "label": "Mike", "kind": firm, "region": "Twente"},
        {"id": "N", "label": "November", "kind": "other", "region": "Twente"},
    ]
    relations = [
        undirected("A", "B", 2, "cooperation"),
        undirected("B", "A", 3, "cooperation"),  # same kind again, reversed: merged, strength 5
        undirected("A", "C", 4, "knowledge"),
        directed("A", "C", 2, "supply"),  # second kind on A-C: tie strength 6; arcs A->C 6, C->A 4
        directed("D", "E", 3, "supply"),
        directed("E", "D", 1, "supply"),  # supply both ways
        directed("D", "E", 2, "supply"),  # duplicate directed supply: merged, D->E 5
        {"source": "B", "target": "D", "directed": False, "strength": None, "kind": "cooperation"},  # missing -> 1
        undirected("B", "C", 1, "cooperation"),
        undirected("C", "F", 1, "government"),
        undirected("G", "F", 2, "intermediary"),
        directed("E", "G", 1, "supply"),
        undirected("H", "I", 1, "cooperation"),
        undirected("I", "J", 1, "cooperation"),
        undirected("H", "J", 1, "competitor"),
        directed("K", "L", 1, "ownership"),
    ]
    return network(
        "multi_relation",
        "Hand-made edge cases: 14 actors, 16 relation rows giving 12 ties in 5 components (A-G, H-I-J, "
        "K-L, isolates M and N). A-B cooperation appears twice (once reversed) and is merged (strength "
        "5); A-C has a knowledge and a supply relation (tie strength 6; flow arcs A->C 6, C->A 4); D->E "
        "supply appears twice and E->D once (tie strength 6; arcs D->E 5, E->D 1); B-D has no strength "
        "(read as 1); K->L is directed ownership. Every actor is in region Twente, so every tie is local "
        "(E-I -1, isolates null) and only the coordinator role can occur.",
        "scripts/reference/networks.py multi_relation()",
        nodes,
        relations,
        "region",
        notes=[
            "A self-loop row (A -> A supply) belongs to this scenario but is not listed in relations: the "
            "model drops self-loops on import with a 'self-loop' warning, so no view ever contains one.",
            "Relation rows are kept as separate rows here; the importer merges A-B (cooperation, either "
            "orientation) and D->E (supply, same direction) and sums their strengths.",
        ],
        statistics=[
            test_run("qap-correlation", relations="cooperation,supply", valued=True),
            test_run("qap-correlation", relations="knowledge,supply"),
        ],
    )


def h2020_slovenia():
    nodes, relations, summary = h2020.country_network(DATA_DIR, "SI", cap=30)
    return network(
        "h2020_si",
        f"Horizon 2020 co-participation among Slovenian organisations: {len(nodes)} organisations (every "
        f"PIC with country SI), {len(relations)} ties; two organisations are tied when they took part in "
        "the same project with at most 30 participating organisations; strength = number of such shared "
        "projects. Kind from the organisation type (PRC firm, HES/REC knowledge, PUB government, OTH "
        "other); locality and grouping field `org_type` (the raw type), since all share the country; "
        "`projects` is the number of Horizon 2020 projects the organisation took part in (any size). "
        "Source: CORDIS, European Commission.",
        "data/h2020/h2020.csv.gz via scripts/reference/h2020.py country_network('SI', cap=30)",
        nodes,
        relations,
        "org_type",
        numeric_field="projects",
        statistics=[
            # 500 permutations: sna redraws the 347 x 347 matrix in each, minutes for thousands.
            test_run("ei-permutation", field="org_type", permutations=500),
            test_run("ei-uniform-graph", field="org_type", permutations=500),
            test_run("assortativity-permutation", field="org_type", permutations=500),
            test_run("assortativity-permutation", field="projects", numeric=True, permutations=500),
        ],
        notes=[
            f"derivation: {summary['projects_within_cap']} of the {summary['projects_in_file']} projects have at "
            f"most {summary['cap']} participating organisations; {summary['domestic_projects_with_two_or_more']} "
            "of those have two or more Slovenian participants and give the ties."
        ],
    )


# --- networks with coordinates (geography measures) -------------------------------------------


def geo_border():
    """Hand-made: actors in and around the NL-BE-DE border region, with and without coordinates."""

    def actor(node_id, kind, region, country, lat=None, lon=None):
        node = {"id": node_id, "label": node_id, "kind": kind, "region": region}
        if country is not None:
            node["country"] = country
        if lat is not None:
            node["lat"], node["lon"] = lat, lon
        return node

    nodes = [
        actor("UM", "knowledge", "Zuid-Limburg", "NL", 50.8483, 5.6889),  # Maastricht
        actor("Chemelot", "firm", "Zuid-Limburg", "NL", 50.9742, 5.8292),  # Geleen
        actor("Heerlen", "government", "Zuid-Limburg", "NL", 50.8837, 5.9815),
        actor("Venlo", "firm", "Noord-Limburg", "NL", 51.3704, 6.1724),
        actor("ULiege", "knowledge", "Liège", "BE", 50.6337, 5.5675),
        actor("Hasselt", "firm", "Limburg (BE)", "BE", 50.9311, 5.3378),
        actor("RWTH", "knowledge", "Aachen", "DE", 50.7766, 6.0834),
        actor("Juelich", "knowledge", "Düren", "DE", 50.9222, 6.3617),
        actor("TUe", "knowledge", "Zuidoost-Noord-Brabant", "NL", 51.4408, 5.4778),  # Eindhoven
        actor("Lisboa", "firm", "Lisboa", "PT", 38.7167, -9.1333),
        actor("Boston", "knowledge", "Massachusetts", "US", 42.3584, -71.0598),
        actor("Nowhere", "firm", "Zuid-Limburg", "NL"),  # no coordinates
        actor("Stateless", "firm", "Aachen", None, 50.7753, 6.0839),  # no country
        actor("Alone", "firm", "Liège", "BE", 50.6, 5.6),  # isolate
    ]
    relations = [
        undirected("UM", "Chemelot", 3, "knowledge"),
        undirected("UM", "Heerlen", 1, "government"),
        undirected("UM", "ULiege", 2, "knowledge"),
        undirected("UM", "RWTH", 4, "cooperation"),
        undirected("UM", "Boston", 1, "knowledge"),
        undirected("Chemelot", "RWTH", 2, "supply"),
        directed("Chemelot", "Lisboa", 1, "supply"),
        undirected("Chemelot", "Nowhere", 1, "cooperation"),
        undirected("Heerlen", "Nowhere", 2, "knowledge"),
        undirected("Venlo", "TUe", 1, "knowledge"),
        directed("Venlo", "Hasselt", 2, "supply"),
        undirected("Venlo", "Juelich", 1, "cooperation"),
        undirected("Hasselt", "ULiege", 1, "cooperation"),
        undirected("ULiege", "RWTH", 1, "knowledge"),
        undirected("RWTH", "Juelich", 5, "cooperation"),
        undirected("RWTH", "Stateless", 1, "cooperation"),
        undirected("RWTH", "TUe", 2, "knowledge"),
        undirected("TUe", "Boston", 1, "cooperation"),
        directed("Lisboa", "TUe", 1, "supply"),
        undirected("Juelich", "Stateless", 1, "knowledge"),
    ]
    return network(
        "geo_border",
        "Hand-made network with coordinates for the geography measures: 14 actors in the NL-BE-DE border "
        "region (Maastricht, Geleen, Heerlen, Venlo, Liège, Hasselt, Aachen, Jülich), Eindhoven, Lisbon and "
        "Boston; one actor without coordinates (Nowhere), one without a country (Stateless), one isolate. "
        "Relation kinds mix knowledge, cooperation, supply (directed) and government, so knowledge ties come "
        "both from relation kinds and from knowledge-institution partners. Locality field: region.",
        "scripts/reference/networks.py geo_border(), hand-made",
        nodes,
        relations,
        "region",
    )


def he_border_core():
    """Real: the border region's organisations and their ties with each other (sample he-border-region)."""
    folder = os.path.join(REPO, "sample-networks", "he-border-region")
    with open(os.path.join(folder, "actors.csv"), encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["area"] == "border region"]
    inside = {row["id"] for row in rows}
    with open(os.path.join(folder, "relations.csv"), encoding="utf-8", newline="") as handle:
        ties = [row for row in csv.DictReader(handle) if row["source"] in inside and row["target"] in inside]
    nodes = []
    for row in rows:
        node = {"id": row["id"], "label": row["label"], "kind": row["kind"], "region": row["region"],
                "country": row["country"]}
        if row["lat"] != "":
            node["lat"], node["lon"] = float(row["lat"]), float(row["lon"])
        nodes.append(node)
    relations = [undirected(row["source"], row["target"], int(row["strength"])) for row in ties]
    return network(
        "he_border_core",
        f"Real data: the {len(nodes)} organisations inside the NL-BE-DE border region of the sample "
        f"he-border-region (Horizon Europe, CORDIS) and the {len(relations)} ties among them; strength = shared "
        "projects; coordinates as in the sample's actors.csv (empty where the import places the actor by its "
        "town, so those actors have no coordinates here). Locality field: region (NUTS 3). Source: CORDIS, "
        "European Commission (Horizon Europe projects data, 2025-12-06).",
        "sample-networks/he-border-region/*.csv, actors with area = border region",
        nodes,
        relations,
        "region",
    )


def tiny_networks():
    empty = network("empty", "No actors, no relations.", "hand-made", [], [], "region")
    one = network(
        "one_node",
        "A single actor without relations.",
        "hand-made",
        [{"id": "solo", "label": "solo", "kind": "firm", "region": "X"}],
        [],
        "region",
    )
    two = network(
        "two_isolates",
        "Two actors in different regions, no relations.",
        "hand-made",
        [
            {"id": "a", "label": "a", "kind": "firm", "region": "X"},
            {"id": "b", "label": "b", "kind": "knowledge", "region": "Y"},
        ],
        [],
        "region",
    )
    pair = network(
        "pair",
        "Two actors in different regions joined by one directed supply relation of strength 3.",
        "hand-made",
        [
            {"id": "a", "label": "a", "kind": "firm", "region": "X"},
            {"id": "b", "label": "b", "kind": "firm", "region": "Y"},
        ],
        [directed("a", "b", 3)],
        "region",
    )
    singleton = network(
        "singleton_group",
        "Directed brokerage with small groups: north (n1, n2, n3), east (e1 alone), south (s1, s2). "
        "Every role occurs: n2 coordinator 1, e1 itinerant 2 and liaison 2, n3 and s2 representative 1, s1 "
        "gatekeeper 2. sna's z-score is undefined (0/0, null) where its variance is 0: coordinator, "
        "representative and gatekeeper for e1 (a group of one) and coordinator for s1 and s2 (a group of two).",
        "hand-made",
        [
            {"id": "n1", "label": "n1", "kind": "firm", "region": "north"},
            {"id": "n2", "label": "n2", "kind": "firm", "region": "north"},
            {"id": "n3", "label": "n3", "kind": "firm", "region": "north"},
            {"id": "e1", "label": "e1", "kind": "knowledge", "region": "east"},
            {"id": "s1", "label": "s1", "kind": "firm", "region": "south"},
            {"id": "s2", "label": "s2", "kind": "firm", "region": "south"},
        ],
        [
            directed("n1", "n2"),  # n1 -> n2 -> n3: n2 coordinator
            directed("n2", "n3"),
            directed("n3", "s1"),  # n2 -> n3 -> s1: n3 representative
            directed("n1", "e1"),  # n1 -> e1 -> s1: e1 liaison
            directed("e1", "s1"),  # also closes e1 -> n3 -> s1
            directed("s1", "s2"),  # n3 -> s1 -> s2 and e1 -> s1 -> s2: s1 gatekeeper twice
            # s2 -> e1 -> s1: e1 itinerant; s1 -> s2 -> e1: s2 representative; s2 -> e1 -> n3: e1 liaison
            directed("s2", "e1"),
            directed("e1", "n3"),  # n1 -> e1 -> n3: e1 itinerant
        ],
        "region",
        statistics=[
            test_run("ei-permutation", field="region"),
            test_run("brokerage-permutation", groupBy="region"),
        ],
    )
    one_group = network(
        "one_group",
        "Every actor in one region (north): nine firms, five directed supply relations (density 5/72), three "
        "isolates. Only coordinator two-paths exist; sna's graph-level itinerant, representative, gatekeeper and "
        "liaison expectations and standard deviations are 0 (its sums over pairs of distinct groups are empty), "
        "where a sum written with power sums of group sizes cancels to -8.9e-16 instead.",
        "hand-made",
        [{"id": f"f{i}", "label": f"f{i}", "kind": "firm", "region": "north"} for i in range(1, 10)],
        [
            directed("f1", "f2"),  # f1 -> f2 -> f3 and f1 -> f2 -> f4: f2 coordinator twice
            directed("f2", "f3"),
            directed("f3", "f4"),  # f2 -> f3 -> f4 is closed by f2 -> f4
            directed("f2", "f4"),
            directed("f5", "f6"),
        ],
        "region",
    )
    return [empty, one, two, pair, singleton, one_group]


def all_networks():
    return [
        krackhardt_kite(),
        florentine_families(),
        karate_club(),
        padgett_business(),
        directed_regions(),
        multi_relation(),
        h2020_slovenia(),
        geo_border(),
        he_border_core(),
        *tiny_networks(),
    ]


# --- partition and files for R ----------------------------------------------------------------


def nx_tie_graph(definition):
    graph = nx.Graph()
    ids = node_ids(definition)
    graph.add_nodes_from(ids)
    for (i, j), strength in tie_view(definition).items():
        graph.add_edge(ids[i], ids[j], strength=strength)
    return graph


def louvain_partition(definition):
    """networkx Louvain (unweighted, seed 42); communities numbered by their first node in node order."""
    graph = nx_tie_graph(definition)
    if graph.number_of_nodes() == 0:
        return {}
    communities = nx.community.louvain_communities(graph, weight=None, seed=LOUVAIN_SEED)
    position = {node_id: i for i, node_id in enumerate(node_ids(definition))}
    communities = sorted(communities, key=lambda members: min(position[m] for m in members))
    return {member: index for index, members in enumerate(communities) for member in members}


def write_flow_files(work_dir, definition):
    folder = os.path.join(work_dir, "flow")
    os.makedirs(folder, exist_ok=True)
    group_field = definition["grouping_field"]
    with open(os.path.join(folder, definition["name"] + ".nodes.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("index\tid\tgroup\n")
        for i, node in enumerate(definition["nodes"]):
            out.write(f"{i + 1}\t{node['id']}\t{node[group_field]}\n")
    with open(os.path.join(folder, definition["name"] + ".arcs.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("from\tto\n")
        for i, j in sorted(flow_view(definition)):
            out.write(f"{i + 1}\t{j + 1}\n")


PERMUTATIONS = 2000  # per test run, in R and in our tests
STATISTICS_SEED = 20240612


def relation_layers(definition):
    """{(kind, i, j): strength}: the flow view of each relation kind (as src/analysis/statistics/layers.ts)."""
    index = {node_id: i for i, node_id in enumerate(node_ids(definition))}
    arcs = {}
    for relation in definition["relations"]:
        s, t = index[relation["source"]], index[relation["target"]]
        strength = 1 if relation.get("strength") is None else relation["strength"]
        ends = [(s, t)] if relation["directed"] else [(s, t), (t, s)]
        for a, b in ends:
            key = (relation["kind"], a, b)
            arcs[key] = arcs.get(key, 0) + strength
    return arcs


def option_text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_statistics_files(work_dir, definition):
    """Inputs of sna_statistics.R: node fields, the arcs of each relation kind, and the test runs."""
    if not definition["statistics"]:
        return
    folder = os.path.join(work_dir, "stats")
    os.makedirs(folder, exist_ok=True)
    name = definition["name"]
    fields = sorted({key for node in definition["nodes"] for key in node if key not in ("id", "label")})
    with open(os.path.join(folder, name + ".nodes.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(["index", "id", *fields]) + "\n")
        for i, node in enumerate(definition["nodes"]):
            values = ["" if node.get(field) is None else option_text(node[field]) for field in fields]
            out.write("\t".join([str(i + 1), node["id"], *values]) + "\n")
    with open(os.path.join(folder, name + ".arcs.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("kind\tfrom\tto\tstrength\n")
        for (kind, i, j), strength in sorted(relation_layers(definition).items()):
            out.write(f"{kind}\t{i + 1}\t{j + 1}\t{strength}\n")
    with open(os.path.join(folder, name + ".runs.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("run\ttest\toption\tvalue\n")
        for run, spec in enumerate(definition["statistics"], start=1):
            options = {"permutations": PERMUTATIONS, **spec["options"]}
            for option, value in sorted(options.items()):
                out.write(f"{run}\t{spec['test']}\t{option}\t{option_text(value)}\n")


def main(work_dir):
    for definition in all_networks():
        for node in definition["nodes"]:
            for value in (node["id"], str(node.get(definition["grouping_field"], ""))):
                if "\t" in value or "\n" in value:
                    raise ValueError(f"tab or newline in {value!r}")
        definition["partition"] = louvain_partition(definition)
        definition["partition_method"] = (
            f"networkx.community.louvain_communities(tie view, weight=None, seed={LOUVAIN_SEED}); "
            "communities numbered 0.. in the order of their first node"
        )
        write_json(os.path.join(work_dir, "networks", definition["name"] + ".json"), definition)
        write_flow_files(work_dir, definition)
        write_statistics_files(work_dir, definition)
        print(f"{definition['name']}: {len(definition['nodes'])} nodes, {len(definition['relations'])} relations")


if __name__ == "__main__":
    fix_hash_seed()
    if len(sys.argv) != 2:
        sys.exit("usage: networks.py WORK_DIR")
    main(sys.argv[1])
