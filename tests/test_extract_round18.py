"""Round-18 rules (issue 10) as tables of invented sentences (no seed or devset text).

Each test is one general rule of news prose; names are made up (Freedonia, Marsovia, Otto Vell
...), so no rule can be fitted to an article. A test marked *guard* checks what a rule must leave
alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "orsk": ("Location", ["Orsk"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- coordinated_act: "X met Y on Friday and said that ...": X's own act is a fact, not a source --
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Otto Vell held talks with Ivo Brand in Orsk on Friday and said Freedonia stood ready to help.", "en"),
        ("ORSK, Aug 3 - President Otto Vell met Ivo Brand on Friday, their second summit, and told reporters "
         "that Freedonia would send troops to Marsovia.", "en"),
        ("Otto Vell ha incontrato Ivo Brand venerdì a Orsk e ha detto che la Freedonia è pronta ad aiutare.", "it"),
    ],
)  # fmt: skip
def test_an_act_before_and_said_stays_a_claim_of_its_subject(run, text, lang):
    x = run(text, lang, everything=True)
    c = find_claim(x.claims, "otto-vell", "MET_WITH", "ivo-brand")
    assert c is not None and not c.low, triples(x.claims)
    assert c.attributed_to is None  # the act is the article's own statement, not what Vell said


def test_the_report_after_and_keeps_its_subject_as_asserter(run):
    x = run("Otto Vell met Ivo Brand on Friday and told reporters that Freedonia would send troops to Marsovia.", "en")
    c = find_claim(x, "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to == "otto-vell", triples(x)
    assert "coordinated_act" in c.reasons
    met = find_claim(x, "otto-vell", "MET_WITH", "ivo-brand")
    assert met is not None and not met.hedged  # "would" hedges the report's clause only


def test_guard_a_name_inside_another_clause_is_no_subject(run):
    """guard: "they watched what X gave Y, and warned that ...": X is no speaker of the warning."""
    x = run(
        "They were watching what Freedonia was giving Marsovia in return, and warned that Sylvania would send "
        "troops to Orsk.",
        "en",
        everything=True,
    )
    assert not [c for c in x.claims if c.attributed_to == "freedonia"], triples(x.claims)


def test_guard_a_possessive_is_no_subject(run):
    """guard: "Vell's spokesman met Brand ... and said": the spokesman met Brand, not Vell."""
    x = run(
        "Otto Vell's spokesman met Ivo Brand on Friday and said Freedonia had sent troops to Marsovia.",
        "en",
        everything=True,
    )
    assert find_claim(x.claims, "otto-vell", "MET_WITH", "ivo-brand") is None, triples(x.claims)
