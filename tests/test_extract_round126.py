"""Rules of round 126 (issue 10) as tables of invented sentences (no seed or devset text).

States of the reference list (schema/states.yaml), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples


@pytest.fixture(scope="module")
def run():
    return extract_runner({"ivo-brand": ("Person", ["Ivo Brand", "Brand"])}, high_only=False)


# -- targets_of_measures: a state's people counted after a measure's cue are its targets
# ("have detained 87 North Koreans"; claims.py _COUNTED)
def test_a_people_counted_after_a_measure_is_its_target(run):
    claims = run("Latvian border guards have detained 87 Estonians found fishing illegally.", "en")
    assert [c for c in claims if (c.subject, c.predicate, c.object) == ("latvia", "CHALLENGES", "estonia")], triples(
        claims
    )


def test_a_people_uncounted_is_still_no_target(run):
    # guard (passes without the rule): "Estonians" with no count after the cue names the people only
    claims = run("Latvian border guards have detained Estonians and Finns alike, Ivo Brand said.", "en")
    assert not [c for c in claims if (c.predicate, c.object) == ("CHALLENGES", "estonia")], triples(claims)
