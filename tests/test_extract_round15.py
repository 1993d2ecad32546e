"""Round-15 rules (issue 10: key facts the drafts missed) as tables of invented sentences (no
seed or devset text).

Each test is one general rule of news prose; names are made up (Freedonia, Marsovia, Otto Vell
...), so no rule can be fitted to an article. A test marked *guard* checks what a rule must leave
alone.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples

ENTITIES = {
    "lina-accord": ("Agreement", ["accordo di Lina", "Lina accord"]),
    "freedonia": ("Country", ["Freedonia", "Lina"]),
    "marsovia": ("Country", ["Marsovia", "Orsk"]),
    "sylvania": ("Country", ["Sylvania"]),
    "freedonian-troops": ("MilitaryUnit", ["soldati freedoniani", "Freedonian soldiers"]),
    "tarn-region": ("Location", ["regione di Tarn", "Tarn region", "Tarn"]),
    "otto-vell": ("Person", ["Otto Vell", "Vell"]),
    "ivo-brand": ("Person", ["Ivo Brand", "Brand"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=False)


# -- speaker_distance: "X acknowledged ... that it had sent troops" --------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Freedonia on Tuesday acknowledged for the first time in an official statement that it had deployed "
            "troops to the Tarn region.",
            "en",
        ),
        (
            "La Freedonia ha confermato martedì per la prima volta in una nota ufficiale di aver schierato truppe "
            "nella regione di Tarn.",
            "it",
        ),
    ],
)
def test_the_speaker_subject_stands_where_its_clause_opens(run, text, lang):
    claims = [c for c in run(text, lang) if not c.low]
    c = find_claim(claims, "freedonia", "DEPLOYED_TO", "tarn-region")
    assert c is not None, triples(run(text, lang))
    assert any(r.startswith("speaker_distance") for r in c.reasons)


# -- participle_agent: "l'accordo firmato a marzo a Orsk da X e Y" ----------------------------------
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il governo resta fedele all'accordo di Lina, firmato a marzo a Orsk da Otto Vell e Ivo Brand.", "it"),
        ("The government remains loyal to the Lina accord, signed in March in Orsk by Otto Vell and Ivo Brand.", "en"),
    ],
)
def test_a_participle_s_agent_after_time_and_place(run, text, lang):
    claims = run(text, lang)
    for who in ("otto-vell", "ivo-brand"):
        assert find_claim(claims, who, "SIGNED", "lina-accord") is not None, triples(claims)


def test_guard_since_is_no_agent(run):
    """guard: "schierati in Sylvania da ottobre" names a time after "da", no agent."""
    claims = run("Le truppe della Freedonia sono schierate in Sylvania da ottobre.", "it")
    assert not any(c.subject == "sylvania" for c in claims), triples(claims)


# -- nominal_act_agent: "l'invio di soldati freedoniani in Sylvania" --------------------------------
def test_forces_inside_a_nominalised_act_name_the_acting_state(run):
    x = run("L'intesa ha aperto la strada all'invio di soldati freedoniani in Sylvania.", "it", everything=True)
    c = next((c for c in x.claims if c.predicate == "DEPLOYED_TO" and c.object == "sylvania"), None)
    assert c is not None and not c.low and c.subject in ("freedonia", "freedonian-troops"), triples(x.claims)
    assert "nominal_act_agent" in c.reasons


def test_guard_forces_of_the_destination_are_no_agent(run):
    """guard: the forces of the nominalised act stay its subject; the place after "in" stays the object."""
    x = run("L'intesa ha aperto la strada all'invio di soldati freedoniani in Sylvania.", "it", everything=True)
    assert not any(c.subject == "sylvania" and c.predicate == "DEPLOYED_TO" for c in x.claims), triples(x.claims)
