"""Rules of round 50 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),  # "Freedonian" is derived
    "sylvania": ("Country", ["Sylvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "un-council": ("Organization", ["U.N. Council"]),
    "fr-weapons": ("WeaponSystem", ["Freedonian weapons"]),
    "fr-shells": ("WeaponSystem", ["artillery rounds"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- an addressee holding an abbreviation before "that": "told the U.N. Council that ..."
def test_an_abbreviated_addressee_is_no_subject(run):
    text = "Ruritania told the U.N. Council that Freedonian weapons deliveries to Sylvania broke the law."
    claims = run(text, "en")
    c = find_claim(claims, "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and not c.low
    assert c.attributed_to == "ruritania"
    assert find_claim(claims, "un-council", "SUPPLIES", "sylvania") is None


# -- "has handed X Y": a transfer (schema/predicates.yaml SUPPLIES cues)
def test_has_handed_is_a_transfer(run):
    c = find_claim(run("Freedonia has handed Sylvania about 1.5 million artillery rounds.", "en"),
                   "freedonia", "SUPPLIES", "sylvania")  # fmt: skip
    assert c is not None and not c.low


def test_guard_could_hand_is_no_transfer_drafted_with_confidence(run):
    c = find_claim(run("Sylvania could hand Freedonia advanced weapons.", "en"), "sylvania", "SUPPLIES", "freedonia")
    assert c is None or c.low
