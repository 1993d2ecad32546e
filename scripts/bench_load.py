#!/usr/bin/env python3
"""Benchmark ``kg load`` against the raw driver on Neo4j.

For each size, synthetic claims (``scripts/synth.py``) are validated and turned into rows
once, then written three ways, each measured on its own freshly started local Neo4j (an
empty database in a temporary folder), or with ``--reuse`` on the server ``kg load`` would
use (``NEO4J_URI`` or the running local one), each run under its own dataset tag, deleted
afterwards:

* **raw**: the same rows with plain ``UNWIND … CREATE`` (:mod:`graph.store.raw`);
* **load**: ``kg load``'s path (diff against the database, guarded creates, MERGE);
* **reload**: the same load again on the now-full database (must not be slower).

The ratio ``load rate / raw rate`` is the figure to watch (target ≥ 0.5), because both are
measured in the same run on the same machine; a reload must take at most 0.2× the first
load. A batch-size sweep repeats load and raw at
one size for several batch sizes.

Usage::

    python scripts/bench_load.py --sizes 10000,100000,1000000 --sweep-size 100000 \\
        --batch-sizes 1000,5000,10000,20000,50000 --out /tmp/bench_load.json

    python scripts/bench_load.py --sizes 500 --sweep-size 0 --reuse   # smoke test
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from graph.store import server
from graph.store.connection import connect, resolve_target
from graph.store.loader import DEFAULT_BATCH_SIZE, delete_dataset, load_rows, total_rows
from graph.store.loader import prepare as prepare_rows
from graph.store.raw import raw_create
from graph.validate import load_dataset


class FreshServer:
    """A local server on a free port in its own temporary home, removed on exit."""

    def __init__(self, heap: str):
        self.heap = heap

    def __enter__(self):
        self.home = Path(tempfile.mkdtemp(prefix="kg-bench-db-"))
        self.cfg = server.ServerConfig(home=self.home, port=server.free_port(), heap=self.heap)
        server.start(self.cfg)
        os.environ["KG_HOME"] = str(self.home)
        os.environ.pop("NEO4J_URI", None)
        self.target = resolve_target(home=self.home, start=False)
        self.driver = connect(self.target, retry_seconds=30.0)
        return self

    def __exit__(self, *exc):
        self.driver.close()
        server.stop(self.cfg)
        shutil.rmtree(self.home, ignore_errors=True)


class ReusedServer:
    """The server ``kg load`` would use; each run's dataset tag is deleted when it ends."""

    def __init__(self, heap: str):
        self.tags: list[str] = []

    def __enter__(self):
        self.target = resolve_target(start=False)
        self.driver = connect(self.target, retry_seconds=30.0)
        return self

    def __exit__(self, *exc):
        with self.driver.session(database=self.target.database) as session:
            for tag in self.tags:
                delete_dataset(session, tag)
        self.driver.close()


SERVER = FreshServer


def neo4j_version() -> str:
    """The Neo4j version and edition the runs use (fresh servers: the installed one)."""
    if SERVER is FreshServer:
        from graph.store.install import installed

        return f"{installed().neo4j_version} community"
    with SERVER("1g") as srv:
        records, _s, _k = srv.driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' "
            "RETURN versions[0] + ' ' + edition AS v",
            database_=srv.target.database,
        )
        return records[0]["v"]


def _tagged(rows, tag: str):
    from dataclasses import replace

    return replace(rows, dataset=tag)


def prepare(n_claims: int, workdir: Path, seed: int):
    """Generate (or reuse) the synthetic dataset and build its rows; return timings too."""
    from graph import synth

    folder = workdir / f"synth-{n_claims}"
    if not (folder / "documents.yaml").exists():
        synth.generate(n_claims, folder, seed=seed)
    t0 = time.perf_counter()
    dataset = load_dataset(folder, use_cache=False)
    t1 = time.perf_counter()
    rows, expected = prepare_rows(dataset, f"synth-{n_claims}")
    t2 = time.perf_counter()
    return rows, expected, {"validate_s": t1 - t0, "prepare_s": t2 - t1}


def run_raw(rows, batch: int, heap: str) -> float:
    with SERVER(heap) as srv:
        rows = _tagged(rows, f"bench-raw-{rows.dataset}")
        if isinstance(srv, ReusedServer):
            srv.tags.append(rows.dataset)
        return raw_create(srv.driver, srv.target.database, rows, batch_size=batch)


