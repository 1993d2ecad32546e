"""Rules of round 105 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia", "freedoniani", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- bare_presence: a force noun, its demonym and "in" with no verb place the force, in Italian as
# in English (TROOP_PRESENCE, graph/extract/lang/it.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lavoratori freedoniani in Silvania sono stati rimpatriati a dicembre.", "it"),
        ("Freedonian workers in Sylvania were sent home in December.", "en"),
    ],
)
def test_workers_placed_in_a_country_were_sent_there(run, text, lang):
    claims = run(text, lang)
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in {(c.subject, c.predicate, c.object) for c in claims}


def test_guard_workers_without_a_place_are_no_deployment(run):
    claims = run("I lavoratori freedoniani in sciopero hanno chiesto salari più alti.", "it")
    assert not [c for c in claims if c.predicate == "DEPLOYED_TO"]
