"""Where a claim's parts are in its sentence: subject, object, cue, attribution, hedge, quantity.

Spans are offsets into the document text with a role; drawing them is the interface's
job. The draft says where the quote and the sentence are and which cue and attribution
phrase fired; names are found with the gazetteer, figures with the quantity parser and
hedges with the extractor's hedging words. A draft item may also carry exact ``spans``
(``{role: [start, end]}`` or ``{role: [[start, end], ...]}``), which are used as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.gazetteer import Gazetteer
from ..extract.quantities import find_quantities

__all__ = ["ROLES", "Span", "claim_spans", "hedge_words", "mention_spans"]

#: Roles in drawing order (a later role wins where spans overlap).
ROLES = ("quote", "hedge", "attribution", "cue", "quantity", "object", "subject", "mention")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` plays *role* in the claim."""

    start: int
    end: int
    role: str


def hedge_words(lang: str) -> tuple[str, ...]:
    """The extractor's hedging words for *lang* (empty when it does not publish them)."""
    try:
        from ..extract import claims
    except ImportError:  # pragma: no cover - the extractor being reorganised
        return ()
    table = getattr(claims, "HEDGING_CUES", {})
    return tuple(table.get(lang, ())) if isinstance(table, dict) else ()


def _find_phrase(text: str, phrase: str, lo: int, hi: int, prefer: tuple[int, int]) -> Span | None:
    """The occurrence of *phrase* (whole words, any case) in ``text[lo:hi]`` nearest *prefer*."""
    if not phrase or not phrase.strip():
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase.strip()) + r"(?!\w)", re.IGNORECASE)
    found = [(m.start(), m.end()) for m in pattern.finditer(text, lo, hi)]
    if not found:
        return None
    a, b = prefer
    s, e = min(found, key=lambda se: (not (a <= se[0] < b), abs(se[0] - a)))
    return Span(s, e, "")


def _given_spans(item: dict, lo: int, hi: int) -> list[Span]:
    out: list[Span] = []
    spans = item.get("spans")
    if not isinstance(spans, dict):
        return out
    for role, value in spans.items():
        pairs = value if value and isinstance(value[0], (list, tuple)) else [value]
        for pair in pairs:
            if (
                isinstance(pair, (list, tuple))
                and len(pair) == 2
                and all(isinstance(x, int) for x in pair)
                and lo <= pair[0] <= pair[1] <= hi
            ):
                out.append(Span(pair[0], pair[1], str(role)))
    return out


def claim_spans(item: dict, text: str, names: Gazetteer, lang: str = "it") -> tuple[tuple[int, int], list[Span]]:
    """The sentence of claim *item* (``(start, end)`` in *text*) and the spans of its parts.

    *names* indexes every entity a claim may name (known, candidates, added) by id.

    Examples
    --------
    >>> text = "Secondo la KCNA, Pyongyang potrebbe aver inviato circa 7.000 container a Mosca."
    >>> g = Gazetteer.from_names([("kp", "Pyongyang"), ("ru", "Mosca"), ("kcna", "KCNA")])
    >>> item = {"claim": {"subject": "kp", "object": "ru", "attributed_to": "kcna", "hedged": True,
    ...                   "quantity": 7000, "quote": "Pyongyang potrebbe aver inviato circa 7.000 container a Mosca"},
    ...         "start": 17, "end": 78, "sentence": {"start": 0, "end": 79}, "cue": "inviato",
    ...         "attribution_cue": "secondo"}
    >>> _, spans = claim_spans(item, text, g)
    >>> [(s.role, text[s.start:s.end]) for s in spans if s.role != "quote"]
    [('subject', 'Pyongyang'), ('object', 'Mosca'), ('attribution', 'KCNA'), ('cue', 'inviato'), \
('attribution', 'Secondo'), ('hedge', 'potrebbe'), ('quantity', 'circa 7.000 container')]
    """
    claim = item.get("claim") or {}
    qs, qe = int(item.get("start", 0) or 0), int(item.get("end", 0) or 0)
    sent = item.get("sentence") or {}
    lo, hi = int(sent.get("start", qs) or 0), int(sent.get("end", qe) or 0)
    if not (0 <= lo <= hi <= len(text)):
        return (0, 0), []
    spans: list[Span] = []
    if lo <= qs < qe <= hi:
        spans.append(Span(qs, qe, "quote"))
    given = _given_spans(item, lo, hi)
    spans += given
    have = {s.role for s in given}
    mentions = [m for m in names.find(text[lo:hi])]
    for role, key in (("subject", "subject"), ("object", "object"), ("attribution", "attributed_to")):
        if role in have or not claim.get(key):
            continue
        mine = [m for m in mentions if claim[key] in m.entities]
        inside = [m for m in mine if qs <= lo + m.start < qe] or mine
        if inside:
            m = inside[0]
            spans.append(Span(lo + m.start, lo + m.end, role))
    if "cue" not in have:
        found = _find_phrase(text, str(item.get("cue") or ""), lo, hi, (qs, qe))
        if found:
            spans.append(Span(found.start, found.end, "cue"))
    if "attribution" not in have:
        for phrase in (item.get("attribution_cue"), claim.get("attribution_quote")):
            found = _find_phrase(text, str(phrase or ""), lo, hi, (qs, qe))
            if found:
                spans.append(Span(found.start, found.end, "attribution"))
    if "hedge" not in have and claim.get("hedged"):
        for word in hedge_words(lang):
            found = _find_phrase(text, word, lo, hi, (qs, qe))
            if found:
                spans.append(Span(found.start, found.end, "hedge"))
    if "quantity" not in have and claim.get("quantity") is not None:
        for q in find_quantities(text, lo, hi, lang):
            if float(q.value) == float(claim["quantity"]):
                start = q.start
                before = text[max(lo, q.start - 12) : q.start]
                bound_word = re.search(r"(\w+)\s+\Z", before)  # take the bound word ("circa", "oltre") in too
                if bound_word and q.bound != "exact":
                    start = q.start - len(bound_word[0])
                spans.append(Span(start, q.end, "quantity"))
                break
    return (lo, hi), spans


def mention_spans(item: dict, text: str, width: int = 70, limit: int = 3) -> list[tuple[tuple[int, int], Span]]:
    """For a new-entity candidate: up to *limit* ``(window, span)`` pairs, each mention in its context.

    Examples
    --------
    >>> text = "Il Center for X ha osservato. Poi il Center for X ha scritto."
    >>> [(text[a:b], text[s.start:s.end]) for (a, b), s in
    ...  mention_spans({"mentions": [{"start": 3, "end": 15}]}, text, width=10)]
    [('Il Center for X ha osserv', 'Center for X')]
    """
    out = []
    for m in (item.get("mentions") or [])[:limit]:
        s, e = int(m.get("start", 0)), int(m.get("end", 0))
        if not (0 <= s <= e <= len(text)):
            continue
        out.append(((max(0, s - width), min(len(text), e + width)), Span(s, e, "mention")))
    return out
