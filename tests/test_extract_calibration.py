"""The confidence calibration (``extraction.yaml`` ``calibration``): read strictly, applied last."""

from __future__ import annotations

from dataclasses import replace

import pytest

from extract_support import demoted, extract_runner, find_claim
from graph.errors import DatasetError
from graph.extract.calibration import claim_features, demoted_by
from graph.extract.claims import _calibrate
from graph.extract.ruledata import load_rules, rules_for
from graph.schema import default_schema_dir, load_schema

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "daily-owl": ("MediaOutlet", ["The Daily Owl", "Daily Owl"]),
    "otto-vann": ("Person", ["Otto Vann"]),
    "howitzers": ("Weapon", ["howitzers"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _rules_with(tmp_path, calibration: str):
    good = (default_schema_dir() / "extraction.yaml").read_text(encoding="utf-8")
    head, sep, _ = good.partition("\ncalibration:\n")
    assert sep, "extraction.yaml has a calibration section"
    path = tmp_path / "extraction.yaml"
    path.write_text(head + "\ncalibration:\n" + calibration, encoding="utf-8")
    return path


def test_the_project_calibration_loads():
    rules = rules_for(load_schema())
    assert rules.score_floor is not None and rules.score_floor > rules.high
    assert all(not demoted_by([], [d]) for d in rules.demote)  # every entry names a feature


@pytest.mark.parametrize(
    "entry, message",
    [
        ('"predicate:SUPPLYS"', "'SUPPLYS' is not a predicate of the schema"),
        ('"attribution:anonymous"', "attribution is one of named, none, unnamed, not 'anonymous'"),
        ('"verb:send"', "'verb:send' is not kind:value"),
        ('"reason:Title Direct"', "is not a rule name"),
        ('"predicate:CITES+subject:maybe"', "subject is one of known, new, not 'maybe'"),
        ("3", "a feature name (kind:value) is expected"),
    ],
)
def test_a_bad_calibration_entry_is_a_located_error(tmp_path, entry, message):
    path = _rules_with(tmp_path, f'  score_floor: 95\n  demote: ["predicate:CITES", {entry}]\n')
    with pytest.raises(DatasetError) as exc:
        load_rules(path, load_schema())
    lines = [str(p) for p in exc.value.problems]
    assert len(lines) == 1 and message in lines[0], lines
    line_no = (
        path.read_text(encoding="utf-8")
        .splitlines()
        .index(next(x for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("  demote:")))
    )
    assert f"{path}:{line_no + 1}:" in lines[0]  # the line of the entry


def test_every_calibration_problem_is_reported_at_once(tmp_path):
    path = _rules_with(
        tmp_path, '  score_floor: high\n  demote: ["predicate:CITES", "predicate:CITES", "hedged:maybe"]\n  extra: 1\n'
    )
    with pytest.raises(DatasetError) as exc:
        load_rules(path, load_schema())
    text = str(exc.value)
    assert "score_floor must be a number" in text and "listed twice" in text
    assert "hedged is one of" in text and "unknown key 'extra'" in text


def test_no_calibration_section_keeps_the_scores_verdict(tmp_path):
    good = (default_schema_dir() / "extraction.yaml").read_text(encoding="utf-8")
    path = tmp_path / "extraction.yaml"
    path.write_text(good.partition("\ncalibration:\n")[0] + "\n", encoding="utf-8")
    rules = load_rules(path, load_schema())
    assert rules.score_floor is None and rules.demote == ()


def test_a_demoted_predicate_sends_the_claim_to_the_low_section(run):
    # the project's calibration demotes CITES (who relays whom was right 1 time in 5)
    claims = run("The Daily Owl reported, citing Freedonia, that Marsovia used howitzers.", "en")
    cites = find_claim(claims, "daily-owl", "CITES", "freedonia")
    assert cites is not None and cites.low and "demoted:predicate:CITES" in cites.reasons
    # a claim the calibration leaves alone carries no demoted: reason
    (met,) = run("Otto Vann ha incontrato Marsovia.")
    assert not met.low and not demoted(met)


def test_a_demoted_reason_sends_the_claim_to_the_low_section(run):
    x = run("Otto Vann ha incontrato Marsovia.", everything=True)
    (c,) = [c for c in x.claims if c.predicate == "MET_WITH"]
    assert not c.low  # high as drafted
    feats = claim_features(c.predicate, c.reasons, None, c.hedged, True, True)
    rule = next(f for f in feats if f.startswith("reason:"))
    base = replace(rules_for(load_schema()), verifier=None)  # the rules' calibration alone
    again = replace(c, low=False, reasons=list(c.reasons))
    text = "Otto Vann ha incontrato Marsovia."
    _calibrate(again, replace(base, score_floor=None, demote=(rule,)), {"otto-vann", "marsovia"}, text, "it")
    assert again.low and f"demoted:{rule}" in again.reasons
    # a combination demotes only claims that have every part of it
    other = replace(c, low=False, reasons=list(c.reasons))
    _calibrate(
        other, replace(base, score_floor=None, demote=(f"{rule}+subject:new",)), {"otto-vann", "marsovia"}, text, "it"
    )
    assert not other.low


def test_a_claim_under_the_score_floor_is_demoted(run):
    # "rocket launcher specialists" stands between the cue and the object: scored under the floor
    claims = run("Marsovia sent rocket launcher specialists to Freedonia in October.", "en")
    c = find_claim(claims, "marsovia", "DEPLOYED_TO", "freedonia")
    assert c is not None and c.low and "demoted:score_floor" in c.reasons
    assert c.score < rules_for(load_schema()).score_floor


# -- round 8: position in the article ---------------------------------------------------------

ARTICLE = (
    "Marsovia e Freedonia\n\n"
    "Marsovia sent rocket launcher specialists to Freedonia in October. Otto Vann confirmed it. "
    "The Daily Owl covered the story. Marsovia sent rocket launcher specialists to Freedonia in May."
)


def test_claims_know_their_position_and_main_actor(run):
    x = run(ARTICLE, "en", everything=True)
    lead, body = sorted((c for c in x.claims if c.predicate == "DEPLOYED_TO"), key=lambda c: c.start)
    assert (lead.position, body.position) == ("lead", "body")  # the first two body sentences are the lead
    assert lead.main_subject and body.main_subject  # Marsovia is named most often
    feats = claim_features("DEPLOYED_TO", [], None, False, True, True, "lead", True)
    assert "position:lead" in feats and "actor:main" in feats


def test_a_lead_claim_under_the_floor_stays_high_with_a_lead_floor(run):
    x = run(ARTICLE, "en", everything=True)
    lead, body = sorted((c for c in x.claims if c.predicate == "DEPLOYED_TO"), key=lambda c: c.start)
    base = replace(rules_for(load_schema()), verifier=None)  # the rules' calibration alone
    assert lead.score == body.score < base.score_floor  # both under the shipped floor ...
    assert lead.low and body.low and "demoted:score_floor" in lead.reasons  # ... and demoted by it
    known = {"marsovia", "freedonia"}
    with_lead = replace(base, position_floor={"lead": base.high})
    again_lead = replace(lead, low=False, reasons=[r for r in lead.reasons if not r.startswith("demoted:")])
    again_body = replace(body, low=False, reasons=[r for r in body.reasons if not r.startswith("demoted:")])
    _calibrate(again_lead, with_lead, known, ARTICLE, "en")
    _calibrate(again_body, with_lead, known, ARTICLE, "en")
    assert not again_lead.low  # the lead's own floor lets it through
    assert again_body.low and "demoted:score_floor" in again_body.reasons  # the body keeps the score floor


def test_a_position_floor_loads(tmp_path):
    path = _rules_with(
        tmp_path, '  score_floor: 95\n  demote: ["position:lead+actor:other"]\n  position_floor: {lead: 80}\n'
    )
    rules = load_rules(path, load_schema())
    assert rules.position_floor == {"lead": 80.0} and rules.demote == ("position:lead+actor:other",)


def test_bad_position_floors_are_located_errors_all_at_once(tmp_path):
    path = _rules_with(
        tmp_path,
        '  score_floor: 95\n  demote: ["position:top", "actor:lead"]\n  position_floor:\n    lead: high\n    footer: 80\n',
    )
    with pytest.raises(DatasetError) as exc:
        load_rules(path, load_schema())
    lines = [str(p) for p in exc.value.problems]
    text = "\n".join(lines)
    assert "position_floor.lead must be a number" in text
    assert "'footer' is not a position (headline, lead, body)" in text
    assert "position is one of body, headline, lead, not 'top'" in text
    assert "actor is one of main, other, not 'lead'" in text
    assert len(lines) == 4
    n = path.read_text(encoding="utf-8").splitlines()
    assert any(f"{path}:{n.index('    footer: 80') + 1}:" in line for line in lines)  # the line of the entry


def test_a_position_floor_that_is_not_a_mapping_is_an_error(tmp_path):
    path = _rules_with(tmp_path, "  score_floor: 95\n  position_floor: [lead, 80]\n")
    with pytest.raises(DatasetError, match="position_floor: a mapping position: floor is expected"):
        load_rules(path, load_schema())


def test_the_draft_items_carry_position_and_main_actor(run):
    from graph.extract.draft import build_draft

    x = run(ARTICLE, "en", everything=True)
    doc = {"id": "doc-t", "file": "t.txt", "sha256": "-", "title": "t", "language": "en"}
    draft = build_draft(doc, ARTICLE, x, {"marsovia": "Marsovia", "freedonia": "Freedonia"})
    items = sorted(draft["claims"] + draft["low_confidence"], key=lambda it: it["start"])
    assert [it["position"] for it in items if it["claim"]["predicate"] == "DEPLOYED_TO"] == ["lead", "body"]
    assert all(it["main_subject"] is True for it in items if it["claim"]["subject"] == "marsovia")


def test_the_fit_gives_a_position_its_own_floor_only_on_enough_claims():
    from eval_extract import FIT_MIN_BAND, fit_calibration

    body = [(80.0, ["position:body"], False)] * 10 + [(99.0, ["position:body"], True)] * 20
    lead = [(80.0, ["position:lead"], True)] * FIT_MIN_BAND
    fit = fit_calibration(body + lead)
    assert fit["score_floor"] == 95.0 and fit["position_floor"] == {"lead": 70.0}
    assert fit["counts"]["position_floor:lead"] == [FIT_MIN_BAND, 0]
    # too few lead claims under the shared floor: no floor of their own
    assert fit_calibration(body + lead[:-1])["position_floor"] == {}
    # a lead as unreliable as the rest keeps the shared floor
    assert fit_calibration(body + [(80.0, ["position:lead"], False)] * 10)["position_floor"] == {}
    assert not any(d.startswith("position:") for d in fit_calibration(body + lead)["demote"])
