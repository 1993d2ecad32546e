"""What a claim's own clause says about it: who asserts it, how hedged, how many, when.

:func:`qualify` reads the clause that holds a claim's cue (its frame's clause boundaries) and
writes the claim's attribution, hedging, quantity (only a count in a unit the predicate takes,
next to the claim) and date (a time expression of the clause that dates the fact); it marks
an act only intended ("plans to send") or asked about ("whether X sent") so the claim is
drafted apart.
"""

from __future__ import annotations

import re

from .attribution import attribute_claim
from .frames import Frame
from .lang import words
from .records import CandidateClaim
from .ruledata import ExtractionRules
from .sentences import Sentence
from .spans import span_distance

__all__ = ["clause_end", "is_title_claim", "qualify"]


def is_title_claim(c: CandidateClaim) -> bool:
    """A claim of the title rule (LEADS / HOLDS_POSITION_IN from "il ministro della Difesa russo X")."""
    return any(r in _TITLE_REASONS for r in c.reasons)  # exact: another rule's name may begin "title"


#: The reasons graph.extract.titles gives its claims.
_TITLE_REASONS = frozenset(("title", "title_direct", "title_without_name", "title_former"))


def clause_end(frame: Frame | None, pos: int, sent: Sentence) -> int:
    """Where the clause holding *pos* ends: the next clause barrier, or the end of the reported
    content holding it, else the end of the sentence."""
    if frame is None:
        return sent.end
    ends = [b for b in frame.barriers if b > pos]
    inner, _ = frame.attribution_for(pos, pos)
    if inner is not None:
        ends.append(inner.content[1])
    return min(ends, default=sent.end)


#: An indefinite article right before a cue ("potrebbe aver preparato una visita").
_INDEFINITE_BEFORE = re.compile(r"\b(?:un|una|uno|a|an)\s+\Z|\bun['’]\s*\Z", re.IGNORECASE)
_INTENT_RX: dict[str, re.Pattern] = {}


def _presupposed(c: CandidateClaim, text: str, floor: int, acts: frozenset[str], lang: str) -> bool:
    """Rule ``presupposed`` (round 108): a meeting, a visit or a signing in a temporal adjunct
    ("deliveries grew after Kim Jong Un met Vladimir Putin", "dopo che Putin e Kim si sono
    incontrati") or naming an agreement ("the defence pact signed by Russia and North Korea", "il
    trattato firmato a giugno da Putin e Kim") is what the statement takes as known, not what its
    source asserts: the claim stays in the article's voice. *acts*: ``extraction.yaml``
    ``presupposed_acts``."""
    if c.predicate not in acts or not c.cue_end:
        return False
    w = words(lang)
    before = text[max(floor, c.cue_start - 90) : c.cue_start]
    if w.PRESUPPOSING.search(before):
        return True
    return c.predicate == "SIGNED" and bool(w.PRESUPPOSED_PARTICIPLE.search(before[-40:]))


def _intended(text: str, start: int, end: int, lang: str) -> bool:
    """True when an intention or expectation governs the act at *end* ("plans to send", "is expected
    to seek", "si prepara a inviare"): the act is announced, not reported as done."""
    if lang not in _INTENT_RX:
        phrases = sorted(words(lang).INTENT, key=len, reverse=True)
        _INTENT_RX[lang] = re.compile(
            r"(?<![\w'’])(?:"
            + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
            + r")\s+(?:\S+\s+){0,4}?\Z",
            re.IGNORECASE,
        )
    return bool(_INTENT_RX[lang].search(text, start, end))


_OPEN_RX: dict[str, re.Pattern] = {}


