"""Titles: a role noun qualifies its own name only.

"il presidente russo Vladimir Putin", "Il ministro della Difesa sudcoreano Shin Won-sik",
"Ukraine's President Volodymyr Zelensky", "Kyrylo Budanov, capo dell'HUR", "A HUR spokesman,
Andriy Yusov": the title noun phrase holds the role, the person it names and what the role
is in (a state by its name or adjective, or an organisation). A leading role whose complement
names that state or organisation directly ("presidente russo", "capo dell'HUR") gives LEADS;
any other role, or a leading role of a department ("capo di stato maggiore russo"), gives
HOLDS_POSITION_IN. Nothing outside the title phrase is ever the object, so "Zelensky ha detto
che la Russia ..." says nothing about whom Zelensky leads, and a name after "e"/"and" is a second
person ("il leader nordcoreano e Vladimir Putin"; "il presidente russo e il leader nordcoreano
Kim": Kim holds the second title only). A role in a body the state owns but the sentence names
only in words ("il presidente del gruppo parlamentare russo", "chief of Russia's general staff")
is not a position the state itself gives: such claims are kept apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .lang import alternation, words
from .records import CandidateClaim
from .ruledata import rules_for
from .spans import whole_words

__all__ = ["appositive_title", "delegation_heads", "place_title", "title_claims"]

_RX: dict[str, tuple[re.Pattern, frozenset[str]]] = {}
_ARTICLES = r"(?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno|the|a|an)\s*)?"


def _roles(lang: str) -> tuple[re.Pattern, frozenset[str]]:
    if lang not in _RX:
        w = words(lang)
        leading = frozenset(w.LEADING_ROLES)
        phrases = sorted(set(w.LEADING_ROLES) | set(w.POSITION_ROLES), key=len, reverse=True)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
        # round 103 (`elided_article`): "l'ambasciatore", "dell'inviato": a role right after an
        # elided article (ELIDED_ARTICLES) is a title as after a whole one
        elided = "".join(f"|(?<={a}['’])" for a in getattr(w, "ELIDED_ARTICLES", ()))
        _RX[lang] = (re.compile(rf"(?:(?<![\w'’-]){elided})(?:{body})(?![\w-])", re.IGNORECASE), leading)
    return _RX[lang]


def appositive_title(text: str, start: int, name_start: int, lang: str) -> int | None:
    """Round 110 (`appositive_title`): where a role phrase opens whose closing apposition is the name
    at *name_start* ("con il presidente del Tribunale centrale, Kang Yun Sok": at "il"), searched
    from *start*; None when no role phrase ends in a comma right before the name.

    >>> t = "colloqui con il presidente del Tribunale centrale, Kang Yun Sok"
    >>> t[appositive_title(t, 9, t.index("Kang"), "it"):][:12]
    'il president'
    >>> t = "colloqui con il viceministro delle Forze armate, generale Kim Kwang Jin"
    >>> t[appositive_title(t, 9, t.index("Kim"), "it"):][:15]
    'il viceministro'
    """
    rx, _ = _roles(lang)
    for r in rx.finditer(text, start, name_start):
        gap = re.fullmatch(r"[^,.;:()\n]{0,60},\s*(?P<rank>.*?)\s*", text[r.end() : name_start])
        # round 113: a rank may open the apposition (", generale Kim Kwang Jin")
        if gap and (not gap["rank"] or rx.fullmatch(gap["rank"])):
            art = re.search(rf"{_ARTICLES}\Z", text[max(start, r.start() - 4) : r.start()], re.IGNORECASE)
            return r.start() - (len(art[0]) if art else 0)
    return None


_CAPITALISED = r"[A-Z][\w'’-]*"


def place_title(text: str, start: int, name_start: int, lang: str) -> int | None:
    """Round 119 (`place_title`): where a title opens that a place's name qualifies right before the
    name at *name_start* ("met Primorsky Krai Governor Vladimir Miklushevsky": at "Primorsky"),
    searched from *start*; None when the words before the name are no place and a role, or where
    the language names the place after the role (``PLACE_BEFORE_TITLE``).

    >>> t = "Kim met Primorsky Krai Governor Vladimir Miklushevsky"
    >>> t[place_title(t, 7, t.index("Vladimir"), "en"):][:14]
    'Primorsky Krai'
    >>> place_title(t, 7, t.index("Vladimir"), "it") is None
    True
    """
    if not words(lang).PLACE_BEFORE_TITLE:
        return None
    m = _place_title_rx(lang).search(text, start, name_start)
    return m.start() if m is not None else None


@functools.cache
def _place_title_rx(lang: str) -> re.Pattern:
    rx, _ = _roles(lang)
    return re.compile(rf"(?<![\w'’-])(?:{_CAPITALISED}\s+){{1,3}}(?i:{rx.pattern})\s+\Z")


def _gap_ok(text: str, a: int, b: int, inside, links: frozenset[str], max_len: int = 70) -> bool:
    """True when ``text[a:b]`` holds only title words: links ("della Difesa"), names, a parenthesis."""
    if b - a > max_len or b < a:
        return False
    gap = text[a:b]
    if re.search(r"[.;:!?\n\"“”«»]", gap):
        return False
    masked = list(gap)
    for m in inside:
        if a <= m.start and m.end <= b:
            for i in range(m.start - a, m.end - a):
                masked[i] = " "
    rest = re.sub(r"\([^()]{1,12}\)", " ", "".join(masked))
    for word in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+", rest):
        low = word.lower().split("'")[-1].split("’")[-1]
        if low in links or low.rstrip("s") in links or word[:1].isupper():
            continue
        return False
    return rest.count(",") <= 1


def _another_title(rx: re.Pattern, text: str, a: int, b: int, lang: str) -> bool:
    """True when a conjunction and then another role stand in ``text[a:b]`` (the role
    may open the name itself, an alias such as "il leader nordcoreano"): "il presidente russo
    e il leader nordcoreano Kim": the name after them holds the second title, not the first."""
    joins = _title_words(lang).joins
    return any(joins.search(text, a, other.start()) for other in rx.finditer(text, a, b))


