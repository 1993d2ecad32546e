"""Rules of round 35 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _concerns(claims):
    return sorted((c.subject, c.object) for c in claims if c.predicate == "CONCERNED_ABOUT" and not c.low)


# -- experiencer_first: the one who feels is the subject; the agent after "by"/"da" and the
# subject of an active causative verb are the cause (schema/extraction.yaml experiencer_first)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Freedonia's missile tests worried Ivo Brand.", "en", [("ivo-brand", "freedonia")]),
        ("Freedonia and Sylvania alarmed Ivo Brand.", "en", [("ivo-brand", "freedonia"), ("ivo-brand", "sylvania")]),
        ("Ivo Brand was seriously worried by Freedonia.", "en", [("ivo-brand", "freedonia")]),
        ("La condotta della Freedonia preoccupa Ivo Brand.", "it", [("ivo-brand", "freedonia")]),
    ],
)
def test_the_one_who_feels_is_the_subject(run, text, lang, expected):
    assert _concerns(run(text, lang=lang)) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand is worried about Freedonia.", "en"),
        ("Ivo Brand was worried that Freedonia could attack.", "en"),
        ("Ivo Brand si è detto preoccupato per la Freedonia.", "it"),
    ],
)
def test_guard_a_feeling_of_state_keeps_its_subject(run, text, lang):
    assert _concerns(run(text, lang=lang)) == [("ivo-brand", "freedonia")]
