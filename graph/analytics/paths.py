"""How two entities connect: shortest and k shortest simple paths, every hop with its evidence.

Paths run over the summary graph's undirected projection by default (a connection is a
connection whoever is the subject); each hop then lists every link between its two
entities in either direction, with ``direction`` ``"forward"`` (the hop follows subject →
object) or ``"backward"``, and each link its claims: quote, document, attribution,
hedging, credibility (:func:`~.evidence.link_evidence`). With ``directed=True`` paths follow
subject → object only.
"""

from __future__ import annotations

from itertools import islice, pairwise

import networkx as nx

from ..build import summary_graph
from ..model import Dataset
from .evidence import claims_index, link_evidence
from .projection import node_label, simple_directed, undirected
from .resolve import resolve_entity

__all__ = ["k_shortest_paths", "path_record", "shortest_path"]


def _hop_links(dataset: Dataset, G: nx.MultiDiGraph, a: str, b: str, claims: dict, directed: bool) -> list[dict]:
    out = []
    pairs = [(a, b, "forward")] + ([] if directed else [(b, a, "backward")])
    for s, o, direction in pairs:
        for key, data in sorted((G.get_edge_data(s, o) or {}).items(), key=lambda kv: str(kv[0])):
            rec = link_evidence(
                dataset,
                {
                    "subject": s,
                    "predicate": data.get("predicate", key),
                    "object": o,
                    "claim_ids": data["claim_ids"],
                    "disagreements": data.get("disagreements", []),
                },
                claims=claims,
            )
            out.append({"direction": direction, **rec})
    return out


def path_record(
    dataset: Dataset, G: nx.MultiDiGraph, nodes: list[str], *, claims: dict | None = None, directed: bool = False
) -> dict:
    """A path (list of node ids) as plain data: its nodes, length, and hops with evidence."""
    claims = claims if claims is not None else claims_index(dataset)
    hops = [
        {"from": node_label(G, a), "to": node_label(G, b), "links": _hop_links(dataset, G, a, b, claims, directed)}
        for a, b in pairwise(nodes)
    ]
    docs = sorted({d for h in hops for link in h["links"] for d in link["documents"]})
    return {
        "source": node_label(G, nodes[0]),
        "target": node_label(G, nodes[-1]),
        "length": len(nodes) - 1,
        "nodes": [node_label(G, n) for n in nodes],
        "documents": docs,
        "hops": hops,
    }


def _prepare(dataset, source, target, graph, directed):
    s, t = resolve_entity(dataset, source), resolve_entity(dataset, target)
    G = graph if graph is not None else summary_graph(dataset)
    for n in (s, t):
        if n not in G:
            raise nx.NodeNotFound(f"{n!r} is not in the graph")
    H = simple_directed(G) if directed else undirected(G)
    return s, t, G, H


def k_shortest_paths(
    dataset: Dataset,
    source: str,
    target: str,
    *,
    k: int = 3,
    graph: nx.MultiDiGraph | None = None,
    directed: bool = False,
) -> list[dict]:
    """Up to *k* shortest simple paths from *source* to *target* (ids, names or aliases), shortest first.

    *graph* is the summary graph to search (a filtered :func:`~.subgraph.subgraph`, say);
    built from *dataset* when omitted. Returns ``[]`` when the two are not connected.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> for p in k_shortest_paths(ds, "Kim Jong Un", "Russia", k=3):
    ...     print(" > ".join(n["id"] for n in p["nodes"]))
    kim-jong-un > north-korea > russia
    kim-jong-un > north-korea > putin > russia
    kim-jong-un > north-korea > treaty-2024 > russia
    """
    s, t, G, H = _prepare(dataset, source, target, graph, directed)
    if s == t:
        return [path_record(dataset, G, [s], directed=directed)]
    try:
        found = list(islice(nx.shortest_simple_paths(H, s, t), k))
    except nx.NetworkXNoPath:
        return []
    claims = claims_index(dataset)
    return [path_record(dataset, G, p, claims=claims, directed=directed) for p in found]


def shortest_path(
    dataset: Dataset, source: str, target: str, *, graph: nx.MultiDiGraph | None = None, directed: bool = False
) -> dict | None:
    """The shortest path from *source* to *target* with every hop's evidence, or ``None``.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> p = shortest_path(ds, "Kim", "regione di Kursk")
    >>> [n["id"] for n in p["nodes"]], p["length"]
    (['kim-jong-un', 'north-korea', 'kursk'], 2)
    >>> link = p["hops"][1]["links"][0]
    >>> link["predicate"], link["direction"], link["evidence"][0]["quote"]
    ('DEPLOYED_TO', 'forward', 'truppe nordcoreane schierate nella regione di Kursk da ottobre 2024')
    """
    s, t, G, H = _prepare(dataset, source, target, graph, directed)
    try:
        nodes = nx.shortest_path(H, s, t)
    except nx.NetworkXNoPath:
        return None
    return path_record(dataset, G, nodes, directed=directed)
