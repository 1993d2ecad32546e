"""Optional fast engines: igraph (C) and rustworkx (Rust) run the heavy measures when installed.

networkx stays the reference API: every engine function takes a networkx graph and returns
a ``{node: value}`` dict exactly like the networkx call it replaces, and the test-suite and
``scripts/bench_analytics.py`` check that both agree. Install with ``pip install
osint-kg[fast]``; without it everything runs on networkx.

``"auto"`` picks, per measure, the engine that ``scripts/bench_analytics.py`` measured
fastest at 1M claims among those installed: igraph for PageRank (exact, 16x networkx),
then rustworkx (networkx's algorithm in Rust, 14x); igraph for betweenness (the one that
reproduces networkx's sampled estimate exactly, 25x).

Conversions are cached on the networkx graph (networkx clears the cache whenever the graph
changes), so a report that runs several measures converts once.
"""

from __future__ import annotations

import functools
import importlib.util
import random

import networkx as nx

from .projection import cached

__all__ = [
    "ENGINES",
    "SUPPORTS",
    "available",
    "betweenness_igraph",
    "choose",
    "louvain_igraph",
    "pagerank_igraph",
    "pagerank_rustworkx",
    "sample_sources",
    "to_igraph",
    "to_rustworkx",
]

ENGINES = ("networkx", "igraph", "rustworkx")

#: The engines that can run each measure, fastest first (``"auto"`` takes the first installed).
SUPPORTS = {
    "pagerank": ("igraph", "rustworkx", "networkx"),
    "betweenness": ("igraph", "networkx"),
    "louvain": ("igraph", "networkx"),
}


@functools.cache
def _installed() -> tuple[str, ...]:
    return tuple(e for e in ENGINES if e == "networkx" or importlib.util.find_spec(e) is not None)


def available() -> list[str]:
    """Engines installed here, networkx first.

    Examples
    --------
    >>> available()[0]
    'networkx'
    """
    return list(_installed())


def choose(engine: str = "auto", *, measure: str = "pagerank") -> str:
    """Resolve ``"auto"`` to the fastest installed engine for *measure*; check any other name.

    Examples
    --------
    >>> choose("networkx")
    'networkx'
    >>> choose("auto", measure="betweenness") in ("igraph", "networkx")
    True
    """
    if engine not in ("auto", *ENGINES):
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(('auto', *ENGINES))}")
    installed = _installed()
    if engine == "auto":
        return next(e for e in SUPPORTS[measure] if e in installed)
    if engine not in SUPPORTS[measure]:
        raise ValueError(f"engine {engine!r} cannot run {measure}; use one of {', '.join(SUPPORTS[measure])}")
    if engine not in installed:
        raise ValueError(f"engine {engine!r} is not installed (pip install osint-kg[fast])")
    return engine


def to_igraph(G: nx.Graph, *, simple: bool = False):
    """``(igraph.Graph, nodes)``: *G* as an igraph graph and the node order (vertex i = nodes[i]).

    With *simple*, parallel edges are merged (what networkx's breadth-first searches see);
    otherwise every edge is kept (what networkx's PageRank sums). Cached on *G* until *G*
    changes.
    """
    return cached(G, ("igraph", simple), lambda: _to_igraph(G, simple))


def _to_igraph(G: nx.Graph, simple: bool):
    import igraph as ig

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    if simple:
        if G.is_directed():
            edges = list(dict.fromkeys(edges))
        else:
            edges = list(dict.fromkeys((a, b) if a <= b else (b, a) for a, b in edges))
    return ig.Graph(n=len(nodes), edges=edges, directed=G.is_directed()), nodes


def pagerank_igraph(G: nx.Graph, *, alpha: float = 0.85) -> dict:
    """PageRank with igraph (PRPACK), equal to ``nx.pagerank(G, alpha=alpha)`` to ~1e-6.

    Parallel edges count as networkx counts them (their weights add up); dangling nodes
    spread their rank uniformly, as in networkx.
    """
    g, nodes = to_igraph(G)
    return dict(zip(nodes, g.pagerank(damping=alpha, directed=G.is_directed()), strict=False))


def sample_sources(G: nx.Graph, k: int, seed: int) -> list:
    """The *k* source nodes networkx's sampled betweenness draws for an integer *seed*."""
    return random.Random(seed).sample(list(G.nodes()), k)


