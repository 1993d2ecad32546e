"""Rules of round 138 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lina": ("Location", ["Lina"]),
    # a known leader whose family name alone is one of the names on record, as a seed's may be
    "pak-ho-sun": ("Person", ["Pak Ho Sun", "Pak"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def subjects_of(claims, predicate: str, obj: str) -> set[str]:
    return {c.subject for c in claims if c.predicate == predicate and c.object == obj}


# -- first_named_owner: a family name alone stands for the person of that name the text named
# first in full (the article's main actor), not for the known one named in full later
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Pak Yong Il, the speaker of Freedonia's parliament, arrived in Lina on Monday. He carried "
            "greetings from leader Pak Ho Sun. On Tuesday Pak met the president of Sylvania.",
            "en",
        ),
        (
            "Pak Yong Il, presidente del parlamento di Freedonia, è arrivato lunedì a Lina. Ha portato i "
            "saluti del leader Pak Ho Sun. Martedì Pak ha incontrato il presidente di Sylvania.",
            "it",
        ),
    ],
)
def test_a_family_name_alone_is_the_first_named(run, text, lang):
    met = subjects_of(run(text, lang), "MET_WITH", "sylvania")
    assert met and "pak-ho-sun" not in met, met


def test_the_known_person_named_first_keeps_the_family_name(run):
    # guard (passes without the change): the known leader named first is the one the name stands for
    text = "Pak Ho Sun arrived in Lina on Monday with Pak Yong Il. On Tuesday Pak met the president of Sylvania."
    claims = run(text, "en")
    assert subjects_of(claims, "MET_WITH", "sylvania") == {"pak-ho-sun"}, triples(claims)


# -- long_name: four name words right after the role noun are one person's name, not an
# organisation and its holder
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Ivo attended the swearing-in of President Mateo Ruiz Alvarado Perez on Monday.",
            "en",
            "Mateo Ruiz Alvarado Perez",
        ),
        ("Ha assistito al giuramento del presidente Mateo Ruiz Alvarado Perez.", "it", "Mateo Ruiz Alvarado Perez"),
    ],
)
def test_four_name_words_after_a_role_are_one_person(run, text, lang, name):
    types = candidate_types(run, text, lang)
    assert types.get(name) == "Person", types


def test_an_organisation_before_its_holder_is_still_cut(run):
    # guard (passes without the change): a link between the role and the run names the organisation
    types = candidate_types(run, "Ha parlato il consigliere della Casa Bianca John Kirby.", "it")
    assert types.get("John Kirby") == "Person", types


# -- attributive_participle: "banned", "sanctioned" before what they describe sanction no one
@pytest.mark.parametrize(
    "text",
    [
        "Washington complained over Sylvanian attempts to acquire banned military equipment from Freedonia.",
        # guards (pass without the change): no sanctioner was read here before either
        "The report named two firms helping sanctioned Freedonian banks in Lina.",
        "Sylvania shipped the parts for its banned missile programme through Freedonia.",
    ],
)
def test_a_participle_before_a_noun_is_no_sanction(run, text):
    claims = run(text, "en")
    assert not [c for c in claims if c.predicate == "SANCTIONS"], triples(claims)


def test_a_state_that_bans_still_sanctions(run):
    # guard (passes without the change): the verb after its subject is the act
    claims = run("Freedonia has banned Sylvania's airline from its airspace.", "en")
    assert ("freedonia", "SANCTIONS", "sylvania") in triples(claims), triples(claims)


# -- no_apposition_verb: an auxiliary after a name's comma opens the clause, no apposition, so
# the person named inside the apposition before it is no subject of the clause
def test_a_name_inside_an_apposition_is_no_visitor(run):
    text = (
        "La ministra Ana Vint-Olsen, inviata speciale del presidente Pak Ho Sun, aveva comunicato la "
        "decisione nel fine settimana, durante una visita a Sylvania."
    )
    claims = run(text, "it")
    assert ("pak-ho-sun", "VISITED", "sylvania") not in triples([c for c in claims if not c.low]), triples(claims)
