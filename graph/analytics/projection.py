"""Projections of the summary graph that structural measures need.

The summary graph (:func:`graph.build.summary_graph`) is a ``MultiDiGraph`` with one edge
per link. Brokerage, communities and "how are these two connected" are questions about
who is linked to whom regardless of direction, so they run on a simple undirected graph
whose edge ``weight`` counts the links between the two entities (both directions).
"""

from __future__ import annotations

import networkx as nx

__all__ = ["undirected", "simple_directed", "node_label"]


def undirected(G: nx.Graph) -> nx.Graph:
    """A simple undirected ``Graph``: one edge per linked pair, ``weight`` = number of links.

    Node attributes are shared with *G* (not copied). An undirected simple graph is
    returned as it is.

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
    U = nx.Graph()
    U.add_nodes_from(G.nodes.items())
    adj = U._adj
    for u, v in G.edges():
        # add_edge keeps the data dict; plain dict updates keep the projection cheap on 1M links
        if v in adj[u]:
            adj[u][v]["weight"] += 1
        else:
            data = {"weight": 1}
            adj[u][v] = data
            adj[v][u] = data
    nx._clear_cache(U)
    return U


def simple_directed(G: nx.Graph) -> nx.DiGraph:
    """A simple ``DiGraph``: one edge per (subject, object), ``weight`` = number of links."""
    if G.is_directed() and not G.is_multigraph():
        return G
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes.items())
    for u, v in G.edges():
        if D.has_edge(u, v):
            D[u][v]["weight"] += 1
        else:
            D.add_edge(u, v, weight=1)
        if not G.is_directed():
            if D.has_edge(v, u):
                D[v][u]["weight"] += 1
            else:
                D.add_edge(v, u, weight=1)
    return D


def node_label(G: nx.Graph, node: str) -> dict:
    """``{"id", "name", "type"}`` of *node* from its attributes (the id when unnamed)."""
    attrs = G.nodes[node] if node in G else {}
    return {"id": node, "name": attrs.get("name", node), "type": attrs.get("type")}
