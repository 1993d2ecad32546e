"""kg query: enforced read-only, --write, timeout, unreachable server, formats, the lexer."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.store.connection import ConnectionFailed, Target, connect, safe_uri
from graph.store.query import WriteRefused, _execute, parse_param, run_query, write_clauses

runner = CliRunner()


def total(server) -> int:
    driver = server.driver()
    try:
        return run_query(driver, server.target, "MATCH (n) RETURN count(n) AS n").rows[0][0]
    finally:
        driver.close()


# -- the lexer (no database) --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MATCH (n) RETURN n", "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
    "MATCH (n:`SET`) RETURN n.delete AS `merge`", "// CREATE (n)\nMATCH (n) RETURN n",
    "MATCH (n) RETURN {set: 1, remove: 2} AS m", "MATCH (n) WHERE n.id = $delete RETURN n",
    "/* DETACH DELETE */ RETURN 1", "CALL db.labels() YIELD label RETURN label",
    'RETURN "it\\"s MERGE" AS s',
])
def test_reads_pass_the_lexer(text):
    assert write_clauses(text) == []


@pytest.mark.parametrize("text,clause", [
    ("CREATE (n:X)", "CREATE"), ("MATCH (n) SET n.x = 1", "SET"), ("MATCH (n) DETACH DELETE n", "DELETE"),
    ("MERGE (n:X {id: 1})", "MERGE"), ("MATCH (n) REMOVE n.x", "REMOVE"), ("match (n) delete n", "DELETE"),
    ("DROP INDEX x", "DROP"), ("LOAD CSV FROM 'f' AS l RETURN l", "LOAD"),
    ("UNWIND [1] AS x FOREACH (y IN [1] | CREATE (:X))", "FOREACH"),
    ("CALL apoc.create.node(['X'], {})", "CALL apoc.create.node"),
    ("MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS RETURN 1", "IN TRANSACTIONS"),
])
def test_writes_are_found(text, clause):
    assert clause in write_clauses(text)


def test_param_parsing():
    assert parse_param("n=5") == ("n", 5)
    assert parse_param("ids=[\"a\",\"b\"]") == ("ids", ["a", "b"])
    assert parse_param("after=2025-01") == ("after", "2025-01")
    assert parse_param("x=null") == ("x", None)
    with pytest.raises(ValueError):
        parse_param("novalue")


# -- read-only enforced on the real server -------------------------------------------------
WRITES = ["CREATE (n:Intruder {x: 1})", "MATCH (n:Entity {id: 'kn-23'}) SET n.name = 'x'",
          "MATCH (n:Entity {id: 'kn-23'}) DETACH DELETE n", "MERGE (n:Intruder {x: 2})",
          "MATCH (n:Claim) REMOVE n.quote"]


@pytest.mark.db
@pytest.mark.parametrize("text", WRITES)
def test_writes_are_refused_and_counts_unchanged(kg_server, kg_seeds, text):
    before = total(kg_server)
    r = runner.invoke(app, ["query", text])
    assert r.exit_code == 1
    assert "refused" in r.stderr and "--write" in r.stderr
    assert total(kg_server) == before


@pytest.mark.db
def test_a_write_past_the_lexer_is_rolled_back(kg_server, kg_seeds):
    """The second layer: the transaction is always rolled back, and an update is reported."""
    before = total(kg_server)
    driver = kg_server.driver()
    try:
        with pytest.raises(WriteRefused, match="rolled back"):
            _execute(driver, kg_server.target, "CREATE (n:Intruder {x: 3}) RETURN n", {}, False, 10)
    finally:
        driver.close()
    assert total(kg_server) == before


@pytest.mark.db
def test_write_opt_in_commits(kg_server, kg_seeds):
    r = runner.invoke(app, ["query", "CREATE (n:Scratch {dataset: 'scratch', id: 'a'}) RETURN n.id AS id",
                            "--write", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [{"id": "a"}]
    r = runner.invoke(app, ["query", "MATCH (n:Scratch {dataset: 'scratch'}) RETURN count(n) AS n", "--json"])
    assert json.loads(r.stdout) == [{"n": 1}]
    r = runner.invoke(app, ["query", "MATCH (n:Scratch) DETACH DELETE n", "--write"])
    assert r.exit_code == 0


@pytest.mark.db
def test_formats_and_params(kg_server, kg_seeds):
    q = "MATCH (e:Entity {dataset: $dataset, id: $id}) RETURN e.id AS id, e.aliases AS aliases"
    j = runner.invoke(app, ["query", q, "--param", "id=kn-23", "--format", "json"])
    assert j.exit_code == 0, j.output
    rows = json.loads(j.stdout)
    assert rows[0]["id"] == "kn-23" and isinstance(rows[0]["aliases"], list)
    c = runner.invoke(app, ["query", q, "-p", "id=kn-23", "-f", "csv"])
    assert c.stdout.splitlines()[0] == "id,aliases" and c.stdout.splitlines()[1].startswith("kn-23,")
    t = runner.invoke(app, ["query", q, "-p", "id=kn-23"])
    assert "kn-23" in t.stdout and "1 row" in t.stdout
    s = runner.invoke(app, ["query", "--saved", "producers", "--param", "weapon=kn-23", "--json"])
    assert json.loads(s.stdout)[0]["located_in"] == "hamhung"
    lst = runner.invoke(app, ["query", "--list", "--json"])
    assert len(json.loads(lst.stdout)) >= 15
    bad = runner.invoke(app, ["query", "--saved", "producers", "--param", "wepon=kn-23"])
    assert bad.exit_code == 2
    assert runner.invoke(app, ["query", "--saved", "no-such-query"]).exit_code == 2
    assert runner.invoke(app, ["query"]).exit_code == 2
    assert runner.invoke(app, ["query", "RETURN 1", "-f", "xml"]).exit_code == 2


@pytest.mark.db
def test_a_runaway_query_is_cancelled_at_the_timeout(kg_server, kg_seeds):
    slow = ("UNWIND range(1, 4000) AS x UNWIND range(1, 4000) AS y "
            "WITH x, y WHERE (x * y) % 7919 = 1 RETURN count(*) AS n")
    t0 = time.monotonic()
    r = runner.invoke(app, ["query", slow, "--timeout", "1"])
    elapsed = time.monotonic() - t0
    assert r.exit_code == 1
    assert "cancelled after 1s" in r.stderr
    assert elapsed < 10
    # The server is still usable afterwards.
    assert total(kg_server) > 0


def test_unreachable_server_fails_fast_naming_the_uri_without_password(monkeypatch):
    from store_fixtures import free_port

    port = free_port()
    monkeypatch.setenv("NEO4J_URI", f"bolt://alice:hunter2pw@127.0.0.1:{port}")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-pw")
    t0 = time.monotonic()
    r = runner.invoke(app, ["query", "RETURN 1", "--connect-timeout", "2"])
    assert time.monotonic() - t0 < 10
    assert r.exit_code == 1
    assert f"bolt://127.0.0.1:{port}" in r.stderr
    assert "s3cret-pw" not in r.output + r.stderr and "hunter2pw" not in r.output + r.stderr


def test_connect_timeout_is_bounded_on_a_silent_host():
    """A host that never answers (TEST-NET-1 address) fails within the connection timeout."""
    target = Target(uri="bolt://192.0.2.1:7687", user="neo4j", password="pw-not-shown", database="neo4j",
                    local=False)
    t0 = time.monotonic()
    with pytest.raises(ConnectionFailed) as info:
        connect(target, connection_timeout=1.5)
    assert time.monotonic() - t0 < 8
    assert "bolt://192.0.2.1:7687" in str(info.value) and "pw-not-shown" not in str(info.value)


def test_safe_uri_strips_credentials():
    assert safe_uri("neo4j+s://u:p@db.example.org:7687/x") == "neo4j+s://db.example.org:7687/x"
