"""Round-16b rules (issue 10: an argument carried from an earlier sentence) as tables of invented
sentences (no seed or devset text).

Each test is one general rule of news prose; names are made up (Freedonia, Marsovia ...), so no
rule can be fitted to an article. A test marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Lina"]),
    "marsovia": ("Country", ["Marsovia", "Orsk"]),
    "sylvania": ("Country", ["Sylvania"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
}

#: One sentence names who sent troops where; the next names what the same sender shipped, not to whom.
CARRIED = {
    "en": (
        "Freedonia has sent more than 8,000 troops to Marsovia, officials said. "
        "Lina has also shipped more than 5,000 containers of artillery shells."
    ),
    "it": (
        "La Freedonia ha inviato oltre 8.000 soldati in Marsovia, hanno detto i funzionari. "
        "Lina ha inoltre spedito oltre 5.000 container di proiettili di artiglieria."
    ),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- carried_object: "X sent troops to Y. X has also shipped shells." -> X SUPPLIES Y --------------
@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_recipient_of_the_previous_act_is_carried(run, lang):
    claims = run(CARRIED[lang], lang)
    c = find_claim(claims, "freedonia", "SUPPLIES", "marsovia")
    assert c is not None and not c.low, triples(claims)
    assert "carried_object-15" in c.reasons
    assert any("carried over" in n for n in c.notes)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_guard_a_paragraph_break_resets_the_carried_object(run, lang):
    text = CARRIED[lang].replace(". ", ".\n\n", 1)
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "SUPPLIES", "marsovia") is None, triples(claims)


@pytest.mark.parametrize(
    "lang, aside",
    [
        ("en", "Sylvania protested. "),
        ("it", "La Sylvania ha protestato. "),
    ],
)
def test_guard_another_candidate_in_between_blocks_the_carried_object(run, lang, aside):
    first, second = CARRIED[lang].split(". ", 1)
    # the aside comes between: its state could as well be the recipient, so no one is
    claims = run(f"{first}. {aside}{second}", lang)
    assert find_claim(claims, "freedonia", "SUPPLIES", "marsovia") is None, triples(claims)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_guard_another_subject_borrows_no_object(run, lang):
    text = CARRIED[lang].replace("Lina", "Sylvania")
    claims = run(text, lang)
    assert find_claim(claims, "sylvania", "SUPPLIES", "marsovia") is None, triples(claims)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Freedonia has sent more than 8,000 troops to Marsovia. Lina has also shipped shells to Sylvania."),
        (
            "it",
            "La Freedonia ha inviato oltre 8.000 soldati in Marsovia. Lina ha inoltre spedito proiettili alla Sylvania.",
        ),
    ],
)
def test_guard_a_named_recipient_wins(run, lang, text):
    claims = run(text, lang)
    assert find_claim(claims, "freedonia", "SUPPLIES", "marsovia") is None, triples(claims)
