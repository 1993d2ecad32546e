"""Rules of round 150 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_either_way, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a welcome in person is a meeting between the two people
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Freedonian leader Ivo Brand turned out at the airport on Sunday to welcome Sylvanian Premier Pak Sol Ho.",
            "en",
        ),
        ("Ivo Brand crossed into Sylvania by train on Tuesday, where he was welcomed by Pak Sol Ho.", "en"),
        ("Ivo Brand è arrivato in Silvania giovedì, accolto in aeroporto da Pak Sol Ho.", "it"),
    ],
)
def test_a_welcome_in_person_is_a_meeting(run, text, lang):
    claims = run(text, lang)
    assert find_either_way(claims, "ivo-brand", "MET_WITH", "pak-sol-ho"), triples(claims)


def test_welcoming_a_decision_is_no_meeting(run):
    # guard (passes without the change): a welcome cues a meeting only between two people
    claims = run("Freedonia welcomed the decision by Sylvania on Monday.", "en")
    assert not [c for c in claims if c.predicate == "MET_WITH"], triples(claims)
