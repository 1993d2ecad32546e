"""Rules of round 141 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "marsovia": ("Country", ["Marsovia"]),
    "lina": ("Location", ["Lina"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- name_particle: the article written against a family name with a hyphen belongs to the name,
# and the family name after it names the person alone later
@pytest.mark.parametrize(
    "text, name",
    [
        ("Freedonian President Karim Nabil al-Hadi received the envoy.", "Karim Nabil al-Hadi"),
        ("Sylvanian President Tarek el-Mansour met him in Lina.", "Tarek el-Mansour"),
    ],
)
def test_a_hyphened_article_belongs_to_the_name(run, text, name):
    types = candidate_types(run, text, "en")
    assert types.get(name) == "Person", types


def test_the_family_name_after_its_article_names_the_person_again(run):
    text = "Freedonian President Karim Nabil al-Hadi arrived in Lina. Hadi later met the Sylvanian envoy."
    x = run(text, "en", everything=True)
    cand = next(c for c in x.candidates if c.name == "Karim Nabil al-Hadi")
    assert [m.text for m in cand.mentions] == ["Karim Nabil al-Hadi", "Hadi"], [m.text for m in cand.mentions]


# -- for_to_clause: "an agreement for X to build ..." says what it is for, no name of its own
def test_for_a_state_to_act_is_no_part_of_a_name(run):
    text = "Freedonia and Sylvania on Monday signed an agreement for Freedonia to build a bridge in Lina."
    types = candidate_types(run, text, "en")
    assert not [n for n in types if n.startswith("agreement for")], types


def test_an_agreement_on_a_topic_keeps_its_name(run):
    # guard (passes without the change)
    types = candidate_types(run, "Freedonia and Sylvania signed an agreement for cooperation in energy.", "en")
    assert types.get("agreement for cooperation in energy") == "Agreement", types


# -- partner_after_cue: a cue that ends with its partner's preposition and a name after it
# ("relazioni con X") leaves the coordinated names before it no partners of each other
def test_coordinated_states_with_a_partner_after_the_cue(run):
    text = "Secondo la radio, Sylvania e Marsovia intrattengono già relazioni con Freedonia."
    claims = run(text, "it")
    assert not find_claim(claims, "sylvania", "COOPERATES_WITH", "marsovia"), triples(claims)
    assert find_claim(claims, "marsovia", "COOPERATES_WITH", "freedonia"), triples(claims)