class _TitleWords(NamedTuple):
    """A language's title word lists, built once (graph/extract/lang: TITLE_*)."""

    portfolio: frozenset[str]
    openers: frozenset[str]
    links: frozenset[str]
    joins: re.Pattern  # a conjunction of titles ("e", "and")
    join_before: re.Pattern  # the same, ending the searched text
    # round 103: a name, a comma, an article, the owning state ("X" in its place) and adjectives
    # before a role in apposition ("Valery Sukhinin, Russia's new ambassador")
    apposition: re.Pattern
    owner_gap: re.Pattern  # between a state and its role: "'s" and adjectives ("Russia's acting")


@functools.cache
def _title_words(lang: str) -> _TitleWords:
    w = words(lang)
    openers = frozenset(w.TITLE_OPENERS)
    joins = alternation(w.TITLE_JOINS)
    adjectives = alternation(w.TITLE_ADJECTIVES)
    return _TitleWords(
        frozenset(w.TITLE_PORTFOLIOS),
        openers,
        openers | frozenset(w.TITLE_LINK_WORDS) | frozenset(w.TITLE_ADJECTIVES),
        re.compile(rf"\b(?:{joins})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{joins})\s*\Z", re.IGNORECASE),
        re.compile(rf"\s*,\s*{_ARTICLES}(?:X['’]s\s+)?(?:(?:{adjectives})\s+){{0,2}}", re.IGNORECASE),
        re.compile(rf"\s*(?:['’]s\s*)?(?:(?:{adjectives})\s+)*", re.IGNORECASE),
    )


def _destination(text: str, at: int, end: int, quals, lang: str):
    """Round 103 (`envoy_destination`): the place an envoy is posted to, named right after the
    role or its state adjective ("ambassador to North Korea", "ambasciatore russo a Pyongyang",
    "envoy for North Korea"), or None. The destination is no qualifier of the post: an
    ambassador to North Korea holds a post of the state that sends him."""
    opener = words(lang).ENVOY_DESTINATION.match(text, at, end)
    if opener is None:
        return None
    return next((m for m in quals if m.start == opener.end()), None)


