"""Rules of round 131 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lina": ("Location", ["Lina"]),
    "marsh-works": ("Organization", ["Marshworks"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "oto-vell": ("Person", ["Oto Vell", "Vell"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- place_title, any name but a state's: the name before a title qualifies the title of the
# person after it, whatever its type
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brand met Marshworks Chairman Oto Vell on Monday.",
        "Ivo Brand held talks on Friday with Marshworks Director Oto Vell.",
    ],
)
def test_an_organisation_before_a_title_is_no_object(run, text):
    claims = run(text, "en")
    assert find_claim(claims, "ivo-brand", "MET_WITH", "oto-vell"), triples(claims)
    assert not find_claim(claims, "ivo-brand", "MET_WITH", "marsh-works"), triples(claims)


def test_a_place_before_a_title_is_still_no_object(run):
    # guard (passes without the change): round 119's place
    claims = run("Ivo Brand met Lina Governor Oto Vell on Monday.", "en")
    assert find_claim(claims, "ivo-brand", "MET_WITH", "oto-vell"), triples(claims)


def test_a_state_before_an_envoy_stays_an_object(run):
    # guard (passes without the change): "summoned the Sylvanian Ambassador X" summons the state's envoy
    claims = run("Freedonia's foreign ministry summoned Sylvanian Ambassador Oto Vell on Monday.", "en")
    assert [c for c in claims if c.object == "sylvania"], triples(claims)


# -- stopover: a stop on a journey is a visit (predicates.yaml VISITED cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dopo Sylvania, Ivo Brand ha fatto tappa a Lina.", "it"),
        ("La delegazione guidata da Oto Vell farà tappa anche a Lina.", "it"),
        ("On Friday Ivo Brand stopped in Lina, where he met Oto Vell.", "en"),
    ],
)
def test_a_stopover_is_a_visit(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if c.predicate == "VISITED" and c.object == "lina"], triples(claims)
