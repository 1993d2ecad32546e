#!/usr/bin/env python3
"""Benchmark the analytics against the bare networkx calls, and the fast engines against networkx.

For each size it builds a synthetic dataset in memory (the shape of ``scripts/synth.py``:
one entity per 8 claims, subjects and objects fitting each predicate's domain and range in
the real schema, 30 % attributed, 25 % hedged, half dated, 15 % with quantities; not timed),
derives the summary graph with the toolkit's own :func:`graph.build.summary_graph`, and then
measures, on that same graph in the same run:

* **overhead**: each toolkit measure against the bare networkx call it wraps
  (``ratio`` = toolkit time / bare time; the target is <= 1.10). Times are process CPU
  seconds (every measure is single-threaded; the machine is shared). Runs alternate bare and
  toolkit, each looped to at least 0.2 s with the garbage collector off (as ``timeit``
  does); the best of ``--repeat`` pairs is kept (one pair, after no warm-up, when a bare
  call takes > 20 s);
* **engines**: PageRank and betweenness with igraph (and PageRank with rustworkx) when
  installed, against networkx, with the largest difference in scores (they must agree).
  ``speedup`` = networkx time / engine time, the engine's graph already converted (the
  toolkit converts once per graph and caches it); the conversion is reported on its own;
* the evidence analytics, which have no networkx counterpart, in seconds.

Usage::

    python scripts/bench_analytics.py --sizes 10000 100000 1000000 [--repeat 3] [--json FILE]
    python scripts/bench_analytics.py --data DIR   # a dataset folder instead (e.g. from synth.py)
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import platform
import random
import sys
import time
from itertools import islice
from pathlib import Path

import networkx as nx

from benchlib import timings
from graph import analytics as an
from graph.build import summary_graph
from graph.model import Dataset
from graph.synth import synthetic_dataset


def _timed(fn, loops: int = 1):
    """CPU seconds per call of *fn* over *loops* calls, with the garbage collector off (as timeit).

    Process CPU time, not wall time: the reference machine is shared, and every measure here
    runs on one thread, so CPU time is what the code costs whatever else the machine runs.
    """
    result = None

    def run() -> None:
        nonlocal result
        for _ in range(loops):
            result = fn()

    (seconds,), _ = timings(run, 1, time.process_time)
    return seconds / loops, result


MIN_TIME = 0.2


def _progress(message: str) -> None:
    print(f"  [{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def paired(bare, toolkit, repeat: int, name: str = "") -> dict:
    """Alternate bare and toolkit runs (each looped to >= MIN_TIME s); the best of each and their ratio."""
    _progress(name)
    first, _ = _timed(bare)
    loops = max(1, min(1000, int(MIN_TIME / first) if first > 0 else 1000))
    tb, tt = [], []
    if first > 20:  # a long call is its own warm-up: one pair, the first bare run counted
        tb.append(first)
        tt.append(_timed(toolkit)[0])
        repeat = 0
    for _ in range(repeat):
        tb.append(_timed(bare, loops)[0])
        tt.append(_timed(toolkit, loops)[0])
        if tb[-1] > 20:
            break
    mb, mt = min(tb), min(tt)
    return {
        "bare_s": round(mb, 6),
        "toolkit_s": round(mt, 6),
        "ratio": round(mt / mb, 3) if mb else None,
        "runs": len(tb),
        "loops": loops,
    }


def bench_size(ds: Dataset, *, repeat: int, seed: int = 0, pairs: int = 20) -> dict:
    out = {"claims": len(ds.claims)}
    _progress(f"{len(ds.claims):,} claims: summary graph")
    t, S = _timed(lambda: summary_graph(ds))
    out["setup"] = {"summary_graph_s": round(t, 3), "nodes": S.number_of_nodes(), "links": S.number_of_edges()}
    t, U = _timed(lambda: an.undirected(S))
    out["setup"]["undirected_projection_s"] = round(t, 3)
    # the dataset and graphs live for the whole run: keep them out of every later collection
    gc.collect()
    gc.freeze()
    out["setup"]["undirected_edges"] = U.number_of_edges()
    k = an.sample_size_for(U.number_of_edges(), U.number_of_nodes())
    out["betweenness"] = {"method": "sampled" if k else "exact", "sample_size": k}

    rng = random.Random(seed)
    big = max(nx.connected_components(U), key=len)
    nodes = sorted(big)
    sample_pairs = [tuple(rng.sample(nodes, 2)) for _ in range(pairs)]
    centers = rng.sample(nodes, min(pairs, len(nodes)))

    ov = {}
    ov["degree"] = paired(lambda: dict(S.degree()), lambda: an.degree(S), repeat, "degree")
    ov["pagerank"] = paired(lambda: nx.pagerank(S), lambda: an.pagerank(S, engine="networkx"), repeat, "pagerank")
    ov["betweenness"] = paired(
        lambda: nx.betweenness_centrality(U, k=k, seed=seed if k else None),
        lambda: an.betweenness(U, seed=seed, engine="networkx"),
        repeat,
        "betweenness",
    )
    ov["louvain"] = paired(
        lambda: nx.community.louvain_communities(U, weight="weight", seed=seed),
        lambda: an.communities(U, seed=seed),
        repeat,
        "louvain",
    )
    ov["articulation_points"] = paired(
        lambda: list(nx.articulation_points(U)),
        lambda: an.articulation_points(S, projection=U),
        repeat,
        "articulation_points",
    )
    ov["bridges"] = paired(lambda: list(nx.bridges(U)), lambda: an.bridges(S, projection=U), repeat, "bridges")
    an.claims_index(ds)  # built once per dataset, like the projection
    ov[f"shortest_path x{pairs}"] = paired(
        lambda: [nx.shortest_path(U, a, b) for a, b in sample_pairs],
        lambda: [an.shortest_path(ds, a, b, graph=S) for a, b in sample_pairs],
        repeat,
        f"shortest_path x{pairs}",
    )
    ov[f"k_shortest_paths k=3 x{pairs}"] = paired(
        lambda: [list(islice(nx.shortest_simple_paths(U, a, b), 3)) for a, b in sample_pairs],
        lambda: [an.k_shortest_paths(ds, a, b, k=3, graph=S) for a, b in sample_pairs],
        repeat,
        f"k_shortest_paths k=3 x{pairs}",
    )
    ov[f"ego depth=2 x{len(centers)}"] = paired(
        lambda: [nx.ego_graph(U, c, radius=2) for c in centers],
        lambda: [an.ego_network(ds, c, depth=2, graph=S) for c in centers],
        repeat,
        f"ego depth=2 x{len(centers)}",
    )
    out["overhead"] = ov

    ev = {}
    _progress("evidence analytics")
    for name, fn in (
        ("conflicts", lambda: an.conflicts(ds)),
        ("single_source", lambda: an.single_source(ds)),
        ("attribution", lambda: an.attribution(ds)),
        ("attribution_by_entity", lambda: an.attribution_by_entity(ds)),
        ("timeline", lambda: an.timeline(ds)),
        ("as_of", lambda: an.as_of(ds, "2023-06")),
    ):
        ev[name] = round(_timed(fn)[0], 4)
    out["evidence_s"] = ev
    out["engines"] = bench_engines(S, U, k, seed, repeat)
    return out


def _maxdiff(a: dict, b: dict) -> float:
    return max(abs(a[n] - b[n]) for n in a)


def bench_engines(S, U, k, seed, repeat) -> dict:
    res = {}
    _progress("engines")
    t_nx = [_timed(lambda: nx.pagerank(S)) for _ in range(repeat)]
    nx_s = min(t for t, _ in t_nx)
    ref = t_nx[-1][1]
    # networkx stops at an L1 change below N x 1e-6: compare the engines to a converged run too
    exact = nx.pagerank(S, tol=1e-12, max_iter=100_000)
    res["pagerank"] = {"networkx_s": round(nx_s, 4), "networkx_vs_converged": _maxdiff(ref, exact)}
    if importlib.util.find_spec("igraph"):
        from graph.analytics import engines

        S.__networkx_cache__.pop("graph.analytics", None)
        conv, _ = _timed(lambda: engines.to_igraph(S))
        runs = [_timed(lambda: an.pagerank(S, engine="igraph")) for _ in range(repeat)]
        t = min(x for x, _ in runs)
        res["pagerank"]["igraph"] = {
            "s": round(t, 4),
            "convert_s": round(conv, 3),
            "speedup": round(nx_s / t, 1),
            "speedup_with_conversion": round(nx_s / (t + conv), 1),
            "max_abs_diff": _maxdiff(ref, runs[-1][1].scores),
            "max_abs_diff_converged": _maxdiff(exact, runs[-1][1].scores),
        }
    if importlib.util.find_spec("rustworkx"):
        from graph.analytics import engines

        S.__networkx_cache__.pop("graph.analytics", None)
        conv, _ = _timed(lambda: engines.to_rustworkx(S))
        runs = [_timed(lambda: an.pagerank(S, engine="rustworkx")) for _ in range(repeat)]
        t = min(x for x, _ in runs)
        scores = runs[-1][1].scores
        res["pagerank"]["rustworkx"] = {
            "s": round(t, 4),
            "convert_s": round(conv, 3),
            "speedup": round(nx_s / t, 1),
            "speedup_with_conversion": round(nx_s / (t + conv), 1),
            "max_abs_diff": _maxdiff(ref, scores),
            "max_abs_diff_converged": _maxdiff(exact, scores),
        }
    if importlib.util.find_spec("igraph"):
        t_nx, c_nx = _timed(lambda: an.communities(U, seed=seed, engine="networkx"))
        an.communities(U, seed=seed, engine="igraph")  # conversion, cached
        t_ig, c_ig = _timed(lambda: an.communities(U, seed=seed, engine="igraph"))
        res["louvain"] = {
            "networkx_s": round(t_nx, 4),
            "networkx_modularity": round(c_nx.modularity, 4),
            "igraph": {"s": round(t_ig, 4), "speedup": round(t_nx / t_ig, 1), "modularity": round(c_ig.modularity, 4)},
        }
        t_nx, ref = _timed(lambda: nx.betweenness_centrality(U, k=k, seed=seed if k else None))
        an.betweenness(U, seed=seed, engine="igraph")  # conversion, cached
        t_ig, r = _timed(lambda: an.betweenness(U, seed=seed, engine="igraph"))
        res["betweenness"] = {
            "networkx_s": round(t_nx, 4),
            "igraph": {"s": round(t_ig, 4), "speedup": round(t_nx / t_ig, 1), "max_abs_diff": _maxdiff(ref, r.scores)},
        }
    return res


def render(result: dict) -> str:
    lines = []
    for r in result["sizes"]:
        s = r["setup"]
        b = r["betweenness"]
        lines.append(
            f"\n== {r['claims']:,} claims: {s['nodes']:,} entities, {s['links']:,} links "
            f"(summary graph {s['summary_graph_s']} s, projection {s['undirected_projection_s']} s); "
            f"betweenness {b['method']}" + (f", sample size {b['sample_size']}" if b["sample_size"] else "")
        )
        lines.append(f"{'measure (CPU s)':32} {'networkx':>11} {'toolkit':>10} {'ratio':>6}")
        for name, m in r["overhead"].items():
            lines.append(f"{name:32} {m['bare_s']:>11.5f} {m['toolkit_s']:>10.5f} {m['ratio']:>6.3f}")
        if "networkx_vs_converged" in r["engines"].get("pagerank", {}):
            lines.append(
                f"networkx PageRank (tol 1e-6) vs converged: max |diff| {r['engines']['pagerank']['networkx_vs_converged']:.1e}"
            )
        for measure, e in r["engines"].items():
            for engine, v in e.items():
                if isinstance(v, dict) and measure == "louvain":
                    lines.append(
                        f"louvain {engine}: {v['s']} s vs networkx {e['networkx_s']} s = {v['speedup']}x; "
                        f"modularity {v['modularity']} vs {e['networkx_modularity']}"
                    )
                elif isinstance(v, dict):
                    extra = (
                        f", conversion {v['convert_s']} s ({v['speedup_with_conversion']}x with it)"
                        if "convert_s" in v
                        else ""
                    )
                    conv = (
                        f", {v['max_abs_diff_converged']:.1e} vs converged networkx"
                        if "max_abs_diff_converged" in v
                        else ""
                    )
                    lines.append(
                        f"{measure} {engine}: {v['s']} s vs networkx {e['networkx_s']} s = {v['speedup']}x{extra}; "
                        f"max |diff| {v['max_abs_diff']:.1e}{conv}"
                    )
        lines.append("evidence analytics (s): " + ", ".join(f"{k} {v}" for k, v in r["evidence_s"].items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    global MIN_TIME
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--data", type=Path, help="benchmark this dataset folder instead of synthetic sizes")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pairs", type=int, default=20, help="entity pairs for the path measures")
    ap.add_argument("--seed", type=int, default=7, help="seed of the synthetic data")
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    ap.add_argument("--min-time", type=float, default=MIN_TIME, help="loop fast calls to at least this many seconds")
    args = ap.parse_args(argv)
    MIN_TIME = args.min_time
    import networkx

    result = {
        "python": platform.python_version(),
        "networkx": networkx.__version__,
        "engines": an.available_engines(),
        "sizes": [],
    }
    datasets = []
    if args.data:
        from graph.validate import load_dataset

        datasets.append(lambda: load_dataset(args.data))
    else:
        datasets += [lambda n=n: synthetic_dataset(n, seed=args.seed) for n in args.sizes]
    for make in datasets:
        ds = make()
        result["sizes"].append(bench_size(ds, repeat=args.repeat, pairs=args.pairs))
        print(render({"sizes": result["sizes"][-1:]}), flush=True)
        del ds
        gc.unfreeze()
        gc.collect()
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
