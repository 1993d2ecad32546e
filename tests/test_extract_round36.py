"""Rules of round 36 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Ivo Brand ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano", "freedoniana"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "silvano"]),
    "ada-holm": ("Person", ["Ada Holm", "il leader silvano"]),
    "freedonia-council": ("Organization", ["Freedonian Security Council", "Consiglio di sicurezza freedoniano"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


def _titles(claims):
    """(subject, predicate, object, low) of the title claims."""
    return sorted(
        (c.subject, c.predicate, c.object, c.low) for c in claims if c.predicate in ("LEADS", "HOLDS_POSITION_IN")
    )


# -- title_of_body: a role in a body the state owns, named only in words, is no position the
# state gives (graph/extract/titles.py; the portfolio words in graph/extract/lang)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il vicepresidente del Comitato di pianificazione freedoniano Ivo Brand ha parlato ieri.", "it"),
        ("Il portavoce della Guardia costiera freedoniana, Ivo Brand, ha parlato ieri.", "it"),
        ("Ivo Brand, presidente dell'Accademia delle scienze freedoniana, ha parlato ieri.", "it"),
        ("The chief of Freedonia's planning committee, Ivo Brand, spoke on Monday.", "en"),
        ("Freedonia's Planning Committee secretary Ivo Brand spoke on Monday.", "en"),
        ("Freedonian military intelligence chief Ivo Brand spoke on Monday.", "en"),
    ],
)
def test_a_role_in_a_body_the_state_owns_is_kept_apart(run, text, lang):
    claims = _titles(run(text, lang))
    assert not [c for c in claims if c[2] == "freedonia" and not c[3]], claims


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # guard: a ministry's portfolio names the state's own government
        ("Il ministro della Difesa freedoniano Ivo Brand ha parlato ieri.", "it", "HOLDS_POSITION_IN"),
        ("Il ministro degli Esteri freedoniano, Ivo Brand, ha parlato ieri.", "it", "HOLDS_POSITION_IN"),
        ("Freedonia's First Vice Foreign Minister Ivo Brand spoke on Monday.", "en", "HOLDS_POSITION_IN"),
        ("Freedonian Defence Minister Ivo Brand spoke on Monday.", "en", "HOLDS_POSITION_IN"),
        # guard: the head of the state itself
        ("Il presidente freedoniano Ivo Brand ha parlato ieri.", "it", "LEADS"),
        ("Freedonia's President Ivo Brand spoke on Monday.", "en", "LEADS"),
    ],
)
def test_guard_a_state_office_keeps_its_claim(run, text, lang, expected):
    assert _titles(run(text, lang)) == [("ivo-brand", expected, "freedonia", False)]


def test_guard_a_known_body_is_the_object_not_the_state(run):
    """The body the sentence names is a known organisation: the role is in it, as before."""
    claims = _titles(run("Il segretario del Consiglio di sicurezza freedoniano Ivo Brand ha parlato ieri.", "it"))
    assert ("ivo-brand", "HOLDS_POSITION_IN", "freedonia-council", False) in claims


# -- title_joined: a name after a conjunction and a second role holds that role only
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ieri il presidente freedoniano e il leader silvano Ada Holm hanno firmato un accordo.", "it"),
        ("Ieri il presidente freedoniano e il leader silvano hanno firmato un accordo.", "it"),
        ("On Monday the Freedonian president and Sylvanian leader Ada Holm signed a deal.", "en"),
    ],
)
def test_a_name_after_a_second_title_holds_that_title_only(run, text, lang):
    claims = _titles(run(text, lang))
    assert not [c for c in claims if c[0] == "ada-holm" and c[2] == "freedonia" and not c[3]], claims
