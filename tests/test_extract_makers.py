"""Rule ``generic_class`` (graph/extract/makers.py) as a table of invented sentences.

A class of weapons named by its makers ("Freedonian ballistic missiles") is also written with
its common noun alone ("ballistic missiles", "missili balistici"). That noun says whose weapons
they are only when the sentence names the makers; otherwise a draft would say more than its
source ("Marsovia fired ballistic missiles" is no claim about Freedonian missiles).
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniani"]),
    "marsovia": ("Country", ["Marsovia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "fr-missiles": (
        "WeaponSystem",
        ["Freedonian ballistic missiles", "ballistic missiles", "missili balistici freedoniani", "missili balistici"],
    ),
}


@pytest.fixture(scope="module")
def run_all():
    return extract_runner(ENTITIES, high_only=False)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia fired ballistic missiles at Sylvania on Tuesday.", "en"),
        ("La Marsovia ha lanciato missili balistici contro la Sylvania.", "it"),
        ("Marsovia has supplied ballistic missiles to Sylvania, officials said.", "en"),
    ],
)
def test_a_common_noun_does_not_name_the_makers_class_when_no_maker_is_named(run_all, text, lang):
    claims = run_all(text, lang)
    assert not any("fr-missiles" in (c.object, c.item) for c in claims)


@pytest.mark.parametrize(
    "text, lang, s, p, o",
    [
        ("Freedonia has supplied ballistic missiles to Marsovia.", "en", "freedonia", "SUPPLIES", "marsovia"),
        ("La Freedonia ha consegnato missili balistici alla Marsovia.", "it", "freedonia", "SUPPLIES", "marsovia"),
    ],
)
def test_guard_the_common_noun_names_the_class_when_the_sentence_names_the_makers(run_all, text, lang, s, p, o):
    c = find_claim(run_all(text, lang), s, p, o)
    assert c is not None and c.item == "fr-missiles"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Marsovia fired Freedonian ballistic missiles at Sylvania.", "en"),
        ("La Marsovia ha lanciato missili balistici freedoniani contro la Sylvania.", "it"),
    ],
)
def test_guard_a_name_with_the_makers_adjective_always_names_the_class(run_all, text, lang):
    c = find_claim(run_all(text, lang), "marsovia", "USES", "fr-missiles")
    assert c is not None
