"""Rules of round 38 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ada-holm": ("Person", ["Ada Holm"]),
    "ruritania": ("Country", ["Ruritania"]),
    "marsovia-council": ("GovernmentBody", ["Marsovian Security Council"]),
    "sylvanian-ministry": ("GovernmentBody", ["Sylvanian Foreign Ministry"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- passive_force_theme: a force that is the passive's subject was deployed, not supplied
# (things_only with graph/extract/forces.py passive_forces)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ada Holm ha confermato che militari freedoniani erano stati mandati in Silvania.", "it"),
        ("Ada Holm confirmed that Freedonian troops had been sent to Sylvania.", "en"),
    ],
)
def test_a_force_sent_in_the_passive_is_deployed_not_supplied(run, text, lang):
    claims = [c for c in run(text, lang) if not c.low]
    assert [(c.subject, c.predicate, c.object) for c in claims] == [("freedonia", "DEPLOYED_TO", "sylvania")], claims


# -- pair_not_enemy: "the two countries" are the parties acting together, never one of them and
# the side they face (graph/extract/anaphora.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ada Holm condemned Freedonia's decision to send troops to support Sylvania in its war against "
            "Ruritania. The arms transfers between the two countries violate the embargo.",
            "en",
        ),
        (
            "Ada Holm ha condannato la decisione della Freedonia di inviare truppe a sostegno della Silvania nella "
            "guerra contro la Ruritania. I trasferimenti di armi tra i due Paesi violano l'embargo.",
            "it",
        ),
    ],
)
def test_the_two_countries_are_partners_not_enemies(run, text, lang):
    pairs = {frozenset((c.subject, c.object)) for c in run(text, lang) if c.predicate == "SUPPLIES"}
    assert pairs == {frozenset(("freedonia", "sylvania"))}, pairs


# -- head_agrees: "the ministry" stands for a ministry the article names, never another body of
# the same type (graph/extract/anaphora.py, SALIENT_HEADS per language)
def test_the_ministry_is_no_council(run):
    text = (
        "The Marsovian Security Council met on Monday. The Marsovian Security Council will meet again. "
        "Freedonia sent 3,000 troops to Sylvania, the ministry said."
    )
    claims = [c for c in run(text, "en") if c.predicate == "DEPLOYED_TO" and not c.low]
    assert claims and all(c.attributed_to != "marsovia-council" for c in claims), claims


def test_guard_the_ministry_named_is_the_source(run):
    text = (
        "The Sylvanian Foreign Ministry summoned the envoy. The Marsovian Security Council met on Monday. "
        "Freedonia sent 3,000 troops to Sylvania, the ministry said."
    )
    claims = [c for c in run(text, "en") if c.predicate == "DEPLOYED_TO" and not c.low]
    assert claims and all(c.attributed_to == "sylvanian-ministry" for c in claims), claims
