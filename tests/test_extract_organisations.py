"""The reference organisations (graph/extract/organisations.py, schema/organisations.yaml): round
103 of issue 10.

Invented entities and sentences; the reference list is the project's, so the organisations named
here are real ones the invented dataset lacks.
"""

from __future__ import annotations

import pytest

from extract_support import extract_runner, find_claim, triples
from graph.errors import DatasetError
from graph.extract.organisations import load_organisations
from graph.schema import default_schema_dir, load_schema

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "nato": ("Organization", ["Nato Bakery"]),  # takes the id "nato"
    "alda-rossi": ("Person", ["Alda Rossi"]),
    "piet-bruin": ("Person", ["Piet Bruin"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def _candidates(x) -> dict[str, tuple[str, str]]:
    return {c.id: (c.name, c.type) for c in x.candidates}


@pytest.mark.parametrize(
    "text, lang, cid, name, type_name",
    [
        ("The United Nations condemned Freedonia on Monday.", "en", "united-nations", "United Nations", "Organization"),
        ("Le Nazioni Unite hanno condannato la Freedonia.", "it", "united-nations", "Nazioni Unite", "Organization"),
        ("L'Unione europea ha condannato la Freedonia.", "it", "european-union", "Unione europea", "Organization"),
        (
            "The U.N. Security Council imposed sanctions on Freedonia.",
            "en",
            "un-security-council",
            "U.N. Security Council",
            "GovernmentBody",
        ),
    ],
)
def test_an_organisation_the_dataset_lacks_is_a_new_entity_of_its_type(run, text, lang, cid, name, type_name):
    x = run(text, lang, everything=True)
    assert _candidates(x)[cid] == (name, type_name)
    assert "reference list" in next(c.reason for c in x.candidates if c.id == cid)


def test_two_organisations_joined_by_and_stay_two(run):
    x = run("The European Union and NATO condemned Freedonia.", "en", everything=True)
    found = _candidates(x)
    assert found["european-union"] == ("European Union", "Organization")
    assert found["nato-org"] == ("NATO", "Organization")  # "nato" is taken in the dataset
    assert not [c for c in x.candidates if " and " in c.name]


def test_the_new_organisation_takes_part_in_claims(run):
    claims = run("The U.N. Security Council imposed sanctions on Freedonia.", "en")
    assert find_claim(claims, "un-security-council", "SANCTIONS", "freedonia"), triples(claims)


def test_other_names_are_aliases(run):
    x = run("The European Union condemned Freedonia.", "en", everything=True)
    aliases = next(c.aliases for c in x.candidates if c.id == "european-union")
    assert {"EU", "Unione europea", "Ue"} <= set(aliases)


def test_the_longer_name_wins(run):
    x = run("Il Consiglio di sicurezza dell'Onu ha condannato la Freedonia.", "it", everything=True)
    assert "un-security-council" in _candidates(x)
    assert "united-nations" not in _candidates(x)  # "Onu" inside the council's name


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Freedonia's Security Council met on Monday.", "en"),  # a state's own council
        ("Un consiglio di sicurezza nazionale è stato convocato in Freedonia.", "it"),  # "un", the article
        ("The nato bakery and the un-named firm were fined.", "en"),  # words, not names
    ],
)
def test_guard_no_organisation_where_none_is_named(run, text, lang):
    x = run(text, lang, everything=True)
    assert not [c for c in x.candidates if "reference list" in c.reason], _candidates(x)


def test_an_envoy_to_an_organisation_holds_a_post_of_her_state(run):
    claims = run("Alda Rossi, Freedonia's ambassador to the United Nations, spoke first.", "en")
    assert find_claim(claims, "alda-rossi", "HOLDS_POSITION_IN", "freedonia"), triples(claims)
    claims = run("U.N. ambassador Piet Bruin spoke first.", "en")
    assert not [c for c in claims if c.subject == "piet-bruin" and c.object == "united-nations"], triples(claims)


def test_the_projects_reference_list_loads():
    orgs = load_organisations(default_schema_dir() / "organisations.yaml", frozenset(load_schema().types))
    assert orgs.entries["united-nations"][0] == "Organization"
    assert "Onu" in orgs.entries["united-nations"][1]["it"]
    # no name opens with "UN ", which the gazetteer reads as the Italian article "un"
    assert not [n for _, by in orgs.entries.values() for ns in by.values() for n in ns if n.startswith("UN ")]


def test_a_bad_organisations_file_names_every_problem(tmp_path):
    path = tmp_path / "organisations.yaml"
    path.write_text(
        "organisations:\n"
        "  nato: {type: Organization, en: [NATO], it: [Nato]}\n"
        "  Bad_Id: {type: Organization, en: [Xa], it: [Ya]}\n"
        "  eu: {type: Planet, en: [EU], it: [Ue]}\n"
        "  g7: {type: Organization, en: [], it: [G7]}\n"
        "  g20: {type: Organization, en: [G20], it: [G20], fr: [G20]}\n"
        "extra: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as exc:
        load_organisations(path, frozenset(load_schema().types))
    text = [str(p) for p in exc.value.problems]
    assert any(t.startswith(f"{path}:3:") and "lower case" in t for t in text), text
    assert any(t.startswith(f"{path}:4:") and "'Planet' is no entity type" in t for t in text), text
    assert any(t.startswith(f"{path}:5:") and "g7: en" in t for t in text), text
    assert any(t.startswith(f"{path}:6:") and "unknown key 'fr'" in t for t in text), text
    assert any(t.startswith(f"{path}:7:") and "unknown key 'extra'" in t for t in text), text


def test_a_duplicate_organisation_is_refused(tmp_path):
    path = tmp_path / "organisations.yaml"
    path.write_text(
        "organisations:\n  nato: {type: Organization, en: [NATO], it: [Nato]}\n"
        "  nato: {type: Organization, en: [Xa], it: [Ya]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as exc:
        load_organisations(path)
    assert "duplicate" in str(exc.value).lower()
