"""Plain-data views of a dataset for people: statistics, sources, entity cards.

Each function returns dicts and lists (JSON-ready); the CLI only renders them.
"""

from __future__ import annotations

from collections import Counter

from .links import SummaryLink, summary_links
from .model import CREDIBILITY, RELIABILITY, Claim, Dataset

__all__ = ["stats", "sources", "entity_card", "claim_record", "claim_with_document", "document_record"]


def document_record(dataset: Dataset, doc_id: str) -> dict:
    """A document's metadata (no text)."""
    d = dataset.documents[doc_id]
    return {"id": d.id, "file": d.file, "title": d.title, "outlet": d.outlet, "author": d.author,
            "date": str(d.date) if d.date else None, "language": d.language, "sha256": d.sha256,
            "reliability": d.reliability, "url": d.url}


def claim_record(c: Claim) -> dict:
    """A claim as the JSON export contract spells it."""
    return {
        "id": c.id, "subject": c.subject, "predicate": c.predicate, "object": c.object, "document": c.document,
        "quote": c.quote, "start": c.start, "end": c.end, "attributed_to": c.attributed_to,
        "attribution_note": c.attribution_note, "hedged": c.hedged, "credibility": c.credibility,
        "date": str(c.date) if c.date else None,
        "valid_from": str(c.valid_from or c.date) if (c.valid_from or c.date) else None,
        "valid_to": str(c.valid_to or c.date) if (c.valid_to or c.date) else None,
        "quantity": c.quantity, "quantity_bound": c.quantity_bound if c.quantity is not None else None,
        "unit": c.unit, "item": c.item, "peripheral": c.peripheral, "note": c.note,
    }


def claim_with_document(dataset: Dataset, c: Claim) -> dict:
    """:func:`claim_record` plus its document's title, date, outlet and reliability.

    What ``kg show`` lists for each claim and what the analytics' evidence builds on, so both
    spell a claim the same way (a point ``date`` is also its ``valid_from`` and ``valid_to``).
    """
    doc = dataset.documents.get(c.document)
    return {**claim_record(c), "document_title": doc.title if doc else None,
            "document_date": str(doc.date) if doc and doc.date else None,
            "outlet": doc.outlet if doc else None, "reliability": doc.reliability if doc else None}


def stats(dataset: Dataset, *, links: list[SummaryLink] | None = None) -> dict:
    """Counts an analyst checks first: entities by type, claims by predicate and document.

    *links* are the dataset's summary links when the caller has them already.
    """
    links = summary_links(dataset) if links is None else links
    claims = dataset.claims
    return {
        "entities": len(dataset.entities),
        "documents": len(dataset.documents),
        "claims": len(claims),
        "links": len(links),
        "entities_by_type": dict(Counter(e.type for e in dataset.entities.values()).most_common()),
        "claims_by_predicate": dict(Counter(c.predicate for c in claims).most_common()),
        "claims_by_document": dict(sorted(Counter(c.document for c in claims).items())),
        "hedged_claims": sum(c.hedged for c in claims),
        "attributed_claims": sum(c.attributed_to is not None for c in claims),
        "peripheral_claims": sum(c.peripheral for c in claims),
        "single_origin_links": sum(link.independent_origins == 1 for link in links),
        "disagreeing_links": sum(link.disagree for link in links),
    }


def sources(dataset: Dataset) -> list[dict]:
    """Every document with its reliability and what it contributes."""
    by_doc = Counter(c.document for c in dataset.claims)
    asserters: dict[str, Counter] = {}
    for c in dataset.claims:
        asserters.setdefault(c.document, Counter())[c.attributed_to or "(the article itself)"] += 1
    out = []
    for doc_id in sorted(dataset.documents):
        rec = document_record(dataset, doc_id)
        rec["reliability_meaning"] = RELIABILITY[rec["reliability"]]
        rec["claims"] = by_doc.get(doc_id, 0)
        rec["asserters"] = dict(asserters.get(doc_id, Counter()).most_common())
        out.append(rec)
    return out


def entity_card(dataset: Dataset, entity_id: str) -> dict:
    """Everything known about one entity, claims grouped by direction and predicate.

    Each claim carries its quote, document (title, date), attribution and credibility.
    """
    e = dataset.entities[entity_id]
    card = {
        "id": e.id, "type": e.type, "name": e.name,
        "aliases": [{"name": a.name, "lang": a.lang} for a in e.aliases],
        "description": e.description, "wikidata": e.wikidata, "properties": e.properties,
        "outgoing": {}, "incoming": {}, "mentioned_as": {},
    }
    for c in dataset.claims:
        roles = []
        if c.subject == entity_id:
            roles.append(("outgoing", c.object))
        if c.object == entity_id:
            roles.append(("incoming", c.subject))
        if c.attributed_to == entity_id:
            roles.append(("mentioned_as", "attributed_to"))
        if c.item == entity_id:
            roles.append(("mentioned_as", "item"))
        for direction, other in roles:
            rec = claim_with_document(dataset, c)
            rec["other"] = other if direction != "mentioned_as" else None
            rec["other_name"] = dataset.entities[other].name if other in dataset.entities else None
            rec["credibility_meaning"] = CREDIBILITY[c.credibility]
            key = c.predicate if direction != "mentioned_as" else other
            card[direction].setdefault(key, []).append(rec)
    return card
