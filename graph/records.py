"""Plain-data views of a dataset for people: statistics, sources, entity cards, claims in context.

Each function returns dicts and lists (JSON-ready); the CLI only renders them. A claim is
spelled one way everywhere (:func:`claim_with_document`): its parts by id *and* by name,
who asserts it and who relays it (with the verbatim words naming each), its figure with
its bound ("≥9 killed") and its document.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .links import SummaryLink, link_counts, summary_links
from .model import (
    ARTICLE_CATEGORY,
    ARTICLE_ORIGIN,
    CREDIBILITY,
    RELIABILITY,
    Attribution,
    Claim,
    Dataset,
    format_quantity,
)
from .passages import passages

__all__ = [
    "asserted_by",
    "attribution_categories",
    "attribution_record",
    "claim_in_context",
    "claim_record",
    "claim_with_document",
    "document_record",
    "entity_card",
    "origin_name",
    "related_entities",
    "sources",
    "statements_of",
    "stats",
]


def document_record(dataset: Dataset, doc_id: str) -> dict:
    """A document's metadata, no text (:meth:`graph.model.Document.to_dict`)."""
    return dataset.documents[doc_id].to_dict()


def attribution_record(a: Attribution, dataset: Dataset | None = None) -> dict:
    """One asserter or relay: ``entity``, ``quote`` (the words naming it), offsets; ``name`` with *dataset*."""
    rec = a.to_dict()
    if dataset is not None:
        rec["name"] = dataset.entity_name(a.entity)
    return rec


def claim_record(c: Claim) -> dict:
    """A claim as the JSON export contract spells it: :meth:`graph.model.Claim.to_dict` with a
    point ``date`` also standing as its ``valid_from`` and ``valid_to``.

    ``asserters`` and ``relay`` are lists of :func:`attribution_record`; ``origins`` the
    original source of each chain (``document:<id>`` when the article speaks itself).
    """
    rec = c.to_dict()
    rec["valid_from"] = rec["valid_from"] or rec["date"]
    rec["valid_to"] = rec["valid_to"] or rec["date"]
    return rec


def attribution_categories(dataset: Dataset, claim: Claim) -> tuple[str, ...]:
    """The kinds of original asserter a claim rests on (one per distinct category), or ``("article",)``.

    The one definition the analytics, the database rows (``origin_categories``) and the
    saved queries share; :data:`graph.model.ARTICLE_CATEGORY` names the article's own voice.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> attribution_categories(ds, next(c for c in ds.claims if c.quantity == 12000))
    ('government',)
    """
    if not claim.asserters:
        return (ARTICLE_CATEGORY,)
    out = []
    for a in claim.asserters:
        e = dataset.entities.get(a.entity)
        cat = dataset.schema.attribution_category(e.type, e.properties) if e else "other"
        if cat not in out:
            out.append(cat)
    return tuple(out)


def asserted_by(dataset: Dataset, c: Claim) -> str:
    """Who says it, by name: ``"Ukraine and United States via Radio Free Asia"``, or ``"the article"``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> c = next(c for c in ds.claims if c.quantity == 12000)
    >>> asserted_by(ds, c)
    'Ukraine and United States via Radio Free Asia'
    """
    if not c.asserters:
        return "the article"
    names = [str(dataset.entity_name(a.entity)) for a in c.asserters]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return " via ".join([who, *(str(dataset.entity_name(a.entity)) for a in c.relay)])


def origin_name(dataset: Dataset, origin: str) -> str:
    """An origin by name: the entity's name, or ``"the article (doc-002)"`` for ``document:doc-002``."""
    if origin.startswith(ARTICLE_ORIGIN):
        return f"the article ({origin[len(ARTICLE_ORIGIN) :]})"
    return str(dataset.entity_name(origin))


def claim_with_document(dataset: Dataset, c: Claim) -> dict:
    """:func:`claim_record` with names, the figure, the attribution in words and the document.

    What ``kg show`` and ``kg claim`` list for each claim and what the analytics' evidence
    builds on, so all spell a claim the same way (a point ``date`` is also its
    ``valid_from`` and ``valid_to``).
    """
    doc = dataset.documents.get(c.document)
    rec = claim_record(c)
    rec["asserters"] = [attribution_record(a, dataset) for a in c.asserters]
    rec["relay"] = [attribution_record(a, dataset) for a in c.relay]
    return {
        **rec,
        "subject_name": dataset.entity_name(c.subject),
        "object_name": dataset.entity_name(c.object),
        "item_name": dataset.entity_name(c.item),
        "asserted_by": asserted_by(dataset, c),
        "figure": format_quantity(c.quantity, c.quantity_bound, c.unit) if c.quantity is not None else None,
        "credibility_meaning": CREDIBILITY[c.credibility],
        "document_title": doc.title if doc else None,
        "document_date": str(doc.date) if doc and doc.date else None,
        "outlet": doc.outlet if doc else None,
        "reliability": doc.reliability if doc else None,
    }


