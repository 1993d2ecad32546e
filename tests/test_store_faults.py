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
    from store_fixtures import free_port

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
    from store_fixtures import free_port

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_URI=f"bolt://127.0.0.1:{free_port()}", NEO4J_PASSWORD="pw-secret")
    r = subprocess.run([sys.executable, "-m", "graph.cli.main", "load", "--data", str(ROOT / "seeds"),
                        "--connect-timeout", "2"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "cannot reach bolt://127.0.0.1:" in r.stderr and "pw-secret" not in r.stderr
