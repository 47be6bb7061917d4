"""Tests against chance in the fixtures: R sna's results (sna_statistics.R), and for networks of
up to EXACT_LIMIT actors the exact permutation p-values, found by enumerating every relabelling.

A fixture's `statistics` is a list of runs: the test id and options (as src/analysis/statistics
declares them), the permutation count, and per statistic sna's observed value, p(>=), p(<=),
two-sided p and null mean; MRQAP figures (coefficients, R^2, ...); per-actor p-value columns of
the brokerage test. `exact` (small networks only) holds the exact p-values of the label
permutation tests, against which both sna's and our Monte Carlo p-values can be judged.
"""

import csv
import itertools
import math
import os

import brokerage
from refcommon import flow_view, node_ids, tie_view

EXACT_LIMIT = 8


def read_sna_statistics(work_dir, name):
    path = os.path.join(work_dir, "sna_stats", name + ".tsv")
    if not os.path.exists(path):
        return {}
    runs = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for run, key, value in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            number = None if value in ("NA", "NaN") else float(value)
            runs.setdefault(int(run), {})[key] = number
    return runs


def as_number(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def fixture_runs(definition, work_dir):
    sna = read_sna_statistics(work_dir, definition["name"])
    ids = node_ids(definition)
    entries = []
    for run, spec in enumerate(definition["statistics"], start=1):
        values = sna.get(run)
        if values is None:
            raise ValueError(f"{definition['name']}: no sna result for run {run} ({spec['test']})")
        statistics, figures, columns = {}, {}, {}
        for key, value in sorted(values.items()):
            parts = key.split(":")
            if parts[0] == "statistic":
                statistic_id, field = ":".join(parts[1:-1]), parts[-1]
                statistics.setdefault(statistic_id, {})[field] = as_number(value)
            elif parts[0] == "figure":
                figures[":".join(parts[1:])] = as_number(value)
            elif parts[0] == "column":
                column, index = parts[1], int(parts[2])
                columns.setdefault(column, {})[ids[index - 1]] = value
        entry = {
            "test": spec["test"],
            "options": spec["options"],
            "permutations": int(values["permutations"]),
            "reference": {
                "ei-permutation": "R sna::qaptest(ties, E-I with labels fixed)",
                "ei-uniform-graph": "R sna::cug.test(ties, E-I, mode = 'graph', cmode = 'edges')",
                "qap-correlation": "R sna::qaptest(list(x, y), gcor, g1 = 1, g2 = 2)",
                "mrqap": "R sna::netlm(y, x, nullhyp = 'qap')",
                "brokerage-permutation": "R sna::brokerage(flow, sample(groups)) per permutation",
                "assortativity-permutation": "R igraph assortativity(_nominal) with sample(values) per permutation",
            }[spec["test"]],
            "statistics": statistics,
            "figures": figures,
            "columns": columns,
        }
        exact = exact_p_values(definition, spec)
        if exact is not None:
            entry["exact"] = exact
        entries.append(entry)
    return entries


# --- exact permutation distributions (small networks) ---------------------------------------------


def ei_values(ties, labels, groups):
    internal = {g: 0 for g in groups}
    external = {g: 0 for g in groups}
    inside = across = 0
    for i, j in ties:
        if labels[i] == labels[j]:
            inside += 1
            internal[labels[i]] += 1
        else:
            across += 1
            external[labels[i]] += 1
            external[labels[j]] += 1
    out = {"ei_index": (across - inside) / (across + inside) if inside + across else None}
    for g in groups:
        total = internal[g] + external[g]
        out[f"ei_index:{g}"] = (external[g] - internal[g]) / total if total else None
    return out


def brokerage_totals(n, arcs, labels):
    raw = brokerage.raw_counts(n, arcs, labels)
    return {role: sum(raw[role]) for role in brokerage.ROLES[:5]}


def exact_p_values(definition, spec):
    """Exact p(>=) and p(<=) over every permutation of the labels; None when not a label test."""
    n = len(definition["nodes"])
    if n > EXACT_LIMIT or spec["test"] not in ("ei-permutation", "brokerage-permutation"):
        return None
    field = spec["options"].get("field") or spec["options"].get("groupBy")
    labels = [node[field] for node in definition["nodes"]]
    groups = list(dict.fromkeys(labels))
    if spec["test"] == "ei-permutation":
        ties = list(tie_view(definition))

        def statistic(current):
            return ei_values(ties, current, groups)

    else:
        arcs = set(flow_view(definition))
        names = {role: role for role in brokerage.ROLES[:5]}

        def statistic(current):
            totals = brokerage_totals(n, arcs, current)
            return {names[role]: value for role, value in totals.items()}

    observed = statistic(labels)
    greater = {key: 0 for key in observed}
    less = {key: 0 for key in observed}
    defined = {key: 0 for key in observed}
    count = 0
    for order in itertools.permutations(range(n)):
        draw = statistic([labels[k] for k in order])
        count += 1
        for key, value in draw.items():
            if value is None or observed[key] is None:
                continue
            defined[key] += 1
            greater[key] += value >= observed[key] - 1e-12
            less[key] += value <= observed[key] + 1e-12
    return {
        "permutations": count,
        "how": f"every one of the {count} orderings of the labels (itertools.permutations)",
        "statistics": {
            key: {
                "observed": observed[key],
                "p_greater": greater[key] / defined[key] if defined[key] else None,
                "p_less": less[key] / defined[key] if defined[key] else None,
            }
            for key in observed
        },
    }
