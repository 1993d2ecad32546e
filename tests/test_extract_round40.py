"""Rules of round 40 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- between_no_direction: "transfers between A and B" names both sides of a one-way act but not
# which one gives: kept apart (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ruritania condemned the arms transfers between Freedonia and Sylvania.", "en"),
        ("La Ruritania ha condannato i trasferimenti di armi tra Freedonia e Silvania.", "it"),
    ],
)
def test_a_one_way_act_between_two_sides_is_kept_apart(run, text, lang):
    claims = [c for c in run(text, lang) if c.predicate == "SUPPLIES"]
    assert claims and all(c.low and "between_no_direction" in c.reasons for c in claims), claims


def test_guard_a_two_way_relation_between_two_sides_stays(run):
    claims = run("La cooperazione militare tra Freedonia e Silvania preoccupa la Ruritania.", "it")
    assert [(c.subject, c.object) for c in claims if c.predicate == "COOPERATES_WITH" and not c.low] == [
        ("freedonia", "sylvania")
    ]
