"""Casualty counts are their own claims: who lost how many, where.

"Almeno 300 soldati nordcoreani sono morti e altri 2.700 sono rimasti feriti ... nella
regione di Kursk" gives North Korea SUFFERED_LOSSES Kursk, 300 killed (at least) and 2,700
wounded; "At least 100 North Korean soldiers ... have been killed and about 1,000 wounded in
the Kursk region" the same in English. The victims' state is the one their noun phrase is
named after ("soldati nordcoreani", "North Korean soldiers"); the place is a location, event
or state in the same clause (never the enemy "contro le forze ucraine"). A count's figure is
never copied onto any other claim of the sentence.
"""

from __future__ import annotations

import functools
import re

from .forces import state_of
from .lang import words
from .qualifiers import qualify
from .quantities import parse_count
from .records import CandidateClaim
from .spans import whole_words

__all__ = ["casualty_claims"]

_NUMBER = re.compile(
    r"(?<![\w.,])(?<![^\W\d_]-)(\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?:mila)?|[^\W\d_]+)"
    r"(?:\s+(mila|mille|milioni|milione|thousand|million))?",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"(?:contro|against|versus)\s+(?:(?:il|lo|la|i|gli|le|l['’]|the)\s*)?\Z", re.IGNORECASE)


#: How far back (characters before the sentence) a casualty count's place may be named.
CONTEXT_CHARS = 600


