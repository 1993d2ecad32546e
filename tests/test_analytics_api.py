"""The examples in the analytics docstrings run (they use the analytics test dataset)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import graph.analytics

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["graph.analytics"] + [f"graph.analytics.{m.name}" for m in pkgutil.iter_modules(graph.analytics.__path__)]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_every_module_declares_its_public_api(name):
    module = importlib.import_module(name)
    assert module.__doc__ and hasattr(module, "__all__")
    for attr in module.__all__:
        obj = getattr(module, attr)
        if callable(obj):
            assert obj.__doc__, f"{name}.{attr} needs a docstring"
