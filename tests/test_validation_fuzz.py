"""Property: whatever the files contain, validation only ever reports problems.

Arbitrary text and arbitrary YAML structures go into each data file; the only outcomes
allowed are a valid dataset or the toolkit's own located problems — never a traceback.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import DatasetError, Problem
from graph.validate import load_dataset, validate_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"
TARGETS = ("entities.yaml", "documents.yaml", "claims/a.yaml")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.sampled_from(["kim-jong-un", "VISITED", "doc-a", "2025-02", "NO", "012", "&a", "*a"]))
keys = st.one_of(st.sampled_from(["id", "type", "name", "subject", "predicate", "object", "quote", "document",
                                  "credibility", "date", "aliases", "claims", "properties", "file", "sha256"]),
                 st.text(max_size=10))
structures = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(keys, inner, max_size=6)), max_leaves=25)


def check(target: str, content: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mini"
        shutil.copytree(MINI, folder)
        (folder / target).write_text(content, encoding="utf-8")
        dataset, problems = validate_dataset(folder)
        assert (dataset is None) == bool(problems)
        assert all(isinstance(p, Problem) and p.file and p.message for p in problems)
        try:
            load_dataset(folder, use_cache=False)
        except DatasetError:
            pass


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
