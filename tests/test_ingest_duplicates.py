"""Near-duplicates at ingest: the same report in another dress is refused, or kept as a copy.

The variants are made from a development-set text (another title line, a date header, page
furniture, sentences moved, another outlet's lead around the same wire body); two different
reports of the development set must never look alike.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.extract.text import shingles, similarity
from graph.validate import validate_dataset

FIX = Path(__file__).parent / "fixtures"
DEVSET = FIX / "devset"
ORIGINAL = (DEVSET / "it01.txt").read_text(encoding="utf-8")
LINES = ORIGINAL.split("\n")


def _variants() -> dict[str, str]:
    return {
        "another title line": "Seul conta i morti nordcoreani a Kursk\n" + "\n".join(LINES[1:]),
        "a date header": " date 2025-01-14 " + ORIGINAL,
        "page furniture": "Home > Esteri > Asia\nCondividi su Facebook\n"
        + ORIGINAL
        + "\nLeggi anche: le ultime notizie\nRiproduzione riservata\n",
        "sentences moved": "\n".join([LINES[0], *LINES[6:], *LINES[1:6]]),
        "same wire story, another outlet": "SEUL - Lo riferisce la stampa locale.\n"
        + "\n".join(LINES[2:9])
        + "\nAltre notizie dall'Asia nella nostra sezione Esteri.\n",
    }


@pytest.fixture()
def data(tmp_path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(FIX / "ingest" / "data", d)
    return d


def kg(*args):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def _register_original(data: Path, tmp_path: Path) -> Path:
    src = tmp_path / "original.txt"
    src.write_text(ORIGINAL, encoding="utf-8")
    r = kg("ingest", src, "--data", data, "--date", "2025-01-13", "--json")
    assert r.exit_code == 0, r.output
    return src


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", list(_variants()))
def test_near_duplicate_is_refused_naming_the_earlier_document(data, tmp_path, name):
    _register_original(data, tmp_path)
    before = _files(data)
    variant = tmp_path / "variant.txt"
    variant.write_text(_variants()[name], encoding="utf-8")
    r = kg("ingest", variant, "--data", data)
    assert r.exit_code == 1
    if "already in the dataset as doc-001" not in r.output:  # same words: caught before the similarity check
        assert "looks like a copy of doc-001" in r.output and "--allow-duplicate" in r.output
        assert "%" in r.output  # the similarity is said
    assert _files(data) == before  # nothing written


def test_allowed_duplicate_is_recorded_as_a_copy_and_is_no_independent_origin(data, tmp_path):
    _register_original(data, tmp_path)
    variant = tmp_path / "variant.txt"
    variant.write_text(_variants()["same wire story, another outlet"], encoding="utf-8")
    r = kg("ingest", variant, "--data", data, "--allow-duplicate", "--date", "2025-01-13")
    assert r.exit_code == 0, r.output
    ds, problems = validate_dataset(data)
    assert problems == []
    copy = ds.documents["doc-002"]
    assert copy.copy_of == "doc-001"
    # the same unattributed claim in both: one origin, the original document's
    from graph.model import Claim

    a = Claim("a", "x", "P", "y", "doc-001", "q", 0, 1, 2)
    b = Claim("b", "x", "P", "y", "doc-002", "q", 0, 1, 2, origin_document="doc-001")
    assert set(a.origins) == set(b.origins) == {"document:doc-001"}


def test_copy_of_must_name_a_document(data, tmp_path):
    _register_original(data, tmp_path)
    docs = data / "documents.yaml"
    docs.write_text(
        docs.read_text(encoding="utf-8").replace("  reliability: F\n", "  reliability: F\n  copy_of: doc-999\n", 1),
        encoding="utf-8",
    )
    _, problems = validate_dataset(data)
    assert any("copy_of 'doc-999' is not a document" in p.message for p in problems)


def test_different_reports_are_not_duplicates():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(DEVSET.glob("*.txt"))}
    sh = {k: shingles(v) for k, v in texts.items()}
    worst = max(similarity(sh[a], sh[b])[1] for a, b in itertools.combinations(sh, 2))
    assert worst < 0.2


def test_html_page_is_refused(data, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><div class='menu'>Home</div>"
        f"<p>{ORIGINAL}</p><script>track()</script></body></html>",
        encoding="utf-8",
    )
    before = _files(data)
    r = kg("ingest", page, "--data", data)
    assert r.exit_code == 1 and "HTML page" in r.output and "reader view" in r.output
    assert _files(data) == before


def test_language_is_detected_when_not_given(data, tmp_path):
    src = tmp_path / "en.txt"
    src.write_text((DEVSET / "en01.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = kg("ingest", src, "--data", data, "--json")
    assert r.exit_code == 0, r.output
    assert '"language": "en"' in r.output and "language detected from the text: en" in r.output
