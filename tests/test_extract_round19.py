"""Round-19 rules (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Orsk ...), so no rule can be fitted to an article. A
test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania"]),
    "freedonian-troops": ("MilitaryUnit", ["Freedonian soldiers", "soldati freedoniani"]),
    "sylvanian-sof": ("MilitaryUnit", ["Special Forces", "forze speciali"]),
    "orsk-region": ("Location", ["Orsk region", "regione di Orsk"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _losses(claims):
    return sorted(
        (c.subject, c.object, c.quantity, c.unit, c.quantity_bound) for c in claims if c.predicate == "SUFFERED_LOSSES"
        and c.quantity is not None
    )  # fmt: skip


# -- casualty_verb_before: "killed 77 ... and wounded about 40": the verb before a number is its unit
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Sylvania's Special Forces said they had killed 77 Freedonian soldiers and wounded about 40 in the "
            "Orsk region.",
            "en",
            [
                ("freedonia", "orsk-region", 40, "wounded", "approx"),
                ("freedonia", "orsk-region", 77, "killed", "exact"),
            ],
        ),
        (
            "Sylvania's forces killed at least 77 of the Freedonian soldiers in the Orsk region.",
            "en",
            [("freedonia", "orsk-region", 77, "killed", "at_least")],
        ),
    ],
)
def test_a_number_after_a_casualty_verb_takes_that_verb_as_its_unit(run, text, lang, expected):
    x = run(text, lang)
    assert _losses(x) == expected, triples(x)
    assert all("casualty_verb_before" in c.reasons for c in x if c.predicate == "SUFFERED_LOSSES" and c.quantity)


def test_guard_the_passive_count_keeps_the_next_word(run):
    """guard: "About 300 ... have been killed and 2,700 wounded": the word after each number."""
    x = run("About 300 Freedonian soldiers have been killed and 2,700 wounded in the Orsk region.", "en")
    assert _losses(x) == [
        ("freedonia", "orsk-region", 300, "killed", "approx"),
        ("freedonia", "orsk-region", 2700, "wounded", "exact"),
    ], triples(x)


def test_guard_the_killers_own_force_is_not_the_victim(run):
    """guard: "Sylvania's Special Forces ... killed 77 of them": "them" are not Sylvania's forces."""
    x = run("Sylvania's Special Forces said they had killed 77 of them and wounded about 40 in the Orsk region.", "en")
    assert not [c for c in x if c.predicate == "SUFFERED_LOSSES" and c.subject == "sylvania" and c.quantity], triples(x)
