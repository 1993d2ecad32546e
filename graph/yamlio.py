"""Strict YAML reading: every value keeps its position, every surprise is a problem.

PyYAML's safe loader still accepts duplicate keys (the last one silently wins), expands
anchors and aliases (the "billion laughs" bomb), and applies YAML 1.1 rules that turn
``NO`` into ``False``, ``012`` into ``10`` and ``2025-02-01`` into a date object. This
module composes the node tree with libyaml (when available) and builds Python values
itself, so each of those becomes a located :class:`~graph.errors.Problem` instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml.reader import ReaderError

from .errors import Problem
from .files import MAX_YAML_BYTES, FileRefused, read_regular

__all__ = ["Flagged", "Items", "Position", "Record", "YamlDate", "parse_yaml", "read_yaml"]

_T = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = _T + "str", _T + "map", _T + "seq"
_PLAIN = "!plain"  # our own marker: a plain scalar, resolved by _Builder.scalar
_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_PLAIN_FLOAT = re.compile(
    r"[-+]?(?:(?:0|[1-9][0-9]*)\.[0-9]*|\.[0-9]+|(?:0|[1-9][0-9]*)(?=[eE]))(?:[eE][-+]?[0-9]+)?\Z"
)
_YAML11_NUMBER = re.compile(
    r"[-+]?(?:0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+|[0-9][0-9_]*"
    r"|[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))\Z"
)
_TIMESTAMP = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*)?\Z")
_WORDS = {
    "true": True,
    "True": True,
    "TRUE": True,
    "false": False,
    "False": False,
    "FALSE": False,
    "null": None,
    "Null": None,
    "NULL": None,
    "~": None,
    "": None,
}
_YAML11_BOOLS = {w for b in ("yes", "no", "on", "off", "y", "n") for w in (b, b.capitalize(), b.upper())}
_NUMBER_START = frozenset("0123456789+-.")
_ALIAS = "anchors and aliases (&name / *name) are not allowed in data files"
#: The longest value any field may hold (fields have their own, smaller limits in validation),
#: and the longest key: nothing larger is kept, quoted back in a message or sent to a database.
MAX_VALUE_CHARS = 4 * 2**20
MAX_KEY_CHARS = 256
#: Whole numbers are stored as 64-bit integers (Neo4j, JSON readers); anything wider is refused.
INT64 = (-(2**63), 2**63 - 1)

if TYPE_CHECKING:
    from yaml import SafeLoader as _Base
else:
    _Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """libyaml's parser with a trivial resolver: scalars are resolved by :class:`_Builder`.

    PyYAML's resolver runs a list of regular expressions in Python for every scalar; here
    plain scalars get one marker tag and are typed once, with YAML 1.2 rules, by us.
    """

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode:
            return _PLAIN if implicit[0] else _STR
        return _MAP if kind is yaml.MappingNode else _SEQ

    def descend_resolver(self, current_node, current_index):  # no path-based resolvers here
        pass

    def ascend_resolver(self):
        pass


class YamlDate(str):
    """An unquoted scalar YAML 1.1 would read as a date; kept as its text.

    Date fields accept it; text fields reject it (quote it if you mean text).
    """

    __slots__ = ()


class Flagged(str):
    """A scalar already reported as a problem; checkers skip it instead of reporting again."""

    __slots__ = ()


#: ``(line, column)``, both 1-based.
Position = tuple[int, int]


class Record(dict[str, Any]):
    """A YAML mapping: a dict that remembers where it and each of its keys stand.

    ``at`` is ``(line, column)`` of the mapping, ``pos[key]`` that of the key.
    """

    __slots__ = ("at", "pos")
    at: Position
    pos: dict[str, Position]

    def key_at(self, key: str, default: Position) -> Position:
        """Where *key* stands (line, column), else *default* (a key the mapping lacks)."""
        pos = self.pos.get(key)
        return (pos[0], pos[1]) if pos else default


class Items(list[Any]):
    """A YAML sequence that remembers its own and each item's position."""

    __slots__ = ("at", "pos")
    at: Position
    pos: list[Position]


def _clip(text: str, n: int = 40) -> str:
    """*text* for a message: its start and length when it is longer than *n* characters."""
    return text if len(text) <= n else f"{text[:n]}… ({len(text):,} characters)"


def _where(node) -> tuple[int, int]:
    m = node.start_mark
    return m.line + 1, m.column + 1


