"""Rules of round 122 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...) or states of the reference list (schema/states.yaml),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples
from graph.extract.candidates import guess_type

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "sylvano"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- portfolio_of_title: the portfolio after "Minister of" is the title's, no name
# (candidates.py _portfolio_of_title; lang TITLE_PORTFOLIOS "natural", "resources", "ecology")
def test_a_ministers_portfolio_is_no_person(run):
    text = "Sylvania's Minister of Natural Resources, Tarko Belen, accompanied the group."
    found = candidate_types(run, text, "en")
    assert "Natural Resources" not in found, found
    claims = run(text, "en")
    assert find_claim(claims, "tarko-belen", "HOLDS_POSITION_IN", "sylvania"), triples(claims)


def test_a_body_after_a_leading_title_stays_a_name(run):
    # guard: "presidente degli Affari di Stato" names a body (not a minister's portfolio)
    found = candidate_types(run, "Lena Marsh, presidente degli Affari di Stato, ha parlato a Sylvania.", "it")
    assert any("Affari di Stato" in n for n in found), found


# -- courts are bodies ("Central Court", "Tribunale centrale"; candidates.py _TYPE_KEYWORDS)
@pytest.mark.parametrize("name", ["Central Court", "Supreme Court", "Tribunale centrale"])
def test_a_court_is_a_government_body(name):
    assert guess_type(name)[0] == "GovernmentBody"


# -- compound_topic: a topic's noun in -ance / -ence ends the name too ("treaty on mutual legal
# assistance"; candidates.py _NP_HEAD_NOUN)
def test_a_topic_in_ance_ends_the_name(run):
    found = candidate_types(run, "Lena Marsh signed a treaty on mutual legal assistance with Freedonia.", "en")
    assert found.get("treaty on mutual legal assistance") == "Agreement", found


# -- a national in apposition to a named person is no target of a measure (claims.py _APPOSED)
def test_a_persons_nationality_is_no_target(run):
    text = "La Freedonia ha inserito nella lista nera Tarko Belen, cittadino sylvano, e una sua società."
    claims = run(text, "it")
    assert not find_claim(claims, "freedonia", "SANCTIONS", "sylvania"), triples(claims)


def test_nationals_detained_still_name_their_state(run):
    # guard (round 114): a national named with no name before him stands for his state
    claims = run("La polizia lettone ha sequestrato un peschereccio estone al largo della costa.", "it")
    assert find_claim(claims, "latvia", "CHALLENGES", "estonia"), triples(claims)
