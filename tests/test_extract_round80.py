"""Rules of round 80 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def visits(claims) -> set[tuple[str, str]]:
    return pairs_of(claims, "VISITED")


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


# -- round 81, intermediary_no_party: the channel an act passes through is no party
# (graph/extract/claims.py); a name after "through" is no subject (graph/extract/arguments.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia gave roughly 8,000 tonnes of wheat through the Ruritanian Food Fund last year.", "en"),
        ("La Freedonia ha consegnato 2.000 tonnellate di grano tramite il Fondo ruritano.", "it"),
    ],
)
def test_the_channel_of_a_transfer_is_no_party(run_channel, text, lang):
    assert not [c for c in run_channel(text, lang) if "fund" in (c.subject, c.object)]


def test_a_name_after_through_is_no_subject(run):
    text = "A cargo of coal routed through Freedonia arrived at the port of Sylvania on Saturday."
    assert not [c for c in run(text, "en") if c.subject == "freedonia" and c.predicate == "VISITED"]


def test_a_noun_in_ing_is_no_gerund(run):
    claims = run("Ivo Rass spoke at a Freedonia ministerial meeting on Sylvania.", "en")
    assert not [c for c in claims if c.subject == "freedonia" and c.predicate == "MET_WITH"]


@pytest.fixture(scope="module")
def run_channel():
    return extract_runner(
        {**ENTITIES, "fund": ("Organization", ["Ruritanian Food Fund", "Fondo ruritano"])},
        high_only=True,
    )
