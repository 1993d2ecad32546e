"""Paths and ego networks: every hop lists its evidence; names and aliases are accepted."""

from __future__ import annotations

import networkx as nx
import pytest

from graph import analytics as an
from graph.errors import LookupFailed


def test_shortest_path_every_hop_has_evidence(ads):
    p = an.shortest_path(ads, "Kim Jong Un", "Kursk region")
    assert [n["id"] for n in p["nodes"]] == ["kim-jong-un", "north-korea", "kursk"]
    assert p["length"] == 2 and p["documents"] == ["doc-a", "doc-b"]
    first, second = p["hops"]
    assert (first["from"]["id"], first["to"]["id"]) == ("kim-jong-un", "north-korea")
    [leads] = first["links"]
    assert (leads["predicate"], leads["direction"], leads["documents"]) == ("LEADS", "forward", ["doc-a"])
    [deployed] = second["links"]
    ev = deployed["evidence"][0]
    assert (deployed["predicate"], ev["quote"], ev["document"], ev["valid_from"], ev["category"]) == (
        "DEPLOYED_TO",
        "truppe nordcoreane schierate nella regione di Kursk da ottobre 2024",
        "doc-b",
        "2024-10",
        "article",
    )
    for hop in p["hops"]:
        assert hop["links"] and all(link["evidence"] for link in hop["links"])


def test_hops_list_every_link_in_both_directions(ads):
    p = an.shortest_path(ads, "putin", "north-korea")
    [hop] = p["hops"]
    assert [(x["predicate"], x["direction"]) for x in hop["links"]] == [("PRAISED", "forward")]
    back = an.shortest_path(ads, "north-korea", "putin")
    assert [(x["predicate"], x["direction"]) for x in back["hops"][0]["links"]] == [("PRAISED", "backward")]
    china = an.shortest_path(ads, "China", "Russia")["hops"][0]["links"]
    assert [x["predicate"] for x in china] == ["RELUCTANT_TO_SUPPORT", "SUPPORTS"]


def test_k_shortest_paths(ads):
    paths = an.k_shortest_paths(ads, "kim-jong-un", "russia", k=3)
    assert [[n["id"] for n in p["nodes"]] for p in paths] == [
        ["kim-jong-un", "north-korea", "russia"],
        ["kim-jong-un", "north-korea", "putin", "russia"],
        ["kim-jong-un", "north-korea", "treaty-2024", "russia"],
    ]
    assert [p["length"] for p in paths] == [2, 3, 3]
    deployed = paths[0]["hops"][1]["links"][0]
    assert deployed["claims"] == 3 and deployed["independent_origins"] == 3 and len(deployed["evidence"]) == 3
    assert len(an.k_shortest_paths(ads, "kim-jong-un", "russia", k=10)) == 3


def test_directed_paths_follow_subject_to_object(ads):
    assert an.shortest_path(ads, "kursk", "kim-jong-un", directed=True) is None
    p = an.shortest_path(ads, "kim-jong-un", "kursk", directed=True)
    assert all(x["direction"] == "forward" for h in p["hops"] for x in h["links"])
    assert an.k_shortest_paths(ads, "kursk", "kim-jong-un", directed=True) == []


def test_no_path_and_unknown_names(ads):
    assert an.shortest_path(ads, "kcna", "russia") is None
    assert an.k_shortest_paths(ads, "kcna", "russia") == []
    with pytest.raises(LookupFailed):
        an.shortest_path(ads, "Kim Jong-oon", "russia")


def test_paths_on_a_filtered_graph_use_only_its_evidence(ads):
    S = an.subgraph(ads, documents=["doc-c"])
    p = an.shortest_path(ads, "putin", "russia", graph=S)
    assert p["documents"] == ["doc-c"]
    # within doc-c alone, North Korea reaches Russia directly (DEPLOYED_TO) with one claim
    q = an.shortest_path(ads, "north-korea", "russia", graph=S)
    assert [x["claims"] for x in q["hops"][0]["links"]] == [1]
    with pytest.raises(nx.NodeNotFound):
        an.shortest_path(ads, "treaty-2024", "russia", graph=S)


def test_same_source_and_target(ads):
    [p] = an.k_shortest_paths(ads, "russia", "Mosca")
    assert p["length"] == 0 and p["hops"] == []


def test_ego_network(ads, asg):
    e = an.ego_network(ads, "Stabilimento 11 Febbraio", depth=1)
    assert [(n["id"], n["distance"]) for n in e["nodes"]] == [
        ("plant-hamhung", 0),
        ("cns", 1),
        ("kim-jong-un", 1),
        ("kn-23", 1),
    ]
    assert [(x["subject"], x["predicate"], x["object"], x["claims"]) for x in e["links"]] == [
        ("cns", "ANALYSED", "plant-hamhung", 1),
        ("kim-jong-un", "VISITED", "plant-hamhung", 3),
        ("plant-hamhung", "PRODUCES", "kn-23", 1),
    ]
    two = an.ego_network(ads, "plant-hamhung", depth=2)
    assert {n["id"] for n in two["nodes"] if n["distance"] == 2} == {"north-korea"}
    assert ("kim-jong-un", "LEADS", "north-korea") in {
        (x["subject"], x["predicate"], x["object"]) for x in two["links"]
    }
    G = an.ego_graph(asg, "kursk", depth=1)
    assert sorted(G) == ["kursk", "north-korea", "ukraine"] and G.number_of_edges() == 2
    with pytest.raises(nx.NodeNotFound):
        an.ego_graph(asg, "atlantis")
