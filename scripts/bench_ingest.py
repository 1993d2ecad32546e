#!/usr/bin/env python3
"""Benchmark ``kg ingest`` on large texts: time and peak memory must grow about linearly.

For each size and shape, a fresh child process (so peak memory is per run) ingests a
generated article into a temporary copy of the seed dataset with
:func:`graph.extract.ingest.ingest_file` (dry run: everything but the final write) and
reports wall time, extraction time and peak RSS. Shapes:

* ``prose``: the development-set texts (tests/fixtures/devset) repeated, with paragraphs
  and sentences, up to the size;
* ``one-line``: the same words on one line with no sentence punctuation at all, the shape
  that used to explode (a run-on "sentence" of known names).

The text is generated, not timed. Usage::

    python scripts/bench_ingest.py --sizes 10000 100000 1000000 10000000 [--shapes prose one-line] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchlib import peak_rss_mib, run_child

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ("prose", "one-line")


def make_text(size: int, shape: str) -> str:
    """*size* characters (about) of news prose built from the development-set texts."""
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures" / "devset").glob("*.txt"))]
    base = "\n\n".join(parts)
    if shape == "one-line":
        base = re.sub(r"[.!?;:\n]+", " ", base)
        base = re.sub(r"\s+", " ", base)
    text = (base + ("\n\n" if shape == "prose" else " ")) * (size // len(base) + 1)
    text = text[:size]
    return text.rsplit(" ", 1)[0] + "\n"


def child(size: int, shape: str) -> dict:
    from graph.extract.ingest import ingest_file

    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "seeds", data, ignore=shutil.ignore_patterns("drafts", ".kg"))
        src = Path(tmp) / "article.txt"
        src.write_text(make_text(size, shape), encoding="utf-8")
        t0 = time.perf_counter()
        r = ingest_file(src, data, date="2025-01-01", lang="it", max_bytes=size * 2 + 1000, dry_run=True)
        wall = time.perf_counter() - t0
    return {
        "size": size,
        "shape": shape,
        "seconds": round(wall, 3),
        "extract_seconds": round(r.extraction.seconds, 3),
        "peak_rss_mb": round(peak_rss_mib(), 1),
        "sentences": r.extraction.sentences,
        "claims": len(r.extraction.claims),
        "candidates": len(r.extraction.candidates),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--child", nargs=2, metavar=("SIZE", "SHAPE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(int(args.child[0]), args.child[1])))
        return 0
    from rich.progress import Progress

    rows = []
    runs = [(s, sh) for s in args.sizes for sh in args.shapes]
    with Progress(transient=True, disable=args.json or not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingest", total=len(runs))
        for size, shape in runs:
            bar.update(task, description=f"{shape} {size:,} bytes")
            rows.append(run_child(__file__, str(size), shape))
            bar.advance(task)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'shape':<9}{'bytes':>12}{'seconds':>10}{'extract s':>11}{'peak RSS MB':>13}{'sentences':>11}{'claims':>8}")
    for r in rows:
        print(
            f"{r['shape']:<9}{r['size']:>12,}{r['seconds']:>10}{r['extract_seconds']:>11}{r['peak_rss_mb']:>13}"
            f"{r['sentences']:>11}{r['claims']:>8}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