def run_load(rows, expected, batch: int, heap: str, reload: bool):
    with SERVER(heap) as srv:
        rows = _tagged(rows, f"bench-load-{rows.dataset}")
        if isinstance(srv, ReusedServer):
            srv.tags.append(rows.dataset)
        first = load_rows(srv.driver, srv.target, rows, batch_size=batch, expected=expected)
        second = load_rows(srv.driver, srv.target, rows, batch_size=batch, expected=expected) if reload else None
        return first, second


def _busy(report) -> float:
    return report.diff_seconds + report.write_seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000", help="claim counts, comma-separated")
    ap.add_argument("--batch", type=int, default=DEFAULT_BATCH_SIZE, help="batch size for the size runs")
    ap.add_argument("--sweep-size", type=int, default=100000, help="claims for the batch sweep (0: none)")
    ap.add_argument("--batch-sizes", default="1000,5000,10000,20000,50000")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench")
    ap.add_argument("--heap", default="4g", help="JVM heap of each fresh local server")
    ap.add_argument(
        "--reuse",
        action="store_true",
        help="use the server kg load would use (NEO4J_URI or the running local one) instead of "
        "fresh local servers; each run's dataset tag is deleted afterwards",
    )
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    ap.add_argument(
        "--check-targets",
        action="store_true",
        help="exit 1 unless every size meets ratio >= 0.5 and reload <= 0.2x load",
    )
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    global SERVER
    SERVER = ReusedServer if args.reuse else FreshServer

    results = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "sizes": [],
        "sweep": [],
    }
    results["machine"]["neo4j"] = neo4j_version()
    results["machine"]["server"] = "reused" if args.reuse else f"fresh local server per run, heap {args.heap}"
    print(f"Neo4j {results['machine']['neo4j']} ({results['machine']['server']})", flush=True)

    print(
        f"{'claims':>9} {'rows':>9} {'raw s':>8} {'raw rows/s':>10} {'load s':>8} {'load rows/s':>11} "
        f"{'ratio':>6} {'reload s':>8} {'reload/load':>11}",
        flush=True,
    )
    for n in [int(x) for x in args.sizes.split(",") if x]:
        rows, expected, prep = prepare(n, args.workdir, args.seed)
        total = total_rows(rows)
        raw_s = run_raw(rows, args.batch, args.heap)
        first, second = run_load(rows, expected, args.batch, args.heap, reload=True)
        entry = {
            "claims": n,
            "rows": total,
            "batch": args.batch,
            **prep,
            "raw_s": raw_s,
            "raw_rows_per_s": total / raw_s,
            "load_s": _busy(first),
            "load_total_s": first.total_seconds,
            "load_rows_per_s": total / _busy(first),
            "check_s": first.check_seconds,
            "ratio": raw_s / _busy(first),
            "reload_s": _busy(second),
            "reload_total_s": second.total_seconds,
            "reload_written": second.written,
            "reload_over_load": second.total_seconds / first.total_seconds,
        }
        results["sizes"].append(entry)
        print(
            f"{n:>9} {total:>9} {raw_s:>8.1f} {entry['raw_rows_per_s']:>10.0f} {entry['load_s']:>8.1f} "
            f"{entry['load_rows_per_s']:>11.0f} {entry['ratio']:>6.2f} {second.total_seconds:>8.1f} "
            f"{entry['reload_over_load']:>11.2f}",
            flush=True,
        )

    if args.sweep_size:
        rows, expected, _prep = prepare(args.sweep_size, args.workdir, args.seed)
        total = total_rows(rows)
        print(f"\nbatch sweep at {args.sweep_size} claims ({total} rows)")
        print(f"{'batch':>7} {'raw rows/s':>10} {'load rows/s':>11} {'ratio':>6}", flush=True)
        for b in [int(x) for x in args.batch_sizes.split(",") if x]:
            raw_s = run_raw(rows, b, args.heap)
            first, _ = run_load(rows, expected, b, args.heap, reload=False)
            entry = {
                "claims": args.sweep_size,
                "rows": total,
                "batch": b,
                "raw_rows_per_s": total / raw_s,
                "load_rows_per_s": total / _busy(first),
                "ratio": raw_s / _busy(first),
            }
            results["sweep"].append(entry)
            print(
                f"{b:>7} {entry['raw_rows_per_s']:>10.0f} {entry['load_rows_per_s']:>11.0f} {entry['ratio']:>6.2f}",
                flush=True,
            )

    if args.out:
        args.out.write_text(json.dumps(results, indent=2))
    ok = all(e["ratio"] >= 0.5 and e["reload_over_load"] <= 0.2 for e in results["sizes"])
    print("\ntargets (ratio >= 0.5, reload <= 0.2x load):", "met" if ok else "NOT met", flush=True)
    return 0 if ok or not args.check_targets else 1


if __name__ == "__main__":
    sys.exit(main())
