"""Rules of round 129 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano", "freedoniana", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Lina"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _delegation(x) -> str:
    ids = [c.id for c in x.candidates if c.type == "Organization" and "deleg" in c.name.lower()]
    assert len(ids) == 1, [(c.name, c.type) for c in x.candidates]
    return ids[0]


#: A delegation arriving, per language, with the name it is proposed under.
ARRIVALS = [
    ("Una delegazione freedoniana è arrivata a Lina lunedì.", "it", "delegazione freedoniana"),
    ("A Freedonian delegation arrived in Lina on Monday.", "en", "Freedonian delegation"),
]


# -- delegation_head: a delegation is an organisation of its own (lang QUALIFIED_HEADS /
# INSTITUTION_HEADS, DEMONYM_HEADS)
@pytest.mark.parametrize("text, lang, name", ARRIVALS)
def test_a_delegation_is_proposed(run, text, lang, name):
    assert candidate_types(run, text, lang).get(name) == "Organization"


@pytest.mark.parametrize("text, lang, name", ARRIVALS)
def test_the_delegation_visits(run, text, lang, name):
    x = run(text, lang, everything=True)
    d = _delegation(x)
    assert find_claim(x.claims, d, "VISITED", "sylvania"), triples(x.claims)
    # the delegation visits, not its state named by its adjective
    assert not find_claim(x.claims, "freedonia", "VISITED", "sylvania"), triples(x.claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Una delegazione freedoniana è arrivata a Lina. La delegazione ha incontrato Lena Marsh.", "it"),
        ("A Freedonian delegation arrived in Lina. The delegation met Lena Marsh on Tuesday.", "en"),
    ],
)
def test_the_delegation_named_again(run, text, lang):
    # "la delegazione" / "the delegation" is the delegation the article names (lang SALIENT_EPITHETS)
    x = run(text, lang, everything=True)
    d = _delegation(x)
    assert find_claim(x.claims, d, "MET_WITH", "lena-marsh"), triples(x.claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Una delegazione freedoniana guidata dal ministro degli Esteri Ivo Brand è arrivata a Lina.", "it"),
        ("A Freedonian delegation headed by Foreign Minister Ivo Brand arrived in Lina.", "en"),
        ("A Freedonian delegation led by Ivo Brand arrived in Lina.", "en"),
    ],
)
def test_the_head_of_a_delegation_leads_it(run, text, lang):
    x = run(text, lang, everything=True)
    d = _delegation(x)
    assert find_claim(x.claims, "ivo-brand", "LEADS", d), triples(x.claims)


def test_only_the_first_person_leads_it(run):
    # guard: a second person after the head leads nothing
    x = run("A Freedonian delegation led by Ivo Brand and Lena Marsh arrived in Lina.", "en", everything=True)
    d = _delegation(x)
    assert find_claim(x.claims, "ivo-brand", "LEADS", d), triples(x.claims)
    assert not find_claim(x.claims, "lena-marsh", "LEADS", d), triples(x.claims)


# -- english_article: in English "A" opens a noun phrase, no prepositional one
def test_an_english_article_is_no_preposition(run):
    x = run("A Freedonian delegation arrived in Lina on Monday.", "en", everything=True)
    d = _delegation(x)
    c = find_claim(x.claims, d, "VISITED", "sylvania")
    assert c is not None and "prepositional_subject-30" not in c.reasons, triples(x.claims)


def test_an_italian_a_is_still_a_preposition(run):
    # guard (passes without the rule): "a Lina" opens a prepositional phrase in Italian
    claims = run("A Lina Lena Marsh ha incontrato Ivo Brand.", "it")
    assert not find_claim(claims, "sylvania", "MET_WITH", "ivo-brand"), triples(claims)


def test_an_english_article_after_a_preposition(run):
    # guard: "at a Freedonia meeting" stays a prepositional phrase (round 80's table as well)
    claims = run("Ivo Brand spoke at a Freedonia ministerial meeting on Sylvania.", "en")
    assert not [c for c in claims if c.subject == "freedonia" and c.predicate == "MET_WITH"], triples(claims)