def casualty_claims(text: str, sent, here, schema, lang: str, rules, frame, doc_date, earlier=()) -> list:
    """SUFFERED_LOSSES claims (with quantity and unit) from the casualty counts of *sent*.

    *earlier* are the places of the article's earlier claims of ``casualties.places_from``
    (mentions): rule ``place_from_context`` (round 61) gives a count whose sentence names no place
    the last of them within ``CONTEXT_CHARS`` ("... combattono nella regione di Kursk. I
    nordcoreani uccisi o feriti sarebbero 3.000": lost in Kursk), and notes where it came from."""
    w = words(lang)
    pred = schema.predicates.get(rules.suffered)
    if pred is None:
        return []
    cas_rx = re.compile(
        r"(?<![\w])(?:" + "|".join(sorted(map(re.escape, w.CASUALTY_WORDS), key=len, reverse=True)) + r")(?![\w])",
        re.IGNORECASE,
    )
    hits = list(cas_rx.finditer(text, sent.start, sent.end))
    if not hits:
        return []
    out = []
    last_state = None
    totals: set[int] = set()  # where a partitive's whole stands ("dei 12.000"): no count of victims
    for m in _NUMBER.finditer(text, sent.start, sent.end):
        part = None
        if any(m.start() <= t < m.end() for t in totals):
            continue
        count = parse_count(m[0], lang)
        if count is None:
            continue
        if re.match(r"\s*(?:--|[-–—])\s", text[m.end() : m.end() + 4]):
            continue  # round 51: a dateline's day ("WASHINGTON, Dec 30 - ...", round 121: "May 14 --")
        if _after_month(text, m.start(), w):
            continue  # round 121: a date's day ("on May 14 ... killed"), no count
        if w.FRACTION_BEFORE.search(text, max(sent.start, m.start() - 40), m.start()):
            continue  # round 61: "un terzo dei quasi 12.000 militari": the whole, not the victims
        value, approx = count
        # rule ``casualty_verb_before``: "killed 77 of them and wounded about 40", "ha ucciso 77
        # soldati": the verb before the number is its unit, never the next casualty word
        word = _verb_before(text, sent.start, m.start(), cas_rx, w)
        victims_end: int | None = None
        if word is not None:
            victims_end = _victims_end(text, m.end(), sent.end)
            if not _counts_victims(text, m.end(), victims_end, w, here):
                continue
            between = ""
            np_mentions = [x for x in here if m.end() <= x.start and x.end <= victims_end]
            unit = w.CASUALTY_WORDS[word[0].lower()]
        else:
            # the casualty word this number counts: the next one, with no other number in between
            word = next((h for h in hits if h.start() >= m.end() and h.start() - m.end() <= 120), None)
            if word is None:
                continue
            between = text[m.end() : word.start()]
            part = w.PARTITIVE_TOTAL.match(between)
            if part is not None:
                # rule partitive_total: "circa 3.800 dei 12.000 soldati ... erano stati uccisi"
                totals.add(m.end() + part.end() - 1)
                between = between[part.end() :]
            if re.search(r"[;:.]|\d", between) or any(
                parse_count(x, lang)
                for x in re.findall(r"[^\W\d_]+", between)
                if x.lower() not in ("un", "una", "a", "an", "one", "uno")
            ):
                continue
            if not _counts_victims(text, m.end(), word.start(), w, here):
                continue
            unit = w.CASUALTY_WORDS[word[0].lower()]
            rest = text[word.end() : word.end() + 12].lower()
            if re.match(r"\s+(?:o|or)\s+(?:feriti|wounded|injured)", rest):
                unit = "casualties"  # "uccisi o feriti"
            if word[0].lower().endswith(("ndo", "ndone", "ing")):
                continue  # "uccidendo due persone": caused by someone, not suffered (not drafted here)
            np_mentions = [x for x in here if m.end() <= x.start and x.end <= word.start()]
        state = next((state_of(x, here) for x in np_mentions if x.fits("Country") or x.fits("MilitaryUnit")), None)
        if state is not None and not state.fits("Country"):
            state = None
        if (
            state is None
            and not np_mentions
            and (re.match(r"\s*(?:sono|are|have|were)\b|\s+\w+\s+(?:sono|are)", between) or not between.strip())
        ):
            state = last_state  # "e altri 2.700 sono rimasti feriti", "and about 1,000 wounded": the same victims
        antecedent = None
        reason = "casualty_count"
        if state is None and not np_mentions and victims_end is None:
            # rule ``suffered_count`` (round 51): "North Korean soldiers fighting for Russia suffered
            # more than 1,000 killed or wounded": the victims are the subject of the suffering verb
            antecedent = _subject_of_suffering(text, sent.start, m.start(), here, frame, w)
            if antecedent is not None:
                state = state_of(antecedent, here)
                reason = "suffered_count"
                if not state.fits("Country"):
                    state, antecedent = None, None
        if state is None and not np_mentions and w.OF_THEM.match(text, m.end(), victims_end or word.start()):
            # "15.000 militari nordcoreani ... e circa 600 di loro sono morti": the force named before
            in_source = frame.excluded if frame else set()  # "according to South Korean intelligence"
            antecedent = next(
                (x for x in reversed(here) if x.end <= m.start() and x.demonym and id(x) not in in_source), None
            )
            if antecedent is None and victims_end is None:  # "X's forces killed 77 of them": X killed
                antecedent = _sender_of_force(text, sent.start, m.start(), here, w)
                reason = "casualty_of_sent_force" if antecedent is not None else reason
            state = state_of(antecedent, here) if antecedent is not None else None
            if state is not None and not state.fits("Country"):
                state = None
        if state is None:
            continue
        last_state = state
        clause1 = sent.end
        sources = frame.excluded if frame else set()
        places = [
            x
            for x in here
            if x.start >= (victims_end or word.end())
            and x.end <= clause1
            and x.entity != state.entity
            and any(x.fits(t) for t in pred.range)
            and not _AGAINST.search(text[max(0, x.start - 25) : x.start])
            and not x.nested
            and not x.demonym
            and id(x) not in sources
        ]  # "a South Korean lawmaker said"
        places += [
            x
            for x in np_mentions
            if x.entity != state.entity
            and (x.fits("Country") or (part is not None and x.fits("Location")))
            and not x.demonym
            and not _AGAINST.search(text[max(0, x.start - 25) : x.start])  # round 62: "a combattere contro l'Ucraina"
        ]  # "3.800 dei 12.000 soldati schierati a Kursk ... uccisi": where the force was
        if not places and antecedent is not None:
            # "... schierati in Russia e 600 di loro sono morti": where the force was named
            places = [
                x
                for x in here
                if antecedent.end <= x.start
                and x.end <= m.start()
                and x.entity != state.entity
                and (x.fits("Country") or x.fits("Location"))
                and not x.demonym
                and not x.nested
            ]
        order = {"Location": 0, "Event": 1, "Country": 2}
        place = min(
            places,
            key=lambda x: (
                min(order.get(t, 3) for t in ("Location", "Event", "Country") if x.fits(t)),
                abs(x.start - word.end()),
            ),
            default=None,
        )
        from_context = None
        if place is None and not w.WHOLE_WAR.search(text, sent.start, sent.end):
            from_context = next(
                (
                    x
                    for x in reversed(earlier)
                    if sent.start - CONTEXT_CHARS <= x.start
                    and x.end <= sent.start
                    and x.entity != state.entity
                    and (x.fits("Location") or x.fits("Event"))
                    and any(x.fits(t) for t in pred.range)
                    and not x.demonym
                    and not x.nested
                ),
                None,
            )
            place = from_context
        if place is None:
            continue
        bound = "approx" if approx else "exact"
        before = text[max(sent.start, m.start() - 20) : m.start()].lower()
        for phrase, b in sorted(w.BOUNDS, key=lambda pb: -len(pb[0])):
            if re.search(r"(?:^|\W)" + re.escape(phrase) + r"\s*\Z", before):
                bound = b
                break
        last = max(word.end(), victims_end or 0)
        start, end = whole_words(
            text, min(m.start(), word.start()), max(last, place.end if place.start > m.start() else last)
        )
        c = CandidateClaim(
            state.entity,
            pred.name,
            place.entity,
            text[start:end],
            start,
            end,
            sent.start,
            sent.end,
            word[0],
            95.0,
            quantity=int(value) if value == int(value) else value,
            quantity_bound=bound,
            unit=unit,
            reasons=["casualty_count"]
            + ([reason] if reason != "casualty_count" else [])
            + (["casualty_verb_before"] if victims_end is not None else [])
            + (["place_from_context"] if from_context is not None else []),
            cue_start=word.start(),
            cue_end=word.end(),
        )
        if from_context is not None:
            c.notes.append(f"place from an earlier sentence: {text[from_context.start : from_context.end]!r}")
        qualify(c, text, sent, frame, [], [], [(s, e) for s, e in _hedges(text, sent, lang)], rules, lang)
        out.append(c)
    return out


