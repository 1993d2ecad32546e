"""Rules of round 121 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a date's day is no casualty count: after a month's name or before a dateline's dashes
# (casualties.py _after_month)
@pytest.mark.parametrize(
    "text",
    [
        "VELLOGRAD, May 14 -- A Freedonian labourer sent to a building site in Sylvania killed himself.",
        "A Freedonian soldier deployed in Sylvania was killed on May 14 by a mine.",  # guard: no count before
    ],
)
def test_a_day_of_a_date_counts_no_victims(run, text):
    claims = run(text, "en")
    assert not [c for c in claims if c.predicate == "SUFFERED_LOSSES" and c.quantity == 14], triples(claims)


def test_a_count_before_a_month_still_counts(run):
    # guard (passes without the rule): "300 soldiers were killed in May"
    claims = run("About 300 Freedonian soldiers were killed in Sylvania in May.", "en")
    assert [c for c in claims if c.predicate == "SUFFERED_LOSSES" and c.quantity == 300], triples(claims)


# -- cue_in_name: a capitalised cue that opens inside a name and runs past it is the name's
# ("the Russian Association for Friendship and Cultural Cooperation with the DPRK"; claims.py)
def test_a_cue_opening_inside_a_name_is_the_names(run):
    text = "Guests included the Sylvanian Association for Friendship and Cultural Cooperation with Freedonia."
    x = run(text, "en", everything=True)
    assert not [c for c in x.claims if c.predicate == "COOPERATES_WITH" and not c.low], triples(x.claims)


def test_a_lower_case_cue_after_a_name_still_cues(run):
    # guard: "Sylvania's cooperation with Freedonia" is cooperation
    claims = run("Lena Marsh praised Sylvania's cooperation with Freedonia.", "en")
    assert find_claim(claims, "sylvania", "COOPERATES_WITH", "freedonia"), triples(claims)


# -- gratitude is praise ("grateful to", "grati alla"; predicates.yaml PRAISED)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia is grateful to Sylvania for its support, Lena Marsh said.", "en"),
        ("La Freedonia è grata alla Sylvania per il sostegno, ha detto Lena Marsh.", "it"),
    ],
)
def test_gratitude_is_praise(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "PRAISED", "sylvania"), triples(claims)


# -- relations with a state ("rafforzare le relazioni con", "i rapporti con"; COOPERATES_WITH, Italian)
def test_ties_with_a_state_are_cooperation(run):
    claims = run("La Freedonia punta a rafforzare i rapporti con la Sylvania.", "it")
    assert find_claim(claims, "freedonia", "COOPERATES_WITH", "sylvania"), triples(claims)
