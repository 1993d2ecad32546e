"""Rules of round 139 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "marsh-party": ("Organization", ["Marsh Party"]),
    "state-assembly": ("GovernmentBody", ["State Assembly"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "oto-vell": ("Person", ["Oto Vell", "Vell"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- relative_after_apposition: the relative clause after a person's apposition is the
# person's, not the last name inside the apposition's
@pytest.mark.parametrize(
    "text",
    [
        "Oto Vell held talks on Monday with Ivo Brand, president of Freedonia's State Assembly, who "
        "arrived in Sylvania the same afternoon for a two-day visit.",
        # "who" asks for a person: it may close the apposition without a comma
        "Oto Vell gave a banquet for Ivo Brand, a leader of the Marsh Party who is visiting Sylvania.",
    ],
)
def test_the_relative_after_an_apposition_is_the_persons(run, text):
    claims = run(text, "en")
    assert find_claim(claims, "ivo-brand", "VISITED", "sylvania"), triples(claims)
    assert not [c for c in claims if c.predicate == "VISITED" and c.subject != "ivo-brand"], triples(claims)


def test_a_relative_right_after_a_state_is_still_its_peoples(run):
    # guard (passes without the change): round 72's soldiers who fought
    claims = run("Kiev said it had captured Freedonian soldiers who have been deployed to Sylvania.", "en")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania"), triples(claims)
