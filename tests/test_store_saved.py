"""Every saved analyst query, run on the seed data in the real local server, with its answer."""

from __future__ import annotations

import pytest

from graph.store.query import run_query, saved_queries

pytestmark = pytest.mark.db

TESTED = set()


def run(server, name, **params):
    q = saved_queries()[name]
    TESTED.add(name)
    driver = server.driver()
    try:
        res = run_query(driver, server.target, q.text, {"dataset": "seeds", **q.defaults(), **params}, timeout=60)
    finally:
        driver.close()
    return res.records()


def test_there_are_at_least_15_saved_queries_each_described():
    queries = saved_queries()
    assert len(queries) >= 15
    for q in queries.values():
        assert len(q.description) > 20, q.name
        assert "$dataset" in q.text, q.name
        for p in q.params:
            assert f"${p}" in q.text, (q.name, p)


def test_producers_kn23_is_the_11_february_plant_in_hamhung(kg_server, kg_seeds):
    rows = run(kg_server, "producers", weapon="KN-23")
    assert len(rows) == 1
    r = rows[0]
    assert (r["facility"], r["located_in"], r["region"], r["document"]) == (
        "february-11-plant", "hamhung", "north-korea", "doc-002")
    assert r["quote"] == "dedicato alla produzione di missili KN-23 (Hwasong-11A)"
    assert r["facility_name"] == "11 February Plant"


def test_entity_everything_known_by_alias(kg_server, kg_seeds):
    rows = run(kg_server, "entity", entity="Hwasong-11A")
    assert rows, "the alias Hwasong-11A found nothing"
    assert {r["entity"] for r in rows} == {"kn-23"}
    assert any(r["role"] == "OBJECT" and r["subject"] == "february-11-plant" and r["predicate"] == "PRODUCES"
               and r["document"] == "doc-002" for r in rows)
    kim = run(kg_server, "entity", entity="kim jong-un")
    assert {r["entity"] for r in kim} == {"kim-jong-un"}
    assert {"SUBJECT", "OBJECT"} <= {r["role"] for r in kim}
    assert {r["document"] for r in kim} == {"doc-000", "doc-001", "doc-002", "doc-003", "doc-004"}


def test_link_support_north_korea_supplies_russia(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "link-support", subject="north-korea", predicate="SUPPLIES", object="russia")
    claims = [c for c in seeds_dataset.claims
              if (c.subject, c.predicate, c.object) == ("north-korea", "SUPPLIES", "russia")]
    assert len(rows) == len(claims) == rows[0]["claims"]
    assert rows[0]["documents"] == len({c.document for c in claims})
    assert rows[0]["independent_origins"] == len({c.origin for c in claims})
    assert sorted(r["quote"] for r in rows) == sorted(c.quote for c in claims)
    assert "Pyongyang fornisce munizioni" in {r["quote"] for r in rows}


def test_single_source_links_have_one_origin(kg_server, kg_seeds, seeds_dataset):
    from graph.links import summary_links

    rows = run(kg_server, "single-source", limit=1000)
    expected = {(lk.subject, lk.predicate, lk.object) for lk in summary_links(seeds_dataset)
                if lk.independent_origins == 1 and not lk.peripheral}
    assert {(r["subject"], r["predicate"], r["object"]) for r in rows} == expected
    assert ("february-11-plant", "PRODUCES", "kn-23") in expected


def test_disagreements_troops_in_russia(kg_server, kg_seeds):
    rows = run(kg_server, "disagreements")
    troops = [r for r in rows if (r["subject"], r["predicate"], r["object"]) == ("north-korea", "DEPLOYED_TO", "russia")]
    figures = {(r["document"], r["quantity"], r["bound"]) for r in troops if r["quantity"] is not None}
    assert ("doc-000", 10000, "at_least") in figures and ("doc-003", 12000, "exact") in figures
    assert any("10000" in d for d in troops[0]["disagreements"])
    # The treaty's date in doc-000 contradicts its known signing date.
    assert any(r["predicate"] == "SIGNED" and r["object"] == "ru-kp-strategic-partnership-treaty" for r in rows)


def test_supplies_who_what_whom(kg_server, kg_seeds):
    rows = run(kg_server, "supplies")
    by_item = {(r["supplier"], r["recipient"], r["item"]): r for r in rows}
    munitions = by_item[("north-korea", "russia", "Munitions")]
    assert munitions["documents"] == ["doc-002", "doc-004"]
    weapons = [r for k, r in by_item.items() if k[1] == "russia" and "7000 containers" in r["figures"]]
    assert weapons and "20000 containers" in weapons[0]["figures"]
    assert ("north-korea", "russian-armed-forces") in {(r["supplier"], r["recipient"]) for r in rows}


