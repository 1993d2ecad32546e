"""Quantities in news text: "oltre 10.000 soldati", "20 miliardi di dollari", "almeno 28 morti".

Each quantity has a value, a bound (``exact``, ``at_least``, ``at_most``, ``approx``) and a
unit in the canonical English spelling the seed claims use (soldiers, killed, wounded,
containers, USD, days, tanks ...). A number without a recognised unit is not a quantity
(years and dates are handled by :mod:`graph.extract.temporal`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quantity", "find_quantities", "parse_number", "UNITS"]

#: Surface unit (folded, singular or plural) -> canonical unit.
UNITS = {
    "soldati": "soldiers", "soldato": "soldiers", "soldiers": "soldiers", "soldier": "soldiers",
    "truppe": "troops", "troops": "troops", "militari": "soldiers", "combattenti": "soldiers",
    "morti": "killed", "morto": "killed", "vittime": "killed", "uccisi": "killed", "killed": "killed",
    "dead": "killed", "deaths": "killed", "membri": "members", "members": "members",
    "feriti": "wounded", "ferito": "wounded", "wounded": "wounded", "injured": "wounded",
    "container": "containers", "containers": "containers",
    "dollari": "USD", "dollaro": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD", "$": "USD",
    "euro": "EUR", "eur": "EUR", "€": "EUR",
    "giorni": "days", "giorno": "days", "days": "days", "day": "days",
    "mesi": "months", "months": "months", "anni": "years", "years": "years",
    "carri": "tanks", "tank": "tanks", "tanks": "tanks", "unità": "units", "unita": "units", "units": "units",
    "missili": "missiles", "missile": "missiles", "missiles": "missiles",
    "droni": "drones", "drones": "drones", "proiettili": "shells", "shells": "shells",
    "colpi": "rounds", "rounds": "rounds", "lavoratori": "workers", "workers": "workers",
    "persone": "people", "people": "people", "tonnellate": "tonnes", "tonnes": "tonnes", "tons": "tonnes",
}
_SCALE = {"mila": 1e3, "mille": 1e3, "thousand": 1e3, "milioni": 1e6, "milione": 1e6, "million": 1e6,
          "millions": 1e6, "miliardi": 1e9, "miliardo": 1e9, "billion": 1e9, "billions": 1e9, "mln": 1e6, "mld": 1e9}
_WORDS = {
    "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "venti": 20, "trenta": 30, "cento": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100,
}
_BOUNDS = [
    (re.compile(r"(?:oltre|più di|piu di|over|more than|in excess of|superiore a)\s+\Z", re.I), "at_least"),
    (re.compile(r"(?:almeno|at least|non meno di|no fewer than|minimo)\s+\Z", re.I), "at_least"),
    (re.compile(r"(?:fino a|meno di|up to|fewer than|less than|as many as|al massimo|at most)\s+\Z", re.I), "at_most"),
    (re.compile(r"(?:circa|quasi|about|around|approximately|nearly|some|roughly|intorno a|attorno a|approssimativamente)\s+\Z", re.I), "approx"),
]
_NUMBER = r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_QUANTITY = re.compile(
    rf"(?P<num>{_NUMBER}|\b(?:{'|'.join(sorted(_WORDS, key=len, reverse=True))})\b)"
    rf"(?:\s+(?P<scale>{'|'.join(_SCALE)})\b)?"
    r"(?:\s+(?:di|of)\b)?"
    r"\s*(?P<unit>[$€]|[^\W\d_]+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number with its bound and canonical unit, located in the text."""

    value: int | float
    bound: str
    unit: str
    start: int
    end: int
    text: str


def parse_number(text: str, lang: str = "it") -> float | None:
    """Parse a written number: ``10.000`` (it) or ``10,000`` (en) -> 10000, ``2,5`` (it) -> 2.5.

    Examples
    --------
    >>> parse_number("10.000"), parse_number("10,000", "en"), parse_number("2,5"), parse_number("nove")
    (10000.0, 10000.0, 2.5, 9.0)
    """
    t = text.strip().lower()
    if t in _WORDS:
        return float(_WORDS[t])
    t = t.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    grouped = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+", t)
    if grouped and (grouped[1] == thousands or t.count(grouped[1]) > 1):
        return float(t.replace(grouped[1], ""))
    t = t.replace(thousands, "").replace(decimal, ".")
    try:
        return float(t)
    except ValueError:
        return None


def find_quantities(text: str, start: int = 0, end: int | None = None, lang: str = "it") -> list[Quantity]:
    """Every quantity with a known unit in ``text[start:end]``.

    Examples
    --------
    >>> [(q.value, q.bound, q.unit) for q in find_quantities("oltre 10.000 soldati e 20 miliardi di dollari")]
    [(10000, 'at_least', 'soldiers'), (20000000000, 'exact', 'USD')]
    >>> [(q.value, q.bound, q.unit) for q in find_quantities("almeno 28 morti e 213 feriti; circa 7.000 container")]
    [(28, 'at_least', 'killed'), (213, 'exact', 'wounded'), (7000, 'approx', 'containers')]
    """
    end = len(text) if end is None else end
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text, start, end):
        unit = UNITS.get(m["unit"].lower())
        if unit is None:
            continue
        value = parse_number(m["num"], lang)
        if value is None:
            continue
        if m["scale"]:
            value *= _SCALE[m["scale"].lower()]
        if value == int(value):
            value = int(value)
        bound = "exact"
        before = text[max(0, m.start() - 30):m.start()]
        for pattern, b in _BOUNDS:
            if pattern.search(before):
                bound = b
                break
        out.append(Quantity(value, bound, unit, m.start(), m.end(), m[0]))
    return out
