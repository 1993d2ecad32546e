"""Rules of round 140 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- long_name after the title's own words: four name words right after a title are one name
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's Deputy Home Minister Wan Tarik Bakar Osman said the workers were there legally.",
        "Sylvania's Foreign Minister Jose Ramon Mora Vidal met the envoy.",
    ],
)
def test_four_name_words_after_a_title_are_one_person(run, text):
    types = candidate_types(run, text, "en")
    people = [n for n, t in types.items() if t == "Person"]
    assert len(people) == 1 and len(people[0].split()) == 4, types


def test_a_two_word_name_after_a_title_is_unchanged(run):
    # guard (passes without the change)
    types = candidate_types(run, "Freedonia's Deputy Home Minister Tarik Osman said so.", "en")
    assert types.get("Tarik Osman") == "Person", types


# -- delegation_owner: an Italian delegation is named by the body it comes from, so the
# delegation visits, not its state or its ministry
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Una delegazione del governo freedoniano è arrivata in Sylvania lunedì.",
            "delegazione del governo freedoniano",
        ),
        (
            "Una delegazione del ministero degli Esteri freedoniano è arrivata in Sylvania lunedì.",
            "delegazione del ministero degli Esteri freedoniano",
        ),
    ],
)
def test_a_delegation_of_a_body_is_its_own_visitor(run, text, name):
    x = run(text, "it", everything=True)
    cand = next((c for c in x.candidates if c.name == name), None)
    assert cand is not None and cand.type == "Organization", [(c.name, c.type) for c in x.candidates]
    assert find_claim(x.claims, cand.id, "VISITED", "sylvania"), triples(x.claims)
    assert not find_claim(x.claims, "freedonia", "DEPLOYED_TO", "sylvania"), triples(x.claims)
