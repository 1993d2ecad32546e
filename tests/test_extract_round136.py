"""Rules of round 136 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lina": ("Location", ["Lina"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def mentions_of(run, text: str, lang: str) -> dict[str, list[str]]:
    """Each candidate's name -> the texts of its mentions."""
    return {c.name: [m.text for m in c.mentions] for c in run(text, lang, everything=True).candidates}


# -- ordinal_edition: an ordinal before an event's or a unit's name belongs to it, so two
# numbered brigades or two editions of a festival stay two things
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Sylvania said its 47th Separate Assault Brigade had taken the village.",
            "en",
            "47th Separate Assault Brigade",
        ),
        (
            "Ivo Brand attended the ninth Marsh Valley Film Festival on Friday.",
            "en",
            "ninth Marsh Valley Film Festival",
        ),
        # a known name between the ordinal and the rest stays inside the edition's name
        (
            "Ivo Brand spoke at the 11th Lina Conference on Security on Tuesday.",
            "en",
            "11th Lina Conference on Security",
        ),
        (
            "Ivo Brand parteciperà all'11° Forum sportivo internazionale di Lina.",
            "it",
            "11° Forum sportivo internazionale di Lina",
        ),
        (
            "Ivo Brand ha preso parte alla terza Fiera internazionale di Lina.",
            "it",
            "terza Fiera internazionale di Lina",
        ),
    ],
)
def test_an_ordinal_names_the_edition(run, text, lang, name):
    found = mentions_of(run, text, lang)
    assert name in found, found
    assert found[name], found  # found in the text with its ordinal (Italian "11°" read as one name)


def test_two_numbered_brigades_are_two_units(run):
    text = "The 47th Separate Assault Brigade and the 225th Separate Assault Brigade held the line."
    names = set(candidate_types(run, text, "en"))
    assert {"47th Separate Assault Brigade", "225th Separate Assault Brigade"} <= names, names


def test_the_name_again_without_its_ordinal_is_the_same_edition(run):
    text = "Ivo Brand opened the 12th Marsh Valley Film Festival. The Marsh Valley Film Festival ends on Sunday."
    found = mentions_of(run, text, "en")
    assert found.get("12th Marsh Valley Film Festival") == [
        "12th Marsh Valley Film Festival",
        "Marsh Valley Film Festival",
    ], found


def test_an_ordinal_before_an_organisation_stays_out(run):
    # guard (passes without the change): only events and units are numbered editions
    text = "The second Marsh Valley Trading Company office opened in Lina."
    names = set(candidate_types(run, text, "en"))
    assert "Marsh Valley Trading Company" in names and not any(n.startswith("second") for n in names), names


# -- event_keywords: conferences, championships, tournaments and fairs are events
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("Ivo Brand spoke at the Marsh Valley Conference on Security.", "en", "Marsh Valley Conference on Security"),
        ("Freedonia won the Marsh Valley Championships on Sunday.", "en", "Marsh Valley Championships"),
        ("Ivo Brand ha visitato la Fiera internazionale di Lina.", "it", "Fiera internazionale di Lina"),
    ],
)
def test_gatherings_are_events(run, text, lang, name):
    types = candidate_types(run, text, lang)
    assert types.get(name) == "Event", types
