"""The database side of the analyst answers: column headers, attribution chains, the documented queries."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graph.cli.main import app

pytestmark = pytest.mark.db
runner = CliRunner()


def kg_query(*args):
    r = runner.invoke(app, ["query", *args, "--dataset", "seeds", "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_an_unnamed_return_expression_is_its_own_column_header(kg_server, kg_seeds):
    rows = kg_query(
        "MATCH (c:Claim {dataset: $dataset}) WHERE c.quantity IS NOT NULL "
        "RETURN c.unit, count(c), max(c.quantity) ORDER BY count(c) DESC, c.unit LIMIT 1"
    )
    assert list(rows[0]) == ["c.unit", "count(c)", "max(c.quantity)"]


def test_the_relay_chain_query_of_the_data_model_doc(kg_server, kg_seeds, seeds_dataset):
    rows = kg_query(
        "MATCH (c:Claim {dataset: $dataset})-[a:ATTRIBUTED_TO]->(s:Entity) "
        "OPTIONAL MATCH (c)-[r:RELAYED_BY]->(relay:Entity) "
        "WITH c, s, a, relay, r ORDER BY a.position, r.position "
        "RETURN c.id, s.name AS original_source, collect(relay.name) AS relayed_by"
    )
    chains = {(r["c.id"], r["original_source"]): r["relayed_by"] for r in rows}
    troops = next(c for c in seeds_dataset.claims if c.quantity == 12000)
    assert chains[(troops.id, "Ukraine")] == chains[(troops.id, "United States")] == ["Radio Free Asia"]
    assert len(chains) == sum(len(c.asserters) for c in seeds_dataset.claims)


def test_state_media_claims_by_origin_category(kg_server, kg_seeds, seeds_dataset):
    rows = kg_query(
        "MATCH (c:Claim {dataset: $dataset})-[:IN_DOCUMENT]->(d:Document) "
        "WHERE 'state_media' IN c.origin_categories "
        "RETURN c.subject, c.predicate, c.object, d.id, c.asserted_by, c.quote"
    )
    assert len(rows) == sum(1 for c in seeds_dataset.claims if set(c.asserter_ids) & {"kcna", "nk-state-media"})
    assert {r["c.asserted_by"] for r in rows} == {"Korean Central News Agency", "North Korean state media"}
