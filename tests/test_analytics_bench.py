"""Smoke test of scripts/bench_analytics.py at a tiny size (the real sizes run by hand)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_runs_and_reports_ratios(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench_analytics.py"),
            "--sizes",
            "400",
            "--repeat",
            "1",
            "--pairs",
            "3",
            "--min-time",
            "0.005",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "400 claims" in proc.stdout and "ratio" in proc.stdout
    result = json.loads(out.read_text())
    [size] = result["sizes"]
    assert size["claims"] == 400 and size["betweenness"]["method"] == "exact"
    for name in ("degree", "pagerank", "betweenness", "louvain", "articulation_points", "bridges"):
        m = size["overhead"][name]
        assert m["bare_s"] > 0 and m["toolkit_s"] > 0 and m["ratio"] > 0
    assert set(size["evidence_s"]) >= {"conflicts", "single_source", "attribution", "timeline"}
    if "igraph" in result["engines"]:
        pr = size["engines"]["pagerank"]["igraph"]
        assert pr["max_abs_diff_converged"] < 1e-6
        assert size["engines"]["betweenness"]["igraph"]["max_abs_diff"] < 1e-9


def test_synthetic_dataset_shape():
    from graph.synth import synthetic_dataset

    ds = synthetic_dataset(800, seed=1)
    assert len(ds.claims) == 800 and len(ds.entities) == 100
    assert len({c.id for c in ds.claims}) == 800
    for c in ds.claims[:50]:
        p = ds.schema.predicates[c.predicate]
        assert ds.schema.fits(ds.entities[c.subject].type, p.domain)
        assert ds.schema.fits(ds.entities[c.object].type, p.range)
    assert synthetic_dataset(800, seed=1).claims[5] == ds.claims[5]
