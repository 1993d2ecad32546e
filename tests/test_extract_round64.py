"""Rules of round 64 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "piet-brandt": ("Person", ["Piet Brandt", "Brandt"]),
    "council": ("GovernmentBody", ["Freedonia's Security Council"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a name inside an apposition is not the subject of the verbs after it, the second of two
# coordinated verbs included (graph/extract/pair_rules.py, inside_apposition)
def test_an_apposition_before_coordinated_verbs_is_no_subject(run):
    text = (
        "Alda Rossi, the secretary of Freedonia's Security Council, flew into Lina on Wednesday and held talks"
        " with Piet Brandt."
    )
    meetings = {(c.subject, c.object) for c in run(text, "en") if c.predicate == "MET_WITH"}
    assert ("council", "piet-brandt") not in meetings and ("piet-brandt", "council") not in meetings
    assert meetings & {("alda-rossi", "piet-brandt"), ("piet-brandt", "alda-rossi")}
