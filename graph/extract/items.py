"""The items of a transfer: one claim per weapon or programme listed after the cue.

"Ha fornito proiettili d'artiglieria e missili KN-23" gives two claims, one per item; items
are looked for before a purpose clause ("to train soldiers in the use of ...") and a clause
break, and in a list whose items each carry a count ("9 milioni di proiettili e oltre 100
missili") each claim takes its own count.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from .arguments import coordinated_mentions
from .lang import words
from .quantities import Quantity
from .records import CandidateClaim
from .ruledata import ExtractionRules
from .spans import span_distance, whole_words

__all__ = ["claims_per_item"]


def claims_per_item(
    c: CandidateClaim,
    text: str,
    here,
    rules: ExtractionRules,
    frame,
    sent,
    lang: str = "it",
    quantities: Sequence[Quantity] = (),
) -> list[CandidateClaim]:
    """*c* with its item; a list of items after the cue gives one claim per item.

    Round 12 (rule ``purpose_clause``): items are looked for before a purpose clause after the cue
    ("sent specialists to Russia to train soldiers in the use of its weapons", "per addestrare"):
    what the purpose names is not what was sent. Round 21 (rule ``counted_list``): items that
    each carry a count are a list too ("circa 9 milioni di proiettili e oltre 100 missili")."""
    if c.predicate not in rules.item_predicates:
        return [c]
    end = sent.end
    purpose = words(lang).PURPOSE_CLAUSE.search(text, c.cue_end, end)
    if purpose is not None:
        end = purpose.start()
    if frame:
        later = [b for b in frame.barriers if b > c.cue_end]
        if c.predicate != rules.in_return_to:  # "inviato soldati, in cambio di tecnologia": not sent
            later += [a for a, _ in frame.in_return if a > c.cue_end]
        end = min(later, default=end)
    items = [
        m
        for m in here
        if m.entity not in (c.subject, c.object)
        and not m.nested
        and (m.fits("WeaponSystem") or m.fits("Programme"))
        and c.cue_start - 30 <= m.start
        and m.end <= end
        and not re.search(
            r"(?:produzion\w*|production|fabbricazione|costruzione)\s+(?:di|del|della|dei|degli|of)\s*\Z",
            text[max(0, m.start - 30) : m.start],
            re.IGNORECASE,
        )
    ]
    items = _compound_kind(text, items, lang)
    antecedent = _relative_antecedent(text, c, here)
    if antecedent is not None:
        items = [antecedent]  # round 53: "i missili balistici che la Corea del Nord ha consegnato"
    if not items:
        return [c]
    first = min(items, key=lambda m: span_distance(m.start, m.end, c.cue_start, c.cue_end))
    group = coordinated_mentions(text, first, items)
    counted = False
    if len(group) == 1 and quantities:
        group = coordinated_mentions(text, first, items, _count_spans(text, quantities, lang))
        counted = len(group) > 1
    if len(group) == 1:  # round 59: "1 million artillery shells, as well as short-range ballistic missiles"
        group = coordinated_mentions(text, first, items, link=_item_list_link(lang))
        if len(group) > 1:
            c = replace(c, reasons=[*c.reasons, "goods_list"])
    # a count stands before what it counts: each quantity belongs to the first item of the list
    # that ends after the count begins ("9 milioni di proiettili d'artiglieria": the artillery's)
    owner = {}
    for q in quantities:
        after = [m for m in group if m.end > q.start and m.start - q.end < 40]
        if after:
            owner[(q.start, q.end)] = min(after, key=lambda m: m.start)
    out = []
    for m in group:
        c2 = replace(
            c,
            item=m.entity,
            reasons=c.reasons + (["list_item"] if len(group) > 1 else []) + (["counted_list"] if counted else []),
            notes=list(c.notes),
        )
        if len(group) > 1:
            own = [q for q in quantities if owner.get((q.start, q.end)) is m]
            if own:
                q = own[0]
                c2.quantity, c2.quantity_bound, c2.unit = q.value, q.bound, q.unit
                c2.reasons.append(f"quantity:{q.unit}")
            c2.not_counts = tuple(sp for sp, o in owner.items() if o is not m)
        if m.end > c2.end and m.end - c2.start < 400:
            c2.start, c2.end = whole_words(text, c2.start, m.end)
            c2.quote = text[c2.start : c2.end]
        if m is antecedent and m.start < c2.start:
            c2.reasons.append("relative_item")
            c2.start, c2.end = whole_words(text, m.start, c2.end)  # the quote holds what was moved
            c2.quote = text[c2.start : c2.end]
        out.append(c2)
    return out


_OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:che|that|which)\s+[^,;:.()]{1,60}", re.IGNORECASE)


def _relative_antecedent(text: str, c: CandidateClaim, here):
    """Rule ``relative_item`` (round 53): the goods a relative clause's transfer verb moves are the
    noun the clause hangs on ("the ballistic missiles that North Korea delivered to Russia", "i
    missili balistici che la Corea del Nord ha consegnato alla Russia"), not a noun later in the
    sentence. The weapon class named right before "che"/"that"/"which", whose clause holds the
    cue's subject; else None."""
    before = [
        m
        for m in here
        if m.end <= c.cue_start
        and not m.nested
        and (m.fits("WeaponSystem") or m.fits("Programme"))
        and _OBJECT_RELATIVE.fullmatch(text, m.end, c.cue_start)
    ]
    if not before:
        return None
    m = before[-1]
    # round 63: "the KN-23 ballistic missiles that ...": the model named before the class noun
    model = [
        x
        for x in here
        if x.end <= m.start
        and not x.nested
        and x.entity != m.entity
        and (x.fits("WeaponSystem") or x.fits("Programme"))
        and not text[x.end : m.start].strip()
        and _model_name(text, x)
        and not _model_name(text, m)
    ]
    return model[-1] if model else m


def _compound_kind(text: str, items: list, lang: str) -> list:
    """Rule ``compound_head`` (round 37, revised in round 72): of two classes named as one noun
    phrase, the item is the one the modifier names, the narrower class ("artillery ammunition",
    "munizioni d'artiglieria": artillery, whose shells they are; "munitions" alone says less);
    the grammatical head stands last in English and first in Italian (``COMPOUND_HEAD``). A
    model name is the item whichever it is ("KN-23 ballistic missiles")."""
    w = words(lang)
    link = _compound_link(lang)
    dropped = set()
    ordered = sorted(items, key=lambda m: m.start)
    for a, b in itertools.pairwise(ordered):
        if link.fullmatch(text, a.end, b.start) and a.entity != b.entity:
            head, kind = (b, a) if w.COMPOUND_HEAD == "last" else (a, b)
            if _model_name(text, head) and not _model_name(text, kind):
                head, kind = kind, head  # round 63: "KN-23 ballistic missiles": the model, not its class
            dropped.add(id(head))
    return [m for m in items if id(m) not in dropped]


@functools.cache
def _item_list_link(lang: str) -> re.Pattern:
    return re.compile(words(lang).ITEM_LIST_LINK)


def _model_name(text: str, m) -> bool:
    """True when mention *m* is written as a proper name (a capital or a digit: "KN-23",
    "Koksan"), not as a class noun ("ballistic missiles", "munizioni")."""
    return any(ch.isupper() or ch.isdigit() for ch in text[m.start : m.end])


@functools.cache
def _compound_link(lang: str) -> re.Pattern:
    return re.compile(words(lang).COMPOUND_LINK, re.IGNORECASE)


def _count_spans(text: str, quantities: Sequence[Quantity], lang: str) -> list[tuple[int, int]]:
    """The spans of *quantities* widened back over the bound before each ("oltre 100", "nearly
    10 million")."""
    bounds = _bound_before(lang)
    out = []
    for q in quantities:
        m = bounds.search(text, max(0, q.start - 40), q.start)
        out.append((m.start() if m else q.start, q.end))
    return out


@functools.cache
def _bound_before(lang: str) -> re.Pattern:
    phrases = sorted((b for b, _ in words(lang).BOUNDS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(b) for b in phrases) + r")\s+\Z", re.IGNORECASE)
