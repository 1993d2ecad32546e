"""Finding known entities in a text: every name and alias, matched on folded word tokens.

Names are folded with :func:`graph.resolve.normalize_name` (case, accents, hyphens and
apostrophe styles do not matter: "Kim Jong-un" = "KIM JONG UN", "l’Ucraina" = "l'Ucraina")
and split into word tokens; the text is folded the same way, character by character, so
each match maps back to exact offsets in the original text.

Matching is leftmost-longest. A shorter name of a *different* entity inside a longer match
("Corea del Nord" inside "Il leader della Corea del Nord") is kept as a nested mention,
because claims are often stated inside such descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..resolve import fold_text, normalize_name

__all__ = ["LEADING_ARTICLES", "LOOSE_TYPES", "Gazetteer", "Mention", "fold_tokens", "loose_token"]

_WORD = re.compile(r"[^\W_]+")
#: Articles and determiners dropped from the front of an alias ("Le autorità ucraine").
LEADING_ARTICLES = frozenset(["il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno", "the", "a", "an"])
#: Types whose descriptive (lower-case, multi-word) names also match inflected variants.
LOOSE_TYPES = frozenset({"Programme", "Event", "WeaponSystem", "Facility", "Agreement"})
#: Types whose names built as "<demonym> <common noun>" also match the common noun (rule ``class_head``).
CLASS_TYPES = frozenset({"WeaponSystem"})
#: "North Korean ballistic missiles", "Freedonian tanks (various types)": capitalised words of
#: nationality (the last ending as a demonym does), then only lower-case words.
_CLASS_NAME = re.compile(
    r"(?P<maker>(?:(?:North|South|East|West)\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|ic|i))\s+"
    r"(?P<head>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})(?:\s+\([^()]*\))?"
)


#: A dotted abbreviation up to its last letter ("U.S", "U.N"): the dot after it is part of it.
_DOTTED_ABBREVIATION = re.compile(r"(?<![^\s(])(?:[A-Z]\.)+[A-Z]\Z")


def _singular(form: str) -> str:
    """*form* with its last word in the English singular ("missiles" -> "missile"), else as is."""
    words = form.split()
    last = words[-1]
    if len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    return " ".join(words)


_PREP = {
    **{w: "di" for w in ["di", "del", "dello", "della", "dei", "degli", "delle", "dell", "d"]},
    **{w: "a" for w in ["a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all"]},
    **{w: "da" for w in ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall"]},
    **{w: "in" for w in ["in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell"]},
    **{w: "su" for w in ["su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull"]},
    **{w: "con" for w in ["con", "col", "coi"]},
    **{w: "_" for w in ["il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno"]},
}


def loose_token(tok: str) -> str:
    """A folded word with its Italian inflection cut, for matching descriptive names loosely.

    Articulated prepositions become the bare preposition, articles a placeholder, and words
    of four letters or more lose a final vowel (and the *h* of -che/-ghi plurals).

    Examples
    --------
    >>> [loose_token(t) for t in "test missilistici dei fabbriche".split()]
    ['test', 'missilistic', 'di', 'fabbric']
    >>> loose_token("missilistico") == loose_token("missilistici"), loose_token("armi") == loose_token("arma")
    (True, False)
    """
    if tok in _PREP:
        return _PREP[tok]
    if len(tok) >= 5 and tok[-1] in "aeio":
        tok = tok[:-1]
        if tok[-2:] in ("ch", "gh"):
            tok = tok[:-1]
    return tok


# What may separate two tokens of one name in the text (no newline, no sentence punctuation);
# round 136: the signs of an Italian ordinal too ("11° Forum").
_GAP = re.compile(r"[ \t\-‐‑‒–—_/'’.°ºª]*\Z")


@dataclass(frozen=True)
class Mention:
    """A span of the text that names a known entity (``entities`` has several when ambiguous)."""

    start: int
    end: int
    text: str
    entities: tuple[str, ...]
    nested: bool = False

    @property
    def entity(self) -> str:
        """The first (or only) entity the span names."""
        return self.entities[0]


_FOLD_CACHE: dict[str, str] = {}


def _fold_cached(ch: str) -> str:
    f = fold_text(ch)  # the folding of normalize_name, one character at a time
    _FOLD_CACHE[ch] = f
    return f


def fold_tokens(text: str) -> list[tuple[str, int, int]]:
    """Folded word tokens of *text* as ``(token, start, end)`` with offsets into *text*.

    Examples
    --------
    >>> [t for t, _, _ in fold_tokens("Kim Jong-un, dall’Università")]
    ['kim', 'jong', 'un', 'dall', 'universita']
    """
    folds = [_FOLD_CACHE.get(ch) or _fold_cached(ch) for ch in text]
    ftext = "".join(folds)
    if len(ftext) == len(text):  # the usual case: every character folds to one character
        return [(m[0], m.start(), m.end()) for m in _WORD.finditer(ftext)]
    index: list[int] = []
    for i, f in enumerate(folds):
        index.extend([i] * len(f))
    index.append(len(text))
    return [(m[0], index[m.start()], index[m.end() - 1] + 1) for m in _WORD.finditer(ftext)]


def _key_tokens(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalize_name(name)))


@dataclass
class Gazetteer:
    """An index of every known name: folded token tuple -> entity ids.

    Examples
    --------
    >>> g = Gazetteer.from_names([("kim-jong-un", "Kim Jong Un"), ("north-korea", "Corea del Nord")])
    >>> [(m.text, m.entity) for m in g.find("Il leader della Corea del Nord, KIM JONG-UN.")]
    [('Corea del Nord', 'north-korea'), ('KIM JONG-UN', 'kim-jong-un')]
    """

    index: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    cased: set[tuple[str, ...]] = field(default_factory=set)  # single-token names written with capitals
    lengths: dict[str, set[int]] = field(default_factory=dict)  # first token -> key lengths
    loose: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # inflection-free keys of descriptive names
    loose_lengths: dict[str, set[int]] = field(default_factory=dict)

    def add_loose(self, entity_id: str, name: str) -> None:
        """Also index a lower-case multi-word *name* by its inflection-free key ("test missilistico"
        then matches "test missilistici", "fabbriche di armi" matches "fabbrica di armi")."""
        key = _key_tokens(name)
        if key and key[0] in LEADING_ARTICLES:
            key = key[1:]
        if len(key) < 2 or not name.lstrip()[:1].islower():
            return
        lk = tuple(loose_token(t) for t in key)
        self.loose.setdefault(lk, set()).add(entity_id)
        self.loose_lengths.setdefault(lk[0], set()).add(len(lk))

    def add(self, entity_id: str, name: str) -> None:
        """Index *name* (and the name without a leading article) for *entity_id*."""
        key = _key_tokens(name)
        if not key:
            return
        keys = [key]
        if len(key) > 1 and key[0] in LEADING_ARTICLES:
            keys.append(key[1:])
        for k in keys:
            self.index.setdefault(k, set()).add(entity_id)
            self.lengths.setdefault(k[0], set()).add(len(k))
            if len(k) == 1 and any(ch.isupper() for ch in name):
                self.cased.add(k)

    @classmethod
    def from_names(cls, pairs: Iterable[tuple[str, str]]) -> Gazetteer:
        """Build from ``(entity_id, name)`` pairs."""
        g = cls()
        for eid, name in pairs:
            g.add(eid, name)
        return g

    @classmethod
    def from_entities(cls, entities: Iterable, loose: bool = True) -> Gazetteer:
        """Build from :class:`~graph.model.Entity` objects (canonical name and all aliases).

        With *loose*, descriptive names of :data:`LOOSE_TYPES` entities also match their
        inflected variants (see :meth:`add_loose`).
        """
        g = cls()
        entities = list(entities)
        for e in entities:
            for n in e.names:
                g.add(e.id, n)
                if loose and getattr(e, "type", None) in LOOSE_TYPES:
                    g.add_loose(e.id, n)
        g.add_class_heads((e.id, n) for e in entities if getattr(e, "type", None) in CLASS_TYPES for n in e.names)
        return g

    def add_class_heads(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Round 12 (rule ``class_head``): a class of things named by its makers' adjective
        ("North Korean ballistic missiles", "North Korean weapons (unspecified)") is also named by
        its common noun alone ("ballistic missiles", "weapons"), by the adjective and the last noun
        ("North Korean missiles"), and in the singular ("a North Korean ballistic missile"), as news
        prose names it. A form no other entity is named by is added for the entity that derives it
        most closely (the common noun before the shortened forms); a tie adds nothing.

        Examples
        --------
        >>> g = Gazetteer()
        >>> g.add_class_heads([("fr-missiles", "Freedonian ballistic missiles")])
        >>> [sorted(g.lookup(n)) for n in ("ballistic missiles", "Freedonian missiles", "Freedonian missile")]
        [['fr-missiles'], ['fr-missiles'], ['fr-missiles']]
        """
        derived: dict[tuple[str, ...], dict[int, set[str]]] = {}

        def put(form: str, level: int, eid: str) -> None:
            for f in {form, _singular(form)}:
                key = _key_tokens(f)
                if key and key not in self.index:
                    derived.setdefault(key, {}).setdefault(level, set()).add(eid)

        for eid, name in pairs:
            m = _CLASS_NAME.fullmatch(name.strip())
            if m is None:
                continue
            head = m["head"]
            put(head, 0, eid)  # "ballistic missiles"
            put(f"{m['maker']} {head}", 1, eid)  # "North Korean weapons" from "... weapons (unspecified)"
            put(f"{m['maker']} {head.split()[-1]}", 2, eid)  # "North Korean missiles"
        for key, levels in derived.items():
            ids = levels[min(levels)]
            if len(ids) == 1:
                (eid,) = ids
                self.add(eid, " ".join(key))
                self.add_loose(eid, " ".join(key))

    def lookup(self, name: str) -> set[str]:
        """Entity ids *name* folds to (empty when unknown)."""
        key = _key_tokens(name)
        found = set(self.index.get(key, ()))
        if len(key) > 1 and key[0] in LEADING_ARTICLES:
            found |= self.index.get(key[1:], set())
        return found

    def _ok_gap(self, text: str, tokens, i: int, j: int) -> bool:
        return all(_GAP.match(text[tokens[k][2] : tokens[k + 1][1]]) for k in range(i, j - 1))

    def _match_at(self, text, tokens, i, max_len=None, cased=True):
        """Longest key starting at token *i*: ``(length, ids)`` or ``(0, None)``."""
        lengths = self.lengths.get(tokens[i][0])
        if not lengths:
            return 0, None
        for n in sorted(lengths, reverse=True):
            if max_len is not None and n >= max_len:
                continue
            if i + n > len(tokens):
                continue
            key = tuple(t[0] for t in tokens[i : i + n])
            ids = self.index.get(key)
            if not ids or not self._ok_gap(text, tokens, i, i + n):
                continue
            if n == 1 and cased and key in self.cased:
                span = text[tokens[i][1] : tokens[i][2]]
                if not any(ch.isupper() for ch in span):
                    continue  # "mosca" (a fly) is not "Mosca" (Moscow)
            return n, ids
        return 0, None

    def find(self, text: str, tokens=None, cased: bool = True) -> list[Mention]:
        """Every mention in *text*, in order (outer mentions before the ones nested in them).

        With *cased* (the default), a one-word name written with capitals needs a capital in
        the text ("mosca" the fly is not "Mosca"); English text is matched without it, since
        English writes names with capitals and some outlets write "russia" in lower case.
        """
        tokens = tokens if tokens is not None else fold_tokens(text)
        out: list[Mention] = []
        i = 0
        while i < len(tokens):
            n, ids = self._match_at(text, tokens, i, cased=cased)
            if not n:
                i += 1
                continue
            if n > 1 and tokens[i][0] in LEADING_ARTICLES:
                # an alias that opens with its article ("Le agenzie di intelligence") gives way to
                # a name that starts after the article and reaches further
                n2, _ = self._match_at(text, tokens, i + 1, cased=cased)
                if n2 and n2 > n - 1:
                    i += 1
                    continue
            start, end = tokens[i][1], tokens[i + n - 1][2]
            if text[end : end + 1] == "." and _DOTTED_ABBREVIATION.search(text, start, end):
                end += 1  # round 77: "U.S." keeps its last dot, so "U.S. President X" reads as a title
            outer = Mention(start, end, text[start:end], tuple(sorted(ids)))
            out.append(outer)
            if n > 1:  # nested names of other entities
                j = i
                while j < i + n:
                    m, sub = self._match_at(text, tokens, j, max_len=n if j == i else None, cased=cased)
                    if m and j + m <= i + n and not (sub & ids):
                        s, e = tokens[j][1], tokens[j + m - 1][2]
                        out.append(Mention(s, e, text[s:e], tuple(sorted(sub)), nested=True))
                        j += m
                    else:
                        j += 1
            i += n
        if self.loose:
            out = self._find_loose(text, tokens, out)
        return out

    def _find_loose(self, text: str, tokens, exact: list[Mention]) -> list[Mention]:
        """Add inflected variants of descriptive names where no exact mention is."""
        covered = [(m.start, m.end) for m in exact if not m.nested]
        loose = [loose_token(t[0]) for t in tokens]
        added: list[Mention] = []
        ci = 0
        i = 0
        while i < len(tokens):
            lengths = self.loose_lengths.get(loose[i])
            if not lengths:
                i += 1
                continue
            hit = 0
            for n in sorted(lengths, reverse=True):
                ids = self.loose.get(tuple(loose[i : i + n])) if i + n <= len(tokens) else None
                if ids and self._ok_gap(text, tokens, i, i + n):
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    while ci < len(covered) and covered[ci][1] <= start:
                        ci += 1
                    if ci < len(covered) and covered[ci][0] < end:
                        continue  # an exact name is here already
                    added.append(Mention(start, end, text[start:end], tuple(sorted(ids))))
                    hit = n
                    break
            i += hit or 1
        if not added:
            return exact
        return sorted(exact + added, key=lambda m: (m.start, -m.end, m.nested))
