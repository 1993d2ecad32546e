"""Rules of round 91 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass, Pak Sol Ho ...), so no rule can be fitted to an
article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvano"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
    "lena-varo": ("Person", ["Lena Varo"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def meetings(claims) -> set[frozenset]:
    return {frozenset(p) for p in pairs_of(claims, "MET_WITH")}


# -- summoned_envoy_met: the summoner meets the envoy it names (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Deputy Foreign Minister Ivo Rass called in Ambassador Pak Sol Ho on Monday and protested.", "en"),
        ("Ivo Rass summoned Sylvania's ambassador, Pak Sol Ho, over the remarks.", "en"),
        ("Il viceministro degli Esteri Ivo Rass ha convocato l'ambasciatore silvano Pak Sol Ho.", "it"),
        ("Ivo Rass ha convocato martedì l'ambasciatore silvano a Freedonia, Pak Sol Ho, per protestare.", "it"),
    ],
)
def test_the_summoner_meets_the_envoy(run, text, lang):
    assert frozenset({"ivo-rass", "pak-sol-ho"}) in meetings(run(text, lang))


def test_guard_a_name_after_the_summons_is_no_envoy(run):
    claims = run("Ivo Rass summoned the ambassador on Monday after Pak Sol Ho spoke in Sylvania.", "en")
    assert frozenset({"ivo-rass", "pak-sol-ho"}) not in meetings(claims)


def test_guard_a_summons_still_protests_against_the_envoys_state(run):
    claims = run("Ivo Rass summoned Sylvania's ambassador, Pak Sol Ho, over the remarks.", "en")
    assert ("ivo-rass", "sylvania") in pairs_of(claims, "CHALLENGES")


# -- coordinated_reciprocal in a talk: "A and B agreed in a telephone call" (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Rass and Lena Varo agreed in a telephone call that the talks should resume.", "en"),
        ("Ivo Rass and Lena Varo agreed during a meeting on Friday to open a consulate.", "en"),
        ("Ivo Rass e Lena Varo hanno concordato in una conversazione telefonica di riaprire il valico.", "it"),
    ],
)
def test_two_coordinated_names_talk_with_each_other(run, text, lang):
    assert frozenset({"ivo-rass", "lena-varo"}) in meetings(run(text, lang))


def test_guard_two_names_taking_part_in_a_meeting_need_not_meet(run):
    claims = run("Ivo Rass and Lena Varo took part in a meeting of the committee.", "en")
    assert frozenset({"ivo-rass", "lena-varo"}) not in meetings(claims)


# -- round 92, epithet_own_state: "il governo silvano" is the state its adjective names, not the
# state the article names most (graph/extract/anaphora.py)
def test_a_government_with_its_adjective_is_that_state(run):
    text = (
        "Freedonia critica Freedonia e la Freedonia. Il governo silvano ha convocato venerdì "
        "l'ambasciatore Pak Sol Ho per protestare."
    )
    found = meetings(run(text, "it"))
    assert frozenset({"sylvania", "pak-sol-ho"}) in found
    assert frozenset({"freedonia", "pak-sol-ho"}) not in found


# -- round 92, received_from: a message received from X was sent by X (graph/extract/arguments.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Rass has received a message of congratulations from Lena Varo, marking the anniversary.", "en"),
        ("Ivo Rass has received warm congratulations from Lena Varo on Monday.", "en"),
        ("Ivo Rass ha ricevuto un messaggio di congratulazioni da Lena Varo per l'anniversario.", "it"),
    ],
)
def test_a_message_received_from_a_name_was_sent_by_it(run, text, lang):
    assert pairs_of(run(text, lang), "SENT_MESSAGE_TO") == {("lena-varo", "ivo-rass")}


def test_guard_a_message_sent_to_a_name_keeps_its_sender(run):
    assert pairs_of(run("Ivo Rass sent a message to Lena Varo on Monday.", "en"), "SENT_MESSAGE_TO") == {
        ("ivo-rass", "lena-varo")
    }


# -- round 93, between_titled: "talks between <title> A and <title> B" (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text",
    [
        "His visit follows talks in Sylvania last week between Sylvanian Vice Foreign Minister Ivo Rass and "
        "Freedonian Deputy Foreign Minister Lena Varo, who discussed dates for a summit.",
        "It follows talks on Monday between Sylvanian Vice Foreign Minister Ivo Rass and Lena Varo.",
    ],
)
def test_talks_between_two_titled_names(run, text):
    assert frozenset({"ivo-rass", "lena-varo"}) in meetings(run(text, "en"))


# -- round 93, delegation_led_by: the leader of a delegation stands where the delegation is named
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Sylvanian Foreign Minister Ivo Rass received a Freedonian delegation led by Deputy Foreign Minister "
            "Lena Varo in Sylvania on Saturday, the official news agency reported.",
            "en",
        ),
        (
            "Ivo Rass ha ricevuto sabato una delegazione guidata dal viceministro degli Esteri Lena Varo a Sylvania.",
            "it",
        ),
    ],
)
def test_the_leader_of_a_received_delegation_is_met(run, text, lang):
    assert frozenset({"ivo-rass", "lena-varo"}) in meetings(run(text, lang))


# -- round 93, indirect_object: "X sent Y a message": Y is the recipient (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian leader Ivo Rass sent Lena Varo a congratulatory message for the national day on Monday.",
        "Ivo Rass had also sent Lena Varo greetings for the national day, the ambassador said.",
    ],
)
def test_the_name_after_sent_is_the_recipient(run, text):
    assert pairs_of(run(text, "en"), "SENT_MESSAGE_TO") == {("ivo-rass", "lena-varo")}


# -- round 94, requested_act: a requested act has not happened (lang NEGATIONS)
@pytest.mark.parametrize(
    "text, lang, pair",
    [
        (
            "Sylvania and Freedonia asked for an emergency meeting of the council on Monday.",
            "en",
            {"sylvania", "freedonia"},
        ),
        ("Ivo Rass ha chiesto un incontro con Lena Varo.", "it", {"ivo-rass", "lena-varo"}),
    ],
)
def test_a_requested_meeting_is_no_meeting(run, text, lang, pair):
    assert frozenset(pair) not in meetings(run(text, lang))


# -- round 95, receiver_by: "obtained by X": X receives, it gives nothing (graph/extract/arguments.py)
@pytest.mark.parametrize(
    "text",
    [
        "The final text, obtained by the Sylvanian Press, urges Freedonia to stop its weapons programme.",
        "The final wording, obtained by the Sylvanian Press, voices concern about Freedonia's weapons programme.",
    ],
)
def test_the_agent_of_a_verb_of_receiving_gives_nothing(text):
    entities = {**ENTITIES, "arms": ("WeaponSystem", ["weapons"]), "press": ("MediaOutlet", ["Sylvanian Press"])}
    claims = extract_runner(entities, high_only=True)(text, "en")
    assert not [c for c in claims if c.predicate == "SUPPLIES" and c.subject == "press"]


# -- round 95, the council: "the council" is the council the article names (lang SALIENT_EPITHETS)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The Sylvanian Security Council met on Monday. According to a draft seen by Ivo Rass, the council "
            "voices deep concern about Freedonia.",
            "en",
        ),
        (
            "Il Consiglio di sicurezza silvano si è riunito lunedì. Secondo una bozza, il Consiglio esprime "
            "profonda preoccupazione per Freedonia.",
            "it",
        ),
    ],
)
def test_the_council_is_the_council_the_article_names(run, text, lang):
    subjects = {c.subject for c in run(text, lang) if c.predicate == "CONCERNED_ABOUT" and c.object == "freedonia"}
    assert subjects and all("council" in s or "consiglio" in s for s in subjects)


# -- round 96: more portfolios in titles; the portfolio is no part of the holder's name (lang TITLE_PORTFOLIOS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il ministro silvano dello Sport Oleg Dravin ha incontrato Ivo Rass.", "it"),
        ("Il ministro del Turismo Oleg Dravin ha incontrato Ivo Rass.", "it"),
        ("Sylvania's Fisheries Minister Oleg Dravin met Ivo Rass on Monday.", "en"),
    ],
)
def test_a_ministrys_portfolio_is_no_part_of_the_name(run, text, lang):
    names = {c.name for c in run(text, lang, everything=True).candidates}
    assert "Oleg Dravin" in names


# -- round 96, halted_act: a halted act is not going on (lang NEGATIONS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvania agreed on Monday to halt fuel shipments to Freedonia until the talks resume.", "en"),
        ("Silvania ha deciso di sospendere le forniture di carburante a Freedonia.", "it"),
    ],
)
def test_a_halted_supply_is_no_supply(text, lang):
    run = extract_runner({**ENTITIES, "fuel": ("Programme", ["fuel", "carburante"])}, high_only=True)
    assert ("sylvania", "freedonia") not in pairs_of(run(text, lang), "SUPPLIES")


# -- round 96, stimulus_agent: the agent of a feeling causes it (graph/extract/claims.py)
def test_the_agent_of_a_feeling_does_not_feel_about_its_own_act():
    run = extract_runner({**ENTITIES, "pact": ("Agreement", ["Non-Aggression Pact"])}, high_only=True)
    text = "Ivo Rass said on Friday he was deeply concerned by Sylvania's decision to leave the Non-Aggression Pact."
    assert not [c for c in run(text, "en") if c.predicate == "CONCERNED_ABOUT" and c.subject == "sylvania"]


def test_guard_the_agent_of_a_feeling_is_still_its_object(run):
    assert ("freedonia", "sylvania") in pairs_of(
        run("Freedonia was worried by Sylvania's moves.", "en"), "CONCERNED_ABOUT"
    )
