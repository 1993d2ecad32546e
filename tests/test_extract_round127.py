"""Rules of round 127 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- none_given: a cue whose object opens with "no" gives none (lang NONE_GIVEN)
@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Freedonia sent no troops to Sylvania, the ministry said.", "DEPLOYED_TO"),
        ("Freedonia sent Sylvania no shells last year, Lena Marsh said.", "SUPPLIES"),
    ],
)
def test_none_given_is_no_claim(run, text, predicate):
    claims = run(text, "en")
    assert not [c for c in claims if c.predicate == predicate], triples(claims)


def test_a_bound_with_no_is_no_negation(run):
    # guard (passes without the rule): "no fewer than" bounds a figure, it denies nothing
    claims = run("Freedonia supplied no fewer than 10,000 tonnes of oil to Sylvania.", "en")
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania"), triples(claims)
