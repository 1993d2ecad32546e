"""Who a sentence refers to without naming: epithets, pair phrases and implicit subjects.

Definite descriptions ("il leader", "la struttura", "the spy agency") resolve to an earlier
mention of the right type, an indefinite one to the name given after it ("un impianto ...,
noto come X"), "i due paesi" to the two states named last, a compass noun ("the North") to
the state named after it. The article's main actor (:func:`article_topic`) and a sentence's
subject guess (:func:`sentence_subject`) stand in for subjects a clause leaves implicit.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from .arguments import enemy_before
from .gazetteer import fold_tokens
from .lang import LANGUAGES, alternation, words
from .records import TypedMention
from .sentences import Sentence

__all__ = [
    "EPITHETS",
    "NAMED_LATER",
    "PAIR_ANAPHORS",
    "ArticleIndex",
    "article_topic",
    "resolved_epithets",
    "sentence_subject",
]

#: Definite descriptions that refer back to an entity named earlier, per language (lang/*.py).
EPITHETS = {lang: m.EPITHETS for lang, m in LANGUAGES.items()}
#: An indefinite description named later in the sentence ("un impianto ..., noto come X").
NAMED_LATER = {lang: m.NAMED_LATER for lang, m in LANGUAGES.items()}
#: Plural definite descriptions of the two countries named last: "tra i due paesi", "both countries".
PAIR_ANAPHORS = {lang: m.PAIR_ANAPHORS for lang, m in LANGUAGES.items()}


_ADJACENT = re.compile(r"\s+")  # an adjective right after its noun
#: Round 154: where a clause opens: the sentence's start, a punctuation mark or a conjunction, an
#: adverbial of two words at most ("Poco prima", "Al termine dei colloqui,").
_CLAUSE_OPENING = re.compile(
    rf"(?:\A|[,;:]|\b(?:and|but|then|e|ed|ma|poi|{alternation(w for m in LANGUAGES.values() for w in m.SUBORDINATORS)})\b)"
    r"\s*(?:[^\W\d_]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _fits_any(m, type_names: str) -> bool:
    return any(m.fits(t) for t in type_names.split("|"))


class ArticleIndex:
    """Indexes of a whole article for the anaphors that look beyond a window: the salient entity
    of a kind, the state a compass noun stands for. Built once per document, so a long text is
    not scanned again for every sentence."""

    def __init__(self, mentions):
        self.mentions = [m for m in mentions if not m.nested and not m.demonym]
        self._demonyms = [m for m in mentions if m.demonym]  # round 54: "nordcoreano" for "il Nord"
        self._salient: dict[str, tuple[list, list[int]]] = {}
        self._compass: dict[str, list] | None = None

    def salient(self, type_names: str, pos: int, head: str = ""):
        """The entity of one of *type_names* the article names most often (its mentions
        anywhere), on a tie the one named last before *pos*, else first after it; or None.
        With *head*, only entities named with that word count ("the ministry": a ministry)."""
        entry = self._salient.get(type_names + "|" + head)
        if entry is None:
            pool = [m for m in self.mentions if _fits_any(m, type_names)]
            if head:
                named = {m.entity for m in pool if head in m.text.lower()}
                pool = [m for m in pool if m.entity in named]
            counts: dict[str, int] = {}
            for m in pool:
                counts[m.entity] = counts.get(m.entity, 0) + 1
            top = max(counts.values(), default=0)
            leaders = [m for m in pool if counts[m.entity] == top]
            entry = self._salient[type_names + "|" + head] = (leaders, [m.end for m in leaders])
        leaders, ends = entry
        if not leaders:
            return None
        i = bisect.bisect_right(ends, pos) - 1
        return leaders[i] if i >= 0 else leaders[0]

    def last_region(self, pos: int, text: str, heads: re.Pattern):
        """The place named last before *pos* as a region (a word of *heads* in its name or beside
        it: "the Kursk region", "regione di Kursk"), or None."""
        for m in reversed(self.mentions):
            if m.end <= pos and m.fits("Location") and heads.search(text, max(0, m.start - 14), m.end + 10):
                return m
        return None

    def compass_state(self, word: str):
        """The one state whose name holds the compass *word* ("north" -> North Korea), or None."""
        if self._compass is None:
            self._compass = {}
            seen: dict[str, tuple[str, ...]] = {}
            for m in self.mentions:
                if m.fits("Country"):
                    toks = seen.setdefault(m.text, tuple(t for t, _, _ in fold_tokens(m.text)))
                    if len(toks) > 1:
                        for t in set(toks):
                            self._compass.setdefault(t, []).append(m)
            for m in self._demonyms:
                # round 54: a one-word adjective built on the compass word ("nordcoreano")
                toks = seen.setdefault(m.text, tuple(t for t, _, _ in fold_tokens(m.text)))
                for c in _COMPASS_WORDS:
                    if len(toks) == 1 and toks[0].startswith(c) and len(toks[0]) > len(c) + 3:
                        self._compass.setdefault(c, []).append(m)
        states = self._compass.get(word, [])
        return states[0] if states and all(m.entity == states[0].entity for m in states) else None


#: Compass words a state's one-word adjective may open with, in any language ("nordcoreano").
_COMPASS_WORDS = tuple(c for m in LANGUAGES.values() for c in getattr(m, "COMPASS_WORDS", ()))


def _as_anaphor(ante: TypedMention, start: int, end: int, text: str) -> TypedMention:
    """A mention of *ante*'s entity by the words ``text[start:end]`` that refer back to it (an
    epithet, a source description, a compass noun): never nested, ambiguous or a demonym."""
    return replace(
        ante, start=start, end=end, text=text, nested=False, alternatives=(), antecedent=ante.text, demonym=False
    )


@functools.cache
def _region_heads(heads: tuple[str, ...]) -> re.Pattern:
    """The words that make a named place a region, as one pattern (``REGION_HEADS``)."""
    return re.compile(rf"\b(?:{alternation(heads)})\b", re.IGNORECASE)


def _article_anaphors(text: str, sent: Sentence, w, article: ArticleIndex) -> list[TypedMention]:
    """The source descriptions and compass nouns of *sent*, resolved over the whole article."""
    out = []
    for rx, type_name in getattr(w, "SALIENT_EPITHETS", ()):
        for m in rx.finditer(text, sent.start, sent.end):
            # rule head_agrees (round 38): "the ministry" names a ministry, not any body of its type
            last = m[0].lower().split()[-1]
            head = last if last in getattr(w, "SALIENT_HEADS", ()) else ""
            ante = article.salient(type_name, m.start(), head)
            if ante is not None:
                out.append(_as_anaphor(ante, m.start(), m.end(), m[0]))
    region = getattr(w, "REGION_ANAPHOR", None)
    for m in region.finditer(text, sent.start, sent.end) if region else ():
        # rule region_anaphor (round 103): "sent to the region" is the region named last
        ante = article.last_region(m.start(), text, _region_heads(w.REGION_HEADS))
        if ante is not None:
            out.append(_as_anaphor(ante, m.start(), m.end(), m[0]))
    compass = getattr(w, "COMPASS_ANAPHOR", None)
    for m in compass.finditer(text, sent.start, sent.end) if compass else ():
        ante = article.compass_state(m["compass"].lower())
        if ante is not None:
            out.append(_as_anaphor(ante, m.start("compass"), m.end("compass"), m["compass"]))
    return out


def resolved_epithets(
    text: str,
    sent: Sentence,
    lang: str,
    history,
    schema,
    article: ArticleIndex | None = None,
    roles: dict | None = None,
) -> list[TypedMention]:
    """Epithets in *sent* resolved to an earlier mention of the right type.

    The antecedent is the most salient one in the window (named most often, epithets
    included), the most recent on a tie: "l'impianto" after a paragraph about a plant
    and, last, its workers' housing is the plant. Definite descriptions of an article's
    sources and actors ("the spy agency", "l'agenzia", "the ministry") stand for the one of
    their kind the article names most (*article*: its indexes), wherever it is named; a
    compass noun ("the North", "il Nord") for the state named after it.
    """
    out = []
    if article is not None:
        out += _article_anaphors(text, sent, words(lang), article)
    agreeing = frozenset(getattr(words(lang), "ROLE_EPITHETS", ()))
    for rx, type_name in EPITHETS.get(lang, ()):
        for m in rx.finditer(text, sent.start, sent.end):
            if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 3]):
                continue  # "il presidente Yoon": a role noun before a name, not an epithet
            role = m[0].lower().split()[-1]
            if role in agreeing:
                # rule role_agrees (round 41): "del ministro" is the one the article named minister,
                # never merely the person it names most (Putin in an article about Seoul's minister)
                holder = (roles or {}).get(role)
                if holder is not None and holder.end <= m.start():
                    out.append(_as_anaphor(holder, m.start(), m.end(), m[0]))
                continue
            own = next((h for h in history if h.demonym and _ADJACENT.fullmatch(text, m.end(), h.start)), None)
            if own is not None and _fits_any(own, type_name):
                # rule epithet_own_state (round 92): "il governo sudcoreano" is the state its
                # adjective names, not the state the article names most
                out.append(_as_anaphor(own, m.start(), m.end(), m[0]))
                continue
            before = [h for h in history if h.end <= m.start() and _fits_any(h, type_name)]
            counts: dict[str, int] = {}
            for h in before:
                counts[h.entity] = counts.get(h.entity, 0) + 1
            ante = max(reversed(before), key=lambda h: counts[h.entity], default=None)
            if ante is not None:
                out.append(_as_anaphor(ante, m.start(), m.end(), m[0]))
    desc, naming = NAMED_LATER.get(lang, (None, None))
    for m in desc.finditer(text, sent.start, sent.end) if desc else ():
        for h in history:
            gap = text[m.end() : h.start]
            if (
                h.start > m.end()
                and h.end <= sent.end
                and len(gap) < 90
                and naming.search(gap)
                and not any(c in gap for c in ".;:")
            ):
                out.append(
                    replace(
                        h, start=m.start(), end=m.end(), text=m[0], nested=False, alternatives=(), antecedent=h.text
                    )
                )
                break
    rx = PAIR_ANAPHORS.get(lang)
    for m in rx.finditer(text, sent.start, sent.end) if rx else ():
        war_place = getattr(words(lang), "WAR_PLACE", None)
        named: dict[str, list] = {}  # state -> its mentions before the phrase, latest first
        for h in reversed(history):
            if _enemy_named(text, h, lang) or (war_place and war_place.search(text, max(0, h.start - 40), h.start)):
                # rule pair_not_enemy (round 38): "to support Russia in its war against Ukraine";
                # round 55: nor the state a war is fought in ("la guerra di Mosca in Ucraina")
                continue
            if h.end <= m.start() and h.fits("Country"):
                named.setdefault(h.entity, []).append(h)
        # round 108 (`salient_pair`): the two states named most often (adjectives counted), the
        # later first on a tie, not merely the last two: "il leader nordcoreano ... Mosca ... la
        # visita in Corea del Sud ... i due Paesi hanno firmato" are North Korea and Russia
        ranked = sorted(named.values(), key=lambda hs: (len(hs), hs[0].start), reverse=True)
        pair = [next((h for h in hs if not h.demonym), hs[0]) for hs in ranked[:2]]
        if len(pair) == 2:
            # the two parties as two adjacent mentions joined by the phrase, so "tra i due
            # paesi" reads as "tra A e B" and "uno dei due paesi" as "A o B"
            mid = m.start() + len(m[0]) // 2
            names = f"{pair[1].text} / {pair[0].text}"
            for h, a, b in ((pair[1], m.start(), mid), (pair[0], mid, m.end())):
                out.append(
                    replace(
                        h, start=a, end=b, text=m[0], nested=False, alternatives=(), antecedent=names, demonym=False
                    )
                )
    people = getattr(words(lang), "PEOPLE_PAIR_ANAPHORS", None)
    for m in people.finditer(text, sent.start, sent.end) if people else ():
        # round 154 (`people_pair`): "i due hanno firmato", "the two leaders held talks": the two
        # people named last, the later first; inside a clause ("Yu met both men") the clause's own
        # people are not the two
        opens = _CLAUSE_OPENING.search(text[sent.start : m.start()]) is not None
        pair = []
        for h in reversed(history):
            if not opens and h.start >= sent.start:
                continue
            if h.end <= m.start() and h.fits("Person") and not h.nested and h.entity not in {p.entity for p in pair}:
                pair.append(h)
                if len(pair) == 2:
                    break
        if len(pair) == 2:
            mid = m.start() + len(m[0]) // 2
            names = f"{pair[1].text} / {pair[0].text}"
            for h, a, b in ((pair[1], m.start(), mid), (pair[0], mid, m.end())):
                out.append(replace(h, start=a, end=b, text=m[0], nested=False, alternatives=(), antecedent=names))
    return out


def _enemy_named(text: str, h, lang: str) -> bool:
    """True when *h* is named as the side faced ("the war against Ukraine"): "the two countries"
    are the parties that act together, never one of them and its enemy."""
    return enemy_before(lang).search(text, max(0, h.start - 40), h.start) is not None


def article_topic(mentions):
    """The article's main actor: the state its lead names first, when named 3 times or more.

    News articles open with what they are about (the title or lead), so the first state
    named stands in for the unnamed agent of a nominalised act ("la collaborazione
    militare con la Russia") when the sentence names no one else who could act.
    """
    states = [m for m in mentions if m.fits("Country")]
    if not states:
        return None
    first = states[0]
    return first if sum(1 for m in states if m.entity == first.entity) >= 3 else None


def sentence_subject(here) -> object | None:
    """The grammatical-subject guess of a sentence: its first outer mention that can act."""
    for m in here:
        if not m.nested and not m.demonym and any(m.fits(t) for t in ("Person", "Country", "Organization")):
            return m
    return None
