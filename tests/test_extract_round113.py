"""Rules of round 113 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Marsovia ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville", "freedoniano", "freedoniana"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad", "silvano", "silvana"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- adjunct_ends_speaker: "Lo ha detto X dopo un incontro con Y" with no comma: the speaker's phrase
# ends where the adjunct opens, and the meeting is the speaker's (lang ADJUNCT_OPENING, frames.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Lo ha detto Ivo Brand dopo un incontro con Lena Marsh.", "it"),
        ("Lo ha detto oggi la viceministra silvana Ivo Brand durante un incontro con Lena Marsh.", "it"),
    ],
)
def test_the_speaker_met_whom_an_adjunct_without_comma_names(run, text, lang):
    claims = run(text, lang)
    assert find_claim(claims, "ivo-brand", "MET_WITH", "lena-marsh"), triples(claims)


# -- a meeting partner's title is no briefing ("durante un incontro con il vicepresidente del
# governo regionale Y": Y briefs no one; lang BRIEFING_BY), and a region's government is no state's
# (lang EPITHETS)
def test_a_partners_title_makes_no_briefer_and_no_state(run):
    claims = run(
        "Lo ha detto oggi la viceministra silvana Ivo Brand durante un incontro con il vicepresidente del"
        " governo regionale Lena Marsh, secondo quanto riporta l'agenzia Zeta.",
        "it",
    )
    met = [c for c in claims if c.predicate == "MET_WITH"]
    assert met and {(c.subject, c.object) for c in met} == {("ivo-brand", "lena-marsh")}, triples(claims)


# appositive_title with a rank (", generale Y") is checked by its doctest (graph/extract/titles.py).


# -- titled_genitive: a message "del presidente X" is X's, with the recipient marked "al ..." before
# the message noun (graph/extract/arguments.py, pair_rules.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "A Mosgrad il giudice Pak Tong Ryol ha consegnato al leader freedoniano Lena Marsh un messaggio del"
            " presidente Ivo Brand.",
            "it",
        ),
    ],
)
def test_a_message_of_a_titled_person_is_his_to_its_recipient(run, text, lang):
    claims = [c for c in run(text, lang) if c.predicate == "SENT_MESSAGE_TO"]
    assert [(c.subject, c.object) for c in claims] == [("ivo-brand", "lena-marsh")], triples(claims)
