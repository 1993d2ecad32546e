"""Rules of round 42 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- rejection is a challenge: "X rejected Y's rhetoric" (schema/predicates.yaml CHALLENGES cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Brand rejected Freedonia's aggressive rhetoric.", "en"),
        ("Ivo Brand respinge la Freedonia e le sue minacce.", "it"),
    ],
)
def test_a_rejection_challenges_the_one_rejected(run, text, lang):
    assert ("ivo-brand", "CHALLENGES", "freedonia") in high_triples(run(text, lang))


# -- a name right after a conjunction is a second person, not the title's holder
# (graph/extract/titles.py)
def test_a_name_after_a_conjunction_holds_no_title(run):
    claims = run("Il vertice tra il leader freedoniano e Ivo Brand si è chiuso ieri.", "it")
    assert not [c for c in claims if c.predicate == "LEADS" and c.subject == "ivo-brand"], claims


def test_guard_portfolios_joined_keep_their_holder(run):
    claims = run("Il ministro della Difesa e degli Esteri freedoniano Ivo Brand ha parlato.", "it")
    assert ("ivo-brand", "HOLDS_POSITION_IN", "freedonia") in high_triples(claims)


# -- hyphen_pair: "vertice Putin-Kim" names the two parties; a name before the cue noun is not one
def test_a_hyphen_pair_names_the_parties(run):
    claims = run(
        "Alla domanda sulla posizione della Silvania sul vertice Brand-Freedonia, la portavoce ha taciuto.", "it"
    )
    assert not [c for c in claims if c.predicate == "MET_WITH" and "sylvania" in (c.subject, c.object)], claims
    assert [(c.subject, c.object) for c in claims if c.predicate == "MET_WITH" and not c.low] == [
        ("ivo-brand", "freedonia")
    ]
