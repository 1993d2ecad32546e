"""Rules of round 51 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Silvania", "silvaniano"]),
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
