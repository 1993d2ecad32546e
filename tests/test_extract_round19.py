"""Round-19 rules (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Orsk ...), so no rule can be fitted to an article. A
test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania"]),
    "freedonian-troops": ("MilitaryUnit", ["Freedonian soldiers", "soldati freedoniani"]),
    "sylvanian-sof": ("MilitaryUnit", ["Special Forces", "forze speciali"]),
    "orsk-region": ("Location", ["Orsk region", "regione di Orsk"]),
    "marsovia": ("Country", ["Marsovia", "Marsovian", "marsoviano"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "lina-pact": ("Agreement", ["Lina pact"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _losses(claims):
    return sorted(
        (c.subject, c.object, c.quantity, c.unit, c.quantity_bound) for c in claims if c.predicate == "SUFFERED_LOSSES"
        and c.quantity is not None
    )  # fmt: skip


# -- casualty_verb_before: "killed 77 ... and wounded about 40": the verb before a number is its unit
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Sylvania's Special Forces said they had killed 77 Freedonian soldiers and wounded about 40 in the "
            "Orsk region.",
            "en",
            [
                ("freedonia", "orsk-region", 40, "wounded", "approx"),
                ("freedonia", "orsk-region", 77, "killed", "exact"),
            ],
        ),
        (
            "Sylvania's forces killed at least 77 of the Freedonian soldiers in the Orsk region.",
            "en",
            [("freedonia", "orsk-region", 77, "killed", "at_least")],
        ),
    ],
)
def test_a_number_after_a_casualty_verb_takes_that_verb_as_its_unit(run, text, lang, expected):
    x = run(text, lang)
    assert _losses(x) == expected, triples(x)
    assert all("casualty_verb_before" in c.reasons for c in x if c.predicate == "SUFFERED_LOSSES" and c.quantity)


def test_guard_the_passive_count_keeps_the_next_word(run):
    """guard: "About 300 ... have been killed and 2,700 wounded": the word after each number."""
    x = run("About 300 Freedonian soldiers have been killed and 2,700 wounded in the Orsk region.", "en")
    assert _losses(x) == [
        ("freedonia", "orsk-region", 300, "killed", "approx"),
        ("freedonia", "orsk-region", 2700, "wounded", "exact"),
    ], triples(x)


def test_guard_the_killers_own_force_is_not_the_victim(run):
    """guard: "Sylvania's Special Forces ... killed 77 of them": "them" are not Sylvania's forces."""
    x = run("Sylvania's Special Forces said they had killed 77 of them and wounded about 40 in the Orsk region.", "en")
    assert not [c for c in x if c.predicate == "SUFFERED_LOSSES" and c.subject == "sylvania" and c.quantity], triples(x)


# -- title_state_is_no_party: "met Marsovian President Ivo Brand": the title's state is his post --
def test_the_state_in_a_persons_title_is_no_partner_of_a_meeting(run):
    x = run("Otto Vell has met Marsovian President Ivo Brand three times.", "en", everything=True)
    assert find_claim(x.claims, "otto-vell", "MET_WITH", "marsovia") is None, triples(x.claims)
    assert find_claim(x.claims, "otto-vell", "MET_WITH", "ivo-brand") is not None, triples(x.claims)
    assert find_claim(x.claims, "ivo-brand", "LEADS", "marsovia") is not None  # the post stays a claim


def test_the_titled_person_signs_not_the_titles_state(run):
    x = run("The Lina pact was signed by Otto Vell and Marsovian President Ivo Brand.", "en", everything=True)
    assert find_claim(x.claims, "ivo-brand", "SIGNED", "lina-pact") is not None, triples(x.claims)
    assert find_claim(x.claims, "marsovia", "SIGNED", "lina-pact") is None, triples(x.claims)


def test_guard_a_state_act_keeps_the_leaders_state(run):
    """guard: "il leader marsoviano ... ha inviato truppe": a person deploys no troops, his state does."""
    x = run("Il leader marsoviano Ivo Brand avrebbe inviato in Freedonia oltre 10.000 soldati.", "it")
    assert find_claim(x, "marsovia", "DEPLOYED_TO", "freedonia") is not None, triples(x)
