"""Rules of round 62 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "piet-brandt": ("Person", ["Piet Brandt", "Brandt"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- a call is a meeting at a distance (MET_WITH cues in schema/predicates.yaml)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Alda Rossi spoke by telephone with Piet Brandt on Tuesday.", "en"),
        ("Alda Rossi held a phone call with Piet Brandt on Tuesday.", "en"),
        ("Alda Rossi ha avuto martedì una conversazione telefonica con Piet Brandt.", "it"),
        ("Alda Rossi ha avuto una telefonata con Piet Brandt.", "it"),
    ],
)
def test_a_call_is_a_meeting(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "alda-rossi", "MET_WITH", "piet-brandt") or find_claim(
        claims, "piet-brandt", "MET_WITH", "alda-rossi"
    )


# -- a casualty count's place is never the enemy the victims were sent against (graph/extract/casualties.py)
def test_the_enemy_is_no_place_of_the_losses(run):
    text = (
        "Circa 2.000 dei soldati freedoniani inviati in Silvania a combattere contro la Ruritania sono rimasti uccisi."
    )
    claims = [c for c in run(text, "it") if c.predicate == "SUFFERED_LOSSES"]
    assert [(c.subject, c.object, c.quantity) for c in claims] == [("freedonia", "sylvania", 2000)]


# -- the force a relative clause moves: "i soldati che la Freedonia del Nord ha mandato in X" (people
# sent, nothing supplied) even when the clause's subject takes several words (graph/extract/forces.py)
def test_a_force_before_a_long_relative_clause_is_deployed(run):
    text = "L'intesa sarebbe il compenso per i soldati che la Freedonia del Nord ha mandato in aiuto della Silvania."
    ents = {**ENTITIES, "freedonia": ("Country", ["Freedonia del Nord"])}
    claims = extract_runner(ents, high_only=True)(text, "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is not None
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania") is None


# -- a name after "border with" describes a place, it is no party (BORDER_WITH in graph/extract/lang)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Alda Rossi ha ringraziato la Freedonia per l'aiuto militare prestato nella zona di confine con la Ruritania.",
            "it",
        ),
        ("Rossi thanked Freedonia for the military aid it gave in the area on the border with Ruritania.", "en"),
    ],
)
def test_a_name_after_border_with_is_no_party(run, text, lang):
    assert not [c for c in run(text, lang) if "ruritania" in (c.subject, c.object)]


def test_guard_troops_along_a_border_are_deployed_there(run):
    claims = run("Freedonia is massing 50,000 troops along the border with Ruritania, Rossi said.", "en")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "ruritania") is not None
