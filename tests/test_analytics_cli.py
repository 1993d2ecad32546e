"""The analytics commands: analyze (tables, --json, --out), path, ego, conflicts, timeline."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from graph.cli.main import app

ANALYTICS = Path(__file__).parent / "fixtures" / "analytics"
runner = CliRunner()
DATA = ["--data", str(ANALYTICS)]


def run(*args):
    return runner.invoke(app, [*args, *DATA])


def test_analyze_json_and_markdown(tmp_path):
    target = tmp_path / "report.md"
    r = run("analyze", "--json", "--out", str(target), "--engine", "networkx")
    assert r.exit_code == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["engine"] == {"pagerank": "networkx", "betweenness": "networkx", "louvain": "networkx"}
    assert report["centrality"]["betweenness"]["top"][0]["id"] == "north-korea"
    assert report["centrality"]["betweenness"]["method"] == "exact"
    assert report["conflicts"]["by_kind"] == {"quantity": 1, "date": 1, "exclusive": 1}
    assert report["single_source"]["links_total"] == 11
    assert report["brokers"]["articulation_points"][0]["id"] == "north-korea"
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# Analysis report")
    for heading in (
        "## Top entities",
        "## Communities",
        "## Brokers",
        "## Conflicts",
        "## Single-source dependencies",
        "## Attribution",
    ):
        assert heading in md
    assert "“Ben 12.000 soldati nordcoreani sarebbero in Russia, secondo l'Ucraina”" in md
    assert f"wrote {target}" in r.stderr


def test_analyze_tables():
    r = run("analyze", "--top", "3")
    assert r.exit_code == 0, r.stderr
    for text in (
        "Top entities",
        "Communities",
        "Articulation points",
        "Bridges",
        "Conflicts (3)",
        "Single-source links (11",
        "Attribution (20 claims, 10% hedged)",
        "North Korea",
    ):
        assert text in r.stdout, text


def test_analyze_with_filters():
    r = run("analyze", "--json", "--document", "doc-d", "--engine", "networkx")
    assert r.exit_code == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["dataset"]["claims"] == 4 and report["dataset"]["graph"]["nodes"] == 7
    r = run("analyze", "--json", "--as-of", "2024-12")
    assert json.loads(r.stdout)["dataset"]["claims"] == 6
    assert run("analyze", "--predicate", "FLIES").exit_code == 2
    assert run("analyze", "--type", "Planet").exit_code == 2
    assert run("analyze", "--since", "last week").exit_code == 2
    assert run("analyze", "--engine", "spark").exit_code == 2
    assert run("analyze", "--communities-engine", "spark").exit_code == 2


def test_path_by_names_with_quotes():
    r = run("path", "kim jong-un", "regione di Kursk")
    assert r.exit_code == 0, r.stderr
    assert "Kim Jong Un → North Korea → Kursk region" in r.stdout
    assert "“truppe nordcoreane schierate nella regione di Kursk da ottobre 2024”" in r.stdout
    r = run("path", "Kim", "Russia", "--k", "3", "--json")
    paths = json.loads(r.stdout)
    assert [p["length"] for p in paths] == [2, 3, 3]


def test_path_failures():
    r = run("path", "KCNA", "Russia")
    assert r.exit_code == 1 and "no path between Korean Central News Agency and Russia" in r.stdout
    assert run("path", "KCNA", "Russia", "--json").exit_code == 1
    r = run("path", "Kim Jong-oon", "Russia")
    assert r.exit_code == 2 and "kim-jong-un" in r.stderr
    r = run("path", "Kim", "treaty-2024", "--document", "doc-c")
    assert r.exit_code == 1 and "not in the graph" in r.stderr


def test_ego():
    r = run("ego", "CNS", "--depth", "1", "--json")
    assert r.exit_code == 0, r.stderr
    e = json.loads(r.stdout)
    assert [n["id"] for n in e["nodes"]] == ["cns", "plant-hamhung"]
    r = run("ego", "Stabilimento 11 Febbraio")
    assert r.exit_code == 0 and "VISITED" in r.stdout and "North Korea" in r.stdout


def test_conflicts():
    r = run("conflicts")
    assert r.exit_code == 0
    assert "3 conflicts" in r.stdout
    assert "≥10000 soldiers" in r.stdout and "12000 soldiers" in r.stdout
    assert "“un trattato firmato nel 2025”" in r.stdout and "[conflicts]" in r.stdout
    r = run("conflicts", "--kind", "quantity", "--json")
    [c] = json.loads(r.stdout)
    assert [[v["quantity"], v["document"]] for v in c["versions"]] == [[10000, "doc-a"], [12000, "doc-b"]]
    assert run("conflicts", "--kind", "vibes").exit_code == 2


def test_timeline():
    r = run("timeline", "North Korea", "--events-only", "--json")
    assert r.exit_code == 0, r.stderr
    assert [e["when"] for e in json.loads(r.stdout)] == [
        "2024-06-19",
        "2024-10 –",
        "2024-11",
        "2025",
        "2025-02",
        "2025-04-26",
    ]
    r = run("timeline", "--events-only")
    assert r.exit_code == 0 and "Timeline (11 claims)" in r.stdout and "2025-02" in r.stdout
    r = run("timeline")  # the claims with no event date of their own stand at their publication date
    assert r.exit_code == 0 and "Timeline (20 claims)" in r.stdout
    r = run("timeline", "Kim", "--events-only", "--undated", "--json")
    assert [e["when"] for e in json.loads(r.stdout)] == ["2025-02", "2025-12", None, None]
    r = run("timeline", "Kim", "--json")
    assert [(e["timeline_date"], e["basis"]) for e in json.loads(r.stdout)] == [
        ("2025-02", "event"),
        ("2025-05", "reported"),
        ("2025-12", "event"),
        ("2025-12-27", "reported"),
    ]
    r = run("timeline", "--since", "2025-04", "--until", "2025-05", "--json")
    # an open interval from 2024-10 and a fact of "2025" may both fall in April-May 2025
    assert {e["timeline_date"] for e in json.loads(r.stdout)} == {"2024-10", "2025", "2025-04-26", "2025-05"}
    assert run("timeline", "--since", "April").exit_code == 2