class _Builder:
    """Turns a composed node tree into Records, Items and plain scalars."""

    def __init__(self, name: str, track_scalars: bool = True):
        self.name = name
        self.problems: list[Problem] = []
        self.seen: set[int] = set()
        # Scalar nodes are tracked too only when the text could hold an alias ("*"): a set
        # entry per scalar would cost every large file a few percent for nothing.
        self.track = track_scalars
        self.scalars: set[int] = set()

    def again(self, node, at) -> bool:
        """True, with a problem located at *at*, when scalar *node* was met before (an alias)."""
        if id(node) in self.scalars:
            self.problem(at, _ALIAS)
            return True
        self.scalars.add(id(node))
        return False

    def problem(self, node, message: str) -> None:
        line, col = _where(node)
        self.problems.append(Problem(self.name, line, col, message))

    def build(self, node) -> Any:
        cls = node.__class__
        if cls is yaml.ScalarNode:
            return Flagged(node.value) if self.track and self.again(node, node) else self.scalar(node)
        # A collection node met twice is an alias: refuse it before it can expand.
        if id(node) in self.seen:
            self.problem(node, _ALIAS)
            return None
        self.seen.add(id(node))
        if cls is yaml.MappingNode:
            return self.mapping(node)
        return self.sequence(node)

    def mapping(self, node) -> Record:
        out = Record()
        out.at = _where(node)
        pos: dict[str, Position] = {}
        out.pos = pos
        scalar, build, Scalar, track = self.scalar, self.build, yaml.ScalarNode, self.track
        for knode, vnode in node.value:
            if knode.__class__ is not Scalar:
                self.problem(knode, "mapping keys must be plain text")
                continue
            if track and self.again(knode, knode):
                continue
            key = knode.value
            if len(key) > MAX_KEY_CHARS:
                self.problem(knode, f"a key of {len(key):,} characters (keys are field names: at most {MAX_KEY_CHARS})")
                continue
            if key in out:
                self.problem(knode, f"duplicate key {key!r} (first at line {pos[key][0]})")
                continue
            if key == "<<" and knode.tag == _PLAIN:
                self.problem(knode, "merge keys (<<) are not allowed")
                continue
            m = knode.start_mark
            pos[key] = (m.line + 1, m.column + 1)
            if vnode.__class__ is not Scalar:
                out[key] = build(vnode)
            elif track and self.again(vnode, knode):  # the alias stands where its key does
                out[key] = Flagged(vnode.value)
            else:
                out[key] = scalar(vnode)
        return out

    def sequence(self, node) -> Items:
        if node.tag != _SEQ:
            self.problem(node, f"tag {node.tag!r} is not allowed")
        out = Items()
        out.at = _where(node)
        out.pos = []
        for item in node.value:
            out.pos.append(_where(item))
            out.append(self.build(item))
        return out

    def scalar(self, node) -> Any:
        value, tag = node.value, node.tag
        if len(value) > MAX_VALUE_CHARS:
            self.problem(node, f"a value of {len(value):,} characters; no field may hold more than {MAX_VALUE_CHARS:,}")
            return Flagged("")
        if tag == _STR:  # quoted, block, or explicitly tagged !!str
            return value
        if tag != _PLAIN:
            self.problem(node, f"tag {tag!r} is not allowed")
            return Flagged(value)
        if value in _WORDS:
            return _WORDS[value]
        if value[0] in _NUMBER_START:
            if _PLAIN_INT.match(value):
                # 19 digits hold any 64-bit value; more would also exceed Python's int-from-text limit
                number = int(value) if len(value.lstrip("+-")) <= 19 else None
                if number is None or not INT64[0] <= number <= INT64[1]:
                    self.problem(
                        node,
                        f"{_clip(value)} does not fit in 64 bits (whole numbers are stored as "
                        f"64-bit integers, {INT64[0]} to {INT64[1]})",
                    )
                    return Flagged(value)
                return number
            if _PLAIN_FLOAT.match(value):
                return float(value)
            if _TIMESTAMP.match(value):
                return YamlDate(value)
            if _YAML11_NUMBER.match(value):
                self.problem(
                    node,
                    f"{value!r} is not a plain decimal number (YAML 1.1 reads leading zeros as "
                    "octal, '0x' as hex, '1:20' as base 60); quote it or write the decimal number",
                )
                return Flagged(value)
        elif value in _YAML11_BOOLS:
            self.problem(node, f"YAML 1.1 reads {value!r} as a boolean; write true/false, or quote it if you mean text")
            return Flagged(value)
        return value


def _byte_position(text: str, offset: int) -> tuple[int, int]:
    """``(line, column)``, 1-based, of UTF-8 byte *offset* in *text* (libyaml counts bytes)."""
    before = text.encode("utf-8")[: max(offset, 0)].decode("utf-8", errors="replace")
    return before.count("\n") + 1, len(before) - before.rfind("\n")


def parse_yaml(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Parse YAML *text* strictly; return ``(value, problems)``.

    Examples
    --------
    >>> value, problems = parse_yaml("a: 1\\na: 2\\nb: NO\\n", "x.yaml")
    >>> [str(p) for p in problems]  # doctest: +NORMALIZE_WHITESPACE
    ["x.yaml:2:1: duplicate key 'a' (first at line 1)",
     "x.yaml:3:4: YAML 1.1 reads 'NO' as a boolean; write true/false, or quote it if you mean text"]
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        return None, [Problem(name, line, col, f"not valid YAML: {exc.problem or exc}")]
    except ReaderError as exc:  # a character YAML does not allow (NUL, other control characters)
        line, col = _byte_position(text, exc.position)
        char = f"#x{exc.character:04x}" if isinstance(exc.character, int) else repr(exc.character)
        return None, [Problem(name, line, col, f"not valid YAML: unacceptable character {char}: {exc.reason}")]
    except yaml.YAMLError as exc:
        return None, [Problem(name, 0, 0, f"not valid YAML: {exc}")]
    if node is None:
        return None, []
    builder = _Builder(name, track_scalars="*" in text)
    value = builder.build(node)
    return value, builder.problems


def read_yaml(path: Path, name: str | None = None) -> tuple[Any, list[Problem]]:
    """Read and strictly parse the YAML file at *path* (UTF-8, optional BOM).

    Only a regular file of at most :data:`~graph.files.MAX_YAML_BYTES` is read: a folder, a
    pipe or a device in its place is a problem, never a hang.
    """
    name = name or str(path)
    try:
        raw = read_regular(path, MAX_YAML_BYTES)
    except FileRefused as exc:
        return None, [Problem(name, 0, 0, exc.reason)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, 0, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})")]
    return parse_yaml(text, name)
