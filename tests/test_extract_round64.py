"""Rules of round 64 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "piet-brandt": ("Person", ["Piet Brandt", "Brandt"]),
    "council": ("GovernmentBody", ["Freedonia's Security Council"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a name inside an apposition is not the subject of the verbs after it, the second of two
# coordinated verbs included (graph/extract/pair_rules.py, inside_apposition)
def test_an_apposition_before_coordinated_verbs_is_no_subject(run):
    text = (
        "Alda Rossi, the secretary of Freedonia's Security Council, flew into Lina on Wednesday and held talks"
        " with Piet Brandt."
    )
    meetings = {(c.subject, c.object) for c in run(text, "en") if c.predicate == "MET_WITH"}
    assert ("council", "piet-brandt") not in meetings and ("piet-brandt", "council") not in meetings
    assert meetings & {("alda-rossi", "piet-brandt"), ("piet-brandt", "alda-rossi")}


# -- a name in an agent phrase is no object, whichever cue the pair is read from (round 65,
# graph/extract/pair_rules.py, agent_phrase_object)
IT_ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Lina"]),
    "sylvania": ("Country", ["Silvania", "Rocca"]),
    "ruritania": ("Country", ["Ruritania"]),
}


@pytest.fixture(scope="module")
def run_it():
    return extract_runner(IT_ENTITIES, high_only=True)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Rocca avrebbe schierato oltre 10.000 soldati inviati da Lina nella Ruritania.", ("sylvania", "freedonia")),
        (
            "Le notizie fornite da Lina e da Rocca su questi trasferimenti sono state confermate.",
            ("freedonia", "sylvania"),
        ),
    ],
)
def test_a_name_in_an_agent_phrase_is_no_object(run_it, text, pair):
    assert pair not in {(c.subject, c.object) for c in run_it(text, "it")}


# -- a makers' class sent by someone else is not that class (round 65, graph/extract/makers.py,
# foreign_item): "Russia could supply weapons to North Korea" moves no North Korean weapons
MAKER_ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania"]),
    "fr-weapons": ("WeaponSystem", ["Freedonian weapons", "weapons"]),
}


@pytest.fixture(scope="module")
def run_makers():
    return extract_runner(MAKER_ENTITIES, high_only=False)


@pytest.mark.parametrize(
    "text, sender, item",
    [
        ("Sylvania could supply weapons to Freedonia, its president said.", "sylvania", None),
        # guard: the makers send their own
        ("Freedonia has supplied weapons to Sylvania, its president said.", "freedonia", "fr-weapons"),
    ],
)
def test_a_makers_class_sent_by_another_is_no_item(run_makers, text, sender, item):
    claims = [c for c in run_makers(text, "en") if c.predicate == "SUPPLIES"]
    assert [(c.subject, c.item) for c in claims] == [(sender, item)]