def betweenness_igraph(G: nx.Graph, *, sources: list | None = None, normalized: bool = True) -> dict:
    """Betweenness with igraph, equal to networkx's (``endpoints=False``, unweighted).

    With *sources* (the nodes networkx's ``k=`` sampling draws, see :func:`sample_sources`)
    it reproduces ``nx.betweenness_centrality(G, k=len(sources), seed=...)`` exactly.
    """
    g, nodes = to_igraph(G, simple=True)
    n = len(nodes)
    directed = G.is_directed()
    if sources is None:
        raw = g.betweenness(directed=directed)
        # igraph counts undirected pairs once; networkx's unnormalised value does the same
        values = dict(zip(nodes, raw, strict=False))
        if normalized and n > 2:
            scale = 1 / ((n - 1) * (n - 2)) * (1 if directed else 2)
            values = {v: b * scale for v, b in values.items()}
        return values
    index = {node: i for i, node in enumerate(nodes)}
    src = [index[s] for s in sources]
    raw = g.betweenness(directed=directed, sources=src)
    k = len(sources)
    # networkx sums each sampled source's dependencies over every target and then rescales
    # (see networkx's _rescale); igraph's subset betweenness halves undirected paths
    factor = 1.0 if directed else 2.0
    values = {node: b * factor for node, b in zip(nodes, raw, strict=False)}
    N = n - 1
    if N < 2:
        return values
    sampled = set(sources)
    if normalized:
        s_src = 1 / ((k - 1) * (N - 1)) if k > 1 else float("nan")
        s_non = 1 / (k * (N - 1))
    else:
        c = 1 if directed else 2
        s_src = N / ((k - 1) * c) if k > 1 else float("nan")
        s_non = N / (k * c)
    return {v: b * (s_src if v in sampled else s_non) for v, b in values.items()}


def louvain_igraph(U: nx.Graph, *, seed: int = 0, resolution: float = 1.0, weight: str | None = "weight") -> list[set]:
    """Louvain (igraph's multilevel) communities of an undirected simple graph, seeded.

    igraph draws its random numbers from Python's :mod:`random` module; the state is set
    from *seed* for the call and restored afterwards.
    """
    import igraph as ig

    g, nodes = to_igraph(U, simple=True)
    weights = None
    if weight is not None:
        index = {n: i for i, n in enumerate(nodes)}
        w = {}
        for u, v, x in U.edges(data=weight, default=1):
            a, b = index[u], index[v]
            w[(a, b) if a <= b else (b, a)] = x
        weights = [w[(e.source, e.target) if e.source <= e.target else (e.target, e.source)] for e in g.es]
    state = random.getstate()
    try:
        random.seed(seed)
        ig.set_random_number_generator(random)
        clusters = g.community_multilevel(weights=weights, resolution=resolution)
    finally:
        random.setstate(state)
    groups: dict[int, set] = {}
    for i, c in enumerate(clusters.membership):
        groups.setdefault(c, set()).add(nodes[i])
    return list(groups.values())


def to_rustworkx(G: nx.Graph):
    """``(rustworkx.PyDiGraph, nodes)``: *G* with every edge kept (an undirected edge both ways).

    Cached on *G* until *G* changes.
    """
    return cached(G, "rustworkx", lambda: _to_rustworkx(G))


def _to_rustworkx(G: nx.Graph):
    import rustworkx as rx

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    g = rx.PyDiGraph(multigraph=True)
    g.add_nodes_from(range(len(nodes)))
    edges = [(index[u], index[v]) for u, v in G.edges()]
    if not G.is_directed():
        edges += [(b, a) for a, b in edges if a != b]
    g.add_edges_from_no_data(edges)
    return g, nodes


def pagerank_rustworkx(G: nx.Graph, *, alpha: float = 0.85, tol: float = 1e-6) -> dict:
    """PageRank with rustworkx: networkx's algorithm and stopping rule (L1 change < N x *tol*), in Rust.

    Agrees with ``nx.pagerank`` within that tolerance (both stop before full convergence).
    """
    import rustworkx as rx

    g, nodes = to_rustworkx(G)
    if not nodes:
        return {}
    pr = rx.pagerank(g, alpha=alpha, tol=tol)
    return {nodes[i]: pr[i] for i in range(len(nodes))}
