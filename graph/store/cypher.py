"""Cypher statements kept in ``.cypher`` files, and the only way identifiers get into them.

Values always travel as parameters. Labels and relationship types cannot be parameters in
Cypher 5, so the few statements that need one
carry a ``__NAME__`` placeholder that :func:`statement` fills with a checked,
backtick-quoted identifier. Anything that fails :data:`SAFE_IDENTIFIER` is refused before a
byte is sent.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from graph.errors import KGError

__all__ = [
    "CYPHER_DIR",
    "SAFE_IDENTIFIER",
    "UnsafeIdentifier",
    "ident",
    "label_expr",
    "statement",
    "statements",
    "strip_comments",
]

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"
#: Labels and relationship types: ASCII letter first, then letters, digits, underscores.
SAFE_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,127}\Z")
_PLACEHOLDER = re.compile(r"__([A-Z]+)__")


class UnsafeIdentifier(KGError):
    """A label or relationship type that could break out of its backticks."""


def ident(name: str) -> str:
    """Return *name* backtick-quoted after checking it against :data:`SAFE_IDENTIFIER`.

    The check is what makes it safe; the backticks only keep reserved words (``ORDER``,
    ``MATCH``) usable as names.

    Examples
    --------
    >>> ident("PRODUCES")
    '`PRODUCES`'
    >>> ident("A` DETACH DELETE n //")
    Traceback (most recent call last):
    ...
    graph.store.cypher.UnsafeIdentifier: unsafe label or relationship type 'A` DETACH DELETE n //'
    """
    if not isinstance(name, str) or not SAFE_IDENTIFIER.match(name):
        raise UnsafeIdentifier(f"unsafe label or relationship type {name!r}")
    return f"`{name}`"


def label_expr(names) -> str:
    """``:`A`:`B``` for a sequence of labels (each checked by :func:`ident`)."""
    names = list(names)
    if not names:
        raise UnsafeIdentifier("a node needs at least one label")
    return "".join(":" + ident(n) for n in names)


def strip_comments(text: str) -> str:
    """Drop whole-line ``//`` comments and blank lines (statement files start with some)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("//")]
    return "\n".join(lines)


@cache
def _read(name: str) -> str:
    path = CYPHER_DIR / f"{name}.cypher"
    return strip_comments(path.read_text(encoding="utf-8"))


def statement(name: str, **fill: str) -> str:
    """Return the statement in ``cypher/<name>.cypher`` with its placeholders filled.

    Parameters
    ----------
    name : str
        File stem, e.g. ``"entity_create"``.
    **fill : str
        Placeholder values, already rendered by :func:`ident` or :func:`label_expr`
        (``LABELS=label_expr([...])``, ``TYPE=":" + ident(...)``).

    Raises
    ------
    KeyError
        A placeholder was left unfilled (never sends a half-built statement).
    """
    text = _read(name)

    def sub(match: re.Match) -> str:
        return fill[match.group(1)]

    return _PLACEHOLDER.sub(sub, text)


def statements(name: str) -> list[str]:
    """The ``;``-separated statements of a multi-statement file (e.g. ``schema``)."""
    return [s.strip() for s in _read(name).split(";") if s.strip()]
