"""Validation: every kind of bad input is reported with file, line and what is wrong."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from graph.errors import DatasetError, SchemaError
from graph.schema import load_schema
from graph.validate import load_dataset, validate_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"


def copy_mini(tmp_path: Path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def edit(folder: Path, file: str, old: str, new: str, count: int = 1) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {file}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    dataset, problems = validate_dataset(folder)
    assert dataset is None and problems, "expected the dataset to be rejected"
    return [str(p) for p in problems]


def test_mini_dataset_is_valid():
    dataset, problems = validate_dataset(MINI)
    assert problems == []
    assert len(dataset.claims) == 6
    claim = next(c for c in dataset.claims if c.quantity == 12000)
    text = dataset.documents[claim.document].text
    assert text[claim.start : claim.end] == claim.quote


# (file, old, new, expected "FILE:LINE" prefix, expected message fragment)
CASES = {
    "unknown field": (
        "claims/a.yaml",
        "    credibility: 2\n",
        "    credibilty: 2\n",
        "mini/claims/a.yaml:7:5",
        "unknown field 'credibilty' (did you mean 'credibility'?)",
    ),
    "missing required field": (
        "claims/a.yaml",
        '    quote: "dedicato alla produzione di missili KN-23"\n',
        "",
        "mini/claims/a.yaml:8:5",
        "missing required field 'quote'",
    ),
    "unknown entity type": (
        "entities.yaml",
        "type: Facility",
        "type: Facilty",
        "mini/entities.yaml:25:3",
        "unknown entity type 'Facilty' (did you mean Facility?)",
    ),
    "domain violation": (
        "claims/a.yaml",
        "  - subject: kim-jong-un\n",
        "  - subject: kcna\n",
        "mini/claims/a.yaml:3:5",
        "VISITED needs a subject of type Person, but 'kcna' is a MediaOutlet",
    ),
    "range violation": (
        "claims/a.yaml",
        "    object: kn-23\n",
        "    object: russia\n",
        "mini/claims/a.yaml:10:5",
        "PRODUCES needs an object of type WeaponSystem",
    ),
    "dangling reference": (
        "claims/b.yaml",
        "attributed_to: kcna",
        "attributed_to: kcnaa",
        "mini/claims/b.yaml:",
        "attributed_to 'kcnaa' is not a known entity (did you mean kcna?)",
    ),
    "unknown predicate": (
        "claims/a.yaml",
        "predicate: PRODUCES",
        "predicate: PRODUCE",
        "mini/claims/a.yaml:9:5",
        "unknown predicate 'PRODUCE' (did you mean PRODUCES?)",
    ),
    "quote not verbatim (apostrophe)": (
        "claims/a.yaml",
        "ha visitato l’impianto",
        "ha visitato l'impianto",
        "mini/claims/a.yaml:6:5",
        "matches once apostrophes",
    ),
    "quote not in document": (
        "claims/b.yaml",
        "Kim ha visitato la fabbrica",
        "Kim ha visitato la luna",
        "mini/claims/b.yaml:",
        "quote is not verbatim in doc-b",
    ),
    "duplicate entity id": (
        "entities.yaml",
        "- id: russia",
        "- id: north-korea",
        "mini/entities.yaml:11:3",
        "entity id 'north-korea' is used twice",
    ),
    "bad date": ("claims/a.yaml", 'date: "2025"', 'date: "2025-13"', "mini/claims/a.yaml:", "month 13 is not 1-12"),
    "quantity as text": (
        "claims/a.yaml",
        "quantity: 10000",
        'quantity: "10.000"',
        "mini/claims/a.yaml:",
        "quantity must be a number (10000, not '10.000')",
    ),
    "credibility out of range": (
        "claims/a.yaml",
        "credibility: 3\n    quantity",
        "credibility: 7\n    quantity",
        "mini/claims/a.yaml:",
        "credibility must be an Admiralty grade 1-6",
    ),
    "duplicate key": (
        "claims/b.yaml",
        "    hedged: true\n",
        "    hedged: true\n    hedged: false\n",
        "mini/claims/b.yaml:9:5",
        "duplicate key 'hedged' (first at line 8)",
    ),
    "YAML 1.1 boolean": (
        "claims/b.yaml",
        "hedged: true",
        "hedged: yes",
        "mini/claims/b.yaml:8:13",
        "YAML 1.1 reads 'yes' as a boolean",
    ),
    "YAML 1.1 octal": (
        "claims/a.yaml",
        "quantity: 10000",
        "quantity: 012",
        "mini/claims/a.yaml:",
        "'012' is not a plain decimal number",
    ),
    "unquoted date in a text field": (
        "entities.yaml",
        "name: Russia",
        "name: 2024-06-19",
        "mini/entities.yaml:13:3",
        "expected text, got an unquoted date '2024-06-19'",
    ),
    "number where text expected": (
        "entities.yaml",
        "name: KN-23",
        "name: 23",
        "mini/entities.yaml:",
        "expected text, got a number (23)",
    ),
    "alias bomb": (
        "claims/a.yaml",
        "claims:\n",
        "x: &a [1, 2]\ny: [*a, *a]\nclaims:\n",
        "mini/claims/a.yaml:",
        "anchors and aliases",
    ),
    "python tag": (
        "entities.yaml",
        "name: Ukraine",
        'name: !!python/object/apply:os.system ["true"]',
        "mini/entities.yaml:",
        "is not allowed",
    ),
    "sha256 mismatch": ("a.txt", "Kim Jong-un", "Kim Jong-Un", "mini/documents.yaml:7:", "sha256 does not match"),
    "header date disagrees": (
        "documents.yaml",
        'date: "2025-12-27"',
        'date: "2025-12-26"',
        "mini/documents.yaml:5:",
        "disagrees with the file header (2025-12-27)",
    ),
    "quantity without unit": (
        "claims/b.yaml",
        "    unit: soldiers\n",
        "",
        "mini/claims/b.yaml:",
        "quantity and unit go together",
    ),
    "invalid YAML syntax": (
        "entities.yaml",
        "- id: kn-23\n",
        "- id: [kn-23\n",
        "mini/entities.yaml:",
        "not valid YAML",
    ),
    "unknown entity property": (
        "entities.yaml",
        "properties: {role: Supreme Leader}",
        "properties: {rank: Marshal}",
        "mini/entities.yaml:6:",
        "type Person has no property 'rank'",
    ),
    "bad enum property": (
        "entities.yaml",
        "properties: {state_controlled: true, category: state_media}",
        "properties: {state_controlled: true, category: spooks}",
        "mini/entities.yaml:",
        "property category: must be one of",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_located(tmp_path, case):
    file, old, new, where, fragment = CASES[case]
    folder = copy_mini(tmp_path)
    edit(folder, file, old, new)
    found = problems_of(folder)
    matching = [p for p in found if fragment in p]
    assert matching, f"no problem mentions {fragment!r}: {found}"
    assert any(p.startswith(where) for p in matching), f"expected a problem at {where}: {matching}"


def test_all_problems_are_reported_at_once(tmp_path):
    folder = copy_mini(tmp_path)
    edit(folder, "claims/a.yaml", "predicate: PRODUCES", "predicate: PRODUCE")
    edit(folder, "claims/b.yaml", "hedged: true", "hedged: yes")
    edit(folder, "entities.yaml", "name: KN-23", "name: 23")
    found = problems_of(folder)
    files = {p.split(":")[0] for p in found}
    assert {"mini/claims/a.yaml", "mini/claims/b.yaml", "mini/entities.yaml"} <= files


def test_repeated_claim_is_rejected(tmp_path):
    folder = copy_mini(tmp_path)
    text = (folder / "claims/b.yaml").read_text(encoding="utf-8")
    block = text[text.index("  - subject: kim-jong-un") :]
    (folder / "claims/b.yaml").write_text(text + block, encoding="utf-8")
    assert any("repeats the claim at mini/claims/b.yaml:" in p for p in problems_of(folder))


def test_same_text_twice_is_rejected(tmp_path):
    folder = copy_mini(tmp_path)
    shutil.copy(folder / "a.txt", folder / "c.txt")
    digest = hashlib.sha256((folder / "c.txt").read_bytes()).hexdigest()
    with open(folder / "documents.yaml", "a", encoding="utf-8") as fh:
        fh.write(f"- id: doc-c\n  file: c.txt\n  title: Copy\n  language: it\n  sha256: {digest}\n  reliability: F\n")
    assert any("has the same text as 'doc-a'" in p for p in problems_of(folder))


def test_load_dataset_raises_with_every_problem(tmp_path):
    folder = copy_mini(tmp_path)
    edit(folder, "claims/a.yaml", "predicate: PRODUCES", "predicate: PRODUCE")
    edit(folder, "claims/b.yaml", "hedged: true", "hedged: yes")
    with pytest.raises(DatasetError) as info:
        load_dataset(folder, use_cache=False)
    assert len(info.value.problems) == 2
    assert str(info.value).startswith("2 problems:")


@pytest.mark.parametrize("bad_name", ["Bad`Type", "Bad Type", "bad", "Robert'); DROP"])
def test_schema_rejects_unsafe_type_names(tmp_path, bad_name):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    (schema / "types" / "Facility.yaml").write_text(
        (schema / "types" / "Facility.yaml").read_text().replace("name: Facility", f"name: {bad_name!r}")
    )
    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    assert "must match" in str(info.value)


@pytest.mark.parametrize("bad_name", ["VISITED`]->() DETACH DELETE n //", "visited", "VISITED X"])
def test_schema_rejects_unsafe_predicate_names(tmp_path, bad_name):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    text = (schema / "predicates.yaml").read_text().replace("  VISITED:", f"  {bad_name!r}:")
    (schema / "predicates.yaml").write_text(text)
    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    assert "becomes a relationship type" in str(info.value)


@pytest.mark.parametrize(
    "value, message", [("yes", "symmetric must be true or false"), ("true", "needs the same domain and range")]
)
def test_schema_checks_symmetric_predicates(tmp_path, value, message):
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    text = (
        (schema / "predicates.yaml")
        .read_text()
        .replace(
            "    cues: {it: [ha visitato], en: [visited]}",
            f"    cues: {{it: [ha visitato], en: [visited]}}\n    symmetric: {value}",
        )
    )
    (schema / "predicates.yaml").write_text(text)
    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    assert message in str(info.value) and "predicates.yaml:" in str(info.value)


# (file, old text, new text, file the problem must name, message fragment)
SCHEMA_CASES = {
    "cues as a list": (
        "predicates.yaml",
        "    cues: {it: [ha visitato], en: [visited]}\n",
        "    cues: [ha visitato]\n",
        "predicates.yaml:7:5",
        "cues must be a mapping",
    ),
    "cue phrases as text": (
        "predicates.yaml",
        "cues: {it: [ha visitato], en: [visited]}",
        "cues: {it: ha visitato, en: [visited]}",
        "predicates.yaml:7:",
        "cues.it must be a list",
    ),
    "date_property as a list": (
        "predicates.yaml",
        "    date_property: signed\n",
        "    date_property: [signed]\n",
        "predicates.yaml:",
        "date_property must be the name of a property",
    ),
    "stix type not in kebab case": (
        "predicates.yaml",
        "    cues: {it: [ha visitato], en: [visited]}\n",
        "    cues: {it: [ha visitato], en: [visited]}\n    stix: Located_At\n",
        "predicates.yaml:8:",
        "stix must be a STIX relationship type in lower kebab case",
    ),
    "description as a list": (
        "predicates.yaml",
        "description: The subject visited the object.",
        "description: [visited]",
        "predicates.yaml:",
        "description must be text",
    ),
    "style as text": (
        "types/Facility.yaml",
        'style: {color: "#ff9da7", shape: triangle}',
        "style: red",
        "types/Facility.yaml:5:",
        "style must be a mapping",
    ),
    "properties as a list": (
        "types/Facility.yaml",
        "  kind:\n    type: string\n",
        "  - kind:\n      type: string\n",
        "types/Facility.yaml:6:",
        "properties must be a mapping",
    ),
    "extends as a list": (
        "types/Facility.yaml",
        "extends: Thing",
        "extends: [Thing]",
        "types/Facility.yaml:2:",
        "extends must be the name of one entity type",
    ),
    "abstract as text": (
        "types/Facility.yaml",
        "extends: Thing",
        "extends: Thing\nabstract: maybe",
        "types/Facility.yaml:3:",
        "abstract must be true or false",
    ),
    "enum values as text": (
        "types/Thing.yaml",
        ("values: [government, military, state_media, media, intelligence, research, analyst, other]"),
        "values: government",
        "types/Thing.yaml:",
        "values must be a list of text",
    ),
    "unknown attribution category": (
        "types/Thing.yaml",
        "values: [government, military, state_media,",
        "values: [government, spooks, state_media,",
        "types/Thing.yaml:5:3",
        "(unknown: ['spooks']) (missing: ['military'])",
    ),
    "attribution category missing": (
        "types/Thing.yaml",
        " analyst, other]",
        " other]",
        "types/Thing.yaml:5:3",
        "(missing: ['analyst'])",
    ),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_mistakes_are_located_problems(tmp_path, case):
    file, old, new, where, fragment = SCHEMA_CASES[case]
    schema = tmp_path / "schema"
    shutil.copytree(MINI / "schema", schema)
    edit(schema, file, old, new)
    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    found = [str(p) for p in info.value.problems]
    matching = [p for p in found if fragment in p]
    assert matching, f"no problem mentions {fragment!r}: {found}"
    assert any(p.startswith(str(schema / where)) for p in matching), f"expected a problem in {where}: {matching}"


def test_category_property_gives_the_attribution_category():
    dataset = load_dataset(MINI, use_cache=False)
    kcna = dataset.entities["kcna"]
    assert kcna.properties["category"] == "state_media"
    assert dataset.schema.attribution_category(kcna.type, kcna.properties) == "state_media"
    assert dataset.schema.attribution_category(kcna.type, {}) == "media"


def test_suggestions_are_computed_once_per_word(tmp_path, monkeypatch):
    import difflib

    folder = copy_mini(tmp_path)
    edit(folder, "claims/a.yaml", "subject: north-korea", "subject: nort-korea", count=2)
    edit(folder, "claims/b.yaml", "subject: north-korea", "subject: nort-korea")
    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(difflib, "get_close_matches", lambda word, *a, **k: calls.append(word) or real(word, *a, **k))
    found = problems_of(folder)
    assert sum("subject 'nort-korea' is not a known entity (did you mean north-korea?)" in p for p in found) == 3
    assert calls.count("nort-korea") == 1


def test_content_hash_is_set_without_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    folder = copy_mini(tmp_path)
    plain = load_dataset(folder, use_cache=False)
    assert len(plain.content_hash) == 64 and not (tmp_path / "cache").exists()
    assert load_dataset(folder).content_hash == plain.content_hash


def test_cache_is_invalidated_by_an_edit(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    folder = copy_mini(tmp_path)
    first = load_dataset(folder)
    with monkeypatch.context() as m:  # the second load must come from the cache, not from validation
        m.setattr("graph.validate.validate_dataset", lambda *a, **k: pytest.fail("validated again"))
        again = load_dataset(folder)
    assert again.content_hash == first.content_hash and len(list((tmp_path / "cache").iterdir())) == 1
    assert [c.id for c in again.claims] == [c.id for c in first.claims]
    edit(folder, "claims/b.yaml", "    credibility: 3\n", "    credibility: 4\n")
    changed = load_dataset(folder)
    assert changed.content_hash != first.content_hash
    assert sorted(c.credibility for c in changed.claims) != sorted(c.credibility for c in first.claims)


def test_a_failed_cache_write_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    import os

    from graph import cache

    def broken(fd):
        raise OSError(28, "No space left on device")

    dataset = load_dataset(MINI, use_cache=False)
    monkeypatch.setattr(os, "fsync", broken)
    cache.put("k" * 64, dataset)
    monkeypatch.undo()
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    assert list((tmp_path / "cache").iterdir()) == [] and cache.get("k" * 64, MINI) is None
    cache.put("k" * 64, dataset)  # the same write without the failure does store it
    assert [c.id for c in cache.get("k" * 64, MINI).claims] == [c.id for c in dataset.claims]


def test_write_atomic_keeps_the_old_file_on_failure(tmp_path):
    from graph.atomic import atomic_writer, write_atomic

    target = tmp_path / "out.json"
    write_atomic(target, "old")
    with pytest.raises(RuntimeError), atomic_writer(target) as fh:
        fh.write(b"new, half written")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out.json"]
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640
