"""Faults that end a load before it starts: an unreachable server, a refused schema step.

Kills and failures mid-load are in ``test_store_crash.py``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store import server
from graph.store.connection import connect, resolve_target

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.db


@pytest.fixture
def own_server(tmp_path):
    """A server of this test's own, so killing it does not disturb the session's."""
    from graph.store.server import free_port

    cfg = server.ServerConfig(home=tmp_path / "home", port=free_port(), heap="1g")
    server.start(cfg)
    try:
        yield cfg
    finally:
        server.stop(cfg)


def _env(cfg) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(KG_HOME=str(cfg.home), KG_BOLT_PORT=str(cfg.port))
    return env


def _claims_loaded(cfg, dataset) -> int:
    target = resolve_target(home=cfg.home, start=False)
    driver = connect(target, connection_timeout=2, retry_seconds=1)
    try:
        with driver.session(database=target.database) as s:
            return s.run("MATCH (n:Entity {dataset: $d}) RETURN count(n) AS n", d=dataset).single()["n"]
    finally:
        driver.close()


def test_load_against_a_stopped_server_fails_clearly(tmp_path):
    """NEO4J_URI pointing at nothing: exit 1 and a message naming the URI."""
    from graph.store.server import free_port

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_URI=f"bolt://127.0.0.1:{free_port()}", NEO4J_PASSWORD="pw-secret")
    r = subprocess.run(
        [sys.executable, "-m", "graph.cli.main", "load", "--data", str(ROOT / "seeds"), "--connect-timeout", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert "cannot reach bolt://127.0.0.1:" in r.stderr and "pw-secret" not in r.stderr


def test_a_load_the_database_refuses_is_reported_as_refused(kg_server, kg_seeds, tmp_path):
    """A constraint of the analyst's own that the data breaks: refused, not "interrupted".

    The dataset is the mini fixture with a type of its own (``Probe``) and two entities of
    it; the constraint makes ``type`` unique among ``Probe`` nodes, which no other test's
    data has, so it can be created whatever else the session's server holds.
    """
    import shutil

    from typer.testing import CliRunner

    from graph.cli.main import app

    data = tmp_path / "probe"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", data)
    (data / "schema" / "types" / "Probe.yaml").write_text(
        'name: Probe\nextends: Thing\ndescription: A test type.\nstyle: {color: "#123456", shape: dot}\n'
    )
    with (data / "entities.yaml").open("a") as fh:
        fh.write("- id: probe-a\n  type: Probe\n  name: Probe A\n- id: probe-b\n  type: Probe\n  name: Probe B\n")
    db = kg_server.target.database
    with kg_server.driver() as driver:
        driver.execute_query(
            "CREATE CONSTRAINT test_one_probe IF NOT EXISTS FOR (n:Probe) REQUIRE n.type IS UNIQUE", database_=db
        )
        try:
            r = CliRunner().invoke(app, ["load", "--data", str(data), "--dataset", "refused"])
        finally:
            driver.execute_query("DROP CONSTRAINT test_one_probe IF EXISTS", database_=db)
            driver.execute_query("MATCH (n {dataset: 'refused'}) DETACH DELETE n", database_=db)
    assert r.exit_code == 1, r.output
    assert "refused the load" in r.stderr and "interrupted" not in r.stderr and "Traceback" not in r.stderr


def test_no_schema_loads_without_creating_constraints(kg_server, kg_seeds):
    from typer.testing import CliRunner

    from graph.cli.main import app

    with kg_server.driver() as driver:
        before = sorted(
            r["name"]
            for r in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=kg_server.target.database).records
        )
        r = CliRunner().invoke(app, ["load", "--data", str(ROOT / "seeds"), "--dataset", "noschema", "--no-schema"])
        after = sorted(
            r2["name"]
            for r2 in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=kg_server.target.database).records
        )
        driver.execute_query("MATCH (n {dataset: 'noschema'}) DETACH DELETE n", database_=kg_server.target.database)
    assert r.exit_code == 0, r.output
    assert "counts match the graph" in r.stdout and before == after
