"""Rules of round 57 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Ivo Brand ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "alda-rossi": ("Person", ["Alda Rossi"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- two people who held a meeting met each other (pair_rules._LIGHT_VERB)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand e Alda Rossi hanno avviato mercoledì un colloquio bilaterale a Lina.", "it"),
        ("Ivo Brand and Alda Rossi held a summit on Wednesday in Lina.", "en"),
    ],
)
def test_two_people_who_held_a_meeting_met(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "ivo-brand", "MET_WITH", "alda-rossi") or find_claim(
        claims, "alda-rossi", "MET_WITH", "ivo-brand"
    )
    assert c is not None and not c.low


def test_guard_joining_the_talks_is_no_confident_meeting_of_the_two(run):
    c = find_claim(
        run("Ivo Brand and Alda Rossi joined the talks on Wednesday.", "en"), "ivo-brand", "MET_WITH", "alda-rossi"
    )
    assert c is None or (c.low and "coordinated_reciprocal+40" not in c.reasons)


# -- a force after the cue a person praises is its state's (forces.demonym_stands)
def test_praised_forces_name_their_state(run):
    claims = run("Ivo Brand ha elogiato il valore dei militari freedoniani.", "it")
    assert find_claim(claims, "ivo-brand", "PRAISED", "freedonia") is not None
