"""The cue index: every cue phrase of a language found in a sentence in one scan.

Predicate cues come from the schema (``schema.predicates[name].cues[lang]``, the single
source of predicate cues); attribution and hedging cues from the language modules
(``lang/*.py``). Words are matched on a crude stem, so "inviato" / "inviati" and "sent" /
"send" are one cue, and a cue ending in a simple preposition also matches the articulated
one ("ha comunicato a" in "ha comunicato al ministro").
"""

from __future__ import annotations

from ..schema import Schema
from .gazetteer import fold_tokens
from .lang import LANGUAGES, words

__all__ = ["ATTRIBUTION_CUES", "HEDGING_CUES", "CueIndex", "cue_index"]

#: Attribution and hedging cue phrases per language (``lang/*.py``).
ATTRIBUTION_CUES = {lang: tuple(m.ATTRIBUTION_CUES) for lang, m in LANGUAGES.items()}
HEDGING_CUES = {lang: tuple(m.HEDGING_CUES) for lang, m in LANGUAGES.items()}


def _stem(token: str, lang: str = "it") -> str:
    """Cut the inflection of a folded word so a cue matches its forms.

    Italian: the last two letters of a long word (inviato / inviati -> ``invia``). English: the
    language's suffix rules and irregular forms (``lang/en.py``: sent -> send, supplied /
    supplies / supplying -> supply, deployed / deployment -> deploy).

    >>> _stem("inviati"), _stem("supplied", "en"), _stem("sent", "en"), _stem("shipping", "en")
    ('invia', 'supply', 'send', 'ship')
    """
    if lang != "it":
        rule = getattr(words(lang), "stem", None)
        if rule is not None:
            return rule(token)
    return token if len(token) < 5 else token[: max(4, len(token) - 2)]


class CueIndex:
    """Every cue phrase (predicates, attribution, hedging) indexed by the stem of its first word.

    A sentence is scanned once for all phrases, so the cost does not grow with the number of
    predicates.
    """

    def __init__(self, schema: Schema, lang: str):
        self.first: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {}
        self.lang = lang
        #: folded articulated preposition -> the simple one it holds ("alla" -> a)
        self.articulated: dict[str, str] = getattr(words(lang), "ARTICULATED_PREPOSITIONS", {})
        #: words that only look like a cue's forms ("missili" beside "missiva")
        self.false_friends = frozenset(getattr(words(lang), "STEM_FALSE_FRIENDS", ()))
        #: a cue's first word -> the words right before it that make it another phrase (round 69:
        #: "as part of" is a purpose, no membership; round 70: "un inviato" is an envoy)
        self.blockers: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in getattr(words(lang), "CUE_BLOCKERS", {}).items()
        }
        #: round 142 (`noun_modifier`): a cue's one word -> the words right after it that make it
        #: a noun's modifier ("a shipping company" ships nothing)
        self.next_blockers: dict[str, frozenset[str]] = {
            k: frozenset(v) for k, v in getattr(words(lang), "CUE_NEXT_BLOCKERS", {}).items()
        }
        #: round 100 (`time_gap`): words of time that may stand inside a cue of several words
        #: ("è arrivata oggi a Mosca", "arrived on Monday in Seoul"), folded
        w = words(lang)
        self.gaps = frozenset(t for g in (*w.WEEKDAYS, *getattr(w, "CUE_GAP_WORDS", ())) for t, _, _ in fold_tokens(g))
        #: words that stand inside a cue only before a word of time ("on" in "arrived on Monday in")
        self.gap_openers = frozenset(getattr(w, "CUE_GAP_OPENERS", ()))
        seen = set()

        def add(kind: str, name: str, phrase: str) -> None:
            # a cue word that is a false friend keeps its whole form, as the sentence's does
            # (round 45: "greetings" is a message, "greeted" a meeting)
            stems = tuple("=" + t if t in self.false_friends else _stem(t, lang) for t, _, _ in fold_tokens(phrase))
            if stems and (kind, name, stems) not in seen:
                seen.add((kind, name, stems))
                self.first.setdefault(stems[0], []).append((kind, name, phrase, stems))

        for name, pred in schema.predicates.items():
            for p in pred.cues.get(lang, ()):
                add("pred", name, p)
        for p in ATTRIBUTION_CUES.get(lang, ()):
            add("attr", "", p)
        for p in HEDGING_CUES.get(lang, ()):
            add("hedge", "", p)

    def scan(self, tokens) -> list[tuple[str, str, str, int, int]]:
        """``(kind, predicate, phrase, start, end)`` for every cue in *tokens* (folded, with offsets)."""
        friends = self.false_friends
        # a false friend keeps its whole form as its stem, so no cue's stem meets it
        stems = ["=" + t[0] if t[0] in friends else _stem(t[0], self.lang) for t in tokens]
        out = []
        for i, st in enumerate(stems):
            blocked = self.blockers.get(tokens[i][0])
            if blocked and i > 0 and tokens[i - 1][0] in blocked:
                continue  # "as part of", "un inviato": another phrase than the cue
            blocked = self.next_blockers.get(tokens[i][0])
            if blocked and i + 1 < len(tokens) and tokens[i + 1][0] in blocked:
                continue  # "a shipping company": a modifier of the noun after it
            for kind, name, phrase, pst in self.first.get(st, ()):
                n = len(pst)
                if tuple(stems[i : i + n]) == pst or self._articulated_end(tokens, stems, i, pst):
                    out.append((kind, name, phrase, tokens[i][1], tokens[i + n - 1][2]))
                elif n > 1 and (end := self._gapped_end(tokens, stems, i, pst)) is not None:
                    out.append((kind, name, phrase, tokens[i][1], tokens[end - 1][2]))
        return out

    def _gapped_end(self, tokens, stems, i: int, pst: tuple[str, ...]) -> int | None:
        """The end (token index) of cue *pst* from token *i* when words of time stand inside it (at
        most two: "è arrivata oggi a", "arrived on Monday in"), or None."""
        j, k, gaps = i, 0, 0
        while k < len(pst):
            if j >= len(tokens):
                return None
            last = k == len(pst) - 1
            if stems[j] == pst[k] or (last and k and self.articulated.get(tokens[j][0]) == pst[k]):
                j, k = j + 1, k + 1
            elif (
                k
                and gaps < 2
                and (
                    tokens[j][0] in self.gaps
                    or (tokens[j][0] in self.gap_openers and j + 1 < len(tokens) and tokens[j + 1][0] in self.gaps)
                )
            ):
                j, gaps = j + 1, gaps + 1
            else:
                return None
        return j if gaps else None

    def _articulated_end(self, tokens, stems, i: int, pst: tuple[str, ...]) -> bool:
        """True when a cue ending in a simple preposition meets the articulated one at its end
        ("ha comunicato a" in "ha comunicato al ministro", "inviato in" in "inviato nella regione")."""
        n = len(pst)
        if n < 2 or i + n > len(tokens) or not self.articulated:
            return False
        return tuple(stems[i : i + n - 1]) == pst[:-1] and self.articulated.get(tokens[i + n - 1][0]) == pst[-1]


def cue_index(schema: Schema, lang: str) -> CueIndex:
    """The cue index of *schema* for *lang*, built once and kept on the schema itself.

    Kept on the object rather than in a table keyed by ``id(schema)``: once a schema is
    freed another may get its id, and would have been handed the first one's cues.
    """
    indexes = schema.__dict__.setdefault("_extract_cue_indexes", {})
    if lang not in indexes:
        indexes[lang] = CueIndex(schema, lang)
    return indexes[lang]
