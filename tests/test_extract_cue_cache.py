"""The extractor's cue index belongs to its schema: a schema freed and another made in its
place (which may get the same ``id``) never receives the first one's cues."""

from __future__ import annotations

import dataclasses
import gc
import subprocess
import sys
from pathlib import Path

from graph.extract.cues import cue_index
from graph.schema import load_schema

BASE = load_schema()
ROOT = Path(__file__).resolve().parent.parent


def _schema_with_cue(word: str):
    """The project schema, with *word* as the only Italian cue of one predicate."""
    name, pred = next(iter(sorted(BASE.predicates.items())))
    predicates = dict(BASE.predicates)
    predicates[name] = dataclasses.replace(pred, cues={**pred.cues, "it": (word,)})
    return dataclasses.replace(BASE, predicates=predicates), name


def _cue_words(index, predicate: str) -> set[str]:
    return {
        phrase
        for entries in index.first.values()
        for kind, name, phrase, _s in entries
        if kind == "pred" and name == predicate
    }


def count_wrong_lookups(rounds: int) -> int:
    """Make, query and free *rounds* schemas; return how many got another schema's cues."""
    wrong = 0
    for i in range(rounds):
        word = f"parolacue{i:03d}"
        schema, predicate = _schema_with_cue(word)
        if _cue_words(cue_index(schema, "it"), predicate) != {word}:
            wrong += 1
        del schema
        gc.collect()
    return wrong


def test_each_schema_gets_its_own_cues_even_when_ids_are_reused():
    # In a fresh interpreter: a full collection per round costs ~0.2 s in a long test
    # session's heap, and a small heap reuses freed addresses just as the bug needs.
    code = "from tests.test_extract_cue_cache import count_wrong_lookups as f; print(f(200))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    wrong = int(done.stdout.split()[-1])
    assert wrong == 0, f"{wrong} of 200 lookups returned another schema's cues"


def test_the_index_is_built_once_per_schema_and_language():
    schema, _ = _schema_with_cue("parolaunica")
    assert cue_index(schema, "it") is cue_index(schema, "it")
    assert cue_index(schema, "en") is not cue_index(schema, "it")
