"""Rules of round 110 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Marsovia ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Pyongville"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Mosgrad"]),
    "marsovia": ("Country", ["Marsovia"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


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
