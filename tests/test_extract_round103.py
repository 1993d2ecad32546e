"""Rules of round 103 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples
from graph.extract.candidates import guess_type

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia", "freedoniano", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvano", "Sylvanian"]),
    "marsh-region": ("Location", ["Marsh", "regione di Marsh"]),
    "hill-region": ("Location", ["Hill"]),
    "port-alba": ("Location", ["Port Alba"]),
    "alda-rossi": ("Person", ["Alda Rossi"]),
    "piet-bruin": ("Person", ["Piet Bruin"]),
    "dunmore": ("Country", ["Dunmore"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- region_anaphor: "the region" is the region named last before it (REGION_ANAPHOR,
# REGION_HEADS per language, graph/extract/anaphora.py)
@pytest.mark.parametrize(
    "text, lang, region",
    [
        (
            "Freedonia moved troops into the Marsh region in May. "
            "By June Freedonia had sent 3,000 troops to the region, officials said.",
            "en",
            "marsh-region",
        ),
        (
            "Fighting went on in the Marsh region. Later the Hill region was shelled. "
            "Freedonia has sent 3,000 troops to the region.",
            "en",
            "hill-region",
        ),
        (
            "La Freedonia ha spostato truppe nella regione di Marsh a maggio. "
            "A giugno la Freedonia aveva inviato 3.000 soldati nella regione.",
            "it",
            "marsh-region",
        ),
    ],
)
def test_the_region_is_the_region_named_last(run, text, lang, region):
    x = run(text, lang, everything=True)
    last = text.rindex("region")
    assert any(c.object == region and c.start <= last < c.end for c in x.claims), triples(x.claims)


@pytest.mark.parametrize(
    "text, lang",
    [
        # a city is no region
        ("Freedonia shelled Port Alba in May. Freedonia has sent 3,000 troops to the region.", "en"),
        # the region of someone else: a complement names it
        ("Freedonia held the Marsh region. Freedonia has sent 3,000 troops to the region of Dunmore.", "en"),
    ],
)
def test_guard_no_region_named_no_region_resolved(run, text, lang):
    x = run(text, lang, everything=True)
    second = text.index(". ") + 2
    assert not [c for c in x.claims if c.start >= second and c.object in {"port-alba", "marsh-region"}]


# -- envoy_destination: the place an envoy is posted to is no qualifier of the post; the name may
# follow the destination or stand before the role in apposition (ENVOY_ROLES, ENVOY_DESTINATION,
# TITLE_ADJECTIVES per language, graph/extract/titles.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia's ambassador to Sylvania Alda Rossi attended the ceremony.", "en"),
        ("Freedonia's ambassador to Sylvania, Alda Rossi, attended the ceremony.", "en"),
        ("Alda Rossi, Freedonia's new ambassador to Sylvania, presented her credentials on Monday.", "en"),
        ("L'ambasciatore freedoniano in Silvania Alda Rossi ha partecipato alla cerimonia.", "it"),
        ("Alda Rossi, ambasciatrice freedoniana a Silvania, ha partecipato alla cerimonia.", "it"),
    ],
)
def test_an_envoy_holds_a_post_of_the_state_that_sends_her(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "freedonia"), triples(claims)
    assert not find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "sylvania")


# -- elided_article: a role after "l'", "dell'", "un'" is a title (ELIDED_ARTICLES, Italian)
@pytest.mark.parametrize(
    "text",
    [
        "L'ambasciatore freedoniano Alda Rossi ha partecipato alla cerimonia.",
        "Le parole dell'ambasciatore freedoniano Alda Rossi sono state chiare.",
        "L’ambasciatore freedoniano Alda Rossi ha partecipato alla cerimonia.",
    ],
)
def test_a_role_after_an_elided_article_is_a_title(run, text):
    claims = run(text, "it")
    assert find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "freedonia"), triples(claims)


def test_an_adjective_between_state_and_role_keeps_the_role_direct(run):
    claims = run("Freedonia's acting president, Piet Bruin, said the talks went well.", "en")
    assert find_claim(claims, "piet-bruin", "LEADS", "freedonia"), triples(claims)


def test_guard_a_verb_after_the_comma_is_no_apposition(run):
    claims = run("Alda Rossi, who met Freedonia's ambassador to Sylvania, left on Monday.", "en")
    assert not find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "freedonia"), triples(claims)


# -- company_heads: a company named by its trade or legal form is an organisation, no person
@pytest.mark.parametrize(
    "name, expected",
    [
        ("Primavera Maritime Logistics", "Organization"),
        ("Dunmore Shipping", "Organization"),
        ("Dunmore Railways", "Organization"),
        ("Alba Machinery", "Organization"),
        ("Treasury", "GovernmentBody"),
        ("Dunmore Assembly Hall", "Facility"),
        ("Palazzo della cultura di Alba", "Facility"),
    ],
)
def test_a_company_named_by_its_trade_is_an_organisation(name, expected):
    assert guess_type(name)[0] == expected


def test_guard_two_plain_words_stay_a_person():
    assert guess_type("Dunmore Alba")[0] == "Person"


# -- title_on_record: a title with no state or body in the sentence is the one office of its kind
# the dataset records for the person (offices_on_record, graph/extract/titles.py)
def _run_with_offices(text: str, lang: str, offices: dict):
    from graph.extract.gazetteer import Gazetteer
    from graph.extract.pipeline import extract
    from graph.schema import load_schema

    gaz = Gazetteer.from_names((e, n) for e, (_, names) in ENTITIES.items() for n in names)
    types = {e: t for e, (t, _) in ENTITIES.items()}
    x = extract(text, lang=lang, schema=load_schema(), gazetteer=gaz, entity_types=types, verify=False, offices=offices)
    return [c for c in x.claims if not c.low]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("President Piet Bruin arrived in the capital on Monday.", "en"),
        ("Il presidente Piet Bruin è arrivato lunedì nella capitale.", "it"),
        ("Piet Bruin, the president, arrived on Monday.", "en"),
    ],
)
def test_an_unqualified_title_is_the_office_on_record(text, lang):
    claims = _run_with_offices(text, lang, {"piet-bruin": {"LEADS": frozenset({"freedonia"})}})
    c = find_claim(claims, "piet-bruin", "LEADS", "freedonia")
    assert c is not None and "title_on_record" in c.reasons, triples(claims)
    assert any("freedonia" in n for n in c.notes)


@pytest.mark.parametrize(
    "offices",
    [
        {},  # nothing on record
        {"piet-bruin": {"LEADS": frozenset({"freedonia", "sylvania"})}},  # two offices: which one?
        {"piet-bruin": {"HOLDS_POSITION_IN": frozenset({"freedonia"})}},  # another kind of office
    ],
)
def test_guard_no_single_office_on_record_no_claim(offices):
    claims = _run_with_offices("President Piet Bruin arrived in the capital on Monday.", "en", offices)
    assert not [c for c in claims if c.subject == "piet-bruin" and c.predicate == "LEADS"], triples(claims)


def test_guard_a_title_with_its_state_keeps_the_sentence_s_state():
    claims = _run_with_offices(
        "Sylvanian President Piet Bruin arrived on Monday.", "en", {"piet-bruin": {"LEADS": frozenset({"freedonia"})}}
    )
    assert find_claim(claims, "piet-bruin", "LEADS", "sylvania"), triples(claims)
    assert not find_claim(claims, "piet-bruin", "LEADS", "freedonia")


# -- established_object: a state act whose sentence names no one it could go to goes to the one
# object the article's confident claims gave that act before (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Freedonia has supplied Sylvania with artillery shells since the spring, officials said.\n\n"
            "The talks lasted two days. A spokesman, Piet Bruin, said in January that Freedonia "
            "had sent about one million rounds.",
            "en",
        ),
        (
            "La Freedonia ha fornito alla Silvania proiettili d'artiglieria dalla primavera.\n\n"
            "I colloqui sono durati due giorni. Secondo il portavoce Piet Bruin, la Freedonia "
            "avrebbe fornito circa un milione di colpi.",
            "it",
        ),
    ],
)
def test_an_act_with_no_named_object_keeps_the_articles_object(run, text, lang):
    x = run(text, lang, everything=True)
    later = text.index("million") if lang == "en" else text.index("milione")
    hits = [c for c in x.claims if c.predicate == "SUPPLIES" and c.start <= later < c.end + 40]
    assert [(c.subject, c.object) for c in hits] == [("freedonia", "sylvania")], triples(x.claims)
    assert "established_object-20" in hits[0].reasons


def test_guard_two_objects_before_no_established_object(run):
    text = (
        "Freedonia has supplied Sylvania with artillery shells. Freedonia has also supplied Dunmore with "
        "rockets.\n\nThe talks lasted two days. A spokesman said that Freedonia had sent about one million rounds."
    )
    x = run(text, "en", everything=True)
    later = text.index("million")
    assert not [c for c in x.claims if c.predicate == "SUPPLIES" and c.start <= later < c.end + 40], triples(x.claims)


def test_guard_a_former_title_on_record_is_kept_apart():
    claims = _run_with_offices(
        "Former President Piet Bruin arrived in the capital on Monday.",
        "en",
        {"piet-bruin": {"LEADS": frozenset({"freedonia"})}},
    )
    assert not find_claim(claims, "piet-bruin", "LEADS", "freedonia"), triples(claims)
