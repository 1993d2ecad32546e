"""Rules of round 77 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Im Sol Ho ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "freedoniano", "F.R."]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvano"]),
    "ivo-rass": ("Person", ["Ivo Rass"]),
    "ada-lenz": ("Person", ["Ada Lenz"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def triples(claims, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in claims if c.predicate == predicate}


# -- consultations and calls are meetings (schema/predicates.yaml MET_WITH); "held" carries the
# event its noun names (graph/extract/lang EVENT_VERBS)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Deputy Foreign Minister Ivo Rass held consultations on Monday with Ada Lenz, the ministry said.", "en"),
        ("Il ministro degli Esteri Ivo Rass ha discusso del lancio al telefono con Ada Lenz.", "it"),
    ],
)
def test_consultations_and_calls_are_meetings(run, text, lang):
    assert triples(run(text, lang), "MET_WITH") & {("ivo-rass", "ada-lenz"), ("ada-lenz", "ivo-rass")}


# -- a name spaCy reads as a contraction ("Im") stays one word (graph/extract/sentences.py)
def test_a_korean_family_name_that_looks_like_a_contraction_is_part_of_the_name(run):
    x = run("Vice Foreign Minister Im Sol Ho said on Monday that talks went well.", "en", everything=True)
    assert "Im Sol Ho" in {c.name for c in x.candidates}


# -- a dotted abbreviation keeps its last dot, so a title after it reads as one (graph/extract/gazetteer.py)
def test_a_dotted_state_abbreviation_opens_a_title(run):
    claims = run("Ada Lenz met F.R. President Ivo Rass twice.", "en")
    assert ("ada-lenz", "ivo-rass") in triples(claims, "MET_WITH")
    assert ("ada-lenz", "freedonia") not in triples(claims, "MET_WITH")


# -- summoned_envoy: summoning an envoy protests against the envoy's state (graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia called in Sylvania's charge d'affaires on Tuesday after the attack.", "en"),
        ("La Freedonia ha convocato l'ambasciatore silvano per esprimere preoccupazione.", "it"),
    ],
)
def test_summoning_an_envoy_challenges_the_envoys_state(run, text, lang):
    assert triples(run(text, lang), "CHALLENGES") == {("freedonia", "sylvania")}


def test_guard_a_summons_of_no_envoy_is_no_claim(run):
    assert not triples(run("Freedonia summoned the family of Sylvania's last king.", "en"), "CHALLENGES")
