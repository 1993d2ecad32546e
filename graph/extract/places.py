"""Place phrases: a place noun qualified by a state names where the place is.

"il porto nordcoreano di Rajin", "la città russa di Vladivostok", "the North Korean port of
Najin", "Russia's port of Vostochny": the named place (after "di" / "of") lies in the state
the adjective or possessive names. The claim is the place phrase's own (predicate
``place_phrase`` in ``schema/extraction.yaml``); the place nouns are per language
(``PLACE_NOUNS`` in :mod:`graph.extract.lang`).
"""

from __future__ import annotations

import functools
import re

from .lang import alternation, words
from .records import CandidateClaim
from .spans import whole_words

__all__ = ["place_claims"]


@functools.cache
def _nouns(lang: str) -> re.Pattern:
    """A place noun of *lang* as a whole word ("porto", "regione")."""
    return re.compile(rf"\b(?:{alternation(words(lang).PLACE_NOUNS)})\b", re.IGNORECASE)


def place_claims(text: str, sent, here, schema, lang: str, rules) -> list:
    """LOCATED_IN claims from the place phrases of sentence *sent* (with mentions *here*)."""
    pred = schema.predicates.get(rules.place_phrase) if rules.place_phrase else None
    if pred is None:
        return []
    states = [m for m in here if m.fits("Country") and not m.antecedent]
    places = [m for m in here if any(m.fits(t) for t in pred.domain) and not m.fits("Country") and not m.nested]
    out = []
    for n in _nouns(lang).finditer(text, sent.start, sent.end):
        # the named place right after "di" / "of": "porto nordcoreano di Rajin", "port of Najin"
        after = re.match(r"(?:\s+[^\W\d_]+)?\s+(?:di|del|della|of)\s+", text[n.end() : n.end() + 40], re.IGNORECASE)
        if after is None:
            continue
        place = next((m for m in places if m.start == n.end() + after.end()), None)
        if place is None:
            continue
        # the state: an adjective after the noun (it), or a demonym / possessive right before it (en)
        state = next((m for m in states if n.end() < m.start and m.end <= n.end() + after.end() and m.demonym), None)
        if state is None:
            state = next(
                (
                    m
                    for m in states
                    if 0 <= n.start() - m.end <= 4 and re.fullmatch(r"\s*(?:['’]s\s*)?", text[m.end : n.start()])
                ),
                None,
            )
        if state is None or not any(state.fits(t) for t in pred.range):
            continue
        start, end = whole_words(text, min(state.start, n.start()), place.end)
        c = CandidateClaim(
            place.entity,
            pred.name,
            state.entity,
            text[start:end],
            start,
            end,
            sent.start,
            sent.end,
            n[0],
            92.0,
            reasons=["place_phrase"],
            cue_start=n.start(),
            cue_end=n.end(),
        )
        out.append(c)
    return out
