"""Per-language word lists and patterns of the extractor (the code holds no language words).

Each module (:mod:`.it`, :mod:`.en`) defines the same names; :func:`words` returns the one
for a language code. The lists are general vocabulary of news prose (reporting verbs,
hedges, role nouns, number words, units); none names an entity.
"""

from __future__ import annotations

from types import ModuleType

from . import en, it

__all__ = ["LANGUAGES", "words"]

LANGUAGES: dict[str, ModuleType] = {"it": it, "en": en}


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
