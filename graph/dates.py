"""Partial dates: ``2025``, ``2025-02`` and ``2025-02-14`` are all first-class.

News reports say "in February" or "in 2025"; turning that into the first of the month
would invent precision an analyst could mistake for fact. A :class:`PartialDate` keeps the
precision it was given and knows the earliest and latest day it may mean.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Any, NamedTuple, overload

__all__ = ["PartialDate", "parse_partial_date"]

_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


class PartialDate(NamedTuple):
    """A date known to the year, the month or the day.

    Ordering is by ``(year, month or 0, day or 0)``: a partial date sorts before the
    more precise dates inside it ("2025-02" < "2025-02-14" < "2025-03").

    Examples
    --------
    >>> d = PartialDate.parse("2025-02")
    >>> str(d), d.precision, d.earliest(), d.latest()
    ('2025-02', 'month', datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> sorted(map(PartialDate.parse, ["2025-03", "2025", "2025-02-14", "2025-02"]))[0]
    PartialDate(year=2025, month=0, day=0)
    """

    year: int
    month: int = 0  # 0 = unknown
    day: int = 0  # 0 = unknown

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        if isinstance(text, _dt.date):
            return cls(text.year, text.month, text.day)
        m = _PATTERN.match(str(text).strip())
        if not m:
            raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        if m[2] and not 1 <= month <= 12:
            raise ValueError(f"{text!r}: month {month} is not 1-12")
        if m[3]:
            _dt.date(year, month, day)  # raises ValueError for 2025-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``."""
        return "day" if self.day else "month" if self.month else "year"

    def earliest(self) -> _dt.date:
        """The first day this date may mean."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> _dt.date:
        """The last day this date may mean."""
        if self.day:
            return _dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return _dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def overlaps(self, other: PartialDate) -> bool:
        """True when the two dates may mean the same day (2025 overlaps 2025-02)."""
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@overload
def parse_partial_date(value: None) -> None: ...


@overload
def parse_partial_date(value: str | PartialDate) -> PartialDate: ...


@overload
def parse_partial_date(value: Any) -> PartialDate | None: ...


def parse_partial_date(value: Any) -> PartialDate | None:
    """``None`` stays ``None``; anything else must parse (see :meth:`PartialDate.parse`)."""
    if value is None or isinstance(value, PartialDate):
        return value
    return PartialDate.parse(value)
