"""What a sentence says about its own content: who asserts it, where clauses start, negation.

A news sentence often wraps its fact in a reporting frame: "Shin Won-sik ha rivelato che
<fact>", "<fact>, a South Korean lawmaker said, citing the spy agency", "Secondo fonti di
intelligence, <fact>", "X, citato da Y, ha concluso che <fact>". :func:`analyse` finds those
frames: the asserter (a named entity, or an unnamed source such as "fonti di intelligence"),
the relay that passes the assertion on, and the span of the content they cover. Names inside
a frame are sources, never arguments of the content's claims; a claim's subject is looked for
inside its own clause.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .lang import ARTICLES, GENITIVES, alternation, phrases_rx, words

__all__ = ["SOURCE_TYPES", "Attribution", "Discourse", "Frame", "analyse"]

#: Types whose entities can assert something.
SOURCE_TYPES = ("Organization", "Person", "Group", "Country")
_RX_CACHE: dict[tuple[str, str], re.Pattern] = {}


def _closes_apposition(text: str, s0: int, comma: int, here) -> bool:
    """Round 81: True when the comma at *comma* closes an apposition of the name before it ("Dorothy
    Shea, the deputy U.S. ambassador to the United Nations, said ..."): a name, a comma, then a
    phrase opening with an article, a lower-case word or a possessor, at most fifteen words."""
    opening = text.rfind(",", s0, comma)
    if opening < 0:
        return False
    segment = text[opening + 1 : comma]
    if len(segment.split()) > 15 or not re.match(r"\s*(?:the\s+|a\s+|an\s+|[a-z]|[A-Z][\w.-]*['’]s\s)", segment):
        return False
    return any(
        not getattr(x, "nested", False)
        and x.end <= opening
        and not text[x.end : opening].strip()
        and (x.fits("Person") or x.fits("Organization"))
        for x in here
    )


@functools.cache
def _force_noun_gap(lang: str) -> re.Pattern:
    """A force noun, perhaps after one modifier, between a name and what follows ("North Korean
    special forces who")."""
    return re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{alternation(words(lang).FORCE_NOUNS)})\s*,?\s*", re.IGNORECASE)


@dataclass
class Attribution:
    """Who asserts the content span of a sentence, and who relays it."""

    start: int  # the whole attribution phrase (cue, asserter, relay)
    end: int
    cue: str
    content: tuple[int, int]  # the span of the sentence the attribution covers
    asserter: Any = None  # a mention, or None for an unnamed source
    asserter_text: str = ""
    relay: Any = None
    relay_text: str = ""
    kind: str = "named"  # named | unnamed
    source_spans: list[tuple[int, int]] = field(default_factory=list)  # NPs of asserter and relay
    self_subject: bool = False  # the content's subject is the asserter ("ha ammesso di aver ...", "said it had")
    carried: bool = False  # taken over from the previous sentence (a reported conditional)
    rule: str = ""  # the named rule that found it, reported in a claim's reasons

    def covers(self, start: int, end: int) -> bool:
        return self.content[0] <= start and end <= self.content[1]


@dataclass
class Discourse:
    """What earlier sentences of the article tell a frame: the latest attribution with a named
    source ("..., the statement said" repeats it) and the latest person who asserted something
    ("he said")."""

    last: Attribution | None = None
    speaker: Any = None
    roles: dict[str, Any] = field(default_factory=dict)  # role noun -> the person last named with it
    person: Any = None  # the first person named in the latest sentence naming one (round 45)

    def note_people(self, here) -> None:
        """Round 45 (rule ``pronoun_to_person``): remember the first person a sentence names, so
        "She said ..." after "Minister X visited Seoul." has X for its asserter when no one has
        spoken yet."""
        first = next((m for m in here if not m.nested and m.fits("Person") and not getattr(m, "carried", False)), None)
        if first is not None:
            self.person = first

    def update(self, frame: Frame) -> None:
        for a in [*frame.attributions, *([frame.back] if frame.back is not None else [])]:
            if a.asserter is not None or a.relay is not None:
                self.last = a
            for who in (a.asserter, a.relay):
                if who is not None and who.fits("Person"):
                    self.speaker = who


@dataclass
class Frame:
    """The analysis of one sentence."""

    attributions: list[Attribution]
    excluded: set[int]  # ids of mentions inside attribution phrases
    negations: list[tuple[int, int]]
    barriers: list[int]  # offsets where a clause with its own subject starts
    in_return: list[tuple[int, int]]
    back: Attribution | None = None  # a frame about the previous sentence ("Lo ha riferito X", "X said so.")

    def attribution_for(self, start: int, end: int) -> tuple[Attribution | None, Attribution | None]:
        """The innermost attribution covering ``[start, end)`` and the one around it (a relay)."""
        covering = [a for a in self.attributions if a.covers(start, end)]
        covering.sort(key=lambda a: a.content[1] - a.content[0])
        inner = covering[0] if covering else None
        outer = covering[1] if len(covering) > 1 else None
        return inner, outer

    def clause_start(self, pos: int, sent_start: int) -> int:
        """Where the clause holding *pos* starts (a subject must lie after it)."""
        starts = [b for b in self.barriers if b <= pos] + [
            a.content[0] for a in self.attributions if a.content[0] <= pos <= a.content[1]
        ]
        return max(starts, default=sent_start)

    def negated(self, cue_start: int, clause_start: int) -> bool:
        """True when a negation stands between the clause start and the cue ("senza il sostegno")."""
        return any(clause_start <= s and e <= cue_start and cue_start - e <= 60 for s, e in self.negations)


#: Round 100: a lower-case apposition describing the speaker, up to its closing comma.
_SPEAKER_APPOSITION = re.compile(rf"\s*,\s*(?P<body>(?:(?:{alternation(ARTICLES)})\s+)?[a-z][^,;:.]*),")
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas|e|ed|ma|mentre)\s+", re.IGNORECASE)
_NP_STOP = re.compile(r"[,;:()]|\s+(?:che|that|who|which|ha|hanno|said|says)\b", re.IGNORECASE)
_SHORT_PAREN = re.compile(r"\([^(),;:.]{1,30}\)")


def _np_end(text: str, start: int, limit: int) -> int:
    """End of the noun phrase starting at *start*: the next comma, colon, semicolon or *limit*;
    a short parenthesis naming the phrase belongs to it ("il servizio di intelligence (NIS)")."""
    m = _NP_STOP.search(text, start, limit)
    while m is not None and m[0] == "(":
        p = _SHORT_PAREN.match(text, m.start(), limit)
        if p is None:
            break
        m = _NP_STOP.search(text, p.end(), limit)
    return m.start() if m else limit


