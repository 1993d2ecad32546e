"""Rules of round 119 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Vellograd ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import candidate_types, extract_runner, find_claim, triples
from graph.extract.candidates import guess_type

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville", "freedoniano", "freedoniani", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Mosgrad"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
    "vellograd": ("Location", ["Vellograd"]),
    "borealsky-krai": ("Location", ["Borealsky Krai"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- capitalised_university: a capitalised "Università" heads a name of its own, its qualifiers
# after it, or a name right after it (lang QUALIFIED_HEADS, CAPITALISED_HEADS, NAMED_AFTER_HEADS)
@pytest.mark.parametrize(
    "text, name",
    [
        ("L'Università statale di Vellograd ha ricevuto una delegazione.", "Università statale di Vellograd"),
        # a university named after a person on record is no person ("l'Università Lena Marsh")
        ("La delegazione dell'Università Lena Marsh di Pyongville è arrivata.", "Università Lena Marsh"),
    ],
)
def test_a_capitalised_university_is_named_as_an_institute(run, text, name):
    found = candidate_types(run, text, "it")
    assert found.get(name) == "ResearchInstitute", found


def test_a_lower_case_university_names_none(run):
    # guard (passes without the rule, fails if it over-reaches): "un'università statale" describes, it names nothing
    found = candidate_types(run, "Ha visitato un'università statale di Vellograd.", "it")
    assert not any(n.lower().startswith("universit") for n in found), found


def test_a_capitalised_marathon_is_an_event(run):
    found = candidate_types(run, "Pyongville ha ospitato la Maratona internazionale di Vellograd.", "it")
    assert found.get("Maratona internazionale di Vellograd") == "Event", found


# -- workers_place_first: the place first, then "lavorano" and the workers ("a Vellograd lavorano
# almeno 5.000 operai freedoniani"; lang TROOP_PRESENCE_BEFORE, UNITS "operai", "labourers")
@pytest.mark.parametrize(
    "text, lang",
    [
        ("In Sylvania lavorano almeno 5.000 operai freedoniani.", "it"),
        ("In Sylvania sono impiegati almeno 5.000 lavoratori freedoniani.", "it"),
    ],
)
def test_workers_after_the_place_they_work_in_are_placed_there(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and not c.low, triples(claims)
    assert (c.quantity, c.unit) == (5000, "workers"), (c.quantity, c.unit)


def test_labourers_are_counted_as_workers(run):
    claims = run("About 400 Freedonian labourers are working in Sylvania.", "en")
    c = find_claim(claims, "freedonia", "DEPLOYED_TO", "sylvania")
    assert c is not None and (c.quantity, c.unit) == (400, "workers"), triples(claims)


# -- place_title: a place right before a title and its holder qualifies the title, no argument
# of its own; the holder's phrase opens at the place (titles.place_title, lang PLACE_BEFORE_TITLE)
def test_a_place_before_a_title_is_no_one_met(run):
    claims = run("Lena Marsh met Borealsky Krai Governor Tarko Belen in Vellograd on Wednesday.", "en")
    assert find_claim(claims, "lena-marsh", "MET_WITH", "tarko-belen"), triples(claims)
    assert not find_claim(claims, "lena-marsh", "MET_WITH", "borealsky-krai"), triples(claims)
    high = [c for c in claims if not c.low]
    assert find_claim(high, "lena-marsh", "MET_WITH", "tarko-belen"), triples(claims)


def test_a_place_met_before_a_name_that_has_no_title_stays(run):
    # guard (passes without the rule): no title between the place and the name ("visited Borealsky Krai and Lena Marsh")
    claims = run("Tarko Belen visited Borealsky Krai on Wednesday.", "en")
    assert find_claim(claims, "tarko-belen", "VISITED", "borealsky-krai"), triples(claims)


# -- region_and_assembly_types: a region's kind and an assembly type a new name; a building
# named after what sits in it stays a building (candidates.py _TYPE_KEYWORDS, _BUILDING_WORDS)
@pytest.mark.parametrize(
    "name, type_name",
    [
        ("Ostrava Krai", "Location"),
        ("Maritime Territory", "Location"),
        ("Supreme Federal Assembly", "GovernmentBody"),
        ("Mansudae Assembly Hall", "Facility"),  # guard: fails if "assembly" outranks the building
    ],
)
def test_new_names_typed_by_their_kind(name, type_name):
    assert guess_type(name)[0] == type_name
