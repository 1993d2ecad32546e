"""Exact expectations on the curated seed data (seeds/): the analyst's questions, answered with evidence."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from graph import analytics as an
from graph.cli.main import app


def test_kim_jong_un_reaches_the_kursk_region_through_the_troop_deployment(seeds_dataset):
    p = an.shortest_path(seeds_dataset, "Kim Jong Un", "Kursk region")
    assert [n["id"] for n in p["nodes"]] == ["kim-jong-un", "north-korea", "kursk-region"]
    leads, deployed = p["hops"]
    assert [x["predicate"] for x in leads["links"]] == ["LEADS"]
    assert leads["links"][0]["documents"] == ["doc-000", "doc-001", "doc-002", "doc-003", "doc-004"]
    [link] = deployed["links"]
    assert (link["subject"], link["predicate"], link["object"], link["direction"]) == (
        "north-korea",
        "DEPLOYED_TO",
        "kursk-region",
        "forward",
    )
    [ev] = link["evidence"]
    assert ev["document"] == "doc-002"
    assert ev["quote"] == "recentemente migliaia di soldati nordcoreani sono stati schierati nella regione di Kursk"
    # every hop of every alternative path lists its evidence too
    for path in an.k_shortest_paths(seeds_dataset, "Kim Jong-un", "regione di Kursk", k=3):
        for hop in path["hops"]:
            assert hop["links"] and all(e["quote"] for x in hop["links"] for e in x["evidence"])


def test_troop_number_conflict_lists_every_figure_with_its_document(seeds_dataset):
    troops = [c for c in an.conflicts(seeds_dataset) if c["kind"] == "quantity" and c["unit"] == "soldiers"]
    [c] = troops
    assert (c["subject"], c["predicate"], c["objects"]) == ("north-korea", "DEPLOYED_TO", ["russia"])
    assert [
        (v["quantity"], v["quantity_bound"], v["document"], v["asserted_by"], v["quote"]) for v in c["versions"]
    ] == [
        (
            10000,
            "at_least",
            "doc-000",
            "Intelligence agencies (unnamed)",
            "Le agenzie di intelligence suggeriscono che oltre 10.000 soldati dalla Corea del Nord siano stati inviati in Russia",
        ),
        (
            12000,
            "at_most",
            "doc-003",
            "Ukraine and United States via Radio Free Asia",
            "Ben 12.000 soldati nordcoreani sarebbero in Russia",
        ),
    ]
    assert c["summary"] == "North Korea DEPLOYED_TO (soldiers): ≥10000 (doc-000) vs ≤12000 (doc-003)"
    assert c["reconcilable"] is True  # "over 10,000" and "as many as 12,000" can both be true


def test_treaty_signing_year_conflicts_with_the_reference_date(seeds_dataset):
    [c] = [c for c in an.conflicts(seeds_dataset) if c["kind"] == "date"]
    assert c["predicate"] == "SIGNED" and c["objects"] == ["ru-kp-strategic-partnership-treaty"]
    assert c["reference"]["value"] == "2024-06-19"
    assert {(v["subject"], v["date"], v["document"], v["conflicting"]) for v in c["versions"]} == {
        ("russia", "2025", "doc-000", True),
        ("north-korea", "2025", "doc-000", True),
    }
    assert all(v["quote"] == "un accordo di partenariato strategico firmato nel 2025" for v in c["versions"])


def test_kn23_link_to_its_plant_is_single_source(seeds_dataset):
    rows = an.single_source_links(seeds_dataset)
    [r] = [r for r in rows if r["object"] == "kn-23" and r["predicate"] == "PRODUCES"]
    assert (r["subject"], r["documents"], r["origins"], r["basis"]) == (
        "february-11-plant",
        ["doc-002"],
        ["cns"],
        "document+origin",
    )
    kn23 = {x["id"]: x for x in an.single_source_entities(seeds_dataset)}["kn-23"]
    assert kn23["documents"] == ["doc-002"]


def test_timeline_orders_partial_dates_and_keeps_them_as_given(seeds_dataset):
    from graph.dates import PartialDate

    rows = an.timeline(seeds_dataset)
    whens = [r["when"] for r in rows]
    assert (
        whens.index("2024-12 –")
        < whens.index("2025")
        < whens.index("2025-04")
        < whens.index("2025-12")
        < whens.index("2026")
    )
    assert whens[0] == "2020 –"
    # coarse dates sort before the finer dates inside them, and are never given a day
    parsed = [PartialDate.parse(w.split(" –")[0]) for w in whens]
    assert parsed == sorted(parsed)
    april = [r for r in rows if r["when"] == "2025-04"]
    assert april and all(
        (r["precision"], r["earliest"], r["latest"]) == ("month", "2025-04-01", "2025-04-30") for r in april
    )
    assert [(r["when"], r["predicate"], r["document"]) for r in rows if r["subject"] == "kim-jong-un"] == [
        ("2024-11", "ANNOUNCED", "doc-003"),
        ("2024-11", "ORDERED", "doc-003"),
        ("2025-12", "VISITED", "doc-000"),
        ("2025-12", "SUPERVISED_TEST", "doc-000"),
        ("2026", "PARTICIPATES_IN", "doc-001"),
    ]


def test_structure_of_the_seed_graph(seeds_dataset):
    from graph.build import summary_graph

    S = summary_graph(seeds_dataset)
    assert an.betweenness(S, engine="networkx").top(2)[0]["id"] == "north-korea"
    assert an.degree(S).top(1)[0]["id"] == "north-korea"
    a, b = an.communities(S, seed=0), an.communities(S, seed=0)
    assert a.groups == b.groups
    p = a.partition
    # the regime and its state media; the Hamhung plant and its analysts; the war with its treaty; Kursk; Ukraine's side
    assert p["kim-jong-un"] == p["kcna"] == p["tank-factory"]
    assert p["february-11-plant"] == p["kn-23"] == p["cns"] == p["hamhung"]
    assert p["north-korea"] == p["russia"] == p["ru-kp-strategic-partnership-treaty"]
    assert p["kursk-region"] == p["kursk-incursion"] == p["nk-special-forces"]
    assert p["ukraine"] == p["south-korea"] == p["rustem-umerov"] == p["yoon-suk-yeol"]
    assert len({p[n] for n in ("kim-jong-un", "february-11-plant", "north-korea", "ukraine")}) == 4
    points = {r["id"] for r in an.articulation_points(S)}
    assert {"north-korea", "kim-jong-un"} <= points


def test_attribution_covers_every_claim(seeds_dataset):
    a = an.attribution(seeds_dataset)
    assert a["claims"] == len(seeds_dataset.claims)
    assert sum(v["claims"] for v in a["categories"].values()) == a["claims"]
    assert {"article", "government", "state_media", "intelligence", "research"} <= set(a["categories"])
    assert a["categories"]["state_media"]["asserters"].get("Korean Central News Agency", 0) >= 1


def test_kg_analyze_on_the_seeds(tmp_path):
    target = tmp_path / "report.md"
    r = CliRunner().invoke(app, ["analyze", "--json", "--out", str(target)])
    assert r.exit_code == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["conflicts"]["by_kind"]["quantity"] >= 1
    assert "≥10000 soldiers" in target.read_text(encoding="utf-8")
