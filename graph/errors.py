"""The toolkit's own exceptions.

Validation collects every problem before failing (followthemoney style), so an analyst
fixes a dataset in one pass instead of one error at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "MAX_PROBLEMS_PER_FILE",
    "DatasetError",
    "KGError",
    "LookupFailed",
    "Problem",
    "SchemaError",
    "capped",
    "ordered",
]

#: How many problems of one file are shown; the rest are counted ("… and 120 more"). A file
#: that is wrong as a whole (a stray character, a broken list) makes every later record
#: wrong too, and a thousand follow-on lines would bury the first one, which is the cause.
MAX_PROBLEMS_PER_FILE = 50


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file, located as ``FILE:LINE:COL``.

    Lines and columns are 1-based; 0 means "the whole file".
    """

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


def _rank(p: Problem) -> tuple:
    return (p.line != 0, p.file, p.line, p.column, p.message)


def ordered(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once: first those about a whole file (line 0: missing, unreadable, not a
    regular file), which are usually the cause of the rest, then by file and position.

    Examples
    --------
    >>> ordered([Problem("b.yaml", 3, 1, "x"), Problem("c.yaml", 0, 0, "is a folder"), Problem("b.yaml", 3, 1, "x")])
    [Problem(file='c.yaml', line=0, column=0, message='is a folder'), Problem(file='b.yaml', line=3, column=1, message='x')]
    """
    return sorted(set(problems), key=_rank)


def capped(problems: list[Problem], per_file: int = MAX_PROBLEMS_PER_FILE) -> list[Problem]:
    """*problems* (already :func:`ordered`) for display: at most *per_file* of each file, then
    one line counting the others, placed where the first of them would have been.

    Examples
    --------
    >>> shown = capped([Problem("a.yaml", n, 1, "bad") for n in range(1, 5)], per_file=2)
    >>> [str(p) for p in shown]
    ['a.yaml:1:1: bad', 'a.yaml:2:1: bad', 'a.yaml:3:1: … and 2 more problems in this file (fix the ones above first)']
    """
    seen: Counter[str] = Counter()
    out: list[Problem] = []
    hidden: dict[str, list[Problem]] = {}
    for p in problems:
        seen[p.file] += 1
        if seen[p.file] <= per_file:
            out.append(p)
        else:
            hidden.setdefault(p.file, []).append(p)
    for file, rest in hidden.items():
        first = rest[0]
        summary = Problem(
            file,
            first.line,
            first.column,
            f"… and {len(rest)} more problem{'s' if len(rest) != 1 else ''} in this file (fix the ones above first)",
        )
        out.insert(out.index(next(p for p in reversed(out) if p.file == file)) + 1, summary)
    return out


class KGError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class DatasetError(KGError):
    """A dataset (or schema) is invalid; ``problems`` lists every problem found (:func:`ordered`).

    Its message shows at most :data:`MAX_PROBLEMS_PER_FILE` of them per file (:func:`capped`).

    Examples
    --------
    >>> err = DatasetError([Problem("a.yaml", 3, 5, "unknown field 'x'")])
    >>> print(err)
    1 problem:
    a.yaml:3:5: unknown field 'x'
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems = ordered(problems)
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''}:"
        super().__init__("\n".join([head, *map(str, capped(self.problems))]))


class SchemaError(DatasetError):
    """The schema folder itself is invalid."""


class LookupFailed(KGError):
    """An entity name did not resolve to exactly one entity."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        self.suggestions = suggestions or []
        if self.suggestions:
            message += " Did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message)
