"""Rules of round 124 (issue 10) as tables of invented sentences (no seed or devset text).

States of the reference list (schema/states.yaml), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples


@pytest.fixture(scope="module")
def run():
    return extract_runner({"ivo-brand": ("Person", ["Ivo Brand", "Brand"])}, high_only=False)


# -- people_after_cue: the place first, right before a verb of work or life, and the people after
# it are placed there (lang PEOPLE_AFTER_CUE, PLACE_PREPOSITION_BEFORE; extraction.yaml people_cues)
@pytest.mark.parametrize(
    "text",
    [
        "Secondo il ministero, in Estonia lavorano ancora circa 3.500 lettoni.",
        "In Estonia vivono oltre 3.000 cittadini lettoni, ha detto Ivo Brand.",
    ],
)
def test_people_after_a_verb_of_work_are_placed_where_the_place_before_it_says(run, text):
    claims = run(text, "it")
    assert find_claim(claims, "latvia", "DEPLOYED_TO", "estonia"), triples(claims)


@pytest.mark.parametrize(
    "text",
    [
        "In Estonia lavorano molto, ha detto Ivo Brand.",  # no people after the verb
        "In Estonia lavorano ancora i ministri lettoni.",  # no count of a people: a noun before the demonym
    ],
)
def test_no_people_after_the_verb_places_none(run, text):
    # guards: they fail if the rule reads any name after the verb
    claims = run(text, "it")
    assert not find_claim(claims, "latvia", "DEPLOYED_TO", "estonia"), triples(claims)
