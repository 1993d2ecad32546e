"""Rules of round 52 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- an English "-s" form after a preposition or determiner is a plural noun, no reporting verb
# (frames._NOUN_BEFORE)
def test_a_plural_noun_is_no_reporting_verb(run):
    text = (
        "Ruritania has condemned Freedonia's missile tests and called for a firm answer to states, above all Sylvania."
    )
    c = find_claim(run(text, "en"), "ruritania", "CHALLENGES", "freedonia")
    assert c is not None and not c.low


def test_guard_reports_that_still_report(run):
    text = "Ivo Brand said Ruritania was aware of reports that Freedonia had sent troops to Sylvania."
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and c.attribution is not None
