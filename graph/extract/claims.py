"""Candidate claims: sentences with two or more mentions and a predicate cue.

For every cue phrase of a predicate (``schema.predicates[name].cues[lang]`` plus the few
extractor-side cues in :data:`EXTRA_CUES`) found in a sentence, the nearest subject before
the cue and the nearest object after it whose types fit the predicate's domain and range
form a candidate claim. Each carries the verbatim quote (the smallest span covering the
subject, cue and object) with its offsets, attribution, hedging, a quantity and a date
resolved against the document date, and a score used to keep the best predicate when
several cues propose the same subject and object in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import PartialDate
from ..schema import Schema
from .gazetteer import Mention, fold_tokens
from .quantities import find_quantities
from .sentences import Sentence
from .temporal import find_time_expressions

__all__ = ["CandidateClaim", "find_claims", "EXTRA_CUES", "ATTRIBUTION_CUES", "HEDGING_CUES", "UNIT_HINTS"]

#: Cues the extractor adds to the schema's (inflected forms the schema lists only once).
EXTRA_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "it": {
        "SUPPLIES": ("fornito", "forniscono", "fornire", "inviato armi", "destinate", "destinati", "proviene",
                     "provenga", "esportare", "vendita di"),
        "DEPLOYED_TO": ("inviati", "inviato", "schierate", "dispiegati", "invio di truppe"),
        "VISITED": ("ha visitato", "visitando"),
        "SUPPORTS": ("sostenere", "supportare", "assistenza"),
        "COOPERATES_WITH": ("relazioni tra", "rapporti tra", "cooperazione militare", "legami"),
        "PROVIDES_IN_RETURN": ("in cambio di", "fornire tecnologia", "potrebbe fornire"),
        "ANNOUNCED": ("ha annunciato", "annuncia"),
        "LEADS": ("leader nordcoreano", "presidente russo", "presidente"),
    },
    "en": {
        "SUPPLIES": ("supplied", "sending", "sends", "exported", "shipments"),
        "DEPLOYED_TO": ("sent soldiers", "deploy", "deployment"),
        "VISITED": ("visiting",),
        "SUPPORTS": ("supports", "supported", "backs", "assistance"),
        "COOPERATES_WITH": ("relations between", "ties between", "cooperate"),
    },
}
ATTRIBUTION_CUES = {
    "it": ("secondo quanto riportato", "secondo", "ha riferito", "hanno riferito", "citando", "riporta",
           "riferiscono", "ha affermato", "hanno affermato", "ha dichiarato", "ha detto", "scriveva", "scrive",
           "ha ipotizzato", "ha riportato", "suggeriscono", "stimano"),
    "en": ("according to", "reported", "said", "citing", "says", "claimed", "stated", "told"),
}
HEDGING_CUES = {
    "it": ("potrebbe", "potrebbero", "sarebbe", "sarebbero", "si ritiene", "presumibilmente", "suggeriscono",
           "suggerisce", "ipotizzato", "possibile", "possibili", "probabilmente", "forse", "eventuale",
           "potenzialmente", "avrebbe", "avrebbero", "verrebbero", "includerebbe", "stimano", "accusata",
           "sembra", "dovrebbe"),
    "en": ("may", "might", "could", "would", "alleged", "allegedly", "reportedly", "is believed", "possibly",
           "likely", "probably", "suggest", "suggests", "accused", "appears", "seems"),
}
_SOURCE_TYPES = ("Organization", "Person", "Group", "Country")
#: Predicates whose subject and object may overlap ("Il leader della Corea del Nord").
NESTED_OK = frozenset({"LEADS", "PART_OF", "LOCATED_IN", "HOLDS_POSITION_IN"})
#: Predicates cued by a role noun next to the name, before or after it.
APPOSITIVE = frozenset({"LEADS", "HOLDS_POSITION_IN"})
_COORD = re.compile(r"\s*(?:,|e|ed|and|o|or|né|nor)\s+(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?\Z", re.I)
#: A quantity's unit hints at the predicate ("oltre 10.000 soldati" is a deployment).
UNIT_HINTS = {
    "soldiers": ("DEPLOYED_TO",), "troops": ("DEPLOYED_TO",), "containers": ("SUPPLIES",),
    "missiles": ("SUPPLIES", "PRODUCES"), "shells": ("SUPPLIES",), "USD": ("EARNED",), "EUR": ("EARNED",),
    "killed": ("CAUSED_CASUALTIES_IN", "SUFFERED_LOSSES"), "wounded": ("CAUSED_CASUALTIES_IN", "SUFFERED_LOSSES"),
    "members": ("SUFFERED_LOSSES",), "units": ("PRODUCES",),
}


@dataclass
class CandidateClaim:
    """A proposed claim with its evidence (offsets index the document text)."""

    subject: str
    predicate: str
    object: str
    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    cue: str
    score: float
    hedged: bool = False
    attributed_to: str | None = None
    attribution_cue: str | None = None
    date: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    date_text: str | None = None
    quantity: int | float | None = None
    quantity_bound: str | None = None
    unit: str | None = None
    item: str | None = None
    notes: list[str] = field(default_factory=list)


def _stem(token: str) -> str:
    """Cut the inflection of a folded word: inviato / inviati -> ``invia``; short words stay whole."""
    return token if len(token) < 5 else token[:max(4, len(token) - 2)]


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(_stem(t) for t, _, _ in fold_tokens(phrase))


class _CueIndex:
    """Every cue phrase (predicates, attribution, hedging) indexed by the stem of its first word.

    A sentence is scanned once for all phrases, so the cost does not grow with the number of
    predicates.
    """

    def __init__(self, schema: Schema, lang: str):
        self.first: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {}
        seen = set()

        def add(kind: str, name: str, phrase: str) -> None:
            stems = _phrase_stems(phrase)
            if stems and (kind, name, stems) not in seen:
                seen.add((kind, name, stems))
                self.first.setdefault(stems[0], []).append((kind, name, phrase, stems))

        for name, pred in schema.predicates.items():
            for p in list(pred.cues.get(lang, ())) + list(EXTRA_CUES.get(lang, {}).get(name, ())):
                add("pred", name, p)
        for p in ATTRIBUTION_CUES.get(lang, ()):
            add("attr", "", p)
        for p in HEDGING_CUES.get(lang, ()):
            add("hedge", "", p)

    def scan(self, tokens) -> list[tuple[str, str, str, int, int]]:
        """``(kind, predicate, phrase, start, end)`` for every cue in *tokens* (folded, with offsets)."""
        stems = [_stem(t[0]) for t in tokens]
        out = []
        for i, st in enumerate(stems):
            for kind, name, phrase, pst in self.first.get(st, ()):
                n = len(pst)
                if tuple(stems[i:i + n]) == pst:
                    out.append((kind, name, phrase, tokens[i][1], tokens[i + n - 1][2]))
        return out


_CUE_CACHE: dict[tuple[int, str], _CueIndex] = {}


def _cues(schema: Schema, lang: str) -> _CueIndex:
    key = (id(schema), lang)
    if key not in _CUE_CACHE:
        _CUE_CACHE[key] = _CueIndex(schema, lang)
    return _CUE_CACHE[key]


def _coordinated(text: str, head, pool) -> list:
    """*head* and the mentions coordinated with it ("gli Stati Uniti e la Corea del Sud")."""
    group = [head]
    for direction in (1, -1):
        cur = head
        while True:
            nxt = None
            for m in pool:
                gap = text[cur.end:m.start] if direction == 1 else text[m.end:cur.start]
                if ((direction == 1 and m.start >= cur.end) or (direction == -1 and m.end <= cur.start)) \
                        and len(gap) < 12 and _COORD.match(gap) and m.entity not in {g.entity for g in group}:
                    nxt = m
                    break
            if nxt is None:
                break
            group.append(nxt)
            cur = nxt
    return group


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _attribution(found, mentions, subject, obj):
    """``(entity, cue)`` the sentence attributes its content to, or ``(None, None)``."""
    for kind, _, phrase, s, e in found:
        if kind != "attr":
            continue
        best, best_d = None, 10 ** 9
        for m in mentions:
            etype = m.type
            if not etype or not any(m.fits(t) for t in _SOURCE_TYPES):
                continue
            d = m.start - e if m.start >= e else (s - m.end) + 15  # prefer a source after the cue
            if 0 <= d < 80 and d < best_d and m.entity not in (subject, obj):
                best, best_d = m, d
        if best is not None:
            return best.entity, phrase
    return None, None


def find_claims(text: str, sentences: list[Sentence], mentions: list, schema: Schema, lang: str,
                doc_date: PartialDate | None = None) -> list[CandidateClaim]:
    """Candidate claims from *sentences* given typed mentions (:class:`graph.extract.pipeline.TypedMention`)."""
    cues = _cues(schema, lang)
    out: list[CandidateClaim] = []
    mi = 0
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    for sent in sentences:
        while mi < len(mentions) and mentions[mi].end <= sent.start:
            mi += 1
        here = []
        j = mi
        while j < len(mentions) and mentions[j].start < sent.end:
            if mentions[j].end <= sent.end:
                here.append(mentions[j])
            j += 1
        if len({m.entity for m in here}) < 2:
            continue
        stoks = fold_tokens(text[sent.start:sent.end])
        stoks = [(t, a + sent.start, b + sent.start) for t, a, b in stoks]
        best: dict[tuple[str, str, str | None], CandidateClaim] = {}
        found = cues.scan(stoks)
        quantities = find_quantities(text, sent.start, sent.end, lang)
        times = [t for t in find_time_expressions(text, sent.start, sent.end, doc_date) if t.date is not None]
        hinted = {p for q in quantities for p in UNIT_HINTS.get(q.unit, ())}
        for kind, pname, phrase, cs, ce in found:
            if kind != "pred":
                continue
            pred = schema.predicates[pname]
            subj = [m for m in here if any(m.fits(t) for t in pred.domain)]
            objs = [m for m in here if any(m.fits(t) for t in pred.range)]
            scored = []
            for s in subj:
                for o in objs:
                    if s.entity == o.entity:
                        continue
                    if s.start < o.end and o.start < s.end and pname not in NESTED_OK:
                        continue  # "soldati nordcoreani" does not deploy to "nordcoreani"
                    ds = _distance(s.start, s.end, cs, ce)
                    do = _distance(cs, ce, o.start, o.end)
                    if pname in APPOSITIVE:  # "il presidente russo Vladimir Putin": the name may follow
                        penalty = 40 if o.end < cs and not (o.start < ce and cs < o.end) else 0
                    else:
                        penalty = (40 if s.start > cs else 0) + (40 if o.end < cs else 0) + (25 if s.start > o.start else 0)
                    score = 100 - (ds + do) / 4 - penalty + 8 * (len(phrase.split()) - 1)
                    lo, hi = min(s.start, o.start, cs), max(s.end, o.end, ce)
                    # other cues of the same predicate inside the span agree with this one
                    score += 6 * sum(1 for k, n, _, a, b in found
                                     if k == "pred" and n == pname and lo <= a and b <= hi and a != cs)
                    if pname in hinted:
                        score += 15
                    scored.append((score, s, o))
            if not scored:
                continue
            score, s0, o0 = max(scored, key=lambda x: x[0])
            pairs = [(s, o0) for s in _coordinated(text, s0, subj)] + \
                    [(s0, o) for o in _coordinated(text, o0, objs) if o is not o0]
            for s, o in pairs:
                if s.entity == o.entity:
                    continue
                start = min(s.start, o.start, cs)
                end = max(s.end, o.end, ce)
                key = (s.entity, o.entity, None)
                c = CandidateClaim(s.entity, pname, o.entity, text[start:end], start, end, sent.start, sent.end,
                                   phrase, score)
                if key not in best or best[key].score < score:
                    best[key] = c
        for c in best.values():
            _qualify(c, found, here, quantities, times)
            out.append(c)
    out.sort(key=lambda c: (c.start, c.end, c.predicate))
    return out


def _qualify(c: CandidateClaim, found, here, qs, times) -> None:
    """Attach hedging, attribution, quantity, date and item to a claim from its sentence."""
    c.hedged = any(kind == "hedge" for kind, *_ in found)
    c.attributed_to, c.attribution_cue = _attribution(found, here, c.subject, c.object)
    if qs:
        q = min(qs, key=lambda q: _distance(q.start, q.end, c.start, c.end))
        if _distance(q.start, q.end, c.start, c.end) < 60:
            c.quantity, c.quantity_bound, c.unit = q.value, q.bound, q.unit
    if times:
        t = min(times, key=lambda t: _distance(t.start, t.end, c.start, c.end))
        setattr(c, t.role, t.date)
        c.date_text = t.text
        if t.relative:
            c.notes.append(f"date {t.text!r} resolved against the document date")
    items = [m for m in here if m.entity not in (c.subject, c.object)
             and (m.fits("WeaponSystem") or m.fits("Programme"))]
    if items and c.predicate in ("SUPPLIES", "PROVIDES_IN_RETURN", "OBLIGATES", "DEPLOYED_TO", "SUPPORTS"):
        c.item = min(items, key=lambda m: _distance(m.start, m.end, c.start, c.end)).entity
