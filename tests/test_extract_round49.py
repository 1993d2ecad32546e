"""Rules of round 49 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniane"]),
    "sylvania": ("Country", ["Silvania", "silvaniani"]),
    "fr-arms": ("WeaponSystem", ["armi"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- nominal_demonym: a plural demonym after an article names a people as a side
# (forces.nominal_demonym)
@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Kiev sostiene che truppe freedoniane abbiano combattuto al fianco dei silvaniani.", "FIGHTS_ALONGSIDE"),
        ("Washington accusa la Freedonia di aver fornito armi ai silvaniani.", "SUPPLIES"),
    ],
)
def test_a_people_named_by_its_adjective_is_a_side(run, text, predicate):
    c = find_claim(run(text, "it"), "freedonia", predicate, "sylvania")
    assert c is not None and not c.low


def test_guard_a_people_is_no_destination(run):
    claims = run("Le truppe freedoniane sono state schierate accanto ai silvaniani.", "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is None
