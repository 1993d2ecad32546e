"""Round-14 candidate rules (issue 10), each on invented sentences that fail without the rule.

A hyphenated adjective closes an Italian descriptive name whole (`compound_adjective`), an
abbreviated month of a date is no part of a name (`month_abbreviation`), and the phrase "the
port of X" is a name of the port "X" (`port_phrase`).
"""

from __future__ import annotations

from graph.extract.candidates import find_candidates
from graph.extract.gazetteer import Gazetteer
from graph.extract.sentences import split_sentences


def _names(text: str, lang: str) -> set[str]:
    return {c.name for c in find_candidates(text, split_sentences(text, lang), [], Gazetteer(), lang=lang)}


def test_compound_adjective_kept_whole():
    names = _names("Ieri si è riunita la commissione intergovernativa bravese-lunarese a Tolvia.", "it")
    assert "commissione intergovernativa bravese-lunarese" in names
    assert "commissione intergovernativa bravese" not in names


def test_month_abbreviation_ends_the_name():
    names = _names("Drones hit Marvella Heights on Jan. 4 and again on Feb 9, officials said.", "en")
    assert "Marvella Heights" in names
    assert not any("Jan" in n or "Feb" in n for n in names)


def test_port_phrase_names_the_port():
    text = "Tankers loaded fuel at the port of Dravonsk before sailing north."
    cands = find_candidates(text, split_sentences(text, "en"), [], Gazetteer(), lang="en")
    port = next(c for c in cands if c.type == "Facility")
    assert port.name == "Dravonsk"
    assert port.aliases == ["port of Dravonsk"]
    assert port.reason.startswith("port_phrase")
