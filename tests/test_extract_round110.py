"""Rules of round 110 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Marsovia ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad"]),
    "marsovia": ("Country", ["Marsovia"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "lena-marsh": ("Person", ["Lena Marsh", "Marsh"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


@pytest.fixture(scope="module")
def run_high():
    return extract_runner(ENTITIES, high_only=True)


# -- salient_pair: "the two countries" are the two states named most often before it, not the last
# two named (graph/extract/anaphora.py)
def test_the_two_countries_are_the_two_most_named(run):
    claims = run(
        "Freedonia and Sylvania held talks in Mosgrad. Sylvania sent an envoy to Pyongville, days before a visit"
        " to Marsovia. The two countries signed a memorandum on trade on Tuesday.",
        "en",
    )
    signers = {c.subject for c in claims if c.predicate == "SIGNED"}
    assert signers == {"freedonia", "sylvania"}, [(c.subject, c.predicate, c.object) for c in claims]


# -- asked_anonymity: "who asked for anonymity" asks for no act (lang ANONYMITY_AFTER)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Un funzionario della Silvania, che ha chiesto l'anonimato, ha identificato i lanciatori come KN-99.", "it"),
        ("An official of Sylvania, who requested anonymity, identified the launchers as KN-99.", "en"),
    ],
)
def test_asking_for_anonymity_orders_nothing(run, text, lang):
    claims = run(text, lang)
    assert not [c for c in claims if c.predicate == "ORDERED"], [(c.subject, c.predicate, c.object) for c in claims]


# -- an agreement's topic of two adjectives keeps its noun ("on economic and cultural cooperation")
def test_an_agreements_coordinated_topic_keeps_its_noun(run):
    x = run(
        "Freedonia and Sylvania signed their agreement on economic and cultural cooperation in 1949.",
        "en",
        everything=True,
    )
    assert "agreement on economic and cultural cooperation" in {c.name for c in x.candidates}, [
        c.name for c in x.candidates
    ]


# -- appositive_title: a partner named in the closing apposition of a role phrase stands where the
# role phrase opens ("ha ricevuto il ministro del Commercio della Silvania, Ivo Brand")
def test_a_partner_after_his_role_phrase_is_met(run_high):
    claims = run_high(
        "Lena Marsh ha ricevuto oggi a Mosgrad il ministro del Commercio estero della Freedonia, Ivo Brand.",
        "it",
    )
    assert find_claim(claims, "lena-marsh", "MET_WITH", "ivo-brand") or find_claim(
        claims, "ivo-brand", "MET_WITH", "lena-marsh"
    ), [(c.subject, c.predicate, c.object, c.low) for c in claims]


# -- a plural's bare apostrophe joins a name ("the Workers' Party of Korea"; candidates.py)
def test_a_plurals_apostrophe_keeps_a_name_whole(run):
    x = run(
        "Ivo Brand, a secretary of the Central Committee of the Farmers' Party, met Lena Marsh.",
        "en",
        everything=True,
    )
    assert "Central Committee of the Farmers' Party" in {c.name for c in x.candidates}, [c.name for c in x.candidates]