def _apposition_gap(text: str, a: int, b: int, quals, lang: str) -> bool:
    """True when ``text[a:b]`` joins a name to the role after it in apposition: a comma, an
    article, and (round 103) the state that owns the post and its adjectives ("Valery
    Sukhinin, Russia's new ambassador", "X, nuovo ambasciatore")."""
    gap = text[a:b]
    for m in quals:
        if a <= m.start and m.end <= b:
            gap = text[a : m.start] + "X" + text[m.end : b]
            break
    return _title_words(lang).apposition.fullmatch(gap) is not None


def _office_on_record(text: str, r, name, pred: str, offices: Mapping | None, nameless: bool) -> str | None:
    """Round 103 (`title_on_record`): "President Vladimir Putin", "il leader Kim Jong Un": a title
    right before or after a known person's name, with no state or body in the sentence, is the
    one office of its kind (*pred*) the dataset records for the person (none when it records
    two): its object's id, or None. The object comes from the record, so the claim says so in its
    reasons and notes."""
    if not offices or nameless or not name.known:
        return None
    held = offices.get(name.entity, {}).get(pred, frozenset())
    lo, hi = (r.end(), name.start) if name.start >= r.end() else (name.end, r.start())
    if len(held) != 1 or not re.fullmatch(r"[\s,]*(?:(?:the|il|la|lo|l['’])\s*)?", text[lo:hi], re.IGNORECASE):
        return None
    return next(iter(held))


def _closed(text: str, at: int, end: int) -> bool:
    """True when the name ending at *at* closes its apposition: punctuation or the sentence end."""
    return re.match(r"\s*(?:[,.;:)\"”»(]|\Z)", text[at:end]) is not None


#: Round 11 (`described_organisation`): between a role and the organisation it names, a genitive
#: link, an article, a state's possessive and a few lower-case words that describe the
#: organisation ("dell'agenzia di viaggi", "of Ukraine's military intelligence (").
_DESCRIBED = re.compile(
    r"\s*(?:(?:di|del|della|dello|dell['’]|dei|degli|delle|d['’]|of)\s*)(?:the\s+)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+)?"
    r"[a-zàèéìòù]+(?:\s+[a-zàèéìòù]+){1,3}\s*\(?\s*"
)
_LINK_END = re.compile(
    r"(?:\b(?:di|del|della|dello|dei|degli|delle|per|in|a|al|alla|allo|ai|agli|alle|nel|nella|presso|da|dal|"
    r"dalla|con|su|sul|sulla|of|for|at|on|to|by|from|with|the)|['’])\s*\(?\s*\Z"
)


def _ends_in_link(gap: str) -> bool:
    """True when *gap* ends with a preposition or an article ("stato maggiore della"): the name
    after it is the department's owner, not the body described."""
    return _LINK_END.search(gap) is not None


