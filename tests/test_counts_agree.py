"""One definition of each count: single-source and disagreeing links are the same number everywhere.

``kg stats``, ``kg analyze`` (its JSON and its Markdown report), the whole-graph view and
the links the database stores (the rows the saved queries filter on) all count
:attr:`graph.links.SummaryLink.single_source` and :attr:`~graph.links.SummaryLink.disagree`.
The saved queries themselves are run against the real database in ``test_store_answers.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.links import summary_links

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def kg_json(*args):
    r = runner.invoke(app, [*args, "--data", str(SEEDS), "--json"])
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture(scope="module")
def truth(seeds_dataset):
    links = summary_links(seeds_dataset)
    single = sorted(lk.key for lk in links if not lk.peripheral and (len(lk.documents) == 1 or len(lk.origins) == 1))
    disagree = sorted(lk.key for lk in links if lk.disagreements)
    assert single and disagree
    return {"single": single, "disagree": disagree}


def test_stats_and_analyze_count_the_same_links(truth, tmp_path):
    stats = kg_json("stats")
    report = kg_json("analyze", "--limit", "1000")
    assert stats["single_source_links"] == len(truth["single"]) == report["dataset"]["single_source_links"]
    assert report["single_source"]["links_total"] == len(report["single_source"]["links"]) == len(truth["single"])
    assert (
        sorted((r["subject"], r["predicate"], r["object"]) for r in report["single_source"]["links"]) == truth["single"]
    )
    assert stats["disagreeing_links"] == len(truth["disagree"]) == report["dataset"]["disagreeing_links"]
    assert report["conflicts"]["disagreeing_links"] == len(truth["disagree"])


def test_the_markdown_report_prints_the_same_counts(truth, tmp_path):
    md = tmp_path / "report.md"
    r = runner.invoke(app, ["analyze", "--data", str(SEEDS), "--json", "--out", str(md)])
    assert r.exit_code == 0, r.stderr
    text = md.read_text(encoding="utf-8")
    n, d = len(truth["single"]), len(truth["disagree"])
    assert f"({n} single-source, {d} with disagreeing claims)" in text
    assert re.search(rf"^{n} single-source links: not peripheral", text, re.MULTILINE)
    assert f"; {d} links whose own claims disagree." in text


def test_the_whole_graph_view_counts_the_same_links(truth, seeds_dataset):
    from graph.views.page import page_data
    from graph.views.selection import whole_view

    data = page_data(whole_view(seeds_dataset))
    assert data["view"]["single_source_links"] == len(truth["single"])
    assert data["view"]["disagreeing_links"] == len(truth["disagree"])


def test_the_stored_links_carry_the_same_flags(truth, seeds_dataset):
    """What the saved queries `single-source` and `disagreements` filter on (``r.single_source``, ``r.disagree``)."""
    from graph.store.rows import build_rows

    rows = build_rows(seeds_dataset, "seeds")

    def flagged(key):
        return sorted(
            (r["subject"], p, r["object"]) for p, group in rows.links.items() for r in group if r["props"][key]
        )

    assert flagged("single_source") == truth["single"]
    assert flagged("disagree") == truth["disagree"]
    for name, prop in (("single-source", "r.single_source"), ("disagreements", "r.disagree")):
        text = (Path(__file__).resolve().parent.parent / "graph" / "store" / "queries" / f"{name}.cypher").read_text()
        assert f"WHERE {prop}\n" in text and "LIMIT" not in text, name
