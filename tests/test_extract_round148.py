"""Rules of round 148 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, find_either_way, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho", "Pak"]),
    "council": ("GovernmentBody", ["Council of Elders"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- appeal_cue: "called on X" is a call paid on X; "called on X to <verb>" is an appeal
@pytest.mark.parametrize(
    "text",
    [
        "Before the signing, Pak called on Sylvanian President Ivo Brand, the agency said.",
        "Pak Sol Ho paid a farewell call on Ivo Brand on Monday.",
    ],
)
def test_a_call_paid_on_someone_is_a_meeting(run, text):
    claims = run(text, "en")
    assert find_either_way(claims, "pak-sol-ho", "MET_WITH", "ivo-brand"), triples(claims)


@pytest.mark.parametrize(
    "text",
    [
        "Pak Sol Ho called on Ivo Brand to withdraw the soldiers at once.",
        "Pak Sol Ho called on the U.N. Council of Elders to start reviewing the measures.",
    ],
)
def test_a_call_to_act_is_no_meeting(run, text):
    # fails with the cue and without the appeal check (passes before the change: no cue at all)
    claims = run(text, "en")
    assert not [c for c in claims if c.predicate == "MET_WITH"], triples(claims)


# -- the pluperfect of narration is a visit ("era arrivato a", "si era recato")
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brand era arrivato a Silvania giovedì, accolto in aeroporto dal ministro.",
        "Ivo Brand si era recato in Silvania nel 2001.",
    ],
)
def test_the_pluperfect_of_arrival_is_a_visit(run, text):
    claims = run(text, "it")
    assert find_claim(claims, "ivo-brand", "VISITED", "sylvania"), triples(claims)


# -- a "where" clause after the place of an earlier act has the earlier act's subject
def test_a_where_clause_keeps_the_first_subject(run):
    text = "Ivo Brand ha incontrato il ministro Pak Sol Ho in Silvania, dove si era recato per la cerimonia."
    claims = run(text, "it")
    visits = [c for c in claims if c.predicate == "VISITED" and c.object == "sylvania" and not c.low]
    assert [c.subject for c in visits] == ["ivo-brand"], triples(claims)
