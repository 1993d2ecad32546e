"""Time expressions in news text, resolved against the document's date.

"nel 2025", "a ottobre 2024", "da dicembre 2024", "ad agosto", "il prossimo anno",
"in August", "since December 2024" ... become :class:`~graph.dates.PartialDate` values with
a role: a point ``date``, or the start (``valid_from``) or end (``valid_to``) of an interval.

Relative expressions use the document date: a month named without a year means the most
recent such month up to the document's month ("ad agosto" in a February 2025 article is
August 2024); "il prossimo anno" is the document's year plus one. Without a document date,
relative expressions are left unresolved (reported, never guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import PartialDate
from .lang import MONTH_NAMES, words

__all__ = ["MONTHS", "TimeExpression", "find_time_expressions"]

#: Month names of both languages (from the language files).
MONTHS = MONTH_NAMES
_MONTH = "|".join(MONTHS)
_FROM = r"(?:da|dal|dall['’]|dalla|dai|a partire da|since|from|starting in)"
_TO = r"(?:fino a|fino al|fino all['’]|entro|until|till|through|by)"
_AT = r"(?:nel|nell['’]|a|ad|in|di|del|dell['’]|il|lo|l['’]|on|during|durante|nel mese di|in the month of)"
_DAY = r"(?P<day>[0-3]?\d)(?:°|º)?"
_PATTERN = re.compile(
    rf"""(?:\b(?P<prep>{_FROM}|{_TO}|{_AT})(?:\s+|(?<=['’])))?
    (?:
        (?:{_DAY}\s+)?(?P<month>{_MONTH})(?:\s+(?P<myear>(?:19|20)\d\d))?\b
      | (?P<year>(?:19|20)\d\d)\b
      | (?P<rel>il\ prossimo\ anno|l['’]anno\ prossimo|next\ year|quest['’]anno|this\ year|
                l['’]anno\ scorso|lo\ scorso\ anno|last\ year|l['’]anno\ precedente)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class TimeExpression:
    """A time expression: its span, resolved date (or None) and role (date/valid_from/valid_to).

    ``historical`` marks a time given as comparison or background ("come nel 1950", "la
    prima dal 2000"), which never dates a claim.
    """

    start: int
    end: int
    text: str
    date: PartialDate | None
    role: str
    relative: bool
    historical: bool = False


def _resolve_month(month: int, day: int, doc: PartialDate | None, forward: bool = False) -> PartialDate | None:
    if doc is None:
        return None
    year = doc.year
    if forward:
        if doc.month and month < doc.month:
            year += 1  # "entro fine febbraio" in a December article: the February after
    elif doc.month and month > doc.month:
        year -= 1  # "ad agosto" in a February article: the August before
    return PartialDate(year, month, day)


def find_time_expressions(
    text: str, start: int = 0, end: int | None = None, doc_date: PartialDate | None = None, lang: str = "it"
) -> list[TimeExpression]:
    """Every time expression in ``text[start:end]``, resolved against *doc_date*.

    A month named without a year is the most recent one, unless the words before it point
    forward ("entro fine febbraio", "by next March", a verb in the future tense): then it is
    the next one.

    Examples
    --------
    >>> doc = PartialDate(2025, 2)
    >>> [(str(t.date), t.role) for t in find_time_expressions("ad agosto, da dicembre 2024 e nel 2025", doc_date=doc)]
    [('2024-08', 'date'), ('2024-12', 'valid_from'), ('2025', 'date')]
    >>> [str(t.date) for t in find_time_expressions("a ottobre 2024; il prossimo anno", doc_date=PartialDate(2025, 12, 27))]
    ['2024-10', '2026']
    >>> [str(t.date) for t in find_time_expressions("si recherà a Mosca entro fine febbraio", doc_date=PartialDate(2025, 1))]
    ['2025-02']
    >>> [t.historical for t in find_time_expressions("assalti a ondate, come nel 1950", doc_date=doc)]
    [True]
    """
    end = len(text) if end is None else end
    w = words(lang)
    out: list[TimeExpression] = []
    for m in _PATTERN.finditer(text, start, end):
        prep = (m["prep"] or "").lower().replace("’", "'")
        role = (
            "valid_from"
            if prep and re.fullmatch(_FROM, prep, re.IGNORECASE)
            else ("valid_to" if prep and re.fullmatch(_TO, prep, re.IGNORECASE) else "date")
        )
        relative = False
        date = None
        if m["month"]:
            month = MONTHS[m["month"].lower()]
            day = int(m["day"]) if m["day"] else 0
            if day and not 1 <= day <= 31:
                day = 0
            if m["myear"]:
                try:
                    date = PartialDate.parse(f"{m['myear']}-{month:02d}" + (f"-{day:02d}" if day else ""))
                except ValueError:
                    date = PartialDate(int(m["myear"]), month)
            else:
                relative = True
                clause = re.split(r"[,;:.]", text[max(start, m.start() - 60) : m.start()])[-1]
                forward = bool(w.FUTURE_MARKERS.search(clause + " " + prep))
                try:
                    date = _resolve_month(month, day, doc_date, forward)
                    if date and day:
                        PartialDate.parse(str(date))
                except ValueError:
                    date = _resolve_month(month, 0, doc_date, forward)
            if m["month"].lower() == "may" and not (m["myear"] or m["day"] or m["prep"]):
                continue  # English modal verb "may"
        elif m["year"]:
            date = PartialDate(int(m["year"]))
            if not m["prep"]:
                continue  # a bare four-digit number is too often not a year
        else:
            relative = True
            rel = m["rel"].lower().replace("’", "'")
            if doc_date is not None:
                shift = (
                    1
                    if ("prossimo" in rel or "next" in rel)
                    else -1
                    if ("scorso" in rel or "last" in rel or "precedente" in rel)
                    else 0
                )
                date = PartialDate(doc_date.year + shift)
        historical = bool(w.HISTORICAL.search(text[max(start, m.start() - 30) : m.start() + len(m["prep"] or "")]))
        out.append(TimeExpression(m.start(), m.end(), m[0], date, role, relative, historical))
    return out
