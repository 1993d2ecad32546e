"""Evidence analytics: corroboration, independent origins, single-source, conflicts, attribution."""

from __future__ import annotations

import dataclasses

import pytest

from graph import analytics as an
from graph.model import Claim


def _row(rows, s, p, o):
    return next(r for r in rows if (r["subject"], r["predicate"], r["object"]) == (s, p, o))


def test_relays_of_one_asserter_are_one_origin(ads):
    rows = an.corroboration(ads)
    visit = _row(rows, "kim-jong-un", "VISITED", "plant-hamhung")
    assert (visit["claims"], visit["documents"], visit["independent_origins"]) == (3, ["doc-a", "doc-b", "doc-c"], 1)
    assert visit["single_origin"] and not visit["single_document"]
    deployed = _row(rows, "north-korea", "DEPLOYED_TO", "russia")
    assert deployed["origins"] == ["document:doc-c", "nis", "ukraine"]
    assert deployed["independent_origins"] == 3 and not deployed["single_origin"]


def test_single_source_links(ads):
    rows = an.single_source_links(ads)
    assert len(rows) == 11
    produces = _row(rows, "plant-hamhung", "PRODUCES", "kn-23")
    assert (produces["basis"], produces["documents"], produces["origins"]) == ("document+origin", ["doc-a"], ["cns"])
    assert _row(rows, "kim-jong-un", "VISITED", "plant-hamhung")["basis"] == "origin"
    assert rows[-1]["basis"] == "origin"  # weakest (one document) first
    keys = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("north-korea", "SIGNED", "treaty-2024") not in keys
    # the OCCUPIED link has a peripheral claim in doc-c and a full one in doc-d: two documents
    assert ("ukraine", "OCCUPIED", "kursk") not in keys


def test_single_source_entities(ads):
    rows = {r["id"]: r for r in an.single_source_entities(ads)}
    assert set(rows) == {"putin", "cns", "drone-programme", "kn-23", "ukraine"}
    assert rows["kn-23"]["documents"] == ["doc-a"] and rows["kn-23"]["origins"] == ["cns"]
    # with the peripheral claim counted, Ukraine rests on two documents
    assert "ukraine" not in {r["id"] for r in an.single_source_entities(ads, include_peripheral=True)}
    both = an.single_source(ads)
    assert both == {"links": an.single_source_links(ads), "entities": an.single_source_entities(ads)}
    assert an.single_source(ads, include_peripheral=True) == {
        "links": an.single_source_links(ads, include_peripheral=True),
        "entities": an.single_source_entities(ads, include_peripheral=True),
    }


def test_claim_evidence_keeps_partial_dates_and_attribution(ads):
    c = next(c for c in ads.claims if c.quantity == 12000)
    ev = an.claim_evidence(ads, c)
    assert ev["date"] == "2025-02" and ev["document_date"] == "2025-02"
    assert ([a["entity"] for a in ev["asserters"]], ev["category"], ev["hedged"], ev["origins"]) == (
        ["ukraine"],
        "government",
        True,
        ["ukraine"],
    )
    assert ev["asserted_by"] == "Ukraine" and ev["asserters"][0]["quote"] == "secondo l'Ucraina"
    assert (ev["quantity"], ev["quantity_bound"], ev["unit"]) == (12000, "exact", "soldiers")
    assert ev["document_title"] == "Dodicimila soldati" and ev["outlet"] == "Test Outlet" and ev["reliability"] == "C"


def test_evidence_spells_a_claim_as_kg_show_does(ads):
    from graph.records import entity_card

    card = entity_card(ads, "north-korea")
    shown = [r for direction in ("outgoing", "incoming") for recs in card[direction].values() for r in recs]
    assert len(shown) >= 5
    index = an.claims_index(ads)
    for rec in shown:
        ev = an.claim_evidence(ads, index[rec["id"]])
        same = set(rec) & set(ev)
        assert same >= {
            "id",
            "date",
            "valid_from",
            "valid_to",
            "quote",
            "document_title",
            "document_date",
            "credibility",
        }
        assert {k: ev[k] for k in same} == {k: rec[k] for k in same}, rec["id"]
        assert ev["claim"] == rec["id"]
    c = next(c for c in ads.claims if c.quantity == 12000)  # a point date is also its validity
    ev = an.claim_evidence(ads, c)
    assert ev["date"] == ev["valid_from"] == ev["valid_to"] == "2025-02"
    assert (ev["subject_name"], ev["object_name"]) == ("North Korea", "Russia")


def test_quantity_conflict_lists_every_figure_with_document_and_quote(ads):
    [c] = an.quantity_conflicts(ads)
    assert (c["kind"], c["subject"], c["predicate"], c["unit"], c["objects"]) == (
        "quantity",
        "north-korea",
        "DEPLOYED_TO",
        "soldiers",
        ["russia"],
    )
    assert [(v["quantity"], v["quantity_bound"], v["document"], v["quote"]) for v in c["versions"]] == [
        (10000, "at_least", "doc-a", "oltre 10.000 soldati nordcoreani sono stati inviati in Russia, secondo il NIS"),
        (12000, "exact", "doc-b", "Ben 12.000 soldati nordcoreani sarebbero in Russia, secondo l'Ucraina"),
    ]
    assert c["reconcilable"] is True  # "at least 10,000" and "12,000" can both be true
    assert any("dated differently (2024-11, 2025-02)" in n for n in c["notes"])


