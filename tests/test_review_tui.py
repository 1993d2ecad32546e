"""The full-screen review, driven by simulated key presses (textual's pilot, offline), and the
kg review command around it: keys, labels, edits with completion, adding a claim and an
entity, coverage, resuming, refusing to start without a terminal, and ingest to validated claims."""

from __future__ import annotations

import asyncio
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app as kg_app
from graph.extract.ingest import ingest_file
from graph.review import ReviewSession
from graph.review.journal import journal_path
from graph.tui.review_app import ReviewApp
from graph.validate import validate_dataset

FIX = Path(__file__).parent / "fixtures" / "ingest"
QUOTE = "Il James Martin Center for Nonproliferation Studies ha osservato che lo Stabilimento 11 Febbraio"
runner = CliRunner()


@pytest.fixture()
def quick_typing(monkeypatch):
    """For the tests that type whole names and quotes (~100 keys): textual's pilot waits
    after every key until the app is idle, sampling every 20 ms; sampling every 4 ms keeps
    the same wait-until-idle rule (the idle threshold is its own constant) at a fifth of the
    time. Not for tests that read the screen right after start-up, which may not be drawn
    yet at the first idle moment. ``raising=True``: if textual renames this, the test breaks
    loudly instead of silently slowing down."""
    import textual._wait

    monkeypatch.setattr(textual._wait, "SLEEP_GRANULARITY", 0.004, raising=True)


@pytest.fixture()
def draft(tmp_path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(FIX / "data", data)
    return ingest_file(FIX / "article_it.txt", data).draft_path


def run(session: ReviewSession, script) -> ReviewApp:
    """Run the app on *session* and play *script(pilot, app)*; return the app."""
    app = ReviewApp(session)

    async def main():
        async with app.run_test(size=(150, 50)) as pilot:
            await pilot.pause()
            await script(pilot, app)
            await pilot.pause()

    asyncio.run(main())
    return app


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])
    await pilot.pause()


async def goto(pilot, app: ReviewApp, item_id: str) -> None:
    while app.current["id"] != item_id:
        await pilot.press("down")
    await pilot.pause()


def screen_text(app: ReviewApp) -> str:
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def status(app: ReviewApp) -> str:
    return "\n".join(t.plain for t in app.messages)


def test_keys_accept_reject_skip_undo(draft):
    s = ReviewSession(draft)
    first, second, third = (it["id"] for it in s.items[:3])

    async def script(pilot, app):
        assert app.current["id"] == first
        await pilot.press("a")  # accept e1, move on
        await pilot.press("r")  # reject e2
        await pilot.press("s")  # skip e3
        await pilot.pause()
        assert app.current["id"] == s.items[3]["id"]
        await pilot.press("u")  # undo the rejection, back on e2
        await pilot.pause()
        assert app.current["id"] == second

    app = run(s, script)
    assert [s.item(i).get("status") for i in (first, second, third)] == ["accepted", "pending", "pending"]
    assert "undid: rejected " + second in status(app)
    s.close()
    again = ReviewSession(draft)  # the keys' decisions were journaled
    assert again.item(first)["status"] == "accepted" and len(again.ops) == 1
    again.close()


def test_footer_and_help_show_the_keys(draft):
    s = ReviewSession(draft)
    texts = {}

    async def script(pilot, app):
        texts["main"] = screen_text(app)
        texts["footer"] = [w.render().plain.strip() for w in app.query("FooterKey")]
        await pilot.press("question_mark")
        await pilot.pause()
        texts["help"] = screen_text(app)
        await pilot.press("escape")

    run(s, script)
    for key, label in [
        ("a", "Accept"),
        ("r", "Reject"),
        ("s", "Skip"),
        ("u", "Undo"),
        ("e", "Edit"),
        ("n", "New claim"),
        ("N", "New entity"),
        ("v", "Uncovered"),
        ("f", "Finish"),
        ("q", "Quit"),
    ]:
        assert f"{key} {label}" in texts["footer"], (key, label, texts["footer"])
        assert f" {key} {label} " in texts["main"]  # drawn whole: no key swallowed
        assert re.search(rf"(^|\s){key}  {label}\b", texts["help"], re.MULTILINE), (key, label)
    s.close()


