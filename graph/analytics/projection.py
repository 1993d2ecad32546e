"""Projections of the summary graph that structural measures need.

The summary graph (:func:`graph.build.summary_graph`) is a ``MultiDiGraph`` with one edge
per link. Brokerage, communities and "how are these two connected" are questions about
who is linked to whom regardless of direction, so they run on a simple undirected graph
whose edge ``weight`` counts the links between the two entities (both directions).
"""

from __future__ import annotations

import networkx as nx

from .nxinternals import weighted_simple, weighted_undirected

__all__ = ["cached", "node_label", "simple_directed", "undirected"]

_CACHE_KEY = "graph.analytics"


def cached(G: nx.Graph, key, build):
    """``build()`` once per graph: kept in networkx's per-graph cache, which every change to
    the graph's nodes or edges through the networkx API clears."""
    store = getattr(G, "__networkx_cache__", None)
    if store is None:
        return build()
    mine = store.setdefault(_CACHE_KEY, {})
    if key not in mine:
        mine[key] = build()
    return mine[key]


def undirected(G: nx.Graph) -> nx.Graph:
    """A simple undirected ``Graph``: one edge per linked pair, ``weight`` = number of links.

    An undirected simple graph is returned as it is. The projection is cached on *G* until
    *G* changes; treat it as read-only.

    Examples
    --------
    >>> import networkx as nx
    >>> S = nx.MultiDiGraph()
    >>> S.add_edge("a", "b", key="LEADS"); S.add_edge("b", "a", key="PRAISED"); S.add_edge("b", "c", key="X")
    'LEADS'
    'PRAISED'
    'X'
    >>> U = undirected(S)
    >>> sorted(U.edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    if not G.is_directed() and not G.is_multigraph():
        return G
    return cached(G, "undirected", lambda: weighted_undirected(G))


def simple_directed(G: nx.Graph) -> nx.DiGraph:
    """A simple ``DiGraph``: one edge per (subject, object), ``weight`` = number of links.

    Cached on *G* until *G* changes; treat it as read-only.
    """
    if G.is_directed() and not G.is_multigraph():
        return G
    return cached(G, "simple_directed", lambda: weighted_simple(G, nx.DiGraph()))


def node_label(G: nx.Graph, node: str) -> dict:
    """``{"id", "name", "type"}`` of *node* from its attributes (the id when unnamed)."""
    attrs = G.nodes[node] if node in G else {}
    return {"id": node, "name": attrs.get("name", node), "type": attrs.get("type")}
