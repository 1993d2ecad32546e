"""Every analytics module documents its public API (tests/test_doctests.py runs the examples)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import graph.analytics

MODULES = ["graph.analytics"] + [f"graph.analytics.{m.name}" for m in pkgutil.iter_modules(graph.analytics.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_every_module_declares_its_public_api(name):
    module = importlib.import_module(name)
    assert module.__doc__ and hasattr(module, "__all__")
    for attr in module.__all__:
        obj = getattr(module, attr)
        if callable(obj):
            assert obj.__doc__, f"{name}.{attr} needs a docstring"


def test_every_public_function_is_exported_from_the_package():
    exported = set(graph.analytics.__all__)
    for name in MODULES[1:]:
        module = importlib.import_module(name)
        missing = {a for a in module.__all__ if callable(getattr(module, a))} - exported
        missing -= {
            "cached",
            "ENGINES",
            "available",
            "choose",
            "to_igraph",
            "pagerank_igraph",
            "betweenness_igraph",
            "sample_sources",
            "louvain_igraph",
            "to_rustworkx",
            "pagerank_rustworkx",
        }  # engine internals stay in graph.analytics.engines
        # behind graph.analytics.undirected and simple_directed
        missing -= {"weighted_simple", "weighted_undirected", "weighted_undirected_public"}
        assert not missing, f"{name}: {sorted(missing)} not in graph.analytics.__all__"
