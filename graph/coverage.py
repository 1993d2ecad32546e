"""Coverage: the sentences of a document that no claim quotes, so a curator sees what was skipped.

A sentence (:mod:`graph.passages`) is *covered* when a claim's quote overlaps it. Headings
and bylines count like any sentence: a curator decides what to skip, this only makes the
skipping visible.

Examples
--------
>>> from graph.validate import load_dataset
>>> [r] = coverage(load_dataset("seeds"), ["doc-003"])
>>> r["sentences"] > r["covered"] > 0
True
"""

from __future__ import annotations

from .model import Dataset
from .passages import passages

__all__ = ["coverage"]


def coverage(dataset: Dataset, documents: list[str] | None = None) -> list[dict]:
    """Per document: sentence count, covered count, the ``uncovered`` sentences and ``all`` of them.

    Each sentence is ``{"index", "start", "end", "text", "claims"}`` (the ids of the claims
    whose quote overlaps it).
    """
    by_doc: dict[str, list] = {}
    for c in dataset.claims:
        by_doc.setdefault(c.document, []).append(c)
    rows = []
    for doc_id in documents or sorted(dataset.documents):
        doc = dataset.documents[doc_id]
        claims = by_doc.get(doc_id, [])
        sentences = []
        for i, s in enumerate(passages(doc.text).sentences):
            ids = [c.id for c in claims if c.start < s.end and s.start < c.end]
            sentences.append({"index": i, "start": s.start, "end": s.end, "text": doc.text[s.start:s.end], "claims": ids})
        uncovered = [s for s in sentences if not s["claims"]]
        rows.append({"document": doc_id, "title": doc.title, "sentences": len(sentences),
                     "covered": len(sentences) - len(uncovered), "uncovered": uncovered, "all": sentences})
    return rows
