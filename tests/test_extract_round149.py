"""Rules of round 149 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, find_either_way, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- host_no_visitor: a person whose title names a state never visits that state
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Freedonian Vice President Pak Sol Ho has met Sylvanian President Ivo Brand during an official visit to Sylvania.",
            "en",
        ),
        (
            "Il vicepresidente freedoniano Pak Sol Ho ha incontrato il presidente silvano Ivo Brand durante una visita in Silvania.",
            "it",
        ),
    ],
)
def test_the_host_does_not_visit_his_own_state(run, text, lang):
    claims = run(text, lang)
    assert not find_claim(claims, "ivo-brand", "VISITED", "sylvania"), triples(claims)
    assert find_claim(claims, "pak-sol-ho", "VISITED", "sylvania"), triples(claims)


def test_a_titled_visitor_still_visits_another_state(run):
    # guard (passes without the change): the visitor's own title names another state
    claims = run("Freedonian President Ivo Brand arrived in Sylvania on Monday.", "en")
    assert find_claim(claims, "ivo-brand", "VISITED", "sylvania"), triples(claims)


# -- relations at ambassador level: "agreed to establish ambassador-level diplomatic relations"
def test_ambassador_level_relations_make_partners(run):
    text = "Freedonia has agreed to establish ambassador-level diplomatic relations with Sylvania, the radio said."
    claims = run(text, "en")
    claim = find_either_way(claims, "freedonia", "COOPERATES_WITH", "sylvania")
    assert claim is not None and "ambassador-level" in claim.cue, triples(claims)
