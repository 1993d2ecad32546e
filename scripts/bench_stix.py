#!/usr/bin/env python3
"""Benchmark the STIX 2.1 export (``kg export --format stix``) on synthetic datasets.

For each size it generates a synthetic dataset (:func:`graph.synth.generate`, not timed) and, in a
fresh child process so peak memory is per size, measures:

* ``load``: :func:`graph.validate.load_dataset` (validation, cache off), for scale;
* ``conflicts``: :func:`graph.analytics.conflicts`, which the export links;
* ``export``: :func:`graph.stix.write_stix`, wall and CPU seconds (the machine is shared:
  CPU time is the steadier figure), claims per CPU second, objects and bytes written;
* peak RSS of the child (load + conflicts + export) and RSS after the load alone.

Usage::

    python scripts/bench_stix.py --sizes 1000 10000 100000 [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchlib import markdown_table, peak_rss_mib, run_child
from graph.synth import generate

COLUMNS = [
    "claims",
    "objects",
    "load_s",
    "conflicts_s",
    "export_s",
    "export_cpu_s",
    "claims_per_cpu_s",
    "bundle_mib",
    "rss_after_load_mib",
    "peak_rss_mib",
]


def measure(directory: Path, repeat: int) -> dict:
    """Run in the child: load, find conflicts, export *repeat* times (medians)."""
    from graph.analytics import conflicts
    from graph.stix import write_stix
    from graph.validate import load_dataset

    t0 = time.perf_counter()
    ds = load_dataset(directory, use_cache=False)
    load_s = time.perf_counter() - t0
    after_load = round(peak_rss_mib())
    t0 = time.perf_counter()
    found = conflicts(ds)
    conflicts_s = time.perf_counter() - t0
    out = directory.parent / f"{directory.name}.stix.json"
    walls, cpus = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        write_stix(ds, out, found)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    size = out.stat().st_size
    with open(out, encoding="utf-8") as fh:
        objects = sum(1 for line in fh if line.startswith('{"'))  # one object per line
    cpu = statistics.median(cpus)
    return {
        "claims": len(ds.claims),
        "objects": objects,
        "conflicts": len(found),
        "load_s": round(load_s, 2),
        "conflicts_s": round(conflicts_s, 2),
        "export_s": round(statistics.median(walls), 2),
        "export_cpu_s": round(cpu, 2),
        "claims_per_cpu_s": round(len(ds.claims) / cpu),
        "bundle_mib": round(size / 2**20, 1),
        "rss_after_load_mib": after_load,
        "peak_rss_mib": round(peak_rss_mib()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--repeat", type=int, default=3, help="exports per size (median); 1 above 10k claims")
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
    with tempfile.TemporaryDirectory(prefix="kg-bench-stix-") as tmp, Progress(console=console, transient=True) as bar:
        task = bar.add_task("benchmark", total=len(args.sizes))
        for n in args.sizes:
            folder = Path(tmp) / f"synth-{n}"
            bar.update(task, description=f"generating {n:,} claims")
            generate(n, folder)
            bar.update(task, description=f"exporting {n:,} claims")
            repeat = args.repeat if n <= 10_000 else 1
            env = {**os.environ, "KG_CACHE_DIR": str(Path(tmp) / "cache")}
            rows.append(run_child(__file__, str(folder), "--repeat", str(repeat), env=env))
            (Path(tmp) / f"synth-{n}.stix.json").unlink()
            bar.advance(task)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(markdown_table(rows, COLUMNS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
