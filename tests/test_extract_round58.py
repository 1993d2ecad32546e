"""Rules of round 58 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- infantry in training somewhere is placed there (lang/it.py FORCE_NOUNS, TROOP_PRESENCE)
def test_infantry_in_training_is_placed(run):
    text = "Il generale ha parlato di circa 11.000 fanti freedoniani in addestramento nella Silvania orientale."
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low


def test_guard_infantry_not_placed_is_a_weak_cue(run):
    c = find_claim(
        run("I fanti freedoniani sono stati elogiati dalla Silvania.", "it"), "freedonia", "DEPLOYED_TO", "sylvania"
    )
    assert c is None or (c.low and "weak_cue" in c.reasons)
