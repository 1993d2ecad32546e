"""Rules of round 51 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniane"]),
    "sylvania": ("Country", ["Silvania", "Sylvania", "silvaniano"]),
    "kalmar": ("Location", ["Kalmar", "regione di Kalmar"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- troop presence takes training there (lang/it.py TROOP_PRESENCE)
@pytest.mark.parametrize(
    "text",
    [
        "Sarebbero 11.000 i soldati freedoniani addestrati in territorio silvaniano.",
        "Almeno 10.000 soldati freedoniani si stanno addestrando in Silvania.",
    ],
)
def test_training_there_places_the_force(run, text):
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low


# -- suffered_count: the subject of a verb of suffering names the victims of the count after it
# (casualties._subject_of_suffering; "casualties" / "perdite" count casualties)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonian soldiers fighting for Sylvania suffered more than 1,000 killed or wounded in Kalmar.", "en"),
        ("Freedonian forces have suffered more than 6,000 casualties in Kalmar, officials said.", "en"),
        ("Le truppe freedoniane hanno subito oltre 4.000 perdite nella regione di Kalmar.", "it"),
    ],
)
def test_the_sufferers_are_the_victims_of_the_count(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "SUFFERED_LOSSES", "kalmar")
    assert c is not None and not c.low
    assert c.quantity in (1000, 6000, 4000)


def test_guard_a_datelines_day_is_no_count(run):
    claims = run("LINA, Dec 30 - Freedonian soldiers in Kalmar are suffering many casualties.", "en")
    assert not [c for c in claims if c.predicate == "SUFFERED_LOSSES" and c.quantity == 30]
