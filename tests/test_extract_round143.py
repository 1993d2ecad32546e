"""Rules of round 143 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- target_link: "nei confronti di X" marks whom a measure is aimed at, never its owner
def test_a_measure_towards_a_state_is_not_the_states(run):
    text = (
        "Il portavoce ha ricordato che dopo il test la Freedonia ha subito adottato misure restrittive nei "
        "confronti di Silvania sui visti e sulla cooperazione bilaterale."
    )
    claims = run(text, "it")
    assert not find_claim(claims, "sylvania", "SANCTIONS", "freedonia"), triples(claims)


def test_a_measure_of_a_state_stays_the_states(run):
    # guard (passes without the change): "le sanzioni della Freedonia" are Freedonia's
    claims = run("Le sanzioni della Freedonia contro Silvania sono entrate in vigore lunedì.", "it")
    assert not find_claim(claims, "sylvania", "SANCTIONS", "freedonia"), triples(claims)


# -- field_link: the field of a cooperation after "nel", "nella", "nelle" ... is part of the
# agreement's name; a place after them is not
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Freedonia e Silvania hanno firmato martedì un accordo di cooperazione nelle tecnologie dell'informazione.",
            "accordo di cooperazione nelle tecnologie dell'informazione",
        ),
        (
            "Freedonia e Silvania hanno firmato un piano di collaborazione nell'istruzione superiore.",
            "piano di collaborazione nell'istruzione superiore",
        ),
    ],
)
def test_the_field_of_a_cooperation_names_the_agreement(run, text, name):
    types = candidate_types(run, text, "it")
    assert name in types, types


def test_a_place_after_a_summit_is_no_part_of_its_name(run):
    # guard (passes without the change)
    types = candidate_types(run, "Il vertice nella capitale di Silvania si è chiuso lunedì.", "it")
    assert not [n for n in types if "nella capitale" in n], types
