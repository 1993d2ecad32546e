"""Rules of round 111 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Marsovia ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville", "freedoniano", "freedoniana", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad", "silvana", "silvano", "Sylvanian"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- capitalised_event: Italian writes an event's name with one capital ("il terzo Forum economico
# orientale"); English names one with a capital head ("Winter Festival") (lang QUALIFIED_HEADS,
# CAPITALISED_HEADS; candidates.py _TYPE_KEYWORDS)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "La delegazione prenderà parte al quarto Forum economico boreale di Mosgrad.",
            "it",
            "quarto Forum economico boreale di Mosgrad",  # round 136: the ordinal names the edition
        ),
        ("Gli atleti sono attesi ai Giochi artici invernali.", "it", "Giochi artici invernali"),
        ("Ivo Brand attended the Northern Economic Forum in Mosgrad.", "en", "Northern Economic Forum"),
    ],
)
def test_a_capitalised_event_name_is_an_event(run, text, lang, name):
    found = candidate_types(run, text, lang)
    assert found.get(name) == "Event", found


def test_a_lower_case_forum_is_no_name(run):
    found = candidate_types(run, "Si è tenuto un forum economico boreale a Mosgrad.", "it")
    assert not [n for n in found if "forum" in n.lower()], found


# -- place_then_holder: a title's one-word place or outlet before its holder's name is cut off it
# ("il governatore dell'Amur Oleg Kozhemyako"; candidates.py _split_title_holder, lang HOLDER_LINKS,
# HOLDER_ROLES)
@pytest.mark.parametrize(
    "text, holder, other",
    [
        ("Il governatore dell'Arcadia Oleg Varnov ha visitato Pyongville.", "Oleg Varnov", "Arcadia Oleg Varnov"),
        (
            "Lo ha detto l'inviato presidenziale per l'Estremo Nord Yuri Tarnev.",
            "Yuri Tarnev",
            "Estremo Nord Yuri Tarnev",
        ),
        (
            "Lo ha dichiarato all'agenzia Zeta Georgy Zolin, direttore del primo dipartimento.",
            "Georgy Zolin",
            "Zeta Georgy Zolin",
        ),
        (
            "Lo ha detto al Arcadia Herald Wi Sung-lac, membro della commissione.",
            "Wi Sung-lac",
            "Arcadia Herald Wi Sung-lac",
        ),
    ],
)
def test_a_titles_place_is_cut_off_its_holder(run, text, holder, other):
    found = candidate_types(run, text, "it")
    assert found.get(holder) == "Person" and other not in found, found


def test_a_korean_holder_keeps_three_syllables(run):
    found = candidate_types(run, "Ha parlato il direttore della Commissione Arcadia Han Man Hyok.", "it")
    assert "Han Man Hyok" in found and "Man Hyok" not in found, found


def test_a_three_word_name_after_a_title_stays_whole(run):
    found = candidate_types(run, "Il ministro Sergei Viktor Tarnev ha visitato Pyongville.", "it")
    assert "Sergei Viktor Tarnev" in found, found


# -- numbered_talks: talks named by how many take part are one event (lang NUMBERED_TALKS)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Sylvania wants the five-party talks to resume.", "en", "five-party talks"),
        ("La Silvania chiede la ripresa dei colloqui a cinque.", "it", "colloqui a cinque"),
    ],
)
def test_numbered_talks_are_an_event(run, text, lang, name):
    found = candidate_types(run, text, lang)
    assert found.get(name) == "Event", found


def test_numbered_talks_of_one_number_are_one_event(run):
    x = run(
        "Sylvania wants the five-party talks to resume. Freedonia left the five-party nuclear talks in May.",
        "en",
        everything=True,
    )
    talks = [c for c in x.candidates if "talks" in c.name]
    assert len(talks) == 1, [(c.name, c.aliases) for c in talks]


# -- embassy_seat: an Italian mission's name ends with the place it sits in (lang SEAT_HEADS)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Lo ha reso noto l'ambasciata silvana a Pyongville.", "ambasciata silvana a Pyongville"),
        ("Il consolato freedoniano a Mosgrad ha protestato.", "consolato freedoniano a Mosgrad"),
    ],
)
def test_a_mission_is_named_with_its_seat(run, text, name):
    found = candidate_types(run, text, "it")
    assert found.get(name) == "GovernmentBody", found


def test_a_bare_embassy_is_no_name(run):
    found = candidate_types(run, "L'ambasciata ha protestato a Pyongville.", "it")
    assert not [n for n in found if "ambasciata" in n.lower()], found


def test_a_capitalised_embassy_is_no_person(run):
    found = candidate_types(run, "The Freedonian Consulate General in Mosgrad said the ship left.", "en")
    assert "Person" not in {t for n, t in found.items() if "Consulate" in n}, found


# -- plural_demonym: a state's people named in English plural stand for the state, as Italian "i
# nordcoreani" does (graph/extract/states.py, lang demonym_plural); workers placed where they work
# are deployed there (lang TROOP_PRESENCE)
def test_a_plural_demonym_is_no_person(run):
    x = run("About 300 Latvians worked in Estonia last year, Ivo Brand said.", "en", everything=True)
    assert "Latvians" not in {c.name for c in x.candidates}, [(c.name, c.type) for c in x.candidates]
    assert any(m.text == "Latvians" for m in x.mentions), [(m.text, m.entity) for m in x.mentions]


def test_workers_working_in_a_state_are_deployed_there(run):
    claims = run("Some 2,000 Freedonian workers worked in Sylvania last year.", "en")
    assert [c for c in claims if (c.subject, c.predicate, c.object) == ("freedonia", "DEPLOYED_TO", "sylvania")], [
        (c.subject, c.predicate, c.object) for c in claims
    ]