def claim_in_context(dataset: Dataset, c: Claim) -> dict:
    """:func:`claim_with_document` plus the sentence(s) around the quote and around each attribution.

    ``context`` is the sentence holding the quote, with ``before``/``after`` the sentences
    next to it; each asserter and relay gets its own ``sentence``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> c = next(c for c in ds.claims if c.quantity == 12000)
    >>> claim_in_context(ds, c)["context"]["sentence"].endswith("riporta RFA.")
    True
    """
    rec = claim_with_document(dataset, c)
    doc = dataset.documents.get(c.document)
    if doc is None or not doc.text:
        rec["context"] = None
        return rec
    p = passages(doc.text)
    if not p.sentences:
        rec["context"] = None
        return rec
    first, last = p.span(c.start, c.end)
    s = p.around(c.start, c.end)
    rec["context"] = {
        "sentence": doc.text[s.start : s.end],
        "start": s.start,
        "end": s.end,
        "before": doc.text[p.sentences[first - 1].start : p.sentences[first - 1].end] if first > 0 else None,
        "after": doc.text[p.sentences[last + 1].start : p.sentences[last + 1].end]
        if last + 1 < len(p.sentences)
        else None,
    }
    for key in ("asserters", "relay"):
        for entry in rec[key]:
            if entry["start"] >= 0:
                a = p.around(entry["start"], entry["end"])
                entry["sentence"] = doc.text[a.start : a.end]
    return rec


def stats(dataset: Dataset, *, links: list[SummaryLink] | None = None) -> dict:
    """Counts an analyst checks first: entities by type, claims by predicate and document.

    The link counts are :func:`graph.links.link_counts` (the one definition of a
    single-source and a disagreeing link). *links* are the dataset's summary links when the
    caller has them already.
    """
    links = summary_links(dataset) if links is None else links
    claims = dataset.claims
    return {
        "entities": len(dataset.entities),
        "documents": len(dataset.documents),
        "claims": len(claims),
        **link_counts(links),
        "entities_by_type": dict(Counter(e.type for e in dataset.entities.values()).most_common()),
        "claims_by_predicate": dict(Counter(c.predicate for c in claims).most_common()),
        "claims_by_document": dict(sorted(Counter(c.document for c in claims).items())),
        "hedged_claims": sum(c.hedged for c in claims),
        "attributed_claims": sum(bool(c.asserters) for c in claims),
        "relayed_claims": sum(bool(c.relay) for c in claims),
        "multi_asserter_claims": sum(len(c.asserters) > 1 for c in claims),
        "peripheral_claims": sum(c.peripheral for c in claims),
    }


def sources(dataset: Dataset) -> list[dict]:
    """Every document with its reliability and what it contributes; asserters by name."""
    by_doc = Counter(c.document for c in dataset.claims)
    asserters: dict[str, Counter] = {}
    for c in dataset.claims:
        asserters.setdefault(c.document, Counter())[asserted_by(dataset, c)] += 1
    out = []
    for doc_id in sorted(dataset.documents):
        rec = document_record(dataset, doc_id)
        rec["reliability_meaning"] = RELIABILITY[rec["reliability"]]
        rec["claims"] = by_doc.get(doc_id, 0)
        rec["asserters"] = dict(asserters.get(doc_id, Counter()).most_common())
        out.append(rec)
    return out