_LINK_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|['’]s\b|\d+")


def _owned_body(text: str, before: tuple[int, int], after: tuple[int, int], named, lang: str) -> bool:
    """True when the title's words name a body of the state that no mention covers.

    *before* is the gap between a state named before the role and the role ("Russia's Security
    Council secretary"), *after* the role's complement up to the name ("del Consiglio di
    sicurezza russo"). A word of a body is any word in *before*, and any word after an opener (a
    genitive, "for") or a possessive in *after*, that is neither a link word nor a ministry's
    portfolio (those name the state's own government: "ministro della Difesa", "Foreign
    Minister"); words inside a mention in *named* (the state itself, a known organisation) are
    not counted.
    """
    portfolio, openers, links, *_ = _title_words(lang)
    for (a, b), linked in ((before, False), (after, True)):
        if b <= a:
            continue
        masked = list(text[a:b])
        for m in named:
            for i in range(max(m.start, a), min(m.end, b)):
                masked[i - a] = " "
        after_link = not linked
        for tok in _LINK_WORD.findall("".join(masked)):
            low = tok.lower().replace("’", "'")
            if low == "'s":
                after_link = True
                continue
            head, _, rest = low.rpartition("'")  # "dell'accademia": a link, then a word
            for word in (head, rest) if head else (rest,):
                if word in links or word.isdigit():
                    after_link = after_link or word in openers
                elif after_link and word not in portfolio:
                    return True
    return False


def _former(text: str, lo: int, at: int, lang: str) -> bool:
    """True when a word of a past office ("former", "ex") stands right before the role at *at*,
    with at most two qualifiers in between ("Former Russian president")."""
    key = f"{lang}:former"
    if key not in _FORMER:
        body = "|".join(re.escape(f) for f in sorted(words(lang).FORMER_TITLE, key=len, reverse=True))
        _FORMER[key] = re.compile(rf"(?<![\w])(?:{body})[\s-]*(?:[^\W\d_]+\s+){{0,2}}\Z", re.IGNORECASE)
    return _FORMER[key].search(text, lo, at) is not None


_FORMER: dict[str, re.Pattern] = {}


def offices_on_record(claims: Iterable, schema) -> dict[str, dict[str, frozenset[str]]]:
    """Who holds which office on record: person -> predicate -> the objects of the dataset's
    title claims (``extraction.yaml``'s ``leading`` and ``position`` predicates) on that person.

    >>> from types import SimpleNamespace as C
    >>> from graph.schema import load_schema
    >>> claims = [C(subject="ann", predicate="LEADS", object="freedonia"), C(subject="ann", predicate="VISITED", object="x")]
    >>> offices_on_record(claims, load_schema())
    {'ann': {'LEADS': frozenset({'freedonia'})}}
    """
    rules = rules_for(schema)
    wanted = frozenset((rules.leading, rules.position))
    held: dict[str, dict[str, set[str]]] = {}
    for c in claims:
        if c.predicate in wanted:
            held.setdefault(c.subject, {}).setdefault(c.predicate, set()).add(c.object)
    return {s: {p: frozenset(o) for p, o in by.items()} for s, by in held.items()}


def title_claims(
    text: str, sent, here, schema, lang: str, rules, holders: dict | None = None, offices: Mapping | None = None
) -> list:
    """LEADS / HOLDS_POSITION_IN claims from the title phrases of sentence *sent*.

    *holders*, when given, receives each role noun's holder named here ("il deputato ... Lee"
    -> ``holders["deputato"]``), so a later "..., ha spiegato il deputato" can name him.
    *offices* (:func:`offices_on_record`) are the offices the dataset already records: a title
    the sentence does not qualify ("President Vladimir Putin") is the one office of its kind on
    record for its holder, when there is exactly one.
    """
    w = words(lang)
    rx, leading = _roles(lang)
    links = frozenset(w.ROLE_LINKS) | frozenset(("s",)) | frozenset(w.TITLE_ADJECTIVES)
    envoys = frozenset(w.ENVOY_ROLES)
    people = [m for m in here if m.fits("Person") and not m.antecedent]
    quals = [m for m in here if (m.fits("Country") or m.fits("Organization")) and not m.antecedent]
    # round 118 (`consul_post`): an envoy or a consul may be posted to a city ("consul general in Nakhodka")
    posts = [*quals, *(m for m in here if m.fits("Location") and not m.antecedent)]
    out = []
    for r in rx.finditer(text, sent.start, sent.end):
        role = " ".join(r[0].lower().split())
        if role in getattr(w, "ADJECTIVE_ROLES", ()) and re.match(r"\s+[A-Z]", text[r.end() : r.end() + 3]):
            continue  # round 101 (`adjective_role`): "the official KCNA news agency": no office
        dest = _destination(text, r.end(), sent.end, posts, lang) if role in envoys else None
        r_end = dest.end if dest is not None else r.end()  # the title with the envoy's destination
        # the name: right after the title (a comma may precede it) or right before it, in apposition
        after = [
            p
            for p in people
            if p.start >= r_end
            and _gap_ok(text, r_end, p.start, quals, links)
            and not re.search(r",\s*\S.*,", text[r_end : p.start])
            and not _another_title(rx, text, r_end, p.end, lang)
            # round 42: "il leader nordcoreano e Vladimir Putin": a name right after a conjunction
            # is a second person, not the title's holder
            and not _title_words(lang).join_before.search(text, r_end, p.start)
        ]
        name = after[0] if after else None
        if name is not None and "," in text[r_end : name.start] and not _closed(text, name.end, sent.end):
            # rule apposition_closed: a name after "role ...," is its holder only in apposition, closed
            # by punctuation; "the official KCNA, Kim said" and "il leader X, Putin e il presidente Y"
            # go on with a verb or a list
            name = None
        span: tuple[int, int] = (r.end(), name.start) if name else (r.end(), r.end())
        if name is None:
            before = [p for p in people if p.end <= r.start() and _apposition_gap(text, p.end, r.start(), quals, lang)]
            stop = re.compile(r"[,.;:]|\s(?:ha|hanno|è|said|says|told|has|have|who|che)\b", re.IGNORECASE).search(
                text, r_end, sent.end
            )
            if before and stop is not None and stop.start() == r_end and stop[0][:1].isspace():
                # rule role_as_speaker (round 37): "2,000 North Koreans, the official said": a bare
                # role right before its verb is the verb's subject, no apposition of the name
                before = []
            if before:
                name = before[-1]
                span = (r.end(), stop.start() if stop else sent.end)
        inner = [p for p in people if p.start <= r.start() and r.end() <= p.end]
        nameless = False
        if name is None and inner:  # an alias holding its title: "Il leader della Corea del Nord"
            name = inner[0]
            span = (r.end(), name.end)
            nameless = True
        if name is None:
            continue
        if holders is not None and " " not in role and not name.antecedent:
            holders[role] = name
        # the qualifier: inside the title after the role, or (English) right before the role
        post = [m for m in quals if span[0] <= m.start and m.end <= span[1] and m is not name and m is not dest]
        pre = []
        if lang == "en" or role in ("capo", "portavoce"):
            lo = max(sent.start, r.start() - 45)
            pre = [
                m
                for m in quals
                if lo <= m.start
                and m.end <= r.start()
                and _gap_ok(text, m.end, r.start(), quals, links | frozenset(("'s", "’s")), 40)
                and "," not in text[m.end : r.start()]  # round 28: "... North Korean, President X": another phrase
            ]
            pre = pre[-1:] if pre else []
        cands = post + pre
        if role in envoys:
            # round 103: an envoy holds a post of a state; the organisation before the role is
            # where the post is ("U.N. ambassador X" is no officer of the U.N.)
            cands = [m for m in cands if m.fits("Country")]
        if not cands:
            pred = rules.leading if role in leading else rules.position
            held = _office_on_record(text, r, name, pred, offices, nameless)
            if held is not None:
                start, end = whole_words(text, min(r.start(), name.start), max(r.end(), name.end))
                c = _title_claim(text, sent, r, name, pred, held, start, end, ["title_on_record"], lang)
                c.notes.append(f"the title names no state or body; {held} is the one the dataset records")
                out.append(c)
            continue
        orgs = [m for m in cands if not m.fits("Country")]
        obj = (orgs or cands)[0]
        # "chief of Russia's general staff": the state owns a department, so the role is not its head
        possessed = obj in post and re.match(r"['’]s\s+[^\W\d_]", text[obj.end : obj.end + 4]) is not None
        direct = (
            (
                obj in post
                and not possessed
                and re.fullmatch(
                    r"\s*(?:(?:di|del|della|dello|dell['’]|dei|degli|delle|d['’]|of)\s*)?(?:the\s+)?",
                    text[r.end() : obj.start],
                    re.IGNORECASE,
                )
                is not None
            )
            or (obj in pre and _title_words(lang).owner_gap.fullmatch(text, obj.end, r.start()) is not None)
            or (name.start <= r.start() and obj.start >= r.end() and obj.end <= name.end)
        )
        described = (
            not direct
            and obj in post
            and not obj.fits("Country")
            and _DESCRIBED.fullmatch(text[r.end() : obj.start]) is not None
            and not _ends_in_link(text[r.end() : obj.start])
        )
        if described:
            # rule described_organisation: "a capo dell'agenzia di viaggi X", "head of Ukraine's
            # military intelligence (X)": lower-case words that describe the organisation named
            # right after them are no department in between
            direct = True
        # rule title_of_body: the role is in a body the state owns, named only in words ("del
        # gruppo parlamentare russo", "of Russia's general staff"): not where the sentence
        # places the position, so the claim on the state is kept apart
        of_body = (
            obj.fits("Country")
            and role not in w.TITLE_MINISTERS
            and _owned_body(
                text,
                (obj.end, r.start()) if obj in pre else (r.start(), r.start()),
                (r.end(), name.start if name.start >= r.end() else span[1]),
                # a mention around the state ("Freedonia's Planning Committee") is the body itself
                [m for m in quals + people if m is obj or not (m.start <= obj.start and obj.end <= m.end)],
                lang,
            )
        )
        # round 108: "Moscow Mayor X", "il governatore russo X": a city's or a region's head holds a
        # post of the state, never leads it
        local = role in w.LOCAL_ROLES and obj.fits("Country")
        pred = rules.leading if role in leading and direct and not local else rules.position
        p = schema.predicates.get(pred)
        if (
            p is None
            or not any(name.fits(t) for t in p.domain)
            or not any(obj.fits(t) for t in p.range)
            or name.entity == obj.entity
        ):
            continue
        start, end = whole_words(text, min(r.start(), name.start, obj.start), max(r.end(), name.end, obj.end))
        # rule title_without_name: a title with no name ("il leader nordcoreano") says who holds
        # it only through the dataset's alias, not through the sentence: low confidence
        reasons = (
            ["title" + ("_direct" if direct else "")]
            + (["described_organisation"] if described else [])
            + (["title_without_name"] if nameless else [])
            + (["title_of_body"] if of_body else [])
        )
        out.append(_title_claim(text, sent, r, name, pred, obj.entity, start, end, reasons, lang))
    return out


def _title_claim(text: str, sent, r, name, pred: str, obj: str, start: int, end: int, reasons: list, lang: str):
    """The claim of the title *r* held by *name* (*pred* on entity *obj*), its evidence
    ``text[start:end]``; the role as printed in a note."""
    c = CandidateClaim(
        name.entity,
        pred,
        obj,
        text[start:end],
        start,
        end,
        sent.start,
        sent.end,
        r[0],
        95.0,
        reasons=reasons,
        cue_start=r.start(),
        cue_end=r.end(),
    )
    if _former(text, max(sent.start, r.start() - 40), r.start(), lang):
        # rule title_former: "former Russian president X", "l'ex presidente X": an office held
        # once, not now; the claim's dates are not in the sentence, so it is kept apart
        c.reasons.append("title_former")
    c.notes.append(f"role as printed: {text[r.start() : r.end()]!r}")
    return c


@functools.cache
def _delegation_noun(lang: str) -> re.Pattern:
    return re.compile(rf"\b{words(lang).DELEGATION_NOUN}\b", re.IGNORECASE)


def delegation_heads(text: str, sent, here, schema, lang: str, rules) -> list:
    """Rule ``delegation_head`` (round 129): the person a named delegation is "led by" / "guidata
    da" leads it ("una delegazione nordcoreana guidata dal ministro X", "a North Korean delegation
    headed by Vice Foreign Minister X"): X LEADS the delegation. Only the first person after the
    delegation's name, with the words ``LED_BY_AFTER`` between.

    >>> from types import SimpleNamespace as M
    >>> from graph.schema import load_schema
    >>> t = "A North Korean delegation led by Minister Kim Chol arrived."
    >>> d = M(start=2, end=25, text="North Korean delegation", entity="d", fits=lambda t: t == "Organization")
    >>> k = M(start=42, end=50, entity="k", fits=lambda t: t == "Person")
    >>> schema = load_schema("schema")
    >>> [(c.subject, c.predicate, c.object) for c in delegation_heads(t, M(start=0, end=len(t)), [d, k], schema, "en", rules_for(schema))]
    [('k', 'LEADS', 'd')]
    """
    if rules.leading not in schema.predicates:
        return []
    people = sorted((m for m in here if m.fits("Person") and not getattr(m, "antecedent", None)), key=lambda m: m.start)
    delegations = [
        m
        for m in here
        if m.fits("Organization") and not getattr(m, "antecedent", None) and _delegation_noun(lang).search(m.text)
    ]
    out = []
    for d in delegations:
        head = next((p for p in people if p.start > d.end), None)
        if head is None or head.start - d.end > 120:
            continue
        led = words(lang).LED_BY_AFTER.match(text, d.end, head.start)
        if led is None:
            continue
        start, end = whole_words(text, d.start, head.end)
        out.append(
            CandidateClaim(
                head.entity, rules.leading, d.entity, text[start:end], start, end, sent.start, sent.end,
                text[led.start() : led.end()].strip(" ,"), 95.0, reasons=["delegation_head"],
                cue_start=led.start(), cue_end=led.end(),
            )
        )  # fmt: skip
    return out
