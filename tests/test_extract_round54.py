"""Rules of round 54 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (North Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "north-freedonia": ("Country", ["Freedonia del Nord", "nordfreedoniano", "nordfreedoniani"]),
    "sylvania": ("Country", ["Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- "il Nord" stands for the state whose one-word adjective the article used ("nordcoreano")
# (anaphora.ArticleIndex.compass_state)
def test_the_north_after_a_one_word_adjective(run):
    text = (
        "Il leader nordfreedoniano ha seguito il test. Un deputato ha sostenuto che in due anni il Nord "
        "ha inviato in Silvania circa 13.000 container di munizioni."
    )
    c = find_claim(run(text, "it"), "north-freedonia", "SUPPLIES", "sylvania")
    assert c is not None and not c.low
