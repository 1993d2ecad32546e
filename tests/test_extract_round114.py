"""Rules of round 114 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...) or states of the reference list (schema/states.yaml),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville", "Freedonian", "freedoniano", "freedoniana", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad", "Sylvanian", "silvano", "silvana", "silvani"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- national_targets: a state's organs detaining or seizing one of another state's nationals or
# ships challenge that state (lang STATE_ORGANS, TARGETS_*_DEMONYM; extraction.yaml measures)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Latvian border guards seized an Estonian trawler off the coast on Monday.", "en"),
        ("Latvian customs officers have detained an Estonian citizen at the airport.", "en"),
        ("La polizia lettone ha sequestrato un peschereccio estone al largo della costa.", "it"),
    ],
)
def test_detaining_a_national_challenges_his_state(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if (c.subject, c.predicate, c.object) == ("latvia", "CHALLENGES", "estonia")], triples(
        claims
    )


def test_guard_a_nationals_own_act_is_no_challenge_of_his_state(run):
    claims = run("An Estonian citizen praised Latvian police for their help.", "en")
    assert not [c for c in claims if c.predicate == "CHALLENGES" and c.object == "estonia"], triples(claims)


# -- loggers: workers named by their trade placed in a state were sent there (lang FORCE_NOUNS,
# UNITS; extraction.yaml presence_cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("About 1,500 Freedonian loggers are working in Sylvania, officials said.", "en"),
        ("Secondo le autorità, i boscaioli freedoniani in Silvania sono circa 15.000.", "it"),
    ],
)
def test_loggers_placed_in_a_state_were_sent_there(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if (c.subject, c.predicate, c.object) == ("freedonia", "DEPLOYED_TO", "sylvania")], (
        triples(claims)
    )


# -- contrast_clause: ", while ..." / ", mentre ..." opens a clause of its own, whose names are no
# objects of a cue before it (lang CONTRAST_CLAUSE)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia shipped grain by sea last year, while Sylvania has long hoped to buy its timber.", "en"),
        ("La Freedonia ha spedito grano nei porti, mentre la Silvania spera da tempo di comprare legname.", "it"),
    ],
)
def test_a_contrasting_clause_holds_no_object_of_the_cue_before_it(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.subject == "freedonia" and c.object == "sylvania"], triples(claims)
