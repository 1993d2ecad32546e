"""`kg render` without a browser: files, offline-ness, escaping, view contents, the node cap."""

from __future__ import annotations

import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.build import summary_graph
from graph.errors import LookupFailed
from graph.synth import scale_free_dataset
from graph.views import assets
from graph.views.page import json_for_script, page_data
from graph.views.render import build_views, iframe, render_views
from graph.views.selection import ViewError, path_view, whole_view
from views_data import HOSTILE, write_dataset

ROOT = Path(__file__).resolve().parent.parent


class _Refs(HTMLParser):
    """Collects every attribute that can make a browser fetch or navigate."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "action", "data", "poster", "srcset", "background", "formaction"):
                self.refs.append((tag, name, value or ""))


def external_refs(page: str) -> list[str]:
    """Anything in *page* that would load or link to another origin."""
    parser = _Refs()
    parser.feed(page)
    bad = [f"<{t} {n}={v}>" for t, n, v in parser.refs if re.match(r"\s*(//|[a-z][a-z0-9+.-]*:)", v, re.I)]
    bad += [m.group(0) for m in re.finditer(r"url\(\s*(?![\"']?data:)[^)]*\)", page)]
    bad += [m.group(0) for m in re.finditer(r"@import[^;]*;", page)]
    return bad


@pytest.fixture(scope="module")
def rendered(views_dataset, tmp_path_factory):
    out = tmp_path_factory.mktemp("render") / "views"
    return render_views(views_dataset, out, center="Kim", depth=1, path=("Putin", "Kursk"), as_of="2024-12")


def test_json_for_script_cannot_escape_its_element():
    value = {"q": HOSTILE, "k": "</SCRIPT><!-- \u2029 &amp;"}
    text = json_for_script(value)
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == value


def test_one_file_per_view_and_an_index(rendered):
    names = sorted(p.name for p in rendered.out_dir.iterdir())
    communities = [n for n in names if n.startswith("community-")]
    assert sorted(set(names) - set(communities)) == sorted(
        [
            "index.html",
            "whole-graph.html",
            "ego-kim-jong-un-depth-1.html",
            "path-putin--kursk.html",
            "as-of-2024-12.html",
            "document-doc-a.html",
            "document-doc-b.html",
            "document-doc-c.html",
        ]
    )
    assert communities and communities[0] == "community-00.html"
    index = (rendered.out_dir / "index.html").read_text(encoding="utf-8")
    for page in names:
        if page != "index.html":
            assert f'href="{page}"' in index
    assert external_refs(index) == []


def test_pages_are_self_contained_and_offline(rendered, tmp_path, monkeypatch):
    vis_js = assets.vis_network_js()
    for page in rendered.pages:
        html = page.read_text(encoding="utf-8")
        assert external_refs(html) == [], page.name
        assert "<script src" not in html and "<link" not in html
        assert vis_js in html  # vis-network inlined, not fetched
        # The only URLs anywhere are the licence header and XML namespace inside vis-network itself.
        assert not re.search(r"https?://", html.replace(vis_js, "")), page.name
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
    # rendering never writes pyvis's lib/ folder (or anything else) into the working directory
    monkeypatch.chdir(tmp_path)
    render_views(rendered.views[0].dataset, tmp_path / "again")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again"]


def test_only_graph_views_imports_pyvis():
    offenders = []
    for path in (ROOT / "graph").rglob("*.py"):
        if "views" in path.relative_to(ROOT / "graph").parts:
            continue
        if re.search(r"^\s*(import pyvis|from pyvis)", path.read_text(encoding="utf-8"), re.M):
            offenders.append(str(path))
    assert offenders == []


def test_page_data_shapes_one_edge_per_summary_link(views_dataset):
    view = whole_view(views_dataset)
    data = page_data(view)
    assert len(data["edges"]) == view.graph.number_of_edges() == len(data["links"])
    by_label = {(e["from"], e["label"], e["to"]): (e, lk) for e, lk in zip(data["edges"], data["links"], strict=False)}
    edge, link = by_label[("north-korea", "DEPLOYED_TO", "kursk")]
    assert link["dis"] and edge["color"]["color"] == "#d62728"  # 10000 vs 12000 soldiers
    assert len(link["c"]) == 2 and len(link["org"]) == 2 and edge["width"] > 1  # NIS and the article: two origins
    edge, link = by_label[("plant-11", "SUPPLIED", "russia")]
    assert edge["dashes"] is True and link["h"] is True
    edge, link = by_label[("kim-jong-un", "MET_WITH", "putin")]
    assert edge["dashes"] is False  # one of its two claims is not hedged
    # node colour and shape come from the schema's type styles
    styles = {t: views_dataset.schema.types[t].style for t in ("Person", "Country")}
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["kim-jong-un"]["shape"] == styles["Person"]["shape"]
    assert nodes["kim-jong-un"]["color"]["background"] == styles["Person"]["color"]
    assert nodes["russia"]["shape"] == styles["Country"]["shape"]
    assert all("title" not in n for n in data["nodes"]) and all("title" not in e for e in data["edges"])
    claim = data["claims"][link["c"][0]]
    doc = data["documents"][claim["d"]]
    assert claim["q"] and doc["title"] and claim["cr"] in range(1, 7)


def test_hostile_text_never_appears_as_markup(hostile_dataset, tmp_path):
    result = render_views(hostile_dataset, tmp_path / "views")
    for page in result.pages:
        html = page.read_text(encoding="utf-8")
        for needle in ("<img", 'onerror="window', "<script>window", "<b>group", "\u2028", '<a href="https://evil'):
            assert needle not in html, (page.name, needle)
        assert external_refs(html) == []
    doc_page = (tmp_path / "views" / "document-doc-x.html").read_text(encoding="utf-8")
    data = json.loads(
        re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', doc_page, re.S).group(1)
    )
    assert any(c["q"] == HOSTILE for c in data["claims"])


def test_views_contain_what_they_say(views_dataset):
    views = {
        v.kind: v
        for v in build_views(views_dataset, center="kim-jong-un", depth=1, path=("putin", "kursk"), as_of="2024-12")
    }
    assert set(views["ego"].graph) == {"kim-jong-un", "putin", "north-korea"}
    assert views["ego"].highlight == ["kim-jong-un"]
    assert {"putin", "kim-jong-un", "north-korea", "kursk"} <= set(views["path"].graph)
    assert (
        views["path"].path_text[0]
        == "Vladimir Putin ←MET_WITH— Kim Jong Un —LEADS→ North Korea —DEPLOYED_TO→ Kursk region"
    )
    # as of December 2024: the June 2024 meeting and treaty, the deployment begun in October/November;
    # not doc-c's undated claim (its document is undated too)
    asof = views["as-of"].graph
    assert ("north-korea", "kursk", "DEPLOYED_TO") in asof.edges(keys=True)
    assert ("kursk", "russia", "LOCATED_IN") not in asof.edges(keys=True)
    assert any("left out" in n for n in views["as-of"].notes)
    doc_b = next(v for v in build_views(views_dataset) if v.slug == "document-doc-b")
    assert sorted(doc_b.graph.edges(keys=True)) == [
        ("kim-jong-un", "putin", "MET_WITH"),
        ("north-korea", "kursk", "DEPLOYED_TO"),
        ("russia", "treaty-2024", "SIGNED"),
    ]
    assert all(d["claims"] == 1 for *_x, d in doc_b.graph.edges(data=True))


def test_views_asked_for_build_only_what_they_need(views_dataset, monkeypatch):
    import graph.views.render as render

    def refuse(*_a, **_k):
        raise AssertionError("not needed for these views")

    monkeypatch.setattr(render, "communities", refuse)
    (ego,) = build_views(views_dataset, center="Kim Jong Un", standard=False)  # no Louvain for an ego view
    assert ego.kind == "ego" and ego.highlight == ["kim-jong-un"]
    monkeypatch.setattr(render, "Resolver", refuse)
    asof, doc = build_views(views_dataset, as_of="2024-12", document="doc-b", standard=False)  # no names to resolve
    assert (asof.kind, doc.slug) == ("as-of", "document-doc-b")
    with pytest.raises(LookupFailed, match="no document 'doc-zz'"):
        build_views(views_dataset, document="doc-zz", standard=False)


def test_path_view_draws_every_link_of_every_hop(views_dataset):
    view = path_view(views_dataset, "putin", "kursk", k=1)
    S = summary_graph(views_dataset)
    path = ["putin", "kim-jong-un", "north-korea", "kursk"]
    expected = {(u, v, k) for a, b in itertools.pairwise(path) for u, v, k in S.edges(keys=True) if {u, v} == {a, b}}
    assert set(view.graph.edges(keys=True)) == expected and set(view.graph) == set(path)


def test_page_date_filter_keeps_what_analyze_since_until_keeps(views_dataset):
    """The page filters by each claim's lo/hi days as view.js does; it must keep exactly the
    claims `kg analyze --since/--until` keeps, open-ended intervals included."""
    from dataclasses import replace

    from graph import analytics as an
    from graph.dates import PartialDate
    from graph.views.page import _claim_dates

    d = PartialDate.parse
    base = views_dataset.claims[0]
    times = [
        dict(valid_to=d("2024-06")),
        dict(valid_from=d("2024-10")),
        dict(valid_from=d("2020"), valid_to=d("2022")),
        dict(date=d("2025-02")),
        dict(date=d("2024")),
        {},
    ]
    claims = [
        replace(base, id=f"t{i}", **{"date": None, "valid_from": None, "valid_to": None, **t})
        for i, t in enumerate(times)
    ]
    ds = replace(views_dataset, claims=claims)
    assert _claim_dates(claims[0]) == ("… to 2024-06", "0001-01-01", "2024-06-30")  # held until June 2024
    assert _claim_dates(claims[1]) == ("2024-10 to …", "2024-10-01", "9999-12-31")
    assert _claim_dates(claims[3]) == ("2025-02", "2025-02-01", "2025-02-28")
    assert _claim_dates(claims[5]) == (None, None, None)
    for since, until in [
        ("2023", "2023"),
        ("2024-05", None),
        (None, "2024-05"),
        ("2024-07", "2024-09"),
        ("2025", None),
        (None, "2019"),
        ("2021-03-04", "2021-03-04"),
    ]:
        start = d(since).earliest().isoformat() if since else None
        end = d(until).latest().isoformat() if until else None
        shown = set()
        for c in claims:
            _text, lo, hi = _claim_dates(c)
            if lo is not None and not (start and hi < start) and not (end and lo > end):
                shown.add(c.id)
        assert shown == {c.id for c in an.filter_claims(ds, since=since, until=until).claims}, (since, until)


def test_no_path_is_an_error(views_dataset):
    with pytest.raises(ViewError, match="no path"):
        path_view(views_dataset, "kcna", "putin")


def test_cap_keeps_the_most_central_and_says_what_was_left_out():
    ds = scale_free_dataset(300, seed=3)
    view = whole_view(ds, cap=100)
    assert view.graph.number_of_nodes() == 100 and view.total_nodes == 300 and len(view.left_out) == 200
    kept_min = min(view.centrality[n] for n in view.graph)
    assert all(view.centrality[n] <= kept_min for n in view.left_out)
    assert any("200 left out" in n and "most central" in n for n in view.notes)
    data = page_data(view)
    assert len(data["view"]["left_out"]) == 200 and data["view"]["physics"] is True


def test_large_views_use_a_python_layout_without_physics():
    data = page_data(whole_view(scale_free_dataset(700, seed=5)))
    assert data["view"]["physics"] is False
    assert all(n["physics"] is False and isinstance(n["x"], float) for n in data["nodes"])


def test_iframe_for_notebooks_is_sandboxed(views_dataset):
    frame = iframe(whole_view(views_dataset))
    assert frame.startswith('<iframe sandbox="allow-scripts"') and "srcdoc=" in frame
    assert "<script" not in frame  # the whole page is an escaped attribute value


def test_cli_render(tmp_path, monkeypatch):
    data, schema = write_dataset(tmp_path / "ds")
    import graph.schema

    monkeypatch.setattr(graph.schema, "default_schema_dir", lambda: schema)
    from graph.cli.main import app

    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        [
            "render",
            "--data",
            str(data),
            "--out",
            str(out),
            "--center",
            "Kim Jong-un",
            "--depth",
            "2",
            "--path",
            "Putin",
            "Kursk",
            "--as-of",
            "2025",
            "--only",
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert [Path(v["file"]).name for v in summary["views"]] == [
        "ego-kim-jong-un-depth-2.html",
        "path-putin--kursk.html",
        "as-of-2025.html",
    ]
    assert (out / "index.html").exists()
    res = runner.invoke(app, ["render", "--data", str(data), "--out", str(out), "--center", "Nobody"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["render", "--data", str(data), "--out", str(out), "--as-of", "2025-13"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["render", "--data", str(data), "--out", str(out), "--path", "KCNA", "Putin"])
    assert res.exit_code == 1 and "no path" in res.output


def test_missing_browser_skips_locally_but_fails_under_ci(monkeypatch):
    import browser_support

    monkeypatch.setenv("KG_CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr(browser_support, "_first", lambda paths, env: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install chromium chromium-driver"):
        browser_support.require_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="headless Chromium is not installed"):
        browser_support.require_browser()


def test_layout_does_not_depend_on_node_insertion_order():
    import networkx as nx

    from graph.views.layout import compute_layout

    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("a", "e"), ("f", "g")]
    forward, backward = nx.Graph(), nx.Graph()
    forward.add_nodes_from("abcdefg")
    backward.add_nodes_from(reversed("abcdefg"))
    forward.add_edges_from(edges)
    backward.add_edges_from(reversed(edges))
    assert compute_layout(forward) == compute_layout(backward)
