"""Shared plumbing of the peer benchmarks (stdlib only).

Both peers read the same two CSV tables as our side, build the same tie view (undirected simple
graph, strengths of every relation between a pair summed, 1 where missing), and time each
measure in a forked child process. The child gives two things a budget needs: a measure that
overruns is stopped at the deadline instead of stalling the bench, and each timing excludes
the others' garbage. Results go to stdout as one JSON object (see bench/report-types.ts).
"""

import argparse
import csv
import json
import multiprocessing
import random
import resource
import sys
import time

# Run a probed measure in full only when its prediction is under this share of the budget left.
SAFETY_MARGIN = 0.5


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--actors", required=True, help="actors CSV (id column)")
    parser.add_argument("--relations", required=True, help="relations CSV (source, target, strength)")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds for all measures together")
    parser.add_argument("--sample", type=int, default=0, help="betweenness pivots k (0 = exact)")
    parser.add_argument("--seed", type=int, default=42)
    return parser.parse_args()


def read_tie_view(actors_path, relations_path):
    """Actor ids in file order and {(u, v): summed strength} with u < v by position."""
    with open(actors_path, newline="", encoding="utf-8") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    position = {actor: i for i, actor in enumerate(ids)}
    strengths = {}
    with open(relations_path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            a, b = position[row["source"]], position[row["target"]]
            if a == b:
                continue
            key = (a, b) if a < b else (b, a)
            cell = row.get("strength") or ""
            strengths[key] = strengths.get(key, 0.0) + (float(cell) if cell else 1.0)
    return ids, strengths


def sample_nodes(count, k, seed):
    """k distinct node positions drawn with the seed (sorted): the pivots of sampled runs."""
    return sorted(random.Random(seed).sample(range(count), min(k, count)))


def _run_child(connection, work):
    try:
        started = time.perf_counter()
        work()
        connection.send(("done", time.perf_counter() - started))
    except Exception as failure:  # hand the reason to the parent rather than a bare exit code
        connection.send(("error", f"{type(failure).__name__}: {failure}"))
    connection.close()


class Budget:
    """Runs measures against one shared time budget and records what happened to each."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.started = time.perf_counter()
        self.measures = {}
        self.context = multiprocessing.get_context("fork")

    def left(self):
        return self.seconds - (time.perf_counter() - self.started)

    def time(self, work, limit=None):
        """Seconds `work()` took in a forked child, or None when it ran past `limit` (or the budget)."""
        timeout = max(0.0, self.left() if limit is None else min(limit, self.left()))
        receiver, sender = self.context.Pipe(duplex=False)
        child = self.context.Process(target=_run_child, args=(sender, work))
        child.start()
        sender.close()
        if receiver.poll(timeout):
            try:
                outcome, value = receiver.recv()
            except EOFError:  # the child died without a word: killed, out of memory
                outcome, value = "error", "measure process died"
            child.join()
            if outcome == "error":
                raise RuntimeError(value)
            return value
        child.terminate()
        child.join()
        if child.exitcode not in (0, -15):
            raise RuntimeError(f"measure process exited with code {child.exitcode}")
        return None

    def measured(self, name, work, note="", comparable=True, keep=0.0):
        """Times work exactly, or records it as skipped when the budget left (less `keep`) is not enough."""
        if self.left() - keep <= 0:
            self.record(name, "skipped", note=f"budget of {self.seconds:.0f} s used up", comparable=comparable)
            return
        try:
            seconds = self.time(work, self.left() - keep)
        except Exception as failure:  # a peer bug must not sink the bench: report it
            self.record(name, "failed", note=str(failure)[:200], comparable=comparable)
            return
        if seconds is None:
            reason = f"> {self.seconds:.0f} s budget" if keep == 0 else f"> budget left less {keep:.0f} s kept for probes"
            self.record(name, "skipped", note=reason, comparable=comparable)
        else:
            self.record(name, "measured", seconds, note, comparable)

    def probed(self, name, probe, full, probe_units, full_units, unit_note, full_note, comparable=True):
        """For work that is a sum over independent units (BFS sources, ego networks).

        Times `probe` (probe_units units) first; runs `full` only when the linear prediction
        fits the budget left, else reports that prediction, labelled "extrapolated".
        """
        if self.left() <= 0:
            self.record(name, "skipped", note=f"budget of {self.seconds:.0f} s used up", comparable=comparable)
            return
        if probe_units >= full_units:
            self.measured(name, full, full_note, comparable)
            return
        try:
            probe_seconds = self.time(probe)
        except Exception as failure:
            self.record(name, "failed", note=str(failure)[:200], comparable=comparable)
            return
        if probe_seconds is None:
            self.record(
                name, "skipped", note=f"budget ran out during a probe of {probe_units} {unit_note}", comparable=comparable
            )
            return
        predicted = probe_seconds * full_units / probe_units
        # A 2x margin: on a busy machine the full run can take longer than its probe says, and a
        # full run stopped at the deadline costs the whole budget for no figure.
        if predicted < SAFETY_MARGIN * self.left():
            left = self.left()
            try:
                seconds = self.time(full)
            except Exception as failure:
                self.record(name, "failed", note=str(failure)[:200], comparable=comparable)
                return
            if seconds is not None:
                self.record(name, "measured", seconds, full_note, comparable)
                return
            predicted = max(predicted, left)
            note = (
                f"extrapolated: full run stopped at the deadline after {left:.0f} s; "
                f"{probe_units} {unit_note} took {probe_seconds:.2f} s"
            )
            self.record(name, "extrapolated", predicted, note, comparable)
            return
        note = (
            f"extrapolated: {probe_units} {unit_note} took {probe_seconds:.2f} s, "
            f"x {full_units}/{probe_units} ({full_note})"
        )
        self.record(name, "extrapolated", predicted, note, comparable)

    def record(self, name, status, seconds=None, note="", comparable=True):
        entry = {"status": status, "note": note, "comparable": comparable}
        if seconds is not None:
            entry["seconds"] = seconds
        self.measures[name] = entry
        shown = f"{seconds:.2f} s" if seconds is not None else ""
        print(f"  {name}: {status} {shown} {note}", file=sys.stderr, flush=True)


def peak_rss_mb():
    """Peak resident set of this process or of any measure child, in MB (Linux reports kB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def emit(peer, version, nodes, edges, file_to_graph_seconds, budget):
    json.dump(
        {
            "peer": peer,
            "version": version,
            "nodes": nodes,
            "edges": edges,
            "fileToGraphSeconds": file_to_graph_seconds,
            "measures": budget.measures,
            "maxRssMb": peak_rss_mb(),
            "budgetSeconds": budget.seconds,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
