"""Round-7 extraction rules (issue 10) as tables of invented sentences (no seed or devset text).

Each table is one general rule of English news prose: institutions, places, outlets and weapons
named around a head noun (a possessor, a demonym or a name before it) become new-entity
candidates typed by the head; titles, hyphenated modifiers and number words before a name are no
part of it. Names are made up (Freedonia, Marsovia, Alda Rossi ...), so no rule can be fitted to
an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "lina-city": ("Location", ["Lina"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


def _candidates(run, text, lang="en"):
    return {c.name: (c.type, c.aliases) for c in run(text, lang, everything=True).candidates}


# -- institution_head: a possessor, a demonym or a name before a head noun -------------------------
@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a lower-case institution owned by a lower-case noun
        (
            "Ms Oda, who sits on parliament's intelligence committee, spoke to reporters.",
            "parliament's intelligence committee",
            "GovernmentBody",
        ),
        # a capitalised one owned by a state
        (
            "The proposal was sent to Marsovia's Security Council on Monday.",
            "Marsovia's Security Council",
            "GovernmentBody",
        ),
        ("Freedonia's defence ministry called it a provocation.", "Freedonia's defence ministry", "GovernmentBody"),
        ("Freedonia's General Staff rejected the claim.", "Freedonia's General Staff", "GovernmentBody"),
        ("The unit reports to Marsovia's Airborne Forces.", "Marsovia's Airborne Forces", "MilitaryUnit"),
        # a head that needs its complement
        (
            "Neither answered, nor did Freedonia's mission to the United Nations.",
            "Freedonia's mission to the United Nations",
            "GovernmentBody",
        ),
        # a demonym and a head that makes a name of it
        ("The parade was shown by Marsovian state television.", "Marsovian state television", "MediaOutlet"),
        ("The figure was reported by Freedonian media.", "Freedonian media", "MediaOutlet"),
        ("The Marsovian embassy in Lina declined to comment.", "Marsovian embassy in Lina", "GovernmentBody"),
        # a name before a place noun
        ("Fighting went on in the Tarvo region last week.", "Tarvo region", "Location"),
        ("The launch site is in North Belmar province.", "North Belmar province", "Location"),
        # a one-word name before "news agency"
        ("The figure was given by the Corvax news agency.", "Corvax", "MediaOutlet"),
        # a name with adjectives before a weapon noun
        ("The plant builds its Tamber hypersonic missile there.", "Tamber hypersonic missile", "WeaponSystem"),
        # an aircraft designator with a one-letter stem
        ("The plant makes Ka-52 helicopters for the air force.", "Ka-52", "WeaponSystem"),
    ],
)
def test_a_head_and_what_names_it_make_a_candidate(run, text, name, kind):
    assert _candidates(run, text).get(name, (None,))[0] == kind


def test_the_name_without_its_possessor_is_an_alias(run):
    got = _candidates(run, "Marsovia's Security Council met. The Security Council then voted.")
    assert got["Marsovia's Security Council"][1] == ["Security Council"]
    assert "Security Council" not in got


@pytest.mark.parametrize(
    "text, not_name",
    [
        # a head alone describes a body named elsewhere
        ("Freedonia's ministry said nothing.", "Freedonia's ministry"),
        # a name before a common noun is the name's, not the possessor's
        ("Freedonia's Corvax news agency reported it.", "Freedonia's Corvax news agency"),
        # a stop word among the qualifiers
        ("Marsovia's most senior council met.", "Marsovia's most senior council"),
        # an embassy needs its place
        ("The Marsovian embassy declined to comment.", "Marsovian embassy"),
        # a demonym before a place noun names no place
        ("Fighting went on in the Marsovian region.", "Marsovian region"),
        # a known place before a place noun is the dataset's own
        ("Fighting went on in the Lina region.", "Lina region"),
        # a weapon noun after a capital that opens the sentence
        ("Tamber hypersonic missiles were tested.", "Tamber hypersonic missiles"),
    ],
)
def test_what_a_head_does_not_name(run, text, not_name):
    assert not_name not in _candidates(run, text)


# -- names: what stands before a name is no part of it ----------------------------------------------
@pytest.mark.parametrize(
    "text, name, not_name",
    [
        # title_before_name: a title of several words, or abbreviated ranks
        (
            "Natural Resources Minister Petra Valko said on Thursday that talks went well.",
            "Petra Valko",
            "Natural Resources Minister Petra Valko",
        ),
        (
            "The unit was placed under the command of Col. Gen. Ivo Brandt, the head of the corps.",
            "Ivo Brandt",
            "Gen. Ivo Brandt",
        ),
        # modifier_is_no_name: a hyphenated modifier before the name
        (
            "The Lina-based Institute of Maritime Studies said the ships sailed.",
            "Institute of Maritime Studies",
            "Lina-based Institute of Maritime Studies",
        ),
        # a number word before "of the"
        (
            "Thirteen of the Maritime Council members voted for it.",
            "Maritime Council",
            "Thirteen of the Maritime Council",
        ),
        # person_of_institution: a person and the institution after "of the"
        (
            '"It is a war economy," said Hal Brant of the Institute for Naval Studies in Lina.',
            "Institute for Naval Studies",
            "Hal Brant of the Institute for Naval Studies",
        ),
        # a role link inside an institution's name leaves the name whole
        (
            "Hal Brant, a researcher at the Tarvo Institute for National Studies, said so.",
            "Tarvo Institute for National Studies",
            "National Studies",
        ),
    ],
)
def test_what_stands_before_a_name_is_no_part_of_it(run, text, name, not_name):
    got = _candidates(run, text)
    assert name in got and not_name not in got


def test_an_abbreviated_rank_ends_no_sentence(run):
    x = run("The unit was placed under Col. Gen. Ivo Brandt, the head of the corps.", "en", everything=True)
    assert x.sentences == 1


def test_two_one_word_names_joined_by_and_are_no_name(run):
    got = _candidates(run, "The hackers, known as Pelter and Brandok, planted backdoors.")
    assert "Pelter and Brandok" not in got


# -- Italian outlets and one-word places --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, name, kind",
    [
        # an outlet noun, maybe with an adjective, before a name
        ("Lo ha riferito l'agenzia marsoviana Corvax.", "it", "Corvax", "MediaOutlet"),
        ("Lo ha detto in un'intervista all'emittente Tbn.", "it", "Tbn", "MediaOutlet"),
        ("The figure was given by the broadcaster Corvax on Monday.", "en", "Corvax", "MediaOutlet"),
        # one_word_place: a one-word name after a place preposition, closed by punctuation
        ("Le navi arrivano a un porto vicino a Tarvo, nel nord del paese.", "it", "Tarvo", "Location"),
        ("The shells went to a depot near Tarvo, in the south-west.", "en", "Tarvo", "Location"),
    ],
)
def test_outlets_and_one_word_places(run, text, lang, name, kind):
    assert _candidates(run, text, lang).get(name, (None,))[0] == kind


@pytest.mark.parametrize(
    "text, lang, not_name",
    [
        # a weekday or a month after a preposition is no place
        ("The talks ended on Thursday.", "en", "Thursday"),
        # a name that opens a clause after the preposition's noun phrase is not closed
        ("Il porto di Tarvo è chiuso a Marzo stesso.", "it", "Marzo"),
        # the prepositions are the text's language's: in English "a" is an article
        ("The plane was a Tarvo, not a Belmar.", "en", "Tarvo"),
    ],
)
def test_what_is_no_one_word_place(run, text, lang, not_name):
    assert not_name not in _candidates(run, text, lang)


# -- key facts: cue forms and who says them -------------------------------------------------------
CLAIM_ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi"]),
    "ivo-brandt": ("Person", ["Ivo Brandt"]),
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "lina-city": ("Location", ["Lina"]),
}


@pytest.fixture(scope="module")
def run_claims():
    return extract_runner(CLAIM_ENTITIES)


@pytest.mark.parametrize(
    "text, lang, claim",
    [
        # closing_adverbial: a closing report may go on with an adverbial of any length
        (
            "Freedonia has sent at least 900 containers to Marsovia, Ivo Brandt said in an interview with a "
            "weekly published on Friday.",
            "en",
            ("freedonia", "SUPPLIES", "marsovia"),
        ),
        # round-7 cue forms
        (
            "Alda Rossi has congratulated Ivo Brandt on his birthday.",
            "en",
            ("alda-rossi", "SENT_MESSAGE_TO", "ivo-brandt"),
        ),
        (
            "Alda Rossi si è congratulata con Ivo Brandt per la vittoria.",
            "it",
            ("alda-rossi", "SENT_MESSAGE_TO", "ivo-brandt"),
        ),
        (
            "Alda Rossi, who led a government delegation to Marsovia for the talks, said they went well.",
            "en",
            ("alda-rossi", "VISITED", "marsovia"),
        ),
        (
            "Freedonian soldiers fought shoulder to shoulder with Marsovia last winter.",
            "en",
            ("freedonia", "FIGHTS_ALONGSIDE", "marsovia"),
        ),
    ],
)
def test_round7_cue_forms(run_claims, text, lang, claim):
    got = {(c.subject, c.predicate, c.object) for c in run_claims(text, lang, uncalibrated=True)}
    assert claim in got


def test_a_closing_report_keeps_its_source(run_claims):
    (c,) = [
        c
        for c in run_claims(
            "Freedonia has sent 900 containers to Marsovia, Ivo Brandt said in an interview with a weekly on Friday.",
            "en",
        )
        if c.predicate == "SUPPLIES"
    ]
    assert c.attributed_to == "ivo-brandt"


def test_a_known_person_is_then_named_by_the_family_name(run_claims):
    text = "Ivo Brandt spoke in Lina. Brandt, who arrived in Marsovia on Friday, met officials."
    x = run_claims(text, "en", everything=True)
    assert any(m.entity == "ivo-brandt" and m.text == "Brandt" for m in x.mentions)
    assert ("ivo-brandt", "VISITED", "marsovia") in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_a_family_name_two_people_share_is_nobody(run_claims):
    runner = extract_runner({"ivo-brandt": ("Person", ["Ivo Brandt"]), "ada-brandt": ("Person", ["Ada Brandt"])})
    x = runner("Ivo Brandt and Ada Brandt spoke. Brandt said so.", "en", everything=True)
    assert not any(m.text == "Brandt" for m in x.mentions)