def test_sentence_is_drawn_with_its_parts_and_text_is_never_markup(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(FIX / "data", data)
    article = tmp_path / "a.txt"
    article.write_text(
        " date 2025-02 La Corea del Nord [bold]ha inviato[/bold] oltre 10.000 soldati in Russia.\n", encoding="utf-8"
    )
    s = ReviewSession(ingest_file(article, data).draft_path)
    claim = next(it for it in s.items if "claim" in it)
    shown = {}

    async def script(pilot, app):
        await goto(pilot, app, claim["id"])
        shown["sentence"] = app.query_one("#sentence").render()
        shown["screen"] = screen_text(app)

    run(s, script)
    assert "[bold]ha inviato[/bold]" in shown["screen"]  # brackets from the article stay text
    _, spans = s.spans(claim)
    assert {sp.role for sp in spans} >= {"subject", "object", "cue", "quantity"}
    s.close()


def test_edit_with_completion_is_echoed(draft):
    s = ReviewSession(draft)
    produces = next(it["id"] for it in s.items if "claim" in it and it["claim"]["predicate"] == "PRODUCES")

    async def script(pilot, app):
        await goto(pilot, app, produces)
        await pilot.press("e")
        await type_text(pilot, "subj")
        await pilot.press("right")  # take the completion: "subject="
        await type_text(pilot, "Corea d")
        await pilot.press("right")  # "subject=Corea del Nord"
        await pilot.pause()
        assert app.screen.query_one("#f-line").value == "subject=Corea del Nord"
        assert "north-korea (Country)" in screen_text(app)  # the matches under the input
        await pilot.press("enter")

    app = run(s, script)
    assert s.item(produces)["claim"]["subject"] == "north-korea"
    assert f"edited {produces}.subject: stabilimento-11-febbraio → north-korea (North Korea)" in status(app)
    s.close()


def test_a_bad_field_name_keeps_the_form_and_every_decision(draft):
    s = ReviewSession(draft)

    async def script(pilot, app):
        await pilot.press("a", "a")
        await goto(pilot, app, "c1")
        await pilot.press("e")
        await type_text(pilot, "credibilty=1")
        await pilot.press("enter")
        await pilot.pause()
        assert "cannot set 'credibilty'; did you mean 'credibility'" in screen_text(app)
        await pilot.press("escape")

    run(s, script)
    assert [op["op"] for op in s.ops] == ["decide", "decide"] and s.counts().accepted == 2
    s.close()


def test_add_entity_and_claim_by_keys_then_finish(draft, quick_typing):
    data = draft.parent.parent
    s = ReviewSession(draft)
    ids = {it["entity"]["name"]: it["id"] for it in s.items if "entity" in it}
    produces = next(it["id"] for it in s.items if "claim" in it and it["claim"]["predicate"] == "PRODUCES")

    async def script(pilot, app):
        await goto(pilot, app, ids["James Martin Center for Nonproliferation Studies"])
        await pilot.press("r")
        await goto(pilot, app, ids["Stabilimento 11 Febbraio"])
        await pilot.press("a")
        await pilot.press("N")  # a new entity
        await pilot.pause()
        await type_text(pilot, "James Martin Center for Nonproliferation Studies")
        await pilot.press("enter")
        await type_text(pilot, "ResearchIns")
        await pilot.press("right", "enter")  # completed to ResearchInstitute
        await type_text(pilot, "cns")
        await pilot.press("enter")
        await type_text(pilot, "CNS")
        await pilot.press("enter")
        await pilot.pause()
        await goto(pilot, app, produces)
        await pilot.press("n")  # a new claim from this claim's sentence
        await pilot.pause()
        await type_text(pilot, "CN")
        await pilot.press("right", "enter")  # CNS
        await type_text(pilot, "REP")
        await pilot.press("right", "enter")  # REPORTED
        await type_text(pilot, "Stabilimento 1")
        await pilot.press("right", "enter")  # Stabilimento 11 Febbraio
        await pilot.press("ctrl+u")  # the quote starts as the whole sentence: cut it to the words needed
        await type_text(pilot, QUOTE)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()

    app = run(s, script)
    assert app.result is not None and app.result.entities_added == ["stabilimento-11-febbraio", "cns"]
    ds, problems = validate_dataset(data)
    assert problems == []
    assert ds.entities["cns"].type == "ResearchInstitute" and [a.name for a in ds.entities["cns"].aliases] == ["CNS"]
    [claim] = [c for c in ds.claims if c.document == "doc-001"]
    assert (claim.subject, claim.predicate, claim.object, claim.quote) == (
        "cns",
        "REPORTED",
        "stabilimento-11-febbraio",
        QUOTE,
    )
    assert "the dataset validates" in status(app)
    s.close()


def test_coverage_lists_uncovered_sentences_and_adds_from_one(draft, quick_typing):
    s = ReviewSession(draft)
    deployed = next(it["id"] for it in s.items if "claim" in it and it["claim"]["predicate"] == "DEPLOYED_TO")
    seen = {}

    async def script(pilot, app):
        await goto(pilot, app, deployed)
        await pilot.press("r")  # its sentence has no claim now
        await pilot.press("v")
        await pilot.pause()
        seen["coverage"] = screen_text(app)
        await pilot.press("enter")  # add a claim from the highlighted sentence
        await pilot.pause()
        seen["form"] = screen_text(app)
        await type_text(pilot, "Corea del Nord")
        await pilot.press("enter")
        await type_text(pilot, "DEPLOYED_TO")
        await pilot.press("enter")
        await type_text(pilot, "Russia")
        await pilot.press("enter", "ctrl+u")
        await type_text(pilot, "La Corea del Nord ha inviato oltre 10.000 soldati in Russia")
        await pilot.press("enter")

    run(s, script)
    assert "1 of 3 sentences have no claim" in seen["coverage"]
    assert "New claim from: La Corea del Nord ha inviato oltre 10.000 soldati" in seen["form"]
    added = [it for it in s.items if it.get("added")]
    assert [(c["claim"]["subject"], c["claim"]["object"]) for c in added] == [("north-korea", "russia")]
    assert s.uncovered() == []
    s.close()


def test_finish_with_validation_problems_shows_them_and_keeps_decisions(draft):
    data = draft.parent.parent
    s = ReviewSession(draft)
    before = (data / "entities.yaml").read_bytes()
    produces = next(it["id"] for it in s.items if "claim" in it and it["claim"]["predicate"] == "PRODUCES")
    s.decide(produces, "accepted")  # its subject is a new entity nobody accepted
    shown = {}

    async def script(pilot, app):
        await pilot.press("f")
        await pilot.pause()
        shown["status"] = status(app)

    run(s, script)
    assert "not written" in shown["status"] and "not accepted" in shown["status"]
    assert (data / "entities.yaml").read_bytes() == before and s.item(produces)["status"] == "accepted"
    s.close()


def test_app_killed_mid_review_resumes(draft):
    """The app stops with an exception after two decisions; a new review starts where it stopped."""
    s = ReviewSession(draft)
    first, second = s.items[0]["id"], s.items[1]["id"]

    async def script(pilot, app):
        await pilot.press("r", "a")
        await pilot.pause()
        raise RuntimeError("the terminal went away")

    with pytest.raises(RuntimeError):
        run(s, script)
    s.journal.close()  # what the process's exit would do
    again = ReviewSession(draft)
    assert again.item(first)["status"] == "rejected" and again.item(second)["status"] == "accepted"
    app = ReviewApp(again)
    assert app.current["id"] == again.items[2]["id"]  # the first item still pending
    assert any("resumed 2 saved decision(s)" in m.plain for m in app.messages)
    again.close()


def test_without_a_terminal_the_interactive_review_refuses(draft, monkeypatch):
    for env, args in [({}, ["--interactive"]), ({"CI": "true"}, ["--prompts"]), ({"CI": "true"}, ["-i"])]:
        r = runner.invoke(kg_app, ["review", str(draft), *args], env=env)
        assert r.exit_code == 1 and "needs a terminal" in r.output and "--accept" in r.output, r.output
    r = runner.invoke(kg_app, ["review", str(draft)])  # without a request: the listing, as before
    assert r.exit_code == 0 and "pending item(s)" in r.output
    r = runner.invoke(kg_app, ["review", str(draft), "-i", "--accept", "e1"])
    assert r.exit_code == 2


def test_listing_mentions_saved_interactive_decisions(draft):
    s = ReviewSession(draft)
    s.decide(s.items[0]["id"], "accepted")
    s.close()
    r = runner.invoke(kg_app, ["review", str(draft), "--no-input"])
    assert r.exit_code == 0 and "holds decisions of an interactive review" in r.output


@pytest.mark.db
def test_ingest_then_review_by_keys_to_validated_claims(tmp_path, kg_server):
    """kg ingest an article, curate it in the full-screen review, the dataset builds and loads."""
    data = tmp_path / "data"
    shutil.copytree(FIX / "data", data)
    r = runner.invoke(kg_app, ["ingest", str(FIX / "article_it.txt"), "--data", str(data), "--json"])
    assert r.exit_code == 0, r.output
    draft = Path(json.loads(r.stdout)["draft"])
    s = ReviewSession(draft)
    keys = []
    # Accept the plant and the research centre that says what it makes (the others are
    # reject), and every claim: KCNA's, the centre's and the article's own.
    wanted = {"Stabilimento 11 Febbraio", "James Martin Center for Nonproliferation Studies"}
    for it in s.items:
        if "entity" in it:
            keys.append("a" if it["entity"]["name"] in wanted else "r")
        else:
            keys.append("a")

    async def script(pilot, app):
        for key in keys:
            await pilot.press(key)
        await pilot.press("f")
        await pilot.pause()

    app = run(s, script)
    s.close()
    written = app.result.claims_added
    assert written and sorted(app.result.entities_added) == [
        "james-martin-center-for-nonproliferation-studies",
        "stabilimento-11-febbraio",
    ]
    ds, problems = validate_dataset(data)
    new = {c.predicate: c for c in ds.claims if c.document == "doc-001"}
    assert problems == [] and set(new) == {"DEPLOYED_TO", "PRODUCES", "SUPPLIES"}
    assert new["PRODUCES"].attributed_to == "james-martin-center-for-nonproliferation-studies"
    assert new["DEPLOYED_TO"].attributed_to == "kcna" and new["SUPPLIES"].attributed_to is None
    assert journal_path(draft).read_text() == ""
    r = runner.invoke(kg_app, ["build", "--data", str(data), "--json"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(kg_app, ["load", "--data", str(data), "--dataset", "reviewed", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["counts"]["Claim"] == len(ds.claims)
    with kg_server.driver() as driver:
        driver.execute_query("MATCH (n {dataset: 'reviewed'}) DETACH DELETE n", database_=kg_server.target.database)
