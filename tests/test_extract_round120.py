"""Rules of round 120 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...) or states of the reference list (schema/states.yaml),
so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples
from graph.extract.sentences import split_sentences

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano", "freedoniani", "Freedonian", "Freedonians"]),
    "sylvania": ("Country", ["Sylvania", "sylvano", "sylvana", "sylvani", "Sylvanian", "Sylvanians"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "vellograd": ("Location", ["Vellograd"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- compound_topic: a noun heading a two-word modifier ends a descriptive name ("treaty on
# comprehensive strategic partnership"; candidates.py _NP_HEAD_NOUN)
def test_a_compound_topic_ends_the_name(run):
    found = candidate_types(
        run, "Lena Marsh signed a treaty on comprehensive strategic partnership with Freedonia.", "en"
    )
    assert found.get("treaty on comprehensive strategic partnership") == "Agreement", found


def test_an_adjective_after_the_topic_stays_out(run):
    # guard (passes without the rule, fails if it over-reaches): "accordo sulla fornitura di energia
    # elettrica sylvana" ends at the topic's adjective, never at the state's
    found = candidate_types(run, "Freedonia ha firmato un accordo sulla fornitura di energia elettrica sylvana.", "it")
    assert "accordo sulla fornitura di energia elettrica" in found, found


# -- state_region: "l'Estremo Oriente russo" is one region's name, its state's adjective after it
# (candidates.py _state_adjective_after)
def test_a_region_takes_its_state_adjective(run):
    found = candidate_types(run, "Migliaia di freedoniani lavorano nella Regione Boreale sylvana.", "it")
    assert found.get("Regione Boreale sylvana") == "Location", found


# -- words_are_no_goods: a verb of giving or receiving that moves only words moves no goods
# (lang WORDS_GIVEN)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Sylvania ha ricevuto una spiegazione da Freedonia sul lancio.", "it"),
        ("Sylvania received assurances from Freedonia on Monday.", "en"),
    ],
)
def test_words_received_are_no_supply(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "SUPPLIES"], triples(claims)


def test_goods_received_still_are(run):
    # guard (passes without the rule): weapons are goods
    claims = run("Sylvania ha ricevuto armi da Freedonia.", "it")
    assert find_claim(claims, "freedonia", "SUPPLIES", "sylvania"), triples(claims)


def test_a_response_given_in_return_is_no_cargo_of_the_cue(run):
    # guard: "come risposta" is why, not what is given
    claims = run("Sylvania potrebbe aumentare il proprio sostegno a Freedonia come risposta all'attacco.", "it")
    assert find_claim(claims, "sylvania", "SUPPORTS", "freedonia"), triples(claims)


# -- employees: "dipendenti" are employees, no "dipendenza" (lang STEM_FALSE_FRIENDS)
def test_employees_are_no_dependence(run):
    claims = run("I dipendenti freedoniani sono stati sostituiti da personale di Sylvania.", "it")
    assert not [c for c in claims if c.predicate == "DEPENDS_ON"], triples(claims)


def test_dependent_on_still_cues(run):
    # guard: "dipendente da" keeps its cue
    claims = run("Freedonia è dipendente da Sylvania per il petrolio.", "it")
    assert find_claim(claims, "freedonia", "DEPENDS_ON", "sylvania"), triples(claims)


# -- people_act: a state's people named by the plural of its adjective right before their visit
# (extraction.yaml people_acts, people_cues VISITED; arguments.people_before_cue, lang PEOPLE_OPENER)
@pytest.mark.parametrize(
    "text, lang, s, o",
    [
        ("About 300 Latvians entered Estonia in the first quarter.", "en", "latvia", "estonia"),
        ("Circa 5.000 lettoni hanno visitato l'Estonia l'anno scorso.", "it", "latvia", "estonia"),
        ("Circa 300 lettoni sono entrati in Estonia a marzo.", "it", "latvia", "estonia"),
    ],
)
def test_a_people_visit_is_told_of_their_state(run, text, lang, s, o):
    claims = run(text, lang)
    assert find_claim(claims, s, "VISITED", o), triples(claims)


def test_entered_without_a_people_is_no_visit(run):
    # guard: "entered" cues a visit only after a people
    claims = run("The Freedonian treaty with Sylvania entered into force in March.", "en")
    assert not [c for c in claims if c.predicate == "VISITED"], triples(claims)


# -- quote_opens_next: an opening quote after a full stop opens the next sentence (sentences.py)
def test_an_opening_quote_opens_the_next_sentence():
    text = 'Lena Marsh told reporters in an interview. "That is very little," she added.'
    got = [text[s.start : s.end] for s in split_sentences(text, "en")]
    assert got == ["Lena Marsh told reporters in an interview.", '"That is very little," she added.'], got


def test_a_quoted_figure_is_read_before_a_second_quote(run):
    text = '"About 300 Latvians entered Estonia," Lena Marsh told reporters. "That is very little."'
    claims = run(text, "en")
    assert find_claim(claims, "latvia", "VISITED", "estonia"), triples(claims)
