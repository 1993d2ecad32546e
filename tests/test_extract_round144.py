"""Rules of round 144 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Marsh Valley ...), so no rule can be fitted to an article; the states are
real ones whose adjective no ending makes.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner

ENTITIES = {
    "france": ("Country", ["France", "French"]),
    "greece": ("Country", ["Greece", "Greek"]),
    "netherlands": ("Country", ["Netherlands", "Dutch"]),
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- irregular_demonym: a state's adjective that no ending makes opens the name of the state's
# institution ("the French Institute of X"), as "the Russian Foreign Ministry" does
@pytest.mark.parametrize(
    "text, name",
    [
        ("Ana Vell of the French Institute of Marsh Studies said so.", "French Institute of Marsh Studies"),
        ("The Greek Foreign Ministry summoned the envoy on Monday.", "Greek Foreign Ministry"),
        ("The Dutch Defence Ministry said the frigate had sailed.", "Dutch Defence Ministry"),
    ],
)
def test_an_irregular_adjective_opens_an_institutions_name(run, text, name):
    types = candidate_types(run, text, "en")
    assert name in types, types


def test_a_regular_adjective_still_does(run):
    # guard (passes without the change): round 108's state_institution
    types = candidate_types(run, "The Freedonian Foreign Ministry summoned the envoy.", "en")
    assert "Freedonian Foreign Ministry" in types, types
