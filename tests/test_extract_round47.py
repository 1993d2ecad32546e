"""Rules of round 47 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano"]),  # "Freedonian" is derived
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ruritania": ("Country", ["Ruritania"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "fr-shells": ("WeaponSystem", ["artillery shells", "proiettili d'artiglieria"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- maker_of_goods: the demonym of goods a transfer participle moves names who sends them
# (claims._maker_of_goods)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The horses were partial payment for Freedonian artillery shells shipped to Sylvania.", "en"),
        ("I proiettili d'artiglieria freedoniani spediti in Silvania sono spesso difettosi.", "it"),
    ],
)
def test_the_maker_of_shipped_goods_sends_them(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and not c.low


def test_guard_a_demonym_of_goods_is_no_sender_of_an_active_verb(run):
    claims = run("Sylvania shipped Freedonian artillery shells to its front.", "en")
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania") is None


# -- "mandati da X" is a participle with its agent, not the noun "mandati" (mandates)
def test_sent_by_is_a_participle_with_an_agent(run):
    c = find_claim(run("Due militari mandati dalla Freedonia in Silvania sono stati uccisi.", "it"),
                   "freedonia", "DEPLOYED_TO", "sylvania")  # fmt: skip
    assert c is not None and not c.low


# -- troop presence with the place first: "in Silvania sono giunti 10.000 soldati freedoniani"
def test_arrived_with_the_place_first_places_the_force(run):
    c = find_claim(
        run("In Silvania sono giunti 10.000 soldati freedoniani.", "it"), "freedonia", "DEPLOYED_TO", "sylvania"
    )
    assert c is not None and not c.low


# -- an attributive participle after a determiner or a possessive is no reporting verb
# ("its reported troop deployment"; frames._ATTRIBUTIVE_BEFORE)
def test_a_reported_deployment_is_no_report(run):
    text = "Sylvania has condemned Freedonia's arms transfers and its reported troop deployment to Ruritania."
    claims = run(text, "en", everything=True).claims
    assert ("sylvania", "CHALLENGES", "freedonia") in [(c.subject, c.predicate, c.object) for c in claims if not c.low]


def test_guard_a_possessive_estimate_that_still_reports(run):
    c = find_claim(
        run("Ivo Brand shared Sylvania's estimate that Freedonia had sent 1,000 soldiers to Ruritania.", "en"),
        "freedonia",
        "DEPLOYED_TO",
        "ruritania",
    )
    assert c is not None and c.attributed_to is not None


# -- "blamed" challenges (schema/predicates.yaml CHALLENGES cues)
def test_blaming_challenges(run):
    claims = run("Freedonia on Monday blamed Sylvania for the crisis.", "en")
    assert find_claim(claims, "freedonia", "CHALLENGES", "sylvania") is not None
