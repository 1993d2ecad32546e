"""Rules of round 53 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Lina", "freedoniani"]),
    "sylvania": ("Country", ["Silvania", "Sylvania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "fr-missiles": ("WeaponSystem", ["missili balistici", "ballistic missiles"]),
    "fr-weapons": ("WeaponSystem", ["armi", "weapons"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- departures name a destination (schema/predicates.yaml VISITED cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro freedoniano Ivo Brand è partito per la Silvania alla testa di una delegazione.", "it"),
        ("Ivo Brand left for Sylvania on Monday at the head of a delegation.", "en"),
    ],
)
def test_leaving_for_a_country_visits_it(run, text, lang):
    c = find_claim(run(text, lang), "ivo-brand", "VISITED", "sylvania")
    assert c is not None and not c.low


# -- presence of a force named by its owner, and "presenza di militari" (lang/it.py TROOP_PRESENCE)
@pytest.mark.parametrize(
    "text",
    [
        "L'intelligence ha riferito che circa 3.000 militari di Lina sono già in Silvania.",
        "Ivo Brand ha detto che esistono prove della presenza di militari freedoniani in Silvania.",
    ],
)
def test_a_force_named_by_its_owner_is_placed(run, text):
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low


# -- relative_item: the goods a relative clause's transfer verb moves are its antecedent
# (items._relative_antecedent)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("I missili balistici che la Freedonia ha consegnato alla Silvania sarebbero precisi quanto le armi.", "it"),
        ("The ballistic missiles that Freedonia supplied to Sylvania are as accurate as the weapons it makes.", "en"),
    ],
)
def test_the_antecedent_is_the_item_moved(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.item == "fr-missiles"
    assert "relative_item" in c.reasons
