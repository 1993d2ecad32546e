"""Rules of round 152 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano", "Fredonia City"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- place_left: the place after a verb of leaving is where the journey starts, no subject
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il vicepresidente Ivo Brand ha lasciato martedì Fredonia City diretto in Silvania.", "it"),
        ("Vice President Ivo Brand left Fredonia City on Tuesday bound for Sylvania.", "en"),
    ],
)
def test_the_place_left_is_no_traveller(run, text, lang):
    claims = run(text, lang)
    visits = [c for c in claims if c.predicate == "VISITED" and c.object == "sylvania" and not c.low]
    assert [c.subject for c in visits] == ["ivo-brand"], triples(claims)
    assert not find_claim(claims, "freedonia", "VISITED", "sylvania"), triples(claims)
