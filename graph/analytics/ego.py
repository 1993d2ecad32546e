"""Ego networks: an entity, everything within N links of it, and the links among them."""

from __future__ import annotations

import networkx as nx

from ..build import summary_graph
from ..model import Dataset
from .projection import node_label, undirected
from .resolve import resolve_entity

__all__ = ["ego_graph", "ego_network"]


def ego_graph(G: nx.Graph, center: str, *, depth: int = 2) -> nx.Graph:
    """The sub-graph of *G* induced by the nodes within *depth* links of *center* (any direction).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> S = summary_graph(load_dataset("tests/fixtures/analytics"))
    >>> sorted(ego_graph(S, "plant-hamhung", depth=1))
    ['cns', 'kim-jong-un', 'kn-23', 'plant-hamhung']
    """
    if center not in G:
        raise nx.NodeNotFound(f"{center!r} is not in the graph")
    nodes = nx.single_source_shortest_path_length(undirected(G), center, cutoff=depth)
    return G.subgraph(nodes).copy()


def ego_network(dataset: Dataset, center: str, *, depth: int = 2, graph: nx.Graph | None = None) -> dict:
    """The ego network of *center* (id, name or alias) as plain data.

    ``nodes`` carry their ``distance`` from the centre; ``links`` their predicate,
    documents, independent origins and claim count (evidence via
    :func:`~.evidence.link_evidence`).

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> e = ego_network(load_dataset("tests/fixtures/analytics"), "Stabilimento 11 Febbraio", depth=1)
    >>> e["center"]["id"], [(n["id"], n["distance"]) for n in e["nodes"]]
    ('plant-hamhung', [('plant-hamhung', 0), ('cns', 1), ('kim-jong-un', 1), ('kn-23', 1)])
    """
    center = resolve_entity(dataset, center)
    S = graph if graph is not None else summary_graph(dataset)
    if center not in S:
        raise nx.NodeNotFound(f"{center!r} is not in the graph")
    dist = nx.single_source_shortest_path_length(undirected(S), center, cutoff=depth)
    nodes = sorted(
        ({**node_label(S, n), "distance": d} for n, d in dist.items()), key=lambda r: (r["distance"], str(r["id"]))
    )
    links = []
    succ = S.succ if S.is_directed() else S.adj
    for u in dist:
        for v, keydict in succ[u].items():
            if v not in dist or (not S.is_directed() and str(v) < str(u)):
                continue
            for key, data in keydict.items() if S.is_multigraph() else [(keydict.get("predicate"), keydict)]:
                links.append(
                    {
                        "subject": u,
                        "predicate": key,
                        "object": v,
                        "claims": data.get("claims"),
                        "documents": data.get("documents"),
                        "independent_origins": data.get("independent_origins"),
                        "hedged": data.get("hedged"),
                        "disagree": data.get("disagree"),
                    }
                )
    links.sort(key=lambda x: (str(x["subject"]), str(x["predicate"]), str(x["object"])))
    return {"center": node_label(S, center), "depth": depth, "nodes": nodes, "links": links}