def test_irreconcilable_figures(ads):
    claims = [dataclasses.replace(c, quantity_bound="exact") if c.quantity else c for c in ads.claims]
    [c] = an.quantity_conflicts(dataclasses.replace(ads, claims=claims))
    assert c["reconcilable"] is False
    assert c["summary"] == "North Korea DEPLOYED_TO (soldiers): 10000 (doc-a) vs 12000 (doc-b)"


def test_figures_within_one_document_are_not_a_conflict(ads):
    extra = Claim("c-x", "north-korea", "DEPLOYED_TO", "russia", "doc-a", "q", 0, 1, 3, quantity=3000, unit="soldiers")
    only_a = [c for c in ads.claims if c.document == "doc-a"] + [extra]
    assert an.quantity_conflicts(dataclasses.replace(ads, claims=only_a)) == []


def test_date_conflict_against_the_reference_signing_date(ads):
    [c] = an.date_conflicts(ads)
    assert c["kind"] == "date" and c["predicate"] == "SIGNED" and c["objects"] == ["treaty-2024"]
    assert c["reference"] == {"entity": "treaty-2024", "property": "signed", "value": "2024-06-19"}
    assert [(v["subject"], v["date"], v["document"], v["conflicting"]) for v in c["versions"]] == [
        ("russia", "2024-06", "doc-d", False),
        ("north-korea", "2024-06-19", "doc-d", False),
        ("north-korea", "2025", "doc-a", True),
    ]
    assert c["versions"][2]["quote"] == "un trattato firmato nel 2025"


def test_recurring_events_are_not_date_conflicts_unless_declared_once(ads):
    kinds = {(c["predicate"], c["subject"]) for c in an.date_conflicts(ads)}
    assert ("VISITED", "kim-jong-un") not in kinds
    once = an.date_conflicts(ads, once=("VISITED",))
    visit = next(c for c in once if c["predicate"] == "VISITED")
    assert [v["date"] for v in visit["versions"]] == ["2025-02", "2025-12"]
    assert all(v["conflicting"] for v in visit["versions"])


def test_exclusive_claims(ads):
    [c] = an.exclusive_conflicts(ads)
    assert [(v["predicate"], v["document"], v["hedged"]) for v in c["versions"]] == [
        ("SUPPORTS", "doc-b", True),
        ("RELUCTANT_TO_SUPPORT", "doc-c", False),
    ]
    assert an.exclusive_conflicts(ads, exclusive=()) == []


def test_conflicts_all_kinds(ads):
    found = an.conflicts(ads)
    assert [c["kind"] for c in found] == ["quantity", "date", "exclusive"]
    assert [c["kind"] for c in an.conflicts(ads, kinds=("date",))] == ["date"]
    for c in found:
        assert c["versions"] and all(v["quote"] and v["document"] for v in c["versions"])


def test_attribution_overall(ads):
    a = an.attribution(ads)
    assert (a["claims"], a["hedged"], a["hedged_share"]) == (20, 2, 0.1)
    cats = a["categories"]
    assert list(cats) == ["article", "state_media", "government", "intelligence", "research"]
    assert cats["state_media"] == {
        "claims": 3,
        "share": 0.15,
        "hedged": 0,
        "hedged_share": 0.0,
        "asserters": {"Korean Central News Agency": 3},
    }
    assert (cats["government"]["hedged"], cats["government"]["hedged_share"]) == (1, 1.0)
    assert cats["article"]["claims"] == 14 and cats["article"]["hedged"] == 1


def test_attribution_per_entity(ads):
    rows = {r["id"]: r for r in an.attribution_by_entity(ads)}
    assert rows["plant-hamhung"]["claims"] == 5
    assert {k: v["claims"] for k, v in rows["plant-hamhung"]["categories"].items()} == {
        "state_media": 3,
        "article": 1,
        "research": 1,
    }
    assert rows["china"]["hedged_share"] == 0.5
    one = an.attribution(ads, entity="kim-jong-un")
    assert (one["id"], one["claims"], one["categories"]["state_media"]["share"]) == ("kim-jong-un", 4, 0.75)
    assert an.attribution_by_entity(ads, min_claims=5)[-1]["claims"] >= 5


@pytest.mark.parametrize("field", ["subject", "object"])
def test_link_evidence_from_graph_edge(ads, field):
    from graph.build import summary_graph

    S = summary_graph(ads)
    data = S.get_edge_data("north-korea", "russia")["DEPLOYED_TO"]
    rec = an.link_evidence(ads, {"subject": "north-korea", "object": "russia", **data})
    assert rec["claims"] == 3 and rec["independent_origins"] == 3 and len(rec["evidence"]) == 3
    assert rec[f"{field}_name"] in ("North Korea", "Russia")
    # the core's link-level disagreements pass through unchanged
    assert rec["disagreements"] == data["disagreements"] and rec["disagreements"]
