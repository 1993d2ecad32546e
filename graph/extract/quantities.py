"""Quantities in news text: "oltre 10.000 soldati", "20 miliardi di dollari", "almeno 28 morti".

Each quantity has a value, a bound (``exact``, ``at_least``, ``at_most``, ``approx``) and a
unit in the canonical English spelling the seed claims use (soldiers, killed, wounded,
containers, USD, days, tanks ...). Numbers may be written in digits ("10.000", "10,000",
"1.5"), glued to a scale ("10mila"), with a scale word ("4 milioni", "1.5 million"), in words
("diecimila", "un milione", "one million") or as an approximate noun ("una cinquantina di").
The words of each language are in :mod:`graph.extract.lang`. A number without a recognised
unit is not a quantity (years and dates are handled by :mod:`graph.extract.temporal`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lang import LANGUAGES, words

__all__ = ["UNITS", "Quantity", "find_quantities", "parse_count", "parse_number"]

#: Surface unit (folded, singular or plural) -> canonical unit, every language.
UNITS = {k: v for m in LANGUAGES.values() for k, v in m.UNITS.items()}
_DIGITS = r"\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_PATTERNS: dict[str, re.Pattern] = {}


def _pattern(lang: str) -> re.Pattern:
    if lang not in _PATTERNS:
        w = words(lang)
        scales = "|".join(sorted(map(re.escape, w.SCALES), key=len, reverse=True))
        approx = "|".join(sorted(map(re.escape, w.APPROX_NOUNS), key=len, reverse=True))
        numbers = "|".join(sorted(map(re.escape, w.NUMBER_WORDS), key=len, reverse=True))
        if _number_keys(lang):  # compounds first: "duecento" before "due"
            numbers = f"(?:{'|'.join(map(re.escape, _number_keys(lang)))}){{2,}}|{numbers}"
        _PATTERNS[lang] = re.compile(
            # round 63: a number joined by a hyphen to letters is part of a name ("KN-23", "Su-27")
            rf"(?<![\w.,])(?<![^\W\d_]-)(?P<num>(?:{_DIGITS})(?:mila)?|(?:un|una|a|an)\s+(?:{approx})|(?:{numbers})(?:mila)?)(?![\w])"
            rf"(?:\s*(?P<scale>{scales})\b)?"
            r"(?:\s+(?:di|of|d['’]))?"
            # round 63: a model's name may stand between a count and its noun ("40 KN-23 missiles")
            r"(?:\s+(?-i:[A-Z][A-Za-z]*-?\d[\w-]*))?"
            r"\s*(?P<unit>[$€%]|per\s+cento|per\s+cent|[^\W\d_]+)",
            re.IGNORECASE,
        )
    return _PATTERNS[lang]


def parse_number(text: str, lang: str = "it") -> float | None:
    """Parse a written number: ``10.000`` (it) or ``10,000`` (en) -> 10000, ``2,5`` (it) -> 2.5.

    Examples
    --------
    >>> parse_number("10.000"), parse_number("10,000", "en"), parse_number("2,5"), parse_number("nove")
    (10000.0, 10000.0, 2.5, 9.0)
    >>> parse_number("diecimila"), parse_number("10mila"), parse_number("1.5", "en")
    (10000.0, 10000.0, 1.5)
    """
    got = parse_count(text, lang)
    return got[0] if got else None


def parse_count(text: str, lang: str = "it") -> tuple[float, bool] | None:
    """``(value, approximate)`` for a number in digits or words, else None.

    Examples
    --------
    >>> parse_count("una cinquantina"), parse_count("duemila"), parse_count("sei")
    ((50.0, True), (2000.0, False), (6.0, False))
    """
    w = words(lang)
    t = " ".join(text.strip().lower().split())
    m = re.fullmatch(r"(?:un|una|a|an)\s+(\w+)", t)
    if m and m[1] in w.APPROX_NOUNS:
        return float(w.APPROX_NOUNS[m[1]]), True
    if t in w.NUMBER_WORDS and t not in ("un", "una", "a", "an"):
        return float(w.NUMBER_WORDS[t]), False
    if lang == "it" and t.endswith("mila") and t[:-4] in w.NUMBER_WORDS:  # "diecimila", "duemila"
        return float(w.NUMBER_WORDS[t[:-4]]) * 1000, False
    if lang == "it" and re.fullmatch(r"\d+mila", t):  # "10mila"
        return float(t[:-4]) * 1000, False
    compound = _compound_number(t, lang)
    if compound is not None:  # "duecento", "venticinque", "tremilacinquecento"
        return float(compound), False
    t = t.replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"[\d.,]+", t) or not t[0].isdigit():
        return None
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    grouped = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+", t)
    if grouped and (grouped[1] == thousands or t.count(grouped[1]) > 1):
        return float(t.replace(grouped[1], "")), False
    t = t.replace(thousands, "").replace(decimal, ".")
    try:
        return float(t), False
    except ValueError:
        return None


@functools.cache
def _number_keys(lang: str) -> tuple[str, ...]:
    """The parts of *lang*'s compound number words, longest first (none: no compounds)."""
    w = words(lang)
    if not w.NUMBER_PARTS:
        return ()
    return tuple(sorted({*w.NUMBER_PARTS, *w.HUNDREDS, *w.THOUSANDS}, key=len, reverse=True))


