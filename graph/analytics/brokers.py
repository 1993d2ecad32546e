"""Brokers: entities and links whose removal splits the network.

An articulation point is an entity that alone connects parts of the graph; a bridge is a
connection (between two entities, whatever its predicates) that alone does. Both come from
one depth-first search over the undirected projection (Tarjan's low-points), which also
measures how much hangs on each: the sizes of the parts a removal leaves.
"""

from __future__ import annotations

import networkx as nx

from .projection import node_label, undirected

__all__ = ["articulation_points", "bridges", "brokers"]


def _search(U: nx.Graph, *, want_points: bool = True, want_bridges: bool = True):
    """One iterative DFS: ``({point: [part sizes]}, [(u, v, smaller side)])``."""
    adj = U.adj
    disc: dict = {}
    low: dict = {}
    size: dict = {}
    points: dict = {}
    found: list = []
    counter = 0
    for root in adj:
        if root in disc:
            continue
        disc[root] = low[root] = counter
        counter += 1
        size[root] = 1
        cut: dict = {}
        first_bridge = len(found)
        stack = [(root, None, iter(adj[root]))]
        while stack:
            v, parent, neighbours = stack[-1]
            for w in neighbours:
                if w in disc:
                    if w != parent and disc[w] < low[v]:
                        low[v] = disc[w]
                    continue
                disc[w] = low[w] = counter
                counter += 1
                size[w] = 1
                stack.append((w, v, iter(adj[w])))
                break
            else:
                stack.pop()
                if parent is not None:
                    low[parent] = min(low[parent], low[v])
                    size[parent] += size[v]
                    if low[v] >= disc[parent]:
                        cut.setdefault(parent, []).append(size[v])
                        if want_bridges and low[v] > disc[parent]:
                            found.append((parent, v, size[v]))
        total = size[root]
        # the smaller side of each bridge of this component, now that its size is known
        for i in range(first_bridge, len(found)):
            u, v, s = found[i]
            found[i] = (u, v, min(s, total - s))
        if want_points:
            for v, parts in cut.items():
                if v == root:
                    if len(parts) >= 2:
                        points[v] = parts
                else:
                    points[v] = [*parts, total - 1 - sum(parts)]
    return points, found


def articulation_points(G: nx.Graph, *, projection: nx.Graph | None = None) -> list[dict]:
    """Entities whose removal disconnects their component, most-separating first.

    Each row has ``splits`` (how many parts the component falls into without it) and
    ``cut_off`` (entities outside the largest remaining part). Pass the undirected
    *projection* of *G* when you already have it.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> rows = articulation_points(summary_graph(load_dataset("tests/fixtures/analytics")))
    >>> [(r["id"], r["splits"], r["cut_off"]) for r in rows][:2]
    [('north-korea', 3, 6), ('kim-jong-un', 2, 3)]
    """
    U = projection if projection is not None else undirected(G)
    points, _ = _search(U, want_bridges=False)
    rows = []
    for p, parts in points.items():
        parts.sort(reverse=True)
        rows.append({**node_label(G, p), "splits": len(parts), "cut_off": sum(parts) - parts[0]})
    rows.sort(key=lambda r: (-r["cut_off"], -r["splits"], str(r["id"])))
    return rows


def bridges(G: nx.Graph, *, projection: nx.Graph | None = None) -> list[dict]:
    """Connections whose removal disconnects their component, with the links they carry.

    ``cut_off`` is the number of entities on the smaller side; largest first. Pass the
    undirected *projection* of *G* when you already have it.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> from graph.build import summary_graph
    >>> rows = bridges(summary_graph(load_dataset("tests/fixtures/analytics")))
    >>> r = rows[0]; r["source"]["id"], r["target"]["id"], r["cut_off"], r["links"][0]["predicate"]
    ('kim-jong-un', 'north-korea', 4, 'LEADS')
    """
    U = projection if projection is not None else undirected(G)
    _, found = _search(U, want_points=False)
    rows = []
    for u, v, side in found:
        a, b = sorted((u, v), key=str)
        rows.append(
            {"source": node_label(G, a), "target": node_label(G, b), "cut_off": side, "links": _links_between(G, a, b)}
        )
    rows.sort(key=lambda r: (-r["cut_off"], str(r["source"]["id"]), str(r["target"]["id"])))
    return rows


def _links_between(G: nx.Graph, a, b) -> list[dict]:
    links = []
    pairs = ((a, b), (b, a)) if G.is_directed() else ((a, b),)
    for s, o in pairs:
        data = G.get_edge_data(s, o)
        if data is None:
            continue
        if G.is_multigraph():
            links += [{"subject": s, "predicate": k, "object": o} for k in data]
        elif "predicate" in data:
            links.append({"subject": s, "predicate": data["predicate"], "object": o})
    return links


def brokers(G: nx.Graph, *, projection: nx.Graph | None = None) -> dict:
    """``{"articulation_points": [...], "bridges": [...]}`` (see the two functions)."""
    U = projection if projection is not None else undirected(G)
    return {"articulation_points": articulation_points(G, projection=U), "bridges": bridges(G, projection=U)}
