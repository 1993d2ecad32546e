"""Rules of round 146 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, find_either_way, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- credentials received: the head of state who receives an envoy's credentials meets him; the
# letters of credence are no message
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonian President Ivo Brand accepted the letters of credence of Sylvania's envoy, Pak Sol Ho.", "en"),
        ("Ivo Brand ha accettato le lettere credenziali di Pak Sol Ho.", "it"),
    ],
)
def test_receiving_credentials_is_a_meeting_no_message(run, text, lang):
    claims = run(text, lang)
    assert find_either_way(claims, "ivo-brand", "MET_WITH", "pak-sol-ho"), triples(claims)
    assert not [c for c in claims if c.predicate == "SENT_MESSAGE_TO"], triples(claims)


def test_a_letter_is_still_a_message(run):
    # guard (passes without the change): round 1's letter
    claims = run("Ivo Brand ha inviato una lettera a Pak Sol Ho lunedì.", "it")
    assert find_claim(claims, "ivo-brand", "SENT_MESSAGE_TO", "pak-sol-ho"), triples(claims)


# -- ad_before_vowel: "a" is "ad" before a vowel; the place after it is a place and is visited
def test_arrived_ad_a_place_is_a_visit(run):
    text = "Pak Sol Ho è arrivato ad Ostrava per le celebrazioni dell'anniversario."
    assert candidate_types(run, text, "it").get("Ostrava") == "Location"
    claims = run(text, "it")
    assert [c for c in claims if (c.subject, c.predicate) == ("pak-sol-ho", "VISITED")], triples(claims)


# -- compliments are praise
def test_compliments_are_praise(run):
    text = "Pak Sol Ho si è complimentato con la Freedonia per i 58 anni di indipendenza."
    claims = run(text, "it")
    assert find_claim(claims, "pak-sol-ho", "PRAISED", "freedonia"), triples(claims)


# -- restored relations: partners again
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The move follows Freedonia's restoration of relations with Sylvania in September.", "en"),
        ("L'aumento è coinciso con la ripresa delle relazioni tra Freedonia e Silvania.", "it"),
    ],
)
def test_restored_relations_make_partners(run, text, lang):
    claims = run(text, lang)
    claim = find_either_way(claims, "freedonia", "COOPERATES_WITH", "sylvania")
    assert claim is not None and not claim.low, triples(claims)


# -- a family name with its article, kept whole by the Italian tokens ("al-Assad")
@pytest.mark.parametrize(
    "text, name",
    [
        ("Ha parlato Tariq al-Marsi.", "Tariq al-Marsi"),
        ("Il presidente silvano Omar Farid el-Badri ha ricevuto Pak Sol Ho.", "Omar Farid el-Badri"),
    ],
)
def test_an_italian_name_with_its_article_is_a_person(run, text, name):
    types = candidate_types(run, text, "it")
    assert types.get(name) == "Person", types
