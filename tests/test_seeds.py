"""The curated seed dataset: verbatim evidence, intact documents, expected coverage.

The checks here read the YAML independently of the validator (plain ``yaml.safe_load``),
so a validator bug cannot hide a broken quote or hash.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import yaml

from graph.links import summary_links
from graph.resolve import Resolver

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED_NAMES = [
    "000_7d5457bbc0630a7d.txt",
    "001_aba4c62255511351.txt",
    "002_0515937eac85bcd1.txt",
    "003_79cae1dcd226b66a.txt",
    "004_91cb7a90561694f0.txt",
]


def raw_documents():
    return yaml.safe_load((SEEDS / "documents.yaml").read_text(encoding="utf-8"))


def raw_claims():
    for path in sorted((SEEDS / "claims").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in data["claims"]:
            yield path.name, {"document": data.get("document"), **claim}


def test_the_five_articles_keep_their_file_names_and_hashes():
    docs = raw_documents()
    assert sorted(d["file"] for d in docs) == SHARED_NAMES
    for d in docs:
        assert hashlib.sha256((SEEDS / d["file"]).read_bytes()).hexdigest() == d["sha256"], d["id"]


def test_every_quote_is_verbatim_in_its_document():
    texts = {d["id"]: (SEEDS / d["file"]).read_text(encoding="utf-8") for d in raw_documents()}
    missing = [(f, c["quote"]) for f, c in raw_claims() if c["quote"] not in texts[c["document"]]]
    assert missing == []


def test_offsets_point_at_the_quote(seeds_dataset):
    for c in seeds_dataset.claims:
        assert seeds_dataset.documents[c.document].text[c.start : c.end] == c.quote


def test_coverage(seeds_dataset):
    assert len(seeds_dataset.claims) > 100
    per_doc = Counter(c.document for c in seeds_dataset.claims)
    assert set(per_doc) == set(seeds_dataset.documents) and min(per_doc.values()) >= 15
    assert any(c.peripheral for c in seeds_dataset.claims if c.document == "doc-002")
    assert sum(c.hedged for c in seeds_dataset.claims) >= 10
    assert sum(bool(c.asserters) for c in seeds_dataset.claims) >= 30


def test_surface_forms_resolve_to_one_entity(seeds_dataset):
    r = Resolver(seeds_dataset)
    assert r.resolve("Kim Jong-un") == r.resolve("Kim Jong Un") == r.resolve("kim") == "kim-jong-un"
    assert r.resolve("Hwasong-11A") == r.resolve("kn 23") == "kn-23"
    assert r.resolve("Pyongyang") == r.resolve("Corea del Nord") == "north-korea"
    assert r.resolve("Mosca") == r.resolve("Russia") == "russia"
    assert r.resolve("Stabilimento 11 Febbraio") == "february-11-plant"
    assert seeds_dataset.entities[r.resolve("regione di Kursk")].type == "Location"


def test_troop_numbers_disagree_and_both_are_kept(seeds_dataset):
    link = next(lk for lk in summary_links(seeds_dataset) if lk.key == ("north-korea", "DEPLOYED_TO", "russia"))
    assert link.disagreements == ["soldiers: ≥10000 (doc-000) vs ≤12000 (doc-003)"]
    figures = {
        (c.document, c.quantity) for c in seeds_dataset.claims if c.id in link.claim_ids and c.quantity is not None
    }
    assert figures == {("doc-000", 10000), ("doc-003", 12000)}


def test_treaty_year_as_the_article_states_it_is_flagged(seeds_dataset):
    signed = [c for c in seeds_dataset.claims if c.predicate == "SIGNED" and c.document == "doc-000"]
    assert signed and all(str(c.date) == "2025" for c in signed)
    flagged = [lk for lk in summary_links(seeds_dataset) if lk.predicate == "SIGNED" and lk.disagree]
    assert any("vs reference signed 2024-06-19" in d for lk in flagged for d in lk.disagreements)


def test_relayed_claims_share_one_origin(seeds_dataset):
    by_kcna = [c for c in seeds_dataset.claims if c.asserter_ids == ("kcna",)]
    assert len({c.document for c in by_kcna}) >= 2
    assert {c.origins for c in by_kcna} == {("kcna",)}


def test_every_attribution_quote_is_verbatim_and_near_its_claim():
    """Read independently of the validator: each asserter and relay is named by words of the same document."""
    from graph.passages import near

    texts = {d["id"]: (SEEDS / d["file"]).read_text(encoding="utf-8") for d in raw_documents()}
    checked, bad = 0, []
    for f, c in raw_claims():
        if "relayed_by" in c:
            assert c.get("attributed_to"), (f, c["quote"])
        if c.get("attributed_to") is None:
            assert "attribution_quote" not in c, (f, c["quote"])
            continue
        entries = (
            [{"entity": c["attributed_to"], "quote": c["attribution_quote"]}]
            if isinstance(c["attributed_to"], str)
            else c["attributed_to"]
        ) + c.get("relayed_by", [])
        text = texts[c["document"]]
        q = text.index(c["quote"])
        for e in entries:
            checked += 1
            spans = [(i, i + len(e["quote"])) for i in range(len(text)) if text.startswith(e["quote"], i)]
            if not any(near(text, (q, q + len(c["quote"])), s) for s in spans):
                bad.append((f, e["entity"], e["quote"]))
    assert checked >= 80 and bad == []


def test_troop_figures_name_exactly_the_sources_their_texts_name(seeds_dataset):
    troops = {
        c.document: c
        for c in seeds_dataset.claims
        if (c.subject, c.predicate, c.object) == ("north-korea", "DEPLOYED_TO", "russia") and c.quantity
    }
    doc0, doc3 = troops["doc-000"], troops["doc-003"]
    # doc-000 says only "Le agenzie di intelligence": not doc-001's South Korean and Western agencies
    assert doc0.asserter_ids == ("unnamed-intelligence-agencies",) and doc0.relay == ()
    assert doc0.asserters[0].quote == "Le agenzie di intelligence suggeriscono"
    assert "sudcoreane" not in seeds_dataset.documents["doc-000"].text
    # doc-003: "secondo l'Ucraina e gli Stati Uniti, ... riporta RFA" is two asserters relayed by one outlet
    assert doc3.asserter_ids == ("ukraine", "united-states") and doc3.relay_ids == ("rfa",)
    assert doc3.chains == (("ukraine", "rfa"), ("united-states", "rfa"))
    assert doc3.origins == ("ukraine", "united-states")
    # "Ben 12.000" is "as many as": an upper figure, not an exact one
    assert (doc3.quantity, doc3.quantity_bound) == (12000, "at_most")


def test_reuters_relayed_by_isw_is_one_chain(seeds_dataset):
    [c] = [c for c in seeds_dataset.claims if c.predicate == "USES" and c.document == "doc-003"]
    assert c.chains == (("reuters", "isw"),) and c.origins == ("reuters",)
    assert [a.quote for a in (*c.asserters, *c.relay)] == ["un rapporto della Reuters", "l’ISW ha affermato"]
