"""Property: whatever the files contain, validation only ever reports problems.

Arbitrary text and arbitrary YAML structures go into each data file (and into each field
of the schema files); the only outcomes allowed are a valid dataset (schema) or the
toolkit's own located problems — never a traceback.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import Problem, SchemaError, ordered
from graph.schema import load_schema
from graph.validate import validate_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"
TARGETS = ("entities.yaml", "documents.yaml", "claims/a.yaml")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["kim-jong-un", "VISITED", "doc-a", "2025-02", "NO", "012", "&a", "*a"]),
)
keys = st.one_of(
    st.sampled_from(
        [
            "id",
            "type",
            "name",
            "subject",
            "predicate",
            "object",
            "quote",
            "document",
            "credibility",
            "date",
            "aliases",
            "claims",
            "properties",
            "file",
            "sha256",
        ]
    ),
    st.text(max_size=10),
)
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=25,
)


def check(target: str, content: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(MINI, folder)
        (folder / target).write_text(content, encoding="utf-8")
        dataset, problems = validate_dataset(folder)
        assert (dataset is None) == bool(problems)
        assert all(isinstance(p, Problem) and p.file and p.message for p in problems)
        # problems come once each, whole-file ones first, located in a file of the dataset
        assert problems == ordered(problems)
        assert all(p.file.startswith("mini/") and p.line >= 0 and p.column >= 0 for p in problems)
        if dataset is not None:  # a dataset that passes keeps the offset contract
            assert all(dataset.documents[c.document].text[c.start : c.end] == c.quote for c in dataset.claims)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(TARGETS), text=st.text(max_size=200))
def test_arbitrary_text_only_yields_problems(target, text):
    check(target, text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(target=st.sampled_from(TARGETS), value=structures)
def test_arbitrary_yaml_structures_only_yield_problems(target, value):
    check(target, yaml.safe_dump(value, allow_unicode=True))


@settings(max_examples=40, deadline=None)
@given(value=st.dictionaries(keys, structures, max_size=5))
def test_arbitrary_claim_records_only_yield_problems(value):
    check("claims/a.yaml", yaml.safe_dump({"document": "doc-a", "claims": [value]}, allow_unicode=True))


TYPE_KEYS = ("name", "description", "extends", "abstract", "attribution_category", "style", "properties")
PREDICATE_KEYS = ("description", "domain", "range", "cues", "date_property", "symmetric")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(in_types=st.booleans(), pick=st.integers(min_value=0), key_pick=st.integers(min_value=0), value=structures)
def test_arbitrary_schema_fields_only_yield_problems(in_types, pick, key_pick, value):
    with tempfile.TemporaryDirectory() as tmp:
        schema = Path(tmp) / "schema"
        shutil.copytree(MINI / "schema", schema)
        if in_types:
            files = sorted((schema / "types").glob("*.yaml"))
            path = files[pick % len(files)]
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            doc[TYPE_KEYS[key_pick % len(TYPE_KEYS)]] = value
        else:
            path = schema / "predicates.yaml"
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            names = sorted(doc["predicates"])
            doc["predicates"][names[pick % len(names)]][PREDICATE_KEYS[key_pick % len(PREDICATE_KEYS)]] = value
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
        try:
            load_schema(schema)
        except SchemaError as exc:
            assert exc.problems and all(p.file.startswith(str(schema)) and p.message for p in exc.problems)
