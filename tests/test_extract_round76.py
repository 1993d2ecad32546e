"""Rules of round 76 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniane", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosca"]),
    "fr-weapons": ("WeaponSystem", ["Freedonian weapons", "weapons", "armi"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def supplies(claims) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in claims if c.predicate == "SUPPLIES"}


# -- maker_sells: the makers of goods a cue of receiving names give them (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvania has been buying Freedonian weapons in breach of the embargo.", "en"),
        ("The report exposed Sylvania's illegal purchases of Freedonian weapons for the war.", "en"),
        ("Mosca sta comprando armi freedoniane in violazione dell'embargo.", "it"),
    ],
)
def test_the_makers_of_bought_goods_supply_the_buyer(run, text, lang):
    assert supplies(run(text, lang)) == {("freedonia", "sylvania")}


def test_guard_a_buyer_with_no_seller_named_gets_no_claim(run):
    assert not supplies(run("Sylvania has been buying weapons in breach of the embargo.", "en"))
