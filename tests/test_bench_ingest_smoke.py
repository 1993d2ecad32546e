"""scripts/bench_ingest.py at a tiny size: it runs a child per size and reports its figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_ingest_reports_time_and_memory_per_shape():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_ingest.py"), "--sizes", "3000", "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {r["shape"] for r in rows} == {"prose", "one-line"}
    for r in rows:
        assert r["size"] == 3000 and r["seconds"] > 0 and r["peak_rss_mb"] > 0
    one_line = next(r for r in rows if r["shape"] == "one-line")
    assert one_line["sentences"] == 1  # the shape that used to explode: no sentence punctuation at all
