"""How well each link is supported: its claims, documents and independent origins.

An *origin* is the original source of one of a claim's relay chains
(:attr:`graph.model.Claim.origins`): each asserter, else the document itself. Three articles
relaying KCNA are three documents but **one** origin; "according to Ukraine and the United
States, RFA reports" is two origins (relayed by one outlet). A link or entity resting on one
document or one origin is a single-source dependency an analyst should know about before
building on it (:attr:`graph.links.SummaryLink.single_source`, the one definition).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from typing import Any

from ..links import SummaryLink, single_source_basis, summary_links
from ..model import ARTICLE_CATEGORY, Claim, Dataset
from ..records import attribution_categories, claim_with_document, origin_name

__all__ = [
    "ARTICLE",
    "attribution_categories",
    "attribution_category",
    "claim_evidence",
    "claims_index",
    "corroboration",
    "link_evidence",
    "single_source",
    "single_source_entities",
    "single_source_links",
]

#: Attribution category of a claim the article makes in its own voice (:data:`graph.model.ARTICLE_CATEGORY`).
ARTICLE = ARTICLE_CATEGORY


_INDEX: dict[int, tuple] = {}


def claims_index(dataset: Dataset) -> dict[str, Claim]:
    """``{claim id: claim}``, built once per dataset (rebuilt if its claim list is replaced or grows).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> claims_index(ds) is claims_index(ds), len(claims_index(ds))
    (True, 20)
    """
    key = id(dataset)
    stamp = (id(dataset.claims), len(dataset.claims))
    hit = _INDEX.get(key)
    if hit is not None and hit[0]() is dataset and hit[1] == stamp:
        return hit[2]
    index = dataset.claims_by_id()
    if hit is None or hit[0]() is not dataset:
        weakref.finalize(dataset, _INDEX.pop, key, None)
    _INDEX[key] = (weakref.ref(dataset), stamp, index)
    return index


def attribution_category(dataset: Dataset, claim: Claim) -> str:
    """:func:`attribution_categories` as one label: the category, ``"+"``-joined when there are several.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> sorted({attribution_category(ds, c) for c in ds.claims})
    ['article', 'government', 'intelligence', 'research', 'state_media']
    """
    return "+".join(attribution_categories(dataset, claim))


def claim_evidence(dataset: Dataset, claim: Claim) -> dict:
    """One claim as evidence: quote, document (title, date, outlet, reliability), attribution.

    The claim as :func:`graph.records.claim_with_document` spells it (what ``kg show``
    lists: names, ``asserted_by``, ``asserters`` and ``relay`` with names, ``origins``), plus
    ``claim`` (its id) and the attribution ``category``. Dates keep their precision
    (``"2025-02"`` stays ``"2025-02"``).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> ev = claim_evidence(ds, ds.claims[3])
    >>> ev["quote"], ev["document"], ev["asserted_by"], ev["category"], ev["date"]
    ('oltre 10.000 soldati nordcoreani sono stati inviati in Russia, secondo il NIS', 'doc-a', 'National Intelligence Service', 'intelligence', '2024-11')
    """
    return {"claim": claim.id, **claim_with_document(dataset, claim), "category": attribution_category(dataset, claim)}


def link_evidence(dataset: Dataset, link: SummaryLink | dict, *, claims: dict | None = None) -> dict:
    """A link with its corroboration and every claim as evidence (:func:`claim_evidence`).

    *link* is a :class:`~graph.links.SummaryLink` or a summary-graph edge's attribute dict
    plus ``subject``/``object``; *claims* an id → claim index (built when omitted).
    """
    if isinstance(link, SummaryLink):
        s, p, o, ids = link.subject, link.predicate, link.object, link.claim_ids
    else:
        s, p, o, ids = link["subject"], link["predicate"], link["object"], link["claim_ids"]
    index = claims if claims is not None else claims_index(dataset)
    cs = [index[i] for i in ids]
    return {
        "subject": s,
        "subject_name": dataset.entity_name(s),
        "predicate": p,
        "object": o,
        "object_name": dataset.entity_name(o),
        "claims": len(cs),
        "documents": sorted({c.document for c in cs}),
        "origins": sorted({o for c in cs for o in c.origins}),
        "independent_origins": len({o for c in cs for o in c.origins}),
        "best_credibility": min(c.credibility for c in cs),
        "hedged": all(c.hedged for c in cs),
        "disagreements": list(link.disagreements)
        if isinstance(link, SummaryLink)
        else list(link.get("disagreements", [])),
        "evidence": [claim_evidence(dataset, c) for c in cs],
    }


def corroboration(dataset: Dataset, *, links: list[SummaryLink] | None = None) -> list[dict]:
    """Per link: how many claims, documents and independent origins support it.

    ``single_document`` / ``single_origin`` flag links that rest on one of either. Rows come
    in the links' order (first claim first).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> rows = corroboration(load_dataset("tests/fixtures/analytics"))
    >>> visit = next(r for r in rows if r["predicate"] == "VISITED")
    >>> visit["claims"], visit["documents"], visit["origins"], visit["single_origin"]
    (3, ['doc-a', 'doc-b', 'doc-c'], ['kcna'], True)
    """
    rows = []
    for link in links if links is not None else summary_links(dataset):
        rows.append(
            {
                "subject": link.subject,
                "subject_name": dataset.entity_name(link.subject),
                "predicate": link.predicate,
                "object": link.object,
                "object_name": dataset.entity_name(link.object),
                "claims": len(link.claim_ids),
                "documents": link.documents,
                "origins": link.origins,
                "origin_names": [origin_name(dataset, o) for o in link.origins],
                "independent_origins": link.independent_origins,
                "single_document": link.single_document,
                "single_origin": link.single_origin,
                "single_source": link.single_source,
                "basis": link.single_source_basis,
                "disagree": link.disagree,
                "best_credibility": link.best_credibility,
                "hedged": link.hedged,
                "peripheral": link.peripheral,
            }
        )
    return rows


def single_source_links(
    dataset: Dataset, *, links: list[SummaryLink] | None = None, include_peripheral: bool = False
) -> list[dict]:
    """The single-source links (:attr:`graph.links.SummaryLink.single_source`) as :func:`corroboration` rows, weakest first.

    ``basis`` says why: ``"document"`` (one document, whatever it cites), ``"origin"``
    (several documents relaying one asserter) or ``"document+origin"``. Peripheral links are
    not single-source dependencies; *include_peripheral* lists those resting on one source too.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> rows = single_source_links(load_dataset("tests/fixtures/analytics"))
    >>> [(r["subject"], r["object"], r["basis"]) for r in rows if r["predicate"] in ("PRODUCES", "VISITED")]
    [('plant-hamhung', 'kn-23', 'document+origin'), ('kim-jong-un', 'plant-hamhung', 'origin')]
    """
    rows = []
    for r in corroboration(dataset, links=links):
        if r["single_source"] or (
            include_peripheral and r["peripheral"] and (r["single_document"] or r["single_origin"])
        ):
            r["basis"] = single_source_basis(r["single_document"], r["single_origin"])
            rows.append(r)
    order = {"document+origin": 0, "document": 1, "origin": 2}
    rows.sort(key=lambda r: (order[r["basis"]], r["claims"], r["subject"], r["predicate"], r["object"]))
    return rows


def single_source_entities(dataset: Dataset, *, include_peripheral: bool = False) -> list[dict]:
    """Entities whose every claim (as subject or object) comes from one document or one origin.

    Entities no claim mentions are left out. Rows: id, name, type, claims, documents,
    origins, basis (as in :func:`single_source_links`).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> rows = single_source_entities(load_dataset("tests/fixtures/analytics"))
    >>> [(r["id"], r["documents"], r["basis"]) for r in rows if r["id"] == "kn-23"]
    [('kn-23', ['doc-a'], 'document+origin')]
    """
    docs: defaultdict[str, set[str]] = defaultdict(set)
    origins: defaultdict[str, set[str]] = defaultdict(set)
    counts: defaultdict[str, int] = defaultdict(int)
    for c in dataset.claims:
        if c.peripheral and not include_peripheral:
            continue
        for e in {c.subject, c.object}:
            docs[e].add(c.document)
            origins[e].update(c.origins)
            counts[e] += 1
    rows: list[dict[str, Any]] = []
    for e in counts:
        one_doc, one_origin = len(docs[e]) == 1, len(origins[e]) == 1
        if not (one_doc or one_origin):
            continue
        ent = dataset.entities.get(e)
        rows.append(
            {
                "id": e,
                "name": dataset.entity_name(e),
                "type": ent.type if ent else None,
                "claims": counts[e],
                "documents": sorted(docs[e]),
                "origins": sorted(origins[e]),
                "origin_names": [origin_name(dataset, o) for o in sorted(origins[e])],
                "basis": single_source_basis(one_doc, one_origin),
            }
        )
    order = {"document+origin": 0, "document": 1, "origin": 2}
    rows.sort(key=lambda r: (order[r["basis"]], r["claims"], r["id"]))
    return rows


def single_source(
    dataset: Dataset, *, links: list[SummaryLink] | None = None, include_peripheral: bool = False
) -> dict:
    """``{"links": [...], "entities": [...]}``: every single-source dependency."""
    return {
        "links": single_source_links(dataset, links=links, include_peripheral=include_peripheral),
        "entities": single_source_entities(dataset, include_peripheral=include_peripheral),
    }
