"""Rules of round 48 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "lina": ("Location", ["Lina"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- "secondo cui" after a phrase that names no known source: the clause after it is reported
# (frames.analyse, relative_source)
def test_secondo_cui_reports_the_clause_after_it(run):
    text = "Le parole seguono la stima dello stato maggiore, secondo cui la Freedonia avrebbe inviato in Silvania 10.000 soldati."
    c = find_claim(run(text, "it"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low
    assert (c.attribution or {}).get("kind") in ("named", "unnamed")


# -- a cue noun's agent after its place: "the visit to Lina by X" (arguments.agent_after_place)
@pytest.mark.parametrize(
    "text",
    [
        "His remarks followed Tuesday's visit to Sylvania by Ivo Brand, the envoy of Freedonia.",
        "His remarks followed the visit to Sylvania on June 4 by Ivo Brand.",
    ],
)
def test_the_agent_after_the_place_visits_it(run, text):
    c = find_claim(run(text, "en"), "ivo-brand", "VISITED", "sylvania")
    assert c is not None and not c.low


def test_guard_a_verb_between_place_and_by_is_no_agent_phrase(run):
    claims = run("The shells that Freedonia fires in Sylvania are supplied by Ivo Brand.", "en")
    assert find_claim(claims, "ivo-brand", "USES", "sylvania") is None