@functools.cache
def _list_links(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """What joins the names of a list: a comma, or the last "e" / "and"; an article may follow."""
    article = rf"(?:(?:{alternation(words(lang).ARTICLES)})['’]?\s*)?"
    joins = alternation(words(lang).SOURCE_JOINS)
    return (
        re.compile(rf"\s*,\s*{article}", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:{joins})\s+{article}", re.IGNORECASE),
    )


def _source_list_end(text: str, np_end: int, limit: int, here, lang: str) -> int:
    """Rule ``source_list`` (round 37): where a source phrase that names a list of sources ends.

    "Secondo Stati Uniti, Corea del Sud e Ucraina, <clause>": the phrase before the first comma
    goes on with names joined by commas and a last "e" / "and", up to the comma after them;
    those names are sources too, no party of the clause. Anything else: *np_end* as it was.
    """
    comma, join = _list_links(lang)
    names = sorted((m for m in here if not m.nested and m.start >= np_end), key=lambda m: m.start)
    at, joined = np_end, False
    for m in names:
        if comma.fullmatch(text, at, m.start):
            at = m.end
        elif join.fullmatch(text, at, m.start):
            at, joined = m.end, True
        else:
            break
        if joined:
            close = re.match(r"\s*,", text[at:limit])
            return at + close.end() - 1 if close else np_end
    return np_end


_GENITIVE_BEFORE = re.compile(r"\b(?:di|del|della|dello|dell['’]|dei|degli|delle|d['’])\s*\Z", re.IGNORECASE)


def _opens_clause(text: str, s0: int, at: int, here) -> bool:
    """True when an introducer at *at* opens its sentence's clause, so its content follows:
    nothing before it, or a short adverb ("Sempre secondo il rapporto, ...", "Also according to")."""
    before = text[s0:at]
    return (
        at - s0 <= 3
        or before.strip() == ""
        or (
            len(before.split()) <= 2 and not re.search(r"[,;:()]", before) and not any(s0 <= m.start < at for m in here)
        )
    )


def _source_in(text: str, a: int, b: int, here, lang: str):
    """``(mention or None, kind, text)`` for the source named in ``text[a:b]``.

    A named source is a mention of a type that can assert; an unnamed one is a noun phrase
    headed by a source noun ("fonti di intelligence", "U.S. and South Korean officials").
    """
    np_text = text[a:b].strip(" ,")
    inside = [m for m in here if a <= m.start and m.end <= b and not m.nested]
    w = words(lang)
    toks = re.findall(r"[^\W\d_]+", np_text.lower())
    content = [t for t in toks if t not in ARTICLES and t not in GENITIVES]
    if lang == "en":  # English heads come last: "U.S. and South Korean officials"
        head = content[-1] if content else ""
        head_unnamed = any(np_text.lower().rstrip(". ").endswith(u) for u in w.UNNAMED_SOURCES)
    else:  # Italian heads come first: "le informazioni di intelligence"
        # rule unnamed_determiner: "diversi funzionari del governo di X" are unnamed officials
        content = [t for t in content if t not in w.UNNAMED_DETERMINERS] or content
        head = content[0] if content else ""
        head_unnamed = _unnamed_head(np_text, lang)
    named = [m for m in inside if any(m.fits(t) for t in SOURCE_TYPES) and not getattr(m, "demonym", False)]
    # round 108 (`described_name`): a description resolved to an earlier source ("l'agenzia") and
    # the name right after it ("dell'agenzia Ria Novosti") are one source: the name's
    named = [
        m
        for m in named
        if not (
            getattr(m, "antecedent", "")
            and any(n is not m and re.fullmatch(r"\s*", text[m.end : n.start]) for n in named)
        )
    ]
    if named and head_unnamed:
        # "il servizio di intelligence sudcoreano (NIS)": the parenthesis names the description;
        # "un rapporto della Agenzia X": a report is its author's
        paren = [m for m in named if re.match(r"\s*\)", text[m.end : m.end + 3]) and "(" in text[a : m.start]]
        if paren:
            return paren[0], "named", np_text
        # rule head_in_name: the source noun belongs to a known name ("i media statali X" where
        # "media statali" names an outlet, "the Freedonian intelligence services"): that name speaks
        at = (
            [
                a + x.start()
                for x in re.finditer(rf"(?:(?<![\w'’])|(?<=\b[lL]['’])){re.escape(head)}(?![\w])", text[a:b], re.I)
            ]
            if head
            else []
        )
        if at:
            h0 = at[-1] if lang == "en" else at[0]  # English heads come last
            owner = [m for m in named if m.start <= h0 < m.end]
            if owner:
                return owner[0], "named", np_text
        if head in w.SOURCE_NOUNS and lang != "en":
            owner = [m for m in named if _GENITIVE_BEFORE.search(text, max(a, m.start - 8), m.start)]
            if owner:
                return owner[0], "named", np_text
    if named and not head_unnamed:
        # the source is the name that heads the phrase: the first (it) or the last (en)
        # round 108: of names ending together the longer heads ("Japan's foreign ministry", not "Japan")
        m = named[0] if lang != "en" else max(named, key=lambda x: (x.end, x.end - x.start))
        return m, "named", np_text
    if head_unnamed or head:
        return None, "unnamed", np_text
    return None, None, np_text


_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:di|del|della|dello|dell['’]|dei|degli|delle|d['’]|al|alla|allo|all['’]|ai|agli|alle|a|in|con|per|da|"
    r"dal|dalla|dall['’]|of|to|with|for|at|from|by|in)\s*(?:(?:the|il|lo|la|i|gli|le|l['’])\s*)?|\(\s*)\Z",
    re.IGNORECASE,
)


def _in_name(m: re.Match, here) -> bool:
    """Rule ``cue_in_name``: a reporting word inside a name ("states" in "the United States",
    "reports" in a report's title) is part of the name, never a reporting verb."""
    return any(x.start <= m.start() and m.end() <= x.end for x in here)


#: Round 63: a closing report's time and a participle phrase after it ("said on Monday, more than
#: tripling the estimate", "ha detto lunedì, ribadendo la posizione"); no complementizer in it.
#: When a closing report was made, right after its verb ("said on Monday", "ha detto ieri").
_TAIL_TIME = (
    r"\s*(?:(?:on|in|at|last|this|earlier|later|ieri|oggi|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica)\b[^,.;:]{0,25})?"
)
_GERUND_TAIL = re.compile(
    _TAIL_TIME + r"\s*,\s*(?:(?!\b(?:that|che)\b)[^.;:!?\"“”«»]){0,40}?"
    r"\b[^\W\d_]+(?:ing|ando|endo)\b(?:(?!\b(?:that|che)\b)(?:[^.;:!?\"“”«»]|(?<=\b[A-Z])\.)){0,160}"
    r"[.!?\"”»]?\s*",
    re.IGNORECASE,
)

#: What may stand before a sentence's opening phrase: nothing, or a dateline ("SEUL, 6 marzo – ",
#: "Kiev, 26 dicembre 2024 - ").
_SENTENCE_OPENING = re.compile(r"\s*(?:[^\W\d_][\w'’.]*(?:\s+[^\W\d_][\w'’.]*){0,2}\s*(?:,[^,–—-]{1,25})?\s+[-–—]\s*)?")


def _unnamed_head(np_text: str, lang: str) -> bool:
    """True when *np_text* opens with a source noun, an article or a determiner aside ("i militari
    sudcoreani", "diversi funzionari", "fonti diplomatiche"): the head of a head-first language."""
    w = words(lang)
    dets = alternation(w.UNNAMED_DETERMINERS)
    return any(
        re.match(rf"(?:(?:il|lo|la|i|gli|le|l['’]|un|una|{dets})\s*)?{re.escape(u)}\b", np_text.lower())
        for u in w.UNNAMED_SOURCES
    )


def _parenthetical(text: str, s0: int, at: int, lang: str) -> bool:
    """Rule ``parenthetical_source``: "..., che, secondo X, ha portato ...", "which, according to
    X, has ...": a source phrase set off by commas right after a relative pronoun or a
    complementizer covers the clause it opens, not the words before it."""
    opener = alternation((*words(lang).RELATIVE_PRONOUNS, *(c for c in words(lang).COMPLEMENTIZERS if c.isalpha())))
    return re.search(rf"\b(?:{opener})\s*,\s*\Z", text[s0:at], re.IGNORECASE) is not None


def _joint_first(text: str, who, cands, lang: str):
    """Rule ``joint_source``: of sources coordinated before one reporting verb ("Washington and
    Seoul say", "A, B and C said") the first named is the asserter, as a joint statement is
    attributed in the annotation convention (the others are co-asserters the claim cannot hold)."""
    joins = alternation(words(lang).SOURCE_JOINS)
    i = cands.index(who)
    joined = False  # round 108: a bare comma lists only before a conjunction ("After meeting A, B said")
    while i > 0:
        link = re.fullmatch(
            rf"\s*(?:,|,?\s*(?P<join>{joins}))\s*(?:(?:{alternation(words(lang).ARTICLES)})\s+)?",
            text[cands[i - 1].end : cands[i].start],
            re.IGNORECASE,
        )
        if link is None or not (joined or link["join"]):
            break
        joined = True
        i -= 1
    return cands[i]


def _modifier(text: str, m, floor: int) -> bool:
    """True when mention *m* qualifies another noun of its phrase rather than heading it: after a
    preposition ("dell'HUR", "in un'intervista al Financial Times"), inside parentheses or
    followed by a possessive ("Ukraine's")."""
    before = text[max(floor, m.start - 16) : m.start]
    return bool(_MODIFIER_BEFORE.search(before)) or bool(re.match(r"['’]s\b|\s*\)", text[m.end : m.end + 3]))


def _qualifies_unnamed(text: str, m, end: int, lang: str) -> bool:
    """True when name *m* only qualifies the unnamed source noun that heads its phrase ("U.S.
    officials", "Pentagon sources"): English puts the head last."""
    rest = text[m.end : end].strip(" .").lower()
    aux = r"(?:\s+(?:have|has|had|are|were|is|was|also|had\s+also|have\s+also))?"
    return bool(rest) and any(
        re.fullmatch(rf"(?:[a-z-]+\s+)?{re.escape(u)}{aux}", rest) for u in words(lang).UNNAMED_SOURCES
    )


def _closing_tail(lang: str) -> str:
    """What may follow a closing reporting verb up to the end of the sentence: an addressee
    ("reporters", "ai giornalisti") and adverbials ("on Tuesday", "after a briefing by X")."""
    key = (lang, "_closing")
    if key not in _RX_CACHE:
        w = words(lang)
        starts = alternation((*w.ADVERBIAL_STARTS, *w.LATER_STARTS))
        # round 37 (`hyphenated_addressee`): a word may be hyphenated ("a closed-door committee")
        word = r"[^\W\d_]+(?:-[^\W\d_]+)*"
        addressee = rf"(?:(?:the|a|an|ai|agli|alla|alle|al|all['’]|a)\s+)?{word}(?:\s+{word}){{0,2}}?"
        # one adverbial runs to the end ("on Tuesday after a briefing by X"): no nested repetition,
        # so a sentence that is not a closing report fails in linear time
        _RX_CACHE[key] = re.compile(
            rf"\s*(?:{addressee})?(?:\s*,?\s*(?:{starts})\b[^.;:!?]{{0,120}})?\s*[.!?\"”»]?\s*", re.IGNORECASE
        )
    return _RX_CACHE[key].pattern


def _complement_rx(lang: str) -> re.Pattern:
    """What opens a reported clause after a reporting verb, an adverbial phrase allowed in between:
    "said that", "acknowledged for the first time that", "said in a statement carried by X
    that", "ha confermato per la prima volta di aver inviato".

    Round 10 (rule ``adverbial_comma``): a comma inside the adverbial opens only a source phrase
    ("reported in May, citing X, that"); any other comma ends it, so "said on Thursday,
    reinforcing a contingent that has ..." reads "that" as the relative pronoun it is, and the
    clause before the verb stays the report's content."""
    key = (lang, "_complement")
    if key not in _RX_CACHE:
        w = words(lang)
        starts = alternation(w.ADVERBIAL_STARTS)
        comps = "|".join(re.escape(c) for c in w.COMPLEMENTIZERS)
        citing = alternation(w.CITING)
        # round 68: "Washington stima in circa 10.000 i soldati inviati": the estimate is the content
        estimate = f"|{w.ESTIMATE_COMPLEMENT}" if getattr(w, "ESTIMATE_COMPLEMENT", None) else ""
        _RX_CACHE[key] = re.compile(
            rf"\s*(?:,\s*)?(?:(?:{starts})\b(?:[^.,;:!?\"“”«»]|,(?=\s*(?:{citing})\b)){{0,90}}?\s*)?(?:,\s*)?"
            rf"(?:(?:{comps})\b|{w.INFINITIVE_COMPLEMENT}{estimate})",
            re.IGNORECASE,
        )
    return _RX_CACHE[key]


def _complement(after: str, lang: str) -> re.Match | None:
    """The match of the words up to and including the complementizer at the start of *after*,
    or None; the adverbial in between holds no other reporting verb."""
    m = _complement_rx(lang).match(after)
    if m is None or phrases_rx(lang, "REPORT_VERBS").search(after, 0, max(0, m.end() - 4)):
        return None
    return m


def _anaphoric(np_text: str, lang: str) -> str | None:
    """``"pronoun"`` for "he"/"lei", ``"source"`` for "the statement"/"il rapporto", else None."""
    w = words(lang)
    low = " ".join(re.findall(r"[^\W\d_]+", np_text.lower()))
    if low in w.PRONOUNS:
        return "pronoun"
    nouns = "|".join(re.escape(n) for n in w.SOURCE_NOUNS)
    if re.fullmatch(
        rf"(?:{w.DEFINITE})\s*(?:(?:same|stesso|stessa|new|nuovo|nuova|latest|ultimo|ultima)\s+)?(?:{nouns})", low
    ):
        return "source"
    if _role_of(low, lang) is not None:
        return "role"
    return None


def _role_of(low: str, lang: str) -> str | None:
    """The role noun of a description that names a person by their office alone ("il ministro",
    "the spokesman", "il deputato sudcoreano"), or None."""
    w = words(lang)
    toks = low.split()
    if toks and re.fullmatch(w.DEFINITE, toks[0]):
        toks = toks[1:]  # "ha detto la portavoce" may leave the article to the verb phrase
    if not 1 <= len(toks) <= 2:
        return None
    roles = {r for r in (*w.LEADING_ROLES, *w.POSITION_ROLES) if " " not in r}
    head = toks[0] if lang != "en" else toks[-1]
    return head if head in roles else None


def _resolve(att: Attribution, lang: str, discourse: Discourse | None) -> None:
    """An asserter named by a pronoun or a source noun takes its antecedent from *discourse*."""
    if discourse is None or att.asserter is not None:
        return
    kind = _anaphoric(att.asserter_text, lang)
    if kind == "pronoun" and (discourse.speaker or discourse.person) is not None:
        att.asserter, att.kind = discourse.speaker or discourse.person, "named"
    elif kind == "role":
        # "..., ha detto il ministro": the person the article last named with that role
        who = discourse.roles.get(_role_of(" ".join(re.findall(r"[^\W\d_]+", att.asserter_text.lower())), lang) or "")
        if who is not None:
            att.asserter, att.kind = who, "named"
    elif kind == "source" and discourse.last is not None:
        last = discourse.last
        att.asserter, att.kind = last.asserter, last.kind
        if att.relay is None:
            att.relay, att.relay_text = last.relay, last.relay_text
        if att.asserter is None and att.relay is None:
            att.kind = "unnamed"


def _after_preposition(text: str, m, floor: int, lang: str) -> bool:
    """True when mention *m* follows one of the language's ``BACK_NOT_SOURCE_BEFORE`` prepositions,
    maybe with an outlet noun in between ("all'agenzia X", "a Lina")."""
    preps = alternation(words(lang).BACK_NOT_SOURCE_BEFORE)
    outlets = alternation(getattr(words(lang), "OUTLET_BEFORE_NAME", ()) or ("(?!)",))
    return (
        re.search(
            rf"(?<![\w'’])(?:{preps})\s*(?:(?:{outlets})\s+(?:[^\W\d_]+\s+)?)?\Z",
            text[max(floor, m.start - 40) : m.start],
            re.IGNORECASE,
        )
        is not None
    )


def _outlet_before(text: str, m, lang: str) -> bool:
    """True when an outlet noun stands right before mention *m* ("all'agenzia X")."""
    outlets = getattr(words(lang), "OUTLET_BEFORE_NAME", ())
    before = text[max(0, m.start - 40) : m.start].lower()
    return any(re.search(rf"\b{re.escape(o)}\s+(?:[^\W\d_]+\s+)?\Z", before) for o in outlets)


def _closing_apposition(text: str, np_end: int, s1: int, here):
    """The person named in an apposition right after a role phrase ("il segretario del X, Nome
    Cognome," / "... , Nome Cognome."), or None."""
    if np_end >= s1 or text[np_end] != ",":
        return None
    for x in here:
        if x.nested or not x.fits("Person") or getattr(x, "demonym", False):
            continue
        if text[np_end + 1 : x.start].strip() == "" and re.match(r"\s*(?:[,.;]|\Z)", text[x.end : s1 + 1]):
            return x
    return None


def _closing_speaker(text: str, comma: int, verb: re.Match, s0: int, s1: int, here, end_rx: str):
    """``(person, content_end)`` for a closing report whose subject is a person's name in an
    apposition after a role ("..., the head of the X police, Otto Vell, said on Facebook."): the
    verb closes its sentence, a comma stands right before it and the name fills the segment
    before that comma; the content ends where the role phrase starts. Else None."""
    if comma <= s0 or text[comma + 1 : verb.start()].strip():
        return None
    if not re.fullmatch(end_rx, text[verb.end() : s1]):
        return None
    prev = text.rfind(",", s0, comma)
    if prev <= s0:
        return None
    who = next(
        (x for x in here if x.fits("Person") and not x.nested and text[prev + 1 : comma].strip() == x.text.strip()),
        None,
    )
    if who is None:
        return None
    role0 = text.rfind(",", s0, prev)
    role = text[role0 + 1 : prev].strip() if role0 > s0 else ""
    if role and role[:1].islower() and len(role.split()) <= 15 and not any(c in role for c in ';:"“”«»'):
        return who, role0
    return who, prev


def _inset_report(text: str, comma: int, verb: re.Match, s0: int, s1: int, here, lang: str):
    """``((np_start, np_end), closing_comma)`` when the reporting verb *verb* stands in a short
    inset set off by commas inside its sentence ("..., ha detto il ministro, ...", "..., he said,
    ..."): the asserter's words around it are one clause; else None."""
    between = text[comma + 1 : verb.start()]
    close = text.find(",", verb.end(), s1)
    if close < 0 or not text[close + 1 : s1].strip(' ."”»'):
        return None
    after = text[verb.end() : close]
    if between.strip():  # English and names first: "..., Vell said, ..." (nothing after the verb)
        if after.strip() or len(between.split()) > 4 or re.search(r"[;:()\"“”«»]", between):
            return None
        return (comma + 1, verb.start()), close
    if len(after.split()) > 5 or re.search(r"[;:()\"“”«»]", after):  # "..., ha detto il ministro, ..."
        return None
    if any(verb.end() <= x.start < close and not (x.fits("Person") or x.fits("Organization")) for x in here):
        return None
    return (verb.end(), close) if after.strip() else (verb.end(), verb.end()), close


def _briefer(text: str, start: int, end: int, here, lang: str):
    """A source whose briefing the asserter reports: "X told reporters after a briefing by
    the NIS", "al termine di un'audizione del NIS" (the NIS asserts, X relays); else None."""
    rx = words(lang).BRIEFING_BY
    m = rx.search(text, start, end)
    if m is None:
        return None
    return next(
        (
            x
            for x in here
            if m.end() <= x.start <= m.end() + 40
            and not x.nested
            and any(x.fits(t) for t in SOURCE_TYPES)
            and not getattr(x, "demonym", False)
        ),
        None,
    )


def _relative_subject(text: str, start: int, verb: int, lang: str) -> int | None:
    """Where a relative pronoun opening the reporting verb's clause stands (", which estimates",
    ", che stima"), or None: such a verb's subject is the noun phrase before the comma."""
    pron = alternation(words(lang).RELATIVE_PRONOUNS)
    m = re.search(rf",\s*((?:{pron})\s+(?:[^\W\d_]+\s+)?)\Z", text[start:verb], re.IGNORECASE)
    return start + m.start(1) if m else None


def _relative_asserter(text: str, rel: int, verb, comp, atts, here, lang: str, s1: int) -> Attribution | None:
    """Rule ``attribution_relative``: the asserter of ", which estimates that <content>" is the
    source the phrase before the comma names (a source an earlier frame of the sentence already
    read, or a short source phrase); a longer clause before it is no source (None)."""
    comma = text.rfind(",", 0, rel)
    c0 = verb.end() + comp.end()
    prev = next((a for a in atts if a.source_spans and abs(a.source_spans[-1][1] - comma) <= 2), None)
    cue = " ".join(verb[0].lower().split())
    if prev is not None:
        return Attribution(
            rel, c0, cue, (c0, s1), prev.asserter, prev.asserter_text, prev.relay, prev.relay_text, prev.kind,
            [(rel, verb.start())], rule="attribution_relative",
        )  # fmt: skip
    np0 = max(text.rfind(",", 0, comma) + 1, text.rfind(";", 0, comma) + 1)
    if len(text[np0:comma].split()) > 6:
        return None
    who, kind, np_text = _source_in(text, np0, comma, here, lang)
    if kind is None or (kind == "unnamed" and not any(u in np_text.lower() for u in words(lang).UNNAMED_SOURCES)):
        return None
    return Attribution(
        np0, c0, cue, (c0, s1), who, np_text, kind=kind, source_spans=[(np0, comma)], rule="attribution_relative"
    )


def _adverbial_clause_start(text: str, clause0: int, verb: int, here, lang: str) -> int:
    """Rule ``speaker_in_adverbial_clause`` (round 45): "<fact> in the Kursk region, where
    President X warned that ...": a reporting verb whose subject stands in a clause opened after
    a comma by an adverbial word (``ADVERBIAL_OPENERS``) speaks from that clause; the fact before
    the comma stays in the article's voice. Returns where the verb's clause starts: after the last
    such opener with a name between it and the verb, else *clause0* ("X, when asked, said that")."""
    key = (lang, "adverbial openers")
    if key not in _RX_CACHE:
        _RX_CACHE[key] = re.compile(rf",\s*(?:{alternation(words(lang).ADVERBIAL_OPENERS)})\s+", re.IGNORECASE)
    for o in reversed(list(_RX_CACHE[key].finditer(text, clause0, verb))):
        if any(o.end() <= x.start and x.end <= verb and any(x.fits(t) for t in SOURCE_TYPES) for x in here):
            return o.end()
    return clause0


def _shared_subject_report(text: str, verb: re.Match, comp: re.Match | None, atts, lang: str) -> Attribution | None:
    """Rule ``shared_subject_report`` (round 45): "X accuse A of supplying arms and suspect that
    B", "i due governi accusano A di fornire armi e sospettano che B": a reporting verb joined by
    "and"/"but"/"e"/"ma" (``SHARED_REPORT_JOIN``) inside the content of an earlier report shares that report's asserter. The earlier
    content ends at the join, the new one is the clause after the complementizer; the facts
    between the two verbs stay claims of the first report (None: no such earlier report)."""
    j = re.search(words(lang).SHARED_REPORT_JOIN, text[max(0, verb.start() - 12) : verb.start()], re.IGNORECASE)
    if j is None:
        return None
    join = max(0, verb.start() - 12) + j.start()
    covering = [a for a in atts if a.end <= join and a.content[0] <= join < a.content[1] and not a.carried]
    # the outermost report speaks on: "X recalled that the Pentagon believes A, but said that B"
    prev = min(covering, key=lambda a: a.content[0], default=None)
    if prev is None or not text[prev.content[0] : join].strip():
        return None
    c0 = verb.end() + (comp.end() if comp is not None else 0)  # English may leave "that" out
    shared = Attribution(
        join, c0, " ".join(verb[0].lower().split()), (c0, prev.content[1]), prev.asserter, prev.asserter_text,
        prev.relay, prev.relay_text, prev.kind, [], rule="shared_subject_report",
    )  # fmt: skip
    for a in covering:
        a.content = (a.content[0], join)
    return shared


def _opening_adverbial(text: str, s0: int, comma: int, here) -> bool:
    """Round 45: "On Wednesday, X said at least 3,000 soldiers had arrived": a short phrase that
    names nothing before the sentence's first comma is an adverbial opening the sentence, never
    the content of a closing report ("<content>, X said")."""
    return len(text[s0:comma].split()) <= 4 and not any(s0 <= m.start and m.end <= comma for m in here)


def _clause_openers(lang: str) -> re.Pattern:
    """The words that open a clause of their own (relative pronouns, complementizers, "whether",
    subordinators, "what"), compiled once per language."""
    key = (lang, "clause openers")
    if key not in _RX_CACHE:
        w = words(lang)
        openers = (*w.RELATIVE_PRONOUNS, *w.COMPLEMENTIZERS, *w.OPEN_CLAUSE, *w.SUBORDINATORS, *w.WH_WORDS)
        _RX_CACHE[key] = re.compile(rf"\b(?:{alternation(o for o in openers if o.isalpha())})\b", re.IGNORECASE)
    return _RX_CACHE[key]


def _coordinated_act(text: str, a0: int, verb: int, here, lang: str) -> int | None:
    """Rule coordinated_act: "X met Y on Friday and said that ...", "X ha incontrato Y e ha detto
    che ...": the reporting verb shares its subject with an act of its own before "and"/"e".

    Returns the end of the subject's name (the source phrase ends there, and the act between it
    and "and" stays in the article's voice), or None. The subject is the clause's first name, a
    word that can open a verb follows it, and the act names someone or something else.
    """
    w = words(lang)
    j = re.search(w.COORDINATED_REPORT_JOIN, text[a0:verb], re.IGNORECASE)
    if j is None:
        return None
    join = a0 + j.start()
    starts = [d.end() for d in re.finditer(r"\s[-–—]\s|[;:]", text[a0:join])]
    a0 += starts[-1] if starts else 0  # after a dateline: "VLADIVOSTOK, Aug 23 - X met ..."
    names = sorted((x for x in here if a0 <= x.start and x.end <= join and not x.nested), key=lambda x: x.start)
    subjects = [x for x in names if any(x.fits(t) for t in SOURCE_TYPES) and not getattr(x, "demonym", False)]
    if not subjects:
        return None
    subject = subjects[0]
    prefix = text[a0 : subject.start]
    if re.search(r"[,;:()]", prefix) or len(prefix.split()) > 6 or phrases_rx(lang, "REPORT_VERBS").search(prefix):
        return None  # something opens the clause before the name: not a plain subject
    if _clause_openers(lang).search(prefix):
        return None  # "they watched what X gave Y, and urged ...": the name is inside another clause
    # round 100: a relative clause set off by commas may stand between the subject and its verb
    # ("Shoigu, who arrived in Pyongyang earlier, conveyed ... and told Kim that ...")
    rel = relative_clause_end(text, subject.end, join, lang)
    after = rel if rel is not None and rel < join else subject.end
    nxt = re.match(r"\s+([^\W\d_]+)", text[after:join])
    if nxt is None or nxt[1][0].isupper() or nxt[1].lower() in w.NOT_AFTER_SUBJECT:
        return None
    if not any(x.start >= after + len(nxt[0]) for x in names):
        return None
    return subject.end


@functools.cache
def _person_relative(lang: str) -> re.Pattern:
    """ ", who", ", che": the opening of a relative clause on the person named before it."""
    return re.compile(rf"\s*,\s*(?:{alternation(words(lang).PERSON_RELATIVES)})\s", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")


def relative_clause_end(text: str, start: int, limit: int, lang: str) -> int | None:
    """Round 100: where the relative clause on the name ending at *start* ends ("Shoigu, who arrived
    in Pyongyang earlier, ..."): just after its closing comma (at most 120 characters on), *limit*
    when it runs on to *limit* unbroken, or None when none opens there or other punctuation breaks it.

    >>> t = "Ivo, who arrived on Monday, met Lena."
    >>> relative_clause_end(t, 3, len(t), "en"), relative_clause_end(t, 3, 18, "en")
    (27, 18)
    """
    opening = _person_relative(lang).match(text, start, limit)
    if opening is None:
        return None
    brk = _CLAUSE_BREAK.search(text, opening.end(), limit)
    if brk is None:
        return limit
    return brk.end() if brk[0] == "," and brk.start() - opening.end() <= 120 else None


def analyse(text: str, sent, here, lang: str, discourse: Discourse | None = None) -> Frame:
    """Attribution frames, clause barriers and negations of sentence *sent* (with mentions *here*).

    *discourse* (what earlier sentences said, see :class:`Discourse`) resolves "he said" and
    "..., the statement said".
    """
    w = words(lang)
    s0, s1 = sent.start, sent.end
    atts: list[Attribution] = []
    excluded: set[int] = set()
    back = None
    joins_at: list[int] = []

    def exclude(a: int, b: int) -> None:
        for m in here:
            if a <= m.start and m.end <= b:
                excluded.add(id(m))

    # 0. "Lo ha riferito X", "È la stima di X": the sentence reports who said the previous one
    bm = w.BACK_REFERENCE.match(text, s0)
    if bm and bm.end() < s1:
        np_end = _np_end(text, bm.end(), s1)
        # rule adjunct_ends_speaker (round 113): "Lo ha detto X durante un incontro con Y": X only
        adjunct = w.ADJUNCT_OPENING.search(text, bm.end(), np_end)
        cut = adjunct is not None and any(bm.end() <= x.start and x.end <= adjunct.start() for x in here)
        if cut:
            np_end = adjunct.start()
        # rule inverted_source: "Lo ha annunciato a Lina il ministro X, Y,": a place or an addressee
        # after a preposition is no speaker; a person in the apposition that closes the phrase is
        not_source = [x for x in here if bm.end() <= x.start < np_end and _after_preposition(text, x, bm.end(), lang)]
        speakers = [x for x in here if x not in not_source]
        who, kind, np_text = _source_in(text, bm.end(), np_end, speakers, lang)
        inverted = ""
        if not_source and len(speakers) < len(here) and kind is not None:
            inverted = "inverted_source"
        appos = None if cut else _closing_apposition(text, np_end, s1, here)
        if appos is not None and kind is not None:
            who, kind, np_text, inverted = appos, "named", appos.text, "inverted_source"
        if kind is not None:
            back = Attribution(
                s0,
                np_end,
                " ".join(bm[0].lower().split()),
                (s0, s0),
                who,
                np_text,
                kind=kind,
                source_spans=[(bm.end(), np_end)],
            )
            back.rule = inverted
            addressee = [x for x in not_source if x.fits("Organization") and _outlet_before(text, x, lang)]
            if addressee and addressee[0] is not who:
                back.relay, back.relay_text = addressee[0], addressee[0].text
            brief = _briefer(text, bm.end(), s1, here, lang)
            if brief is not None and brief is not who:
                back.relay, back.relay_text = back.asserter, back.asserter_text
                back.asserter, back.asserter_text, back.kind = brief, brief.text, "named"
            atts.append(back)
            relative = w.RELATIVE_SOURCE.match(text, np_end, s1)
            if relative is not None:
                # rule relative_source: "Lo ha riferito l'agenzia Kcna, secondo cui <clause>": the
                # clause is the same source's, with claims of its own
                atts.append(
                    Attribution(
                        np_end, relative.end(), " ".join(relative[0].strip(" ,").lower().split()),
                        (relative.end(), s1), who, np_text, kind=kind, source_spans=[(bm.end(), np_end)],
                        rule="relative_source",
                    )
                )  # fmt: skip
                exclude(s0, relative.end())
            else:
                # round 100 (`speaker_adverbial`): "Lo ha annunciato X, dopo un colloquio con Y": the
                # speaker's own circumstances after the phrase (and after the apposition that
                # describes the speaker: "X, capo del Centro ...,") are in the article's voice
                described = _SPEAKER_APPOSITION.match(text, np_end, s1)
                if described and phrases_rx(lang, "SUBORDINATORS").match(text, described.start("body")):
                    # round 145 (`subordinate_not_apposition`): "Lo ha annunciato il governo, dopo che
                    # il presidente X ha ricevuto Y,": a clause of its own, no description of the speaker
                    described = None
                exclude(s0, described.end() if described else np_end)

    # 1. "secondo X, ..." / "according to X" / "citing X": the source phrase up to a comma
    for m in phrases_rx(lang, "SOURCE_INTRO").finditer(text, s0, s1):
        if _in_name(m, here):
            continue
        cue = " ".join(m[0].lower().split())
        if cue in ("riporta", "riferisce", "reports", "reported"):
            continue  # verbs: handled with the reporting verbs
        np_end = _np_end(text, m.end(), s1)
        relative = w.RELATIVE_SOURCE.match(text, m.start(), s1)
        prior = []
        if relative is not None and relative.start() <= m.start() + 1:
            # rule relative_source: "l'agenzia Kcna, secondo cui ...", "che secondo lui ...": the
            # source is the one named last before it
            personal = w.PERSONAL_SOURCE.search(relative[0]) is not None  # "secondo lui": a person
            prior = [
                x
                for x in here
                if x.end <= m.start()
                and (x.fits("Person") if personal else any(x.fits(t) for t in SOURCE_TYPES))
                and not x.demonym
            ]
            if not personal:  # "cui", "il quale": the name right before it ("Kcna, secondo cui")
                prior = [x for x in prior if re.fullmatch(r"[\s,)]*", text[x.end : m.start()])]
        if relative is not None and prior:
            who, kind, np_text = prior[-1], "named", prior[-1].text
            np_end = relative.end()
            content = (np_end, s1)
            that = w.RELATIVE_BEFORE.search(text, max(s0, m.start() - 12), m.start())
            if that is not None:
                # "la Velonia, che secondo lui ha inviato ...": the relative clause's subject is the
                # name before "che", so the content opens there
                ante = [x for x in here if x.end <= that.start() and text[x.end : that.start()].strip(" ,") == ""]
                if ante:
                    content = (ante[-1].start, s1)
            atts.append(Attribution(m.start(), np_end, cue, content, who, np_text, kind=kind, rule="relative_source"))
            exclude(m.start(), np_end)
            continue
        if relative is not None and relative.start() <= m.start() + 1 and w.PERSONAL_SOURCE.search(relative[0]) is None:
            # round 48: "la stima del Pentagono, secondo cui <clause>" with no known name right
            # before: the clause after "secondo cui" is what the phrase before the comma says
            comma = text.rfind(",", s0, m.start() + 1)
            np0 = max(text.rfind(",", s0, max(s0, comma)) + 1, s0)
            who, kind, np_text = _source_in(text, np0, max(np0, comma), here, lang)
            atts.append(
                Attribution(
                    m.start(), relative.end(), cue, (relative.end(), s1), who, np_text, kind=kind or "unnamed",
                    rule="relative_source",
                )
            )  # fmt: skip
            exclude(m.start(), relative.end())
            continue
        np_end = _source_list_end(text, np_end, s1, here, lang)
        who, kind, np_text = _source_in(text, m.end(), np_end, here, lang)
        if kind is None:
            continue
        # round 60: "...; fra loro, stando al capo X, ci sarebbero ...": a source after a semicolon
        # speaks for its own clause, never for the one before the semicolon; when no name stands
        # between the semicolon and the source, the clause after the source is what it says
        c0 = max(s0, text.rfind(";", s0, m.start()) + 1)
        opens = _opens_clause(text, s0, m.start(), here) or _parenthetical(text, s0, m.start(), lang)
        content = (np_end, s1) if opens else (c0, m.start())
        if not _opens_clause(text, s0, m.start(), here) and opens:
            comma = text.find(",", np_end + 1, s1)  # a relative clause closes at its comma
            content = (np_end, comma if comma > 0 else s1)
        elif not opens and c0 > s0 and not any(c0 <= x.start < m.start() for x in here):
            content = (np_end, s1)
        att = Attribution(m.start(), np_end, cue, content, who, np_text, kind=kind, source_spans=[(m.end(), np_end)])
        # "secondo la procura, citata dalla Reuters," -> the relay follows
        rel = w.RELAY_PASSIVE.match(text, np_end, s1)
        if rel:
            r_end = _np_end(text, rel.end(), s1)
            relay, _, rtext = _source_in(text, rel.end(), r_end, here, lang)
            att.relay, att.relay_text, att.end = relay, rtext, r_end
            att.source_spans.append((rel.end(), r_end))
            if att.content[0] == np_end:
                att.content = (r_end, s1)
        atts.append(att)
        exclude(m.start(), att.end)
    # 1a. rule viewpoint_source (round 60): "Per il Nis, <clause>": a source phrase that opens the
    # sentence (after a dateline at most) and ends at a comma says whose view the clause is
    for m in phrases_rx(lang, "VIEWPOINT_INTRO").finditer(text, s0, s1) if w.VIEWPOINT_INTRO else ():
        if any(a.start <= m.start() < a.end for a in atts) or not _SENTENCE_OPENING.fullmatch(text, s0, m.start()):
            continue
        np_end = _np_end(text, m.end(), s1)
        if np_end >= s1 or text[np_end] != "," or np_end - m.end() > 80:
            continue
        who, kind, np_text = _source_in(text, m.end(), np_end, here, lang)
        if kind is None or (kind == "unnamed" and not _unnamed_head(np_text, lang)):
            continue  # "Per la prima volta, ...", "Per addestrare i soldati, ...": no source
        cue = " ".join(m[0].lower().split())
        atts.append(
            Attribution(
                m.start(), np_end, cue, (np_end, s1), who, np_text, kind=kind, source_spans=[(m.end(), np_end)],
                rule="viewpoint_source",
            )
        )  # fmt: skip
        exclude(m.start(), np_end)
    # 1b. rule passive_accusation: "X è accusata di aver fornito ...", "X is accused by Y of supplying"
    for m in w.PASSIVE_ACCUSED.finditer(text, s0, s1):
        if any(a.start <= m.start() < a.end for a in atts):
            continue
        who, kind, np_text = None, "unnamed", " ".join(m[0].lower().split())
        spans = []
        if m["by"]:
            by0 = m.start("by") + len(m["by"]) - len(re.sub(r"\A\w+['’]?\s*", "", m["by"]))
            who, kind, np_text = _source_in(text, by0, m.end("by"), here, lang)
            if kind is None:
                continue
            spans.append((by0, m.end("by")))
        cue = " ".join(m[0].lower().split()[:3])
        att = Attribution(
            m.start(), m.end(), cue, (s0, s1), who, np_text, kind=kind, source_spans=spans, rule="passive_accusation"
        )
        atts.append(att)
        if m["by"]:
            exclude(m.start("by"), m.end("by"))
    # 1c. rule passive_report: "X is estimated to have sent ...": unnamed people report the whole
    # clause, whose subject stands before the verb; the verb is no report by X
    for m in w.PASSIVE_REPORT.finditer(text, s0, s1):
        if any(a.start <= m.start() < a.end for a in atts):
            continue
        np_text = " ".join(m[0].lower().split())
        att = Attribution(m.start(), m.end(), np_text, (s0, s1), None, np_text, kind="unnamed", rule="passive_report")
        atts.append(att)
        exclude(m.start(), m.end())
    # 2. reporting verbs: "X ha rivelato che ...", "..., ha detto il ministro", "..., Lee said"
    for m in phrases_rx(lang, "REPORT_VERBS").finditer(text, s0, s1):
        if any(a.start <= m.start() < a.end for a in atts) or _in_name(m, here):
            continue
        attributive = getattr(w, "ATTRIBUTIVE_BEFORE", None)
        if attributive and m[0].lower().endswith("ed") and attributive.search(text, max(s0, m.start() - 12), m.start()):
            continue  # round 47: "its reported troop deployment", "the alleged transfers": an adjective
        after = text[m.end() : s1]
        comp = _complement(after, lang) if after else None
        noun_before = getattr(w, "NOUN_BEFORE_REPORT", None)
        if (
            noun_before
            and comp is None
            and m[0].lower().endswith("s")
            and noun_before.search(text, max(s0, m.start() - 12), m.start())
        ):
            continue  # round 52: "a firm answer to states", "the claims": a plural noun, no verb
        accused = None
        if comp is None and after and " ".join(m[0].lower().split()) in w.ACCUSE_VERBS:
            # "ha accusato Pyongyang di aver consegnato", "accused Pyongyang of supplying": the
            # accused is the subject of the reported act
            accused = re.match(rf"\s*[^.;:!?,\"“”«»]{{1,60}}?\s+(?:{w.ACCUSED_OF})", after, re.IGNORECASE)
            comp = accused
        if comp is None and w.ACT_OBJECT.match(after):
            continue  # round 75 (`act_object`): "ha concluso una visita in Russia" is no report
        if (
            comp is None
            and " ".join(m[0].lower().split()) in w.THAT_ONLY_VERBS
            and re.match(r"\s*[^\W\d_]", after)
            and not re.match(r"\s*(?:on|in|at|last|this|earlier|later)\b", after, re.IGNORECASE)
        ):
            continue  # "Moscow maintained troops in X": an act with an object, not a report
        if comp is None and after and " ".join(m[0].lower().split()) in w.ADDRESSEE_VERBS:
            # "told President X that ...": the addressee stands between the verb and "that"
            comp = re.match(  # round 50: an addressee may hold an abbreviation ("the U.N. Security Council")
                r"\s*(?:[^.;:!?,\"“”«»]|\.(?=\w)|(?<=\b[A-Z])\.){1,80}?\s+(?:"
                + "|".join(re.escape(c) for c in w.COMPLEMENTIZERS)
                + r")\b",
                after,
                re.IGNORECASE,
            )
        shared = (
            _shared_subject_report(text, m, comp, atts, lang)
            if (comp is not None or lang == "en") and accused is None
            else None
        )
        if shared is not None:
            atts.append(shared)
            exclude(shared.start, shared.end)
            continue
        before_comma = text.rfind(",", s0, m.start())
        between = text[before_comma + 1 : m.start()] if before_comma > s0 else ""
        end_rx = _TAIL_TIME + r"\s*[.!?\"”»]?\s*"
        if " ".join(m[0].lower().split()) in w.ADDRESSEE_VERBS or lang == "it":
            # "..., Lee told reporters on Tuesday after a briefing by the NIS.", "..., ha detto ai giornalisti"
            end_rx = _closing_tail(lang)
        elif between.strip() and re.match(rf"\s*(?:{alternation(w.ADVERBIAL_STARTS)})\b", after, re.IGNORECASE):
            # round 7 (`closing_adverbial`): "..., X said in an interview with Y published on Friday."
            end_rx = r"\s*(?:" + alternation(w.ADVERBIAL_STARTS) + r")\b[^.;:!?\"“”«»]{0,120}[.!?\"”»]?\s*"
        # a closing report's tail is short: a long rest of the sentence is content, never tested
        tail_after = (
            (len(after) <= 160 and re.fullmatch(end_rx, after) is not None)
            or re.fullmatch(  # "..., Lee said."
                r"\s*(?:(?:on|in|at)\s+\w+\s*)?,\s*(?:citing|quoting|citando)\s+[^.;:]{1,80}[.!?\"”»]?\s*", after
            )
            is not None
            # round 63: "..., the Pentagon said on Monday, more than tripling the estimate": a
            # participle phrase after the report comments on it (no "that" clause of its own)
            or _GERUND_TAIL.fullmatch(after) is not None
        )
        appos = _closing_speaker(text, before_comma, m, s0, s1, here, end_rx) if lang == "en" and not comp else None
        if appos is not None:
            # rule closing_apposition: "<content>, the head of the regional police, Otto Vell, said on X."
            who, c_end = appos
            att = Attribution(
                c_end, s1, " ".join(m[0].lower().split()), (s0, c_end), who, who.text, kind="named",
                source_spans=[(c_end + 1, before_comma)], rule="closing_apposition",
            )  # fmt: skip
            atts.append(att)
            exclude(c_end, s1)
            continue
        inset = _inset_report(text, before_comma, m, s0, s1, here, lang) if not comp and before_comma > s0 else None
        if inset is not None:
            # rule inset_report: "<subject>, ha detto il ministro, <rest of the clause>", "X, he said, Y"
            a_np, close = inset
            if a_np[1] > a_np[0]:
                who, kind, np_text = _source_in(text, a_np[0], a_np[1], here, lang)
            else:  # "..., ha detto, ...": the subject left out is the article's latest speaker
                speaker = discourse.speaker if discourse is not None else None
                who, kind, np_text = speaker, ("named" if speaker is not None else None), ""
            if kind is not None and (kind == "named" or _anaphoric(np_text, lang) is not None):
                att = Attribution(
                    before_comma, close + 1, " ".join(m[0].lower().split()), (s0, s1), who, np_text, kind=kind,
                    source_spans=[a_np], rule="inset_report",
                )  # fmt: skip
                atts.append(att)
                exclude(before_comma, close + 1)
                continue
        closing = (
            before_comma > s0
            and not comp
            and ((tail_after and between.strip()) or not between.strip())
            and not _opening_adverbial(text, s0, before_comma, here)
        )
        # round 90: "ha detto il" holds the article of the asserter after it ("ha detto il ministero"):
        # the asserter's phrase starts at the article, where a description's mention starts
        v_end = m.end() - len(m[0].split()[-1]) if m[0].split()[-1].lower() in ARTICLES else m.end()
        a_np = (before_comma + 1, m.start()) if between.strip() else (v_end, _np_end(text, v_end, s1))
        # round 81: the comma before the verb may close an apposition of its subject ("X, the
        # deputy ambassador, said ...")
        apposed = (
            lang == "en"
            and before_comma > s0
            and not between.strip()
            and _closes_apposition(text, s0, before_comma, here)
        )
        if closing and not between.strip() and (s1 - a_np[1] > 160 or not re.fullmatch(end_rx, text[a_np[1] : s1])):
            # something other than the asserter follows the verb: no closing report
            closing = False
            if not apposed:
                continue
        if closing:
            # "<content>, ha detto il ministro." (asserter after the verb) or "<content>, Lee said."
            who, kind, np_text = _source_in(text, a_np[0], a_np[1], here, lang)
            if kind is None or (
                kind == "unnamed"
                and not between.strip()
                and not any(re.search(rf"\b{re.escape(u)}\b", np_text.lower()) for u in w.UNNAMED_SOURCES)
                and _anaphoric(np_text, lang) is None  # "scrivono gli autori", "ha spiegato il deputato"
            ):
                continue
            att = Attribution(
                before_comma,
                s1,
                " ".join(m[0].lower().split()),
                (s0, before_comma),
                who,
                np_text,
                kind=kind,
                source_spans=[a_np],
            )
            atts.append(att)
            exclude(before_comma, s1)
            continue
        # "X (, role ...,) ha rivelato che <content>": the asserter is the subject before the verb
        clause0 = max(text.rfind(";", s0, m.start()) + 1, text.rfind(":", s0, m.start()) + 1, s0)
        # rule coordinated_report: "X estimates that <fact>, and Y said that <fact>": the second
        # verb's subject is in its own coordinated clause, not the whole sentence before it
        joins = list(_CLAUSE_JOIN.finditer(text, clause0, m.start()))
        if joins and text[joins[-1].end() : m.start()].strip():
            clause0 = joins[-1].end()
        clause0 = _adverbial_clause_start(text, clause0, m.start(), here, lang)
        head = text[clause0 : m.start()]
        if not head.strip():
            continue
        rel_subject = _relative_subject(text, clause0, m.start(), lang)
        if rel_subject is not None:
            # "<fact>, according to X, which estimates that <content>": the relative pronoun is the
            # verb's subject and its antecedent, the source just named, asserts
            if comp is None:
                continue
            by_relative = _relative_asserter(text, rel_subject, m, comp, atts, here, lang, s1)
            if by_relative is not None:
                atts.append(by_relative)
                exclude(rel_subject, by_relative.content[0])
            continue
        coordinated = _coordinated_act(text, clause0, m.start(), here, lang)
        # skip a relay parenthetical: "X, citato dall'agenzia Y, ha concluso che"
        rel = None
        for r in w.RELAY_PASSIVE.finditer(text, clause0, m.start()):
            rel = r
        a_np = (clause0, m.start())
        relay = None
        rtext = ""
        spans = []
        if rel:
            r_end = _np_end(text, rel.end(), m.start())
            relay, _, rtext = _source_in(text, rel.end(), r_end, here, lang)
            spans.append((rel.end(), r_end))
            a_np = (clause0, rel.start())
        if coordinated is not None and rel is None:
            a_np = (clause0, coordinated)
        # the subject is the last name before the verb in its clause (an apposition may follow it)
        cands = [
            x
            for x in here
            if a_np[0] <= x.start
            and x.end <= a_np[1]
            and not x.nested
            and any(x.fits(t) for t in SOURCE_TYPES)
            and not getattr(x, "demonym", False)
        ]
        heads = [x for x in cands if not _modifier(text, x, a_np[0])]
        cands = heads or cands  # "Il capo dell'HUR, Kyrylo Budanov,": the name the phrase is about
        if apposed and a_np[0] < before_comma:
            # round 81: "Dorothy Shea, the deputy U.S. ambassador, said": the name the apposition follows
            opening = text.rfind(",", a_np[0], before_comma)
            cands = [x for x in cands if x.end <= opening] or cands
        qualifier = lang == "en" and bool(cands) and _qualifies_unnamed(text, cands[-1], a_np[1], lang)
        who, kind, np_text = (None, None, text[a_np[0] : a_np[1]].strip(" ,"))
        if qualifier:
            kind = "unnamed"  # rule source_qualifier: "U.S. officials have warned": unnamed officials of the U.S.
        elif cands:
            who = cands[-1] if lang == "en" or not re.search(r",\s*\Z", text[cands[0].end : a_np[1]]) else cands[0]
            who = _joint_first(text, who, cands, lang)
            kind = "named"
        else:
            who, kind, np_text = _source_in(text, a_np[0], a_np[1], here, lang)
            if kind != "unnamed":
                continue
        # the content is the clause after the complementizer, or after the verb ("Shin said Pyongyang ...")
        c0 = m.end() + (comp.end() if comp and accused is None else 0)
        if not comp and lang != "en":
            continue  # Italian reports its content with "che"; a bare verb is an ordinary verb
        citing = re.match(r"\s*,?\s*(?:citing|citando)\s+", after, re.IGNORECASE)
        if relay is None and comp is not None:
            # "said in a statement carried by X that ...": X relays the statement
            for r in w.RELAY_PASSIVE.finditer(text, m.end(), c0):
                r_end = _np_end(text, r.end(), c0)  # up to "that"
                relay, _, rtext = _source_in(text, r.end(), r_end, here, lang)
                spans.append((r.end(), r_end))
                break
        att = Attribution(
            a_np[0], c0, " ".join(m[0].lower().split()), (c0, s1), who, np_text, relay, rtext, kind, [*spans, a_np]
        )
        # "di aver inviato", "that it had sent", "che ha inviato": the asserter is the content's subject
        att.self_subject = accused is None and (
            bool(comp and re.search(w.INFINITIVE_COMPLEMENT + r"\s*\Z", comp[0], re.IGNORECASE))
            or bool(w.SUBJECT_IS_SPEAKER.match(text, c0, s1))
        )
        exclude(m.end(), c0)  # an addressee or an adverbial between the verb and its clause
        if citing:  # "a lawmaker said, citing the spy agency": the agency asserts, the lawmaker relays
            pass
        if coordinated is not None and rel is None:
            # the frame is the verb and its clause: the subject and its own act stay claims
            att.start, att.rule = m.start(), "coordinated_act"
            exclude(m.start(), m.end())
            joins_at.append(m.start())  # the act's clause ends where the report begins
        else:
            exclude(a_np[0], m.end())
        atts.append(att)
    # 3. "X said on Thursday, citing Y": Y is the asserter, X the relay
    for a in atts:
        cit = re.compile(r",\s*(?:citing|citando|quoting)\s+", re.IGNORECASE).search(text, a.start, s1)
        if cit and a.cue not in ("citing", "citando", "quoting") and cit.start() >= a.start:
            y_end = _np_end(text, cit.end(), s1)
            who, kind, np_text = _source_in(text, cit.end(), y_end, here, lang)
            if kind is not None:
                a.relay, a.relay_text = a.asserter, a.asserter_text
                a.asserter, a.asserter_text, a.kind = who, np_text, kind
                a.source_spans.append((cit.end(), y_end))
                exclude(cit.start(), y_end)
                if a.content[1] > cit.start() and a.content[0] < cit.start():
                    a.content = (a.content[0], cit.start())
    # drop "citing" intros swallowed by a reporting frame above
    atts = [
        a
        for a in atts
        if not (
            a.cue in ("citing", "citando", "quoting")
            and any(
                b is not a
                and b.start <= a.start
                and a.end <= max(b.end, s1)
                and b.relay is not None
                and (b.asserter is a.asserter or b.asserter_text == a.asserter_text)
                for b in atts
            )
        )
    ]
    for a in atts:
        if a is not back and a.kind == "named" and a.asserter is not None and a.relay is None:
            brief = _briefer(text, a.start, s1, here, lang)
            if brief is not None and brief is not a.asserter and brief.entity != a.asserter.entity:
                a.relay, a.relay_text = a.asserter, a.asserter_text
                a.asserter, a.asserter_text = brief, brief.text
                exclude(brief.start, brief.end)
        _resolve(a, lang, discourse)
    if back is not None and back not in atts:
        back = None
    # round 100 (`not_only`): "non si limita a rifornire X di armi, ma ...", "not only supplies":
    # the negation adds, it denies nothing
    adding = [(m.start(), m.end()) for m in re.finditer(w.NOT_ONLY, text[s0:s1], re.IGNORECASE)]
    negations = [
        (m.start(), m.end())
        for m in phrases_rx(lang, "NEGATIONS").finditer(text, s0, s1)
        if not any(a <= m.start() - s0 < b for a, b in adding)
    ]
    barriers = list(joins_at)
    for m in re.compile(r"[;:]|\s[-–—]\s").finditer(text, s0, s1):
        barriers.append(m.end())
    for m in phrases_rx(lang, "SUBORDINATORS").finditer(text, s0, s1):
        if words(lang).SUBORDINATOR_EXCEPTIONS and phrases_rx(lang, "SUBORDINATOR_EXCEPTIONS").match(text, m.start()):
            continue  # round 59: ", as well as missiles" joins items, it opens no clause
        if re.search(r",\s*\Z", text[max(s0, m.start() - 3) : m.start()]):
            barriers.append(m.start())
    for m in phrases_rx(lang, "RELATIVE_PRONOUNS").finditer(text, s0, s1):
        # round 72: a demonym and its force noun before the pronoun ("North Korean soldiers who")
        prev = [
            x
            for x in here
            if x.end <= m.start()
            and (m.start() - x.end <= 3 or _force_noun_gap(lang).fullmatch(text, x.end, m.start()))
        ]
        if not prev and not any(abs(m.start() - a.content[0]) <= 6 for a in atts):
            barriers.append(m.start())  # "an official who spoke of ...": the clause has its own subject
    in_return = []
    for m in phrases_rx(lang, "IN_RETURN").finditer(text, s0, s1):
        end = text.find(",", m.end(), s1)
        if m.start() - s0 <= 2:  # "In cambio dei proiettili, <clause>": the whole clause
            in_return.append((m.start(), s1))
        else:
            in_return.append((m.start(), s1 if end < 0 else end))
    return Frame([a for a in atts if a is not back], excluded, negations, sorted(barriers), in_return, back)
