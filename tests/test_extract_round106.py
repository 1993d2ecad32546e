"""Rules of round 106 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
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


# -- nouns in stop-word lists: "lavoro", "governo" end a descriptive name as any noun does
# (NOUNS_IN_STOP_LISTS, graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "La Freedonia e la Silvania hanno firmato un accordo sulla migrazione per lavoro a marzo.",
            "accordo sulla migrazione per lavoro",
        ),
    ],
)
def test_a_noun_of_the_stop_lists_ends_a_name(run, text, name):
    x = run(text, "it", everything=True)
    assert name in {c.name for c in x.candidates}, [c.name for c in x.candidates]


def test_guard_a_function_word_still_ends_no_name(run):
    x = run("La Freedonia ha firmato un accordo sulla migrazione per la Silvania.", "it", everything=True)
    assert not [c.name for c in x.candidates if c.name.endswith((" per", " per la"))]
