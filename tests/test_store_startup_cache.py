"""The server's startup cache: used when set-up recorded one, recorded whole or not at all.

The training run itself (a server start, two loads, a stop: about a minute) is what
``kg db install`` does before the suite runs; every server test then starts with its cache.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store import install, server, startup_cache
from graph.store.install import Installation, InstallError

ROOT = Path(__file__).resolve().parent.parent


def _installation(tmp_path: Path, java_version: int) -> Installation:
    real = install.installed()
    return Installation(tmp_path, real.neo4j_version, real.profile, real.java_home, java_version)


@pytest.fixture
def fake_install(tmp_path, monkeypatch):
    """An installation in *tmp_path* (the real Java) that java_command and record see."""

    def make(java_version: int) -> Installation:
        inst = _installation(tmp_path, java_version)
        monkeypatch.setattr(install, "installed", lambda: inst)
        return inst

    return make


def _aot_flags(cmd: list[str]) -> list[str]:
    return [a for a in cmd if a.startswith("-XX:AOT")]


def test_the_recorded_cache_is_used_and_only_when_there(tmp_path, fake_install):
    inst = fake_install(25)
    cfg = server.ServerConfig(home=tmp_path / "home")
    assert _aot_flags(server.java_command(cfg)) == []  # not recorded yet: a plain start
    (tmp_path / "startup.aot").write_bytes(b"cache")
    assert _aot_flags(server.java_command(cfg)) == [f"-XX:AOTCache={tmp_path / 'startup.aot'}"]
    out = tmp_path / ".startup-1.aot"
    assert _aot_flags(server.java_command(cfg, record_cache=out)) == [f"-XX:AOTCacheOutput={out}"]
    off = server.ServerConfig(home=tmp_path / "home", startup_cache=False)
    assert _aot_flags(server.java_command(off)) == []
    assert startup_cache.cache_file(inst) == tmp_path / "startup.aot"


def test_before_java_25_there_is_no_cache(tmp_path, fake_install):
    inst = fake_install(21)
    (tmp_path / "startup.aot").write_bytes(b"left from another Java")
    assert _aot_flags(server.java_command(server.ServerConfig(home=tmp_path / "home"))) == []
    said: list[str] = []
    assert startup_cache.record(inst, notify=said.append) is None
    assert "needs Java 25" in said[0]


def test_a_recorded_cache_is_not_recorded_again(tmp_path, fake_install, monkeypatch):
    inst = fake_install(25)
    (tmp_path / "startup.aot").write_bytes(b"cache")
    monkeypatch.setattr(server, "start", lambda *a, **k: pytest.fail("no training run"))
    assert startup_cache.record(inst, notify=lambda m: None) == tmp_path / "startup.aot"


def test_a_failed_training_run_leaves_nothing_behind(tmp_path, fake_install, monkeypatch):
    inst = fake_install(25)

    def start(cfg, timeout=90.0, *, record_cache=None):
        record_cache.write_bytes(b"half a cache")  # as a JVM that died while writing it
        (record_cache.parent / (record_cache.name + ".config")).write_bytes(b"")
        raise server.ServerError("the local server exited during start (status 1)")

    monkeypatch.setattr(server, "start", start)
    with pytest.raises(InstallError, match="recording the startup cache failed: the local server exited"):
        startup_cache.record(inst, notify=lambda m: None)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_training_workload_that_fails_leaves_nothing_behind(tmp_path, fake_install, monkeypatch):
    """Any failure of the run (here the loads), not only the server's, is an InstallError."""
    inst = fake_install(25)
    stopped = []

    def start(cfg, timeout=90.0, *, record_cache=None):
        record_cache.write_bytes(b"half a cache")

    def workload(cfg, workdir):
        raise RuntimeError("the driver lost its connection")

    monkeypatch.setattr(server, "start", start)
    monkeypatch.setattr(server, "stop", lambda cfg, grace=30.0: stopped.append(grace))
    monkeypatch.setattr(startup_cache, "_workload", workload)
    with pytest.raises(InstallError, match="recording the startup cache failed: the driver lost its connection"):
        startup_cache.record(inst, notify=lambda m: None)
    assert stopped == [300.0]  # the server is stopped, with time to write the cache
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.db
def test_the_installed_server_has_its_cache_when_its_java_can_use_one():
    """What set-up left for the suite's own servers (kg db install runs before the tests)."""
    inst = install.installed()
    cache = startup_cache.cache_file(inst)
    if inst.java_version < startup_cache.MIN_JAVA_AOT:
        assert cache is None
    else:
        assert cache is not None and cache.stat().st_size > 1 << 20


def test_the_cache_can_be_turned_off_from_the_environment(monkeypatch):
    monkeypatch.setenv("KG_DB_STARTUP_CACHE", "off")
    assert server.ServerConfig.from_env().startup_cache is False
    monkeypatch.setenv("KG_DB_STARTUP_CACHE", "On")
    assert server.ServerConfig.from_env().startup_cache is True
    monkeypatch.setenv("KG_DB_STARTUP_CACHE", "sometimes")
    with pytest.raises(server.ServerError, match="KG_DB_STARTUP_CACHE must be 'on' or 'off'"):
        server.ServerConfig.from_env()


@pytest.mark.db
def test_bench_server_start_smoke(tmp_path):
    """The benchmark for one round of cached starts (a start, a seed load, a restart); the
    uncached ones run the same code (``one_start``) with the cache flag off."""
    if startup_cache.cache_file(install.installed()) is None:
        pytest.skip("this Java records no startup cache")
    script = str(ROOT / "scripts" / "bench_server_start.py")
    r = subprocess.run(
        [sys.executable, script, "--rounds", "1", "--kind", "cached", "--json", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert {k: len(v) for k, v in res["runs"].items()} == {"cached": 1}
    assert all(res["median"]["cached"][key] > 0 for key in ("start_s", "first_load_s", "restart_s"))
    assert "ratio" not in res and res["cache_mib"] > 1
    assert list(tmp_path.iterdir()) == []  # every server stopped, its home removed
