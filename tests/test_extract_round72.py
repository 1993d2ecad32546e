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
