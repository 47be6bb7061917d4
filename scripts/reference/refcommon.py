"""Helpers shared by the reference scripts (runs under any Python 3.9+, no third-party imports).

A *network definition* is the part of a fixture our importer reads: nodes, relations and which
node fields act as the locality and the grouping. The views below reproduce src/model/views.ts:

- tie view: undirected simple graph; u-v tied when any relation joins them, in either direction;
  tie strength = sum of the strengths of every relation joining the pair (1 where missing);
- flow view: directed simple graph; directed relations keep their direction, undirected ones
  give arcs both ways; arc strength = sum of the strengths of the relations giving that arc.

Self-loops never reach a view (the model drops them on import), so definitions contain none.
"""

import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FIXTURE_DIR = os.path.join(REPO, "tests", "fixtures", "reference")
DATA_DIR = os.path.join(REPO, "data", "h2020")


def fix_hash_seed():
    """Re-runs the script with PYTHONHASHSEED=0 unless already set.

    NetworkX iterates over sets of node ids in several measures (harmonic, constraint, attribute
    mixing); with Python's per-process string hashing the summation order, and so the last bits of
    the results, would change from run to run.
    """
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


def relation_strength(relation):
    """Strength of one relation as the model reads it: missing means 1."""
    strength = relation.get("strength")
    return 1 if strength is None else strength


def node_ids(network):
    return [node["id"] for node in network["nodes"]]


def tie_view(network):
    """{(i, j): strength} with i < j node indices, in first-seen order of the relations."""
    index = {node_id: i for i, node_id in enumerate(node_ids(network))}
    ties = {}
    for relation in network["relations"]:
        s, t = index[relation["source"]], index[relation["target"]]
        if s == t:
            raise ValueError(f"{network['name']}: self-loop {relation}; the model drops these")
        key = (min(s, t), max(s, t))
        ties[key] = ties.get(key, 0) + relation_strength(relation)
    return ties


def flow_view(network):
    """{(i, j): strength} for every arc i -> j of the flow view."""
    index = {node_id: i for i, node_id in enumerate(node_ids(network))}
    arcs = {}
    for relation in network["relations"]:
        s, t = index[relation["source"]], index[relation["target"]]
        arcs[(s, t)] = arcs.get((s, t), 0) + relation_strength(relation)
        if not relation["directed"]:
            arcs[(t, s)] = arcs.get((t, s), 0) + relation_strength(relation)
    return arcs


def clean_number(value):
    """JSON-ready number: NaN becomes null; numpy scalars become Python numbers."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            raise ValueError("infinite value in a reference result")
    return value


def _is_scalar(value):
    return value is None or isinstance(value, (str, int, float, bool))


def _is_flat(value):
    if isinstance(value, list):
        return all(_is_scalar(item) for item in value)
    if isinstance(value, dict):
        return all(_is_scalar(item) for item in value.values())
    return False


def _compact(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def _format(value, indent):
    """Line-oriented JSON: one node, relation, pair or measure value per line, keys sorted."""
    pad = "  " * (indent + 1)
    end = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key in sorted(value):
            items.append(f"{pad}{json.dumps(key, ensure_ascii=False)}: {_format(value[key], indent + 1)}")
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(_is_scalar(item) for item in value) and len(_compact(value)) <= 100:
            return _compact(value)
        items = [pad + (_compact(item) if _is_flat(item) else _format(item, indent + 1)) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    return _compact(value)


def dumps(value):
    """Deterministic JSON text: sorted keys, floats as Python repr (shortest round-trip), no NaN."""
    return _format(value, 0) + "\n"


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(dumps(value))


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def network_paths(work_dir):
    """Network definition files written by networks.py, in a stable order."""
    folder = os.path.join(work_dir, "networks")
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".json")]
