"""Round-2 extraction rules (issue 10) as tables of invented sentences (no seed or devset text).

Each table is one general rule of news prose: who is the subject of a reported clause, who
asserts it across sentences, which anaphor names which entity, which English forms a cue
has, which arguments a precise draft leaves out. Names are made up (Freedonia, Sylvania,
Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples
from graph.extract.gazetteer import Gazetteer

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "bruno-neri": ("Person", ["Bruno Neri", "Neri"]),
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano", "freedoniane", "Fredonville"]),
    "north-sylvania": ("Country", ["North Sylvania", "Sylvania del Nord", "nordsilvani", "nordsilvano"]),
    "south-sylvania": ("Country", ["South Sylvania", "Sylvania del Sud"]),
    "marsovia": ("Country", ["Marsovia"]),
    "daily-owl": ("MediaOutlet", ["Gazzetta della Civetta", "Daily Owl"]),
    "blue-agency": ("IntelligenceService", ["Agenzia Blu", "Blue Agency", "BA"]),
    "north-valley": ("Location", ["Valle Nord", "North Valley"]),
    "mortars": ("WeaponSystem", ["mortai", "mortars"]),
    "howitzers": ("WeaponSystem", ["obici", "howitzers"]),
    "river-pact": ("Agreement", ["Patto del Fiume", "River Pact"]),
    "freedonian-troops": ("MilitaryUnit", ["soldati freedoniani"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- new-entity names ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, name, type_",
    [
        # a hyphenated given name is one name
        ("Il deputato Kang Min-seok ha parlato ai giornalisti.", "it", "Kang Min-seok", "Person"),
        ("Lawmaker Kang Min-seok spoke to reporters.", "en", "Kang Min-seok", "Person"),
        # an English possessive inside an organisation's name belongs to it; the known state before it does not
        ("Freedonia's Attorney General's Office said nothing.", "en", "Attorney General's Office", "GovernmentBody"),
        # a title opening the capitalised run is not part of the name
        ("Freedonian Foreign Minister Lotta Varga travelled to Marsovia.", "en", "Lotta Varga", "Person"),
    ],
)
def test_candidate_names(run, text, lang, name, type_):
    x = run(text, lang, everything=True)
    c = next((c for c in x.candidates if c.name == name), None)
    assert c is not None and c.type == type_, [(c.name, c.type) for c in x.candidates]


@pytest.mark.parametrize(
    "text, lang, junk",
    [
        ("Missiles hit Marsovia City on Wednesday morning.", "en", "Wednesday"),
        ("Il ministro Lotta Varga ha parlato a Marsovia Centrale lunedì.", "it", "lunedì"),
    ],
)
def test_weekdays_and_months_are_never_part_of_a_name(run, text, lang, junk):
    x = run(text, lang, everything=True)
    assert not any(junk.lower() in c.name.lower() for c in x.candidates), [c.name for c in x.candidates]


# -- the speaker as subject of its own reported clause --------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim",
    [
        (
            "Freedonia ha confermato per la prima volta di aver inviato truppe in Marsovia.",
            "it",
            ("freedonia", "DEPLOYED_TO", "marsovia"),
        ),
        ("Freedonia ha ammesso che ha inviato truppe in Marsovia.", "it", ("freedonia", "DEPLOYED_TO", "marsovia")),
        (
            "Freedonia acknowledged for the first time that it had sent troops to Marsovia.",
            "en",
            ("freedonia", "DEPLOYED_TO", "marsovia"),
        ),
    ],
)
def test_the_speaker_is_the_subject_of_its_own_clause(run, text, lang, claim):
    claims = run(text, lang)
    c = find_claim(claims, *claim)
    assert c is not None, triples(claims)
    # an admission is the speaker's word: the graph keeps who says it
    assert c.attributed_to == claim[0] and c.attribution["kind"] == "named"


@pytest.mark.parametrize(
    "text, lang",
    [
        # the clause names its own subject: the speaker does not replace it
        ("Alda Rossi ha confermato che Freedonia ha inviato truppe in Marsovia.", "it"),
        ("Alda Rossi said that Freedonia had sent troops to Marsovia.", "en"),
    ],
)
def test_a_named_subject_is_kept(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "marsovia") is not None, triples(claims)
    assert not any(c.subject == "alda-rossi" for c in claims)


# -- reporting frames ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, asserter, relay",
    [
        # an adverbial between the verb and "that"
        (
            "Alda Rossi said in a televised address on Monday that Freedonia had sent howitzers to Marsovia.",
            "en",
            "alda-rossi",
            None,
        ),
        # "carried by" relays the asserter's statement
        (
            "The Blue Agency said in a statement carried by the Daily Owl that Freedonia had sent howitzers to Marsovia.",
            "en",
            "blue-agency",
            "daily-owl",
        ),
        # the head of the subject phrase asserts, not the organisation inside its title
        (
            "Il capo dell'Agenzia Blu, Alda Rossi, ha affermato che Freedonia ha inviato obici a Marsovia.",
            "it",
            "alda-rossi",
            None,
        ),
        (
            "In un'intervista alla Gazzetta della Civetta, Alda Rossi ha detto che Freedonia ha inviato obici a Marsovia.",
            "it",
            "alda-rossi",
            None,
        ),
    ],
)
def test_reporting_frames(run, text, lang, asserter, relay):
    claims = run(text, lang)
    c = find_claim(claims, "freedonia", "SUPPLIES", "marsovia")
    assert c is not None, triples(claims)
    assert c.attributed_to == asserter and (c.attribution or {}).get("relay") == relay, c.attribution


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        # the addressee of "told ... that" is no argument of what is told
        ("Alda Rossi told Bruno Neri that Freedonia had sent howitzers to Marsovia.", "en", "bruno-neri"),
        ("Alda Rossi ha detto a Bruno Neri che Freedonia ha inviato obici a Marsovia.", "it", "bruno-neri"),
    ],
)
def test_the_addressee_is_not_an_argument(run, text, lang, absent):
    claims = run(text, lang)
    c = find_claim(claims, "freedonia", "SUPPLIES", "marsovia")
    assert c is not None and c.attributed_to == "alda-rossi", triples(claims)
    assert not any(absent in (x.subject, x.object) for x in claims)


def test_a_possessor_qualifies_the_cited_source(run):
    claims = run(
        "The Daily Owl reported, citing Freedonia's Attorney General's Office, that Marsovia used howitzers.",
        "en",
        uncalibrated=True,  # CITES is demoted by the calibration: the rule is what is tested here
    )
    assert find_claim(claims, "daily-owl", "CITES", "freedonia") is None
    assert any(c.predicate == "CITES" and c.object.startswith("attorney-general") for c in claims), triples(claims)


# -- demonyms ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, present, absent",
    [
        # a demonym stands for its state when it qualifies a force or a leader ...
        ("Freedonian engineers have been deployed to Marsovia.", "en", ("freedonia", "DEPLOYED_TO", "marsovia"), None),
        (
            "Il leader freedoniano avrebbe inviato in Marsovia oltre 1.000 soldati.",
            "it",
            ("freedonia", "DEPLOYED_TO", "marsovia"),
            None,
        ),
        # ... not when it qualifies anything else
        (
            "Alda Rossi thanked Bruno Neri and the Freedonian people.",
            "en",
            ("alda-rossi", "PRAISED", "bruno-neri"),
            ("alda-rossi", "PRAISED", "freedonia"),
        ),
        (
            "A Freedonian lawmaker said Marsovia had supplied mortars to North Sylvania.",
            "en",
            ("marsovia", "SUPPLIES", "north-sylvania"),
            ("freedonia", "SUPPLIES", "north-sylvania"),
        ),
    ],
)
def test_a_demonym_stands_for_its_state_only_as_a_party(run, text, lang, present, absent):
    claims = run(text, lang, everything=True).claims
    assert find_claim(claims, *present) is not None, triples(claims)
    assert absent is None or find_claim(claims, *absent) is None, triples(claims)


def test_english_lower_case_names_are_names_not_demonyms(run):
    claims = run("Freedonian troops were deployed to marsovia last week.", "en")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "marsovia") is not None


def test_the_place_of_losses_is_never_in_the_attribution(run):
    claims = run(
        "About 200 Freedonian soldiers sent to help Marsovia are believed to have been killed, "
        "a North Sylvanian lawmaker said on Tuesday.",
        "en",
    )
    c = next(c for c in claims if c.predicate == "SUFFERED_LOSSES")
    assert (c.subject, c.object, c.quantity) == ("freedonia", "marsovia", 200)


# -- English forms of the cues -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, claim",
    [
        ("Freedonia is supplying mortars to Marsovia.", ("freedonia", "SUPPLIES", "marsovia")),
        ("Freedonia shipped mortars to Marsovia in March.", ("freedonia", "SUPPLIES", "marsovia")),
        ("Freedonia supplies mortars to Marsovia.", ("freedonia", "SUPPLIES", "marsovia")),
        ("Freedonia has been sending troops to Marsovia since March.", ("freedonia", "DEPLOYED_TO", "marsovia")),
    ],
)
def test_english_cue_forms(run, text, claim):
    claims = run(text, "en", everything=True).claims
    assert find_claim(claims, *claim) is not None, triples(claims)


def test_people_sent_along_with_things_are_two_facts(run):
    claims = run("Freedonia ha inviato in Marsovia più di 1.000 soldati nel 2024, insieme a obici e mortai.")
    assert find_claim(claims, "freedonia", "DEPLOYED_TO", "marsovia") is not None, triples(claims)
    assert {c.item for c in claims if c.predicate == "SUPPLIES"} == {"howitzers", "mortars"}


def test_what_is_given_in_return_is_not_what_was_sent(run):
    claims = run("Freedonia ha inviato in Marsovia 1.000 soldati, in cambio di obici.", everything=True).claims
    assert not any(c.predicate == "SUPPLIES" and c.item == "howitzers" and c.subject == "freedonia" for c in claims)


def test_an_article_opening_an_alias_gives_way_to_a_longer_name():
    g = Gazetteer.from_names([("a", "Le agenzie di sicurezza"), ("b", "agenzie di sicurezza freedoniane e silvane")])
    assert [m.entity for m in g.find("Secondo le agenzie di sicurezza freedoniane e silvane, ...") if not m.nested] == [
        "b"
    ]


def test_a_department_a_state_owns_is_not_led_by_its_chief(run):
    claims = run("The chief of Freedonia's general staff, Alda Rossi, spoke.", "en")
    assert find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "freedonia") is not None
    assert find_claim(claims, "alda-rossi", "LEADS", "freedonia") is None


# -- anaphora ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, asserter",
    [
        # "the spy agency" is the intelligence service the article names, even when it is named later
        (
            (
                "Freedonia has sent 500 mortars to Marsovia, a lawmaker said, citing the country's spy agency.\n"
                "He spoke after a briefing by the Blue Agency (BA)."
            ),
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
        ),
        (
            "Secondo l'agenzia, Freedonia ha inviato 500 mortai a Marsovia.\nLo conferma anche l'Agenzia Blu.",
            "it",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
        ),
    ],
)
def test_a_source_description_is_the_salient_source(run, text, lang, claim, asserter):
    c = find_claim(run(text, lang), *claim)
    assert c is not None and c.attributed_to == asserter, c and c.attribution


@pytest.mark.parametrize(
    "text, lang, claim",
    [
        # a compass noun stands for the one state named after it
        (
            "North Sylvania denied it. The North has sent 500 mortars to Marsovia.",
            "en",
            ("north-sylvania", "SUPPLIES", "marsovia"),
        ),
        (
            "Sylvania del Nord ha smentito. Secondo Alda Rossi, il Nord ha inviato 500 mortai a Marsovia.",
            "it",
            ("north-sylvania", "SUPPLIES", "marsovia"),
        ),
    ],
)
def test_a_compass_noun_is_the_state_named_after_it(run, text, lang, claim):
    claims = run(text, lang)
    assert find_claim(claims, *claim) is not None, triples(claims)


def test_a_compass_noun_without_its_state_in_the_article_is_left_alone(run):
    claims = run("North Sylvania denied it. The South has sent 500 mortars to Marsovia.", "en", everything=True).claims
    assert not any(c.predicate == "SUPPLIES" for c in claims), triples(claims)


# -- attribution across sentences ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, asserter, relay, kind",
    [
        # the next sentence says who said it
        (
            (
                "Freedonia ha inviato 500 mortai a Marsovia. Lo ha scritto la Gazzetta della Civetta, citando fonti "
                "diplomatiche."
            ),
            "it",
            ("freedonia", "SUPPLIES", "marsovia"),
            None,
            "daily-owl",
            "unnamed",
        ),
        (
            "Freedonia ha inviato 500 mortai a Marsovia. È la stima dell'Agenzia Blu, diffusa ieri.",
            "it",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
            None,
            "named",
        ),
        (
            (
                "Freedonia ha inviato 500 mortai a Marsovia. Lo ha riferito Alda Rossi al termine di un'audizione a porte "
                "chiuse dell'Agenzia Blu."
            ),
            "it",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
            "alda-rossi",
            "named",
        ),
        (
            "Freedonia has sent 500 mortars to Marsovia. The Blue Agency said in a statement.",
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
            None,
            "named",
        ),
        # a pronoun or a source noun names the source of an earlier sentence
        (
            (
                "Alda Rossi said Freedonia had sent mortars to Marsovia. Marsovia has also received howitzers from "
                "Freedonia, she said."
            ),
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
            "alda-rossi",
            None,
            "named",
        ),
        (
            (
                "The Blue Agency said in a statement carried by the Daily Owl that Freedonia had sent troops to Marsovia. "
                "Freedonia has also supplied mortars to Marsovia, the statement said."
            ),
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
            "blue-agency",
            "daily-owl",
            "named",
        ),
    ],
)
def test_attribution_across_sentences(run, text, lang, claim, asserter, relay, kind):
    claims = [
        c for c in run(text, lang) if c.start > len(text) // 3 or "Lo ha" in text or "said in" in text or "È la" in text
    ]
    c = find_claim(claims, *claim)
    assert c is not None, triples(claims)
    a = c.attribution or {}
    assert (c.attributed_to or None, a.get("relay"), a.get("kind")) == (asserter or relay, relay, kind), a


# -- joint acts, coordination across titles ------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, parties",
    [
        ("Alda Rossi visited Marsovia and signed the River Pact with Bruno Neri.", "en", {"alda-rossi", "bruno-neri"}),
        ("Alda Rossi ha firmato il Patto del Fiume con Bruno Neri.", "it", {"alda-rossi", "bruno-neri"}),
        (
            "Il ministro freedoniano Alda Rossi e il presidente silvano Bruno Neri hanno firmato il Patto del Fiume.",
            "it",
            {"alda-rossi", "bruno-neri"},
        ),
    ],
)
def test_every_party_of_a_joint_act(run, text, lang, parties):
    claims = run(text, lang, uncalibrated=True)  # "signed ... with Bruno Neri" scores under the floor
    assert {c.subject for c in claims if c.predicate == "SIGNED"} == parties, triples(claims)
    assert not any(c.subject == "marsovia" for c in claims)


def test_an_english_descriptive_agreement_is_a_candidate(run):
    x = run("Freedonia and Marsovia signed a mutual defence treaty last year.", "en", everything=True)
    assert [c.name for c in x.candidates] == ["mutual defence treaty"]
    assert {c.subject for c in x.claims if c.predicate == "SIGNED"} == {"freedonia", "marsovia"}


def test_forces_are_deployed_not_located(run):
    claims = run(
        "I soldati freedoniani combattono contro le forze silvane nella regione di Valle Nord.", everything=True
    ).claims
    assert not any(c.predicate == "LOCATED_IN" for c in claims), triples(claims)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # the giver after "from" / "da" supplies the receiver
        ("Marsovia has received howitzers from Freedonia.", "en", ("freedonia", "SUPPLIES", "marsovia")),
        ("Marsovia ha ricevuto obici dalla Freedonia.", "it", ("freedonia", "SUPPLIES", "marsovia")),
        # no giver named: the receiver is never made the supplier
        ("Marsovia received howitzers and Freedonia protested.", "en", None),
    ],
)
def test_verbs_of_receiving(run, text, lang, expected):
    claims = [c for c in run(text, lang, everything=True).claims if c.predicate == "SUPPLIES"]
    assert triples(claims) == ([expected] if expected else [])


# -- precision -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim",
    [
        # an intention or expectation announces the act, it does not report it: kept apart (low)
        ("Freedonia plans to send another 2,000 troops to Marsovia.", "en", ("freedonia", "DEPLOYED_TO", "marsovia")),
        (
            "Freedonia si prepara a inviare in Marsovia altri 2.000 soldati.",
            "it",
            ("freedonia", "DEPLOYED_TO", "marsovia"),
        ),
        # a hedged indefinite event is not asserted
        (
            "L'incontro potrebbe aver preparato una visita di Alda Rossi in Marsovia.",
            "it",
            ("alda-rossi", "VISITED", "marsovia"),
        ),
    ],
)
def test_announced_or_possible_acts_are_low_confidence(run, text, lang, claim):
    x = run(text, lang, everything=True)
    c = find_claim(x.claims, *claim)
    assert c is not None and c.low, triples(x.claims)


@pytest.mark.parametrize(
    "text, lang, absent",
    [
        # the object of a cue lies before the next colon
        (
            "Freedonia e Marsovia hanno espresso preoccupazione: Sylvania del Sud prepara un test.",
            "it",
            ("marsovia", "CONCERNED_ABOUT", "south-sylvania"),
        ),
        # in English a name after "in" is a place, not a recipient
        (
            "The mortars that Marsovia fires in North Sylvania are supplied by Freedonia.",
            "en",
            ("freedonia", "SUPPLIES", "north-sylvania"),
        ),
    ],
)
def test_objects_that_are_not_parties(run, text, lang, absent):
    claims = run(text, lang, everything=True).claims
    assert find_claim(claims, *absent) is None, triples(claims)


def test_the_passive_agent_supplies_the_subject_of_the_relative_clause(run):
    claims = run("The mortars that Marsovia fires in North Sylvania are supplied by Freedonia.", "en")
    assert find_claim(claims, "freedonia", "SUPPLIES", "marsovia") is not None, triples(claims)


def test_two_acts_of_one_pair_cued_by_different_words(run):
    claims = run(
        "Il sostegno di Freedonia a Marsovia è cresciuto nel 2024, quando migliaia di soldati "
        "freedoniani sono stati schierati in Marsovia."
    )
    assert {c.predicate for c in claims if (c.subject, c.object) == ("freedonia", "marsovia")} == {
        "SUPPORTS",
        "DEPLOYED_TO",
    }, triples(claims)


def test_one_cue_word_gives_one_act(run):
    claims = run("Freedonian troops have been sent to help Marsovia.", "en")
    assert [c.predicate for c in claims if (c.subject, c.object) == ("freedonia", "marsovia")] == ["DEPLOYED_TO"]


@pytest.mark.parametrize(
    "text, lang, claim, asserter, relay",
    [
        # a closing report with an addressee and a briefing: the briefer asserts, the speaker relays
        (
            "About 200 Freedonian soldiers sent to help Marsovia have been killed, Alda Rossi told reporters on Tuesday "
            "after a briefing by the Blue Agency.",
            "en",
            ("freedonia", "DEPLOYED_TO", "marsovia"),
            "blue-agency",
            "alda-rossi",
        ),
        (
            "Freedonia ha inviato 500 mortai a Marsovia, ha detto Alda Rossi ai giornalisti.",
            "it",
            ("freedonia", "SUPPLIES", "marsovia"),
            "alda-rossi",
            None,
        ),
    ],
)
def test_closing_reports_with_an_addressee(run, text, lang, claim, asserter, relay):
    c = find_claim(run(text, lang), *claim)
    assert c is not None and c.attributed_to == asserter and (c.attribution or {}).get("relay") == relay


@pytest.mark.parametrize(
    "text, lang, place, state",
    [
        ("Le navi partono dal porto freedoniano di Portolungo.", "it", "portolungo", "freedonia"),
        ("Ships shuttle between the Freedonian port of Longport and Marsovia.", "en", "longport", "freedonia"),
        ("Il convoglio ha raggiunto la città marsoviana di Altavilla.", "it", None, None),  # no known state adjective
    ],
)
def test_a_place_phrase_says_where_the_place_is(run, text, lang, place, state):
    claims = [c for c in run(text, lang, uncalibrated=True) if c.predicate == "LOCATED_IN"]  # under the floor
    assert [(c.subject, c.object) for c in claims] == ([(place, state)] if place else [])


def test_forces_sent_by_nobody_named_are_the_main_actors(run):
    text = (
        "Freedonia denied the report. Freedonia has not commented since. Freedonia keeps silent. "
        "More than 10,000 troops have been sent to help Marsovia, officials say."
    )
    c = find_claim(run(text, "en", uncalibrated=True), "freedonia", "DEPLOYED_TO", "marsovia")  # under the floor
    assert c is not None and c.quantity == 10000 and "passive_main_actor-20" in c.reasons


@pytest.mark.parametrize(
    "text, lang, present, absent",
    [
        # a cue ending with "tra" marks the first party
        (
            "Le relazioni tra Freedonia e Marsovia si sono intensificate dopo l'invasione di North Valley.",
            "it",
            ("freedonia", "COOPERATES_WITH", "marsovia"),
            None,
        ),
        # coordination across a title needs a role noun: "e della" joins nothing
        (
            "Anche se le forze di Marsovia e della Sylvania del Sud sono più forti, Freedonia potrebbe usare i mortai "
            "per supportare le forze silvane.",
            "it",
            None,
            ("marsovia", "SUPPORTS", "north-sylvania"),
        ),
        # people sent are deployed, not supplied
        (
            "Freedonia ha inviato migliaia di soldati a combattere al fianco delle forze di Marsovia.",
            "it",
            ("freedonia", "FIGHTS_ALONGSIDE", "marsovia"),
            ("freedonia", "SUPPLIES", "marsovia"),
        ),
        # what is given in return is no recipient
        (
            "Marsovia potrebbe fornire obici a Freedonia in cambio dei soldati freedoniani.",
            "it",
            ("marsovia", "PROVIDES_IN_RETURN", "freedonia"),
            ("marsovia", "PROVIDES_IN_RETURN", "freedonian-troops"),
        ),
        # a demonym qualifying the cue word is its owner, never its object
        (
            "I soldati freedoniani sono stati schierati in Valle Nord al fianco delle truppe marsoviane.",
            "it",
            None,
            ("freedonia", "DEPLOYED_TO", "marsovia"),
        ),
    ],
)
def test_who_is_a_party(run, text, lang, present, absent):
    claims = run(text, lang, everything=True).claims
    assert present is None or find_claim(claims, *present) is not None, triples(claims)
    assert absent is None or find_claim(claims, *absent) is None, triples(claims)


@pytest.mark.parametrize(
    "text, lang, claim",
    [
        # after a passive participle, "from" names who acts
        (
            "About 3 million shells a year are shipped from Freedonia to Marsovia.",
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
        ),
        ("Marsovia has received howitzers from Freedonia.", "en", ("freedonia", "SUPPLIES", "marsovia")),
    ],
)
def test_from_names_the_giver(run, text, lang, claim):
    claims = run(text, lang)
    assert find_claim(claims, *claim) is not None, triples(claims)
    assert not any(c.subject == "marsovia" and c.predicate == "SUPPLIES" for c in claims)