@functools.cache
def _after_month(text: str, at: int, w) -> bool:
    """True when the number at *at* follows a month's name ("May 14", "Sept. 3"): a day, no count."""
    prev = re.search(r"([^\W\d_]+)\.?\s+\Z", text[max(0, at - 14) : at])
    return prev is not None and prev[1].lower() in w.MONTHS


def _last_word_and_bound(w) -> re.Pattern:
    """The last word of a text and the bound phrase after it, if any ("killed at least "), for the
    language module *w* (compiled once)."""
    bounds = "|".join(re.escape(b) for b, _ in sorted(w.BOUNDS, key=lambda pb: -len(pb[0])))
    return re.compile(rf"(\S+)\s+(?:(?:{bounds})\s+)?\Z", re.IGNORECASE)


def _verb_before(text: str, s0: int, at: int, cas_rx: re.Pattern, w) -> re.Match | None:
    """The casualty verb right before the number at *at* ("killed 77", "killed at least 77",
    "ha ucciso oltre 70"), a bound phrase allowed between them; else None."""
    window = text[max(s0, at - 40) : at]
    tail = _last_word_and_bound(w).search(window)
    if tail is None:
        return None
    start = max(s0, at - 40) + tail.start(1)
    return cas_rx.fullmatch(text, start, start + len(tail[1]))


def _victims_end(text: str, at: int, limit: int) -> int:
    """Where the victims after an active casualty verb's number end: the next comma, clause end,
    "and"/"e" or place or time preposition ("killed 77 North Korean soldiers and wounded ..."),
    else *limit*."""
    stop = re.compile(r"[,;:.()]|\s(?:and|e|ed|in|nel|nella|over|during|durante)\s", re.IGNORECASE).search(
        text, at, limit
    )
    return stop.start() if stop else limit


def _subject_of_suffering(text: str, s0: int, at: int, here, frame, w):
    """The victims of a count right after a verb of suffering (``SUFFERING_VERBS``): the last
    demonym or force named before the verb in its clause, outside any source phrase ("North
    Korean soldiers fighting for Russia suffered more than 1,000 killed"); else None."""
    verb = w.SUFFERING_VERBS.search(text, max(s0, at - 60), at)
    if verb is None:
        return None
    clause0 = max(text.rfind(";", s0, verb.start()) + 1, text.rfind(":", s0, verb.start()) + 1, s0)
    sources = frame.excluded if frame else set()
    names = [
        x
        for x in here
        if clause0 <= x.start
        and x.end <= verb.start()
        and id(x) not in sources
        and (x.demonym or x.fits("MilitaryUnit"))
    ]
    return names[0] if names else None


def _sender_of_force(text: str, s0: int, at: int, here, w):
    """Rule ``casualty_of_sent_force``: "X has sent 15,000 troops to Y ..., 2,000 of them have been
    killed": "of them" counts the force the sentence's subject sent; the subject is the state that
    opens the sentence, before a force noun with no other state in between (else None)."""
    first = next((x for x in here if x.start >= s0 and not x.nested), None)
    if first is None or not first.fits("Country") or first.demonym or first.start - s0 > 3:
        return None
    forces = "|".join(re.escape(f) for f in w.FORCE_NOUNS)
    f = re.search(rf"\b(?:{forces})\b", text[first.end : at], re.IGNORECASE)
    if f is None:
        return None
    f_at = first.end + f.start()
    if any(first.end <= x.start < f_at and x.fits("Country") for x in here if x is not first):
        return None
    return first


def _counts_victims(text: str, at: int, limit: int, w, here=()) -> bool:
    """Rule: a number counts the victims only when what follows it can be them ("300 soldati
    nordcoreani", "altri 2.700 sono rimasti feriti", "600 di loro", "1,000 wounded"), a plural
    demonym naming a people among them (round 67: "3.800 nordcoreani uccisi", "600 North Koreans
    killed"); "le due parti hanno concordato ... per i soldati caduti" counts the parties, not the
    dead."""
    if any(getattr(x, "demonym", False) and x.start >= at and not text[at : x.start].strip() for x in here):
        return True
    nxt = re.match(r"\s*([^\W\d_]+)", text[at:limit])
    if nxt is None or nxt[1][:1].isupper():
        return True
    low = nxt[1].lower()
    return (
        low in w.CASUALTY_WORDS
        or low in w.COUNT_LINKS
        or any(low == f or low == f.split()[0] for f in (*w.FORCE_NOUNS, *w.VICTIM_NOUNS))
    )


def _hedges(text: str, sent, lang: str):
    w = words(lang)
    rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in w.HEDGING_CUES) + r")(?![\w])", re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(text, sent.start, sent.end)]
