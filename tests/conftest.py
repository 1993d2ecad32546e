"""Shared test fixtures. Feature-specific fixtures live in ``tests/*_fixtures.py`` modules
imported here, so each area of the suite owns its own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_fixtures import kg_seeds, kg_server  # noqa: F401  (database fixtures)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Keep the validation cache of the test run out of the working tree."""
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))


@pytest.fixture(scope="session")
def seeds_dataset():
    """The validated seed dataset."""
    from graph.validate import load_dataset

    return load_dataset(SEEDS)
