"""Rules of round 44 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- light-verb concern: "expressed grave concern", "si è detto preoccupato" is one cue, so the
# one who speaks is next to it (schema/predicates.yaml CONCERNED_ABOUT cues)
@pytest.mark.parametrize(
    "text, lang, obj",
    [
        ("Ruritania expressed grave concern over Freedonia's missile tests.", "en", "freedonia"),
        ("Ivo Brand si è detto preoccupato per le manovre della Freedonia.", "it", "freedonia"),
        ("La Ruritania ha espresso profonda preoccupazione per le manovre della Freedonia.", "it", "freedonia"),
    ],
)
def test_an_expressed_concern_is_drafted(run, text, lang, obj):
    subject = "ivo-brand" if "Ivo" in text else "ruritania"
    assert (subject, "CONCERNED_ABOUT", obj) in high_triples(run(text, lang))


# -- about_pairs: a reaction to a relation "between A and B" is about A and B
# (schema/extraction.yaml about_pairs; pair_rules._rule_between_places)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ruritania voiced deep concern about military cooperation between Freedonia and Sylvania.", "en"),
        (
            "La Ruritania ha espresso profonda preoccupazione per la cooperazione militare tra Freedonia e Silvania.",
            "it",
        ),
    ],
)
def test_a_reaction_to_a_relation_is_about_both_sides(run, text, lang):
    claims = high_triples(run(text, lang))
    assert ("ruritania", "CONCERNED_ABOUT", "freedonia") in claims
    assert ("ruritania", "CONCERNED_ABOUT", "sylvania") in claims


def test_guard_a_stretch_between_two_places_is_still_no_destination(run):
    claims = run("Freedonia deployed troops to the border zone between Sylvania and Ruritania.", "en")
    assert not [c for c in high_triples(claims) if c[1] == "DEPLOYED_TO" and c[2] in ("sylvania", "ruritania")]
