"""Rules of round 125 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "tarko-belen": ("Person", ["Tarko Belen", "Belen"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a dative verb's recipient may carry a lower-case role ("has sent North Korean leader Kim Jong
# Un a message"), and the apposition of the sender closes at the verb, not at the cue noun
# (pair_rules._DATIVE_VERB, _act_start)
def test_the_sender_in_front_of_an_apposition_sends_the_message(run):
    text = (
        "Lena Marsh, chairwoman of the Central Committee of the Party of Sylvania, has sent Freedonian "
        "leader Tarko Belen a message of greetings on the national day."
    )
    claims = run(text, "en")
    high = [c for c in claims if not c.low]
    assert find_claim(high, "lena-marsh", "SENT_MESSAGE_TO", "tarko-belen"), triples(claims)
    assert not find_claim(high, "sylvania", "SENT_MESSAGE_TO", "tarko-belen"), triples(claims)


# -- the pluperfect of narration receives a guest as the perfect does ("aveva ricevuto";
# predicates.yaml MET_WITH, extraction.yaml person_cues)
def test_a_pluperfect_reception_is_a_meeting(run):
    claims = run("Il giorno dopo Lena Marsh aveva ricevuto il ministro freedoniano Tarko Belen.", "it")
    assert find_claim(claims, "lena-marsh", "MET_WITH", "tarko-belen"), triples(claims)


def test_a_pluperfect_receipt_of_goods_is_no_meeting(run):
    # guard (passes without the rule): a person cue holds between two people only
    claims = run("La Sylvania aveva ricevuto armi dalla Freedonia.", "it")
    assert not [c for c in claims if c.predicate == "MET_WITH"], triples(claims)
