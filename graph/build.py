"""Building networkx graphs from a validated dataset.

Two views of the same truth:

* the **claim graph**, a ``MultiDiGraph`` with one edge per claim (key = claim id), for
  evidence-level analysis;
* the **summary graph**, a ``MultiDiGraph`` with one edge per summary link (key =
  predicate), for structure (centrality, paths, communities) and drawing.

Attribute values are plain scalars or lists of them, so the graphs serialise as they are.
"""

from __future__ import annotations

from collections.abc import Collection

import networkx as nx

from .atomic import gc_paused
from .links import SummaryLink, summary_links
from .model import Claim, Dataset

__all__ = ["claim_attributes", "claim_graph", "edge_record", "node_attributes", "summary_graph"]

#: What an edge does not repeat (its ends and key) or a graph file cannot hold (notes stay in the exports).
_CLAIM_EDGE_DROPPED = ("id", "subject", "object", "attribution_note", "note")


def node_attributes(dataset: Dataset, only: Collection[str] | None = None) -> dict[str, dict]:
    """Node attributes for every entity (or those in *only*, in dataset order): type, name, aliases,
    wikidata, category."""
    schema = dataset.schema
    out = {}
    for e in dataset.entities.values():
        if only is not None and e.id not in only:
            continue
        rec = e.to_dict()
        attrs = {
            "type": rec["type"],
            "name": rec["name"],
            "aliases": rec["aliases"],
            "category": schema.attribution_category(e.type, e.properties),
        }
        if rec["wikidata"]:
            attrs["wikidata"] = rec["wikidata"]
        out[e.id] = attrs
    return out


def claim_attributes(c: Claim) -> dict:
    """The edge attributes of one claim: its :meth:`~graph.model.Claim.to_dict` record made flat.

    The ends and the id are the edge's own; ``asserters`` and ``relay`` are entity ids
    (relay nearest the asserters first), ``origins`` the original source of each chain;
    notes, ``None`` values and empty attributions are left out, so every value is a scalar or
    a list of them (GraphML and GEXF take nothing else). :func:`edge_record` makes the same
    dict from the record; this one reads the claim directly because the build makes one per
    claim: 0.20 s against 0.40 s per 100,000 claims (``python scripts/bench_records.py``),
    and ``tests/test_records.py`` checks that the two agree.
    """
    attrs = {
        "predicate": c.predicate,
        "document": c.document,
        "quote": c.quote,
        "start": c.start,
        "end": c.end,
        "credibility": c.credibility,
        "hedged": c.hedged,
        "origins": list(c.origins),
    }
    if c.asserters:
        attrs["asserters"] = list(c.asserter_ids)
    if c.relay:
        attrs["relay"] = list(c.relay_ids)
    if c.quantity is not None:
        attrs["quantity"] = c.quantity
        attrs["quantity_bound"] = c.quantity_bound
    for name in ("unit", "item"):
        value = getattr(c, name)
        if value is not None:
            attrs[name] = value
    for name in ("date", "valid_from", "valid_to"):
        value = getattr(c, name)
        if value is not None:
            attrs[name] = str(value)
    if c.peripheral:
        attrs["peripheral"] = True
    return attrs


def edge_record(record: dict) -> dict:
    """A claim record (:meth:`~graph.model.Claim.to_dict`) as edge attributes: what :func:`claim_attributes` makes.

    Examples
    --------
    >>> from graph.model import Claim, asserted_by
    >>> c = Claim("c1", "kp", "DEPLOYED_TO", "ru", "d1", "q", 0, 1, 2, asserters=asserted_by("ua"), quantity=9)
    >>> edge_record(c.to_dict()) == claim_attributes(c)
    True
    """
    attrs = {k: v for k, v in record.items() if k not in _CLAIM_EDGE_DROPPED and v is not None}
    for key in ("asserters", "relay"):
        if attrs[key]:
            attrs[key] = [a["entity"] for a in attrs[key]]
        else:
            del attrs[key]
    if not attrs["peripheral"]:
        del attrs["peripheral"]
    return attrs


def claim_graph(dataset: Dataset) -> nx.MultiDiGraph:
    """One node per entity, one edge per claim (key = claim id).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> G = claim_graph(load_dataset("seeds"))
    >>> G.number_of_edges() == len(load_dataset("seeds").claims)
    True
    """
    G = nx.MultiDiGraph(name="claims")
    with gc_paused():  # millions of dicts allocated, none freed
        G.add_nodes_from(node_attributes(dataset).items())
        G.add_edges_from((c.subject, c.object, c.id, claim_attributes(c)) for c in dataset.claims)
    return G


def _link_attributes(link: SummaryLink) -> dict:
    """A link's edge attributes: its :meth:`~graph.links.SummaryLink.to_dict` record with a claim count.

    Read from the link directly (its lists shared, not copied) because the summary graph makes
    one per link; ``tests/test_records.py`` checks them against the record.
    """
    attrs = {
        "predicate": link.predicate,
        "claims": len(link.claim_ids),
        "claim_ids": link.claim_ids,
        "documents": link.documents,
        "independent_origins": link.independent_origins,
        "origins": link.origins,
        "best_credibility": link.best_credibility,
        "hedged": link.hedged,
        "peripheral": link.peripheral,
        "disagree": link.disagree,
        "disagreements": link.disagreements,
        "single_source": link.single_source,
    }
    if link.first_date:
        attrs["first_date"] = str(link.first_date)
        attrs["last_date"] = str(link.last_date)
    return attrs


def summary_graph(
    dataset: Dataset, links: list[SummaryLink] | None = None, *, linked_only: bool = False
) -> nx.MultiDiGraph:
    """One node per entity, one edge per summary link (key = predicate).

    With *linked_only*, only the entities some link touches become nodes (still in dataset
    order): the summary graph of part of the claims without computing, then dropping, every
    other entity.

    Examples
    --------
    >>> import dataclasses
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> one = dataclasses.replace(ds, claims=[c for c in ds.claims if c.document == "doc-a"])
    >>> S = summary_graph(one, linked_only=True)
    >>> sorted(S) == sorted({n for c in one.claims for n in (c.subject, c.object)})
    True
    >>> summary_graph(one).number_of_nodes() == len(ds.entities)
    True
    """
    if links is None:
        links = summary_links(dataset)
    G = nx.MultiDiGraph(name="summary")
    with gc_paused():  # millions of dicts allocated, none freed
        only = {n for link in links for n in (link.subject, link.object)} if linked_only else None
        G.add_nodes_from(node_attributes(dataset, only).items())
        for link in links:
            G.add_edge(link.subject, link.object, key=link.predicate, **_link_attributes(link))
    return G
