#!/usr/bin/env python3
"""Benchmark validation and graph build against their bare baselines.

For each size it generates a synthetic dataset (:func:`graph.synth.generate`, not timed) and, in a
fresh child process so peak memory is per size, measures:

* ``parse+validate``: :func:`graph.validate.validate_dataset` (strict YAML, every check)
  against a bare ``yaml.load(..., Loader=CSafeLoader)`` of the same YAML files;
* ``build``: :func:`graph.build.claim_graph` against a bare loop of
  ``MultiDiGraph.add_edge`` adding the same edges with the same attributes;
* ``cache_hit_s``: :func:`graph.validate.load_dataset` on the unchanged dataset once its
  cache entry is written (the content key over every input byte, then reading the entry);
* peak RSS of the child (validate + build together).

Both sides of each ratio run with Python's cyclic garbage collector paused (the toolkit
pauses it while reading and building; the baselines get the same treatment).

Ratios are baseline time / toolkit time (1.0 = as fast as the baseline; targets:
validate >= 0.8, build >= 0.7).

Usage::

    python scripts/bench_build.py --sizes 1000 10000 100000 1000000 [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from benchlib import markdown_table, peak_rss_mib, run_child, timings
from graph.synth import generate


def _time(fn, repeat: int):
    """Median wall time of *fn* over *repeat* calls (collector paused, see :func:`benchlib.timings`)."""
    times, result = timings(fn, repeat)
    return statistics.median(times), result


def measure(directory: Path, repeat: int) -> dict:
    """Run in the child: time baseline and toolkit on *directory*."""
    import networkx as nx
    import yaml

    from graph.build import claim_attributes, claim_graph, node_attributes
    from graph.validate import load_dataset, validate_dataset

    yaml_files = [
        directory / "documents.yaml",
        directory / "entities.yaml",
        *sorted((directory / "claims").glob("*.yaml")),
    ]

    def bare_parse():
        for path in yaml_files:
            with open(path, "rb") as fh:
                yaml.load(fh, Loader=yaml.CSafeLoader)

    def ours():
        ds, problems = validate_dataset(directory)
        if problems:
            raise SystemExit(f"synthetic dataset invalid: {problems[:3]}")
        return ds

    t_bare, _ = _time(bare_parse, repeat)
    t_validate, ds = _time(ours, repeat)
    edges = [(c.subject, c.object, c.id, claim_attributes(c)) for c in ds.claims]
    nodes = node_attributes(ds)

    def bare_build():
        G = nx.MultiDiGraph()
        G.add_nodes_from(nodes.items())
        for u, v, k, attrs in edges:
            G.add_edge(u, v, key=k, **attrs)
        return G

    t_bare_build, _ = _time(bare_build, repeat)
    edges.clear()  # the baseline's pre-made edges are not needed for the toolkit's build
    t_build, G = _time(lambda: claim_graph(ds), repeat)
    n = len(ds.claims)
    load_dataset(directory)  # writes the cache entry (KG_CACHE_DIR is the run's own folder)
    t_hit, hit = _time(lambda: load_dataset(directory), repeat)
    if len(hit.claims) != n:
        raise SystemExit("the cache returned a different dataset")
    return {
        "claims": n,
        "validate_s": round(t_validate, 3),
        "bare_parse_s": round(t_bare, 3),
        "validate_ratio": round(t_bare / t_validate, 3),
        "validate_claims_per_s": round(n / t_validate),
        "build_s": round(t_build, 3),
        "bare_add_edge_s": round(t_bare_build, 3),
        "build_ratio": round(t_bare_build / t_build, 3),
        "build_claims_per_s": round(n / t_build),
        "cache_hit_s": round(t_hit, 3),
        "edges": G.number_of_edges(),
        "peak_rss_mib": round(peak_rss_mib()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median); 1 above 100k claims")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.repeat)))
        return 0
    from rich.console import Console
    from rich.progress import Progress

    rows = []
    console = Console(stderr=True)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp, Progress(console=console, transient=True) as bar:
        task = bar.add_task("benchmark", total=len(args.sizes))
        for n in args.sizes:
            folder = Path(tmp) / f"synth-{n}"
            bar.update(task, description=f"generating {n:,} claims")
            generate(n, folder)
            bar.update(task, description=f"measuring {n:,} claims")
            repeat = args.repeat if n <= 100_000 else 1
            env = {**os.environ, "KG_CACHE_DIR": str(Path(tmp) / "cache")}
            rows.append(run_child(__file__, str(folder), "--repeat", str(repeat), env=env))
            bar.advance(task)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    cols = [
        "claims",
        "validate_s",
        "bare_parse_s",
        "validate_ratio",
        "validate_claims_per_s",
        "build_s",
        "bare_add_edge_s",
        "build_ratio",
        "build_claims_per_s",
        "cache_hit_s",
        "peak_rss_mib",
    ]
    print(markdown_table(rows, cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
