"""Rules of round 70 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Brand ...), so no rule can be fitted to an article. A
test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano"]),
    "sylvania": ("Country", ["Silvania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- a demonym right before a person's name qualifies the person, it is no party (graph/extract/claims.py)
def test_a_demonym_before_a_name_is_no_party(run):
    claims = run("Il presidente freedoniano Ivo Brand è arrivato nella notte in Silvania.", "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is None
    assert find_claim(claims, "ivo-brand", "VISITED", "sylvania") is not None


def test_guard_a_demonym_before_a_force_still_acts(run):
    claims = run("Soldati freedoniani sono arrivati in Silvania.", "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is not None


# -- "un inviato", "l'inviato": an envoy, nobody sent (CUE_BLOCKERS in graph/extract/lang/it.py)
@pytest.mark.parametrize(
    "text",
    [
        "Si parla di una visita di un inviato freedoniano atteso in Silvania.",
        "L'inviato freedoniano è atteso in Silvania la prossima settimana.",
    ],
)
def test_an_envoy_is_nobody_sent(run, text):
    assert not [c for c in run(text, "it") if c.predicate in ("SUPPLIES", "DEPLOYED_TO")]


def test_guard_sent_after_an_auxiliary_still_sends(run):
    claims = run("La Freedonia ha inviato truppe in Silvania.", "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is not None


# -- round 71: the people a cue moves may stand four words after it ("invierà in Russia migliaia di
# militari"): a deployment, nothing supplied (graph/extract/forces.py, force_patterns)
def test_people_four_words_after_the_cue_are_deployed(run):
    claims = run("La Freedonia invierà in Silvania migliaia di militari del genio.", "it")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is not None
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania") is None
