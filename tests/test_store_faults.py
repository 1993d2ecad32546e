"""Faults: the server killed mid-load; the loader fails clearly, and a re-run converges."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
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


def test_kill_mid_load_then_rerun_converges(own_server, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    import synth

    data = tmp_path / "synth"
    synth.generate(1500, data, seed=3)
    cmd = [sys.executable, "-m", "graph.cli.main", "load", "--data", str(data), "--batch-size", "25"]
    proc = subprocess.Popen(cmd, env=_env(own_server), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=tmp_path)
    pid = int(own_server.pid_file.read_text())
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if _claims_loaded(own_server, "synth") > 0:
                break
        except Exception:  # noqa: BLE001 - the loader may still be starting
            pass
        time.sleep(0.05)
    assert proc.poll() is None, "the load finished before the server could be killed"
    os.kill(pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, (out, err)
    assert "interrupted while writing" in err and "re-run the same `kg load`" in err
    assert "Traceback" not in err

    server.start(own_server)  # recovery of the killed database is automatic
    rerun = subprocess.run(cmd, env=_env(own_server), capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    # The re-run compared every count with the networkx graphs (a mismatch exits 1).
    assert "counts match the graph" in rerun.stdout

    target = resolve_target(home=own_server.home, start=False)
    with connect(target) as driver, driver.session(database=target.database) as s:
        dupes = s.run("MATCH (c:Claim {dataset: 'synth'}) WITH c.id AS id, count(*) AS n WHERE n > 1 "
                      "RETURN count(*) AS n").single()["n"]
    assert dupes == 0


def test_load_against_a_stopped_server_fails_clearly(tmp_path):
    """NEO4J_URI pointing at nothing: exit 1 and a message naming the URI."""
    from store_fixtures import free_port

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_URI=f"bolt://127.0.0.1:{free_port()}", NEO4J_PASSWORD="pw-secret")
    r = subprocess.run([sys.executable, "-m", "graph.cli.main", "load", "--data", str(ROOT / "seeds"),
                        "--connect-timeout", "2"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "cannot reach bolt://127.0.0.1:" in r.stderr and "pw-secret" not in r.stderr
