"""Finding entities by id, name or alias: case-, accent-, hyphen- and apostrophe-insensitive.

Analysts type "kim jong-un", "Kim Jong Un" or "KN-23"; all must land on one entity, and a
name that fits several (or none) must say so with suggestions rather than guess.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from .errors import LookupFailed
from .model import Dataset

__all__ = ["Resolver", "fold_text", "normalize_name"]

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def fold_text(text: str) -> str:
    """*text* with one apostrophe style, no accents and case folded (separators kept as they are).

    Examples
    --------
    >>> fold_text("Università dell’Ucraina")
    "universita dell'ucraina"
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def normalize_name(text: str) -> str:
    """Fold a name for matching: no accents, lower case, one space for hyphens and spaces.

    Examples
    --------
    >>> normalize_name("Kim Jong-un") == normalize_name("KIM JONG UN")
    True
    >>> normalize_name("Stabilimento  11 Febbraio’")
    "stabilimento 11 febbraio'"
    """
    return _SEPARATORS.sub(" ", fold_text(text)).strip()


class Resolver:
    """Resolve user-typed names to entity ids.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> r = Resolver(load_dataset("seeds"))
    >>> r.resolve("kim jong-un")
    'kim-jong-un'
    """

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self.index: dict[str, set[str]] = {}
        for e in dataset.entities.values():
            for name in (e.id, *e.names):
                self.index.setdefault(normalize_name(name), set()).add(e.id)

    def candidates(self, name: str) -> list[str]:
        """Every entity id *name* may mean (exact id first).

        A whole name or alias matches first; failing that, a short form: *name* as a run of
        whole words of a name or alias ("Umerov" in "Rustem Umerov", "Lair" in "Sam Lair").

        Examples
        --------
        >>> from graph.validate import load_dataset
        >>> r = Resolver(load_dataset("seeds"))
        >>> r.candidates("Umerov"), r.candidates("lair"), r.candidates("DPRK"), r.candidates("Seoul")
        (['rustem-umerov'], ['sam-lair'], ['north-korea'], ['south-korea'])
        """
        if name in self.dataset.entities:
            return [name]
        key = normalize_name(name)
        exact = self.index.get(key)
        if exact:
            return sorted(exact)
        if not key:
            return []
        padded = f" {key} "
        return sorted({i for k, ids in self.index.items() if padded in f" {k} " for i in ids})

    def resolve(self, name: str) -> str:
        """The one entity id *name* means; raise :class:`~graph.errors.LookupFailed` otherwise."""
        found = self.candidates(name)
        if len(found) == 1:
            return found[0]
        if found:
            options = [f"{i} ({self.dataset.entities[i].name}, {self.dataset.entities[i].type})" for i in found]
            raise LookupFailed(f"{name!r} is ambiguous: it names {len(found)} entities; use an id.", options)
        key = normalize_name(name)
        close = difflib.get_close_matches(key, self.index, n=5, cutoff=0.6)
        suggestions = {i for k in close for i in self.index[k]}
        if not suggestions and " " not in key:  # a misspelt short form: compare with each word of the names
            words: dict[str, set[str]] = {}
            for k, ids in self.index.items():
                for w in k.split():
                    words.setdefault(w, set()).update(ids)
            suggestions = {i for w in difflib.get_close_matches(key, words, n=5, cutoff=0.75) for i in words[w]}
        raise LookupFailed(f"no entity is called {name!r}.", sorted(suggestions))
