"""Reading document texts: bytes, sha256, and the seed header.

Seed texts may open with `` date YYYY[-MM[-DD]] `` (a leading space, the word ``date``, the
date and one space) before the article. Offsets always index the full decoded text,
header included, so ``text[start:end] == quote`` holds without any adjustment.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .dates import PartialDate
from .files import MAX_TEXT_BYTES, read_regular

__all__ = ["HEADER", "DocumentText", "parse_header", "read_document_text"]

HEADER = re.compile(r"\A date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ")


@dataclass(frozen=True)
class DocumentText:
    """A document's decoded text, the sha256 of its bytes and the date from its header."""

    text: str
    sha256: str
    header_date: PartialDate | None


def parse_header(text: str) -> tuple[PartialDate | None, int]:
    """Return ``(date, body_start)`` from a seed header, or ``(None, 0)``.

    Examples
    --------
    >>> parse_header(" date 2025-02 La Corea del Nord")
    (PartialDate(year=2025, month=2, day=0), 14)
    >>> parse_header("Titolo senza intestazione")
    (None, 0)
    """
    m = HEADER.match(text)
    if not m:
        return None, 0
    try:
        return PartialDate.parse(m[1]), m.end()
    except ValueError:
        return None, 0


def read_document_text(path: Path) -> DocumentText:
    """Read *path* as UTF-8; raise :class:`~graph.files.FileRefused` (not a regular file of at
    most :data:`~graph.files.MAX_TEXT_BYTES`) or ``UnicodeDecodeError`` for the caller to report."""
    raw = read_regular(path, MAX_TEXT_BYTES)
    text = raw.decode("utf-8")
    date, _ = parse_header(text)
    return DocumentText(text, hashlib.sha256(raw).hexdigest(), date)
