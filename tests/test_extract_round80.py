"""Rules of round 80 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def visits(claims) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in claims if c.predicate == "VISITED"}


# -- apposition_head: the name before an apposition is the verb's subject; a possessor inside the
# apposition is not (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Rass, Freedonia's minister for the development of the northern provinces, visited Sylvania this week.",
        "Ivo Rass, Freedonia's minister, visited Sylvania this week.",
        "Ivo Rass, the deputy head of the national defence control centre, travelled to Sylvania on Monday.",
    ],
)
def test_the_name_before_an_apposition_is_the_visitor(run, text):
    assert visits(run(text, "en")) == {("ivo-rass", "sylvania")}


def test_guard_a_long_clause_after_the_name_is_no_apposition(run):
    text = "Ivo Rass, who spoke to reporters for an hour about the talks and the trade figures, said Freedonia visited Sylvania."
    assert ("ivo-rass", "sylvania") not in visits(run(text, "en"))
