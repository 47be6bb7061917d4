"""Reference values for the geography measures (design guide §4), in plain Python.

Written from the definitions, independently of the TypeScript code: great-circle tie lengths
(haversine, Earth radius 6371.0088 km), partner distances per actor, the distance-decay table,
local attachment of knowledge ties, and the region and country flow tables. Input: a network
definition (nodes with optional `lat`, `lon`, `country` and the locality field; relations with
`kind`) and its tie view from refcommon.
"""

import math
import statistics

from refcommon import node_ids, tie_view

EARTH_RADIUS_KM = 6371.0088
WITHIN_KM = 50
STANDARD_BANDS = [0, 10, 25, 50, 100, 250, 500, 1000]
BORDER_COUNTRIES = {"NL", "BE", "DE"}


def has_geography(definition):
    return any("lat" in node for node in definition["nodes"])


def haversine_km(a, b):
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _position(node):
    lat, lon = node.get("lat"), node.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and abs(lat) <= 90 and abs(lon) <= 180:
        return (lat, lon)
    return None


def _ties(definition):
    """[(i, j, strength, kinds)] for each tie of the tie view, i < j, with the relation kinds joining the pair."""
    index = {node_id: i for i, node_id in enumerate(node_ids(definition))}
    kinds = {}
    for relation in definition["relations"]:
        s, t = index[relation["source"]], index[relation["target"]]
        kinds.setdefault((min(s, t), max(s, t)), set()).add(relation["kind"])
    return [(i, j, strength, kinds[(i, j)]) for (i, j), strength in sorted(tie_view(definition).items())]


def _length(positions, i, j):
    if positions[i] is None or positions[j] is None:
        return None
    return haversine_km(positions[i], positions[j])


def tie_length(definition):
    ids = node_ids(definition)
    positions = [_position(node) for node in definition["nodes"]]
    partners = {i: [] for i in range(len(ids))}
    lengths = []
    without = 0
    for i, j, _, _ in _ties(definition):
        length = _length(positions, i, j)
        if length is None:
            without += 1
            continue
        lengths.append(length)
        partners[i].append(length)
        partners[j].append(length)
    node = {"median_partner_km": {}, "mean_partner_km": {}, "share_within_km": {}, "located_partners": {}}
    for i, node_id in enumerate(ids):
        distances = partners[i]
        node["located_partners"][node_id] = len(distances)
        node["median_partner_km"][node_id] = statistics.median(distances) if distances else None
        node["mean_partner_km"][node_id] = sum(distances) / len(distances) if distances else None
        node["share_within_km"][node_id] = (
            sum(1 for d in distances if d <= WITHIN_KM) / len(distances) if distances else None
        )
    graph = {
        "median_tie_km": statistics.median(lengths) if lengths else None,
        "mean_tie_km": sum(lengths) / len(lengths) if lengths else None,
        "share_ties_within_km": sum(1 for d in lengths if d <= WITHIN_KM) / len(lengths) if lengths else None,
        "ties_with_length": len(lengths),
        "ties_without_length": without,
        "actors_without_coordinates": sum(1 for p in positions if p is None),
    }
    return node, graph


def distance_decay(definition):
    positions = [_position(node) for node in definition["nodes"]]
    edges = STANDARD_BANDS
    ties = [0] * len(edges)
    strength = [0] * len(edges)
    unknown_ties, unknown_strength = 0, 0
    for i, j, tie_strength, _ in _ties(definition):
        length = _length(positions, i, j)
        if length is None:
            unknown_ties += 1
            unknown_strength += tie_strength
            continue
        band = max(b for b, lower in enumerate(edges) if length >= lower)
        ties[band] += 1
        strength[band] += tie_strength
    total_ties, total_strength = sum(ties), sum(strength)
    rows = []
    for band, lower in enumerate(edges):
        rows.append(
            {
                "from_km": lower,
                "to_km": edges[band + 1] if band + 1 < len(edges) else None,
                "ties": ties[band],
                "share": ties[band] / total_ties if total_ties else None,
                "strength": strength[band],
                "strength_share": strength[band] / total_strength if total_strength else None,
            }
        )
    rows.append(
        {"from_km": None, "to_km": None, "ties": unknown_ties, "share": None, "strength": unknown_strength,
         "strength_share": None}
    )
    return rows


