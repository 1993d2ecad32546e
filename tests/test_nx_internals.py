"""The networkx internals graph.analytics.nxinternals writes: if a release changes them, fail here.

The fast projection fills ``Graph._adj`` directly (see that module's doc for why); these
tests pin down exactly what it relies on and check it against the public-API projection.
"""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.analytics.nxinternals import weighted_undirected, weighted_undirected_public
from graph.analytics.projection import undirected


def test_adjacency_is_a_plain_dict_of_dicts_with_one_shared_data_dict_per_edge():
    U = nx.Graph()
    U.add_nodes_from([("a", {"name": "A"}), ("b", {})])
    assert type(U._adj) is dict and U._adj == {"a": {}, "b": {}}
    assert getattr(U, "__networkx_cache__", {}) == {}, "a graph with only nodes added must have nothing cached"
    U.add_edge("a", "b", weight=3)
    assert type(U._adj["a"]) is dict and U._adj["a"]["b"] is U._adj["b"]["a"]
    # the public views read that very dict
    U._adj["a"]["b"]["weight"] += 1
    assert U.adj["b"]["a"]["weight"] == 4 and U.edges["a", "b"]["weight"] == 4


@settings(max_examples=60, deadline=None)
@given(
    edges=st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=40),
    loners=st.lists(st.integers(9, 12), max_size=3),
)
def test_the_fast_projection_equals_the_public_one(edges, loners):
    S = nx.MultiDiGraph()
    S.add_nodes_from((n, {"name": f"n{n}"}) for n in loners)
    S.add_edges_from(edges)
    fast, ref = weighted_undirected(S), weighted_undirected_public(S)
    assert dict(fast.nodes(data=True)) == dict(ref.nodes(data=True))
    assert sorted(fast.edges(data="weight")) == sorted(ref.edges(data="weight"))
    assert fast.number_of_edges() == ref.number_of_edges() and dict(fast.degree()) == dict(ref.degree())
    assert sorted(map(sorted, nx.connected_components(fast))) == sorted(map(sorted, nx.connected_components(ref)))
    assert sum(w for _, _, w in fast.edges(data="weight")) == S.number_of_edges()


def test_the_cached_projection_follows_changes_to_the_graph():
    S = nx.MultiDiGraph([("a", "b")])
    first = undirected(S)
    assert undirected(S) is first
    S.add_edge("b", "a")
    assert undirected(S) is not first and undirected(S)["a"]["b"]["weight"] == 2


def test_bench_projection_smoke():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "bench_projection.py"
    r = subprocess.run(
        [sys.executable, str(script), "--sizes", "500", "--repeat", "1"], capture_output=True, text=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert "500 links: direct" in r.stdout and "public API" in r.stdout
