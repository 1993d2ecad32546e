"""Rules of round 78 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Ivo Rass, Ada Lenz ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "ivo-rass": ("Person", ["Ivo Rass"]),
    "ada-lenz": ("Person", ["Ada Lenz"]),
    "ugo-berg": ("Person", ["Ugo Berg"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def meetings(claims) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.object)) for c in claims if c.predicate == "MET_WITH"}


# -- pronoun_possessor: the pronoun owning an act noun is the sentence's subject (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Rass laid a wreath on Friday, before leaving the city a day after his first summit with Ada Lenz.", "en"),
        ("Ivo Rass ha deposto una corona venerdì, un giorno dopo il suo primo incontro con Ada Lenz.", "it"),
    ],
)
def test_the_owner_of_his_summit_is_the_sentences_subject(run, text, lang):
    assert frozenset(("ivo-rass", "ada-lenz")) in meetings(run(text, lang))


def test_guard_no_pronoun_no_far_subject(run):
    text = "Ivo Rass laid a wreath on Friday, before leaving the city a day after the first summit of Ugo Berg with Ada Lenz."
    assert frozenset(("ivo-rass", "ada-lenz")) not in meetings(run(text, "en"))
