"""Rules of round 104 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def _candidates(x) -> dict[str, str]:
    return {c.name: c.type for c in x.candidates}


# -- names: a title's lower-case hyphenated tail is the title's; words a link joins after a role are
# one name; "X and Y Council" is one institution (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, name, type_name",
    [
        ("Ambassador-at-large Ivo Rasmussen met Freedonia's envoy on Monday.", "Ivo Rasmussen", "Person"),
        ("President-elect Ivo Rasmussen met Freedonia's envoy on Monday.", "Ivo Rasmussen", "Person"),
        (
            "A spokesman for the Dunmore Federation of the White Star said 54 people died.",
            "Dunmore Federation of the White Star",
            "Organization",
        ),
        (
            "Ivo Rasmussen, secretary of Freedonia's Public Safety and Defence Council, denied it.",
            "Public Safety and Defence Council",
            "GovernmentBody",
        ),
    ],
)
def test_a_name_keeps_its_words(run, text, name, type_name):
    x = run(text, "en", everything=True)
    assert _candidates(x).get(name) == type_name, _candidates(x)


def test_guard_two_titled_people_stay_two(run):
    x = run("Defence Minister Ivo Rasmussen and Foreign Minister Ana Belluno met in Sylvania.", "en", everything=True)
    found = _candidates(x)
    assert found.get("Ivo Rasmussen") == "Person" and found.get("Ana Belluno") == "Person", found


def test_guard_an_organisation_and_its_holder_split_after_a_role(run):
    x = run("Il consigliere della Casa Azzurra Ivo Rasmussen ha parlato lunedì.", "it", everything=True)
    assert _candidates(x).get("Ivo Rasmussen") == "Person", _candidates(x)


# -- topic_complement: a complement naming a topic after "su"/"sugli", "in" before a lower-case
# word, and a second adjective joined by "e"/"and" belong to the agreement's name; protocols and
# memoranda are agreements (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Freedonia and Sylvania have signed an agreement on cooperation in electric power.",
            "en",
            "agreement on cooperation in electric power",
        ),
        (
            "La Freedonia e la Silvania hanno firmato il protocollo sugli scambi sportivi.",
            "it",
            "protocollo sugli scambi sportivi",
        ),
        (
            "La Freedonia e la Silvania hanno firmato un accordo di cooperazione economica e culturale.",
            "it",
            "accordo di cooperazione economica e culturale",
        ),
    ],
)
def test_an_agreement_is_named_with_its_topic(run, text, lang, name):
    x = run(text, lang, everything=True)
    assert _candidates(x).get(name) == "Agreement", _candidates(x)


def test_guard_a_place_after_in_is_no_part_of_the_name(run):
    x = run("The summit in Dunmore ended on Friday with a new agreement on fishing.", "en", everything=True)
    assert not [n for n in _candidates(x) if "in Dunmore" in n], _candidates(x)