def _open_question(text: str, start: int, cue: int, lang: str) -> bool:
    """Round 11 (`open_question`): True when a word that opens a question or a supposition
    ("whether", "if", "se") governs the act at *cue* in its clause, with no comma, colon or
    semicolon in between: the sentence asks about the act or supposes it, it does not report it
    ("South Korea is examining whether X transferred ...", "Alla domanda se X abbia mandato ...")."""
    if lang not in _OPEN_RX:
        w = words(lang)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(w.OPEN_CLAUSE, key=len, reverse=True))
        not_after = "".join(rf"(?<!\b{re.escape(a)}\s)" for a in w.OPEN_CLAUSE_NOT_AFTER)
        not_before = "|".join(re.escape(b) for b in w.OPEN_CLAUSE_NOT_BEFORE)
        _OPEN_RX[lang] = re.compile(
            rf"{not_after}(?<![\w'’])(?:{body})\b"
            + (rf"(?!\s+(?:{not_before})\b)" if not_before else "")
            + r"(?:[^,;:.!?()]|[,.](?=\d))*\Z",  # "2,000" is no comma of the clause
            re.IGNORECASE,
        )
    return bool(_OPEN_RX[lang].search(text, start, cue))


def qualify(
    c: CandidateClaim,
    text: str,
    sent: Sentence,
    frame: Frame | None,
    qs,
    times,
    hedges,
    rules: ExtractionRules,
    lang: str,
) -> None:
    """Attach attribution, hedging, quantity and date to a claim, each from the claim's own clause."""
    w = words(lang)
    anchor = c.cue_start if c.cue_end else c.start
    clause0 = frame.clause_start(anchor, sent.start) if frame else sent.start
    clause1 = clause_end(frame, anchor, sent)
    # rule ``title_is_article_voice``: "il ministro della Difesa russo X" is how the article names
    # X, not what the sentence's source says
    if frame and c.attribution is None and not is_title_claim(c):
        inner, outer = frame.attribution_for(min(anchor, c.start), max(c.cue_end, anchor + 1))
        if inner is None:
            inner, outer = frame.attribution_for(anchor, anchor + 1)
        if inner is not None and _presupposed(c, text, sent.start, rules.presupposed_acts, lang):
            c.reasons.append("presupposed")  # the article's voice: what the source takes as known
        elif inner is not None:
            attribute_claim(c, text, inner, outer)
    hedge_cue = (c.attribution or {}).get("cue", "")
    c.hedged = c.hedged or any(clause0 <= s < clause1 for s, _ in hedges) or any(hedge_cue == h for h in w.HEDGING_CUES)
    if c.hedged:
        c.reasons.append("hedged_clause")
    if c.cue_end and _intended(text, max(clause0, c.cue_start - 50), c.cue_start, lang):
        c.reasons.append("intended")  # "plans to send", "si prepara a inviare": not done yet
    if c.cue_end and _open_question(text, max(clause0, c.cue_start - 80), c.cue_start, lang):
        c.reasons.append("open_question")  # "is examining whether X transferred": asked, not reported
    elif c.cue_end and words(lang).FREE_CHOICE.search(text, max(sent.start, c.cue_start - 80), c.cue_start):
        c.reasons.append("open_question")  # rule free_choice: "qualsiasi aiuto che X fornisca": supposed
    if c.cue_end and c.hedged and _INDEFINITE_BEFORE.search(text, max(0, c.cue_start - 6), c.cue_start):
        c.reasons.append("indefinite_hedged")  # "potrebbe aver preparato una visita": no visit asserted
    if c.quantity is None:
        fit = [
            q
            for q in qs
            if rules.takes_unit(c.predicate, q.unit)
            and (q.start, q.end) not in c.not_counts
            and clause0 <= q.start
            and q.end <= clause1
            and span_distance(q.start, q.end, min(c.start, c.cue_start or c.start), max(c.end, c.cue_end)) <= 40
        ]
        if fit:
            q = min(fit, key=lambda q: span_distance(q.start, q.end, c.cue_start or c.start, c.cue_end or c.end))
            c.quantity, c.quantity_bound, c.unit = q.value, q.bound, q.unit
            c.reasons.append(f"quantity:{q.unit}")
    if c.date is None and c.valid_from is None and c.valid_to is None:
        fit = [t for t in times if clause0 <= t.start and t.end <= clause1 and not t.historical]
        if fit:
            t = min(fit, key=lambda t: span_distance(t.start, t.end, c.cue_start or c.start, c.cue_end or c.end))
            setattr(c, t.role, t.date)
            c.date_text = t.text
            if t.relative:
                c.notes.append(f"date {t.text!r} resolved against the document date")
