"""Coverage: the text of a document that no claim quotes, so a curator sees what was skipped.

A sentence (:mod:`graph.passages`) is *covered* when a claim's quote overlaps it. Inside a
covered sentence, a run of at least :data:`GAP_WORDS` words that neither a claim's quote nor
an attribution quote touches is a *gap* ("…, il coordinamento sulle sanzioni al programma
nucleare della Corea del Nord e …" between two quoted phrases). Headings (short lines with
no closing punctuation: titles, section heads, bylines) are marked, not judged: a curator
decides what to skip, this only makes the skipping visible.

Examples
--------
>>> from graph.validate import load_dataset
>>> [r] = coverage(load_dataset("seeds"), ["doc-003"])
>>> r["sentences"] >= r["covered"] > 0, [s["text"] for s in r["uncovered"] if s["heading"]]
(True, ['Anna Lotti'])
"""

from __future__ import annotations

import re
from typing import Any

from .model import Dataset
from .passages import passages

__all__ = ["GAP_WORDS", "coverage"]

#: The fewest words an unquoted run inside a covered sentence needs to be listed as a gap.
GAP_WORDS = 6

_CLOSED = re.compile(r"[.!?…\"”»:;)]\s*\Z")
_WORD = re.compile(r"\w+")


def _is_heading(text: str, sentence: str) -> bool:
    return len(sentence.split()) <= 16 and not _CLOSED.search(sentence) and "\n" not in sentence


def _gaps(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> list[dict]:
    covered = sorted((max(a, start), min(b, end)) for a, b in spans if a < end and start < b)
    out, cursor = [], start
    for a, b in [*covered, (end, end)]:
        if a > cursor:
            piece = text[cursor:a]
            if len(_WORD.findall(piece)) >= GAP_WORDS:
                lead = len(piece) - len(piece.lstrip(" ,;:.–-"))
                trail = len(piece.rstrip(" ,;:.–-"))
                out.append({"start": cursor + lead, "end": cursor + trail, "text": piece[lead:trail]})
        cursor = max(cursor, b)
    return out


def coverage(dataset: Dataset, documents: list[str] | None = None) -> list[dict]:
    """Per document: the sentences, which claims quote each, and what no claim quotes.

    Each sentence is ``{"index", "start", "end", "text", "heading", "claims", "gaps"}``:
    ``claims`` the ids of the claims whose quote overlaps it, ``gaps`` its unquoted runs of
    :data:`GAP_WORDS` words or more (``{"start", "end", "text"}``). Per document:
    ``sentences`` and ``covered`` (headings not counted), ``uncovered`` (sentences with no
    claim, headings included and marked), ``gaps`` (every gap) and ``all``.
    """
    by_doc: dict[str, list] = {}
    for c in dataset.claims:
        by_doc.setdefault(c.document, []).append(c)
    rows: list[dict] = []
    for doc_id in documents or sorted(dataset.documents):
        doc = dataset.documents[doc_id]
        claims = by_doc.get(doc_id, [])
        quoted = [(c.start, c.end) for c in claims] + [
            (a.start, a.end) for c in claims for a in (*c.asserters, *c.relay) if a.start >= 0
        ]
        sentences: list[dict[str, Any]] = []
        for i, s in enumerate(passages(doc.text).sentences):
            text = doc.text[s.start : s.end]
            ids = [c.id for c in claims if c.start < s.end and s.start < c.end]
            sentences.append(
                {
                    "index": i,
                    "start": s.start,
                    "end": s.end,
                    "text": text,
                    "heading": _is_heading(doc.text, text),
                    "claims": ids,
                    "gaps": _gaps(doc.text, s.start, s.end, quoted) if ids else [],
                }
            )
        body = [s for s in sentences if not s["heading"]]
        rows.append(
            {
                "document": doc_id,
                "title": doc.title,
                "sentences": len(body),
                "covered": sum(bool(s["claims"]) for s in body),
                "uncovered": [s for s in sentences if not s["claims"]],
                "gaps": [g | {"sentence": s["index"]} for s in sentences for g in s["gaps"]],
                "all": sentences,
            }
        )
    return rows
