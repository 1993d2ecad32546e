"""Node positions computed in Python, so large views need no physics in the browser.

A lean, seeded Fruchterman-Reingold in numpy (float32, repulsion in row blocks so memory
stays bounded). ``networkx.spring_layout`` gives the same kind of picture but takes several
seconds at 1,000 nodes on a 2-core machine; this takes well under one.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["PHYSICS_MAX_NODES", "compute_layout"]

#: Up to this many nodes the browser runs physics (starting from the Python layout);
#: above it the Python layout is final and physics is off.
PHYSICS_MAX_NODES = 500

_BLOCK = 1024  # rows of the repulsion matrix computed at once


def _fruchterman_reingold(n: int, src: np.ndarray, dst: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / math.sqrt(n))
    k2 = k * k
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=np.float32)
        for start in range(0, n, _BLOCK):
            block = pos[start : start + _BLOCK]
            dx = block[:, 0:1] - pos[None, :, 0]
            dy = block[:, 1:2] - pos[None, :, 1]
            f = dx * dx
            f += dy * dy
            np.maximum(f, 1e-6, out=f)
            np.divide(k2, f, out=f)  # repulsion k^2/d along the unit vector = k^2 * delta / d^2
            dx *= f
            dy *= f
            disp[start : start + _BLOCK, 0] = dx.sum(axis=1)
            disp[start : start + _BLOCK, 1] = dy.sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt((delta * delta).sum(axis=1, keepdims=True))
            pull = delta * dist / k  # attraction d^2/k along the unit vector
            for axis in (0, 1):
                disp[:, axis] += (
                    np.bincount(dst, weights=pull[:, axis], minlength=n)
                    - np.bincount(src, weights=pull[:, axis], minlength=n)
                ).astype(np.float32)
        length = np.sqrt((disp * disp).sum(axis=1, keepdims=True))
        np.maximum(length, 1e-6, out=length)
        pos += disp / length * np.minimum(length, temperature)
        # a little gravity keeps disconnected parts from drifting apart
        pos -= (pos - pos.mean(axis=0)) * 0.01
        temperature -= cooling
    return pos


def compute_layout(G: nx.Graph, *, seed: int = 42, iterations: int | None = None) -> dict[str, tuple[float, float]]:
    """Deterministic positions in screen units (pixels at zoom 1) for every node of *G*.

    The spread grows with the square root of the node count so labels keep some room.
    Nodes are taken in sorted order, so the same graph gets the same drawing whatever order
    its nodes were added in (an induced subgraph lists them in set order).
    """
    nodes = sorted(G, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(index[u], index[v]) for u, v in G.edges() if u != v}
    src = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    dst = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    if iterations is None:
        iterations = 80 if n <= 500 else 50 if n <= 1500 else 30
    pos = _fruchterman_reingold(n, src, dst, iterations, seed)
    pos -= np.median(pos, axis=0)
    # pull in stragglers (isolated nodes drift out and would make "fit" zoom far out)
    radius = np.sqrt((pos * pos).sum(axis=1))
    limit = float(np.percentile(radius, 98)) * 1.05 or 1.0
    far = radius > limit
    pos[far] *= (limit / radius[far])[:, None]
    extent = float(np.abs(pos).max()) or 1.0
    scale = max(250.0, 55.0 * math.sqrt(n)) / extent
    return {
        node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in zip(nodes, pos, strict=False)
    }
