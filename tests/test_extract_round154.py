"""Rules of round 154 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "olek-marsh": ("Person", ["Olek Marsh"]),
    "pel-osko": ("Person", ["Pel Osko"]),
    "tam-rudo": ("Person", ["Tam Rudo"]),
    "zhou-tingyu": ("Person", ["Zhou Tingyu"]),
    "mira-treaty": ("Agreement", ["Mira Treaty", "trattato di Mira"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _confident(claims, subject, predicate, obj):
    return [
        c
        for c in claims
        if c.predicate == predicate
        and not c.low
        and (
            (c.subject, c.object) == (subject, obj)
            or (predicate == "MET_WITH" and (c.object, c.subject) == (subject, obj))
        )
    ]


# -- people_pair: "i due", "the two leaders" are the two people named last
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand ha avuto colloqui con Olek Marsh a Freedonia, e i due hanno firmato il trattato di Mira.", "it"),
        ("Ivo Brand held talks with Olek Marsh in Freedonia, and the two leaders signed the Mira Treaty.", "en"),
        (
            "Ivo Brand arrived in Freedonia on Monday. He gave Olek Marsh a gift after the two men signed the Mira Treaty.",
            "en",
        ),
    ],
)
def test_the_two_are_the_two_people_named_last(run, text, lang):
    claims = run(text, lang)
    for person in ("ivo-brand", "olek-marsh"):
        assert _confident(claims, person, "SIGNED", "mira-treaty"), triples(claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ivo Brand è arrivato martedì a Freedonia. Olek Marsh lo ha accolto all'aeroporto e i due leader hanno avuto colloqui.",
            "it",
        ),
        (
            "Ivo Brand arrived in Freedonia on Tuesday. Olek Marsh greeted him at the airport, and the two leaders held talks.",
            "en",
        ),
    ],
)
def test_the_two_leaders_meet_each_other(run, text, lang):
    claims = run(text, lang)
    met = [
        c
        for c in claims
        if c.predicate == "MET_WITH" and not c.low and c.cue_start > text.index("due" if lang == "it" else "two")
    ]
    assert [{c.subject, c.object} for c in met] == [{"ivo-brand", "olek-marsh"}], triples(claims)


# inside a clause the clause's own people are not the two ("Tam Rudo met both men")
def test_the_subject_is_none_of_the_two_it_meets(run):
    text = "Ivo Brand and Olek Marsh were held in Sylvania. In May lawmaker Tam Rudo met both men in prison."
    claims = run(text, "en")
    met = sorted(c.object for c in claims if c.subject == "tam-rudo" and c.predicate == "MET_WITH" and not c.low)
    assert met == ["ivo-brand", "olek-marsh"], triples(claims)


# -- the two halves of a pair phrase before a symmetric cue meet each other
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia and Sylvania signed a treaty in 1990. Last year the two countries held talks on trade.", "en"),
        (
            "Freedonia e Silvania hanno firmato un trattato nel 1990. L'anno scorso i due Paesi hanno avuto colloqui sul commercio.",
            "it",
        ),
    ],
)
def test_the_two_countries_meet_each_other(run, text, lang):
    claims = run(text, lang)
    assert _confident(claims, "freedonia", "MET_WITH", "sylvania"), triples(claims)


# -- chinese_family_name: a Chinese name is named alone by its family name, written first
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro Zhou Tingyu è arrivato a Freedonia. Zhou è stato ricevuto dal presidente Ivo Brand.", "it"),
        ("Minister Zhou Tingyu arrived in Freedonia. Zhou was received by President Ivo Brand.", "en"),
    ],
)
def test_a_chinese_family_name_stands_for_the_person(run, text, lang):
    claims = run(text, lang)
    assert _confident(claims, "ivo-brand", "MET_WITH", "zhou-tingyu"), triples(claims)
