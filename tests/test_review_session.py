"""The review session (graph.review): decisions journaled as made, undo, resume after a crash,
refused edits that keep every decision, adding claims and entities, coverage, agreements."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.errors import DatasetError
from graph.extract.ingest import ingest_file
from graph.extract.review import Decisions, ReviewError, apply_review, is_low_confidence
from graph.review import JournalBusy, ReviewSession
from graph.review.journal import journal_path
from graph.validate import validate_dataset

FIX = Path(__file__).parent / "fixtures" / "ingest"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def draft(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIX / "data", data)
    return ingest_file(FIX / "article_it.txt", data).draft_path


def by_name(session: ReviewSession) -> dict:
    out = {}
    for it in session.items:
        if "entity" in it:
            out[it["entity"]["name"]] = it["id"]
        else:
            c = it["claim"]
            out[(c["subject"], c["predicate"], c["object"])] = it["id"]
    return out


def curated(data: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted([data / "entities.yaml", *(data / "claims").glob("*.yaml")]))


def test_decisions_are_journaled_at_once_and_resume(draft):
    s = ReviewSession(draft)
    ids = by_name(s)
    plant, cns = ids["Stabilimento 11 Febbraio"], ids["James Martin Center for Nonproliferation Studies"]
    s.decide(plant, "accepted")
    s.decide(cns, "rejected")
    s.edit(plant, "name", "11 February Plant")
    # on disk before anything else happens: one header and three operations
    lines = [json.loads(x) for x in journal_path(draft).read_text(encoding="utf-8").splitlines()]
    assert lines[0]["format"] == "kg-review-journal/1" and [x["op"] for x in lines[1:]] == ["decide", "decide", "set"]
    s.close()
    again = ReviewSession(draft)
    assert again.item(plant)["status"] == "accepted" and again.item(cns)["status"] == "rejected"
    assert again.item(plant)["entity"]["name"] == "11 February Plant"
    assert any("resumed 3 saved decision(s)" in n for n in again.notes)
    again.close()


def test_undo_replays_and_survives_reopening(draft):
    s = ReviewSession(draft)
    ids = by_name(s)
    plant = ids["Stabilimento 11 Febbraio"]
    s.decide(plant, "accepted")
    s.edit(plant, "id", "plant-11-feb")
    produces = ids[("stabilimento-11-febbraio", "PRODUCES", "kn-23")]
    assert s.item(produces)["claim"]["subject"] == "plant-11-feb"  # the claim followed the rename
    assert s.undo()["op"] == "set"
    assert s.item(produces)["claim"]["subject"] == "stabilimento-11-febbraio"
    assert s.item(plant)["status"] == "accepted"
    s.close()
    again = ReviewSession(draft)
    assert again.item(plant)["status"] == "accepted" and again.item(plant)["entity"]["id"] == "stabilimento-11-febbraio"
    assert again.undo()["op"] == "decide" and again.item(plant)["status"] == "pending"
    assert again.undo() is None
    again.close()


def test_a_mistyped_field_keeps_every_decision(draft):
    s = ReviewSession(draft)
    ids = by_name(s)
    supplies = ids[("north-korea", "SUPPLIES", "russia")]
    s.decide(supplies, "accepted")
    before = [dict(op) for op in s.ops]
    with pytest.raises(ReviewError, match="cannot set 'subjet'; did you mean 'subject'"):
        s.edit(supplies, "subjet", "russia")
    for field, value, message in [
        ("predicate", "SUPPLY", "did you mean 'SUPPLIES'"),
        ("credibility", "9", "grade 1-6"),
        ("date", "last week", "is a date"),
        ("quantity_bound", "roughly", "quantity_bound is one of"),
        ("object", "Atlantide", "not a known entity"),
    ]:
        with pytest.raises(ReviewError, match=message):
            s.edit(supplies, field, value)
    assert s.ops == before and s.item(supplies)["status"] == "accepted"
    s.close()
    again = ReviewSession(draft)
    assert again.ops == before
    again.close()


def test_crash_after_some_decisions_loses_none_of_them(draft):
    """A review process killed (SIGKILL: no clean-up at all) right after two decisions."""
    script = (
        "import os, signal, sys\n"
        "from graph.review import ReviewSession\n"
        "s = ReviewSession(sys.argv[1])\n"
        "ids = [it['id'] for it in s.items]\n"
        "s.decide(ids[0], 'rejected')\n"
        "s.decide(ids[1], 'accepted')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(draft)], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    s = ReviewSession(draft)  # the dead process's lock does not block the next review
    ids = [it["id"] for it in s.items]
    assert [s.item(i)["status"] for i in ids[:3]] == ["rejected", "accepted", "pending"]
    s.close()


def test_a_torn_last_line_is_ignored_with_a_note(draft):
    s = ReviewSession(draft)
    first = s.items[0]["id"]
    s.decide(first, "accepted")
    s.close()
    with open(journal_path(draft), "a", encoding="utf-8") as fh:
        fh.write('{"op": "decide", "item": "c1", "sta')  # the crash happened mid-write
    again = ReviewSession(draft)
    assert again.item(first)["status"] == "accepted" and again.item("c1")["status"] == "pending"
    assert any("last line" in n for n in again.notes)
    again.close()


def test_two_reviews_of_one_draft_are_refused(draft):
    s = ReviewSession(draft)
    with pytest.raises(JournalBusy, match="another review"):
        ReviewSession(draft)
    s.close()
    ReviewSession(draft).close()


def test_add_entity_and_claim_then_finish_validates(draft):
    data = draft.parent.parent
    s = ReviewSession(draft)
    ids = by_name(s)
    s.decide(ids["James Martin Center for Nonproliferation Studies"], "rejected")  # curated below with a short id
    s.decide(ids["Stabilimento 11 Febbraio"], "accepted")
    with pytest.raises(ReviewError, match="not an entity type of the schema; did you mean ResearchInstitute"):
        s.add_entity("James Martin Center for Nonproliferation Studies", "ResearchInstitut", "cns")
    new_entity = s.add_entity("James Martin Center for Nonproliferation Studies", "ResearchInstitute", "cns", "CNS")
    assert s.item(new_entity)["status"] == "accepted" and s.item(new_entity)["added"] is True
    sentence = next((a, b) for a, b in s.sentences if "James Martin" in s.text[a:b])
    quote = "Il James Martin Center for Nonproliferation Studies ha osservato che lo Stabilimento 11 Febbraio"
    with pytest.raises(ReviewError, match="verbatim"):
        s.add_claim("CNS", "REPORTED", "Stabilimento 11 Febbraio", quote.replace("osservato", "notato"), sentence)
    with pytest.raises(ReviewError, match="needs a subject of type Person"):
        s.add_claim("CNS", "LEADS", "north-korea", quote, sentence)
    new_claim = s.add_claim("CNS", "REPORTED", "Stabilimento 11 Febbraio", quote, sentence)
    c = s.item(new_claim)["claim"]
    assert (c["subject"], c["predicate"], c["object"]) == ("cns", "REPORTED", "stabilimento-11-febbraio")
    assert not any(a <= s.text.index(quote) < b for a, b in s.uncovered())  # the sentence is covered now
    s.close()
    s = ReviewSession(draft)  # resumed: the added items come back with their ids
    assert s.item(new_claim)["claim"]["subject"] == "cns"
    result = s.finish()
    assert result.entities_added == ["stabilimento-11-febbraio", "cns"] and result.claims_added == [new_claim]
    ds, problems = validate_dataset(data)
    assert problems == []
    assert ds.entities["cns"].name == "James Martin Center for Nonproliferation Studies"
    assert [a.name for a in ds.entities["cns"].aliases] == ["CNS"]
    mine = [x for x in ds.claims if x.document == "doc-001"]
    assert [(x.subject, x.predicate, x.object, x.quote) for x in mine] == [
        ("cns", "REPORTED", "stabilimento-11-febbraio", quote)
    ]
    assert journal_path(draft).read_text() == ""  # emptied in the same commit
    assert s.ops == [] and s.item(new_claim)["applied"] is True
    s.close()


def test_finish_that_breaks_validation_writes_nothing_and_keeps_decisions(draft):
    data = draft.parent.parent
    s = ReviewSession(draft)
    ids = by_name(s)
    supplies = ids[("north-korea", "SUPPLIES", "russia")]
    s.decide(supplies, "accepted")
    s.edit(supplies, "quote", "not in the text")
    before, journal = curated(data), journal_path(draft).read_bytes()
    with pytest.raises(DatasetError, match="not verbatim"):
        s.finish()
    assert curated(data) == before and journal_path(draft).read_bytes() == journal
    assert s.item(supplies)["status"] == "accepted" and len(s.ops) == 2
    s.undo()
    assert s.finish().claims_added == [supplies]
    s.close()


def test_completion_of_entity_names_and_fields(draft):
    s = ReviewSession(draft)
    hits = {ch.text: ch.label for ch in s.complete("subject", "pyo")}
    assert hits == {"Pyongyang": "north-korea (Country)"}
    assert any(ch.text == "Korean Central News Agency" for ch in s.complete("object", "central"))  # a word inside
    assert any(ch.text == "stabilimento-11-febbraio" for ch in s.complete("object", "stabil"))  # candidates too
    assert [ch.text for ch in s.complete("predicate", "DEP")] == ["DEPLOYED_TO"]
    c1 = s.item("c1")
    assert s.suggest("subj", c1) == "subject=" and s.suggest("subject=Cor", c1) == "subject=Corea del Nord"
    assert s.suggest("predicate=SUP", c1) == "predicate=SUPPLIES"
    old, new = s.edit("c1", "object", "Mosca")  # a name: stored as the id
    assert (old, new) == ("russia", "russia")
    s.close()


def test_agreements_and_disagreements_with_curated_claims(draft):
    """The troop figures: a drafted figure beside a curated one for the same subject and predicate."""
    data = draft.parent.parent
    r = apply_review(draft, data, Decisions(sets=[("c1", "attributed_to", "")], accept=["c1"]))
    assert r.claims_added == ["c1"]
    second = data.parent / "second.txt"
    second.write_text(
        " date 2025-03 Secondo Kiev, la Corea del Nord ha inviato 12.000 soldati in Russia.\n", encoding="utf-8"
    )
    draft2 = ingest_file(second, data).draft_path
    s = ReviewSession(draft2)
    deployed = next(it for it in s.items if "claim" in it and it["claim"]["predicate"] == "DEPLOYED_TO")
    [rel] = s.related(deployed)
    assert rel["relation"] == "differs" and rel["figure"] == "≥10000 soldiers" and rel["document"] == "doc-001"
    s.edit(deployed["id"], "quantity", "9000")
    [rel] = s.related(s.item(deployed["id"]))
    assert rel["relation"] == "disagrees"
    s.edit(deployed["id"], "quantity", "null")
    s.edit(deployed["id"], "unit", "null")
    [rel] = s.related(s.item(deployed["id"]))
    assert rel["relation"] == "agrees"
    s.close()


def test_highlights_name_each_part_of_the_claim(draft):
    s = ReviewSession(draft)
    supplies = next(it for it in s.items if "claim" in it and it["claim"]["predicate"] == "SUPPLIES")
    _, spans = s.spans(supplies)
    got = {sp.role: s.text[sp.start : sp.end] for sp in spans if sp.role != "quote"}
    assert got == {
        "subject": "Pyongyang",
        "object": "Mosca",
        "cue": "container di armi",
        "hedge": "potrebbe",
        "quantity": "circa 7.000 container",
    }
    s.close()


def test_accept_all_leaves_low_confidence_claims_unless_asked(draft):
    data = draft.parent.parent
    from graph.extract.draft import dump_draft, read_draft

    d = read_draft(draft)
    for c in d["claims"]:
        c["claim"].pop("attributed_to", None)
        c["claim"].pop("attribution_quote", None)
    d["claims"][0]["confidence"] = 0.2  # as the extractor marks a weak proposal: a score
    d["claims"][0]["low"] = True  # and its verdict
    low = d["claims"][0]["id"]
    draft.write_text(dump_draft(d), encoding="utf-8")
    assert is_low_confidence(d["claims"][0]) and not is_low_confidence(d["claims"][1])
    r = apply_review(draft, data, Decisions(accept_all=True), dry_run=True)
    assert low not in r.claims_added and any("low-confidence" in n for n in r.notes)
    r = apply_review(draft, data, Decisions(accept_all=True, include_low_confidence=True), dry_run=True)
    assert low in r.claims_added
    r = apply_review(draft, data, Decisions(accept=[low]), dry_run=True)  # an explicit accept is enough
    assert r.claims_added == [low]


def test_the_session_module_imports_no_interface(draft):
    code = (
        "import sys, graph.review, graph.extract.review; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'typer')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ},
    )
    assert out.stdout.strip() == "[]", out.stderr
