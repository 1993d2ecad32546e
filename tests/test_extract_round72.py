"""Round 72 (issue 10): the seed classes of goods and aid carry their English names.

The seeds were curated from Italian articles, so their classes of goods ("munizioni",
"armi", "forniture energetiche") had no English name an English report uses; an English
report's "ammunition" or "oil" named nothing. These tests read the real seed dataset: the data
is what changed, and the sentences are invented.
"""

from __future__ import annotations

import pytest

from graph.extract.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def seed_gazetteer(seeds_dataset):
    return Gazetteer.from_entities(seeds_dataset.entities.values())


@pytest.mark.parametrize(
    "name, entity",
    [
        ("ammunition", "munitions"),
        ("artillery shells", "artillery"),
        ("shells", "artillery"),
        ("proiettili d'artiglieria", "artillery"),
        ("arms", "nk-weapons"),
        ("military equipment", "nk-weapons"),
        ("materiale militare", "nk-weapons"),
        ("oil", "ru-energy-supplies"),
        ("refined petroleum products", "ru-energy-supplies"),
        ("petrolio", "ru-energy-supplies"),
        ("food aid", "ru-food-supplies"),
        ("generi alimentari", "ru-food-supplies"),
        ("financial aid", "ru-financial-assistance"),
        ("aiuti economici", "ru-financial-assistance"),
        ("missile technology", "ru-missile-technology"),
        ("drone technology", "ru-drone-technology"),
    ],
)
def test_a_seed_class_is_found_by_its_english_and_common_italian_names(seed_gazetteer, name, entity):
    assert seed_gazetteer.lookup(name) == {entity}


def test_an_english_report_names_the_goods_of_a_transfer(seeds_dataset, seed_gazetteer):
    from graph.extract.pipeline import extract

    text = "North Korea has shipped ammunition and arms to Russia by rail, the ministry said."
    types = {e.id: e.type for e in seeds_dataset.entities.values()}
    x = extract(text, lang="en", schema=seeds_dataset.schema, gazetteer=seed_gazetteer, entity_types=types)
    items = {c.item for c in x.claims if c.predicate == "SUPPLIES" and not c.low}
    assert items == {"munitions", "nk-weapons"}


@pytest.mark.parametrize(
    "name",
    # guard: generic words with other senses name no class
    ["missiles", "drones", "money", "technology", "rounds"],
)
def test_generic_words_name_no_seed_class(seed_gazetteer, name):
    assert seed_gazetteer.lookup(name) == set()


# -- relative_subject: a force named inside a prepositional phrase is still the subject of the
# relative clause or the gerund it opens (graph/extract/pair_rules.py, graph/extract/frames.py)
FORCE_ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania"]),
    "east-march": ("Location", ["East March", "Marca Est"]),
}


@pytest.fixture(scope="module")
def run():
    from extract_support import extract_runner

    return extract_runner(FORCE_ENTITIES, high_only=True)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The book deals with the Freedonian soldiers who fought in the East March.", "en"),
        ("The book deals with Freedonian soldiers fighting in the East March.", "en"),
        ("The report is about Freedonian special forces, who fought in the East March.", "en"),
        ("Il libro parla dei soldati freedoniani che hanno combattuto nella Marca Est.", "it"),
    ],
)
def test_a_force_in_a_prepositional_phrase_is_the_subject_of_its_relative_clause(run, text, lang):
    assert {(c.subject, c.predicate, c.object) for c in run(text, lang)} >= {("freedonia", "FOUGHT_IN", "east-march")}


@pytest.mark.parametrize(
    "text",
    [
        # guard: a person noun before "who" still opens a clause with its own subject
        "Freedonia welcomed the Sylvanian envoy who visited the East March.",
        "Talks with Sylvanian diplomats who visited the East March ended.",
    ],
)
def test_guard_a_relative_clause_after_other_nouns_keeps_its_own_subject(run, text):
    assert not [c for c in run(text, "en") if c.subject == "freedonia"]
