"""Rules of round 132 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian", "freedoniano"]),
    "sylvania": ("Country", ["Sylvania", "Sylvanian", "silvano"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
    "oto-vell": ("Person", ["Oto Vell", "Vell"]),
    "lina-pact": ("Agreement", ["Lina Pact"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- done_by: the agent of a participle of doing after an act noun did the act, its place between
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il museo ricorda la visita compiuta un anno fa in Sylvania da Ivo Brand.", "it"),
        ("The plaque marks the visit paid to Sylvania by Ivo Brand in 2002.", "en"),
    ],
)
def test_an_act_done_by_its_agent(run, text, lang):
    claims = run(text, lang)
    c = find_claim(claims, "ivo-brand", "VISITED", "sylvania")
    assert c is not None and not c.low, triples(claims)


# -- titled agent: an agent's phrase opens at its title (between_titled, round 93, now agents too)
@pytest.mark.parametrize(
    "text, lang",
    [
        ("La mostra ricorda la visita compiuta in Sylvania dal presidente freedoniano, Ivo Brand.", "it"),
        ("Oto Vell era stato ricevuto dal presidente freedoniano Ivo Brand.", "it"),
        ("Oto Vell was received by Freedonian President Ivo Brand on Monday.", "en"),
    ],
)
def test_a_titled_agent(run, text, lang):
    claims = run(text, lang)
    assert [c for c in claims if c.subject == "ivo-brand" and c.predicate in ("VISITED", "MET_WITH") and not c.low], (
        triples(claims)
    )


def test_a_visit_with_no_doing_participle(run):
    # guard: "la visita in Sylvania di X" is read as before (a genitive), no agent phrase needed
    claims = run("La visita in Sylvania di Ivo Brand è durata tre giorni.", "it")
    assert not [c for c in claims if c.subject == "oto-vell"], triples(claims)
