"""Rules of round 33 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, rules_file_problems

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano"]),
    "sylvania": ("Country", ["Silvania"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _deployments(claims):
    return [(c.subject, c.object, c.quantity, c.low) for c in claims if c.predicate == "DEPLOYED_TO"]


# -- presence_cue: "militari" cue a deployment only where troop_presence places the force
# (schema/extraction.yaml presence_cues); elsewhere the word is an adjective or a common noun
@pytest.mark.parametrize(
    "text",
    [
        "Secondo il rapporto, in Silvania si trovano circa 12.000 militari freedoniani.",
        "Il rapporto afferma che circa 11.000 militari freedoniani si trovano in Silvania.",
        "Nella Silvania sono schierati circa 12.000 militari freedoniani.",
    ],
)
def test_soldiers_called_militari_placed_somewhere_are_a_deployment(run, text):
    assert [(s, o, q) for s, o, q, low in _deployments(run(text)) if not low] == [
        ("freedonia", "sylvania", 11000 if "11.000" in text else 12000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "La Freedonia ha promesso aiuti militari alla Silvania.",
        "I legami militari tra la Freedonia e la Silvania si sono rafforzati.",
        "Gli esperti militari freedoniani hanno visitato la Silvania.",
    ],
)
def test_guard_militari_elsewhere_cue_no_deployment(run, text):
    assert [d for d in _deployments(run(text)) if not d[3]] == []


def test_a_presence_cue_that_is_no_cue_of_its_predicate_is_a_located_error(tmp_path):
    lines, where = rules_file_problems(
        tmp_path, "presence_cues:\n  DEPLOYED_TO: [", "presence_cues:\n  DEPLOYED_TO: [personale, "
    )
    assert len(lines) == 1 and "presence_cues.DEPLOYED_TO: a list of cue words of the predicate" in lines[0], lines
    assert where in lines[0]
