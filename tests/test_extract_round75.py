"""Rules of round 75 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvana"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def visits(claims) -> set[tuple[str, str]]:
    return pairs_of(claims, "VISITED")


# -- act_object: a reporting verb with an event noun as its object is an act (graph/extract/frames.py)
# -- event_verb: a light verb carries the event its noun names (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro della Difesa freedoniano, Ivo Rass, ha concluso una visita in Silvania.", "it"),
        ("Il ministro Ivo Rass ha concluso una visita in Silvania.", "it"),
        ("Ivo Rass paid a visit to Sylvania on Monday.", "en"),
    ],
)
def test_a_light_verb_carries_the_visit_its_noun_names(run, text, lang):
    assert ("ivo-rass", "sylvania") in visits(run(text, lang))


def test_guard_a_reporting_verb_with_a_that_clause_still_reports(run):
    claims = run("Il ministro Ivo Rass ha concluso che la Silvania ha inviato truppe in Freedonia.", "it")
    deployed = [c for c in claims if c.predicate == "DEPLOYED_TO"]
    assert deployed and all(c.attributed_to == "ivo-rass" for c in deployed)


# -- state_capital: a demonym naming a state's capital stands for the state (graph/extract/forces.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro degli Esteri Ivo Rass ha aperto giovedì la sua visita nella capitale silvana.", "it"),
        ("Foreign Minister Ivo Rass began his visit to the Sylvanian capital on Thursday.", "en"),
    ],
)
def test_a_visit_to_a_states_capital_is_a_visit_to_the_state(run, text, lang):
    assert ("ivo-rass", "sylvania") in visits(run(text, lang))


def test_guard_a_demonym_of_another_noun_is_no_place(run):
    assert not visits(run("Il ministro Ivo Rass ha aperto giovedì la sua visita con la delegazione silvana.", "it"))
