"""Rules of round 63 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, the ZX-7 ...), so no rule can be fitted to an article. A
test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvano"]),
    "zx-7": ("WeaponSystem", ["ZX-7"]),
    "missiles": ("WeaponSystem", ["ballistic missiles", "missili balistici"]),
    "munitions": ("WeaponSystem", ["munitions"]),
    "artillery": ("WeaponSystem", ["artillery"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def supplies(claims) -> list[tuple]:
    return [(c.item, c.quantity) for c in claims if c.predicate == "SUPPLIES"]


# -- a model named before its class noun is the item ("KN-23 ballistic missiles"), and the number in
# its name is no count (graph/extract/items.py, graph/extract/quantities.py)
@pytest.mark.parametrize(
    "text",
    [
        "Freedonia has supplied Sylvania with ZX-7 ballistic missiles.",
        "Experts have improved the ZX-7 ballistic missiles that Freedonia handed over to Sylvania.",
    ],
)
def test_a_model_before_its_class_is_the_item(run, text):
    assert supplies(run(text, "en")) == [("zx-7", None)]


def test_guard_two_class_nouns_keep_the_kind(run):
    # round 72: the modifier's class is the item (it was the head's before)
    assert supplies(run("Freedonia has supplied Sylvania with artillery munitions.", "en")) == [("artillery", None)]


def test_guard_a_count_before_a_model_still_counts(run):
    assert supplies(run("Freedonia has supplied Sylvania with 40 ZX-7 ballistic missiles.", "en")) == [("zx-7", 40)]


# -- a force fighting under another's command fights on its side (FIGHTS_ALONGSIDE cues)
def test_fighting_under_command_is_fighting_alongside(run):
    claims = run("Alla fine dell'anno circa 12.000 soldati freedoniani combattevano sotto comando silvano.", "it")
    assert {c.subject for c in claims if c.predicate == "FIGHTS_ALONGSIDE"} & {"freedonia", "sylvania"}


# -- a closing report may be followed by a participle phrase that comments on it: the clause before
# the comma is still the report's content (graph/extract/frames.py)
def test_a_participle_after_a_closing_report_keeps_the_content(run):
    text = (
        "Freedonia has sent roughly 10,000 soldiers to Sylvania, the ministry said on Monday, more than tripling"
        " the estimate U.S. officials gave last week."
    )
    claims = run(text, "en")
    assert [(c.subject, c.predicate, c.object) for c in claims if c.predicate == "DEPLOYED_TO"] == [
        ("freedonia", "DEPLOYED_TO", "sylvania")
    ]
