"""The examples in the library's docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import graph

MODULES = sorted(m.name for m in pkgutil.walk_packages(graph.__path__, "graph.") if not m.name.startswith("graph.cli"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name, monkeypatch):
    monkeypatch.chdir(graph.__path__[0] + "/..")  # examples use the repository's seeds/
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