def test_paths_kim_to_russia_with_evidence_per_hop(kg_server, kg_seeds):
    rows = run(kg_server, "paths", **{"from": "kim-jong-un", "to": "russia", "limit": 5})
    assert rows and rows[0]["hops"] == 2 and rows[0]["path"][0] == "kim-jong-un" and rows[0]["path"][-1] == "russia"
    first = [r for r in rows if r["path"] == rows[0]["path"] and r["predicates"] == rows[0]["predicates"]]
    assert [r["hop"] for r in first] == [1, 2]
    assert first[0]["predicate"] == "LEADS" and first[0]["example_quote"]
    assert all(r["documents"] and r["claims"] >= 1 for r in rows)


def test_origin_categories_state_media_government_research(kg_server, kg_seeds, seeds_dataset):
    rows = {r["category"]: r for r in run(kg_server, "origin-categories")}
    assert {"state_media", "government", "research", "unattributed"} <= set(rows)
    assert sum(r["claims"] for r in rows.values()) == len(seeds_dataset.claims)
    assert "kcna" in rows["state_media"]["origins"]
    assert "cns" in rows["research"]["origins"]


def test_relayed_by_state_media_is_kcna_and_nk_state_media(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "relayed-by", category="state_media")
    expected = [c for c in seeds_dataset.claims if c.attributed_to in ("kcna", "nk-state-media")]
    assert len(rows) == len(expected)
    assert "Korean Central News Agency" in {r["asserter"] for r in rows}


def test_timeline_of_north_korea_is_in_date_order(kg_server, kg_seeds):
    rows = run(kg_server, "timeline", entity="north-korea")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and len(rows) > 10
    assert rows[0]["date"] == "2020" and rows[0]["predicate"] == "EXPANDING"


def test_reported_after_a_date(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "reported-after", after="2025-12-28")
    dated = {d.id for d in seeds_dataset.documents.values() if d.date and str(d.date) >= "2025-12-28"}
    assert {r["document"] for r in rows} == dated == {"doc-001"}
    assert len(rows) == sum(1 for c in seeds_dataset.claims if c.document in dated)


def test_in_return_what_russia_gives_north_korea(kg_server, kg_seeds):
    rows = run(kg_server, "in-return")
    items = {r["item"]: r for r in rows}
    assert {"ru-military-technology", "ru-drone-technology", "ru-food-supplies", "ru-energy-supplies",
            "ru-financial-assistance"} <= set(items)
    assert items["ru-military-technology"]["documents"] == ["doc-001", "doc-004"]
    assert items["ru-drone-technology"]["any_hedged"] is True


def test_corroborated_top_link_is_north_korea_supplies_russia(kg_server, kg_seeds):
    rows = run(kg_server, "corroborated")
    assert (rows[0]["subject"], rows[0]["predicate"], rows[0]["object"]) == ("north-korea", "SUPPLIES", "russia")
    assert all(r["independent_origins"] >= 2 for r in rows)


def test_asserted_by_kcna(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "asserted-by", source="kcna")
    assert len(rows) == sum(1 for c in seeds_dataset.claims if c.attributed_to == "kcna")
    assert ("kim-jong-un", "SENT_MESSAGE_TO", "vladimir-putin") in {(r["subject"], r["predicate"], r["object"]) for r in rows}


def test_quantities_soldiers(kg_server, kg_seeds):
    rows = run(kg_server, "quantities", unit="soldiers")
    assert {(r["document"], r["quantity"]) for r in rows} >= {("doc-000", 10000), ("doc-003", 12000)}
    assert all(r["unit"] == "soldiers" for r in rows)
    assert len(run(kg_server, "quantities")) > len(rows)


def test_hedged_claims(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "hedged")
    assert len(rows) == sum(1 for c in seeds_dataset.claims if c.hedged)
    about_kim = run(kg_server, "hedged", entity="kim-jong-un")
    assert about_kim and all("kim-jong-un" in (r["subject"], r["object"]) for r in about_kim)


def test_most_connected_is_north_korea(kg_server, kg_seeds):
    rows = run(kg_server, "most-connected", limit=3)
    assert [r["entity"] for r in rows][:1] == ["north-korea"] and len(rows) == 3


def test_documents_overview(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "documents")
    assert [r["document"] for r in rows] == sorted(seeds_dataset.documents)
    for r in rows:
        assert r["claims"] == sum(1 for c in seeds_dataset.claims if c.document == r["document"])
    assert {r["document"]: r["date"] for r in rows}["doc-002"] is None


def test_find_entity(kg_server, kg_seeds):
    rows = run(kg_server, "find-entity", text="KIM")
    assert "kim-jong-un" in {r["id"] for r in rows}


def test_every_saved_query_has_a_test():
    # Runs last in this module (pytest keeps file order).
    missing = set(saved_queries()) - TESTED
    assert not missing, f"saved queries without a test: {sorted(missing)}"
