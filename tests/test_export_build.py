"""Graph build and exports: one edge per claim, derived links, files other tools can read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from graph.build import claim_graph, summary_graph
from graph.export import export
from graph.links import summary_links
from graph.validate import load_dataset

MINI = Path(__file__).parent / "fixtures" / "mini"


@pytest.fixture(scope="module")
def mini():
    return load_dataset(MINI, use_cache=False)


def test_claim_graph_has_one_edge_per_claim(mini):
    G = claim_graph(mini)
    assert G.number_of_edges() == len(mini.claims) == 6
    assert set(G.nodes) == set(mini.entities)
    key = next(c.id for c in mini.claims if c.quantity == 12000)
    assert G.edges["north-korea", "russia", key]["quantity"] == 12000
    assert G.edges["north-korea", "russia", key]["origins"] == ["ukraine"]
    assert G.edges["north-korea", "russia", key]["asserters"] == ["ukraine"]


def test_summary_links_count_independent_origins(mini):
    links = {lk.key: lk for lk in summary_links(mini)}
    visited = links[("kim-jong-un", "VISITED", "plant-hamhung")]
    assert visited.documents == ["doc-a", "doc-b"]
    assert visited.origins == ["document:doc-a", "kcna"] and visited.independent_origins == 2
    assert not visited.hedged and visited.best_credibility == 2
    deployed = links[("north-korea", "DEPLOYED_TO", "russia")]
    assert deployed.disagreements == ["soldiers: ≥10000 (doc-a) vs 12000 (doc-b)"]
    assert str(deployed.first_date) == "2025-02"


def test_relaying_the_same_asserter_is_one_origin(mini):
    from dataclasses import replace

    from graph.model import asserted_by

    a, b = (c for c in mini.claims if c.predicate == "VISITED")
    relayed = replace(mini, claims=[replace(a, asserters=asserted_by("kcna")), b])
    link = next(lk for lk in summary_links(relayed) if lk.predicate == "VISITED")
    assert link.documents == ["doc-a", "doc-b"] and link.independent_origins == 1


def test_symmetric_predicate_is_one_link_in_either_order(seeds_dataset):
    sym = {p for p, spec in seeds_dataset.schema.predicates.items() if spec.symmetric}
    assert "COOPERATES_WITH" in sym and "VISITED" not in sym
    both = [
        c
        for c in seeds_dataset.claims
        if c.predicate == "COOPERATES_WITH" and {c.subject, c.object} == {"north-korea", "russia"}
    ]
    assert {(c.subject, c.object) for c in both} == {("north-korea", "russia"), ("russia", "north-korea")}
    links = [
        lk
        for lk in summary_links(seeds_dataset)
        if lk.predicate == "COOPERATES_WITH" and {lk.subject, lk.object} == {"north-korea", "russia"}
    ]
    assert len(links) == 1 and sorted(links[0].claim_ids) == sorted(c.id for c in both)
    assert len(links[0].documents) == len({c.document for c in both})


def test_summary_graph_is_keyed_by_predicate(mini):
    S = summary_graph(mini)
    assert S.number_of_edges() == len(summary_links(mini)) == 4
    assert S.edges["kim-jong-un", "plant-hamhung", "VISITED"]["claims"] == 2


def test_summary_graph_of_some_claims_keeps_only_their_entities_in_dataset_order(mini):
    from dataclasses import replace

    part = replace(mini, claims=[c for c in mini.claims if c.document == "doc-a"])
    S = summary_graph(part, linked_only=True)
    full = summary_graph(part)
    full.remove_nodes_from([n for n in list(full) if full.degree(n) == 0])
    assert list(S.nodes(data=True)) == list(full.nodes(data=True))  # same nodes, same order, same attributes
    assert list(S.edges(keys=True, data=True)) == list(full.edges(keys=True, data=True))
    assert set(S) == {n for c in part.claims for n in (c.subject, c.object)} != set(mini.entities)


def test_json_export_contract(tmp_path, mini):
    path = export(mini, "json", tmp_path / "g.json")[0]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"entities", "documents", "claims"} <= set(data)
    assert {"id", "type", "name", "aliases"} <= set(data["entities"][0])
    assert {"id", "file", "title", "outlet", "date", "sha256", "reliability"} <= set(data["documents"][0])
    claim_keys = {
        "id",
        "subject",
        "predicate",
        "object",
        "document",
        "quote",
        "start",
        "end",
        "asserters",
        "relay",
        "origins",
        "hedged",
        "credibility",
        "valid_from",
        "valid_to",
        "quantity",
        "unit",
    }
    assert all(claim_keys <= set(c) for c in data["claims"])
    assert data["format"] == {"name": "osint-kg", "version": 2}
    texts = {d["id"]: (MINI / d["file"]).read_text(encoding="utf-8") for d in data["documents"]}
    assert all(texts[c["document"]][c["start"] : c["end"]] == c["quote"] for c in data["claims"])
    said = [a for c in data["claims"] for a in c["asserters"] + c["relay"]]
    assert said and all(
        texts[c["document"]][a["start"] : a["end"]] == a["quote"]
        for c in data["claims"]
        for a in c["asserters"] + c["relay"]
    )


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
@pytest.mark.parametrize("which", ["claims", "summary"])
def test_graph_formats_read_back(tmp_path, mini, fmt, reader, which):
    path = export(mini, fmt, tmp_path / f"g.{fmt}", graph=which)[0]
    G = reader(path)
    expected = claim_graph(mini) if which == "claims" else summary_graph(mini)
    assert G.number_of_nodes() == expected.number_of_nodes()
    assert G.number_of_edges() == expected.number_of_edges()


def test_csv_export(tmp_path, mini):
    files = export(mini, "csv", tmp_path / "csv")
    assert [f.name for f in files] == ["entities.csv", "documents.csv", "claims.csv"]
    with open(tmp_path / "csv" / "claims.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 6 and {r["quote"] for r in rows} >= {"Kim ha visitato la fabbrica"}


def test_seed_exports(tmp_path, seeds_dataset):
    for fmt in ("json", "graphml", "gexf", "csv"):
        export(seeds_dataset, fmt, tmp_path / f"seeds.{fmt}")
    data = json.loads((tmp_path / "seeds.json").read_text(encoding="utf-8"))
    assert len(data["claims"]) == len(seeds_dataset.claims)
    assert nx.read_graphml(tmp_path / "seeds.graphml").number_of_edges() == len(seeds_dataset.claims)
