"""Re-checks of the local server's quirks that the store layer is designed around.

If an ArcadeDB upgrade changes one of these, the test says so: the workaround may then be
dropped (or, for rollback, the read-only guarantee would need another mechanism).
"""

from __future__ import annotations

import neo4j
import pytest

pytestmark = pytest.mark.db


def _count(session, label):
    return session.run(f"MATCH (n:{label}) RETURN count(n) AS n").single()["n"]


def test_rollback_discards_writes(kg_server):
    """kg query's read-only guarantee rests on this."""
    driver = kg_server.driver()
    try:
        with driver.session(database=kg_server.target.database) as s:
            tx = s.begin_transaction()
            tx.run("CREATE (:QuirkRollback {x: 1})").consume()
            assert tx.run("MATCH (n:QuirkRollback) RETURN count(n) AS n").single()["n"] == 1
            tx.rollback()
            assert _count(s, "QuirkRollback") == 0
    finally:
        driver.close()


def test_read_access_does_not_stop_writes_on_arcadedb(kg_server):
    """Why a READ_ACCESS session is not used as the read-only guard."""
    driver = kg_server.driver()
    try:
        agent = driver.get_server_info().agent
        with driver.session(database=kg_server.target.database, default_access_mode=neo4j.READ_ACCESS) as s:
            try:
                s.execute_read(lambda tx: tx.run("CREATE (:QuirkReadAccess {x: 1})").consume())
                wrote = True
            except neo4j.exceptions.Neo4jError:
                wrote = False
        with driver.session(database=kg_server.target.database) as s:
            n = _count(s, "QuirkReadAccess")
            s.run("MATCH (n:QuirkReadAccess) DELETE n").consume()
    finally:
        driver.close()
    assert "ArcadeDB" in agent
    assert wrote and n == 1, "READ_ACCESS now stops writes on this server: the quirk is gone"


def test_nodes_are_created_with_all_labels_at_once(kg_server):
    """Adding a label later is unreliable on ArcadeDB; creating with all labels works."""
    driver = kg_server.driver()
    try:
        with driver.session(database=kg_server.target.database) as s:
            s.run("CREATE (n:QuirkA:QuirkB {id: 'q1'})").consume()
            labels = s.run("MATCH (n:QuirkA {id: 'q1'}) RETURN labels(n) AS l").single()["l"]
            by_second = _count(s, "QuirkB")
            s.run("MATCH (n:QuirkA) DETACH DELETE n").consume()
    finally:
        driver.close()
    assert set(labels) == {"QuirkA", "QuirkB"} and by_second == 1


def test_merge_then_add_label_fails_under_a_uniqueness_constraint(kg_server):
    """The pattern the loader avoids: MERGE on the keyed label, then SET a second label."""
    rows = [{"id": str(i)} for i in range(50)]
    driver = kg_server.driver()
    try:
        with driver.session(database=kg_server.target.database) as s:
            s.run("CREATE CONSTRAINT quirk_key IF NOT EXISTS FOR (n:QuirkKeyed) REQUIRE (n.dataset, n.id) IS UNIQUE").consume()
            failed = False
            try:
                s.execute_write(lambda tx: tx.run(
                    "UNWIND $rows AS row MERGE (n:QuirkKeyed {dataset: 'q', id: row.id}) SET n:QuirkExtra",
                    rows=rows).consume())
            except neo4j.exceptions.Neo4jError:
                failed = True
            extra = _count(s, "QuirkExtra")
            s.run("MATCH (n:QuirkKeyed) DETACH DELETE n").consume()
    finally:
        driver.close()
    assert failed or extra < len(rows), "adding a label after MERGE now works: the quirk is gone"
