"""Predicate behaviour as schema data: predicates.yaml's ``conflicts`` and ``rollup``, loaded strictly."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from graph import analytics as an
from graph.errors import SchemaError
from graph.review.compare import compare_claim
from graph.schema import ConflictRules, load_schema
from graph.validate import load_dataset

FIXTURES = Path(__file__).parent / "fixtures"
ANALYTICS = FIXTURES / "analytics"


def _copy_schema(tmp_path: Path, source: Path = ANALYTICS / "schema") -> Path:
    schema = tmp_path / "schema"
    shutil.copytree(source, schema)
    return schema


def _rewrite(schema: Path, old: str, new: str) -> str:
    p = schema / "predicates.yaml"
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new), encoding="utf-8")
    return p.read_text(encoding="utf-8")


def _problems(schema: Path) -> list[str]:
    with pytest.raises(SchemaError) as info:
        load_schema(schema)
    return [str(p) for p in info.value.problems]


def _line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_the_repository_schema_states_its_rules():
    rules = load_schema().conflicts
    assert ("SUPPORTS", "RELUCTANT_TO_SUPPORT") in rules.exclusive
    assert rules.opposites("RELUCTANT_TO_SUPPORT") == {"SUPPORTS"}
    assert rules.quantities is None and rules.compares_quantities("DEPLOYED_TO")


def test_every_fixture_schema_states_its_rules():
    for path in sorted(FIXTURES.rglob("schema/predicates.yaml")):
        assert isinstance(load_schema(path.parent).conflicts, ConflictRules), path


def test_a_schema_without_the_section_is_a_located_problem(tmp_path):
    schema = _copy_schema(tmp_path)
    text = (schema / "predicates.yaml").read_text(encoding="utf-8")
    (schema / "predicates.yaml").write_text(text[: text.index("conflicts:")], encoding="utf-8")
    [found] = _problems(schema)
    assert found.startswith(f"{schema}/predicates.yaml:1:1") and "needs a 'conflicts' mapping" in found


def test_a_missing_key_is_a_problem_not_a_default(tmp_path):
    schema = _copy_schema(tmp_path)
    text = _rewrite(schema, "  once: []\n", "")
    [found] = _problems(schema)
    assert found.startswith(f"{schema}/predicates.yaml:{_line_of(text, 'conflicts:')}:") and "'once'" in found


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "[[SUPPORTS, RELUCTANT_TO_SUPPORT]]",
            "[[SUPPORTS, RELUCTANT_TO_SUPORT]]",
            "exclusive:",
            "unknown predicate 'RELUCTANT_TO_SUPORT'",
        ),
        ("[[SUPPORTS, RELUCTANT_TO_SUPPORT]]", "[[SUPPORTS, SUPPORTS]]", "exclusive:", "a pair of two different"),
        ("[[SUPPORTS, RELUCTANT_TO_SUPPORT]]", "SUPPORTS", "exclusive:", "a list of predicate pairs"),
        ("  once: []", "  once: [VISITTED]", "once:", "conflicts.once: unknown predicate 'VISITTED'"),
        ("  once: []", "  once: VISITED", "once:", "conflicts.once must be a list"),
        ("  quantities: all", "  quantities: some", "quantities:", "must be a list of predicate names"),
        ("  quantities: all", "  quantities: all\n  excluded: []", "excluded:", "unknown field 'excluded'"),
        ("conflicts:", "conflict: {}\nconflicts:", "conflict:", "unknown top-level field 'conflict'"),
    ],
)
def test_bad_rules_are_located(tmp_path, old, new, needle, message):
    schema = _copy_schema(tmp_path)
    text = _rewrite(schema, old, new)
    found = _problems(schema)
    line = _line_of(text, needle)
    assert any(f.startswith(f"{schema}/predicates.yaml:{line}:") and message in f for f in found), found


def test_the_repository_schema_rolls_up_parts_and_places():
    assert set(load_schema().rollup) == {"PART_OF", "LOCATED_IN"}


@pytest.mark.parametrize("key", ["rollup", "rollup_not_into"])
def test_a_schema_without_a_rollup_list_is_a_located_problem(tmp_path, key):
    schema = _copy_schema(tmp_path)
    _rewrite(schema, f"{key}: []\n", "")
    [found] = _problems(schema)
    assert found.startswith(f"{schema}/predicates.yaml:1:1") and f"needs '{key}'" in found


@pytest.mark.parametrize(
    ("key", "new", "message"),
    [
        ("rollup", "rollup: [PART_OFF]", "rollup: unknown predicate 'PART_OFF'"),
        ("rollup", "rollup: PART_OF", "rollup must be a list"),
        ("rollup_not_into", "rollup_not_into: [Countri]", "rollup_not_into: unknown entity type 'Countri'"),
        ("rollup_not_into", "rollup_not_into: Country", "rollup_not_into must be a list of entity type names"),
    ],
)
def test_bad_rollup_lists_are_located(tmp_path, key, new, message):
    schema = _copy_schema(tmp_path)
    text = _rewrite(schema, f"{key}: []", new)
    found = _problems(schema)
    line = _line_of(text, f"{key}:")
    assert any(f.startswith(f"{schema}/predicates.yaml:{line}:") and message in f for f in found), found


def test_the_rollup_drives_kg_show_related(tmp_path):
    from graph.records import related_entities

    ds = load_dataset(FIXTURES.parent.parent / "seeds")
    assert related_entities(ds, "kursk-region") == ["kursk-incursion"]
    schema = _copy_schema(tmp_path, Path(ds.schema.directory))
    _rewrite(schema, "rollup: [PART_OF, LOCATED_IN]", "rollup: []")
    other = dataclasses.replace(ds, schema=load_schema(schema))
    assert related_entities(other, "kursk-region") == []


def test_kg_show_related_never_rolls_up_into_the_types_the_schema_names(tmp_path):
    from graph.records import related_entities

    ds = load_dataset(FIXTURES.parent.parent / "seeds")
    assert ds.schema.rollup_not_into == ("Country",)
    assert "russia" not in related_entities(ds, "kursk-region")
    schema = _copy_schema(tmp_path, Path(ds.schema.directory))
    _rewrite(schema, "rollup_not_into: [Country]", "rollup_not_into: []")
    other = dataclasses.replace(ds, schema=load_schema(schema))
    assert "russia" in related_entities(other, "kursk-region")


def test_the_rules_drive_kg_conflicts(tmp_path):
    ds = load_dataset(ANALYTICS)
    assert [c["kind"] for c in an.conflicts(ds)].count("exclusive") == 1
    assert an.quantity_conflicts(ds)
    # the same data with rules that say otherwise
    schema = _copy_schema(tmp_path)
    _rewrite(schema, "[[SUPPORTS, RELUCTANT_TO_SUPPORT]]", "[]")
    _rewrite(schema, "  once: []", "  once: [VISITED]")
    _rewrite(schema, "  quantities: all", "  quantities: [SIGNED]")
    other = dataclasses.replace(ds, schema=load_schema(schema))
    assert an.exclusive_conflicts(other) == [] and an.quantity_conflicts(other) == []
    assert any(c["predicate"] == "VISITED" for c in an.date_conflicts(other))
    assert not any(c["predicate"] == "VISITED" for c in an.date_conflicts(ds))


def test_the_review_comparison_reads_the_same_rules(tmp_path):
    ds = load_dataset(ANALYTICS)
    new = {
        "subject": "china",
        "predicate": "RELUCTANT_TO_SUPPORT",
        "object": "russia",
        "document": "doc-d",
        "quote": "x",
    }
    assert any(r["relation"] == "disagrees" and r["document"] == "doc-b" for r in compare_claim(ds, new))
    schema = _copy_schema(tmp_path)
    _rewrite(schema, "[[SUPPORTS, RELUCTANT_TO_SUPPORT]]", "[]")
    other = dataclasses.replace(ds, schema=load_schema(schema))
    assert not any(r["relation"] == "disagrees" for r in compare_claim(other, new))


def test_the_store_reserves_exactly_the_schema_s_reserved_names():
    from graph.schema import RESERVED_PREDICATE_NAMES, RESERVED_TYPE_NAMES
    from graph.store.rows import CLAIM_EDGE_TYPES, RESERVED_LABELS

    assert set(CLAIM_EDGE_TYPES) == set(RESERVED_PREDICATE_NAMES) and set(RESERVED_TYPE_NAMES) == RESERVED_LABELS
