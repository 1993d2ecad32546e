"""Rules of round 128 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {"sylvania": ("Country", ["Sylvania", "Kremgrad"])}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a person is never part of an institution's name after "and" ("Dmitry Peskov and Foreign
# Ministry spokeswoman Maria Zakharova"; candidates._split_titled_conjunct)
def test_a_person_and_a_ministry_are_two_names(run):
    text = "Kremgrad spokesman Tarko Belen and Foreign Ministry spokeswoman Vera Lind welcomed the visit."
    found = candidate_types(run, text, "en")
    assert "Tarko Belen" in found and "Foreign Ministry" in found, found
    assert find_claim(run(text, "en"), "vera-lind", "HOLDS_POSITION_IN", "foreign-ministry"), triples(run(text, "en"))


def test_a_council_of_two_portfolios_stays_one_name(run):
    # guard (passes without the rule): "National Security and Defence Council" is one body
    found = candidate_types(run, "Sylvania's National Security and Defence Council met on Monday.", "en")
    assert any("National Security and Defence Council" in n for n in found), found
