"""Rules of round 74 (issue 10) as tables of invented sentences (no seed or devset text).

Names are made up (Freedonia, Sylvania, Vortex ...), so no rule can be fitted to an article.
"""

from __future__ import annotations

import pytest

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Freedonian"]),
    "sylvania": ("Country", ["Sylvania", "Silvania", "Sylvanian"]),
}


@pytest.fixture(scope="module")
def draft():
    from graph.extract.gazetteer import Gazetteer
    from graph.extract.pipeline import extract
    from graph.schema import load_schema

    schema = load_schema()
    gaz = Gazetteer.from_names([(eid, n) for eid, (_, names) in ENTITIES.items() for n in names])
    types = {eid: t for eid, (t, _) in ENTITIES.items()}

    def run(text: str, lang: str):
        return extract(text, lang=lang, schema=schema, gazetteer=gaz, entity_types=types)

    return run


# -- headed_name: a one-word name after the noun that says what it names (graph/extract/candidates.py)
@pytest.mark.parametrize(
    "text, lang, name",
    [
        ("La Silvania ha venduto armi al gruppo Vortex, che combatte in Freedonia.", "it", "Vortex"),
        ("Secondo il ministero, la società Brontek ha fornito componenti alla Silvania.", "it", "Brontek"),
        ("The firm Brontek supplied components to Sylvania, the ministry said.", "en", "Brontek"),
    ],
)
def test_a_one_word_name_after_its_head_noun_is_a_new_organisation(draft, text, lang, name):
    found = {(c.name, c.type) for c in draft(text, lang).candidates}
    assert (name, "Organization") in found


def test_guard_a_capitalised_word_after_a_head_then_another_is_a_longer_name(draft):
    names = {c.name for c in draft("La Silvania ha venduto armi al gruppo Vortex Nero.", "it").candidates}
    assert "Vortex" not in names


# -- a company or a group named in capitals is no person (graph/extract/candidates.py guess_type)
@pytest.mark.parametrize("name", ["Vortex Group", "Brontek Trading"])
def test_a_group_or_a_trading_company_is_an_organisation(name):
    from graph.extract.candidates import guess_type

    assert guess_type(name)[0] == "Organization"


def test_a_house_of_government_in_italian_is_a_government_body():
    from graph.extract.candidates import guess_type

    assert guess_type("Casa Bianca")[0] == "GovernmentBody"


# -- own_state: a body named after its state is no party to an act with that state (graph/extract/claims.py)
def test_a_body_named_after_its_state_does_not_act_on_it(draft):
    claims = draft("Il ministero degli Esteri della Silvania ha respinto le accuse della Silvania.", "it").claims
    assert not [c for c in claims if c.object == "sylvania" and c.predicate == "CHALLENGES"]


def test_guard_a_body_acts_on_another_state(draft):
    claims = draft("Il ministero degli Esteri della Silvania ha condannato la Freedonia.", "it").claims
    assert [c for c in claims if c.object == "freedonia" and c.predicate == "CHALLENGES"]
