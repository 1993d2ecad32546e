"""Smoke tests of the synthetic generator and the build benchmark at a tiny size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from graph.validate import validate_dataset

ROOT = Path(__file__).resolve().parent.parent


def test_synth_makes_a_valid_dataset(tmp_path):
    out = tmp_path / "synth"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "synth.py"), "--claims", "450", "--out", str(out), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    sizes = json.loads(done.stdout)
    assert sizes["claims"] == 450 and sizes["documents"] == 3
    dataset, problems = validate_dataset(out)
    assert problems == [] and len(dataset.claims) == 450
    assert any(c.attributed_to for c in dataset.claims) and any(c.quantity for c in dataset.claims)


def test_synth_refuses_a_non_empty_folder(tmp_path):
    (tmp_path / "x").write_text("keep me")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "synth.py"), "--claims", "10", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "not empty" in done.stderr
    assert (tmp_path / "x").read_text() == "keep me"


def test_bench_build_prints_figures():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_build.py"), "--sizes", "300", "--repeat", "1", "--json"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (row,) = json.loads(done.stdout)
    assert row["claims"] == 300 and row["edges"] == 300
    assert row["validate_ratio"] > 0 and row["build_ratio"] > 0 and row["peak_rss_mib"] > 0


def test_bench_build_prints_a_table():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_build.py"), "--sizes", "300", "--repeat", "1"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    header, rule, row, *rest = done.stdout.splitlines()
    cols = [c.strip() for c in header.strip("|").split("|")]
    assert cols == [
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
    assert rule == "|" + "---|" * len(cols) and rest == []
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells) == len(cols) and cells[0] == "300" and all(float(c.replace(",", "")) > 0 for c in cells)


def test_bench_stix_prints_figures():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_stix.py"), "--sizes", "300", "--repeat", "1", "--json"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (row,) = json.loads(done.stdout)
    # one relationship and one evidence note per claim, plus entities, identities and reports
    assert row["claims"] == 300 and row["objects"] > 2 * 300
    assert row["export_s"] > 0 and row["export_cpu_s"] > 0 and row["peak_rss_mib"] >= row["rss_after_load_mib"] > 0


def test_bench_stix_prints_a_table():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_stix.py"), "--sizes", "300", "--repeat", "1"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    header, rule, row, *rest = done.stdout.splitlines()
    cols = [c.strip() for c in header.strip("|").split("|")]
    assert cols == [
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
    assert rule == "|" + "---|" * len(cols) and rest == []
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells) == len(cols) and cells[0] == "300" and float(cells[4]) > 0
