"""Rules of round 101 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "silvano"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
    "fna": ("MediaOutlet", ["FNA"]),
    "sylvanian-ensemble": ("Organization", ["Sylvanian Ensemble"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- "ships" are vessels, no "shipped" (graph/extract/lang/en.py STEM_FALSE_FRIENDS)
def test_ships_are_vessels(run):
    claims = run("Sylvanian ships had sailed home from Freedonia this year loaded with fuel.", "en", uncalibrated=True)
    assert ("sylvania", "freedonia") not in pairs_of(claims, "SUPPLIES")


def test_guard_shipped_still_supplies(run):
    assert ("sylvania", "freedonia") in pairs_of(run("Sylvania shipped fuel to Freedonia in May.", "en"), "SUPPLIES")


# -- adjective_role: "the official FNA news agency" holds no office (ADJECTIVE_ROLES, graph/extract/titles.py)
def test_an_adjective_is_no_office(run):
    claims = run("Ivo Rass, the official FNA news agency said, toured Freedonia on Monday.", "en")
    assert not [c for c in claims if c.predicate in ("HOLDS_POSITION_IN", "LEADS")]


def test_guard_an_official_of_a_body_holds_a_post(run):
    claims = run("Ivo Rass, an official of the Sylvanian Ensemble, spoke on Monday.", "en")
    assert ("ivo-rass", "sylvanian-ensemble") in pairs_of(claims, "HOLDS_POSITION_IN")


# -- "back" after a verb of motion or a phrasal verb is no backing (CUE_BLOCKERS)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Rass had gone back to Freedonia in May.",
        "Ivo Rass flew back to Freedonia on Monday.",
        "Ivo Rass hit back at Freedonia on Monday.",
    ],
)
def test_back_as_an_adverb_is_no_support(run, text):
    assert not pairs_of(run(text, "en", uncalibrated=True), "SUPPORTS")


def test_guard_backing_is_still_support(run):
    assert ("ivo-rass", "freedonia") in pairs_of(run("Ivo Rass backs Freedonia in the dispute.", "en"), "SUPPORTS")


# -- state_organ: a demonym beside a state's organs stands for the state (STATE_ORGANS, graph/extract/forces.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvanian authorities summoned Freedonia's ambassador, Pak Sol Ho, on Monday.", "en"),
        ("The Sylvanian government summoned Freedonia's ambassador, Pak Sol Ho, on Monday.", "en"),
        ("Le autorità silvane hanno convocato lunedì l'ambasciatore Pak Sol Ho.", "it"),
    ],
)
def test_a_states_organs_act_for_it(run, text, lang):
    claims = run(text, lang, uncalibrated=True)
    assert any(c.subject == "sylvania" and c.predicate in ("CHALLENGES", "MET_WITH") for c in claims)


def test_guard_a_lawmaker_is_no_state(run):
    claims = run("A Sylvanian lawmaker criticised Freedonia on Monday.", "en", uncalibrated=True)
    assert ("sylvania", "freedonia") not in pairs_of(claims, "CHALLENGES")


# -- types from the name: "Air X" is an airline, "Air Force" a force, "X Airlines" a company
# (graph/extract/candidates.py guess_type)
@pytest.mark.parametrize(
    "name, type_name",
    [("Air Sylvania", "Organization"), ("Sylvanian Airlines", "Organization"), ("Air Force", "MilitaryUnit")],
)
def test_a_carriers_name_is_no_person(name, type_name):
    from graph.extract.candidates import guess_type

    assert guess_type(name)[0] == type_name


def test_guard_two_capitalised_words_are_still_a_person():
    from graph.extract.candidates import guess_type

    assert guess_type("Airo Sylva")[0] == "Person"


def test_a_sanctioned_airline_is_an_object(run):
    assert ("freedonia", "air-korona") in pairs_of(
        run("Freedonia sanctioned Air Korona in December.", "en"), "SANCTIONS"
    )
