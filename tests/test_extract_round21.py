"""Round-21 rules (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania"]),
    "shells": ("WeaponSystem", ["artillery shells", "shells"]),
    "artillery": ("WeaponSystem", ["proiettili d'artiglieria", "artiglieria"]),
    "missiles": ("WeaponSystem", ["ballistic missiles", "missiles", "missili balistici", "missili"]),
    "launchers": ("WeaponSystem", ["lanciarazzi multipli"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _supplies(claims):
    return sorted((c.item, c.quantity, c.quantity_bound) for c in claims if c.predicate == "SUPPLIES")


# -- counted_list: items that each carry a count are a list, each item with its own count
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Secondo il rapporto, la Freedonia ha fornito alla Sylvania circa 9 milioni di proiettili "
            "d'artiglieria e oltre 100 missili balistici.",
            "it",
            [("artillery", 9_000_000, "approx"), ("missiles", 100, "at_least")],
        ),
        (
            "The minister said Freedonia had given Sylvania more than 1,000 missiles and nearly 10 million "
            "artillery shells.",
            "en",
            [("missiles", 1000, "at_least"), ("shells", 10_000_000, "approx")],
        ),
    ],
)
def test_each_counted_item_of_a_list_is_its_own_claim_with_its_own_count(run, text, lang, expected):
    x = run(text, lang)
    assert _supplies(x) == expected, triples(x)


def test_guard_a_count_before_a_list_is_not_copied_onto_the_next_item(run):
    # "5,000 shells and missiles": the 5,000 counts the shells (or both); the missiles get no count
    x = run("Freedonia sent Sylvania 5,000 shells and missiles.", "en")
    assert _supplies(x) == [("missiles", None, None), ("shells", 5000, "exact")], triples(x)
