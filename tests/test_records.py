"""One record form per concept: Claim, Entity, Document, Attribution and SummaryLink ``to_dict``.

Every other form (the export contract, graph attributes, database rows, page data) is made
from the record; where a hot path reads the object directly instead, it is checked here to
give exactly what the record gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build import claim_attributes, claim_graph, edge_record, node_attributes, summary_graph
from graph.export import to_json
from graph.links import summary_links
from graph.model import ARTICLE_CATEGORY
from graph.records import attribution_categories, claim_record
from graph.store.rows import build_rows
from graph.validate import load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATASETS = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "analytics", ROOT / "tests" / "fixtures" / "mini"]


@pytest.fixture(scope="module", params=DATASETS, ids=lambda p: p.name)
def ds(request):
    return load_dataset(request.param)


def test_edge_attributes_are_the_flat_claim_record(ds):
    for c in ds.claims:
        assert claim_attributes(c) == edge_record(c.to_dict()), c.id
    G = claim_graph(ds)
    for c in ds.claims:
        assert G.edges[c.subject, c.object, c.id] == edge_record(c.to_dict())


def test_a_figure_keeps_its_bound_in_the_graph(ds):
    G = claim_graph(ds)
    for c in ds.claims:
        if c.quantity is not None:
            assert G.edges[c.subject, c.object, c.id]["quantity_bound"] == c.quantity_bound


def test_the_export_contract_is_the_record_with_point_dates_as_validity(ds):
    data = to_json(ds)
    assert data["entities"] == [e.to_dict() for e in ds.entities.values()]
    assert data["documents"] == [d.to_dict() for d in ds.documents.values()]
    for c, rec in zip(ds.claims, data["claims"], strict=True):
        raw = c.to_dict()
        assert rec == claim_record(c)
        assert rec == {
            **raw,
            "valid_from": raw["valid_from"] or raw["date"],
            "valid_to": raw["valid_to"] or raw["date"],
        }


def test_database_rows_are_made_from_the_records(ds):
    rows = build_rows(ds, "t")
    for c, row in zip(ds.claims, rows.claims, strict=True):
        rec = c.to_dict()
        for key in (
            "id",
            "subject",
            "predicate",
            "object",
            "document",
            "quote",
            "start",
            "end",
            "credibility",
            "hedged",
            "origins",
            "date",
            "valid_from",
            "valid_to",
            "quantity",
            "quantity_bound",
            "unit",
            "item",
            "peripheral",
            "note",
            "attribution_note",
        ):
            assert row.get(key) == rec[key], (c.id, key)
        assert row.get("asserters", []) == [a["entity"] for a in rec["asserters"]]
        assert row.get("relay", []) == [a["entity"] for a in rec["relay"]]
        assert row["origin_categories"] == list(attribution_categories(ds, c))
    docs = {r["id"]: r for r in rows.documents}
    for d in ds.documents.values():
        assert {k: v for k, v in docs[d.id].items() if k != "row_hash"} == {
            k: v for k, v in d.to_dict().items() if v is not None
        }
    entities = {r["id"]: r for group in rows.entities.values() for r in group}
    for e in ds.entities.values():
        rec = e.to_dict()
        assert entities[e.id]["aliases"] == rec["aliases"] and entities[e.id]["alias_langs"] == rec["alias_languages"]


def test_link_attributes_and_rows_come_from_the_link_record(ds):
    links = summary_links(ds)
    S = summary_graph(ds, links)
    rows = build_rows(ds, "t", links)
    props = {(r["subject"], p, r["object"]): r["props"] for p, group in rows.links.items() for r in group}
    for link in links:
        rec = link.to_dict()
        attrs = S.edges[link.subject, link.object, link.predicate]
        for key in (
            "claim_ids",
            "documents",
            "origins",
            "independent_origins",
            "best_credibility",
            "hedged",
            "peripheral",
            "disagree",
            "disagreements",
            "single_source",
        ):
            assert attrs[key] == rec[key], key
        assert attrs["claims"] == len(rec["claim_ids"]) == props[link.key]["claim_count"]
        assert attrs.get("first_date") == rec["first_date"] and props[link.key].get("last_date") == rec["last_date"]


def test_node_attributes_come_from_the_entity_record(ds):
    for eid, attrs in node_attributes(ds).items():
        rec = ds.entities[eid].to_dict()
        assert attrs["name"] == rec["name"] and attrs["aliases"] == rec["aliases"]
        assert attrs.get("wikidata") == (rec["wikidata"] or None)


def test_the_article_voice_has_one_name(ds):
    own = [c for c in ds.claims if not c.asserters]
    assert own and all(attribution_categories(ds, c) == (ARTICLE_CATEGORY,) for c in own)
    rows = build_rows(ds, "t")
    assert all(r["origin_categories"] == [ARTICLE_CATEGORY] for r in rows.claims if "asserters" not in r)
    queries = (ROOT / "graph" / "store" / "queries").glob("*.cypher")
    assert not any("unattributed" in q.read_text(encoding="utf-8") for q in queries)
