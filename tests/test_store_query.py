"""kg query on the real local Neo4j: read-only enforced by the database, --write, timeout,
unreachable servers, malformed URIs, formats.

Every bypass attempt is judged by what the database holds afterwards (a fingerprint of all
nodes, relationships, properties, indexes and constraints), never by the CLI's message alone.
"""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.store.connection import ConnectionFailed, Target, connect, parse_uri, safe_uri
from graph.store.query import WriteRefused, parse_param, run_query

runner = CliRunner()


def total(server) -> int:
    driver = server.driver()
    try:
        return run_query(driver, server.target, "MATCH (n) RETURN count(n) AS n").rows[0][0]
    finally:
        driver.close()


def fingerprint(server) -> tuple:
    """Everything a write could change: node and relationship counts, a digest of every
    property and label, and the index and constraint names."""
    driver = server.driver()
    try:
        with driver.session(database=server.target.database) as s:
            nodes = s.run("MATCH (n) RETURN count(n) AS n, sum(size(keys(n)) + size(labels(n))) AS k").single()
            rels = s.run("MATCH ()-[r]->() RETURN count(r) AS n, sum(size(keys(r))) AS k").single()
            props = s.run(
                "MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS p"
            ).single()["p"]
            idx = sorted(r["name"] for r in s.run("SHOW INDEXES YIELD name"))
            cons = sorted(r["name"] for r in s.run("SHOW CONSTRAINTS YIELD name"))
    finally:
        driver.close()
    return (
        nodes["n"],
        nodes["k"],
        rels["n"],
        rels["k"],
        hash(json.dumps(props, sort_keys=True, default=str)),
        tuple(idx),
        tuple(cons),
    )


def test_param_parsing():
    assert parse_param("n=5") == ("n", 5)
    assert parse_param('ids=["a","b"]') == ("ids", ["a", "b"])
    assert parse_param("after=2025-01") == ("after", "2025-01")
    assert parse_param("x=null") == ("x", None)
    with pytest.raises(ValueError):
        parse_param("novalue")


# -- read-only enforced by Neo4j -----------------------------------------------------------
WRITES = [
    "CREATE (n:Intruder {x: 1})",
    "MATCH (n:Entity {id: 'kn-23'}) SET n.name = 'x'",
    "MATCH (n:Entity {id: 'kn-23'}) DETACH DELETE n",
    "MERGE (n:Intruder {x: 2})",
    "MATCH (n:Claim) REMOVE n.quote",
    "INSERT (n:Intruder {x: 3})",  # GQL write clause (Neo4j 5.18+)
    "UNWIND [1] AS x FOREACH (y IN [1] | CREATE (:Intruder))",
    "CALL `db`.`clearQueryCaches`()",
    "CALL `db`.createLabel('Intruder')",
    "CALL db.createProperty('intruder')",
    "MATCH (n:Entity) CALL (n) { SET n.owned = true } RETURN count(*)",
    "MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    # `//` then a carriage return ends the comment for Neo4j: the old lexical guard was fooled.
    "//\rMATCH (n {dataset:'seeds'}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
    "//\rMATCH (n:Entity) SET n.owned = 1 RETURN count(n)",
    "//\rCREATE INDEX intruder_idx FOR (n:Entity) ON (n.owned)",
    "/* */ DROP CONSTRAINT kg_entity_key",
    "CREATE CONSTRAINT intruder_key FOR (n:Intruder) REQUIRE n.x IS UNIQUE",
    "MATCH (n) RETURN n LIMIT 1 UNION MATCH (n:Entity) SET n.owned = 2 RETURN n LIMIT 1",
    "CYPHER 25 MATCH (n:Entity) SET n.owned = 3",
    "PROFILE MATCH (n:Entity) SET n.owned = 4",
    "MATCH (n:Entity) WITH n LIMIT 1 CALL { WITH n SET n.owned = 5 } RETURN 1",
]


@pytest.mark.db
@pytest.mark.parametrize("text", WRITES)
def test_writes_are_refused_and_the_database_is_unchanged(kg_server, kg_seeds, text):
    before = fingerprint(kg_server)
    r = runner.invoke(app, ["query", text])
    assert r.exit_code == 1, r.output
    assert "refused" in r.stderr and "--write" in r.stderr
    assert fingerprint(kg_server) == before


