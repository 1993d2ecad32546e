"""Round-4 extraction rules (issue 10) as tables of invented sentences (no seed or devset text).

Each table is one general rule of news prose: who asserts a relative clause after a source
("according to X, which estimates that ..."), whom "of them" counts, who meets whom when both
are named before the verb, where a meeting takes place. Names are made up (Freedonia,
Marsovia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "otto-vann": ("Person", ["Otto Vann", "Vann"]),
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano", "freedoniana"]),
    "marsovia": ("Country", ["Marsovia", "marsoviano", "marsoviana", "marsoviani", "marsoviane"]),
    "south-sylvania": ("Country", ["South Sylvania", "Sylvania del Sud"]),
    "blue-agency": ("IntelligenceService", ["Agenzia Blu", "Blue Agency", "BA"]),
    "north-valley": ("Location", ["Valle Nord", "North Valley"]),
    "lina-city": ("Location", ["Lina"]),
    "mortars": ("WeaponSystem", ["mortai", "mortars"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- a relative clause after a source: the source asserts it --------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, asserter, kind",
    [
        (
            "Marsovia has sent about 9,000 troops to Freedonia, according to the Blue Agency, "
            "which estimates that around 700 of them have been killed.",
            "en",
            ("marsovia", "SUFFERED_LOSSES", "freedonia"),
            "blue-agency",
            "named",
        ),
        (
            "Marsovia has sent about 9,000 troops to Freedonia, according to intelligence officials, "
            "who estimate that around 700 of them have been killed.",
            "en",
            ("marsovia", "SUFFERED_LOSSES", "freedonia"),
            None,
            "unnamed",
        ),
        (
            "Marsovia ha inviato circa 9.000 soldati in Freedonia, secondo l'Agenzia Blu, "
            "che stima che circa 700 di loro sono morti.",
            "it",
            ("marsovia", "SUFFERED_LOSSES", "freedonia"),
            "blue-agency",
            "named",
        ),
    ],
)
def test_a_relative_clause_after_a_source_is_the_source_s(run, text, lang, claim, asserter, kind):
    c = find_claim(run(text, lang, everything=True).claims, *claim)
    assert c is not None, triples(run(text, lang, everything=True).claims, quotes=True)
    assert c.attributed_to == asserter and c.attribution["kind"] == kind
    assert "attribution_relative" in c.reasons
    # the clause before it is the source's too, and the first clause is no source
    d = find_claim(run(text, lang), "marsovia", "DEPLOYED_TO", "freedonia")
    assert (
        d is not None
        and d.attributed_to == asserter
        and "Marsovia" not in (d.attribution or {}).get("asserter_text", "")
    )


def test_a_long_clause_before_which_is_no_source(run):
    # the relative pronoun's antecedent is a whole clause, not a source: nothing is attributed
    claims = run("Marsovia has sent mortars to Freedonia across the border, which says that the war goes on.", "en")
    c = find_claim(claims, "marsovia", "SUPPLIES", "freedonia")
    assert c is not None and c.attributed_to is None


# -- "of them" counts the force the sentence's subject sent --------------------------------------
@pytest.mark.parametrize(
    "text, lang, place",
    [
        (
            "Marsovia has sent about 9,000 troops to Freedonia, and around 700 of them have been killed.",
            "en",
            "freedonia",
        ),
        ("Marsovia ha inviato 9.000 soldati nella Valle Nord e circa 700 di loro sono morti.", "it", "north-valley"),
    ],
)
def test_of_them_counts_the_force_the_subject_sent(run, text, lang, place):
    c = find_claim(run(text, lang), "marsovia", "SUFFERED_LOSSES", place)
    assert c is not None and c.quantity == 700 and "casualty_of_sent_force" in c.reasons


@pytest.mark.parametrize(
    "text, lang",
    [
        # the sentence opens with another state than the force's: no victims named
        ("Freedonia says that Marsovia has sent 9,000 troops, and 700 of them have been killed.", "en"),
        # no force noun: "of them" counts nobody the rule can name
        ("Marsovia has sent 9,000 mortars to Freedonia, and 700 of them have been destroyed.", "en"),
    ],
)
def test_of_them_without_a_sent_force_counts_nobody(run, text, lang):
    assert not [c for c in run(text, lang, everything=True).claims if c.predicate == "SUFFERED_LOSSES"]


# -- a symmetric act with a coordinated subject ---------------------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Otto Vann and Alda Rossi met on Tuesday in North Valley.", "en"),
        ("Otto Vann e Alda Rossi si sono incontrati martedì a Lina.", "it"),
        ("Il presidente marsoviano Otto Vann e la ministra freedoniana Alda Rossi si sono incontrati ieri.", "it"),
        ("Otto Vann and Alda Rossi held talks at a summit in Lina.", "en"),
    ],
)
def test_a_coordinated_subject_meets_itself(run, text, lang):
    claims = run(text, lang, uncalibrated=True)  # the names stand far from "incontrati": under the floor
    c = find_claim(claims, "otto-vann", "MET_WITH", "alda-rossi")
    assert c is not None and "coordinated_reciprocal+40" in c.reasons, triples(claims, quotes=True)
    # where they met is no partner
    assert not [c for c in claims if c.predicate == "MET_WITH" and c.object in ("north-valley", "lina-city")]


def test_a_coordinated_subject_of_an_asymmetric_act_is_not_its_object(run):
    claims = run("Marsovia and Freedonia supplied mortars.", "en")
    assert not [c for c in claims if {c.subject, c.object} == {"marsovia", "freedonia"}]


@pytest.mark.parametrize(
    "text, lang, pair",
    [
        ("Otto Vann visited Lina two days after a summit with Alda Rossi.", "en", ("otto-vann", "alda-rossi")),
        ("Giovedì Vann ha avuto un colloquio separato con Rossi.", "it", ("otto-vann", "alda-rossi")),
        ("Otto Vann è stato ricevuto sabato da Alda Rossi a Lina.", "it", ("alda-rossi", "otto-vann")),
    ],
)
def test_meeting_cue_forms(run, text, lang, pair):
    claims = run(text, lang, uncalibrated=True)  # the cue form is tested, not the calibration's floor
    assert find_claim(claims, pair[0], "MET_WITH", pair[1]) or find_claim(claims, pair[1], "MET_WITH", pair[0]), (
        triples(claims, quotes=True)
    )


# -- precision: past offices, people sent, titles around names ------------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Former Marsovian president Otto Vann arrived in Lina on Friday.", "en"),
        ("L'ex presidente marsoviano Otto Vann è arrivato a Lina.", "it"),
    ],
)
def test_a_former_title_is_low_confidence(run, text, lang):
    x = run(text, lang, everything=True)
    c = find_claim(x.claims, "otto-vann", "LEADS", "marsovia")
    assert c is not None and c.low and "title_former" in c.reasons


def test_a_current_title_stays_high(run):
    c = find_claim(
        run("Marsovian President Otto Vann arrived in Lina on Friday.", "en"), "otto-vann", "LEADS", "marsovia"
    )
    assert c is not None and "title_former" not in c.reasons


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia sent rocket launcher specialists to Freedonia in October.", "en"),
        ("Marsovia ha inviato istruttori in Freedonia a ottobre.", "it"),
    ],
)
def test_specialists_sent_are_deployed_not_supplied(run, text, lang):
    claims = run(text, lang, uncalibrated=True)  # "rocket launcher specialists" puts the object under the floor
    assert find_claim(claims, "marsovia", "DEPLOYED_TO", "freedonia") is not None
    assert find_claim(claims, "marsovia", "SUPPLIES", "freedonia") is None


@pytest.mark.parametrize(
    "text, lang, names",
    [
        # a demonym opening a title is no part of the name
        ("Marsovian Premier Ivo Brand also watched the parade.", "en", {"Ivo Brand"}),
        # two titled people joined by "and" are two names
        (
            "Defence Minister Ivo Brand and Foreign Minister Lars Mot joined the talks.",
            "en",
            {"Ivo Brand", "Lars Mot"},
        ),
    ],
)
def test_titles_around_new_names(run, text, lang, names):
    x = run(text, lang, everything=True)
    assert names <= {c.name for c in x.candidates}
    assert not [c.name for c in x.candidates if "Minister" in c.name or "Premier" in c.name]


@pytest.mark.parametrize(
    "name, kind",
    [("Pacific Fleet", "MilitaryUnit"), ("Vostok Cosmodrome", "Facility"), ("Far East", "Location")],
)
def test_head_nouns_type_a_two_word_name(name, kind):
    from graph.extract.candidates import guess_type

    assert guess_type(name)[0] == kind


# -- who takes part: possessors, broken rules, qualified sources ----------------------------------
def test_a_possessor_and_its_possession_are_one_party(run):
    claims = run("The talks were held in cooperation with Freedonia's Blue Agency on Monday.", "en", everything=True)
    assert not [c for c in claims.claims if {c.subject, c.object} == {"freedonia", "blue-agency"}]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia supplied mortars to Freedonia in breach of South Sylvania rules.", "en"),
        ("Marsovia ha fornito mortai a Freedonia in violazione delle regole di Sylvania del Sud.", "it"),
    ],
)
def test_the_body_whose_rules_are_broken_is_no_party(run, text, lang):
    claims = run(text, lang, everything=True).claims
    assert find_claim(claims, "marsovia", "SUPPLIES", "freedonia") is not None
    assert not [c for c in claims if "south-sylvania" in (c.subject, c.object)]


@pytest.mark.parametrize(
    "text, kind, asserter",
    [
        ("Freedonia officials have warned that Marsovia could supply mortars to South Sylvania.", "unnamed", None),
        ("Freedonia has warned that Marsovia could supply mortars to South Sylvania.", "named", "freedonia"),
    ],
)
def test_a_name_qualifying_a_source_noun_is_no_named_source(run, text, kind, asserter):
    c = find_claim(run(text, "en"), "marsovia", "SUPPLIES", "south-sylvania")
    assert c is not None and c.attribution["kind"] == kind and c.attributed_to == asserter


def test_a_family_name_before_the_full_name_is_the_person(run):
    x = run(
        "Brand joins Vann in Lina\n\nIvo Brand arrived in Lina on Friday. Brand wrote on a messaging app.", "en", True
    )
    brand = [c for c in x.candidates if "Brand" in c.name]
    assert [c.name for c in brand] == ["Ivo Brand"] and brand[0].type == "Person"
    assert "Brand" in brand[0].aliases


# -- two reports in one sentence; counts across a two-word demonym --------------------------------
def test_a_coordinated_second_report_has_its_own_subject(run):
    text = (
        "Freedonia estimates that around 9,000 Marsovian soldiers have been deployed to North Valley, "
        "and Otto Vann said earlier this week that some 700 of them had been killed."
    )
    claims = run(text, "en")
    d = find_claim(claims, "marsovia", "DEPLOYED_TO", "north-valley")
    assert d is not None and d.attributed_to == "freedonia" and d.quantity == 9000
    k = find_claim(claims, "marsovia", "SUFFERED_LOSSES", "north-valley")
    assert k is not None and k.attributed_to == "otto-vann" and k.quantity == 700


@pytest.mark.parametrize(
    "text, expected",
    [
        ("around 11,000 South Sylvanian soldiers have been deployed", [(11000, "approx", "soldiers")]),
        ("more than 10,000 North Korean troops", [(10000, "at_least", "soldiers")]),
        ("In 2024 North Korean troops arrived", []),  # a year, not a count
    ],
)
def test_a_count_across_a_two_word_demonym(text, expected):
    from graph.extract.quantities import find_quantities

    assert [(q.value, q.bound, q.unit) for q in find_quantities(text, lang="en")] == expected


def test_a_coordinated_subject_joining_talks_met_someone_else(run):
    claims = run("Otto Vann and Alda Rossi joined the talks that followed.", "en")
    assert find_claim(claims, "otto-vann", "MET_WITH", "alda-rossi") is None
