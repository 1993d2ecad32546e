"""Structure: degree, PageRank, betweenness (exact and sampled), communities, brokers, engines."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import analytics as an
from graph.analytics import engines

HAS_IGRAPH = "igraph" in engines.available()
HAS_RUSTWORKX = "rustworkx" in engines.available()
ENGINES = ["networkx"] + (["igraph"] if HAS_IGRAPH else [])
PAGERANK_ENGINES = ENGINES + (["rustworkx"] if HAS_RUSTWORKX else [])


def test_degree_counts_links_not_claims(asg):
    total = an.degree(asg).scores
    assert total["russia"] == 6 and total["north-korea"] == 5
    # three claims from three documents, one link
    assert an.degree(asg, direction="out").scores["kim-jong-un"] == 2
    assert an.degree(asg, direction="in").scores["russia"] == 4
    assert total["unused-entity"] == 0
    with pytest.raises(ValueError):
        an.degree(asg, direction="sideways")


def test_ranking_top_breaks_ties_by_id_and_names_nodes(asg):
    top = an.degree(asg).top(3)
    assert [(r["id"], r["name"], r["type"], r["score"]) for r in top] == [
        ("russia", "Russia", "Country", 6),
        ("north-korea", "North Korea", "Country", 5),
        ("plant-hamhung", "11 February plant", "Facility", 3),
    ]
    assert len(an.degree(asg).top(None)) == asg.number_of_nodes()


def _nx_pagerank(G):
    return nx.pagerank(G)  # scipy, which it needs, is a dependency


@pytest.mark.parametrize("engine", PAGERANK_ENGINES)
def test_pagerank_matches_networkx(asg, engine):
    r = an.pagerank(asg, engine=engine)
    ref = _nx_pagerank(asg)
    assert r.engine == engine and r.method == "exact"
    assert max(abs(r.scores[n] - ref[n]) for n in asg) < 1e-5
    assert abs(sum(r.scores.values()) - 1) < 1e-6
    assert r.top(1)[0]["id"] == "kn-23"


@pytest.mark.parametrize("engine", ENGINES)
def test_betweenness_exact_values(asg, engine):
    r = an.betweenness(asg, engine=engine)
    assert (r.method, r.sample_size) == ("exact", None)
    # north-korea joins the Kim side, the Kursk side and the Russia side
    assert round(r.scores["north-korea"], 4) == 0.4231
    assert round(r.scores["kim-jong-un"], 4) == 0.2637
    assert r.scores["kn-23"] == 0
    ref = nx.betweenness_centrality(an.undirected(asg))
    assert max(abs(r.scores[n] - ref[n]) for n in asg) < 1e-12


@pytest.mark.parametrize("engine", ENGINES)
def test_betweenness_is_sampled_above_the_edge_limit_and_reports_the_sample(asg, engine):
    r = an.betweenness(asg, exact_max_edges=5, sample_size=6, seed=3, engine=engine)
    assert (r.method, r.sample_size, r.params["seed"]) == ("sampled", 6, 3)
    ref = nx.betweenness_centrality(an.undirected(asg), k=6, seed=3)
    assert max(abs(r.scores[n] - ref[n]) for n in asg) < 1e-12
    assert r.to_dict()["sample_size"] == 6


def test_sample_size_policy():
    assert an.sample_size_for(10_000, 2_000) is None
    assert an.sample_size_for(10_001, 2_000) == 1000
    assert an.sample_size_for(100_000, 20_000) == 200
    assert an.sample_size_for(10**7, 10**6) == 32
    assert an.sample_size_for(20_000, 50) == 50


def test_directed_betweenness(asg):
    r = an.betweenness(asg, directed=True, engine="networkx")
    assert r.params["directed"] is True
    # kim -> plant -> kn-23 is a directed path through the plant
    assert r.scores["plant-hamhung"] > 0


def test_communities_are_seeded_and_reproducible(asg):
    a, b = an.communities(asg, seed=0), an.communities(asg, seed=0)
    assert a.groups == b.groups and a.seed == 0
    p = a.partition
    assert p["kim-jong-un"] == p["plant-hamhung"] == p["kn-23"] == p["cns"]
    assert p["russia"] == p["putin"] == p["china"]
    assert p["kursk"] == p["ukraine"]
    assert len(a.groups[0]) >= len(a.groups[-1])
    d = a.to_dict(min_size=2)
    assert all(c["size"] >= 2 for c in d["communities"]) and d["algorithm"] == "louvain"
    assert [[m["id"] for m in c["members"]] for c in d["communities"]] == [g for g in a.groups if len(g) >= 2]
    assert (d["seed"], d["count"], d["modularity"]) == (0, len(a.groups), a.modularity)
    assert 0.3 < a.modularity < 0.5


def test_articulation_points_and_bridges(asg):
    points = an.articulation_points(asg)
    assert [(r["id"], r["splits"], r["cut_off"]) for r in points] == [
        ("north-korea", 3, 6),
        ("kim-jong-un", 2, 3),
        ("plant-hamhung", 3, 2),
        ("russia", 3, 2),
        ("kursk", 2, 1),
    ]
    cut = an.bridges(asg)
    assert len(cut) == 8
    assert (cut[0]["source"]["id"], cut[0]["target"]["id"], cut[0]["cut_off"]) == ("kim-jong-un", "north-korea", 4)
    china = next(r for r in cut if r["source"]["id"] == "china")
    assert sorted(x["predicate"] for x in china["links"]) == ["RELUCTANT_TO_SUPPORT", "SUPPORTS"]
    assert an.brokers(asg)["articulation_points"] == points


@st.composite
def graphs(draw):
    n = draw(st.integers(2, 25))
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60))
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)  # self-loops and parallel links included
    return G


@settings(max_examples=60, deadline=None)
@given(graphs())
def test_brokers_agree_with_brute_force(G):
    U = an.undirected(G)
    for row in an.articulation_points(G):
        node = row["id"]
        comp = nx.node_connected_component(U, node) - {node}
        parts = sorted((len(c) for c in nx.connected_components(U.subgraph(comp))), reverse=True)
        assert (row["splits"], row["cut_off"]) == (len(parts), sum(parts[1:]))
    assert {r["id"] for r in an.articulation_points(G)} == set(nx.articulation_points(U))
    for row in an.bridges(G):
        u, v = row["source"]["id"], row["target"]["id"]
        H = U.copy()
        H.remove_edge(u, v)
        assert row["cut_off"] == min(len(nx.node_connected_component(H, u)), len(nx.node_connected_component(H, v)))


@pytest.mark.skipif(not HAS_IGRAPH, reason="igraph not installed")
@settings(max_examples=40, deadline=None)
@given(graphs(), st.integers(0, 5))
def test_igraph_agrees_with_networkx(G, seed):
    pr_nx = an.pagerank(G, engine="networkx").scores
    for other in PAGERANK_ENGINES[1:]:
        pr = an.pagerank(G, engine=other).scores
        assert max(abs(pr_nx[n] - pr[n]) for n in G) < 1e-4, other
    k = max(2, G.number_of_nodes() // 2)
    for kw in ({}, {"sample_size": k, "seed": seed}, {"directed": True}):
        a = an.betweenness(G, engine="networkx", **kw).scores
        b = an.betweenness(G, engine="igraph", **kw).scores
        assert max(abs(a[n] - b[n]) for n in G) < 1e-9, kw


def test_projection_counts_links_in_both_directions(asg):
    U = an.undirected(asg)
    assert U["china"]["russia"]["weight"] == 2
    assert U.number_of_nodes() == asg.number_of_nodes()
    assert an.undirected(U) is U
    D = an.simple_directed(asg)
    assert D["china"]["russia"]["weight"] == 2 and not D.has_edge("russia", "china")


def test_unknown_engine_is_refused(asg):
    with pytest.raises(ValueError, match="unknown engine"):
        an.pagerank(asg, engine="spark")
    with pytest.raises(ValueError, match="cannot run betweenness"):
        an.betweenness(asg, engine="rustworkx")


def test_auto_picks_the_fastest_installed_engine_per_measure(asg):
    expected = "igraph" if HAS_IGRAPH else "rustworkx" if HAS_RUSTWORKX else "networkx"
    assert an.pagerank(asg).engine == expected
    assert an.betweenness(asg).engine == ("igraph" if HAS_IGRAPH else "networkx")
    # Louvain: "auto" takes igraph when installed; the default stays networkx on every install
    assert engines.choose("auto", measure="louvain") == ("igraph" if HAS_IGRAPH else "networkx")
    assert (
        an.communities(asg, engine="auto").groups
        == an.communities(asg, engine="igraph" if HAS_IGRAPH else "networkx").groups
    )
    assert an.communities(asg).groups == an.communities(asg, engine="networkx").groups


def test_cached_projections_follow_changes_to_the_graph(ads):
    from graph.build import summary_graph

    S = summary_graph(ads)
    U = an.undirected(S)
    assert an.undirected(S) is U
    S.add_edge("kcna", "kim-jong-un", key="PRAISED")
    U2 = an.undirected(S)
    assert U2 is not U and U2.has_edge("kcna", "kim-jong-un") and not U.has_edge("kcna", "kim-jong-un")
    assert an.degree(S).scores["kcna"] == 1
    if HAS_IGRAPH:
        before = an.pagerank(S, engine="igraph").scores["kim-jong-un"]
        S.remove_edge("kcna", "kim-jong-un", key="PRAISED")
        assert an.pagerank(S, engine="igraph").scores["kim-jong-un"] != before


@pytest.mark.skipif(not HAS_IGRAPH, reason="igraph not installed")
def test_igraph_louvain_is_seeded_and_as_good(asg):
    a, b = an.communities(asg, engine="igraph", seed=1), an.communities(asg, engine="igraph", seed=1)
    assert a.groups == b.groups
    ref = an.communities(asg, engine="networkx")
    assert a.modularity >= ref.modularity - 0.05
    assert sorted(n for g in a.groups for n in g) == sorted(asg.nodes())
