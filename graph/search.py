"""Word search over a dataset: quotes, attribution words, notes and entity names.

Every word must match (case, accents and apostrophe style ignored); a word matches at the
start of a word, so ``sanzion`` finds "sanzioni" and "sanctions" is not found in
"sanzioni". A claim matches when all words occur in its text (the quote, the words naming
its asserters and relays, its notes) or in the names and aliases of the entities it links
(subject, object, item, asserters, relays): Italian quotes and English notes are searched
alike.

Examples
--------
>>> from graph.validate import load_dataset
>>> found = search(load_dataset("seeds"), ["sanzioni"])
>>> [(c["document"], c["predicate"], c["matched"]) for c in found["claims"]]
[('doc-004', 'SANCTIONS', ['quote'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Claim, Dataset
from .records import claim_with_document
from .resolve import fold_text

__all__ = ["claim_fields", "search"]


def claim_fields(dataset: Dataset, c: Claim) -> dict[str, str]:
    """The searchable texts of a claim, by field name."""
    names: list[str] = []
    for eid in dict.fromkeys((c.subject, c.object, c.item, *c.asserter_ids, *c.relay_ids)):
        e = dataset.entities.get(eid) if eid else None
        if e is not None:
            names.extend(e.names)
    return {
        "quote": c.quote,
        "attribution": " | ".join(a.quote or "" for a in (*c.asserters, *c.relay)),
        "note": c.note or "",
        "attribution_note": c.attribution_note or "",
        "names": " | ".join(names),
    }


def _patterns(words: Iterable[str]) -> list[re.Pattern]:
    out = [re.compile(r"(?<!\w)" + re.escape(fold_text(w.strip()))) for w in words if w.strip()]
    if not out:
        raise ValueError("give at least one word to search for")
    return out


def search(dataset: Dataset, words: Iterable[str], *, limit: int = 50) -> dict:
    """Entities and claims matching every word in *words* (see the module doc).

    Returns ``{"words", "entities": [{id, name, type, fields}], "claims": [...],
    "claims_total"}``; each claim is :func:`graph.records.claim_with_document` plus
    ``matched`` (the fields where a word was found), at most *limit* of them, in dataset order.
    """
    words = list(words)
    patterns = _patterns(words)
    entities = []
    for e in dataset.entities.values():
        fields = {"name": e.name, "aliases": " | ".join(a.name for a in e.aliases), "description": e.description}
        folded = {k: fold_text(v) for k, v in fields.items()}
        if all(any(p.search(v) for v in folded.values()) for p in patterns):
            entities.append(
                {
                    "id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "fields": [k for k, v in folded.items() if any(p.search(v) for p in patterns)],
                }
            )
    claims: list[dict] = []
    total = 0
    for c in dataset.claims:
        folded = {k: fold_text(v) for k, v in claim_fields(dataset, c).items()}
        if not all(any(p.search(v) for v in folded.values()) for p in patterns):
            continue
        total += 1
        if len(claims) < limit:
            rec = claim_with_document(dataset, c)
            rec["matched"] = [k for k, v in folded.items() if any(p.search(v) for p in patterns)]
            claims.append(rec)
    return {"words": words, "entities": entities, "claims": claims, "claims_total": total}
