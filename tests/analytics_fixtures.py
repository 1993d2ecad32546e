"""Fixtures of the analytics tests: the hand-designed dataset in tests/fixtures/analytics."""

from __future__ import annotations

from pathlib import Path

import pytest

ANALYTICS = Path(__file__).parent / "fixtures" / "analytics"


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
