"""Rules of round 45 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania", "silvaniano", "silvaniane"]),
    "ruritania": ("Country", ["Ruritania"]),
    "borduria": ("Country", ["Borduria"]),
    "kalmar-region": ("Location", ["Kalmar region", "regione di Kalmar"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "alda-rossi": ("Person", ["Alda Rossi"]),
    "fr-arms": ("WeaponSystem", ["armi", "arms"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- speaker_in_adverbial_clause: a speaker named in a clause opened after a comma by "where",
# "dove", "when" ... speaks for that clause only (frames._adverbial_clause_start)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Secondo fonti militari, soldati freedoniani sono stati schierati nella regione di Kalmar, dove "
            "Ivo Brand ha avvertito che potrebbero arrivarne altri.",
            "it",
        ),
        (
            "According to military sources, Freedonian troops have been deployed to the Kalmar region, where "
            "Ivo Brand warned that more could follow.",
            "en",
        ),
    ],
)
def test_a_speaker_in_an_adverbial_clause_does_not_swallow_the_fact_before_it(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "DEPLOYED_TO", "kalmar-region")
    assert c is not None
    assert c.attributed_to != "ivo-brand"
    assert (c.attribution or {}).get("kind") == "unnamed"


def test_guard_an_adverbial_clause_without_a_name_keeps_the_speaker(run):
    c = find_claim(
        run("Ivo Brand, when asked by reporters, said that Freedonia had deployed troops to Sylvania.", "en"),
        "freedonia",
        "DEPLOYED_TO",
        "sylvania",
    )
    assert c is not None and c.attributed_to == "ivo-brand"


# -- shared_subject_report: "the two governments accuse A of ... and suspect that B": the second
# reporting verb shares the first one's asserter, and the facts between the verbs stay claims
# (frames._shared_subject_report)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Ruritania e Sylvania sono allarmate: i due governi accusano la Freedonia di fornire armi alla "
            "Borduria e sospettano che la Borduria ricambi con tecnologia.",
            "it",
        ),
        (
            "Ruritania and Sylvania are alarmed: the two governments accuse Freedonia of supplying arms to "
            "Borduria and suspect that Borduria pays with technology.",
            "en",
        ),
    ],
)
def test_a_second_report_verb_shares_the_first_ones_asserter(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "SUPPLIES", "borduria")
    assert c is not None and not c.low
    assert c.item == "fr-arms"
    assert c.attributed_to not in ("freedonia", "borduria")


# -- a colon ends the clause before a reporting verb's subject: "<fact>: officials believe that"
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "La Freedonia ha schierato truppe in Borduria: i governi occidentali ritengono che la missione "
            "durerà mesi.",
            "it",
        ),
        ("Freedonia has deployed troops to Borduria: Western governments believe that the mission will last.", "en"),
    ],
)
def test_a_colon_opens_the_reporting_verbs_clause(run, text, lang):
    c = find_claim(run(text, lang), "freedonia", "DEPLOYED_TO", "borduria")
    assert c is not None and not c.low
    assert c.attributed_to is None


# -- stem false friends on both sides: "greetings" (a message) is no "greeted" (a meeting)
@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Ivo Brand greeted Alda Rossi at the airfield on Tuesday.", "MET_WITH"),
        ("Ivo Brand sent greetings to Alda Rossi on her birthday.", "SENT_MESSAGE_TO"),
    ],
)
def test_greeted_is_a_meeting_and_greetings_a_message(run, text, predicate):
    claims = high_triples(run(text, "en"))
    assert ("ivo-brand", predicate, "alda-rossi") in claims
    other = {"MET_WITH": "SENT_MESSAGE_TO", "SENT_MESSAGE_TO": "MET_WITH"}[predicate]
    assert ("ivo-brand", other, "alda-rossi") not in claims


# -- state_territory: "in territorio freedoniano", "on Freedonian soil" name the state as a place
# (forces.state_territory)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Circa 5.000 soldati freedoniani sono schierati in territorio silvaniano.", "it"),
        ("Some 5,000 Freedonian soldiers were already on Sylvanian soil.", "en"),
    ],
)
def test_a_states_territory_is_a_destination(run, text, lang):
    assert ("freedonia", "DEPLOYED_TO", "sylvania") in high_triples(run(text, lang))


def test_guard_part_of_a_states_territory_is_no_part_of_claim(run):
    claims = run("Le forze silvaniane tengono da agosto parte del territorio freedoniano.", "it")
    assert not [c for c in claims if c.predicate == "PART_OF" and not c.low]


# -- an opening adverbial before a comma is no reported content: "On Wednesday, X said ..."
def test_an_opening_adverbial_is_no_closing_report(run):
    text = "On Wednesday, Ivo Brand said at least 3,000 Sylvanian soldiers had arrived in Freedonia."
    c = find_claim(run(text, "en"), "sylvania", "DEPLOYED_TO", "freedonia")
    assert c is not None and not c.low
    assert c.attributed_to == "ivo-brand"


# -- shared_subject_report with "but" and no "that": the outermost report speaks on
def test_but_said_shares_the_outer_speaker_and_keeps_the_fact(run):
    text = (
        "Ivo Brand recalled that Ruritania believes Freedonia has sent about 12,000 soldiers to help "
        "Sylvania, but said he could not confirm whether more had followed."
    )
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low


# -- pronoun_to_person: "She said ..." with no earlier speaker stands for the person the previous
# sentence named (frames.Discourse.note_people)
def test_a_pronoun_takes_the_person_named_before_when_no_one_has_spoken(run):
    text = (
        "Alda Rossi visited Ruritania on Monday. She accused Sylvania of stoking tensions and said "
        "Freedonia's arms transfers to Sylvania broke the embargo."
    )
    c = find_claim(run(text, "en"), "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.attributed_to == "alda-rossi"
