"""Rules of round 84 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Pak Sol Ho, Ri Ung Bo ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {"sylvania": ("Country", ["Sylvania"])}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- two personal names joined by "and" are two people (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, lang, names",
    [
        ("The delegation also met Pak Sol Ho and Ri Ung Bo on Friday.", "en", {"Pak Sol Ho", "Ri Ung Bo"}),
        ("They met Foreign Minister Kang Il Su and Ri Ung Bo in Sylvania.", "en", {"Kang Il Su", "Ri Ung Bo"}),
        ("La delegazione ha incontrato Pak Sol Ho e Ri Ung Bo venerdì.", "it", {"Pak Sol Ho", "Ri Ung Bo"}),
    ],
)
def test_two_personal_names_joined_by_and_are_two_people(run, text, lang, names):
    found = {c.name: c.type for c in run(text, lang, everything=True).candidates}
    assert all(found.get(n) == "Person" for n in names)


def test_guard_an_institution_with_and_stays_one_name(run):
    found = {
        c.name for c in run("The Ministry of Trade and Industry of Sylvania said so.", "en", everything=True).candidates
    }
    assert "Ministry of Trade and Industry" in found


# -- round 85, resolution_number: a numbered resolution is a new agreement (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Sylvania voted on Friday for resolution 9356, which adds several firms to the list.",
            "en",
            "resolution 9356",
        ),
        ("Sylvania chiede di rispettare la risoluzione 9874 del Consiglio.", "it", "risoluzione 9874"),
    ],
)
def test_a_numbered_resolution_is_a_new_agreement(run, text, lang, name):
    assert (name, "Agreement") in {(c.name, c.type) for c in run(text, lang, everything=True).candidates}


def test_guard_a_resolution_with_no_number_is_no_name(run):
    names = {c.name for c in run("Sylvania voted for the resolution on Friday.", "en", everything=True).candidates}
    assert not any("resolution" in n.lower() for n in names)


# -- round 86, compound_modifier: a name hyphenated to a lower-case word is no party (graph/extract/claims.py)
def test_a_state_hyphenated_to_a_participle_is_no_party():
    run_en = extract_runner({"sylvania": ("Country", ["Sylvania"]), "freedonia": ("Country", ["Freedonia"])})
    claims = run_en("Sylvania supported a Freedonia-drafted resolution on Tuesday.", "en")
    assert not [c for c in claims if c.object == "freedonia"]


# -- round 88: a freeze of one's own programme is no sanction (graph/extract/claims.py)
def test_freezing_its_own_programme_is_no_sanction():
    run_en = extract_runner(
        {"sylvania": ("Country", ["Sylvania"]), "sy-programme": ("Programme", ["nuclear programme"])}
    )
    assert not [c for c in run_en("In 1994 Sylvania froze its nuclear programme.", "en") if c.predicate == "SANCTIONS"]


def test_guard_freezing_anothers_assets_is_a_sanction():
    run_en = extract_runner({"sylvania": ("Country", ["Sylvania"]), "freedonia": ("Country", ["Freedonia"])})
    claims = run_en("Sylvania froze the assets of Freedonia on Monday.", "en")
    assert ("sylvania", "freedonia") in {(c.subject, c.object) for c in claims if c.predicate == "SANCTIONS"}


# -- round 89: a ban names an act that is not to happen (graph/extract/lang NEGATIONS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("The resolutions prohibit Sylvania from selling arms to Freedonia.", "en"),
        ("The resolutions forbid Sylvania from selling arms to Freedonia.", "en"),
    ],
)
def test_a_banned_transfer_is_no_transfer(text, lang):
    run_ban = extract_runner(
        {"sylvania": ("Country", ["Sylvania", "Silvania"]), "freedonia": ("Country", ["Freedonia"])}
    )
    assert not [c for c in run_ban(text, lang) if c.predicate == "SUPPLIES"]


def test_guard_a_transfer_the_resolutions_ban_still_happened():
    run_ban = extract_runner({"sylvania": ("Country", ["Sylvania"]), "freedonia": ("Country", ["Freedonia"])})
    claims = run_ban("Freedonia sent arms to Sylvania, although the resolutions prohibit it.", "en")
    assert ("freedonia", "sylvania") in {(c.subject, c.object) for c in claims if c.predicate == "SUPPLIES"}
