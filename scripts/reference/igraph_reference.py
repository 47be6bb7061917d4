"""Step 2b of the reference pipeline: the same measures with igraph, for cross-checks only.

    /usr/bin/python3 scripts/reference/igraph_reference.py WORK_DIR

Runs under Debian's python3 with python3-igraph (no NetworkX needed). Reads every
WORK_DIR/networks/<name>.json, builds the tie view as an undirected igraph Graph (vertex i =
node i, edge attribute `strength`, and `distance` = 1 / strength), and writes
WORK_DIR/igraph/<name>.json with igraph's raw outputs converted to NetworkX's conventions
where the two differ only by a documented factor:

- betweenness: igraph counts each unordered pair once; NetworkX normalises by
  (n - 1)(n - 2) / 2 for undirected graphs, so we multiply by 2 / ((n - 1)(n - 2)) when n > 2;
- closeness: igraph 0.10 computes (r - 1) / sum of distances over the r vertices reachable
  from v (v included) and NaN for isolates; NetworkX's Wasserman-Faust variant multiplies this
  by (r - 1) / (n - 1). We store both igraph's own value (closeness_igraph) and the rescaled one;
- harmonic: igraph normalized=False is the plain sum of 1 / distance, as NetworkX;
- eigenvector: igraph scales the maximum to 1; we rescale to unit Euclidean norm (NetworkX's)
  and only on connected graphs, where both are the Perron vector;
- adamic_adar: igraph similarity_inverse_log_weighted (sum of 1 / ln degree of common neighbours);
- kind, locality and homophily-field assortativity: igraph assortativity_nominal on integer codes
  of the values; numeric assortativity: igraph assortativity(values) (graphs with ties only).
"""

import math
import os
import random
import sys

import igraph as ig

from refcommon import fix_hash_seed, network_paths, node_ids, read_json, tie_view, write_json


def as_map(ids, values):
    def defined(value):
        return None if value is None or (isinstance(value, float) and math.isnan(value)) else value

    return {node_id: defined(value) for node_id, value in zip(ids, values)}


def measures(definition):
    random.seed(1)  # python-igraph draws ARPACK's start vector from Python's random module
    ids = node_ids(definition)
    n = len(ids)
    ties = tie_view(definition)
    edges = list(ties)
    graph = ig.Graph(n=n, edges=edges, directed=False)
    graph.es["strength"] = [float(ties[e]) for e in edges]
    graph.es["distance"] = [1.0 / ties[e] for e in edges]
    out = {"node": {}, "graph": {}, "pairs": {}}
    if n == 0:
        return out
    node = out["node"]

    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    node["betweenness"] = as_map(ids, [b * scale for b in graph.betweenness(directed=False)])
    weighted = graph.betweenness(directed=False, weights="distance")
    node["betweenness_weighted"] = as_map(ids, [b * scale for b in weighted])

    reach = graph.neighborhood_size(order=n)  # vertices reachable from v, v included
    for suffix, weights in (("", None), ("_weighted", "distance")):
        raw = graph.closeness(mode="all", weights=weights, normalized=True)
        node["closeness_igraph" + suffix] = as_map(ids, raw)
        wf = [
            0.0 if r <= 1 or n <= 1 else c * (r - 1) / (n - 1)
            for c, r in zip(raw, reach)
        ]
        node["closeness" + suffix] = as_map(ids, wf)

    node["harmonic"] = as_map(ids, graph.harmonic_centrality(mode="all", normalized=False))
    node["pagerank"] = as_map(ids, graph.pagerank(directed=False, damping=0.85, implementation="prpack"))
    node["pagerank_weighted"] = as_map(
        ids, graph.pagerank(directed=False, damping=0.85, weights="strength", implementation="prpack")
    )
    node["core"] = as_map(ids, graph.coreness())
    node["constraint"] = as_map(ids, graph.constraint())
    node["constraint_weighted"] = as_map(ids, graph.constraint(weights="strength"))
    node["clustering"] = as_map(ids, graph.transitivity_local_undirected(mode="zero"))
    node["degree"] = as_map(ids, graph.degree())
    node["weighted_degree"] = as_map(ids, graph.strength(weights="strength"))
    if graph.ecount() > 0 and graph.is_connected():
        eigen = graph.eigenvector_centrality(scale=True)
        norm = math.sqrt(sum(x * x for x in eigen))
        node["eigenvector"] = as_map(ids, [x / norm for x in eigen])

    graph_out = out["graph"]
    graph_out["transitivity"] = graph.transitivity_undirected(mode="zero")
    graph_out["average_clustering"] = graph.transitivity_avglocal_undirected(mode="zero")
    graph_out["degree_assortativity"] = graph.assortativity_degree(directed=False)
    graph_out["components"] = len(graph.connected_components())
    graph_out["density"] = graph.density(loops=False)
    partition = definition["partition"]
    if graph.ecount() > 0:
        graph_out["modularity"] = graph.modularity([partition[node_id] for node_id in ids])
        groups = sorted({str(node[definition["locality_field"]]) for node in definition["nodes"]})
        code = {g: i for i, g in enumerate(groups)}
        graph_out["modularity_locality"] = graph.modularity(
            [code[str(node[definition["locality_field"]])] for node in definition["nodes"]]
        )
    if graph.ecount() > 0:
        locality = definition["locality_field"]
        for name, field in (("kind_assortativity", "kind"), ("locality_assortativity", locality)):
            values = sorted({str(node[field]) for node in definition["nodes"]})
            code = {value: i for i, value in enumerate(values)}
            types = [code[str(node[field])] for node in definition["nodes"]]
            graph_out[name] = graph.assortativity_nominal(types, directed=False)
        homophily = definition["homophily_field"]
        values = sorted({str(node[homophily]) for node in definition["nodes"]})
        code = {value: i for i, value in enumerate(values)}
        types = [code[str(node[homophily])] for node in definition["nodes"]]
        graph_out["homophily_assortativity"] = graph.assortativity_nominal(types, directed=False)
        numeric = definition.get("numeric_field")
        keep = [i for i, node in enumerate(definition["nodes"]) if isinstance(node.get(numeric), (int, float))]
        sub = graph.induced_subgraph(keep)
        if sub.ecount() > 0:
            values = [float(definition["nodes"][i][numeric]) for i in keep]
            graph_out["homophily_numeric_assortativity"] = sub.assortativity(values, directed=False)
    giant = graph.connected_components().giant()
    if giant.vcount() > 1:
        graph_out["average_path_length"] = giant.average_path_length(directed=False)
        graph_out["diameter"] = giant.diameter(directed=False)
    for key, value in list(graph_out.items()):
        if isinstance(value, float) and math.isnan(value):
            graph_out[key] = None

    similarity = graph.similarity_inverse_log_weighted()
    out["pairs"]["adamic_adar"] = {
        f"{ids[i]}\t{ids[j]}": similarity[i][j] for i in range(n) for j in range(i + 1, n)
    }
    return out


def main(work_dir):
    target = os.path.join(work_dir, "igraph")
    for path in network_paths(work_dir):
        definition = read_json(path)
        result = measures(definition)
        result["version"] = ig.__version__
        write_json(os.path.join(target, definition["name"] + ".json"), result)
        print(f"{definition['name']}: igraph {ig.__version__}")


if __name__ == "__main__":
    fix_hash_seed()
    if len(sys.argv) != 2:
        sys.exit("usage: igraph_reference.py WORK_DIR")
    main(sys.argv[1])
