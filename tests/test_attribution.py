"""Attribution is evidence: every asserter and relay is named by verbatim words near the claim.

Validation (each problem located, all at once), the model (asserters, relay chains,
origins), the independent-origin count, the JSON/CSV export, the database rows, and the
extractor's drafts.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.links import summary_links
from graph.passages import NEAR_RULE, near, passages
from graph.validate import load_dataset, validate_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()

# the second claim of mini/claims/b.yaml, whose document says "... La KCNA ha riferito che Kim ha visitato la fabbrica."
B_SHA = "3b1ce18a5abdf4d8e0538bc1149c003d8bd1f35b7ae44c0e305f3aee833bc8af"
KCNA = """    attributed_to: kcna
    attribution_quote: "La KCNA ha riferito"
"""


def mini_copy(tmp_path) -> Path:
    """A fresh copy of the mini dataset (named ``mini``, as problems print it)."""
    n = len(list(tmp_path.iterdir()))
    folder = tmp_path / str(n) / "mini"
    shutil.copytree(MINI, folder)
    return folder


def problems_after(tmp_path, old: str, new: str, file: str = "claims/b.yaml", text: str | None = None) -> list[str]:
    folder = mini_copy(tmp_path)
    p = folder / file
    body = p.read_text(encoding="utf-8")
    assert old in body
    p.write_text(body.replace(old, new), encoding="utf-8")
    if text is not None:  # a new text for doc-b, with its hash
        (folder / "b.txt").write_text(text, encoding="utf-8")
        docs = folder / "documents.yaml"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        docs.write_text(docs.read_text(encoding="utf-8").replace(B_SHA, digest), encoding="utf-8")
    _, problems = validate_dataset(folder)
    return [str(x) for x in problems]


def test_an_asserter_needs_the_words_that_name_it(tmp_path):
    found = problems_after(tmp_path, KCNA, "    attributed_to: kcna\n")
    assert found == [
        (
            "mini/claims/b.yaml:18:5: claim: attributed_to 'kcna' needs attribution_quote: the verbatim "
            "words of the document that name it as the source"
        )
    ]


def test_words_borrowed_from_another_document_are_refused(tmp_path):
    # "secondo il CNS" is in doc-a, not in doc-b
    found = problems_after(tmp_path, KCNA, '    attributed_to: kcna\n    attribution_quote: "La KCNA ha confermato"\n')
    assert any("the quote naming attributed_to 'kcna' is not verbatim in doc-b" in p for p in found), found


def test_words_far_from_the_claim_are_refused(tmp_path):
    text = (
        "Secondo l’Ucraina, ben 12.000 soldati nordcoreani sarebbero in Russia.\n"
        "Un altro paragrafo. E un altro ancora.\nLa KCNA ha riferito altro.\nPiù tardi. Kim ha visitato la fabbrica.\n"
    )
    assert problems_after(tmp_path, "Kim", "Kim", file="b.txt", text=text) == [
        (
            f"mini/claims/b.yaml:18:5: claim: the quote naming attributed_to 'kcna' ('La KCNA ha riferito') occurs 1 "
            f"time(s) in doc-b but not near the claim's quote: it must be {NEAR_RULE}"
        )
    ]
    near_text = text.replace("Più tardi. Kim", "Kim")  # now in the paragraph right after: adjacent sentences
    assert problems_after(tmp_path, "Kim", "Kim", file="b.txt", text=near_text) == []


def test_list_form_relays_and_shape_errors_all_reported(tmp_path):
    new = (
        "    attributed_to:\n"
        '      - {entity: kcna, quote: "La KCNA ha riferito"}\n'
        "      - kcna\n"
        "    relayed_by:\n"
        '      - {entity: kcnaa, quote: "La KCNA"}\n'
    )
    found = problems_after(tmp_path, KCNA, new)
    assert any("each attributed_to entry is {entity: <id>, quote: <verbatim words naming it>}" in p for p in found)
    found = problems_after(tmp_path, KCNA, new.replace("      - kcna\n", ""))
    assert any("relayed_by 'kcnaa' is not a known entity (did you mean kcna?)" in p for p in found), found
    found = problems_after(tmp_path, KCNA, '    relayed_by:\n      - {entity: kcna, quote: "La KCNA ha riferito"}\n')
    assert any("relayed_by needs attributed_to" in p for p in found), found
    found = problems_after(tmp_path, KCNA, new.replace("      - kcna\n", "").replace("kcnaa", "kcna"))
    assert any("'kcna' appears twice in the attribution" in p for p in found), found
    found = problems_after(tmp_path, KCNA, '    attributed_to: [kcna]\n    attribution_quote: "La KCNA ha riferito"\n')
    assert any("attribution_quote goes with a single attributed_to id" in p for p in found), found


def test_two_asserters_relayed_by_one_outlet(tmp_path):
    new = (
        "    attributed_to:\n"
        '      - {entity: kcna, quote: "La KCNA ha riferito"}\n'
        '      - {entity: ukraine, quote: "Secondo l’Ucraina"}\n'
        "    relayed_by:\n"
        '      - {entity: north-korea, quote: "soldati nordcoreani"}\n'
    )
    assert problems_after(tmp_path, KCNA, new) == []
    ds = load_dataset(tmp_path / "0" / "mini", use_cache=False)
    c = next(c for c in ds.claims if c.predicate == "VISITED" and c.document == "doc-b")
    assert c.asserter_ids == ("kcna", "ukraine") and c.relay_ids == ("north-korea",)
    assert c.chains == (("kcna", "north-korea"), ("ukraine", "north-korea")) and c.origins == ("kcna", "ukraine")
    text = ds.documents["doc-b"].text
    assert all(text[a.start : a.end] == a.quote for a in (*c.asserters, *c.relay))
    link = next(lk for lk in summary_links(ds) if lk.predicate == "VISITED")
    # doc-a speaks itself; doc-b's claim has two original sources: three independent origins
    assert link.origins == ["document:doc-a", "kcna", "ukraine"] and link.independent_origins == 3


def test_near_is_the_same_paragraph_or_an_adjacent_sentence():
    t = "Uno dice questo. Due.\nTre. Quattro. Cinque dice quello.\nSei."
    p = passages(t)
    assert [t[s.start : s.end] for s in p.sentences] == [
        "Uno dice questo.",
        "Due.",
        "Tre.",
        "Quattro.",
        "Cinque dice quello.",
        "Sei.",
    ]

    def span(w):
        return (t.index(w), t.index(w) + len(w))

    assert near(t, span("Uno"), span("Due"))  # same paragraph
    assert near(t, span("Due"), span("Tre"))  # adjacent sentences across a paragraph break
    assert near(t, span("Tre"), span("Cinque"))  # same paragraph, two sentences apart
    assert not near(t, span("Uno"), span("Tre"))  # another paragraph, not adjacent
    assert not near(t, span("Due"), span("Quattro"))


def test_seed_header_and_abbreviations_do_not_make_sentences():
    t = " date 2025-02 Il Dr. Rossi e J. Smith sono a Kursk. Il 12.000 è un numero.\n"
    assert [t[s.start : s.end] for s in passages(t).sentences] == [
        "Il Dr. Rossi e J. Smith sono a Kursk.",
        "Il 12.000 è un numero.",
    ]


def test_export_carries_every_asserter_and_relay(tmp_path):
    data_dir = tmp_path / "json"
    r = runner.invoke(app, ["export", "--data", str(SEEDS), "-f", "json", "-o", str(data_dir / "g.json")])
    assert r.exit_code == 0, r.stderr
    data = json.loads((data_dir / "g.json").read_text(encoding="utf-8"))
    troops = next(c for c in data["claims"] if c["quantity"] == 12000)
    assert [a["entity"] for a in troops["asserters"]] == ["ukraine", "united-states"]
    assert [(a["entity"], a["quote"]) for a in troops["relay"]] == [("rfa", "riporta RFA")]
    assert troops["origins"] == ["ukraine", "united-states"] and "attributed_to" not in troops
    r = runner.invoke(app, ["export", "--data", str(SEEDS), "-f", "csv", "-o", str(tmp_path / "csv")])
    assert r.exit_code == 0, r.stderr
    with open(tmp_path / "csv" / "claims.csv", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh) if r["quantity"] == "12000")
    assert (row["asserters"], row["relay"], row["origins"]) == ("ukraine|united-states", "rfa", "ukraine|united-states")


def test_database_rows_hold_one_relationship_per_asserter_and_hop(seeds_dataset):
    from graph.store.rows import build_rows, claim_ref_rows, expected_ref_counts

    rows = build_rows(seeds_dataset, "seeds")
    troops = next(r for r in rows.claims if r.get("quantity") == 12000)
    assert (troops["asserters"], troops["relay"], troops["origins"]) == (
        ["ukraine", "united-states"],
        ["rfa"],
        ["ukraine", "united-states"],
    )
    assert (
        troops["asserted_by"] == "Ukraine and United States via Radio Free Asia"
        and troops["figure"] == "≤12000 soldiers"
    )
    assert "attributed_to" not in troops
    refs = claim_ref_rows(rows.claims)

    def mine(kind):
        return [(r["target"], r["position"]) for r in refs[kind] if r["id"] == troops["id"]]

    assert mine("ATTRIBUTED_TO") == [("ukraine", 1), ("united-states", 2)] and mine("RELAYED_BY") == [("rfa", 1)]
    expected = expected_ref_counts(seeds_dataset)
    assert {k: len(v) for k, v in refs.items()} == expected
    assert expected["ATTRIBUTED_TO"] > sum(bool(c.asserters) for c in seeds_dataset.claims)  # two claims have two
    assert expected["RELAYED_BY"] == sum(len(c.relay) for c in seeds_dataset.claims) >= 14
    assert rows.counts()["relayed_by"] == expected["RELAYED_BY"]


def test_extractor_drafts_carry_the_attribution_words(tmp_path):
    from graph.extract.draft import read_draft

    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent / "fixtures" / "ingest" / "data", data)
    r = runner.invoke(
        app,
        [
            "ingest",
            str(Path(__file__).parent / "fixtures" / "ingest" / "article_it.txt"),
            "--data",
            str(data),
            "--json",
        ],
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    text = (data / out["document"]["file"]).read_text(encoding="utf-8")
    attributed = [c["claim"] for c in read_draft(Path(out["draft"]))["claims"] if c["claim"].get("attributed_to")]
    assert attributed and all(c["attribution_quote"] in text for c in attributed)
    assert any("KCNA" in c["attribution_quote"] for c in attributed if c["attributed_to"] == "kcna")


@pytest.mark.parametrize("doc", ["doc-000", "doc-001", "doc-002", "doc-003", "doc-004"])
def test_every_seed_asserter_is_named_in_its_own_document(seeds_dataset, doc):
    text = seeds_dataset.documents[doc].text
    for c in seeds_dataset.claims:
        if c.document == doc:
            for a in (*c.asserters, *c.relay):
                assert text[a.start : a.end] == a.quote and near(text, (c.start, c.end), (a.start, a.end)), (c.id, a)
