"""Rules of round 41 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article. A test
marked *guard* checks what a rule must leave alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, high_triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniani", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "Silvania"]),
    "ruritania": ("Country", ["Ruritania", "Ruritanian"]),
    "world-council": ("Organization", ["World Security Council", "Consiglio di sicurezza mondiale"]),
    "ivo-brand": ("Person", ["Ivo Brand"]),
    "ada-holm": ("Person", ["Ada Holm"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- breach nouns: the body whose rules a breach breaks takes no part in the act
# (BREACH_PHRASES in graph/extract/lang)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ruritania condemned the deal as a breach of several World Security Council resolutions and "
         "criticised Freedonia.", "en"),
        ("La Ruritania ha definito l'accordo una violazione delle risoluzioni del Consiglio di sicurezza mondiale e "
         "ha criticato la Freedonia.", "it"),
    ],
)  # fmt: skip
def test_the_body_whose_rules_are_breached_is_no_party(run, text, lang):
    assert not [c for c in high_triples(run(text, lang)) if c[0] == "world-council"]


# -- the one fought is no partner: "fighting Sylvanian forces alongside Ruritanian troops"
def test_the_one_fought_is_no_partner(run):
    claims = run("Freedonian soldiers began fighting Sylvanian forces alongside Ruritanian troops.", "en")
    assert not [c for c in claims if c.predicate == "FIGHTS_ALONGSIDE" and "sylvania" in (c.subject, c.object)]


# -- role_agrees: "il ministro" stands for the one the article named minister, never merely the
# person it names most (graph/extract/anaphora.py, ROLE_EPITHETS per language)
def test_the_minister_is_the_one_named_minister(run):
    text = (
        "Ivo Brand ha incontrato Ada Holm. Ivo Brand ha parlato a lungo. Il ministro degli Esteri freedoniano "
        "Ada Holm ha risposto. Ruritania condivide le preoccupazioni del ministro per la Silvania."
    )
    claims = [c for c in run(text, "it") if c.predicate == "CONCERNED_ABOUT"]
    assert not [c for c in claims if c.subject == "ivo-brand"], claims


def test_with_no_minister_named_the_epithet_names_nobody(run):
    text = "Ivo Brand ha incontrato Ada Holm. Le preoccupazioni del ministro per la Silvania restano."
    assert not [c for c in run(text, "it") if c.predicate == "CONCERNED_ABOUT" and not c.low]
