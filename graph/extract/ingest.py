"""Registering a new article: store its cleaned text, add it to documents.yaml, write a draft.

The order makes "nothing registered unless the draft was written" hold: the text, the
draft and the new documents.yaml are validated together in a staging overlay, then written
all at once (:func:`~graph.extract.staging.commit_files`), or not at all.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..dates import PartialDate
from ..documents import HEADER, parse_header
from ..errors import DatasetError, KGError
from ..model import Document
from ..validate import validate_dataset
from .draft import build_draft, dump_draft
from .gazetteer import Gazetteer
from .pipeline import Extraction, extract
from .sentences import SUPPORTED_LANGUAGES
from .staging import append_list_items, commit_files, validate_with_changes
from .text import IngestTextError, fingerprint, prepare_text, shingles, similarity
from .titles import offices_on_record

__all__ = ["DUPLICATE_CONTAINMENT", "MAX_BYTES", "IngestError", "IngestResult", "find_near_duplicate", "ingest_file"]

#: A text sharing this share of its 5-word sequences with a registered document (of the
#: shorter of the two) is the same report: a re-sent copy, a syndicated wire story.
DUPLICATE_CONTAINMENT = 0.6

#: Largest input accepted by default (an "article" beyond this is almost surely a bad scrape).
MAX_BYTES = 2_000_000


class IngestError(KGError):
    """The file cannot be ingested; the message says why and nothing was written."""


@dataclass
class IngestResult:
    """What ``kg ingest`` registered and wrote."""

    document: dict
    text_path: Path
    draft_path: Path
    extraction: Extraction
    notes: list[str] = field(default_factory=list)


def _next_number(ids) -> int:
    nums = [int(m[1]) for i in ids if (m := re.fullmatch(r"doc-(\d+)", i))]
    return max(nums, default=-1) + 1


def _title_from(text: str) -> str:
    body = HEADER.sub("", text, count=1).strip()
    first = body.split("\n", 1)[0].strip()
    m = re.match(r"(.{20,}?[.!?])(?:\s|$)", first)
    title = m[1] if m and len(first) > 200 else first
    if len(title) > 200:
        title = title[:200].rsplit(" ", 1)[0] + " …"
    return title


def find_near_duplicate(text: str, documents: Iterable[Document]) -> tuple[Document, float, float] | None:
    """``(document, jaccard, containment)`` of the registered document *text* copies, else None.

    Texts are compared on their 5-word sequences (:func:`~graph.extract.text.shingles`), so a
    new title or date line, page furniture, a few moved sentences or another outlet's lead
    around the same wire story do not hide the copy.
    """
    mine = shingles(text)
    best = None
    for doc in documents:
        j, c = similarity(mine, shingles(doc.text))
        if c >= DUPLICATE_CONTAINMENT and (best is None or c > best[2]):
            best = (doc, j, c)
    return best


def ingest_file(
    path: Path,
    data: Path,
    *,
    date: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    lang: str | None = None,
    reliability: str = "F",
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
    dry_run: bool = False,
    allow_duplicate: bool = False,
) -> IngestResult:
    """Ingest the article at *path* into the dataset folder *data*.

    Without *lang* the language is detected from the text (a note says which). A text that
    copies a registered document is refused, unless *allow_duplicate*: then it is registered
    with ``copy_of`` naming the earlier document, so it never counts as an independent origin.

    Raises :class:`IngestError` (bad input, duplicate) or
    :class:`~graph.errors.DatasetError` (the dataset is invalid) with nothing written.
    """
    path, data = Path(path), Path(data)
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise IngestError(f"language {lang!r} is not supported; use one of: {', '.join(SUPPORTED_LANGUAGES)}")
    if not path.is_file():
        raise IngestError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            f"{path} is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.1f} MB an article may have "
            "(a whole site or a bad scrape?); nothing was registered. Use --max-mb to allow it."
        )
    try:
        clean = prepare_text(path.read_bytes())
    except IngestTextError as exc:
        raise IngestError(f"{path}: {exc}; nothing was registered") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read: {exc.strerror}") from None
    header_date, _ = parse_header(clean.text)
    doc_date = None
    if date:
        try:
            doc_date = PartialDate.parse(date)
        except ValueError as exc:
            raise IngestError(f"--date: {exc}") from None
        if header_date and header_date != doc_date:
            raise IngestError(f"--date {doc_date} disagrees with the file's header date {header_date}")
    doc_date = doc_date or header_date

    if not data.is_dir():
        raise IngestError(f"dataset folder {data} not found")
    dataset, problems = validate_dataset(data)
    if problems or dataset is None:
        raise DatasetError(problems)
    raw = clean.text.encode("utf-8")
    sha = hashlib.sha256(raw).hexdigest()
    key = fingerprint(clean.text)
    for doc in dataset.documents.values():
        if doc.sha256 == sha or fingerprint(doc.text) == key:
            raise IngestError(
                f"this text is already in the dataset as {doc.id} ({doc.file}, {doc.title!r}); nothing was registered"
            )
    dup = find_near_duplicate(clean.text, dataset.documents.values())
    copy_note = None
    if dup is not None:
        doc, jac, cont = dup
        what = (
            f"{path} looks like a copy of {doc.id} ({doc.file}, {doc.title!r}): {cont:.0%} of the shorter "
            f"text's 5-word sequences are shared (Jaccard {jac:.2f})"
        )
        if not allow_duplicate:
            raise IngestError(
                what + "; nothing was registered. If it is another outlet's copy worth keeping, use "
                f"--allow-duplicate: it is then recorded as copy_of {doc.id} and never counts "
                "as an independent origin"
            )
        copy_note = what + f"; registered as copy_of {doc.id} (not an independent origin)"
    if lang is None:
        from .sentences import detect_language

        lang = detect_language(clean.text)
        clean.notes.append(f"language detected from the text: {lang} (use --lang to set it)")
    number = _next_number(dataset.documents)
    doc_id = f"doc-{number:03d}"
    file_name = f"{number:03d}_{sha[:16]}.txt"
    record = {
        "id": doc_id,
        "file": file_name,
        "title": title or _title_from(clean.text),
        "outlet": outlet,
        "author": author,
        "date": str(doc_date) if doc_date else None,
        "language": lang,
        "sha256": sha,
        "reliability": reliability,
        "url": url,
    }
    if copy_note and dup is not None:
        record["copy_of"] = dup[0].id
    if not str(record["title"]).strip():
        raise IngestError("no title given and none can be taken from the text; use --title")

    entities = list(dataset.entities.values())
    x = extract(
        clean.text,
        lang=lang,
        schema=dataset.schema,
        gazetteer=Gazetteer.from_entities(entities),
        entity_types={e.id: e.type for e in entities},
        doc_date=doc_date,
        offices=offices_on_record(dataset.claims, dataset.schema),
    )
    draft = build_draft(record, clean.text, x, {e.id: e.name for e in entities})
    draft["notes"] = clean.notes + draft["notes"]
    draft_path = data / "drafts" / f"{doc_id}.yaml"
    for path, want in ((draft_path.parent, "a folder"), (draft_path, "a file")):  # in the way: say so, write nothing
        if path.is_symlink() or (path.exists() and (path.is_dir() != (want == "a folder"))):
            raise IngestError(
                f"{path} must be {want} for the draft, but something else is there; move it away "
                "and ingest again; nothing was registered"
            )
    docs_path = data / "documents.yaml"
    current = docs_path.read_text(encoding="utf-8-sig") if docs_path.exists() else None
    try:
        docs_text, rewritten = append_list_items(current, [record], str(docs_path))
    except ValueError as exc:
        raise IngestError(str(exc)) from None
    notes = list(draft["notes"]) + ([copy_note] if copy_note else [])
    if rewritten:
        notes.append("documents.yaml was rewritten in full (its layout did not allow appending)")
    text_path = data / file_name
    changes = {text_path: raw, docs_path: docs_text, draft_path: dump_draft(draft, str(draft_path))}
    problems = validate_with_changes(data, changes, dataset.schema)
    if problems:
        raise DatasetError(problems)
    if not dry_run:
        commit_files(changes)
    return IngestResult(record, text_path, draft_path, x, notes)
