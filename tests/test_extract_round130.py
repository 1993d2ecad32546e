"""Rules of round 130 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano", "freedoniana", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Lina"]),
    "marsovia": ("Country", ["Marsovia", "Marsovian"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "rail-board": ("Organization", ["Sylvanian Rail Board"]),
    "harbour-office": ("Organization", ["Freedonian Harbour Office"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- delegation_of: an English delegation named by whose it is (lang DELEGATION_OF)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A delegation of the Freedonian Orthodox Church arrived in Lina on Monday.",
            "delegation of the Freedonian Orthodox Church",
        ),
        (
            "A delegation from Freedonia's Ministry of Culture arrived in Lina.",
            "delegation from Freedonia's Ministry of Culture",
        ),
        ("A delegation of Freedonian filmmakers arrived in Lina.", "delegation of Freedonian filmmakers"),
    ],
)
def test_a_delegation_of_is_proposed(run, text, name):
    assert candidate_types(run, text, "en").get(name) == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        # guards: the name would stop inside a longer phrase
        "A delegation of Freedonian education workers arrived in Lina.",
        "A delegation of the Lina city committee of the party arrived.",
    ],
)
def test_an_unfinished_delegation_name_is_not_proposed(run, text):
    assert not [n for n in candidate_types(run, text, "en") if n.startswith("delegation")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("A delegation of the Freedonian Orthodox Church led by Archbishop Ivo Brand arrived in Lina.", "en"),
        ("Una delegazione economica della Freedonia guidata da Ivo Brand è arrivata a Lina.", "it"),
    ],
)
def test_the_head_of_a_long_named_delegation_leads_it(run, text, lang):
    # delegation_head now reads from the end of the delegation's name (lang LED_BY_AFTER)
    x = run(text, lang, everything=True)
    d = next(c.id for c in x.candidates if "deleg" in c.name.lower())
    assert find_claim(x.claims, "ivo-brand", "LEADS", d), triples(x.claims)


# -- joint_venture: a joint company is cooperation (predicates.yaml COOPERATES_WITH cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("L'impianto diventerà la prima impresa mista tra la Freedonia e la Sylvania.", "it"),
        ("Freedonia and Sylvania set up a joint venture to run the port, the ministry said.", "en"),
    ],
)
def test_a_joint_venture_is_cooperation(run, text, lang):
    claims = run(text, lang)
    assert {c.predicate for c in claims if {c.subject, c.object} == {"freedonia", "sylvania"}} == {"COOPERATES_WITH"}, (
        triples(claims)
    )


# -- suspended_cooperation: a suspended cooperation is support withheld (RELUCTANT_TO_SUPPORT cues)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Freedonia ha sospeso la cooperazione tecnico-militare con la Sylvania.", "it"),
        ("Freedonia has suspended cooperation with Sylvania in nuclear energy.", "en"),
    ],
)
def test_suspended_cooperation_is_reluctance(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "RELUCTANT_TO_SUPPORT", "sylvania"), triples(claims)
    assert not find_claim(claims, "freedonia", "COOPERATES_WITH", "sylvania"), triples(claims)


# -- bought_in: the state goods were bought in sold them (arguments._IN_AFTER_GOODS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Freedonia avrebbe acquistato elicotteri e missili tattici in Sylvania.", "it"),
        ("La Freedonia assembla dieci caccia con componenti acquistati in Sylvania.", "it"),
        ("Freedonia bought tanks and scrapped submarines in Sylvania, the newspaper said.", "en"),
    ],
)
def test_goods_bought_in_a_state(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "sylvania", "SUPPLIES", "freedonia"), triples(claims)


def test_goods_received_in_a_state_name_no_seller(run):
    # guard: only a verb of buying makes the place its seller
    claims = run("La Freedonia ha ricevuto elicotteri in Sylvania.", "it")
    assert not find_claim(claims, "sylvania", "SUPPLIES", "freedonia"), triples(claims)
