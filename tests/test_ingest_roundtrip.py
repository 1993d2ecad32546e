"""kg ingest and kg review: registration, the draft, the review round trip, robustness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from graph.cli.main import app
from graph.extract.draft import dump_draft, read_draft
from graph.validate import validate_dataset
from graph.yamlio import read_yaml

FIX = Path(__file__).parent / "fixtures" / "ingest"
runner = CliRunner()


@pytest.fixture()
def data(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(FIX / "data", target)
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def ingest(data: Path, article: Path, *extra):
    r = kg("ingest", article, "--data", data, "--json", *extra)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


# -- ingest -------------------------------------------------------------------------------


def test_ingest_registers_document_and_writes_strict_draft(data):
    out = ingest(data, FIX / "article_it.txt")
    doc = out["document"]
    assert doc["id"] == "doc-001" and doc["date"] == "2025-02" and doc["language"] == "it"
    stored = (data / doc["file"]).read_text(encoding="utf-8")
    assert "Ascolta ora" not in stored and stored.startswith(" date 2025-02 La Corea del Nord")
    ds, problems = validate_dataset(data)
    assert problems == [] and ds.documents["doc-001"].sha256 == doc["sha256"]
    _value, problems = read_yaml(data / "drafts" / "doc-001.yaml")
    assert problems == []
    draft = read_draft(data / "drafts" / "doc-001.yaml")
    assert any("Ascolta ora" in n for n in draft["notes"])
    # every claim quote is verbatim at its offsets in the stored text
    for c in draft["claims"]:
        assert stored[c["start"] : c["end"]] == c["claim"]["quote"]
    # curated files untouched
    assert (data / "entities.yaml").read_bytes() == (FIX / "data" / "entities.yaml").read_bytes()
    assert not (data / "claims" / "001.yaml").exists()


def test_extraction_content(data):
    out = ingest(data, FIX / "article_it.txt")
    draft = read_draft(Path(out["draft"]))
    names = {e["entity"]["name"]: e for e in draft["entities"]}
    assert names.get("KN-23", True)
    assert names["James Martin Center for Nonproliferation Studies"]["entity"]["type"] == "ResearchInstitute"
    assert names["Stabilimento 11 Febbraio"]["entity"]["type"] == "Facility"
    assert names["Hamhung"]["entity"]["type"] == "Location"
    claims = {
        (c["claim"]["subject"], c["claim"]["predicate"], c["claim"]["object"]): c["claim"] for c in draft["claims"]
    }
    deployed = claims[("north-korea", "DEPLOYED_TO", "russia")]
    assert (deployed["quantity"], deployed["quantity_bound"], deployed["unit"]) == (10000, "at_least", "soldiers")
    assert deployed["date"] == "2024-08"  # "ad agosto" in a February 2025 article
    assert deployed["attributed_to"] == "kcna"
    supplies = claims[("north-korea", "SUPPLIES", "russia")]
    assert supplies["hedged"] is True and supplies["valid_from"] == "2024-12"
    assert (supplies["quantity"], supplies["quantity_bound"], supplies["unit"]) == (7000, "approx", "containers")
    # "impianti di produzione di missili KN-23" scores under the calibration's floor: drafted low
    low = {(c["claim"]["subject"], c["claim"]["predicate"], c["claim"]["object"]): c for c in draft["low_confidence"]}
    assert "demoted:score_floor" in low[("stabilimento-11-febbraio", "PRODUCES", "kn-23")]["reasons"]


def test_same_text_twice_is_refused(data):
    ingest(data, FIX / "article_it.txt")
    before = snapshot(data)
    r = kg("ingest", FIX / "article_it.txt", "--data", data)
    assert r.exit_code == 1 and "already in the dataset as doc-001" in r.output
    # the same article without its page junk and header is the same text too
    plain = data.parent / "plain.txt"
    plain.write_text((FIX / "article_it.txt").read_text().split("\n", 2)[2], encoding="utf-8")
    r = kg("ingest", plain, "--data", data)
    assert r.exit_code == 1 and "already" in r.output
    assert snapshot(data) == before


def test_date_option_must_agree_with_header(data):
    before = snapshot(data)
    r = kg("ingest", FIX / "article_it.txt", "--data", data, "--date", "2024-03")
    assert r.exit_code == 1 and "disagrees" in r.output
    assert snapshot(data) == before


def test_dry_run_writes_nothing(data):
    before = snapshot(data)
    r = kg("ingest", FIX / "article_it.txt", "--data", data, "--dry-run")
    assert r.exit_code == 0 and "would register doc-001" in r.output
    assert snapshot(data) == before


@pytest.mark.parametrize(
    "name, content, exit_code, message",
    [
        ("empty.txt", b"", 1, "empty"),
        ("blank.txt", b"\n\n  \n", 1, "empty"),
        ("binary.bin", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, 1, "binary"),
        (
            "latin1.txt",
            "La Corea del Nord ha inviato truppe in Russia, città per città.".encode("latin-1"),
            0,
            "Latin-1",
        ),
        ("bom.txt", b"\xef\xbb\xbf" + b"La Corea del Nord ha inviato truppe in Russia.", 0, "byte-order"),
        ("none.txt", "Il tempo a Roma è stato bello per tutta la settimana.".encode(), 0, "no known entity"),
    ],
)
def test_robustness(data, tmp_path, name, content, exit_code, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(data)
    r = kg("ingest", path, "--data", data)
    assert r.exit_code == exit_code, r.output
    assert message in r.output
    assert "Traceback" not in r.output
    if exit_code:
        assert snapshot(data) == before  # nothing registered
    else:
        stored = (data / "documents.yaml").read_text()
        assert "doc-001" in stored and (data / "drafts" / "doc-001.yaml").exists()
        assert validate_dataset(data)[1] == []


def test_oversized_file_is_refused_quickly(data, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(("La Corea del Nord ha inviato truppe in Russia. " * 110_000).encode())  # ~5 MB
    before = snapshot(data)
    r = kg("ingest", big, "--data", data)
    assert r.exit_code == 1 and "MB" in r.output and "--max-mb" in r.output
    assert snapshot(data) == before


def test_missing_file_and_bad_language(data, tmp_path):
    r = kg("ingest", tmp_path / "nope.txt", "--data", data)
    assert r.exit_code == 1 and "no such file" in r.output
    r = kg("ingest", FIX / "article_it.txt", "--data", data, "--lang", "fr")
    assert r.exit_code == 1 and "not supported" in r.output


def test_invalid_dataset_is_not_touched(data):
    (data / "entities.yaml").write_text("- id: Bad Id\n  type: Person\n  name: x\n", encoding="utf-8")
    before = snapshot(data)
    r = kg("ingest", FIX / "article_it.txt", "--data", data)
    assert r.exit_code == 1 and "nothing was built or written" in r.output
    assert snapshot(data) == before


# -- review -------------------------------------------------------------------------------


def _items(draft_path: Path):
    d = read_draft(draft_path)
    ents = {e["entity"]["name"]: e for e in d["entities"]}
    items = d["claims"] + d["low_confidence"]  # a claim may be accepted by id from either section
    claims = {(c["claim"]["subject"], c["claim"]["predicate"], c["claim"]["object"]): c for c in items}
    return ents, claims


def test_review_lists_with_quote_in_sentence(data):
    out = ingest(data, FIX / "article_it.txt")
    r = kg("review", out["draft"])
    assert r.exit_code == 0
    assert "DEPLOYED_TO" in r.output and "ha inviato oltre 10.000 soldati" in r.output
    assert "[pending]" in r.output
    r = kg("review", out["draft"], "--json")
    items = json.loads(r.stdout)["items"]
    assert {i["id"] for i in items} >= {"e1", "c1"}


def test_review_round_trip(data):
    out = ingest(data, FIX / "article_it.txt")
    draft = Path(out["draft"])
    ents, claims = _items(draft)
    plant = ents["Stabilimento 11 Febbraio"]["id"]
    cns = ents["James Martin Center for Nonproliferation Studies"]["id"]  # the claim is attributed to it
    produces = claims[("stabilimento-11-febbraio", "PRODUCES", "kn-23")]["id"]
    deployed = claims[("north-korea", "DEPLOYED_TO", "russia")]["id"]
    supplies = claims[("north-korea", "SUPPLIES", "russia")]["id"]
    # a claim that needs a new entity cannot go in alone
    before = snapshot(data)
    r = kg("review", draft, "--accept", produces)
    assert r.exit_code == 1 and "not accepted" in r.output
    assert snapshot(data) == before
    # accept, rename the entity (claims follow), edit a claim, reject another
    r = kg(
        "review",
        draft,
        "--accept",
        f"{plant},{cns},{produces}",
        "--accept",
        deployed,
        "--reject",
        supplies,
        "--set",
        f"{plant} id=february-11-plant",
        "--set",
        f"{plant} name=11 February Plant",
        "--set",
        f"{deployed} credibility=3",
        "--set",
        f"{deployed} note=“Quote” with: colons # and 'quotes'",
    )
    assert r.exit_code == 0, r.output
    ds, problems = validate_dataset(data)
    assert problems == []
    assert ds.entities["february-11-plant"].name == "11 February Plant"
    mine = [c for c in ds.claims if c.document == "doc-001"]
    assert {(c.subject, c.predicate, c.object) for c in mine} == {
        ("february-11-plant", "PRODUCES", "kn-23"),
        ("north-korea", "DEPLOYED_TO", "russia"),
    }
    dep = next(c for c in mine if c.predicate == "DEPLOYED_TO")
    assert dep.credibility == 3 and dep.note == "“Quote” with: colons # and 'quotes'" and dep.quantity == 10000
    # curated files were appended to, comments kept
    assert (data / "entities.yaml").read_text().startswith("# Entities of the ingestion test dataset.")
    d = read_draft(draft)
    status = {
        i["id"]: (i["status"], i.get("applied", False)) for i in d["entities"] + d["claims"] + d["low_confidence"]
    }
    assert status[produces] == ("accepted", True) and status[supplies] == ("rejected", False)
    # accepting again adds nothing
    before = snapshot(data)
    r = kg("review", draft, "--accept", produces)
    assert r.exit_code == 0 and "already written" in r.output
    assert {k: v for k, v in snapshot(data).items() if not k.startswith("drafts")} == {
        k: v for k, v in before.items() if not k.startswith("drafts")
    }


def test_review_that_breaks_validation_writes_nothing(data):
    out = ingest(data, FIX / "article_it.txt")
    draft = Path(out["draft"])
    _, claims = _items(draft)
    deployed = claims[("north-korea", "DEPLOYED_TO", "russia")]["id"]
    before = snapshot(data)
    r = kg("review", draft, "--accept", deployed, "--set", f"{deployed} quote=not in the text")
    assert r.exit_code == 1 and "not verbatim" in r.output
    r = kg("review", draft, "--accept", deployed, "--set", f"{deployed} predicate=LEADS")
    assert r.exit_code == 1 and "needs a subject of type Person" in r.output
    assert snapshot(data) == before


def test_review_usage_errors(data):
    out = ingest(data, FIX / "article_it.txt")
    draft = Path(out["draft"])
    for args, message in [
        (["--accept", "c999"], "no item 'c999'"),
        (["--set", "c1 colour=red"], "cannot set"),
        (["--set", "c1 subject=Atlantide"], "not a known entity"),
        (["--set", "nonsense"], "ID field=value"),
        (["--accept", "c1", "--reject", "c1"], "both accepted and rejected"),
    ]:
        r = kg("review", draft, *args)
        assert r.exit_code == 1 and message in r.output, (args, r.output)
    r = kg("review", draft.parent / "missing.yaml")
    assert r.exit_code == 1 and "no such draft" in r.output


def test_accept_all_entities(data):
    out = ingest(data, FIX / "article_it.txt")
    r = kg("review", out["draft"], "--accept-all-entities", "--json")
    assert r.exit_code == 0, r.output
    added = json.loads(r.stdout)["entities_added"]
    assert "stabilimento-11-febbraio" in added
    ds, problems = validate_dataset(data)
    assert problems == [] and set(added) <= set(ds.entities)


def test_hand_edited_draft_is_applied(data):
    out = ingest(data, FIX / "article_it.txt")
    before = len(validate_dataset(data)[0].claims)
    draft = Path(out["draft"])
    text = draft.read_text(encoding="utf-8")
    d = yaml.safe_load(text)
    known = {"north-korea", "russia", "kim-jong-un", "kcna", "kn-23"}
    # hand-accept a claim between known entities (one naming a new entity would need it accepted too)
    first = next(i for i, c in enumerate(d["claims"]) if {c["claim"]["subject"], c["claim"]["object"]} <= known)
    d["claims"][first]["status"] = "accepted"
    draft.write_text(yaml.safe_dump(d, allow_unicode=True, sort_keys=False), encoding="utf-8")
    other = next((c["id"] for i, c in enumerate(d["claims"]) if i != first), "c1")
    r = kg("review", draft, "--accept-all-entities", "--reject", other)
    assert r.exit_code == 0, r.output
    after, problems = validate_dataset(data)
    assert problems == [] and len(after.claims) == before + 1


# -- the draft format ---------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=80))
def test_any_quote_round_trips_through_the_draft(tmp_path_factory, quote):
    draft = {
        "format": "kg-draft/1",
        "document": {"id": "doc-001", "file": "x.txt"},
        "notes": [quote],
        "mentions": [],
        "entities": [{"id": "e1", "status": "pending", "entity": {"id": "x", "name": quote}}],
        "claims": [{"id": "c1", "status": "pending", "claim": {"quote": quote, "note": quote}}],
    }
    path = tmp_path_factory.mktemp("draft") / "d.yaml"
    path.write_text(dump_draft(draft), encoding="utf-8")
    back = read_draft(path)
    assert back["claims"][0]["claim"]["quote"] == quote
    assert back["entities"][0]["entity"]["name"] == quote


def test_interactive_review(data, monkeypatch):
    from graph.cli import ingest as cli

    out = ingest(data, FIX / "article_it.txt")
    draft = read_draft(Path(out["draft"]))
    answers = iter(["r", "a", "x", "e credibility=1", "a", "q"])
    monkeypatch.setattr(cli.typer, "prompt", lambda *a, **k: next(answers))
    d = cli._interactive(draft, (data / out["document"]["file"]).read_text(encoding="utf-8"))
    items = [it["id"] for it in draft["entities"] + draft["claims"]]
    assert d.reject == [items[0]] and d.accept == [items[1], items[2]]
    assert d.sets == [(items[2], "credibility", "1")]
