"""Fixtures for the database tests: a real local Neo4j (no mocks).

``kg_server`` starts Neo4j Community (installed by ``kg db install``) on a free port with its own temporary home for the whole
session and stops it at the end; while it runs, ``KG_HOME``/``KG_BOLT_PORT`` point at it and
``NEO4J_URI`` is unset, so ``kg load``/``kg query`` and the notebooks use it.
``kg_seeds`` loads the seed dataset into it once (dataset tag ``seeds``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["kg_server", "kg_seeds", "free_port", "DBServer"]

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (:func:`graph.store.server.free_port`)."""
    from graph.store.server import free_port as free

    return free()


@dataclass
class DBServer:
    cfg: object
    target: object

    def driver(self):
        from graph.store.connection import connect

        return connect(self.target, connection_timeout=5.0, retry_seconds=5.0)

    def env(self) -> dict:
        """Environment for a ``kg`` subprocess that must use this server."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        env.update(KG_HOME=str(self.cfg.home), KG_BOLT_PORT=str(self.cfg.port))
        return env


@pytest.fixture(scope="session")
def kg_server(tmp_path_factory):
    """The local server, started once for the session on a free port."""
    from graph.store import server
    from graph.store.connection import resolve_target

    home = tmp_path_factory.mktemp("kg-home")
    cfg = server.ServerConfig(home=home, port=free_port(), heap="1g")
    saved = {k: os.environ.get(k) for k in ("KG_HOME", "KG_BOLT_PORT", "NEO4J_URI")}
    server.start(cfg)
    os.environ["KG_HOME"], os.environ["KG_BOLT_PORT"] = str(home), str(cfg.port)
    os.environ.pop("NEO4J_URI", None)
    try:
        yield DBServer(cfg, resolve_target(home=home, start=False))
    finally:
        server.stop(cfg)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(scope="session")
def kg_seeds(kg_server, seeds_dataset):
    """The seed dataset loaded into the session's server; returns the load report."""
    from graph.store.loader import load_dataset_into

    driver = kg_server.driver()
    try:
        return load_dataset_into(driver, kg_server.target, seeds_dataset, "seeds")
    finally:
        driver.close()
