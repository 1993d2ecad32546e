"""Rules of round 68 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "Lina"]),
    "sylvania": ("Country", ["Silvania", "Sylvania"]),
    "ruritania": ("Country", ["Ruritania", "Rocca"]),
    "east-march": ("Location", ["Marca Est", "East March"]),
    "north-march": ("Location", ["Marca Nord", "North March"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def deployments(claims) -> set[tuple]:
    return {(c.subject, c.object) for c in claims if c.predicate == "DEPLOYED_TO" and not c.low}


# -- where forces come from is no destination (graph/extract/claims.py, enemy_not_destination predicates)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Circa 3.000 militari freedoniani sono stati trasferiti in segreto, a bordo di camion civili, dalla"
            " Marca Est alla Marca Nord.",
            "it",
        ),
    ],
)
def test_an_origin_is_no_destination(run, text, lang):
    assert deployments(run(text, lang)) == {("freedonia", "north-march")}


# -- an estimating verb followed by "in <number>" reports the estimate (ESTIMATE_COMPLEMENT)
def test_an_estimate_in_a_number_is_reported_content(run):
    claims = run("Rocca stima in circa 10.000 i soldati inviati da Lina in Silvania.", "it")
    assert deployments(claims) == {("freedonia", "sylvania")}
    c = next(c for c in claims if c.predicate == "DEPLOYED_TO" and not c.low)
    assert c.attributed_to == "ruritania"


# -- "as part of" / "come parte di" is a purpose, no membership (round 69, CUE_BLOCKERS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'Osservatorio ha letto la visita come parte degli sforzi della Freedonia.", "it"),
        ("The Observatory read the visit as part of Freedonia's efforts.", "en"),
    ],
)
def test_as_part_of_is_no_membership(text, lang):
    ents = {**ENTITIES, "osa": ("Organization", ["Osservatorio", "Observatory"])}
    assert not [c for c in extract_runner(ents, high_only=False)(text, lang) if c.predicate == "PART_OF"]


def test_guard_part_of_still_names_a_membership(run):
    claims = run("La Marca Est fa parte della Silvania.", "it")
    assert [(c.subject, c.object) for c in claims if c.predicate == "PART_OF"] == [("east-march", "sylvania")]
