"""Rules of round 142 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "marsh-lines": ("Organization", ["Marsh Lines"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- elided_link: "sull'", "dell'" link a name's complements, they are no words of it
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "L'accordo di cooperazione sull'uso pacifico dell'energia nucleare è stato firmato lunedì.",
            "accordo di cooperazione sull'uso pacifico dell'energia nucleare",
        ),
        (
            "Il protocollo di intesa sull'addestramento dei piloti è stato firmato a Sylvania.",
            "protocollo di intesa sull'addestramento",
        ),
    ],
)
def test_an_elided_link_goes_on_with_the_name(run, text, name):
    types = candidate_types(run, text, "it")
    assert any(n.startswith(name) for n in types), types


# -- noun_modifier: "shipping" before the noun it describes ships nothing
@pytest.mark.parametrize(
    "text",
    [
        "The parts were moved in Sylvania to a vessel of the Freedonian shipping group Marsh Lines.",
        "Marsh Lines, a Freedonian shipping company, was named in the report on Sylvania.",
    ],
)
def test_a_shipping_company_ships_nothing(run, text):
    claims = run(text, "en")
    assert not [c for c in claims if c.predicate == "SUPPLIES"], triples(claims)


def test_a_state_shipping_goods_still_supplies(run):
    # guard (passes without the change): the verb before what is shipped
    claims = run("Freedonia has been shipping artillery shells to Sylvania since August.", "en")
    assert ("freedonia", "SUPPLIES", "sylvania") in triples(claims), triples(claims)