def local_attachment(definition):
    """Knowledge ties: a knowledge relation, or a knowledge-institution partner; local = same locality value."""
    ids = node_ids(definition)
    field = definition["locality_field"]
    nodes = definition["nodes"]
    local = [0] * len(ids)
    classified = [0] * len(ids)
    knowledge = [0] * len(ids)
    for i, j, _, kinds in _ties(definition):
        for a, b in ((i, j), (j, i)):
            if "knowledge" not in kinds and nodes[b]["kind"] != "knowledge":
                continue
            knowledge[a] += 1
            va, vb = nodes[a].get(field), nodes[b].get(field)
            if va in (None, "") or vb in (None, ""):
                continue
            classified[a] += 1
            if va == vb:
                local[a] += 1
    attachment = {ids[v]: local[v] / classified[v] if classified[v] else None for v in range(len(ids))}
    defined = [value for value in attachment.values() if value is not None]
    node = {"local_attachment": attachment, "knowledge_ties": {ids[v]: knowledge[v] for v in range(len(ids))}}
    graph = {
        "local_attachment_mean": sum(defined) / len(defined) if defined else None,
        "actors_with_local_attachment": len(defined),
    }
    return node, graph


def _cross_border(a, b):
    return a is not None and b is not None and a != b and a in BORDER_COUNTRIES and b in BORDER_COUNTRIES


def flows(definition, field):
    """Ties and strength per unordered pair of groups (first-appearance order), '(missing)' for no value."""
    nodes = definition["nodes"]
    labels, code = [], {}
    for node in nodes:
        value = node.get(field)
        label = "(missing)" if value in (None, "") else str(value)
        if label not in code:
            code[label] = len(labels)
            labels.append(label)
    group = [code["(missing)" if node.get(field) in (None, "") else str(node.get(field))] for node in nodes]
    country_counts = [{} for _ in labels]
    for node, g in zip(nodes, group):
        country = node.get("country")
        if country:
            country_counts[g][country] = country_counts[g].get(country, 0) + 1
    country_of = []
    for counts in country_counts:
        best, best_count = None, 0
        for country, count in counts.items():  # insertion order = first met, as the TypeScript Map
            if count > best_count:
                best, best_count = country, count
        country_of.append(best)
    pairs = {}
    for i, j, strength, _ in _ties(definition):
        a, b = sorted((group[i], group[j]))
        entry = pairs.setdefault((a, b), [0, 0])
        entry[0] += 1
        entry[1] += strength
    return [
        {
            "from": labels[a],
            "to": labels[b],
            "from_country": country_of[a],
            "to_country": country_of[b],
            "ties": ties,
            "strength": strength,
            "cross_border": 1 if _cross_border(country_of[a], country_of[b]) else 0,
        }
        for (a, b), (ties, strength) in sorted(pairs.items())
    ]


def country_ties(definition):
    ids = node_ids(definition)
    nodes = definition["nodes"]
    international = {node_id: 0 for node_id in ids}
    cross = {node_id: 0 for node_id in ids}
    graph = {"international_ties": 0, "cross_border_ties": 0, "cross_border_strength": 0}
    for i, j, strength, _ in _ties(definition):
        ci, cj = nodes[i].get("country") or None, nodes[j].get("country") or None
        if ci is not None and cj is not None and ci != cj:
            international[ids[i]] += 1
            international[ids[j]] += 1
            graph["international_ties"] += 1
        if _cross_border(ci, cj):
            cross[ids[i]] += 1
            cross[ids[j]] += 1
            graph["cross_border_ties"] += 1
            graph["cross_border_strength"] += strength
    return {"international_ties": international, "cross_border_ties": cross}, graph


def geography_measures(definition):
    """(node measures, graph figures, tables) for a network with coordinates."""
    node, graph = {}, {}
    for compute in (tie_length, local_attachment, country_ties):
        more_node, more_graph = compute(definition)
        node.update(more_node)
        graph.update(more_graph)
    tables = {
        "distance_decay": distance_decay(definition),
        "region_flows": flows(definition, "region"),
        "country_flows": flows(definition, "country"),
    }
    return node, graph, tables
