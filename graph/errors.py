"""The toolkit's own exceptions.

Validation collects every problem before failing (followthemoney style), so an analyst
fixes a dataset in one pass instead of one error at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "KGError", "DatasetError", "SchemaError", "LookupFailed"]


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


class KGError(Exception):
    """Base class of every error the toolkit raises on purpose."""


class DatasetError(KGError):
    """A dataset (or schema) is invalid; ``problems`` lists every problem found.

    Examples
    --------
    >>> err = DatasetError([Problem("a.yaml", 3, 5, "unknown field 'x'")])
    >>> print(err)
    1 problem:
    a.yaml:3:5: unknown field 'x'
    """

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''}:"
        super().__init__("\n".join([head, *map(str, self.problems)]))


class SchemaError(DatasetError):
    """The schema folder itself is invalid."""


class LookupFailed(KGError):
    """An entity name did not resolve to exactly one entity."""

    def __init__(self, message: str, suggestions: list[str] | None = None):
        self.suggestions = suggestions or []
        if self.suggestions:
            message += " Did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message)
