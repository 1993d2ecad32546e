"""Rules of round 61 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano", "Freedonian"]),
    "sylvania": ("Country", ["Silvania", "Sylvania"]),
    "north-march": ("Location", ["regione di Marca Nord", "Marca Nord", "North March region", "North March"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def losses(claims) -> list[tuple]:
    return sorted((c.subject, c.object, c.quantity, c.unit) for c in claims if c.predicate == "SUFFERED_LOSSES")


# -- place_from_context: a count whose sentence names no place takes the place an earlier claim put
# troops, fighting or losses in (graph/extract/casualties.py; casualties.places_from in extraction.yaml)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "I soldati freedoniani combattono nella regione di Marca Nord da novembre. Secondo Kiev, almeno 300"
            " soldati freedoniani sono stati uccisi.",
            "it",
        ),
        (
            "Freedonian soldiers have been fighting in the North March region since November. At least 300 Freedonian"
            " soldiers have been killed, officials said.",
            "en",
        ),
    ],
)
def test_a_count_with_no_place_takes_the_place_of_the_fighting(run, text, lang):
    claims = run(text, lang)
    assert losses(claims) == [("freedonia", "north-march", 300, "killed")]
    c = next(c for c in claims if c.predicate == "SUFFERED_LOSSES")
    assert "place_from_context" in c.reasons and any("Marca Nord" in n or "North March" in n for n in c.notes)


@pytest.mark.parametrize(
    "text, lang",
    [
        # guard: a place only named, with no fighting, troops or losses put in it, lends nothing
        ("Il ministro ha visitato la regione di Marca Nord. Almeno 300 soldati freedoniani sono stati uccisi.", "it"),
        # guard: a count over the whole war has no place of the article's fighting
        (
            "I soldati freedoniani combattono nella regione di Marca Nord. Oltre 600mila soldati freedoniani sono"
            " stati uccisi dall'inizio della guerra.",
            "it",
        ),
    ],
)
def test_guard_no_place_is_lent(run, text, lang):
    assert losses(run(text, lang)) == []


# -- a fraction of a total: the number counts the whole force, not the victims (FRACTION_BEFORE)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Circa un terzo dei quasi 12.000 soldati freedoniani in Silvania sarebbe stato ucciso.", "it"),
        ("About a third of the 12,000 Freedonian soldiers in Sylvania have been killed.", "en"),
    ],
)
def test_a_fraction_of_a_total_gives_no_count(run, text, lang):
    assert not [c for c in run(text, lang) if c.predicate == "SUFFERED_LOSSES" and c.quantity == 12000]
