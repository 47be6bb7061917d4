"""Reference values for the backbone scores of ties (src/analysis/backbone.ts).

    python3 scripts/reference/backbone.py [FIXTURE_DIR]

For every reference network (tests/fixtures/reference/*.json, tie view of refcommon.py) writes
tests/fixtures/backbone/<network>.json with, per tie (i < j, node indices):

- disparity: Serrano, Boguñá & Vespignani (2009), eq. 2, the integral
      alpha_ij = 1 - (k_i - 1) * integral_0^{p_ij} (1 - x)^(k_i - 2) dx,  p_ij = w_ij / s_i,
  evaluated with scipy.integrate.quad from each end, the smaller kept; an actor with one tie
  gives 1 (the paper leaves k = 1 out: such a tie cannot be significant from that side);
- simmelian: the number of common neighbours of i and j (networkx.common_neighbors), i.e. the
  triangles the tie stands in (Krackhardt 1999).

The integral is evaluated numerically on purpose: the implementation uses the closed form
(1 - p)^(k - 1), so agreement checks the algebra as well as the code.
"""

import glob
import json
import os
import sys

import networkx as nx
from scipy.integrate import quad

from refcommon import FIXTURE_DIR, REPO, read_json, tie_view, write_json

OUT_DIR = os.path.join(REPO, "tests", "fixtures", "backbone")


def end_alpha(share, degree):
    if degree <= 1:
        return 1.0
    integral, _error = quad(lambda x: (1 - x) ** (degree - 2), 0, share, epsabs=1e-13, epsrel=1e-13)
    return max(0.0, 1 - (degree - 1) * integral)


def scores(network):
    ties = tie_view(network)
    graph = nx.Graph()
    graph.add_nodes_from(range(len(network["nodes"])))
    for (i, j), strength in ties.items():
        graph.add_edge(i, j, weight=strength)
    total = dict(graph.degree(weight="weight"))
    rows = []
    for (i, j), strength in ties.items():
        alpha = min(
            end_alpha(strength / total[i], graph.degree(i)),
            end_alpha(strength / total[j], graph.degree(j)),
        )
        shared = len(list(nx.common_neighbors(graph, i, j)))
        rows.append({"ends": [i, j], "strength": strength, "disparity": alpha, "simmelian": shared})
    return rows


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else OUT_DIR
    os.makedirs(out_dir, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(FIXTURE_DIR, "*.json"))):
        network = read_json(path)
        if not network["relations"]:
            continue
        write_json(
            os.path.join(out_dir, os.path.basename(path)),
            {
                "name": network["name"],
                "actors": len(network["nodes"]),
                "generated_by": "scripts/reference/backbone.py (networkx.common_neighbors, scipy.integrate.quad)",
                "versions": {"networkx": nx.__version__, "scipy": __import__("scipy").__version__},
                "ties": scores(network),
            },
        )


if __name__ == "__main__":
    main()
