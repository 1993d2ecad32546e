"""Rules of round 59 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "artillery": ("WeaponSystem", ["artillery", "artiglieria"]),
    "missiles": ("WeaponSystem", ["ballistic missiles", "missili balistici"]),
    "drones": ("WeaponSystem", ["drones", "droni"]),
    "weapons": ("WeaponSystem", ["weapons", "armi"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def items(claims) -> list[str]:
    return sorted(c.item for c in claims if c.predicate == "SUPPLIES")


# -- goods_list: a list of goods joined by more than a bare "and" still gives one claim per item
# (graph/extract/items.py; ITEM_LIST_LINK in graph/extract/lang; SUBORDINATOR_EXCEPTIONS: ", as
# well as" opens no clause)
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Freedonia has given Sylvania about 2 million artillery shells, as well as long-range ballistic missiles.",
            "en",
            ["artillery", "missiles"],
        ),
        ("Freedonia has shipped Sylvania ballistic missiles and thousands of drones.", "en", ["drones", "missiles"]),
        (
            "Freedonia ha consegnato alla Silvania missili balistici e sistemi di artiglieria.",
            "it",
            ["artillery", "missiles"],
        ),
        ("Freedonia ha consegnato alla Silvania droni e migliaia di missili balistici.", "it", ["drones", "missiles"]),
        # guards: "and other weapons" sums the list up; a destination between two goods ends the list
        ("Freedonia has given Sylvania ballistic missiles and other weapons.", "en", ["missiles"]),
        ("Freedonia sent drones to Sylvania and artillery to its allies.", "en", ["drones"]),
        ("Freedonia ha consegnato droni alla Silvania e artiglieria agli alleati.", "it", ["drones"]),
    ],
)
def test_a_list_of_goods_gives_one_claim_per_item(run, text, lang, expected):
    assert items(run(text, lang)) == expected
