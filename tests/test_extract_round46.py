"""Rules of round 46 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "ruritania": ("Country", ["Ruritania"]),
    "lina": ("Location", ["Lina"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "alda-rossi": ("Person", ["Alda Rossi"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a place or time adjunct between a meeting noun and "between" (arguments._BETWEEN_AFTER_ADJUNCTS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("His remarks followed talks in Lina on Wednesday between Ivo Brand and Alda Rossi.", "en"),
        ("Le sue parole seguono i colloqui a Lina di mercoledì tra Ivo Brand e Alda Rossi.", "it"),
    ],
)
def test_talks_between_two_people_after_an_adjunct_are_a_meeting(run, text, lang):
    claims = high_triples(run(text, lang))
    assert ("ivo-brand", "MET_WITH", "alda-rossi") in claims or ("alda-rossi", "MET_WITH", "ivo-brand") in claims


# -- possessor_of_cue: the possessor of an act noun is its agent, even after a preposition
# (pair_rules._rule_possessor_of_cue)
def test_the_possessor_of_an_act_noun_is_its_agent(run):
    c = find_claim(
        run("Ruritania demanded an end to Freedonia's military deployment in Sylvania.", "en"),
        "freedonia",
        "DEPLOYED_TO",
        "sylvania",
    )
    assert c is not None and not c.low
    assert find_claim(run("Ruritania demanded an end to Freedonia's military deployment in Sylvania.", "en"),
                      "ruritania", "DEPLOYED_TO", "sylvania") is None  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's visiting defence minister told Sylvania that talks would go on.",
        "Brand's appeal was published weeks after Sylvania answered.",
    ],
)
def test_guard_no_possessor_across_an_adjective_or_a_verb(run, text):
    assert not [c for c in run(text, "en") if "possessor_of_cue+20" in c.reasons]
