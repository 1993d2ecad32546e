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


# -- portfolio_in_title: a ministry's portfolio after a role noun is the title's, not the holder's
# name (graph/extract/candidates.py _split_title_holder)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Il viceministro della Cultura Vesna Kolar ha aperto la mostra a Silvania.", "it", "Vesna Kolar"),
        ("Il viceministro dell'Istruzione Ri Chang Sik ha visitato la Silvania.", "it", "Ri Chang Sik"),
        ("Deputy Culture Minister Vesna Kolar opened the show in Sylvania.", "en", "Vesna Kolar"),
    ],
)
def test_a_portfolio_is_no_part_of_the_holders_name(run, text, lang, name):
    x = run(text, lang, everything=True)
    people = [c.name for c in x.candidates if c.type == "Person"]
    assert people == [name], people
