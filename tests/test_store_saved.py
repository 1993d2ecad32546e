"""Every saved analyst query, run on the seed data in the real local server, with its answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.store.query import run_query, saved_queries

pytestmark = pytest.mark.db


def run(server, name, **params):
    q = saved_queries()[name]
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
        "11 February Plant",
        "Hamhung",
        "North Korea",
        "doc-002",
    )
    assert r["quote"] == "dedicato alla produzione di missili KN-23 (Hwasong-11A)"
    assert (r["asserted_by"], r["hedged"]) == ("James Martin Center for Nonproliferation Studies", False)


def test_entity_everything_known_by_alias(kg_server, kg_seeds):
    rows = run(kg_server, "entity", entity="Hwasong-11A")
    assert rows, "the alias Hwasong-11A found nothing"
    assert {r["entity"] for r in rows} == {"kn-23"}
    assert any(
        r["role"] == "OBJECT"
        and r["subject"] == "11 February Plant"
        and r["predicate"] == "PRODUCES"
        and r["document"] == "doc-002"
        and r["asserted_by"] == "James Martin Center for Nonproliferation Studies"
        for r in rows
    )
    rfa = run(kg_server, "entity", entity="rfa")
    assert {r["role"] for r in rfa} >= {"RELAYED_BY", "SUBJECT"}
    kim = run(kg_server, "entity", entity="kim jong-un")
    assert {r["entity"] for r in kim} == {"kim-jong-un"}
    assert {"SUBJECT", "OBJECT"} <= {r["role"] for r in kim}
    assert {r["document"] for r in kim} == {"doc-000", "doc-001", "doc-002", "doc-003", "doc-004"}


def test_link_support_north_korea_supplies_russia(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "link-support", subject="north-korea", predicate="SUPPLIES", object="russia")
    claims = [
        c for c in seeds_dataset.claims if (c.subject, c.predicate, c.object) == ("north-korea", "SUPPLIES", "russia")
    ]
    assert len(rows) == len(claims) == rows[0]["claims"]
    assert rows[0]["documents"] == len({c.document for c in claims})
    assert rows[0]["independent_origins"] == len({o for c in claims for o in c.origins})
    assert sorted(r["quote"] for r in rows) == sorted(c.quote for c in claims)
    assert "Pyongyang fornisce munizioni" in {r["quote"] for r in rows}


def test_single_source_links_are_the_ones_kg_stats_counts(kg_server, kg_seeds, seeds_dataset):
    from graph.links import summary_links
    from graph.records import stats

    rows = run(kg_server, "single-source")
    name = seeds_dataset.entity_name
    expected = {
        (name(lk.subject), lk.predicate, name(lk.object)) for lk in summary_links(seeds_dataset) if lk.single_source
    }
    assert {(r["subject"], r["predicate"], r["object"]) for r in rows} == expected
    assert len(rows) == stats(seeds_dataset)["single_source_links"]
    assert ("11 February Plant", "PRODUCES", "KN-23") in expected


def test_disagreements_troops_in_russia(kg_server, kg_seeds, seeds_dataset):
    from graph.records import stats

    rows = run(kg_server, "disagreements")
    assert len({(r["subject"], r["predicate"], r["object"]) for r in rows}) == stats(seeds_dataset)["disagreeing_links"]
    troops = [
        r for r in rows if (r["subject"], r["predicate"], r["object"]) == ("North Korea", "DEPLOYED_TO", "Russia")
    ]
    figures = {(r["document"], r["figure"], r["asserted_by"]) for r in troops if r["figure"] is not None}
    assert figures == {
        ("doc-000", "≥10000 soldiers", "Intelligence agencies (unnamed)"),
        ("doc-003", "≤12000 soldiers", "Ukraine and United States via Radio Free Asia"),
    }
    assert any("10000" in d for d in troops[0]["disagreements"])
    # The treaty's date in doc-000 contradicts its known signing date.
    assert any(r["predicate"] == "SIGNED" and r["object"].startswith("Russia–North Korea Treaty") for r in rows)


def test_supplies_who_what_whom(kg_server, kg_seeds):
    rows = run(kg_server, "supplies")
    by_item = {(r["supplier"], r["recipient"], r["item"]): r for r in rows}
    munitions = by_item[("north-korea", "russia", "Munitions")]
    assert munitions["documents"] == ["doc-002", "doc-004"]
    weapons = [r for k, r in by_item.items() if k[1] == "russia" and "~7000 containers" in r["figures"]]
    assert weapons and "20000 containers" in weapons[0]["figures"] and "South Korea" in weapons[0]["asserted_by"]
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
    assert {"state_media", "government", "research", "article"} <= set(rows)
    # a claim counts once per kind of asserter it has (Ukraine and the US are both governments)
    assert sum(r["claims"] for r in rows.values()) == sum(
        len(
            {
                seeds_dataset.schema.attribution_category(
                    seeds_dataset.entities[a].type, seeds_dataset.entities[a].properties
                )
                for a in c.asserter_ids
            }
        )
        or 1
        for c in seeds_dataset.claims
    )
    assert "Korean Central News Agency" in rows["state_media"]["asserters"]
    assert "James Martin Center for Nonproliferation Studies" in rows["research"]["asserters"]


def test_relayed_by_state_media_is_kcna_and_nk_state_media(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "relayed-by", category="state_media")
    expected = [c for c in seeds_dataset.claims if set(c.asserter_ids) & {"kcna", "nk-state-media"}]
    assert len(rows) == len(expected)
    assert "Korean Central News Agency" in {r["asserted_by"] for r in rows}


def test_timeline_lists_the_claims_kg_timeline_lists(kg_server, kg_seeds, seeds_dataset):
    from graph import analytics as an

    for entity in ("north-korea", None):
        rows = run(kg_server, "timeline", entity=entity)
        dates = [r["date"] for r in rows]
        assert dates == sorted(dates) and len(rows) > 10
        listed = an.timeline(seeds_dataset, entity, reported=True)
        assert sorted(r["claim"] for r in rows) == sorted(e["claim"] for e in listed)
        assert dates == [e["timeline_date"] for e in listed]
    rows = run(kg_server, "timeline", entity="north-korea")
    assert rows[0]["date"] == "2020" and rows[0]["predicate"] == "EXPANDING" and rows[0]["reported"] is None


def test_reported_after_a_date(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "reported-after", after="2025-12-28")
    dated = {d.id for d in seeds_dataset.documents.values() if d.date and str(d.date) >= "2025-12-28"}
    assert {r["document"] for r in rows} == dated == {"doc-001"}
    assert len(rows) == sum(1 for c in seeds_dataset.claims if c.document in dated)
    assert {"asserted_by", "hedged"} <= set(rows[0])
    # partial dates in any form: a year (also as a number, as --param after=2025 sends it) or a month
    assert {r["document"] for r in run(kg_server, "reported-after", after=2025)} == {
        "doc-000",
        "doc-001",
        "doc-003",
        "doc-004",
    }
    assert {r["document"] for r in run(kg_server, "reported-after", after="2025-05")} == {
        "doc-000",
        "doc-001",
        "doc-004",
    }


def test_in_return_what_russia_gives_north_korea(kg_server, kg_seeds):
    rows = run(kg_server, "in-return")
    items = {r["item"]: r for r in rows}
    assert {
        "ru-military-technology",
        "ru-drone-technology",
        "ru-food-supplies",
        "ru-energy-supplies",
        "ru-financial-assistance",
    } <= set(items)
    assert items["ru-military-technology"]["documents"] == ["doc-001", "doc-004"]
    assert items["ru-drone-technology"]["hedged_claims"] == 1
    assert "Kim Jong Un" in items["ru-food-supplies"]["asserted_by"]


def test_corroborated_top_link_is_north_korea_supplies_russia(kg_server, kg_seeds):
    rows = run(kg_server, "corroborated")
    assert (rows[0]["subject"], rows[0]["predicate"], rows[0]["object"]) == ("North Korea", "SUPPLIES", "Russia")
    assert all(r["independent_origins"] >= 2 for r in rows)


def test_asserted_by_kcna(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "asserted-by", source="kcna")
    assert len(rows) == sum(1 for c in seeds_dataset.claims if "kcna" in c.sources)
    assert ("Kim Jong Un", "SENT_MESSAGE_TO", "Vladimir Putin") in {
        (r["subject"], r["predicate"], r["object"]) for r in rows
    }
    assert {r["role"] for r in rows} == {"asserter", "relay"}  # KCNA relays Kim's New Year message
    rfa = run(kg_server, "asserted-by", source="RFA")
    assert {(r["role"], r["asserted_by"]) for r in rfa} == {("relay", "Ukraine and United States via Radio Free Asia")}


def test_quantities_soldiers(kg_server, kg_seeds):
    rows = run(kg_server, "quantities", unit="soldiers")
    assert {(r["document"], r["figure"], r["asserted_by"], r["hedged"]) for r in rows} >= {
        ("doc-000", "≥10000 soldiers", "Intelligence agencies (unnamed)", True),
        ("doc-003", "≤12000 soldiers", "Ukraine and United States via Radio Free Asia", True),
    }
    assert all(r["unit"] == "soldiers" for r in rows)
    assert len(run(kg_server, "quantities")) > len(rows)


def test_hedged_claims(kg_server, kg_seeds, seeds_dataset):
    rows = run(kg_server, "hedged")
    assert len(rows) == sum(1 for c in seeds_dataset.claims if c.hedged)
    about_kim = run(kg_server, "hedged", entity="kim-jong-un")
    assert about_kim and all("Kim Jong Un" in (r["subject"], r["object"]) for r in about_kim)


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


def test_search_finds_the_plant_by_a_word_of_its_quotes(kg_server, kg_seeds):
    rows = run(kg_server, "search", words="Hamhung")
    assert rows and rows == sorted(rows, key=lambda r: -r["score"])
    assert any(r["kind"] == "entity" and "Hamhung" in r["text"] for r in rows)
    claims = [r for r in rows if r["kind"] == "claim"]
    assert claims and all(r["subject"] and r["predicate"] and r["object"] for r in claims)


def test_every_saved_query_has_a_test():
    # Read from this module's text, not from the names the other tests ran: the suite runs on
    # several workers, and a worker sees only the tests it was given.
    called = set(re.findall(r"\brun\(\s*\w+,\s*\"([\w-]+)\"", Path(__file__).read_text(encoding="utf-8")))
    missing = set(saved_queries()) - called
    assert not missing, f"saved queries without a test: {sorted(missing)}"


def test_one_relationship_per_asserter_and_relay_hop(kg_server, kg_seeds, seeds_dataset):
    from graph.store.rows import expected_ref_counts

    counts = {
        r["t"]: r["n"]
        for r in _cypher(kg_server, "MATCH (:Claim {dataset: 'seeds'})-[r]->() RETURN type(r) AS t, count(r) AS n")
    }
    expected = expected_ref_counts(seeds_dataset)
    assert (counts["ATTRIBUTED_TO"], counts["RELAYED_BY"]) == (expected["ATTRIBUTED_TO"], expected["RELAYED_BY"])
    chain = _cypher(
        kg_server,
        "MATCH (c:Claim {dataset: 'seeds', quantity: 12000})-[a:ATTRIBUTED_TO]->(s:Entity) "
        "OPTIONAL MATCH (c)-[r:RELAYED_BY]->(relay:Entity) "
        "RETURN s.id AS asserter, a.position AS position, relay.id AS relay, r.position AS hop "
        "ORDER BY position",
    )
    assert [(r["asserter"], r["position"], r["relay"], r["hop"]) for r in chain] == [
        ("ukraine", 1, "rfa", 1),
        ("united-states", 2, "rfa", 1),
    ]


def _cypher(server, text):
    driver = server.driver()
    try:
        return run_query(driver, server.target, text, {}, timeout=60).records()
    finally:
        driver.close()
