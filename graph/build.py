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

__all__ = ["claim_graph", "summary_graph", "node_attributes", "claim_attributes"]


def node_attributes(dataset: Dataset, only: Collection[str] | None = None) -> dict[str, dict]:
    """Node attributes for every entity (or those in *only*, in dataset order): type, name, aliases,
    wikidata, category."""
    schema = dataset.schema
    out = {}
    for e in dataset.entities.values():
        if only is not None and e.id not in only:
            continue
        attrs = {"type": e.type, "name": e.name, "aliases": [a.name for a in e.aliases],
                 "category": schema.attribution_category(e.type, e.properties)}
        if e.wikidata:
            attrs["wikidata"] = e.wikidata
        out[e.id] = attrs
    return out


def claim_attributes(c: Claim) -> dict:
    """The edge attributes of one claim (``None`` values and empty attributions left out).

    ``asserters`` and ``relay`` are entity ids (relay nearest the asserters first),
    ``origins`` the original source of each chain.
    """
    attrs = {
        "predicate": c.predicate, "document": c.document, "quote": c.quote, "start": c.start, "end": c.end,
        "credibility": c.credibility, "hedged": c.hedged, "origins": list(c.origins),
    }
    if c.asserters:
        attrs["asserters"] = list(c.asserter_ids)
    if c.relay:
        attrs["relay"] = list(c.relay_ids)
    for name in ("quantity", "unit", "item"):
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
    attrs = {
        "predicate": link.predicate, "claims": len(link.claim_ids), "claim_ids": link.claim_ids,
        "documents": link.documents, "independent_origins": link.independent_origins, "origins": link.origins,
        "best_credibility": link.best_credibility, "hedged": link.hedged, "peripheral": link.peripheral,
        "disagree": link.disagree, "disagreements": link.disagreements, "single_source": link.single_source,
    }
    if link.first_date:
        attrs["first_date"] = str(link.first_date)
        attrs["last_date"] = str(link.last_date)
    return attrs


def summary_graph(dataset: Dataset, links: list[SummaryLink] | None = None, *,
                  linked_only: bool = False) -> nx.MultiDiGraph:
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