def related_entities(dataset: Dataset, entity_id: str) -> list[str]:
    """Entities ``kg show --related`` rolls up with *entity_id*, in dataset order.

    Everything inside it (along the schema's ``rollup`` predicates, PART_OF / LOCATED_IN in
    the repository's schema, at any depth) and what it is directly part
    of or located in, unless its type is one of the schema's ``rollup_not_into`` (a country
    would pull in everything):
    the Kursk region brings the Kursk incursion, and the incursion the region.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> related_entities(ds, "kursk-region"), related_entities(ds, "kursk-incursion")
    (['kursk-incursion'], ['kursk-region'])
    """
    along = set(dataset.schema.rollup)  # predicates.yaml's rollup: PART_OF, LOCATED_IN
    stops = dataset.schema.rollup_not_into  # and its rollup_not_into: Country
    children: dict[str, set[str]] = {}
    parents: dict[str, set[str]] = {}
    for c in dataset.claims:
        if c.predicate in along:
            children.setdefault(c.object, set()).add(c.subject)
            parents.setdefault(c.subject, set()).add(c.object)
    found: set[str] = set()
    todo = [entity_id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found and child != entity_id:
                found.add(child)
                todo.append(child)
    for parent in parents.get(entity_id, ()):
        e = dataset.entities.get(parent)
        if e is not None and parent != entity_id and not any(dataset.schema.is_a(e.type, t) for t in stops):
            found.add(parent)
    return [e for e in dataset.entities if e in found]


def _card_claim(dataset: Dataset, c: Claim, other: str | None) -> dict:
    rec = claim_with_document(dataset, c)
    rec["other"] = other
    rec["other_name"] = dataset.entity_name(other) if other else None
    return rec


def entity_card(dataset: Dataset, entity_id: str, *, related: bool = False) -> dict:
    """Everything known about one entity, claims grouped by the entity's role in them.

    ``outgoing`` / ``incoming`` (by predicate) hold the claims where it is subject / object;
    ``as_asserter``, ``as_relay`` and ``as_item`` the claims it asserts, relays or is the item
    of. Each claim is :func:`claim_with_document` (subject, predicate and object by name,
    the figure with its bound, the attribution, notes) plus ``other`` (the other end).
    With *related*, ``related`` holds the cards of :func:`related_entities`.
    """
    e = dataset.entities[entity_id]
    rec = e.to_dict()
    card: dict[str, Any] = {
        "id": rec["id"],
        "type": rec["type"],
        "name": rec["name"],
        "aliases": [{"name": n, "lang": lang} for n, lang in zip(rec["aliases"], rec["alias_languages"], strict=False)],
        "description": rec["description"],
        "wikidata": rec["wikidata"],
        "properties": rec["properties"],
        "category": dataset.schema.attribution_category(e.type, e.properties),
        "outgoing": {},
        "incoming": {},
        "as_asserter": [],
        "as_relay": [],
        "as_item": [],
    }
    for c in dataset.claims:
        if c.subject == entity_id:
            card["outgoing"].setdefault(c.predicate, []).append(_card_claim(dataset, c, c.object))
        if c.object == entity_id and c.subject != entity_id:
            card["incoming"].setdefault(c.predicate, []).append(_card_claim(dataset, c, c.subject))
        if entity_id in c.asserter_ids:
            card["as_asserter"].append(_card_claim(dataset, c, None))
        if entity_id in c.relay_ids:
            card["as_relay"].append(_card_claim(dataset, c, None))
        if c.item == entity_id:
            card["as_item"].append(_card_claim(dataset, c, None))
    if related:
        card["related"] = [entity_card(dataset, r) for r in related_entities(dataset, entity_id)]
    return card


def statements_of(dataset: Dataset, entity_id: str) -> list[dict]:
    """What an entity says and does, grouped by document (in date order), then claim order.

    Every claim it asserts or relays (any position in a relay chain) and every claim whose
    subject it is. Each group: the document's id, title and date, and its claims
    (:func:`claim_with_document`) each with ``roles`` (``asserter``, ``relay``, ``subject``).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("seeds")
    >>> [g["document"] for g in statements_of(ds, "vladimir-putin")]
    ['doc-004', 'doc-000', 'doc-002']
    """
    groups: dict[str, list[dict]] = {}
    for c in dataset.claims:
        roles = [
            r
            for r, on in (
                ("asserter", entity_id in c.asserter_ids),
                ("relay", entity_id in c.relay_ids),
                ("subject", c.subject == entity_id),
            )
            if on
        ]
        if roles:
            rec = claim_with_document(dataset, c)
            rec["roles"] = roles
            groups.setdefault(c.document, []).append(rec)

    def when(doc_id: str):
        d = dataset.documents[doc_id].date
        return (d is None, d or (0,), doc_id)

    return [
        {
            "document": doc_id,
            "document_title": dataset.documents[doc_id].title,
            "document_date": str(dataset.documents[doc_id].date) if dataset.documents[doc_id].date else None,
            "claims": claims,
        }
        for doc_id, claims in sorted(groups.items(), key=lambda kv: when(kv[0]))
    ]
