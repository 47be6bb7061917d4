"""Derives a one-country co-participation network from data/h2020/h2020.csv.gz (stdlib only).

Rule (deterministic, documented in scripts/reference/README.md):
- actors: every organisation (PIC) whose `country` is the chosen country, in any project;
  ordered by PIC (all PICs are 9-digit strings, so string order = numeric order);
- two of these organisations are tied when both took part in the same project with at most
  `cap` distinct participating organisations (counted over all countries, from the rows of the
  file; the file's `nunique` column is the number of distinct *countries*, so it is not used);
- one undirected `cooperation` relation per tied pair, strength = number of shared projects
  within the cap;
- kind from `type`: PRC -> firm, HES and REC -> knowledge, PUB -> government, OTH -> other;
- fields: `country` (the same for all), `org_type` (the raw `type`, the locality and
  grouping field, since all actors share the country) and `projects` (the number of distinct
  projects the organisation took part in, any size: the numeric field for assortativity).
"""

import collections
import csv
import gzip
import itertools
import os

KIND_BY_TYPE = {"PRC": "firm", "HES": "knowledge", "REC": "knowledge", "PUB": "government", "OTH": "other"}


def read_participations(data_dir):
    path = os.path.join(data_dir, "h2020.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def country_network(data_dir, country, cap=30):
    rows = read_participations(data_dir)
    organisations_by_project = collections.defaultdict(set)
    for row in rows:
        organisations_by_project[row["rcn"]].add(row["pic"])

    type_by_pic = {}
    domestic_by_project = collections.defaultdict(set)
    projects_by_pic = collections.defaultdict(set)
    for row in rows:
        if row["country"] != country:
            continue
        projects_by_pic[row["pic"]].add(row["rcn"])
        previous = type_by_pic.setdefault(row["pic"], row["type"])
        if previous != row["type"]:
            raise ValueError(f"PIC {row['pic']} has two organisation types")
        if len(organisations_by_project[row["rcn"]]) <= cap:
            domestic_by_project[row["rcn"]].add(row["pic"])

    shared_projects = collections.Counter()
    for rcn in sorted(domestic_by_project, key=int):
        for pair in itertools.combinations(sorted(domestic_by_project[rcn]), 2):
            shared_projects[pair] += 1

    pics = sorted(type_by_pic)
    nodes = [
        {
            "id": pic,
            "label": pic,
            "kind": KIND_BY_TYPE[type_by_pic[pic]],
            "country": country,
            "org_type": type_by_pic[pic],
            "projects": len(projects_by_pic[pic]),
        }
        for pic in pics
    ]
    relations = [
        {"source": a, "target": b, "directed": False, "strength": count, "kind": "cooperation"}
        for (a, b), count in sorted(shared_projects.items())
    ]
    projects_within_cap = sum(1 for pics_in in organisations_by_project.values() if len(pics_in) <= cap)
    summary = {
        "country": country,
        "cap": cap,
        "projects_in_file": len(organisations_by_project),
        "projects_within_cap": projects_within_cap,
        "domestic_projects_with_two_or_more": sum(1 for p in domestic_by_project.values() if len(p) >= 2),
    }
    return nodes, relations, summary
