"""The headless Chromium of :mod:`graph.views.headless` for the view tests (the ``browser`` fixture is in ``conftest.py``).

Outside CI a missing browser skips the browser tests with the reason; under ``CI=true`` it
is a failure (CI's set-up must install it: ``apt-get install chromium chromium-driver``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.views.headless import CHROMIUM_CANDIDATES, DRIVER_CANDIDATES, Browser, launch
from graph.views.headless import first_existing as _first

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("KG_ARTIFACTS", ROOT / "artifacts"))


def find_browser() -> tuple[str | None, str | None]:
    """``(chromium, chromedriver)`` paths, or None for what is missing (``$KG_CHROMIUM``/``$KG_CHROMEDRIVER`` win)."""
    return _first(CHROMIUM_CANDIDATES, "KG_CHROMIUM"), _first(DRIVER_CANDIDATES, "KG_CHROMEDRIVER")


def require_browser() -> tuple[str, str]:
    """The browser paths; skip (or fail under CI) when they are missing or selenium is absent."""
    chromium, driver = find_browser()
    problem = None
    try:
        import selenium  # noqa: F401
    except ImportError:
        problem = "selenium is not installed (pip install -e '.[test]')"
    if problem is None and not (chromium and driver):
        problem = (
            "headless Chromium is not installed: apt-get install chromium chromium-driver "
            f"(looked for {', '.join(CHROMIUM_CANDIDATES)} and {', '.join(DRIVER_CANDIDATES)})"
        )
    if problem:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI needs the browser tests to run: {problem}")
        pytest.skip(problem)
    return chromium, driver


def start_browser() -> Browser:
    """Start headless Chromium (screenshots go to ``$KG_ARTIFACTS``, default ``artifacts/``)."""
    chromium, driver = require_browser()
    return launch(chromium, driver, artifacts=ARTIFACTS)
