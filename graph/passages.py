"""Paragraphs and sentences of a document text, as offsets, without any language model.

Validation uses them to check that an attribution is *near* its claim (see :func:`near`),
``kg claim`` to show the sentence around a quote and ``kg coverage`` to list the sentences
no claim quotes. The rules are deliberately simple and the same for every language: a line
break ends a paragraph (and a sentence); inside a paragraph a sentence ends at ``.``, ``!``,
``?`` or ``…`` (after any closing quotation marks) followed by white space and a capital
letter, a digit or an opening quotation mark. A full stop after a single capital letter
(an initial) or a known abbreviation does not end a sentence. The seed header
(`` date YYYY-MM-DD ``) is not part of any sentence.

Examples
--------
>>> p = Passages(" date 2025-02 Kim è a Mosca. Lo dice la KCNA.\\nSecondo paragrafo.")
>>> [p.text[s.start:s.end] for s in p.sentences]
['Kim è a Mosca.', 'Lo dice la KCNA.', 'Secondo paragrafo.']
>>> [s.paragraph for s in p.sentences]
[0, 0, 1]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .documents import parse_header

__all__ = ["NEAR_RULE", "Passages", "Sentence", "near", "passages"]

#: How validation reads "near" (also quoted by its error messages and the docs).
NEAR_RULE = "in the same paragraph as the claim's quote or in the sentence just before or after it"

_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s+(?:[\"“«'‘(\[]\s*)?[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATIONS = frozenset(
    {
        "dr",
        "dott",
        "prof",
        "sig",
        "sigg",
        "ing",
        "avv",
        "on",
        "sen",
        "gen",
        "col",
        "mr",
        "mrs",
        "ms",
        "st",
        "jr",
        "sr",
        "vs",
        "ecc",
        "etc",
        "no",
        "nr",
        "art",
        "cfr",
        "p",
        "pp",
        "fig",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
    }
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets in the document text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)\Z", text[:dot])
    if not word:
        return False
    w = word[1]
    return (len(w) == 1 and w.isupper()) or w.lower().rstrip(".") in _ABBREVIATIONS


class Passages:
    """The sentences of one text, with lookups from offsets to sentences."""

    def __init__(self, text: str):
        self.text = text
        _, body = parse_header(text)
        sentences: list[Sentence] = []
        for number, para in enumerate(m for m in re.finditer(r"[^\n]+", text) if m.end() > body):
            start, end = max(para.start(), body), para.end()
            cursor = start
            for m in _END.finditer(text, start, end):
                if m.group()[0] == "." and len(m.group()) == 1 and _is_abbreviation(text, m.start()):
                    continue
                sentences.append(self._trimmed(cursor, m.end(), number))
                cursor = m.end()
            sentences.append(self._trimmed(cursor, end, number))
        self.sentences = [s for s in sentences if s.end > s.start]
        self._starts = [s.start for s in self.sentences]

    def _trimmed(self, start: int, end: int, paragraph: int) -> Sentence:
        chunk = self.text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        return Sentence(start + lead, start + len(chunk.rstrip()), paragraph)

    def index_at(self, offset: int) -> int:
        """Index of the sentence that holds (or, between sentences, precedes) *offset*."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Indexes of the first and last sentence the text ``[start, end)`` touches."""
        return self.index_at(start), self.index_at(max(start, end - 1))

    def around(self, start: int, end: int) -> Sentence:
        """The sentence(s) holding ``[start, end)``, joined into one span."""
        a, b = self.span(start, end)
        first, last = self.sentences[a], self.sentences[b]
        return Sentence(first.start, last.end, first.paragraph)


@lru_cache(maxsize=64)
def passages(text: str) -> Passages:
    """The :class:`Passages` of *text* (cached: validation, ``kg claim`` and ``kg coverage`` reuse them)."""
    return Passages(text)


def near(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when the spans *a* and *b* of *text* are near each other (:data:`NEAR_RULE`).

    Overlapping spans are near; so are spans in one paragraph, or in adjacent sentences
    (an attribution closing one paragraph may introduce the first sentence of the next).

    Examples
    --------
    >>> t = "A dice X. Poi Y.\\nZ segue. W è lontano. Ultimo."
    >>> near(t, (0, 5), (10, 15)), near(t, (10, 15), (17, 25)), near(t, (0, 5), (37, 43))
    (True, True, False)
    """
    p = passages(text)
    if not p.sentences:
        return False
    a0, a1 = p.span(*a)
    b0, b1 = p.span(*b)
    if a0 <= b1 and b0 <= a1:
        return True
    if p.sentences[a0].paragraph == p.sentences[b0].paragraph or p.sentences[a1].paragraph == p.sentences[b1].paragraph:
        return True
    gap = b0 - a1 if b0 > a1 else a0 - b1
    return gap <= 1
