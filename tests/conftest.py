"""The suite's fixtures, by area. Tests receive them by name; nothing imports them.

Helpers that are not fixtures live beside the tests: ``views_data.py`` (the small view
datasets and the hostile quote) and ``browser_support.py`` (finding and starting headless
Chromium, skipping when it is missing).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ANALYTICS = ROOT / "tests" / "fixtures" / "analytics"


# -- the whole suite ----------------------------------------------------------------------


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the validation cache of the test run out of the working tree."""
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))


@pytest.fixture(scope="session")
def seeds_dataset():
    """The validated seed dataset."""
    from graph.validate import load_dataset

    return load_dataset(SEEDS)


# -- the database: a real local Neo4j (no mocks) ------------------------------------------


@dataclass
class DBServer:
    """The session's server: its configuration and connection target."""

    cfg: Any
    target: Any

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
    """Neo4j Community (installed by ``kg db install``), started once for the session.

    It runs on a free port with its own temporary home; while it runs, ``KG_HOME`` /
    ``KG_BOLT_PORT`` point at it and ``NEO4J_URI`` is unset, so ``kg load`` / ``kg query``
    and the notebooks use it.
    """
    from graph.store import server
    from graph.store.connection import resolve_target

    home = tmp_path_factory.mktemp("kg-home")
    cfg = server.ServerConfig(home=home, port=server.free_port(), heap="1g")
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
    """The seed dataset loaded into the session's server (dataset tag ``seeds``); returns the load report."""
    from graph.store.loader import load_dataset_into

    driver = kg_server.driver()
    try:
        return load_dataset_into(driver, kg_server.target, seeds_dataset, "seeds")
    finally:
        driver.close()


# -- the analytics: the hand-designed dataset in tests/fixtures/analytics -----------------


@pytest.fixture(scope="session")
def ads():
    """The analytics test dataset (see tests/fixtures/analytics/make_fixture.py)."""
    from graph.validate import load_dataset

    return load_dataset(ANALYTICS)


@pytest.fixture(scope="session")
def asg(ads):
    """Its summary graph."""
    from graph.build import summary_graph

    return summary_graph(ads)


# -- the views: small YAML datasets and a real headless Chromium --------------------------


@pytest.fixture(scope="session")
def views_dataset(tmp_path_factory):
    """The small view test dataset (``views_data.py``), validated."""
    from views_data import load_test_dataset

    return load_test_dataset(tmp_path_factory.mktemp("views-ds"))


@pytest.fixture(scope="session")
def hostile_dataset(tmp_path_factory):
    """The view test dataset plus a document, entity and claim full of hostile text."""
    from views_data import load_test_dataset

    return load_test_dataset(tmp_path_factory.mktemp("views-hostile"), hostile=True)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (skipped, or failed under CI, when missing)."""
    from browser_support import start_browser
    from graph.views.headless import stop_browser

    b = start_browser()
    try:
        yield b
    finally:
        stop_browser(b)
