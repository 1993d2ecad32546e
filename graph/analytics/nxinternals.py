"""The one place the toolkit writes networkx's internal adjacency, and why.

Every structural measure (brokers, communities, paths, ego networks) runs on the weighted
undirected projection of the summary graph (:func:`graph.analytics.projection.undirected`).
Building it through the public API (``has_edge`` / ``add_edge``) costs a third to a half
more than filling the adjacency dictionaries directly: on a 1,000,000-link summary-shaped
graph (125,000 entities) 4.16 s against 3.15 s of CPU, at 100,000 links 0.27 s against
0.18 s, best of three (``python scripts/bench_projection.py``; docs/benchmarks.md). Everything
else reads graphs through the public views (``G.adj``, ``G.succ``).

What this relies on, checked by ``tests/test_nx_internals.py`` so that a networkx release
that changes it fails there, loudly, rather than giving wrong weights:

* ``Graph._adj`` is a dict ``{node: {neighbour: data}}`` holding every node added with
  ``add_nodes_from``, and ``G.adj``, ``G.edges`` and the algorithms read it;
* an undirected edge is stored under both ends with one shared data dict;
* a graph that has only had nodes added has an empty ``__networkx_cache__`` (writing the
  adjacency directly does not clear it, so it must hold nothing yet).
"""

from __future__ import annotations

import networkx as nx

__all__ = ["weighted_undirected", "weighted_undirected_public"]


def weighted_undirected(G: nx.Graph) -> nx.Graph:
    """The simple undirected ``Graph`` of *G*: one edge per linked pair, ``weight`` = number of links.

    Node attributes are copied.

    Examples
    --------
    >>> S = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(weighted_undirected(S).edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes.items())
    adj = U._adj  # see the module doc: direct writes, about 25 % faster at 1M links
    for u, v in G.edges():
        nbrs = adj[u]
        if v in nbrs:
            nbrs[v]["weight"] += 1
        else:
            data = {"weight": 1}
            nbrs[v] = data
            adj[v][u] = data
    return U


def weighted_undirected_public(G: nx.Graph) -> nx.Graph:
    """The same projection through the public API only: the reference the fast one is checked against.

    Examples
    --------
    >>> S = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(weighted_undirected_public(S).edges(data="weight"))
    [('a', 'b', 2), ('b', 'c', 1)]
    """
    U = nx.Graph()
    U.add_nodes_from(G.nodes.items())
    for u, v in G.edges():
        if U.has_edge(u, v):
            U[u][v]["weight"] += 1
        else:
            U.add_edge(u, v, weight=1)
    return U
