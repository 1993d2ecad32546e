#!/usr/bin/env python3
"""Benchmark the local server's start with and without its startup cache.

Each round starts a fresh local Neo4j (an empty database in a temporary folder) twice, once
with the startup cache ``kg db install`` recorded and once without (in alternating order),
and times three things on each: the start until Bolt answers a login, the first load of the
seed dataset on the cold server (the Cypher planner's first compilations), and a restart of the
same server (its database and password already set). Medians over the rounds are reported,
with the ratio cached / uncached.

Usage::

    python scripts/bench_server_start.py --rounds 5 --out /tmp/bench_server_start.json
    python scripts/bench_server_start.py --rounds 1 --kind cached --json     # smoke test
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.progress import Progress

from benchlib import markdown_table
from graph.store import install, server, startup_cache
from graph.store.connection import connect, resolve_target
from graph.store.loader import load_dataset_into
from graph.validate import load_dataset

ROOT = Path(__file__).resolve().parent.parent
#: What each start measures, in seconds.
KEYS = ("start_s", "first_load_s", "restart_s")


def one_start(cached: bool, workdir: Path, dataset) -> dict[str, float]:
    """Start a fresh server (cache on or off), load the seeds once, stop it, start it again and
    stop it; the seconds taken by the first start, the load and the restart."""
    home = Path(tempfile.mkdtemp(prefix="start-", dir=workdir))
    cfg = server.ServerConfig(home=home, port=server.free_port(), heap="1g", startup_cache=cached)
    try:
        t0 = time.perf_counter()
        server.start(cfg, timeout=180.0)
        started = time.perf_counter() - t0
        try:
            target = resolve_target(home=home, start=False)
            with connect(target) as driver:
                t0 = time.perf_counter()
                load_dataset_into(driver, target, dataset, "bench-start")
                loaded = time.perf_counter() - t0
        finally:
            server.stop(cfg)
        t0 = time.perf_counter()
        server.start(cfg, timeout=180.0)
        restarted = time.perf_counter() - t0
    finally:
        server.stop(cfg)  # a no-op when the load's stop left it stopped
        shutil.rmtree(home, ignore_errors=True)  # a fresh database per start: nothing to keep
    return {"start_s": started, "first_load_s": loaded, "restart_s": restarted}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="starts with and without the cache (each)")
    ap.add_argument(
        "--kind",
        choices=("both", "cached", "uncached"),
        default="both",
        help="which starts to time (the ratio needs both)",
    )
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-start")
    ap.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of a table")
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")

    inst = install.installed()
    cache = startup_cache.cache_file(inst)
    if cache is None or not cache.exists():
        print(
            f"no startup cache for this installation (Java {inst.java_version}): run `kg db install` "
            f"(it records one with Java {startup_cache.MIN_JAVA_AOT}+)",
            file=sys.stderr,
        )
        return 1
    dataset = load_dataset(ROOT / "seeds")
    args.workdir.mkdir(parents=True, exist_ok=True)
    kinds = ("cached", "uncached") if args.kind == "both" else (args.kind,)
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    with Progress(transient=True, disable=args.json) as progress:
        task = progress.add_task("server starts", total=len(kinds) * args.rounds)
        for r in range(args.rounds):
            for kind in kinds if r % 2 == 0 else kinds[::-1]:
                runs[kind].append(one_start(kind == "cached", args.workdir, dataset))
                progress.advance(task)

    def median(kind: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[kind])

    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "java": inst.java_version,
            "neo4j": inst.neo4j_version,
        },
        "rounds": args.rounds,
        "cache_mib": cache.stat().st_size >> 20,
        "runs": runs,
        "median": {kind: {key: median(kind, key) for key in KEYS} for kind in runs},
    }
    if len(kinds) == 2:
        results["ratio"] = {key: results["median"]["cached"][key] / results["median"]["uncached"][key] for key in KEYS}
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(
        f"Neo4j {inst.neo4j_version}, Java {inst.java_version}, {args.rounds} rounds, cache {results['cache_mib']} MiB"
    )
    columns = ["", "start (s)", "first seed load (s)", "restart (s)"]

    def row(label: str, figures: dict[str, float]) -> dict[str, str]:
        return {"": label, **{c: f"{figures[k]:.2f}" for c, k in zip(columns[1:], KEYS, strict=True)}}

    rows = [row(kind, results["median"][kind]) for kind in sorted(kinds, reverse=True)]  # uncached first
    if "ratio" in results:
        rows.append(row("cached / uncached", results["ratio"]))
    print(markdown_table(rows, columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
