"""Round-3 extraction rules (issue 10) as tables of invented sentences (no seed or devset text).

Each table is one general rule of news prose: who asserts a sentence that names its source by
a description, a role or a mood; where a title's organisation ends and its holder's name
begins; which claims a precise draft keeps apart (a title with no name, background geography)
or leaves out (a demonym of a place, a count of something else). Names are made up
(Freedonia, Marsovia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import demoted, extract_runner, find_claim, triples

ENTITIES = {
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "otto-vann": ("Person", ["Otto Vann", "il leader marsoviano"]),
    "freedonia": ("Country", ["Freedonia", "freedoniani", "freedoniano", "freedoniana"]),
    "marsovia": ("Country", ["Marsovia", "marsoviano", "marsoviana", "marsoviani", "marsoviane"]),
    "south-sylvania": ("Country", ["South Sylvania", "Sylvania del Sud"]),
    "blue-agency": ("IntelligenceService", ["Agenzia Blu", "Blue Agency", "BA"]),
    "north-valley": ("Location", ["Valle Nord", "North Valley"]),
    "lina-port": ("Facility", ["Port Lina"]),
    "mortars": ("WeaponSystem", ["mortai", "mortars"]),
    "howitzers": ("WeaponSystem", ["obici", "howitzers"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES)


# -- attribution ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, lang, claim, word, asserter",
    [
        # a back reference names the source a later "secondo il documento" repeats
        (
            "Marsovia ha inviato mortai a Freedonia. È quanto emerge da un rapporto della Agenzia Blu. "
            "Secondo il documento, Marsovia ha inviato anche obici a Freedonia.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
            "obici",
            "blue-agency",
        ),
        # a short adverb before the introducer: the content still follows it
        (
            "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia. "
            "Sempre secondo il rapporto, Marsovia ha inviato obici a Freedonia.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
            "obici",
            "blue-agency",
        ),
        # a closing report by a source noun: the authors of the report last cited
        (
            "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia. "
            "In cambio Freedonia ha fornito obici a Marsovia, scrivono gli autori.",
            "it",
            ("freedonia", "PROVIDES_IN_RETURN", "marsovia"),
            None,
            "blue-agency",
        ),
        # a closing report by a role: the person last named with it
        (
            "La portavoce freedoniana Alda Rossi ha incontrato i giornalisti. "
            "Marsovia ha inviato mortai a Freedonia, ha detto la portavoce.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
            None,
            "alda-rossi",
        ),
        # a parenthesis names the unnamed description it follows
        (
            "Marsovia ha inviato mortai a Freedonia. "
            "Lo ha riferito ieri il servizio di intelligence freedoniano (BA) ai deputati.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
            None,
            "blue-agency",
        ),
        # the accuser asserts, the accused acts
        (
            "Freedonia ha accusato Marsovia di aver inviato mortai a Sylvania del Sud.",
            "it",
            ("marsovia", "SUPPLIES", "south-sylvania"),
            None,
            "freedonia",
        ),
        (
            "Freedonia aveva accusato Marsovia di fornire obici a Sylvania del Sud.",
            "it",
            ("marsovia", "SUPPLIES", "south-sylvania"),
            None,
            "freedonia",
        ),
        (
            "Freedonia accused Marsovia of sending mortars to South Sylvania.",
            "en",
            ("marsovia", "SUPPLIES", "south-sylvania"),
            None,
            "freedonia",
        ),
        # the reported conditional goes on reporting the previous sentence's source
        (
            "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia. "
            "Marsovia avrebbe inoltre consegnato obici a Freedonia.",
            "it",
            ("marsovia", "SUPPLIES", "freedonia"),
            "obici",
            "blue-agency",
        ),
    ],
)
def test_who_asserts_it(run, text, lang, claim, word, asserter):
    c = find_claim(run(text, lang), *claim, word)
    assert c is not None and c.attributed_to == asserter, c.attribution if c else triples(run(text, lang), quotes=True)


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph: the article's own voice again
        "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia.\n\nMarsovia avrebbe consegnato obici a Freedonia.",
        # not a conditional: the article says it itself
        "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia. Marsovia ha consegnato obici a Freedonia.",
    ],
)
def test_the_conditional_carries_a_source_only_within_its_paragraph(run, text):
    c = find_claim(run(text), "marsovia", "SUPPLIES", "freedonia", "obici")
    assert c is not None and c.attributed_to is None, c and c.attribution


def test_a_carried_source_names_its_rule(run):
    text = (
        "Secondo l'Agenzia Blu, Marsovia ha inviato mortai a Freedonia. Marsovia avrebbe consegnato obici a Freedonia."
    )
    c = find_claim(run(text), "marsovia", "SUPPLIES", "freedonia", "obici")
    assert c is not None and "attribution_carried" in c.reasons


# -- a title's organisation and its holder ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Il deputato del Partito della Luna Nuova Kang Min-seok ha parlato ai giornalisti.",
            {"Partito della Luna Nuova", "Kang Min-seok"},
        ),
        # a capitalised stop word inside a sentence is part of the name ("Casa")
        ("Il portavoce della Casa Grigia Lotta Varga ha parlato ai giornalisti.", {"Casa Grigia", "Lotta Varga"}),
    ],
)
def test_a_title_organisation_and_its_holder_are_two_names(run, text, names):
    x = run(text, everything=True)
    assert names <= {c.name for c in x.candidates}, [(c.name, c.type) for c in x.candidates]
    person = next(c for c in x.candidates if c.name in names and " " in c.name and c.type == "Person")
    assert person.name in {"Kang Min-seok", "Lotta Varga"}


def test_a_title_link_opening_the_run_is_not_part_of_the_name(run):
    x = run("Il ministro degli Esteri Lotta Varga ha incontrato Otto Vann.", everything=True)
    assert "Lotta Varga" in {c.name for c in x.candidates}, [c.name for c in x.candidates]


# -- precision ----------------------------------------------------------------------------------------
def test_a_title_with_no_name_is_low_confidence(run):
    x = run("Il leader marsoviano ha visitato Freedonia.", everything=True)
    c = find_claim(x.claims, "otto-vann", "LEADS", "marsovia")
    assert c is not None and c.low and "title_without_name" in c.reasons


@pytest.mark.parametrize(
    "text, claim, low",
    [
        (
            "I soldati sono arrivati nella regione marsoviana di Valle Nord.",
            ("north-valley", "LOCATED_IN", "marsovia"),
            True,
        ),
        ("Le navi sono partite dal porto marsoviano di Port Lina.", ("lina-port", "LOCATED_IN", "marsovia"), False),
    ],
)
def test_where_a_region_lies_is_background(run, text, claim, low):
    c = find_claim(run(text, everything=True).claims, *claim)
    # the rule's verdict, before the calibration (a port's location now scores under its floor)
    assert c is not None and (c.low and not demoted(c)) is low, c and c.reasons


def test_losses_where_a_force_fights(run):
    text = (
        "Circa 200 soldati freedoniani sono stati uccisi nella regione marsoviana di Valle Nord, "
        "dove combattono al fianco delle forze marsoviane."
    )
    claims = run(text, uncalibrated=True)  # "dove combattono" scores under the calibration's floor
    got = {(c.subject, c.predicate, c.object) for c in claims}
    assert ("marsovia", "FOUGHT_IN", "north-valley") not in got, triples(claims, quotes=True)  # a demonym of the place
    assert ("freedonia", "FOUGHT_IN", "north-valley") in got, triples(claims, quotes=True)  # "X, dove combattono"
    loss = find_claim(claims, "freedonia", "SUFFERED_LOSSES", "north-valley")
    assert loss is not None and (loss.quantity, loss.unit) == (200, "killed")
    # the count of the dead is no other claim's figure
    assert all(c.quantity is None for c in claims if c.predicate != "SUFFERED_LOSSES"), triples(claims, quotes=True)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "due" counts the parties, not the dead
        ("Le due parti hanno concordato di erigere memoriali a Marsovia per i soldati freedoniani caduti.", None),
        # "600 di loro": part of the force named before, where it was named
        (
            "Circa 5.000 soldati freedoniani sono stati schierati a Marsovia e circa 600 di loro sono morti in combattimento.",
            ("freedonia", "marsovia", 600),
        ),
    ],
)
def test_a_casualty_count_counts_its_victims(run, text, expected):
    losses = [c for c in run(text, everything=True).claims if c.predicate == "SUFFERED_LOSSES"]
    if expected is None:
        assert losses == [], triples(losses, quotes=True)
    else:
        assert [(c.subject, c.object, c.quantity) for c in losses] == [expected], triples(losses, quotes=True)
