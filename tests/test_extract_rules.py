"""This round's extraction rules as tables of invented sentences (no seed or devset text).

Each row is a sentence and what the draft must (or must not) hold: who acts, who asserts,
which title qualifies which name, what a count counts, which date dates the fact.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim
from graph.dates import PartialDate

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "bruno-neri": ("Person", ["Bruno Neri", "Neri"]),
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "silvano"]),
    "marsovia": ("Country", ["Marsovia"]),
    "daily-owl": ("MediaOutlet", ["Gazzetta della Civetta", "Daily Owl"]),
    "blue-agency": ("IntelligenceService", ["Agenzia Blu", "Blue Agency"]),
    "north-valley": ("Location", ["Valle Nord", "North Valley"]),
    "mortars": ("WeaponSystem", ["mortai", "mortars"]),
    "howitzers": ("WeaponSystem", ["obici", "howitzers"]),
    "river-pact": ("Agreement", ["Patto del Fiume", "River Pact"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- who acts, who asserts -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, asserter, kind",
    [
        # a reporting verb introduces its asserter; the that-clause has its own subject
        (
            "Il ministro Alda Rossi ha rivelato che Freedonia ha inviato circa 500 container a Sylvania.",
            "it",
            ("freedonia", "SUPPLIES", "sylvania"),
            "alda-rossi",
            "named",
        ),
        (
            "Alda Rossi said that Freedonia had sent 500 containers to Sylvania.",
            "en",
            ("freedonia", "SUPPLIES", "sylvania"),
            "alda-rossi",
            "named",
        ),
        # an unnamed source is its own kind of asserter, never the nearest name
        (
            "Secondo fonti di intelligence, Freedonia avrebbe inviato 500 container a Sylvania.",
            "it",
            ("freedonia", "SUPPLIES", "sylvania"),
            None,
            "unnamed",
        ),
        (
            "Freedonia has sent 500 containers to Sylvania, according to Western officials.",
            "en",
            ("freedonia", "SUPPLIES", "sylvania"),
            None,
            "unnamed",
        ),
        # a closing report names its asserter after the content
        (
            "Freedonia ha inviato 500 container a Sylvania, ha detto Bruno Neri.",
            "it",
            ("freedonia", "SUPPLIES", "sylvania"),
            "bruno-neri",
            "named",
        ),
    ],
)
def test_asserter_is_not_the_actor(run, text, lang, claim, asserter, kind):
    claims = run(text, lang)
    c = find_claim(claims, *claim)
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    assert c.attributed_to == asserter and c.attribution["kind"] == kind
    assert not any(x.subject in ("alda-rossi", "bruno-neri") and x.predicate == "SUPPLIES" for x in claims)


@pytest.mark.parametrize(
    "text, relay, asserter",
    [
        (
            "L'Agenzia Blu, citata dalla Gazzetta della Civetta, ha concluso che Freedonia ha inviato mortai a Sylvania.",
            "daily-owl",
            "blue-agency",
        ),
        (
            "Freedonia has sent mortars to Sylvania, the Daily Owl reported, citing the Blue Agency.",
            "daily-owl",
            "blue-agency",
        ),
    ],
)
def test_layered_attribution_keeps_asserter_and_relay(run, text, relay, asserter):
    lang = "en" if "has sent" in text else "it"
    c = find_claim(run(text, lang), "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.attribution.get("asserter") == asserter and c.attribution.get("relay") == relay


# -- titles qualify their own name only ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, expected, absent",
    [
        (
            "Il presidente freedoniano Alda Rossi ha detto che Sylvania ha inviato obici.",
            "it",
            ("alda-rossi", "LEADS", "freedonia"),
            ("alda-rossi", "LEADS", "sylvania"),
        ),
        (
            "Il ministro della Difesa silvano Bruno Neri ha incontrato Alda Rossi.",
            "it",
            ("bruno-neri", "HOLDS_POSITION_IN", "sylvania"),
            ("bruno-neri", "LEADS", "sylvania"),
        ),
        (
            "Sylvania's President Alda Rossi has said that Freedonia sent howitzers.",
            "en",
            ("alda-rossi", "LEADS", "sylvania"),
            ("alda-rossi", "LEADS", "freedonia"),
        ),
        (
            "Freedonian Defence Minister Bruno Neri met Alda Rossi.",
            "en",
            ("bruno-neri", "HOLDS_POSITION_IN", "freedonia"),
            ("bruno-neri", "LEADS", "freedonia"),
        ),
    ],
)
def test_title_qualifies_its_own_name(run, text, lang, expected, absent):
    got = {(c.subject, c.predicate, c.object) for c in run(text, lang)}
    assert expected in got and absent not in got, got


# -- quantities count their own noun phrase ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, quantity",
    [
        (
            "Freedonia ha inviato a Sylvania diecimila soldati.",
            "it",
            ("freedonia", "DEPLOYED_TO", "sylvania"),
            (10000, "exact", "soldiers"),
        ),
        (
            "Freedonia ha schierato in Sylvania oltre 10mila soldati.",
            "it",
            ("freedonia", "DEPLOYED_TO", "sylvania"),
            (10000, "at_least", "soldiers"),
        ),
        (
            "Freedonia ha consegnato a Sylvania una cinquantina di obici.",
            "it",
            ("freedonia", "SUPPLIES", "sylvania"),
            (50, "approx", "howitzers"),
        ),
        (
            "Freedonia has supplied Sylvania with up to 1.5 million shells.",
            "en",
            ("freedonia", "SUPPLIES", "sylvania"),
            (1500000, "at_most", "shells"),
        ),
    ],
)
def test_quantity_and_bound(run, text, lang, claim, quantity):
    c = find_claim(run(text, lang), *claim)
    assert c is not None and (c.quantity, c.quantity_bound, c.unit) == quantity


def test_a_casualty_count_is_its_own_claim_and_is_copied_nowhere(run):
    claims = run(
        "Almeno 40 soldati freedoniani sono morti e altri 120 sono rimasti feriti nella Valle Nord, "
        "dove Freedonia ha schierato truppe al fianco di Sylvania."
    )
    losses = {
        (c.quantity, c.quantity_bound, c.unit)
        for c in claims
        if (c.subject, c.predicate, c.object) == ("freedonia", "SUFFERED_LOSSES", "north-valley")
    }
    assert losses == {(40, "at_least", "killed"), (120, "exact", "wounded")}
    assert all(c.quantity is None or c.predicate == "SUFFERED_LOSSES" for c in claims)


def test_english_casualties_with_a_demonym(run):
    claims = run("At least 60 Freedonian soldiers have been killed in the North Valley, officials said.", "en")
    c = find_claim(claims, "freedonia", "SUFFERED_LOSSES", "north-valley")
    assert c is not None and (c.quantity, c.quantity_bound, c.unit) == (60, "at_least", "killed")


# -- negation and hedging scope --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia attacca senza il sostegno di Sylvania.", "it"),
        ("Freedonia has not supplied Sylvania with mortars.", "en"),
    ],
)
def test_negated_cue_makes_no_claim(run, text, lang):
    assert not any(c.subject == "freedonia" and c.object == "sylvania" for c in run(text, lang))


def test_hedge_scopes_over_its_own_clause(run):
    claims = run("Freedonia ha inviato mortai a Sylvania; Marsovia potrebbe inviare obici a Sylvania.")
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania").hedged is False
    assert find_claim(claims, "marsovia", "SUPPLIES", "sylvania").hedged is True


# -- dates ------------------------------------------------------------------------------------------
def test_historical_year_is_not_the_claim_date(run):
    c = find_claim(run("Freedonia ha inviato mortai a Sylvania, come nel 1950."), "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.date is None and c.valid_from is None


def test_future_month_resolves_forward(run):
    from graph.extract.temporal import find_time_expressions

    [t] = find_time_expressions("Rossi visiterà Sylvania entro fine febbraio", doc_date=PartialDate(2024, 12, 20))
    assert str(t.date) == "2025-02"


# -- language and entities ---------------------------------------------------------------------------
def test_english_demonym_is_the_state_and_lower_case_names_match(run):
    claims = run("Freedonian troops were deployed to sylvania last week.", "en")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania") is not None


def test_language_is_detected_when_not_given(run):
    from graph.extract.sentences import detect_language

    assert detect_language("The minister said that the troops had been sent to the front.") == "en"
    assert detect_language("Il ministro ha detto che le truppe sono state inviate al fronte.") == "it"


def test_low_confidence_claims_are_kept_apart_in_the_draft(run):
    from graph.extract.draft import build_draft

    text = "Freedonia ha inviato mortai a Sylvania. I soldati di Marsovia e Sylvania."
    x = extract_runner(ENTITIES)(text, everything=True, date=None)
    draft = build_draft({"id": "doc-1", "file": "f", "sha256": "-", "title": "t", "language": "it"}, text, x, {})
    assert all(not it["low"] and it["reasons"] for it in draft["claims"])
    assert all(it["low"] for it in draft["low_confidence"])
    assert {it["claim"]["predicate"] for it in draft["claims"]} == {"SUPPLIES"}
