"""Rules of rounds 108 and 109 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Ivo Brand, Lena Marsh ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvani"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- speaker_adjunct: a meeting in an adjunct of time of the reporting clause is the speaker's own,
# with the partner the adjunct names (ACT_ADJUNCT, ADJUNCT_PARTNER, graph/extract/lang/*.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "La Freedonia consegnerà il petrolio alla Silvania entro gennaio. Lo ha dichiarato il viceministro"
            " Ivo Brand, capo negoziatore, dopo un incontro nella capitale con l'inviata Lena Marsh.",
            "it",
        ),
        ("Ivo Brand told reporters after a meeting with Lena Marsh that Freedonia would ship more oil.", "en"),
        ("Ivo Brand said after talks with Lena Marsh that Freedonia would ship more oil.", "en"),
        ("After talks with Lena Marsh in the capital, Ivo Brand said Freedonia would ship more oil.", "en"),
    ],
)
def test_the_speaker_met_whom_the_adjunct_names(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "ivo-brand", "MET_WITH", "lena-marsh") or find_claim(
        claims, "lena-marsh", "MET_WITH", "ivo-brand"
    )
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    assert "speaker_adjunct" in " ".join(c.reasons)


@pytest.mark.parametrize(
    "text, lang",
    [
        # no partner named after "with": talks in a place are no meeting with the speaker's state
        ("After talks in Sylvania, Ivo Brand said Freedonia would ship more oil.", "en"),
        # an adjunct inside what is reported is the reported clause's, not the speaker's
        ("Secondo Ivo Brand, dopo un incontro con Lena Marsh la Freedonia ha inviato petrolio.", "it"),
    ],
)
def test_guard_no_meeting_for_the_speaker_without_a_partner_in_his_adjunct(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "MET_WITH" and "speaker_adjunct" in " ".join(c.reasons)]


# -- a meeting partner briefs no one: "dopo un incontro con Y" no longer makes Y the source that
# the speaker relays (BRIEFING_BY, graph/extract/lang/*.py); a briefing "by" Y still does
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "La Freedonia consegnerà il petrolio alla Silvania entro gennaio. Lo ha dichiarato il viceministro"
            " Ivo Brand dopo un incontro con l'inviata Lena Marsh.",
            "it",
        ),
        (
            "Freedonia will ship oil to Sylvania by January. Ivo Brand said so after a meeting with Lena Marsh.",
            "en",
        ),
    ],
)
def test_the_speaker_not_his_partner_asserts(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "freedonia", "SUPPLIES", "sylvania")
    assert c is not None, [(x.subject, x.predicate, x.object) for x in claims]
    assert c.attributed_to != "lena-marsh"


def test_guard_a_briefing_by_a_source_still_relays_it(run):
    claims = run(
        "La Freedonia consegnerà il petrolio alla Silvania, ha detto Ivo Brand dopo un'audizione di Lena Marsh.",
        "it",
    )
    c = find_claim(claims, "freedonia", "SUPPLIES", "sylvania")
    assert c is not None and c.attributed_to == "lena-marsh", c and (c.attributed_to, c.reasons)


# -- recurring_name: one capitalised word, twice inside sentences and never in lower case, is a
# name; its claims wait in the low section (graph/extract/candidates.py, graph/extract/pipeline.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Il gruppo di hacker freedoniano Zorblat ha colpito aziende della Silvania. Secondo gli analisti,"
            " Zorblat usa un nuovo programma.",
            "it",
        ),
        ("Officials at Quorvex said it had no dealings with Freedonia. Analysts said Quorvex lied.", "en"),
    ],
)
def test_a_word_capitalised_twice_inside_sentences_is_a_name(run, text, lang):
    x = run(text, lang, everything=True)
    cand = [c for c in x.candidates if c.name in ("Zorblat", "Quorvex")]
    assert cand and cand[0].reason.startswith("recurring_name"), [(c.name, c.reason) for c in x.candidates]
    assert len(cand[0].mentions) == 2
    assert all(c.low for c in x.claims if cand[0].id in (c.subject, c.object))


@pytest.mark.parametrize(
    "text",
    [
        # once only
        "Il gruppo Zorblat ha colpito la Silvania. Gli analisti parlano di attacchi mirati.",
        # written in lower case elsewhere: a common word
        "Le Zorblat della Silvania sono partite. Le Zorblat tornano. Le zorblat sono barche.",
        # a common noun written with a capital ("i due Paesi")
        "La cooperazione tra i due Paesi cresce. Secondo Mosca, i due Paesi firmeranno un accordo.",
        # at the start of sentences only
        "Zorblat ha colpito la Silvania. Zorblat ha negato tutto.",
    ],
)
def test_guard_no_name_from_a_capital_once_lower_case_common_or_sentence_initial(run, text):
    x = run(text, "it", everything=True)
    assert not [c for c in x.candidates if c.reason.startswith("recurring_name")], [c.name for c in x.candidates]


# -- joint_source: a bare comma lists sources only before a conjunction ("A, B and C said"), so the
# name that closes an opening adjunct is no co-asserter ("After meeting A, B said"; frames.py)
def test_the_name_closing_an_opening_adjunct_is_no_joint_source(run):
    claims = run("After meeting Lena Marsh, Ivo Brand said Freedonia had sent troops to Sylvania.", "en")
    c = find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and c.attributed_to == "ivo-brand", c and c.attributed_to


def test_guard_a_list_with_its_conjunction_still_names_its_first_source(run):
    claims = run("Lena Marsh, Ivo Brand and Sylvania said Freedonia had sent troops there.", "en")
    assert {c.attributed_to for c in claims if c.predicate == "DEPLOYED_TO"} <= {"lena-marsh"}


def test_a_gerund_in_the_speakers_adjunct_takes_its_object(run):
    claims = run("After meeting Lena Marsh in the capital, Ivo Brand said Freedonia would ship more oil.", "en")
    c = find_claim(claims, "ivo-brand", "MET_WITH", "lena-marsh") or find_claim(
        claims, "lena-marsh", "MET_WITH", "ivo-brand"
    )
    assert c is not None, [(x.subject, x.predicate, x.object, x.reasons) for x in claims]


# -- a source named by its state's possessive: of names ending together the longer heads the phrase
# ("Sylvania's General Staff said", a new name, not the known "Sylvania"; frames.py)
def test_the_institution_not_its_state_speaks(run):
    x = run("Freedonia sent more troops to Sylvania last week, Sylvania's General Staff said.", "en", everything=True)
    staff = [c.id for c in x.candidates if c.name == "Sylvania's General Staff"]
    c = find_claim(x.claims, "freedonia", "DEPLOYED_TO", "sylvania")
    assert staff and c is not None and c.attributed_to == staff[0], (staff, c and c.attributed_to)


# -- state_institution: a state's adjective before a capitalised institution belongs to its name,
# so two states' ministries stay two entities (graph/extract/candidates.py)
def test_two_states_ministries_are_two_entities(run):
    x = run(
        "Freedonia sent troops to Sylvania, the Freedonian Foreign Ministry said on Monday."
        " The Sylvanian Foreign Ministry denied it.",
        "en",
        everything=True,
    )
    names = {c.name for c in x.candidates}
    assert {"Freedonian Foreign Ministry", "Sylvanian Foreign Ministry"} <= names, names
    assert "Foreign Ministry" not in names


def test_guard_an_adjective_before_no_institution_joins_no_name(run):
    x = run("Freedonian President Ivo Brand met Lena Marsh in Sylvania.", "en", everything=True)
    assert not [c for c in x.candidates if c.name.startswith("Freedonian")], [c.name for c in x.candidates]


# -- presupposed: a meeting, visit or signing that a statement takes as known (in a temporal adjunct,
# or naming an agreement) is in the article's voice (graph/extract/qualifiers.py)
@pytest.mark.parametrize(
    "text, lang, s, p, o",
    [
        (
            "Sylvania says Freedonia began receiving missiles after Ivo Brand and Lena Marsh met in September.",
            "en",
            "ivo-brand",
            "MET_WITH",
            "lena-marsh",
        ),
        (
            "Secondo la Silvania, le forniture sono cresciute dopo che Ivo Brand ha incontrato Lena Marsh a settembre.",
            "it",
            "ivo-brand",
            "MET_WITH",
            "lena-marsh",
        ),
    ],
)
def test_what_a_statement_takes_as_known_is_the_articles(run, text, lang, s, p, o):
    claims = run(text, lang)
    c = find_claim(claims, s, p, o) or find_claim(claims, o, p, s)
    assert c is not None and c.attributed_to is None and "presupposed" in c.reasons, c and c.attributed_to


def test_guard_what_a_statement_reports_is_its_sources(run):
    claims = run("Sylvania says Ivo Brand met Lena Marsh in secret in September.", "en")
    c = find_claim(claims, "ivo-brand", "MET_WITH", "lena-marsh") or find_claim(
        claims, "lena-marsh", "MET_WITH", "ivo-brand"
    )
    assert c is not None and c.attributed_to == "sylvania", c and c.attributed_to


# -- names after a title keep their words: no holder's name ends "envoy to the X Federal District",
# and a portfolio word opens an institution's name ("Foreign Ministry's ..."; candidates.py)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Lena Marsh met Ivo Brand, presidential envoy to the Northern Lakes Federal District, on Monday.",
            "Northern Lakes Federal District",
        ),
        (
            "The delegation includes Ivo Brand, a director of the Foreign Ministry's Second Asian Department.",
            "Foreign Ministry's Second Asian Department",
        ),
    ],
)
def test_an_institution_after_a_title_keeps_its_words(run, text, name):
    x = run(text, "en", everything=True)
    assert name in {c.name for c in x.candidates}, [c.name for c in x.candidates]


def test_guard_a_title_before_a_name_is_still_stripped(run):
    x = run("Foreign Minister Hal Porter met Defence Minister Ivo Brand in Sylvania.", "en", everything=True)
    assert "Hal Porter" in {c.name for c in x.candidates}, [c.name for c in x.candidates]


# -- possessor_no_partner: in "signed X with Sylvania's Y", Y signs, Sylvania only qualifies it
# (graph/extract/arguments.py)
def test_the_possessor_of_a_joint_partner_signs_nothing(run):
    x = run(
        "Freedonia's Northern Lakes University has signed a cooperation agreement with Sylvania's Kim Chaek"
        " University of Mines.",
        "en",
        everything=True,
    )
    assert not [c for c in x.claims if c.predicate == "SIGNED" and c.subject == "sylvania"], [
        (c.subject, c.predicate, c.object) for c in x.claims
    ]
    assert [c for c in x.claims if c.predicate == "SIGNED" and c.subject.startswith("kim-chaek")]


def test_guard_a_partner_named_alone_still_signs(run):
    x = run("Freedonia has signed a cooperation agreement with Sylvania on mining.", "en", everything=True)
    assert [c for c in x.claims if c.predicate == "SIGNED" and c.subject == "sylvania"]


# -- CHALLENGES cues (schema/predicates.yaml): seizures, expulsions, attacks on a state's networks
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Secondo gli esperti, la Freedonia ha preso di mira la Silvania con un attacco informatico.", "it"),
        ("Sylvania seized a fishing vessel of Freedonia and its crew on Monday.", "en"),
    ],
)
def test_seizures_and_attacks_challenge_a_state(run, text, lang):
    x = run(text, lang, everything=True)
    assert [c for c in x.claims if c.predicate == "CHALLENGES"], [(c.subject, c.predicate, c.object) for c in x.claims]


# -- state_port: a state's port named by its adjective is the state as the place goods go to
# (PORT_NOUNS, graph/extract/forces.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia shipped coal three times last year to Sylvanian ports.", "en"),
        ("La Freedonia ha spedito carbone nei porti silvani tre volte l'anno scorso.", "it"),
    ],
)
def test_goods_shipped_to_a_states_ports_go_to_the_state(run, text, lang):
    x = run(text, lang, everything=True)
    assert find_claim(x.claims, "freedonia", "SUPPLIES", "sylvania"), [
        (c.subject, c.predicate, c.object) for c in x.claims
    ]


# -- maker_of_goods: a maker's adjective before a goods word and a transfer noun names the sender
# (TRANSFER_NOUNS, graph/extract/claims.py)
def test_a_makers_adjective_before_goods_and_a_transfer_noun_sends(run):
    x = run("Freedonian fuel deliveries to Sylvania went mainly by rail last year.", "en", everything=True)
    assert find_claim(x.claims, "freedonia", "SUPPLIES", "sylvania"), [
        (c.subject, c.predicate, c.object) for c in x.claims
    ]


# -- a title may open the agent's phrase after "by" ("a visit to X by Moscow Mayor Y"), and a
# region's or a city's head holds a post of its state, never leads it (LOCAL_ROLES)
def test_the_titled_agent_of_a_visit_is_the_person(run):
    claims = run(
        "Lena Marsh used a visit to Sylvania by Freedonian Foreign Minister Ivo Brand to send a warning.", "en"
    )
    assert find_claim(claims, "ivo-brand", "VISITED", "sylvania"), [(c.subject, c.predicate, c.object) for c in claims]
    assert not find_claim(claims, "freedonia", "VISITED", "sylvania")


def test_a_governor_holds_a_post_of_the_state_and_leads_nothing(run):
    x = run("The Freedonian governor Ivo Brand met Lena Marsh in Sylvania on Monday.", "en", everything=True)
    assert not [c for c in x.claims if c.predicate == "LEADS" and c.object == "freedonia"]
    assert find_claim(x.claims, "ivo-brand", "HOLDS_POSITION_IN", "freedonia")


def test_a_title_before_a_name_is_no_entity_of_its_own(run):
    x = run(
        "Hal Porter met Foreign Minister Lena Marsh and Vice Foreign Minister Ivo Brand on Friday.",
        "en",
        everything=True,
    )
    names = {c.name for c in x.candidates}
    assert "Hal Porter" in names and not {"Vice Foreign Minister", "Foreign Minister"} & names, names
    assert find_claim(x.claims, "hal-porter", "MET_WITH", "ivo-brand"), [
        (c.subject, c.predicate, c.object) for c in x.claims
    ]


def test_guard_an_institution_of_title_words_before_a_verb_keeps_its_name(run):
    x = run("Sylvania's General Staff said Freedonia had sent troops.", "en", everything=True)
    assert "Sylvania's General Staff" in {c.name for c in x.candidates}, [c.name for c in x.candidates]


# -- described_name: "dell'agenzia X" is X's word, not the earlier source "l'agenzia" stands for
# (graph/extract/frames.py)
def test_a_description_and_the_name_after_it_are_one_source(run):
    entities = {
        **ENTITIES,
        "kcna-like": ("MediaOutlet", ["Agenzia Quorvex"]),
        "ria-like": ("MediaOutlet", ["Zorblat News"]),
    }
    local = extract_runner(entities, high_only=False)
    claims = local(
        "L'agenzia Quorvex riferisce che la Freedonia ha inviato truppe in Silvania. La Freedonia ha inviato anche"
        " carri armati in Silvania, secondo quanto riferito dal corrispondente dell'agenzia Zorblat News.",
        "it",
    )
    tanks = [c for c in claims if c.predicate == "SUPPLIES" or "carri" in c.quote]
    assert tanks and all(c.attributed_to == "ria-like" for c in tanks), [(c.predicate, c.attributed_to) for c in tanks]
