"""Rules of round 145 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, find_either_way, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvano"]),
    "marsovia": ("Country", ["Marsovia"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- diplomatic_relations: states that establish diplomatic relations are partners
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia and Sylvania established diplomatic relations in 1975.", "en"),
        ("Freedonia e Silvania hanno allacciato relazioni diplomatiche nel 1975.", "it"),
        ("La Freedonia ha stabilito relazioni diplomatiche con Silvania nel 1975.", "it"),
    ],
)
def test_established_relations_make_partners(run, text, lang):
    claims = run(text, lang)
    claim = find_either_way(claims, "freedonia", "COOPERATES_WITH", "sylvania")
    assert claim is not None and "diplomatic" in claim.cue, triples(claims)


def test_the_pair_of_another_clause_does_not_establish_them(run):
    # the pair of the main clause ("Relations between A and B cooled") is no subject of the act
    # of the clause after "after"
    text = "Relations between Freedonia and Sylvania cooled after Marsovia established diplomatic ties with Ruritania."
    claims = run(text, "en")
    wrong = [c for c in claims if {c.subject, c.object} == {"freedonia", "sylvania"} and "established" in c.cue]
    assert not wrong, triples(claims)
    assert find_either_way(claims, "marsovia", "COOPERATES_WITH", "ruritania"), triples(claims)


# -- severed_relations: a state that breaks off relations with another acts against it
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia broke off diplomatic relations with Sylvania in 1983.", "en"),
        ("La Freedonia ha interrotto le relazioni diplomatiche con Silvania.", "it"),
        ("Freedonia ha reagito rompendo le relazioni diplomatiche con Silvania.", "it"),
    ],
)
def test_breaking_off_relations_challenges_the_partner(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania"), triples(claims)


def test_no_partner_named_no_challenge(run):
    # guard (passes without the change): without a partner after the cue's "con", no party is guessed
    text = "Silvania ha riconosciuto Marsovia, e la Freedonia ha interrotto le relazioni diplomatiche."
    claims = run(text, "it")
    assert not [c for c in claims if c.predicate == "CHALLENGES"], triples(claims)


# -- credentials: an envoy presents his credentials to the head of state in person
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Pak Sol Ho presented his credentials to Freedonian President Ivo Brand on March 20.", "en"),
        ("Pak Sol Ho ha presentato le credenziali a Ivo Brand il 20 marzo.", "it"),
    ],
)
def test_presenting_credentials_is_a_meeting(run, text, lang):
    claims = run(text, lang)
    assert find_either_way(claims, "pak-sol-ho", "MET_WITH", "ivo-brand"), triples(claims)


# -- persona_non_grata: declaring a state's envoy persona non grata acts against the state
def test_persona_non_grata_challenges_the_envoys_state(run):
    text = "La Freedonia ha dichiarato persona non grata l'ambasciatore della Silvania, Pak Sol Ho."
    claims = run(text, "it")
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania"), triples(claims)


def test_an_envoy_of_a_named_state_is_read_whole(run):
    # the genitive after "ambasciatore" ("della Silvania") was read as an adjective and cut off
    claims = run("La Freedonia ha convocato l'ambasciatore della Silvania dopo il test.", "it")
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania"), triples(claims)


def test_an_envoy_with_an_adjective_still_is(run):
    # guard (passes without the change): round 77's summoned_envoy
    claims = run("La Freedonia ha convocato l'ambasciatore silvano dopo il test.", "it")
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania"), triples(claims)


# -- subordinate_not_apposition: "Lo ha annunciato X, dopo che <clause>,": the clause is no
# description of the speaker, its act stays in the draft
def test_a_clause_after_the_speaker_keeps_its_act(run):
    text = (
        "Freedonia riprenderà le relazioni con Silvania. Lo ha annunciato martedì il governo di Freedonia, dopo "
        "che il presidente Ivo Brand ha ricevuto il viceministro silvano Pak Sol Ho, secondo l'agenzia Dpa."
    )
    claims = run(text, "it")
    assert find_either_way(claims, "ivo-brand", "MET_WITH", "pak-sol-ho"), triples(claims)