@pytest.mark.db
def test_load_csv_cannot_read_local_files(kg_server, kg_seeds, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("top,secret\n")
    for text in (
        f"LOAD CSV FROM 'file://{secret}' AS r RETURN r",
        f"//\rLOAD CSV FROM 'file://{secret}' AS r RETURN r",
        "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r",
    ):
        r = runner.invoke(app, ["query", text, "--json"])
        assert r.exit_code == 1, r.output
        assert "secret" not in r.stdout and "root:" not in r.stdout
        assert "allow_csv_import_from_file_urls" in r.stderr


@pytest.mark.db
def test_the_read_transaction_refuses_what_explain_would_miss(kg_server, kg_seeds, monkeypatch):
    """Second layer: even if the EXPLAIN check were wrong, the READ transaction refuses."""
    from graph.store import query

    monkeypatch.setattr(query, "explain_query_type", lambda *_a: "r")
    before = fingerprint(kg_server)
    driver = kg_server.driver()
    try:
        with pytest.raises(WriteRefused, match="read transaction"):
            run_query(driver, kg_server.target, "CREATE (n:Intruder {x: 9}) RETURN n")
    finally:
        driver.close()
    assert fingerprint(kg_server) == before


@pytest.mark.db
def test_reads_and_read_procedures_pass(kg_server, kg_seeds):
    for text in (
        "CALL db.labels() YIELD label RETURN label",
        "SHOW INDEXES YIELD name RETURN name",
        "EXPLAIN MATCH (n) RETURN n",
        "PROFILE MATCH (n:Entity {dataset: 'seeds'}) RETURN count(n)",
        "CYPHER 25 MATCH (n:Entity) RETURN count(n)",
        "MATCH p = SHORTEST 1 (a:Entity {id: 'kim-jong-un'})-[]-+(b:Entity {id: 'russia'}) RETURN length(p) AS hops",
    ):
        r = runner.invoke(app, ["query", text, "--json"])
        assert r.exit_code == 0, (text, r.output)


@pytest.mark.db
def test_write_in_transactions_runs_with_write(kg_server, kg_seeds):
    text = (
        "UNWIND range(1, 5) AS i CALL (i) { CREATE (:Scratch {dataset: 'scratch', id: toString(i)}) } "
        "IN TRANSACTIONS OF 2 ROWS RETURN count(*) AS n"
    )
    r = runner.invoke(app, ["query", text, "--write", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [{"n": 5}]
    r = runner.invoke(app, ["query", "MATCH (n:Scratch) CALL (n) { DETACH DELETE n } IN TRANSACTIONS", "--write"])
    assert r.exit_code == 0, r.output
    assert json.loads(runner.invoke(app, ["query", "MATCH (n:Scratch) RETURN count(n) AS n", "--json"]).stdout) == [
        {"n": 0}
    ]


@pytest.mark.db
def test_write_opt_in_commits(kg_server, kg_seeds):
    r = runner.invoke(
        app, ["query", "CREATE (n:Scratch {dataset: 'scratch', id: 'a'}) RETURN n.id AS id", "--write", "--json"]
    )
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
    assert json.loads(s.stdout)[0]["located_in"] == "Hamhung"
    lst = runner.invoke(app, ["query", "--list", "--json"])
    assert len(json.loads(lst.stdout)) >= 15
    bad = runner.invoke(app, ["query", "--saved", "producers", "--param", "wepon=kn-23"])
    assert bad.exit_code == 2
    assert runner.invoke(app, ["query", "--saved", "no-such-query"]).exit_code == 2
    assert runner.invoke(app, ["query"]).exit_code == 2
    assert runner.invoke(app, ["query", "RETURN 1", "-f", "xml"]).exit_code == 2


@pytest.mark.db
def test_a_runaway_query_is_cancelled_at_the_timeout(kg_server, kg_seeds):
    slow = (
        "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y "
        "WITH x, y WHERE (x * y) % 7919 = 1 RETURN count(*) AS n"
    )
    t0 = time.monotonic()
    r = runner.invoke(app, ["query", slow, "--timeout", "1"])
    elapsed = time.monotonic() - t0
    assert r.exit_code == 1, r.output
    assert "stopped the query after 1s" in r.stderr
    assert elapsed < 10
    # The server is still usable afterwards.
    assert total(kg_server) > 0


def test_unreachable_server_fails_fast_naming_the_uri_without_password(monkeypatch):
    from graph.store.server import free_port

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
    target = Target(uri="bolt://192.0.2.1:7687", user="neo4j", password="pw-not-shown", database="neo4j", local=False)
    t0 = time.monotonic()
    with pytest.raises(ConnectionFailed) as info:
        connect(target, connection_timeout=1.5)
    assert time.monotonic() - t0 < 8
    assert "bolt://192.0.2.1:7687" in str(info.value) and "pw-not-shown" not in str(info.value)


def test_safe_uri_strips_credentials():
    assert safe_uri("neo4j+s://u:p@db.example.org:7687") == "neo4j+s://db.example.org:7687"
    assert safe_uri("neo4j+s://u:p/#?@db.example.org:7687") == "neo4j+s://db.example.org:7687"


BAD_URIS = [
    ("bolt://neo4j:S3cret@localhost:port", "port"),
    ("bolt://neo4j:pa/ss#wo?rd@localhost:99999", "port"),
    ("bolt://neo4j:S3cret@[::1:7687", "IPv6"),
    ("http://neo4j:S3cret@localhost:7474", "scheme"),
    ("bolt://neo4j:S3cret@", "host"),
    ("bolt://neo4j:S3cret@host:7687?routing=x", "routing"),
    ("localhost:7687", "bolt://"),
]


@pytest.mark.parametrize("uri,what", BAD_URIS)
def test_malformed_uris_are_one_line_errors_without_the_password(monkeypatch, uri, what):
    monkeypatch.setenv("NEO4J_URI", uri)
    for args in (["query", "RETURN 1"], ["load"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 1, r.output
        text = r.stdout + r.stderr
        assert "Traceback" not in text and what in text
        for secret in ("S3cret", "pa/ss", "wo?rd", "ss#wo"):
            assert secret not in text
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr


def test_a_password_with_url_characters_is_kept_whole():
    p = parse_uri("neo4j://alice:p@ss/w#rd?x@db.example.org:7687")
    assert (p.uri, p.user, p.password) == ("neo4j://db.example.org:7687", "alice", "p@ss/w#rd?x")


@pytest.mark.db
def test_a_routing_uri_reaches_the_local_server_as_a_cluster_would(kg_server, kg_seeds, monkeypatch):
    """neo4j:// makes the driver ask the server for a routing table first, as with a cluster or Aura."""
    monkeypatch.setenv("NEO4J_URI", f"neo4j://127.0.0.1:{kg_server.cfg.port}")
    monkeypatch.setenv("NEO4J_USER", "neo4j")
    monkeypatch.setenv("NEO4J_PASSWORD", kg_server.cfg.password_file.read_text().strip())
    r = runner.invoke(app, ["query", "--saved", "producers", "--param", "weapon=kn-23", "--json"])
    assert r.exit_code == 0, r.output
    assert {row["facility"] for row in json.loads(r.stdout)}
    before = fingerprint(kg_server)
    r = runner.invoke(app, ["query", "CREATE (:Intruder)"])
    assert r.exit_code == 1 and "refused" in r.stderr
    assert fingerprint(kg_server) == before


@pytest.mark.db
def test_full_text_search_finds_quotes_and_names(kg_server, kg_seeds):
    r = runner.invoke(app, ["query", "--saved", "search", "--param", "words=Hamhung", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows[0]["id"] == "hamhung"  # the name itself scores best
    assert {row["kind"] for row in rows} >= {"entity", "claim"}
    none = runner.invoke(app, ["query", "--saved", "search", "--param", "words=zzzqqqxxx", "--json"])
    assert none.exit_code == 0 and json.loads(none.stdout) == []


def test_browser_text_and_style_sheet():
    r = runner.invoke(app, ["query", "--saved", "producers", "--browser"])
    assert r.exit_code == 0 and r.stdout.startswith(':param weapon => "kn-23";')
    assert r.stdout.rstrip().endswith(";")
    g = runner.invoke(app, ["db", "grass"])
    assert g.exit_code == 0 and "node.Person {" in g.stdout and 'caption: "{predicate}";' in g.stdout
