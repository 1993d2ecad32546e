"""Plain-data views of a dataset for people: statistics, sources, entity cards.

Each function returns dicts and lists (JSON-ready); the CLI only renders them.
"""

from __future__ import annotations

from collections import Counter

from .links import summary_links
from .model import CREDIBILITY, RELIABILITY, Claim, Dataset

__all__ = ["stats", "sources", "entity_card", "claim_record", "document_record"]


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


def stats(dataset: Dataset) -> dict:
    """Counts an analyst checks first: entities by type, claims by predicate and document."""
    links = summary_links(dataset)
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
            rec = claim_record(c)
            doc = dataset.documents[c.document]
            rec["other"] = other if direction != "mentioned_as" else None
            rec["other_name"] = dataset.entities[other].name if other in dataset.entities else None
            rec["document_title"] = doc.title
            rec["document_date"] = str(doc.date) if doc.date else None
            rec["credibility_meaning"] = CREDIBILITY[c.credibility]
            key = c.predicate if direction != "mentioned_as" else other
            card[direction].setdefault(key, []).append(rec)
    return card
