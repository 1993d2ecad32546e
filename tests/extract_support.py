"""The extraction rule tables' shared runner: invented entities in, a draft's claims out.

Each ``tests/test_extract_*.py`` table file names its made-up entities (Freedonia, Alda
Rossi ...) and gets its ``run`` fixture from :func:`extract_runner`, so every table runs the
extractor the same way.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from graph.dates import PartialDate
from graph.extract.calibration import DEMOTED
from graph.extract.gazetteer import Gazetteer
from graph.extract.pipeline import extract
from graph.schema import load_schema

#: The documents' date in every table (relative dates resolve against it).
DOC_DATE = PartialDate(2025, 1, 15)


def extract_runner(entities: dict[str, tuple[str, list[str]]], *, high_only: bool = True) -> Callable:
    """``run(text, lang="it", everything=False, date=DOC_DATE)`` over *entities* (id -> (type, names)).

    ``run`` returns the draft's claims (only the high-confidence ones when *high_only*), or the
    whole extraction with ``everything=True``.
    """
    schema = load_schema()
    gaz = Gazetteer.from_names((e, n) for e, (_, names) in entities.items() for n in names)
    types = {e: t for e, (t, _) in entities.items()}

    def run(
        text: str,
        lang: str | None = "it",
        everything: bool = False,
        date: PartialDate | None = DOC_DATE,
        uncalibrated: bool = False,
    ):
        # the rules' own verdict: the learned verifier is tested on its own (test_extract_verifier.py)
        x = extract(text, lang=lang, schema=schema, gazetteer=gaz, entity_types=types, doc_date=date, verify=False)
        if everything:
            return x
        if uncalibrated:  # high as the rules score it, before extraction.yaml's calibration
            return [c for c in x.claims if not c.low or demoted(c)]
        return [c for c in x.claims if not c.low] if high_only else x.claims

    return run


def demoted(c) -> bool:
    """True when the calibration (``extraction.yaml`` ``calibration``) sent *c* to the low section."""
    return any(r.startswith(DEMOTED) for r in c.reasons)


def find_claim(claims, s: str, p: str, o: str, word: str | None = None):
    """The claim (s, p, o), the one whose sentence holds *word* when given; None if absent."""
    return next(
        (c for c in claims if (c.subject, c.predicate, c.object) == (s, p, o) and (word is None or word in c.quote)),
        None,
    )


def find_either_way(claims, a: str, p: str, b: str):
    """The claim (a, p, b) or (b, p, a): a symmetric act drafted in either order; None if absent."""
    return find_claim(claims, a, p, b) or find_claim(claims, b, p, a)


def candidate_types(run: Callable, text: str, lang: str) -> dict[str, str]:
    """The new-entity candidates *run* drafts from *text*, name -> type."""
    return {c.name: c.type for c in run(text, lang, everything=True).candidates}


def triples(claims, *, quotes: bool = False) -> list[tuple]:
    """(subject, predicate, object[, quote]) of each claim."""
    return [(c.subject, c.predicate, c.object, *((c.quote,) if quotes else ())) for c in claims]


def high_triples(claims) -> list[tuple]:
    """(subject, predicate, object) of the claims drafted with confidence (not low), sorted."""
    return sorted(triples(c for c in claims if not c.low))


def rules_file_problems(tmp_path, old: str, new: str) -> tuple[list[str], str]:
    """Load a copy of ``schema/extraction.yaml`` with the first *old* replaced by *new*; return
    the problems the loader raised (as text) and where the replaced line is (``path:line:``)."""
    from graph.errors import DatasetError
    from graph.extract.ruledata import load_rules
    from graph.schema import default_schema_dir, load_schema

    good = (default_schema_dir() / "extraction.yaml").read_text(encoding="utf-8")
    bad = good.replace(old, new, 1)
    assert bad != good, f"{old!r} is not in extraction.yaml"
    path = tmp_path / "extraction.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(DatasetError) as exc:
        load_rules(path, load_schema())
    first = new.splitlines()[-1]
    line_no = bad.splitlines().index(next(x for x in bad.splitlines() if x.startswith(first)))
    return [str(p) for p in exc.value.problems], f"{path}:{line_no + 1}:"


def pairs_of(claims, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) pairs of the claims of *predicate*."""
    return {(c.subject, c.object) for c in claims if c.predicate == predicate}
