"""Rules of round 100 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Ivo Rass, Pak Sol Ho ...), so no rule can be fitted to an
article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
    "pak-sol-ho": ("Person", ["Pak Sol Ho"]),
    "lena-varo": ("Person", ["Lena Varo"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- indirect_object: capitalised title words between the verb of giving and the recipient
# (graph/extract/pair_rules.py)
@pytest.mark.parametrize(
    "text",
    [
        "Sylvanian leader Ivo Rass sent Freedonian President Lena Varo a message on her birthday.",
        "Ivo Rass sent Prime Minister Lena Varo a letter of condolence on Monday.",
    ],
)
def test_the_recipient_after_a_title_is_the_object(run, text):
    assert ("ivo-rass", "lena-varo") in pairs_of(run(text, "en"), "SENT_MESSAGE_TO")


def test_guard_the_recipient_is_no_sender(run):
    claims = run("Ivo Rass sent Prime Minister Lena Varo a letter of condolence on Monday.", "en")
    assert ("lena-varo", "ivo-rass") not in pairs_of(claims, "SENT_MESSAGE_TO")


# -- coordinated_act across a relative clause: the speaker's own clause is in the article's voice
# (graph/extract/frames.py, graph/extract/claims.py)
SPEAKER_WITH_CLAUSE = (
    "Ivo Rass, who arrived in Freedonia earlier in the day, conveyed the greetings of Pak Sol Ho "
    "and told Lena Varo that Sylvania would support Freedonia."
)


def test_the_speakers_relative_clause_is_a_claim(run):
    c = find_claim(run(SPEAKER_WITH_CLAUSE, "en"), "ivo-rass", "VISITED", "freedonia")
    assert c is not None and c.attributed_to is None


def test_the_speaker_of_a_coordinated_report_is_the_clause_subject(run):
    c = find_claim(run(SPEAKER_WITH_CLAUSE, "en"), "sylvania", "SUPPORTS", "freedonia")
    assert c is not None and c.attributed_to == "ivo-rass"


def test_guard_a_relative_clause_inside_the_content_stays_reported(run):
    text = "Lena Varo said that Ivo Rass, who arrived in Freedonia on Monday, would meet Pak Sol Ho."
    c = find_claim(run(text, "en"), "ivo-rass", "VISITED", "freedonia")
    assert c is None or c.attributed_to == "lena-varo"


# -- present-tense headline-style verbs of travel in the body (schema/predicates.yaml)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Rass visits Freedonia this week for talks on trade.", "en"),
        ("Ivo Rass arrives in Freedonia on Monday for talks.", "en"),
        ("Ivo Rass sets off for Freedonia on Monday.", "en"),
        ("Ivo Rass si reca a Fredonia lunedì per colloqui.", "it"),
    ],
)
def test_present_tense_travel_is_a_visit(run, text, lang):
    assert ("ivo-rass", "freedonia") in pairs_of(run(text, lang), "VISITED")


# -- message_is_no_goods: a verb of sending whose thing sent is a message (schema/extraction.yaml
# ``messages``, graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvanian leader Ivo Rass sent Freedonian President Lena Varo a message on her birthday.", "en"),
        ("Il leader silvano Ivo Rass ha inviato a Lena Varo un messaggio di auguri.", "it"),
    ],
)
def test_a_message_sent_is_no_supply(run, text, lang):
    assert ("sylvania", "freedonia") not in pairs_of(run(text, lang, uncalibrated=True), "SUPPLIES")


def test_guard_goods_sent_are_still_supplied(run):
    assert ("sylvania", "freedonia") in pairs_of(
        run("Sylvania sent Freedonia 5,000 tonnes of wheat.", "en"), "SUPPLIES"
    )


# -- inside_compound: a sea's or a strait's name holds a state's name that names no party
# (graph/extract/lang FEATURE_OF, graph/extract/pipeline.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("A Sylvanian trawler was seized by the coast guard in the Sea of Freedonia on Monday.", "en"),
        ("Un peschereccio silvano è stato sequestrato nel Mar di Fredonia lunedì.", "it"),
    ],
)
def test_a_seas_name_names_no_state(run, text, lang):
    x = run(text, lang, everything=True)
    assert "freedonia" not in {m.entity for m in x.mentions}


def test_guard_a_sea_off_a_state_still_names_it(run):
    x = run("A Sylvanian trawler was seized in the sea off Freedonia on Monday.", "en", everything=True)
    assert "freedonia" in {m.entity for m in x.mentions}


# -- not_only: a negation that adds denies nothing (graph/extract/lang NOT_ONLY, graph/extract/frames.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvania non si limita a rifornire Fredonia di armi, ma le manda anche soldati.", "it"),
        ("Sylvania, inoltre, non si limita agli uomini ma rifornisce Fredonia anche di armi.", "it"),
        ("Sylvania not only supplies Freedonia with shells but also sends troops.", "en"),
    ],
)
def test_not_only_is_no_negation(run, text, lang):
    assert ("sylvania", "freedonia") in pairs_of(run(text, lang, uncalibrated=True), "SUPPLIES")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvania non rifornisce Fredonia di armi.", "it"),
        ("Sylvania does not supply Freedonia with shells.", "en"),
    ],
)
def test_guard_a_plain_negation_still_denies(run, text, lang):
    assert ("sylvania", "freedonia") not in pairs_of(run(text, lang, uncalibrated=True), "SUPPLIES")


# -- speaker_adverbial: after "Lo ha annunciato X", the speaker's own circumstances are in the
# article's voice (graph/extract/frames.py)
BACK_REPORT = (
    "La Silvania fornirà armi alla Fredonia. Lo ha annunciato martedì il ministro Ivo Rass, "
    "dopo un colloquio con Lena Varo."
)


def test_the_speakers_circumstances_are_a_claim(run):
    assert frozenset({"ivo-rass", "lena-varo"}) in {frozenset(p) for p in pairs_of(run(BACK_REPORT), "MET_WITH")}


def test_guard_the_back_reference_still_attributes_the_previous_sentence(run):
    c = find_claim(run(BACK_REPORT), "sylvania", "SUPPLIES", "freedonia")
    assert c is not None and c.attributed_to == "ivo-rass"


def test_guard_the_speakers_apposition_stays_in_the_attribution(run):
    text = (
        "La Silvania fornirà armi alla Fredonia. Lo ha scritto Ivo Rass, capo del Centro studi di Fredonia, "
        "dopo un colloquio con Lena Varo."
    )
    claims = run(text)
    assert not [c for c in claims if c.subject == "ivo-rass" and c.object == "freedonia"]
    assert frozenset({"ivo-rass", "lena-varo"}) in {frozenset(p) for p in pairs_of(claims, "MET_WITH")}


# -- title_complement: a role noun's complement names what the role is in, never a person
# (graph/extract/candidates.py); object_inside_apposition: a name inside a person's apposition
# yields the object to the person (graph/extract/pair_rules.py)
APPOSED_RECIPIENT = (
    "Lena Varo, presidente degli Affari Fluviali, ha ricevuto oggi un messaggio di congratulazioni da Ivo Rass."
)


def test_a_roles_complement_is_no_person(run):
    x = run(APPOSED_RECIPIENT, everything=True)
    assert {c.name: c.type for c in x.candidates}["Affari Fluviali"] != "Person"


def test_the_person_an_apposition_describes_is_the_object(run):
    claims = run(APPOSED_RECIPIENT, uncalibrated=True)
    assert ("ivo-rass", "lena-varo") in pairs_of(claims, "SENT_MESSAGE_TO")
    assert not [c for c in claims if c.predicate == "SENT_MESSAGE_TO" and c.object != "lena-varo"]


def test_guard_a_role_before_a_name_still_makes_a_person(run):
    x = run("Lo ha detto il presidente Marco Bellini, arrivato lunedì in Silvania.", everything=True)
    assert {c.name: c.type for c in x.candidates}.get("Marco Bellini") == "Person"


# -- time_gap: words of time inside a cue of several words (graph/extract/cues.py, CUE_GAP_WORDS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lena Varo è arrivata oggi a Fredonia per una visita di due giorni.", "it"),
        ("Ivo Rass è atterrato venerdì a Fredonia alla guida di una delegazione.", "it"),
        ("Ivo Rass arrived on Monday in Freedonia for talks.", "en"),
    ],
)
def test_a_time_inside_a_cue_keeps_the_cue(run, text, lang):
    claims = run(text, lang)
    assert any(c.object == "freedonia" and c.predicate == "VISITED" for c in claims)


@pytest.mark.parametrize(
    "text, lang, found",
    [
        ("è arrivata oggi a", "it", True),
        ("è arrivata lunedì a", "it", True),
        ("è arrivata stremata a", "it", False),  # no word of time: no cue
        ("è arrivata oggi lunedì mattina a", "it", False),  # at most two
        ("arrived on Monday in", "en", True),
        ("arrived on time in", "en", False),
    ],
)
def test_only_words_of_time_stand_inside_a_cue(text, lang, found):
    from graph.extract.cues import cue_index
    from graph.extract.gazetteer import fold_tokens
    from graph.schema import load_schema

    cues = cue_index(load_schema(), lang).scan(fold_tokens(text))
    assert any(name == "VISITED" for kind, name, *_ in cues) is found
