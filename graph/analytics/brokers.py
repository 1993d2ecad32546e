"""Brokers: entities and links whose removal splits the network.

An articulation point is an entity that alone connects parts of the graph; a bridge is a
connection (between two entities, whatever its predicates) that alone does. Both are
computed on the undirected projection and reported with how much hangs on them, using the
block-cut tree and the bridge tree so the cost stays linear in the graph's size.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx

from .projection import node_label, undirected

__all__ = ["articulation_points", "bridges", "brokers"]


def _tree_parts(tree: dict, weight: dict) -> dict:
    """For a forest (adjacency *tree*, node *weight*), the weight on each side of every edge.

    Returns ``{(parent, child): (child_side, rest_of_its_tree)}``.
    """
    out, seen = {}, set()
    for root in tree:
        if root in seen:
            continue
        order, parent, stack = [], {root: None}, [root]
        seen.add(root)
        while stack:
            n = stack.pop()
            order.append(n)
            for m in tree[n]:
                if m not in seen:
                    seen.add(m)
                    parent[m] = n
                    stack.append(m)
        sub = {}
        for n in reversed(order):
            sub[n] = weight[n] + sum(sub[m] for m in tree[n] if parent.get(m) == n)
        total = sub[root]
        for n in order[1:]:
            out[(parent[n], n)] = (sub[n], total - sub[n])
    return out


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
    U = nx.restricted_view(U, [], [(u, u) for u in nx.nodes_with_selfloops(U)]) if nx.number_of_selfloops(U) else U
    blocks = [set(b) for b in nx.biconnected_components(U)]
    count = defaultdict(int)
    for b in blocks:
        for n in b:
            count[n] += 1
    points = {n for n, c in count.items() if c > 1}
    if not points:
        return []
    # block-cut tree: block i <-> each articulation point in it; weights count distinct entities
    tree: dict = defaultdict(list)
    weight = {}
    for i, b in enumerate(blocks):
        key = ("block", i)
        cut = b & points
        weight[key] = len(b) - len(cut)
        tree[key]
        for p in cut:
            tree[key].append(("point", p))
            tree[("point", p)].append(key)
            weight[("point", p)] = 1
    parts_of = defaultdict(list)
    for (parent, child), (child_side, other_side) in _tree_parts(tree, weight).items():
        if parent[0] == "point":
            parts_of[parent[1]].append(child_side)
        else:
            parts_of[child[1]].append(other_side)
    rows = []
    for p in points:
        parts = sorted(parts_of[p], reverse=True)
        rows.append({**node_label(G, p), "splits": len(parts), "cut_off": sum(parts[1:])})
    rows.sort(key=lambda r: (-r["cut_off"], -r["splits"], r["id"]))
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
    found = list(nx.bridges(U))
    if not found:
        return []
    rest = nx.restricted_view(U, [], found)
    comp = {}
    weight = {}
    for i, c in enumerate(nx.connected_components(rest)):
        weight[i] = len(c)
        for n in c:
            comp[n] = i
    tree: dict = {i: [] for i in weight}
    for u, v in found:
        tree[comp[u]].append(comp[v])
        tree[comp[v]].append(comp[u])
    sides = {}
    for (parent, child), (child_side, other_side) in _tree_parts(tree, weight).items():
        sides[(parent, child)] = sides[(child, parent)] = min(child_side, other_side)
    rows = []
    for u, v in found:
        a, b = sorted((u, v), key=str)
        rows.append({"source": node_label(G, a), "target": node_label(G, b), "cut_off": sides[(comp[u], comp[v])],
                     "links": _links_between(G, a, b)})
    rows.sort(key=lambda r: (-r["cut_off"], r["source"]["id"], r["target"]["id"]))
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
