"""Rules of round 55 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Silvania", "Sylvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "fs-treaty": ("Agreement", ["trattato"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- joint exercises are cooperation, not fighting side by side (schema/predicates.yaml cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("In risposta, Freedonia e Silvania avevano condotto manovre congiunte con un bombardiere.", "it"),
        ("In response, Freedonia and Sylvania held joint exercises with a bomber.", "en"),
    ],
)
def test_joint_exercises_are_cooperation(run, text, lang):
    claims = run(text, lang)
    pair = {"freedonia", "sylvania"}
    assert any({c.subject, c.object} == pair and c.predicate == "COOPERATES_WITH" for c in claims)
    assert not any(c.predicate == "FIGHTS_ALONGSIDE" for c in claims)


def test_joint_operations_still_fight_alongside(run):
    c = find_claim(
        run("La Freedonia conduce operazioni congiunte con la Silvania.", "it"),
        "freedonia",
        "FIGHTS_ALONGSIDE",
        "sylvania",
    )
    assert c is not None


# -- "the two countries" are never a state named as where a war is fought (anaphora._WAR_PLACE)
def test_the_two_countries_leave_out_the_theatre_of_war(run):
    text = (
        "Ivo Brand ha ringraziato la Freedonia per il sostegno alla guerra della Silvania in Ruritania. "
        "I due Paesi hanno firmato l'anno scorso un trattato."
    )
    claims = run(text, "it")
    signers = {c.subject for c in claims if c.predicate == "SIGNED"}
    assert signers == {"freedonia", "sylvania"}
