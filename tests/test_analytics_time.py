"""Time and filters: timelines with partial dates kept as given, the graph as of a date, sub-graphs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import analytics as an
from graph.dates import PartialDate
from graph.model import Claim

ANALYTICS = Path(__file__).parent / "fixtures" / "analytics"


def test_whole_timeline_orders_partial_dates(ads):
    rows = an.timeline(ads)
    whens = [r["when"] for r in rows]
    assert whens == [
        "2020 – 2024",
        "2024-06",
        "2024-06-19",
        "2024-08",
        "2024-10 –",
        "2024-11",
        "2025",
        "2025-02",
        "2025-02",
        "2025-04-26",
        "2025-12",
    ]


def test_partial_dates_are_never_the_first_of_the_month(ads):
    rows = an.timeline(ads)
    feb = [r for r in rows if r["when"] == "2025-02"]
    assert all(r["precision"] == "month" and r["earliest"] == "2025-02-01" and r["latest"] == "2025-02-28" for r in feb)
    year = next(r for r in rows if r["when"] == "2025")
    assert (year["precision"], year["earliest"], year["latest"], year["date"]) == (
        "year",
        "2025-01-01",
        "2025-12-31",
        "2025",
    )


def test_entity_timeline_with_documents(ads):
    rows = an.timeline(ads, "north-korea")
    assert [(r["when"], r["predicate"], r["object"], r["document"]) for r in rows] == [
        ("2024-06-19", "SIGNED", "treaty-2024", "doc-d"),
        ("2024-10 –", "DEPLOYED_TO", "kursk", "doc-b"),
        ("2024-11", "DEPLOYED_TO", "russia", "doc-a"),
        ("2025", "SIGNED", "treaty-2024", "doc-a"),
        ("2025-02", "DEPLOYED_TO", "russia", "doc-b"),
        ("2025-04-26", "PRAISED", "north-korea", "doc-c"),
    ]
    assert rows[1]["kind"] == "interval" and rows[1]["latest"] is None
    assert rows[0]["document_date"] == "2024" and rows[0]["quote"]


def test_timeline_can_add_undated_claims_after(ads):
    rows = an.timeline(ads, "kim-jong-un", include_undated=True)
    assert [r["when"] for r in rows] == ["2025-02", "2025-12", None, None]
    assert [r["document"] for r in rows[2:]] == ["doc-c", "doc-a"]  # by document date: 2025-05, 2025-12-27


def test_ties_follow_document_date(ads):
    rows = [r for r in an.timeline(ads) if r["when"] == "2025-02"]
    assert [r["predicate"] for r in rows] == ["DEPLOYED_TO", "VISITED"]  # same document: claim order


@given(st.lists(st.tuples(st.integers(2020, 2026), st.integers(0, 12), st.integers(0, 28)), min_size=1, max_size=12))
@settings(max_examples=60, deadline=None)
def test_timeline_order_is_partial_date_order(raw):
    from graph.validate import load_dataset

    ds = load_dataset(ANALYTICS)
    dates = [PartialDate(y, m, d if m else 0) for y, m, d in raw]
    claims = [
        Claim(f"c{i}", "kim-jong-un", "VISITED", "plant-hamhung", "doc-a", "q", 0, 1, 3, date=d)
        for i, d in enumerate(dates)
    ]
    rows = an.timeline(dataclasses.replace(ds, claims=claims))
    assert [r["when"] for r in rows] == [str(d) for d in sorted(dates)]
    for r, d in zip(rows, sorted(dates), strict=False):
        assert r["earliest"] == d.earliest().isoformat() and r["latest"] == d.latest().isoformat()


def test_as_of_by_fact_and_by_report(ads):
    by_fact = an.as_of(ads, "2024-12")
    assert sorted((c.predicate, c.document) for c in by_fact.claims) == [
        ("ANALYSED", "doc-d"),
        ("DEPLOYED_TO", "doc-a"),
        ("DEPLOYED_TO", "doc-b"),
        ("OCCUPIED", "doc-d"),
        ("SIGNED", "doc-d"),
        ("SIGNED", "doc-d"),
    ]
    assert len(an.as_of(ads, "2024-12", basis="report").claims) == 4
    # a year as of-date is the whole year: the 2025-04-26 praise is in as of "2025", not as of "2025-03"
    assert any(c.predicate == "PRAISED" for c in an.as_of(ads, "2025").claims)
    assert not any(c.predicate == "PRAISED" for c in an.as_of(ads, "2025-03").claims)
    # the CNS analysis ran 2020-2024: gone as of 2025
    assert not any(c.predicate == "ANALYSED" for c in an.as_of(ads, "2025-01").claims)
    assert by_fact.entities is ads.entities
    with pytest.raises(ValueError):
        an.as_of(ads, "2025", basis="rumour")


def test_as_of_month_includes_claims_dated_within_it(ads):
    # "2025-02" means some day of February: a claim dated 2025-02 holds as of 2025-02
    feb = an.as_of(ads, "2025-02")
    assert {c.quantity for c in feb.claims if c.quantity} == {10000, 12000}
    assert not any(c.quantity == 12000 for c in an.as_of(ads, "2025-01-31").claims)


def test_filters(ads):
    f = an.filter_claims
    assert len(f(ads, documents=["doc-d"]).claims) == 4
    assert len(f(ads, documents="doc-d").claims) == 4
    assert {c.predicate for c in f(ads, predicates=["SIGNED", "LEADS"]).claims} == {"SIGNED", "LEADS"}
    assert [c.quantity for c in f(ads, hedged=True).claims] == [12000, None]
    assert len(f(ads, hedged=False).claims) == 18
    assert (
        all(c.credibility <= 1 for c in f(ads, max_credibility=1).claims) and len(f(ads, max_credibility=1).claims) == 4
    )
    assert len(f(ads, peripheral=False).claims) == 19
    assert {c.subject for c in f(ads, entities=["putin"]).claims} == {"putin"}
    # Organization covers the MediaOutlet, IntelligenceService and ResearchInstitute subtypes
    orgs = f(ads, types=["Organization", "Facility"])
    assert [(c.subject, c.object) for c in orgs.claims] == [("cns", "plant-hamhung")]
    with pytest.raises(ValueError, match="unknown entity type"):
        f(ads, types=["Planet"])


def test_date_range_filter_uses_whole_partial_dates(ads):
    until_2024 = an.filter_claims(ads, until="2024")
    assert {str(c.when) for c in until_2024.claims} == {
        "2020",
        "2024-06",
        "2024-06-19",
        "2024-08",
        "2024-10",
        "2024-11",
    }
    # the doc-b DEPLOYED_TO kursk interval is open-ended: it is in any range after 2024-10
    between = an.filter_claims(ads, since="2025-03", until="2025-11")
    # ... and "2025" (the treaty signing in doc-a) may fall in it too
    assert sorted(c.predicate for c in between.claims) == ["DEPLOYED_TO", "PRAISED", "SIGNED"]
    assert an.filter_claims(ads, since="2025-02-15", until="2025-02-15").claims != []  # "2025-02" may be that day


def test_subgraph_drops_unlinked_entities(ads):
    S = an.subgraph(ads, documents=["doc-d"])
    assert sorted(S.nodes()) == ["cns", "kursk", "north-korea", "plant-hamhung", "russia", "treaty-2024", "ukraine"]
    link = S.get_edge_data("ukraine", "kursk")["OCCUPIED"]
    assert link["documents"] == ["doc-d"]  # re-derived from the claims that passed
    assert an.subgraph(ads, documents=["doc-d"], keep_isolated=True).number_of_nodes() == len(ads.entities)
