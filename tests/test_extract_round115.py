"""Rules of round 115 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...) or states of the reference list (schema/states.yaml),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, rules_file_problems, triples


@pytest.fixture(scope="module")
def run():
    return extract_runner({"ivo-brand": ("Person", ["Ivo Brand", "Brand"])}, high_only=False)


# -- people_cue: a state's people named by the plural of its adjective, working in a place, were
# placed there (extraction.yaml people_cues, lang PEOPLE_BEFORE_CUE)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("About 4,000 Latvians work in Estonia, the consulate said.", "en"),
        ("Some 2,000 Latvians were officially working in Estonia last year.", "en"),
        ("Nel 2019 i lettoni impiegati in Estonia erano circa 3.000.", "it"),
    ],
)
def test_a_states_people_working_in_a_place_were_placed_there(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if (c.subject, c.predicate, c.object) == ("latvia", "DEPLOYED_TO", "estonia")], triples(
        claims
    )


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Latvia is working in close contact with Estonia.", "en"),
        ("Ivo Brand worked in Estonia for ten years.", "en"),
    ],
)
def test_guard_work_in_is_no_deployment_without_a_states_people(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "DEPLOYED_TO"], triples(claims)


def test_a_people_cue_that_is_no_cue_of_its_predicate_is_a_located_error(tmp_path):
    lines, where = rules_file_problems(
        tmp_path, "people_cues:\n  DEPLOYED_TO: [", "people_cues:\n  DEPLOYED_TO: [lives in, "
    )
    assert len(lines) == 1 and "people_cues.DEPLOYED_TO: a list of cue words of the predicate" in lines[0], lines
    assert where in lines[0]
