"""Round-9 attribution rules (issue 10) as tables of invented sentences (no seed or devset text).

Each test is one general rule of news prose about who asserts a claim: a reporting word inside a
name is no reporting verb (``cue_in_name``), sources coordinated before one reporting verb make
a joint statement attributed to the first named (``joint_source``), a source phrase set off by
commas after a relative pronoun covers the clause it opens (``parenthetical_source``), a
quantifier before a source noun leaves the sources unnamed (``unnamed_determiner``) and a report
whose subject is a whole clause refers to no earlier sentence (``back_report_subject``). Names are
made up (Freedonia, Marsovia, Alda Rossi ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia"]),
    "marsovia": ("Country", ["Marsovia"]),
    "sylvania": ("Country", ["Sylvania"]),
    "united-provinces": ("Country", ["United States of Ruritania", "Ruritania"]),
    "alda-rossi": ("Person", ["Alda Rossi", "Rossi"]),
    "the-daily-bugle": ("Organization", ["Daily Bugle"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- cue_in_name ----------------------------------------------------------------------------------
def test_reporting_word_inside_a_name_is_no_reporting_verb(run):
    claims = run(
        "The United States of Ruritania and Sylvania accuse Freedonia of supplying Marsovia with shells.",
        "en",
    )
    c = find_claim(claims, "freedonia", "SUPPLIES", "marsovia")
    assert c is not None
    # "states" in the name opened an unnamed source before; the accusers are named now
    assert (c.attribution or {}).get("kind") != "unnamed"


# -- joint_source ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, first",
    [
        ("Sylvania and Ruritania say Freedonia sent 5,000 troops to Marsovia last autumn.", "sylvania"),
        ("Ruritania and Sylvania say Freedonia sent 5,000 troops to Marsovia last autumn.", "united-provinces"),
    ],
)
def test_joint_statement_is_attributed_to_the_first_source(run, text, first):
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to == first


def test_a_single_source_is_unchanged_by_joint_source(run):
    c = find_claim(
        run("Sylvania says Freedonia sent 5,000 troops to Marsovia last autumn.", "en"),
        "freedonia",
        "DEPLOYED_TO",
        "marsovia",
    )
    assert c is not None and c.attributed_to == "sylvania"


# -- parenthetical_source -------------------------------------------------------------------------
def test_source_after_a_relative_pronoun_covers_its_clause(run):
    text = (
        "Il vertice suggella un avvicinamento che, secondo Sylvania e Ruritania, ha portato la Freedonia "
        "a fornire alla Marsovia soldati e armi, dopo che Alda Rossi ha visitato la Marsovia."
    )
    claims = run(text)
    sent = find_claim(claims, "freedonia", "DEPLOYED_TO", "marsovia")
    assert sent is not None and sent.attributed_to == "sylvania"  # the first of the joint source
    # the clause after the relative clause's comma is the article's own voice
    visited = find_claim(claims, "alda-rossi", "VISITED", "marsovia")
    assert visited is not None and visited.attributed_to is None


def test_source_after_its_content_still_covers_what_precedes(run):
    c = find_claim(
        run("La Freedonia ha inviato soldati alla Marsovia, secondo Sylvania."), "freedonia", "DEPLOYED_TO", "marsovia"
    )
    assert c is not None and c.attributed_to == "sylvania"


# -- unnamed_determiner ---------------------------------------------------------------------------
def test_quantified_officials_of_a_government_are_unnamed_sources(run):
    text = (
        "La Freedonia avrebbe trasferito alla Marsovia due moduli per sottomarini. Lo ha scritto il "
        "quotidiano Daily Bugle, citando diversi funzionari del governo di Sylvania."
    )
    c = find_claim(run(text), "freedonia", "SUPPLIES", "marsovia")
    assert c is not None
    assert c.attribution["kind"] == "unnamed" and "asserter" not in c.attribution
    assert c.attributed_to == "the-daily-bugle"  # the named relay


# -- back_report_subject --------------------------------------------------------------------------
def test_a_clause_long_subject_reports_no_earlier_sentence(run):
    text = (
        "Freedonia sent 3,000 troops to Marsovia on Friday.\n\n"
        "Alda Rossi met the leaders of Sylvania and of Ruritania on the sidelines of a regional summit "
        "in the capital, in what she said would be her last meeting with them."
    )
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to is None


def test_a_short_report_still_refers_to_the_previous_sentence(run):
    text = "Freedonia sent 3,000 troops to Marsovia on Friday. Alda Rossi said in a statement."
    c = find_claim(run(text, "en"), "freedonia", "DEPLOYED_TO", "marsovia")
    assert c is not None and c.attributed_to == "alda-rossi"
