#!/usr/bin/env python
"""Benchmark the undirected projection: direct adjacency writes against the public networkx API.

The figure behind ``graph/analytics/nxinternals.py`` (why that one module writes networkx's
internal adjacency). For each size, a random summary-graph-shaped ``MultiDiGraph`` (one
entity per 8 links, node ``name``/``type``, edges keyed by one of 20 predicates, so some
pairs carry several links) is projected both ways; the figures are the best of ``--repeat``
runs in process CPU seconds with the garbage collector off. The two projections are checked
to be equal.

    .venv/bin/python scripts/bench_projection.py --sizes 10000 100000 1000000 [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import time

import networkx as nx

from benchlib import timings
from graph.analytics.nxinternals import weighted_undirected, weighted_undirected_public


def summary_like(n_links: int, *, seed: int = 7) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` shaped like a summary graph with *n_links* links."""
    rng = random.Random(seed)
    n_nodes = max(2, n_links // 8)
    G = nx.MultiDiGraph()
    G.add_nodes_from((f"e{i}", {"name": f"Entity {i}", "type": "Thing"}) for i in range(n_nodes))
    for _ in range(n_links):
        G.add_edge(f"e{rng.randrange(n_nodes)}", f"e{rng.randrange(n_nodes)}", key=f"P{rng.randrange(20)}")
    return G


def best_cpu(fn, repeat: int) -> float:
    """The best of *repeat* runs of *fn* in process CPU seconds (collector paused)."""
    return min(timings(fn, repeat, time.process_time)[0])


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="links per graph")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args(argv)
    rows = []
    for n in args.sizes:
        G = summary_like(n)
        fast, ref = weighted_undirected(G), weighted_undirected_public(G)
        if sorted(fast.edges(data="weight")) != sorted(ref.edges(data="weight")):
            raise SystemExit(f"the two projections differ at {n} links")
        direct = best_cpu(lambda G=G: weighted_undirected(G), args.repeat)
        public = best_cpu(lambda G=G: weighted_undirected_public(G), args.repeat)
        rows.append(
            {
                "links": G.number_of_edges(),
                "entities": G.number_of_nodes(),
                "pairs": fast.number_of_edges(),
                "direct_s": round(direct, 3),
                "public_s": round(public, 3),
                "ratio": round(public / direct, 2),
            }
        )
        print(f"{n:>9} links: direct {direct:.3f} s, public API {public:.3f} s (x{public / direct:.2f})", flush=True)
    result = {"networkx": nx.__version__, "repeat": args.repeat, "rows": rows}
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
    return result


if __name__ == "__main__":
    main()