def _compound_number(t: str, lang: str) -> int | None:
    """The value of a compound number word of *lang* ("duecentocinquanta"), else None.

    >>> _compound_number("duecentocinquanta", "it"), _compound_number("settembre", "it")
    (250, None)
    """
    keys = _number_keys(lang)
    if not keys or not t.isalpha() or len(t) < 6:
        return None
    w = words(lang)
    total, current, i = 0, 0, 0
    while i < len(t):
        k = next((k for k in keys if t.startswith(k, i)), None)
        if k is None:
            return None
        if k in w.HUNDREDS:
            current = (current or 1) * 100
        elif k in w.THOUSANDS:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += w.NUMBER_PARTS[k]
        i += len(k)
    return total + current


@dataclass(frozen=True)
class Quantity:
    """A number with its bound and canonical unit, located in the text."""

    value: int | float
    bound: str
    unit: str
    start: int
    end: int
    text: str


def find_quantities(text: str, start: int = 0, end: int | None = None, lang: str = "it") -> list[Quantity]:
    """Every quantity with a known unit in ``text[start:end]``.

    Examples
    --------
    >>> [(q.value, q.bound, q.unit) for q in find_quantities("oltre 10.000 soldati e 20 miliardi di dollari")]
    [(10000, 'at_least', 'soldiers'), (20000000000, 'exact', 'USD')]
    >>> [(q.value, q.bound, q.unit) for q in find_quantities("almeno 28 morti e 213 feriti; circa 7.000 container")]
    [(28, 'at_least', 'killed'), (213, 'exact', 'wounded'), (7000, 'approx', 'containers')]
    >>> [(q.value, q.bound, q.unit) for q in find_quantities("as many as 4.8 million artillery shells", lang="en")]
    [(4800000, 'at_most', 'shells')]
    """
    w = words(lang)
    units = w.UNITS
    end = len(text) if end is None else end
    out: list[Quantity] = []
    rx = _pattern(lang)
    pos = start
    while True:
        m = rx.search(text, pos, end)
        if m is None:
            break
        pos = m.start() + 1
        if w.PERCENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "40 per cento delle munizioni": a share, not 100 rounds
        count = parse_count(m["num"], lang)
        if count is None and m["scale"] and m["num"].lower() in ("un", "una", "uno", "a", "an"):
            count = (1.0, False)  # "un milione di colpi"
        unit_word = m["unit"]
        unit = units.get(" ".join(unit_word.lower().split()))
        if unit is None and count is not None:
            # one adjective may stand between the number and its unit: "4.8 million artillery shells"
            # "11,000 North Korean soldiers": or a two-word capitalised adjective (a demonym)
            nxt = re.match(r"\s+([^\W\d_]+)", text[m.end() : end])
            two = unit_word[:1].isupper() and re.match(r"\s+[A-Z][^\W\d_]+\s+([^\W\d_]+)", text[m.end() : end])
            # round 26: a two-word demonym and one adjective: "40 North Korean(-made) ballistic missiles"
            three = unit_word[:1].isupper() and re.match(
                r"\s+[A-Z][^\W\d_]+(?:-[a-z]+)?\s+[a-z][^\W\d_]+\s+([^\W\d_]+)", text[m.end() : end]
            )
            if nxt and units.get(nxt[1].lower()):
                unit, unit_word = units[nxt[1].lower()], nxt[1]
                m_end = m.end() + nxt.end()
            elif two and units.get(two[1].lower()):
                unit, unit_word = units[two[1].lower()], two[1]
                m_end = m.end() + two.end()
            elif three and units.get(three[1].lower()):
                unit, unit_word = units[three[1].lower()], three[1]
                m_end = m.end() + three.end()
            else:
                continue
        else:
            m_end = m.end()
        if unit is None or count is None:
            continue
        if m_end != m.end() and re.fullmatch(r"(?:1[89]|20)\d\d", m["num"]):
            continue  # "In 2024 North Korean troops ...": a year before an adjective, not a count
        value, approx = count
        if m["scale"]:
            value *= w.SCALES[m["scale"].lower()]
        if value == int(value):
            value = int(value)
        bound = "approx" if approx else "exact"
        before = text[max(0, m.start() - 30) : m.start()].lower()
        for phrase, b in sorted(w.BOUNDS, key=lambda pb: -len(pb[0])):
            if re.search(r"(?:^|\W)" + re.escape(phrase) + r"\s+\Z", before):
                bound = b
                break
        out.append(Quantity(value, bound, unit, m.start(), m_end, text[m.start() : m_end]))
        pos = m_end
    return out
