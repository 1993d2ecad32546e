"""Rules of round 102 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, pairs_of

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "silvano"]),
    "partnership-pact": ("Agreement", ["Trattato di partenariato globale", "trattato", "treaty"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


# -- another_named_thing: a common-noun alias with a complement its entity's names lack names another
# thing of the kind (COMPLEMENT_OPENING, graph/extract/pipeline.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il nuovo accordo sostituisce il trattato di amicizia firmato nel 1961 dalla Silvania.", "it"),
        ("The new pact replaces the treaty of friendship signed in 1961 by Sylvania.", "en"),
    ],
)
def test_a_generic_alias_with_a_foreign_complement_is_another_thing(run, text, lang):
    x = run(text, lang, everything=True)
    assert "partnership-pact" not in {m.entity for m in x.mentions}


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il trattato di partenariato è entrato in vigore a dicembre.", "it"),
        ("Il trattato è entrato in vigore a dicembre.", "it"),
        ("The treaty entered into force in December.", "en"),
    ],
)
def test_guard_the_alias_alone_or_with_its_own_words_is_the_entity(run, text, lang):
    x = run(text, lang, everything=True)
    assert "partnership-pact" in {m.entity for m in x.mentions}


# -- visitors_are_no_force: a delegation, a team or performers sent are neither a force nor goods
# (VISITORS_SENT per language, graph/extract/claims.py)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Silvania ha inviato in Fredonia una delegazione per il festival della gioventù.", "it"),
        ("Sylvania sent its national football team to Freedonia for a friendly match.", "en"),
    ],
)
def test_visitors_sent_are_no_deployment(run, text, lang):
    claims = run(text, lang, uncalibrated=True)
    assert not [c for c in claims if c.predicate in ("DEPLOYED_TO", "SUPPLIES")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La Silvania ha inviato in Fredonia diecimila soldati a marzo.", "it"),
        ("Sylvania sent 10,000 troops to Freedonia in March.", "en"),
    ],
)
def test_guard_troops_sent_are_still_deployed(run, text, lang):
    claims = run(text, lang)
    assert any(c.subject == "sylvania" and c.predicate == "DEPLOYED_TO" for c in claims)


# -- targets_of_measures: a demonym qualifying the firms or people a measure targets names its state
# (extraction.yaml ``measures``, TARGETS_AFTER_DEMONYM / TARGETS_BEFORE_DEMONYM)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia on Friday blacklisted a trio of Sylvanian firms and one person.", "en"),
        ("La Fredonia ha imposto sanzioni contro tre società silvane e due cittadini.", "it"),
    ],
)
def test_a_measure_against_a_states_firms_targets_the_state(run, text, lang):
    assert ("freedonia", "sylvania") in pairs_of(run(text, lang, uncalibrated=True), "SANCTIONS")


def test_guard_praise_of_a_states_firms_names_no_state(run):
    claims = run("Freedonia praised Sylvanian firms on Friday.", "en", uncalibrated=True)
    assert not [c for c in claims if c.object == "sylvania"]
