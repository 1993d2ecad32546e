"""The local Neo4j: loopback only, password file, refused second start, clean stop, CLI."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli.main import app
from graph.store import server

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

pytestmark = pytest.mark.db


def _listen_addresses(port: int) -> set[str]:
    out = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(name).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.rsplit(":", 1)
            if int(p, 16) == port and state == "0A":  # LISTEN
                out.add(addr)
    return out


def test_running_server_is_loopback_only_with_a_private_password(kg_server):
    st = server.status(kg_server.cfg)
    assert st.running and st.uri == f"bolt://127.0.0.1:{kg_server.cfg.port}" and st.database == "neo4j"
    assert st.neo4j_version and st.neo4j_version[0].isdigit()
    mode = stat.S_IMODE(os.stat(kg_server.cfg.password_file).st_mode)
    assert mode == 0o600
    addrs = _listen_addresses(kg_server.cfg.port)
    # 127.0.0.1 as /proc/net/tcp writes it, or its IPv4-mapped IPv6 form.
    assert addrs and addrs <= {"0100007F", "0000000000000000FFFF00000100007F"}, addrs
    log_dir = kg_server.cfg.log_dir
    assert (log_dir / "server.log").exists() and (kg_server.cfg.db_dir / "logs").is_dir()
    password = kg_server.cfg.password_file.read_text().strip()
    for log in [log_dir / "server.log", *(kg_server.cfg.db_dir / "logs").glob("*")]:
        assert password not in log.read_text(errors="replace"), log
    # The password is not on the command line of the server process either.
    cmdline = Path(f"/proc/{server.status(kg_server.cfg).pid}/cmdline").read_bytes().decode(errors="replace")
    assert "Launcher" in cmdline and password not in cmdline


def test_the_server_sends_no_usage_report(kg_server):
    """Neo4j Community reports usage data to Neo4j unless told not to; the launcher turns it off.

    The DBMS writes its decision to debug.log before Bolt starts, so it is there by now.
    """
    debug = (kg_server.cfg.db_dir / "logs" / "debug.log").read_text(errors="replace")
    assert "Bolt enabled on" in debug  # the right log: this server's start is in it
    assert "Anonymous Usage Data is being sent" not in debug


def test_the_login_is_refused_without_the_password(kg_server):
    import neo4j

    for pw in ("neo4j", "wrong-password"):
        with (
            neo4j.GraphDatabase.driver(kg_server.cfg.uri, auth=("neo4j", pw)) as d,
            pytest.raises(neo4j.exceptions.AuthError),
        ):
            d.verify_connectivity()


def test_status_prints_the_neo4j_version(kg_server):
    r = runner.invoke(app, ["db", "status", "--home", str(kg_server.cfg.home)])
    assert r.exit_code == 0 and "running: Neo4j " in r.stdout


def test_second_start_is_refused_cleanly(kg_server):
    with pytest.raises(server.ServerError, match="already running"):
        server.start(kg_server.cfg)
    r = runner.invoke(app, ["db", "start", "--home", str(kg_server.cfg.home)])
    assert r.exit_code == 1 and "already running" in r.stderr and "Traceback" not in r.output
    assert server.status(kg_server.cfg).running


def test_status_json_lists_the_loaded_datasets(kg_server, kg_seeds, seeds_dataset):
    r = runner.invoke(app, ["db", "status", "--home", str(kg_server.cfg.home), "--json"])
    assert r.exit_code == 0
    st = json.loads(r.stdout)
    assert st["running"] and st["pid"] == int(kg_server.cfg.pid_file.read_text())
    assert st["datasets"]["seeds"] == len(seeds_dataset.entities)


def test_start_stop_cycle_port_in_use_and_kg_load_starting_the_server(tmp_path, kg_server):
    from graph.store.server import free_port

    home = tmp_path / "home"
    port = free_port()
    r = subprocess.run(
        [sys.executable, "-m", "graph.cli.main", "db", "start", "--home", str(home), "--port", str(port)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    try:
        assert r.returncode == 0, r.stderr
        assert f"bolt://127.0.0.1:{port}" in r.stdout
        password = (home / "password").read_text().strip()
        assert password not in r.stdout + r.stderr
        assert not (tmp_path / "log").exists()
        # Another home on a port that is taken: refused before anything starts.
        other = server.ServerConfig(home=tmp_path / "other", port=port)
        with pytest.raises(server.ServerError, match="in use"):
            server.start(other)
    finally:
        stop = runner.invoke(app, ["db", "stop", "--home", str(home)])
    assert stop.exit_code == 0 and "stopped" in stop.stdout
    cfg = server.ServerConfig(home=home, port=port)
    assert not server.status(cfg).running and not cfg.pid_file.exists()
    again = runner.invoke(app, ["db", "stop", "--home", str(home)])
    assert again.exit_code == 0 and "not running" in again.stdout
    st = runner.invoke(app, ["db", "status", "--home", str(home)])
    assert st.exit_code == 1 and "not running" in st.stdout
    # The same password is kept for the next start.
    assert (home / "password").read_text().strip() == password

    # The next start is kg load's: without NEO4J_URI and with no server running, it starts the
    # local server of KG_HOME (this home again, its database and password kept) and says so.
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(KG_HOME=str(home), KG_BOLT_PORT=str(free_port()), KG_DB_HEAP="512m")
    try:
        r = subprocess.run(
            [sys.executable, "-m", "graph.cli.main", "load", "--data", str(ROOT / "seeds")],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
        )
        assert r.returncode == 0, r.stderr
        assert "starting the local server" in r.stderr
        assert "counts match" in r.stdout
        assert not (tmp_path / "log").exists() and not (tmp_path / "logs").exists()  # nothing in the cwd
        assert (home / "log" / "server.log").exists() and (home / "db" / "logs" / "debug.log").exists()
        assert (home / "password").read_text().strip() == password
        # That restart skipped setting the password again (a Cypher statement costs seconds on a
        # cold JVM): the marker says it is set, as a salted digest readable by its owner only.
        marker = home / "db" / "password.applied"
        assert stat.S_IMODE(marker.stat().st_mode) == 0o600 and password not in marker.read_text()
    finally:
        server.stop(server.ServerConfig(home=home))

    # A password file changed between starts is set on the next start, and the old one refused.
    cfg = server.ServerConfig(home=home, port=free_port())
    (home / "password").write_text("a-new-password-for-the-test\n", encoding="utf-8")
    server.start(cfg)
    try:
        assert server._bolt_version(cfg, "a-new-password-for-the-test")
        assert server._bolt_version(cfg, password) is None
    finally:
        server.stop(cfg)


def test_bench_load_smoke(tmp_path, kg_server):
    """The benchmark at a tiny size, on the session's server (--reuse), leaving nothing behind."""
    out = tmp_path / "bench.json"
    r = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench_load.py"),
            "--sizes",
            "300",
            "--sweep-size",
            "300",
            "--batch-sizes",
            "100",
            "--reuse",
            "--workdir",
            str(tmp_path / "w"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=kg_server.env(),
    )
    assert r.returncode == 0, r.stderr
    res = json.loads(out.read_text())
    (size,) = res["sizes"]
    assert size["claims"] == 300 and size["raw_rows_per_s"] > 0 and size["load_rows_per_s"] > 0
    assert size["reload_written"] == 0 and size["ratio"] > 0
    assert [e["batch"] for e in res["sweep"]] == [100]
    assert "targets" in r.stdout and res["machine"]["neo4j"].endswith("community")
    r = runner.invoke(app, ["db", "status", "--home", str(kg_server.cfg.home), "--json"])
    assert not [d for d in json.loads(r.stdout)["datasets"] if d.startswith("bench-")]


def test_java_command_keeps_a_home_with_a_space_in_one_argument(tmp_path):
    """The launcher's command line: paths stay whole, the heap once, no password."""
    cfg = server.ServerConfig(home=tmp_path / "my kg home", heap="768m")
    cmd = server.java_command(cfg)
    assert str(cfg.db_dir) in cmd and str(cfg.password_file) in cmd
    assert [a for a in cmd if a.startswith("-Xmx")] == ["-Xmx768m"]
    assert [a for a in cmd if a.startswith("-XX:ErrorFile=")] == [f"-XX:ErrorFile={cfg.log_dir}/hs_err_pid%p.log"]
    assert not [a for a in cmd if a.startswith(("kg", "home"))]  # no split fragments
    assert cmd[cmd.index("org.osintkg.neo4j.Launcher") + 1 :][-2:] == [str(512 << 20), "600"]


def test_bad_server_settings_are_refused(monkeypatch):
    monkeypatch.setenv("KG_DB_HEAP", "lots")
    with pytest.raises(server.ServerError, match="KG_DB_HEAP"):
        server.ServerConfig.from_env()
