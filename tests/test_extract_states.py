"""The reference states (graph/extract/states.py, schema/states.yaml): round 100 of issue 10.

Invented entities and sentences; the reference list is the project's (ISO 3166-1), so the
states named here are real ones the invented dataset lacks.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extract_support import extract_runner, pairs_of
from graph.errors import DatasetError
from graph.extract.states import load_states
from graph.schema import default_schema_dir

ENTITIES = {
    "freedonia": ("Country", ["Freedonia", "Fredonia"]),
    "sylvania": ("Country", ["Sylvania", "Silvania"]),
    "united-kingdom": ("Country", ["United Kingdom"]),
    "germany": ("Organization", ["Germany Trade Office"]),  # takes the id "germany"
    "ivo-rass": ("Person", ["Ivo Rass"]),
}


@pytest.fixture(scope="module")
def run():
    return extract_runner(ENTITIES, high_only=True)


def _candidates(x) -> dict[str, tuple[str, str]]:
    return {c.id: (c.name, c.type) for c in x.candidates}


@pytest.mark.parametrize(
    "text, lang, cid, name",
    [
        ("Sylvania and Iran condemned the tests on Monday.", "en", "iran", "Iran"),
        ("La Silvania e la Polonia hanno condannato i test lunedì.", "it", "poland", "Polonia"),
    ],
)
def test_a_state_the_dataset_lacks_is_a_new_country(run, text, lang, cid, name):
    x = run(text, lang, everything=True)
    assert _candidates(x)[cid] == (name, "Country")
    assert "reference list" in next(c.reason for c in x.candidates if c.id == cid)


def test_the_new_state_takes_part_in_claims(run):
    claims = run("Iran supplies Sylvania with drones and shells.", "en")
    assert ("iran", "sylvania") in pairs_of(claims, "SUPPLIES")


def test_the_other_languages_name_is_an_alias(run):
    x = run("Iran supplies Sylvania with drones.", "en", everything=True)
    assert "Iran" in next(c.name for c in x.candidates if c.id == "iran")
    assert "Polonia" in next(c.aliases for c in run("Poland condemned it.", "en", everything=True).candidates)


def test_a_reference_name_of_a_known_state_is_that_state(run):
    x = run("Britain condemned Sylvania on Monday.", "en", everything=True)
    assert "united-kingdom" in {m.entity for m in x.mentions if m.known}
    assert not [c for c in x.candidates if c.type == "Country"]


def test_a_taken_id_gets_the_states_code(run):
    x = run("Germany condemned Sylvania on Monday.", "en", everything=True)
    assert _candidates(x)["germany-de"] == ("Germany", "Country")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ivo Rass said the turkey was served in Sylvania.", "en"),  # lower case: no state
        ("A trawler was seized in the Gulf of Mexico on Monday.", "en"),  # a sea's name
        ("Ivo Rass ha parlato alla conferenza di Monaco.", "it"),  # Munich, not the principality
    ],
)
def test_guard_no_state_where_none_is_named(run, text, lang):
    x = run(text, lang, everything=True)
    assert not [c for c in x.candidates if c.type == "Country"]


@pytest.mark.parametrize(
    "text, lang, cid, name",
    [
        ("German officials condemned Sylvania on Monday.", "en", "germany-de", "Germany"),
        ("Il ministro degli Esteri tedesco ha condannato la Silvania.", "it", "germany-de", "Germania"),
    ],
)
def test_a_demonym_names_the_state(run, text, lang, cid, name):
    x = run(text, lang, everything=True)
    assert _candidates(x)[cid] == (name, "Country")  # named by the state's name, not the adjective
    assert all(m.demonym for m in x.mentions if m.entity == cid)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Il portavoce Giordano Rossi ha parlato lunedì in Silvania.", "it"),  # a surname, capitalised
        ("Ivo Rass said the french fries were cold.", "en"),  # English demonyms are capitalised
    ],
)
def test_guard_a_demonym_written_otherwise_is_none(run, text, lang):
    x = run(text, lang, everything=True)
    assert not [c for c in x.candidates if c.type == "Country"]


def test_the_projects_reference_list_loads():
    states = load_states(default_schema_dir() / "states.yaml")
    assert len(states.names) >= 193  # every UN member state at least
    assert states.names["DE"] == {"en": ("Germany",), "it": ("Germania",)}
    assert "tedesca" in states.demonyms["DE"]["it"] and states.demonyms["DE"]["en"] == ("German",)


def test_a_bad_states_file_names_every_problem(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text(
        "states:\n  DE: {en: [Germany], it: [Germania]}\n  de: {en: [Xland], it: [Zland]}\n  FR: {en: [], it: [Francia]}\n"
        "  IT: {en: [Italy], it: [Italia], fr: [Italie]}\n  ES: {en: [Spain], it: [Spagna], demonyms: {de: [x]}}\n"
        "extra: 1\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as exc:
        load_states(path)
    text = [str(p) for p in exc.value.problems]
    assert any(t.startswith(f"{path}:3:") and "alpha-2" in t for t in text)
    assert any(t.startswith(f"{path}:4:") and "FR: en" in t for t in text)
    assert any(t.startswith(f"{path}:5:") and "unknown language 'fr'" in t for t in text)
    assert any(t.startswith(f"{path}:6:") and "ES: demonyms" in t for t in text)
    assert any(t.startswith(f"{path}:7:") and "unknown key 'extra'" in t for t in text)


def test_the_former_states_load_with_their_successor(tmp_path):
    states = load_states(default_schema_dir() / "states.yaml")
    su = states.former["SU"]
    assert su.successor == "RU" and su.until == "1991-12-26" and "Moscow" in su.capital["en"]
    assert states.names["SU"]["en"][0] == "Soviet Union" and "sovietici" in states.demonyms["SU"]["it"]


def test_a_bad_former_state_names_every_problem(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text(
        "states:\n  RU: {en: [Russia], it: [Russia]}\n"
        '  SU: {en: [Soviet Union], it: [Unione Sovietica], until: "1991", successor: XX, capital: {en: [Moscow]}}\n'
        "  YU: {en: [Yugoslavia], it: [Jugoslavia], successor: RU}\n",
        encoding="utf-8",
    )
    with pytest.raises(DatasetError) as exc:
        load_states(path)
    text = [str(p) for p in exc.value.problems]
    assert any(t.startswith(f"{path}:3:") and "until: an ISO date" in t for t in text), text
    assert any(t.startswith(f"{path}:3:") and "successor 'XX'" in t for t in text), text
    assert any(t.startswith(f"{path}:4:") and "belong to a state with until" in t for t in text), text


def test_a_duplicate_state_is_refused(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text(
        "states:\n  DE: {en: [Germany], it: [Germania]}\n  DE: {en: [Xland], it: [Zland]}\n", encoding="utf-8"
    )
    with pytest.raises(DatasetError) as exc:
        load_states(path)
    assert "duplicate" in str(exc.value).lower()


def test_the_writers_output_reads_back(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "make_states", Path(__file__).parent.parent / "scripts" / "make_states.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    path = tmp_path / "states.yaml"
    given = {
        "CI": {
            "en": ["Côte d'Ivoire", 'The "Ivory" Coast'],
            "it": ["Costa d'Avorio"],
            "demonyms": {"it": ["ivoriano"]},
        },
        "NO": {"en": ["Norway"], "it": ["Norvegia"]},  # a YAML 1.1 boolean unquoted
    }
    path.write_text(mod.render("0", given))
    states = load_states(path)
    assert states.names["CI"] == {"en": ("Côte d'Ivoire", 'The "Ivory" Coast'), "it": ("Costa d'Avorio",)}
    assert states.demonyms == {"CI": {"it": ("ivoriano",)}} and "NO" in states.names
    assert mod._short("Bolivia, Plurinational State of") == "Bolivia"
    assert mod._italian("Corea del sud") == "Corea del Sud"
