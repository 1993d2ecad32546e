"""Imports flow one way: schema → model → validation → stores/analytics/views/extract → review
→ tui → CLI.

Only the CLI imports typer, only the store imports the neo4j driver, only the views import
pyvis, only the tui imports textual; the lower layers never import the upper ones.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graph"

# A module in a key's area may import only the graph areas listed.
UPPER = {"cli", "store", "analytics", "views", "extract", "review", "tui"}
ALLOWED = {
    "core": set(),  # yamlio, dates, errors, schema, model, validate, links, build, ...
    "analytics": set(),
    "store": set(),
    "extract": set(),
    "views": {"analytics"},
    "review": {"extract", "analytics"},  # the review session: no user-interface code
    "tui": {"review", "extract", "analytics"},
    "cli": UPPER,
}
EXCLUSIVE = {"typer": "cli", "neo4j": "store", "pyvis": "views", "textual": "tui"}


def area(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 and parts[0] in UPPER else "core"


def imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ("graph", *path.relative_to(PACKAGE).parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield ".".join((*base, node.module)) if node.module else ".".join(base)
                if not node.module:
                    for alias in node.names:
                        yield ".".join((*base, alias.name))
            else:
                yield node.module


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_imports_flow_one_way(path):
    mine = area(path)
    for name in imports(path):
        top = name.split(".")[0]
        if top in EXCLUSIVE:
            assert mine == EXCLUSIVE[top], f"{path.name} imports {top}; only graph/{EXCLUSIVE[top]} may"
        if top == "graph":
            parts = name.split(".")
            target = parts[1] if len(parts) > 1 and parts[1] in UPPER else "core"
            if target != mine and target != "core":
                assert target in ALLOWED[mine], f"{path} ({mine}) imports {name} ({target})"


def test_the_checker_sees_imports():
    found = set(imports(PACKAGE / "cli" / "common.py"))
    assert "typer" in found and "graph.errors" in found
    assert area(PACKAGE / "store" / "loader.py") == "store" and area(PACKAGE / "validate.py") == "core"
