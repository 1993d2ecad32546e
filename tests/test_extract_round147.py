"""Rules of round 147 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano", "freedoniane"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano", "silvana"]),
    "council": ("GovernmentBody", ["Council of Elders", "Consiglio degli Anziani"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- arrests of a state's people act against the state; the organ that makes them stands for its
# state even when its noun has two words ("Freedonian immigration officers")
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonian immigration officers have arrested six Sylvanian nationals on Monday.", "en"),
        ("Le autorità marittime freedoniane hanno sequestrato una nave silvana al largo della costa.", "it"),
        ("Le autorità marittime freedoniane hanno arrestato sei pescatori silvani.", "it"),
    ],
)
def test_an_organ_arresting_a_states_people_challenges_it(run, text, lang):
    claims = run(text, lang)
    claim = find_claim(claims, "freedonia", "CHALLENGES", "sylvania")
    assert claim is not None, triples(claims)


def test_a_one_word_organ_still_stands_for_its_state(run):
    # guard (passes without the change): round 113's national_targets
    claims = run("Freedonian authorities have detained a Sylvanian ship off the coast.", "en")
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania"), triples(claims)


# -- decided_by: the agent of a measure's participle ("decise dal X", "imposed by X") imposes it
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pochi giorni dopo le sanzioni decise dal Consiglio degli Anziani contro Silvania, il porto ha chiuso.", "it"),
        ("The sanctions imposed by the Council of Elders on Sylvania took effect on Monday.", "en"),
    ],
)
def test_the_agent_of_a_measure_imposes_it(run, text, lang):
    claims = run(text, lang)
    claim = find_claim(claims, "council", "SANCTIONS", "sylvania")
    assert claim is not None and not claim.low, [(c.subject, c.object, c.score, c.reasons) for c in claims]


# -- a name with a patronymic ("Ould", "Bin") is one person's, however long
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Pak Sol Ho è stato ricevuto dal ministro degli Esteri, Ismail Ould Ahmed Sidi Baba.",
            "Ismail Ould Ahmed Sidi Baba",
        ),
        ("Pak Sol Ho met the minister, Khalid Bin Saeed Al Hamdan, on Monday.", "Khalid Bin Saeed Al Hamdan"),
    ],
)
def test_a_name_with_a_patronymic_is_a_person(run, text, name):
    lang = "it" if " è " in text else "en"
    assert candidate_types(run, text, lang).get(name) == "Person", candidate_types(run, text, lang)
