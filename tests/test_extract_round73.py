"""Rules of round 73 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Park Ivo Sun ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "ivo-park": ("Person", ["Park Ivo Sun", "Park"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def subjects(claims, predicate: str) -> set[str]:
    return {c.subject for c in claims if c.predicate == predicate}


# -- short_name_owner: a known person's one-word name stands for the person the text names in
# full with it (graph/extract/pipeline.py)
def test_a_known_short_name_is_the_person_the_text_names_in_full(run):
    claims = run("Freedonian leader Park Jong Il visited Sylvania in 2001. Park met the Sylvanian president.", "en")
    assert "park-jong-il" in subjects(claims, "MET_WITH")
    assert "ivo-park" not in {c.subject for c in claims}


def test_a_short_name_several_people_go_by_is_nobody(run):
    text = (
        "Freedonian leader Park Jong Il and minister Park Yong Sam visited Sylvania. Park met the Sylvanian president."
    )
    assert not [c for c in run(text, "en") if c.predicate == "MET_WITH"]


def test_guard_a_known_person_named_in_full_keeps_the_short_name(run):
    claims = run("Park Ivo Sun visited Sylvania in 2001. Park met the Sylvanian president.", "en")
    assert subjects(claims, "MET_WITH") == {"ivo-park"}


# -- "yet to" negates its act (graph/extract/lang/en.py NEGATIONS)
def test_an_act_a_state_has_yet_to_do_is_no_claim(run):
    assert not [
        c
        for c in run("Sylvania, which has yet to blame Freedonia, called for calm.", "en")
        if c.predicate == "CHALLENGES"
    ]


# -- a weekday ends a descriptive name (graph/extract/candidates.py)
def test_a_weekday_is_no_part_of_an_agreement_name(run):
    claims = run("Sylvania and Freedonia signed a deal on Thursday to rebuild the railway.", "en")
    assert not [c for c in claims if "thursday" in c.object]
