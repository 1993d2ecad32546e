"""Per-language word lists and patterns of the extractor (the code holds no language words).

Each module (:mod:`.it`, :mod:`.en`) defines the same names; :func:`words` returns the one
for a language code. The lists are general vocabulary of news prose (reporting verbs,
hedges, role nouns, number words, units); none names an entity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from types import ModuleType

from . import en, it

__all__ = [
    "ARTICLES",
    "GENITIVES",
    "LANGUAGES",
    "MONTH_NAMES",
    "PLATFORMS",
    "alternation",
    "phrase_before_rx",
    "phrases_rx",
    "words",
]

LANGUAGES: dict[str, ModuleType] = {"it": it, "en": en}
#: Articles of every language ("il", "una", "the"): never the head of a noun phrase.
ARTICLES = frozenset(w for m in LANGUAGES.values() for w in m.ARTICLES)
#: Genitive prepositions of every language ("della", "of"): they join the parts of a name.
GENITIVES = frozenset(w for m in LANGUAGES.values() for w in m.GENITIVES)
#: Month names of every language, those long enough to be no other word ("may" kept, "mar" not).
MONTH_NAMES = {k: v for m in LANGUAGES.values() for k, v in m.MONTHS.items() if len(k) > 3 or k == "may"}
#: Round 28: platforms a statement is posted on ("ha scritto su Facebook Serhiy Bolvinov"): never
#: part of a person's or an organisation's name.
PLATFORMS = frozenset(("facebook", "telegram", "twitter", "instagram", "youtube", "whatsapp", "tiktok", "vkontakte"))


def words(lang: str) -> ModuleType:
    """The word-list module of *lang* (``it`` or ``en``).

    Examples
    --------
    >>> words("en").NEGATIONS[:3]
    ('not', 'never', 'without')
    """
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"language {lang!r} is not supported (use one of {', '.join(LANGUAGES)})") from None


def alternation(phrases: Iterable[str]) -> str:
    r"""A regex alternation of *phrases*, escaped, longest first (so "a capo di" wins over "a").

    Examples
    --------
    >>> alternation(["porto", "regione", "porto-franco"])
    'porto\\-franco|regione|porto'
    """
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def phrases_rx(lang: str, name: str) -> re.Pattern:
    """A case-insensitive whole-word pattern for the phrases of list *name* of language *lang*,
    longest first, spaces matching any run of white space.

    Examples
    --------
    >>> bool(phrases_rx("it", "SUBORDINATORS").match("dopo  che il presidente"))
    True
    """
    phrases = sorted(getattr(words(lang), name), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’])(?:{body})(?![\w])", re.IGNORECASE)


@functools.cache
def phrase_before_rx(lang: str, name: str) -> re.Pattern:
    """A pattern that ends a text with a phrase of list *name* of language *lang* and at most one
    word after it (an adverb or a word of time): what stands right before a name.

    Examples
    --------
    >>> bool(phrase_before_rx("it", "AUXILIARY_VERBS").search("Kim aveva poi "))
    True
    """
    return re.compile(rf"\b(?:{alternation(getattr(words(lang), name))})\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE)
