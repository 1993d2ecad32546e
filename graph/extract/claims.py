"""Candidate claims: sentences with two or more mentions and a predicate cue.

For every cue phrase of a predicate (``schema.predicates[name].cues[lang]``, the single
source of predicate cues) found in a sentence, the subject and object whose types fit the
predicate's domain and range form a candidate claim. Each candidate is scored by named rules
(:data:`PAIR_RULES`: argument order, marked agents, prepositional subjects ...); the names of
the rules that fired are the claim's ``reasons`` and its score gives its ``confidence``.
Around the cue rules, the sentence's frame (:mod:`graph.extract.frames`) says who asserts the
content (never an argument), where each clause starts (a subject lies in the cue's clause) and
which cues are negated. Titles ("il presidente russo Vladimir Putin") make LEADS /
HOLDS_POSITION_IN claims through their own rule only, and casualty counts make their own
claims. Each claim carries the verbatim quote, attribution, hedging, a quantity (only one
that counts what the claim is about) and a date that dates the fact.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..dates import PartialDate
from ..schema import Schema
from .calibration import DEMOTED, SCORE_FLOOR, claim_features, demoted_by, main_actors, positions
from .frames import SOURCE_TYPES, Attribution, Discourse, Frame, analyse
from .gazetteer import fold_tokens
from .lang import LANGUAGES, alternation, words
from .quantities import Quantity, find_quantities
from .ruledata import ExtractionRules, rules_for
from .sentences import Sentence, is_heading
from .temporal import find_time_expressions

__all__ = [
    "ATTRIBUTION_CUES",
    "HEDGING_CUES",
    "MAX_WINDOW",
    "PAIR_RULES",
    "CandidateClaim",
    "TypedMention",
    "find_claims",
]

ATTRIBUTION_CUES = {lang: tuple(m.ATTRIBUTION_CUES) for lang, m in LANGUAGES.items()}
HEDGING_CUES = {lang: tuple(m.HEDGING_CUES) for lang, m in LANGUAGES.items()}
_SOURCE_TYPES = SOURCE_TYPES
#: Predicates cued by a role noun next to the name: made by the title rule only.
APPOSITIVE = frozenset({"LEADS", "HOLDS_POSITION_IN"})
#: A coordination whose second name carries its title: "X e il presidente silvano Y".
_TITLE_WORDS = sorted(
    {w for m in LANGUAGES.values() for lst in (m.LEADING_ROLES, m.POSITION_ROLES, m.ROLE_LINKS) for w in lst},
    key=len,
    reverse=True,
)
_DEMONYM_WORD = "|".join(sorted({e for m in LANGUAGES.values() for e in m.DEMONYM_ENDINGS}, key=len, reverse=True))
_ROLE_NOUNS = sorted(
    {w for m in LANGUAGES.values() for lst in (m.LEADING_ROLES, m.POSITION_ROLES) for w in lst}, key=len, reverse=True
)
_TITLE_WORD = (
    "(?:"
    + "|".join(map(re.escape, _TITLE_WORDS))
    + r"|[a-zà-ù]+(?:"
    + _DEMONYM_WORD
    + r")|[A-Z][a-z]+(?:"
    + _DEMONYM_WORD
    + r"))\s+"
)
_COORD_TITLE = re.compile(
    r"\s*,?\s*(?:e|ed|and)\s+(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?(?:"
    + _TITLE_WORD
    + r"){0,2}(?:"
    + "|".join(map(re.escape, _ROLE_NOUNS))
    + r")\s+(?:"
    + _TITLE_WORD
    + r"){0,2}",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\A\s*\([^()\n]{1,40}\)")
_COORD = re.compile(
    r"\s*(?:,|e|ed|and|o|or|né|nor|as\s+well\s+as)\s+(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?\Z", re.IGNORECASE
)
#: Longest stretch of a sentence searched for one claim's arguments: a run-on "sentence" of
#: thousands of characters is cut into windows this long, so the work stays linear.
MAX_WINDOW = 600


@dataclass
class CandidateClaim:
    """A proposed claim with its evidence (offsets index the document text)."""

    subject: str
    predicate: str
    object: str
    quote: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    cue: str
    score: float
    hedged: bool = False
    attributed_to: str | None = None
    attribution_cue: str | None = None
    attribution_span: tuple[int, int] | None = None  # offsets of the cue and the source it names
    attribution: dict | None = None  # kind (named / unnamed), asserter, relay and their texts
    date: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    date_text: str | None = None
    quantity: int | float | None = None
    quantity_bound: str | None = None
    unit: str | None = None
    item: str | None = None
    #: spans of the quantities that count the other items of the claim's list ("9 milioni di
    #: proiettili e oltre 100 missili": the 100 is not the shells' count)
    not_counts: tuple[tuple[int, int], ...] = ()
    notes: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    confidence: float = 0.0
    low: bool = False
    cue_start: int = 0
    cue_end: int = 0
    position: str | None = None  # headline / lead / body (graph.extract.calibration.positions)
    main_subject: bool | None = None  # the subject is one of the article's main actors


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


def _phrase_stems(phrase: str, lang: str = "it") -> tuple[str, ...]:
    return tuple(_stem(t, lang) for t, _, _ in fold_tokens(phrase))


class _CueIndex:
    """Every cue phrase (predicates, attribution, hedging) indexed by the stem of its first word.

    A sentence is scanned once for all phrases, so the cost does not grow with the number of
    predicates.
    """

    def __init__(self, schema: Schema, lang: str):
        self.first: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {}
        self.lang = lang
        #: folded articulated preposition -> the simple one it holds ("alla" -> a)
        self.articulated: dict[str, str] = getattr(words(lang), "ARTICULATED_PREPOSITIONS", {})
        seen = set()

        def add(kind: str, name: str, phrase: str) -> None:
            stems = _phrase_stems(phrase, lang)
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
        stems = [_stem(t[0], self.lang) for t in tokens]
        out = []
        for i, st in enumerate(stems):
            for kind, name, phrase, pst in self.first.get(st, ()):
                n = len(pst)
                if tuple(stems[i : i + n]) == pst or self._articulated_end(tokens, stems, i, pst):
                    out.append((kind, name, phrase, tokens[i][1], tokens[i + n - 1][2]))
        return out

    def _articulated_end(self, tokens, stems, i: int, pst: tuple[str, ...]) -> bool:
        """True when a cue ending in a simple preposition meets the articulated one at its end
        ("ha comunicato a" in "ha comunicato al ministro", "inviato in" in "inviato nella regione")."""
        n = len(pst)
        if n < 2 or i + n > len(tokens) or not self.articulated:
            return False
        return tuple(stems[i : i + n - 1]) == pst[:-1] and self.articulated.get(tokens[i + n - 1][0]) == pst[-1]


def _cues(schema: Schema, lang: str) -> _CueIndex:
    """The cue index of *schema* for *lang*, built once and kept on the schema itself.

    Kept on the object rather than in a table keyed by ``id(schema)``: once a schema is
    freed another may get its id, and would have been handed the first one's cues.
    """
    indexes = schema.__dict__.setdefault("_extract_cue_indexes", {})
    if lang not in indexes:
        indexes[lang] = _CueIndex(schema, lang)
    return indexes[lang]


def _coordinated(text: str, head, pool, counts: Sequence[tuple[int, int]] = ()) -> list:
    """*head* and the mentions coordinated with it ("gli Stati Uniti e la Corea del Sud").

    A parenthesis may sit between them ("KN-23 (Hwasong-11A) e KN-24"). Names joined by
    commas only are an apposition, not a list ("il leader della Corea del Nord, Kim
    Jong-un, ha ..."), so a chain counts only when a conjunction closes it. Text inside
    *counts* (the spans of quantities, with their bound) is left out of the gap between two
    names, so each item of a list may carry its own count ("9 milioni di proiettili e oltre 100
    missili").
    """

    def between(a: int, b: int) -> str:
        if not counts:
            return text[a:b]
        return "".join(ch for i, ch in enumerate(text[a:b], a) if not any(s <= i < e for s, e in counts))

    group, joins = [head], []
    for direction in (1, -1):
        cur = head
        while True:
            nxt = None
            for m in pool:
                if not ((direction == 1 and m.start >= cur.end) or (direction == -1 and m.end <= cur.start)):
                    continue
                gap = _PAREN.sub(
                    "", between(cur.end, m.start) if direction == 1 else between(m.end, cur.start), count=1
                )
                if not gap and m.antecedent and m.antecedent == cur.antecedent:
                    gap = " e "  # the two halves of one pair phrase ("i due paesi"), see _epithets
                if m.entity == cur.entity and re.fullmatch(r"[\s,]*", gap):
                    nxt = m  # a title and its name ("il leader nordcoreano Kim Jong Un"): one mention
                    break
                if ((len(gap) < 12 and _COORD.match(gap)) or _COORD_TITLE.fullmatch(gap)) and m.entity not in {
                    g.entity for g in group
                }:
                    nxt = m
                    joins.append(gap.strip(" ,"))
                    break
            if nxt is None:
                break
            if nxt.entity != cur.entity:
                group.append(nxt)
            cur = nxt
    return group if any(joins) else [head]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened so a quote never cuts a word (a pair phrase is split in two
    mentions, "tra i d" + "ue paesi", and a claim may use one half).

    >>> _whole_words("tra i due paesi", 0, 7)
    (0, 9)
    """
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _source_pairs(text: str, found, mentions, lang: str = "it") -> list[tuple[str, int, int, object]]:
    """``(cue, start, end, mention)`` for each source named right after an attribution cue
    ("secondo l'ISW", "riporta RFA", "citando un rapporto della Reuters"). In English a name
    after a reporting verb is its source only where the sentence closes with it ("..., said
    Lee."): "Lee said Marsovia had ..." makes Marsovia the subject of what is said."""
    out = []
    for kind, _, phrase, s, e in found:
        if kind == "attr":
            m = next(
                (
                    m
                    for m in mentions
                    if 0 <= m.start - e <= 30 and not m.nested and any(m.fits(t) for t in _SOURCE_TYPES)
                ),
                None,
            )
            first = m
            while m is not None and _POSSESSIVE.match(text, m.end):
                # "citing Ukraine's Prosecutor General's Office": the possessor qualifies the source
                m = next(
                    (
                        n
                        for n in mentions
                        if n.start > m.end
                        and n.start - m.end <= 30
                        and not n.nested
                        and any(n.fits(t) for t in _SOURCE_TYPES)
                    ),
                    None,
                )
            if (
                m is not None
                and lang == "en"
                and phrase not in CITING_CUES
                and not re.match(r"\s*(?:[,.;:!?\"”]|\Z)", text[m.end : m.end + 3])
            ):
                continue
            if (
                m is not None
                and first is not None
                and re.fullmatch(
                    r"[\s,]*(?:(?:il|lo|la|i|gli|le|l['’]|the|dal|dalla|dall['’]|dai|dagli|"
                    r"agenzia|emittente|quotidiano|giornale|di|della|del|stampa|pubblica|"
                    r"ufficiale|giapponese|statale|think|tank|analisti|media|un|una|a|an|"
                    r"rapporto|articolo|report|article|of)\s*)*",
                    text[e : first.start],
                )
            ):
                out.append((phrase, s, e, m))
    return out


_POSSESSIVE = re.compile(r"['’]s?\b")
#: Attribution cues that name whom the reporter relies on ("secondo A ..., riporta B": B cites A).
CITING_CUES = frozenset({"secondo", "citando", "according to", "citing"})


def _citations(text, sent, found, here, schema, pairs) -> list[CandidateClaim]:
    """Layered attribution: a source that reports what another source says cites it.

    *pairs* are the sentence's :func:`_source_pairs`.
    """
    if "CITES" not in schema.predicates:
        return []
    pred = schema.predicates["CITES"]
    # a reporter also stands right before its verb: "l'ISW ha affermato", "Newsweek scriveva"
    reporters = [(p, m) for p, _, _, m in pairs] + [
        (phrase, m)
        for kind, _, phrase, s, e in found
        if kind == "attr" and phrase not in CITING_CUES
        for m in here
        if not m.nested and 0 <= s - m.end <= 2 and any(m.fits(t) for t in _SOURCE_TYPES)
    ]
    out = []
    for phrase, cs, ce, cited in pairs:
        if phrase not in CITING_CUES or not any(cited.fits(t) for t in pred.range):
            continue
        for phrase2, reporter in reporters:
            if (
                phrase2 in CITING_CUES
                or reporter.entity == cited.entity
                or not any(reporter.fits(t) for t in pred.domain)
            ):
                continue
            for o in _coordinated(text, cited, [m for m in here if any(m.fits(t) for t in pred.range)]):
                start, end = min(cs, reporter.start, o.start), max(ce, reporter.end, o.end)
                out.append(
                    CandidateClaim(
                        reporter.entity,
                        "CITES",
                        o.entity,
                        text[start:end],
                        start,
                        end,
                        sent.start,
                        sent.end,
                        phrase,
                        90.0,
                        notes=[f"{reporter.text!r} reports what {o.text!r} says ({phrase!r})"],
                    )
                )
    return out


# -- argument marking around a cue (general Italian / English syntax) ----------------------
_ART = r"(?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno|un['’]|the|a|an)\s*)?"
_MOD = r"(?:\s+[^\W\d_]+){0,2}?"  # up to two modifiers after a cue noun ("sostegno militare reciproco")
#: "analizzate dal Center ...", "proclamato da Putin", "da parte della Corea del Nord", "by ISW"
_AGENT_PART = re.compile(
    _MOD + r"\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|by)\s*" + _ART + r"\Z", re.IGNORECASE
)
#: Round 15 (``participle_agent``): a participle's agent after time and place adjuncts ("firmato due
#: giorni prima a Pyongyang da X", "signed in June in Pyongyang by X"): short phrases opened by a
#: preposition, no punctuation, then "da" / "by".
_AGENT_AFTER_ADJUNCTS = re.compile(
    r"(?:\s+(?:"
    + alternation(w for m in LANGUAGES.values() for w in m.ADJUNCT_OPENERS)
    + r")\b[^,;:.()\n]{1,25}?){1,3}"
    r"\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|by)\s*" + _ART + r"\Z",
    re.IGNORECASE,
)
_AGENT_ANY = re.compile(
    r"(?:\s+[^\W\d_]+){0,4}?\s+da\s+parte\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’])\s*" + _ART + r"\Z",
    re.IGNORECASE,
)
#: "il sostegno di Pyongyang", "la collaborazione della Cina", "the support of Russia"
_GENITIVE = re.compile(
    _MOD + r"\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of)\s*" + _ART + r"\Z", re.IGNORECASE
)
#: "colloqui tra Pechino e Washington", "relations between A and B"
_BETWEEN = re.compile(_MOD + r"\s+(?:tra|fra|between)\s*" + _ART + r"\Z", re.IGNORECASE)
#: Verbs of origin whose source follows "da": "provenga dalla Corea del Nord" (the source supplies).
_FROM_VERB = re.compile(r"(?:proven|provien|arriv|giung)\w*\Z|comes?\Z|came\Z", re.IGNORECASE)
#: Verbs of receiving: the giver, after "from" / "da", is the one who supplies.
_RECEIVE_VERB = re.compile("(?:" + "|".join(m.RECEIVE_STEMS for m in LANGUAGES.values()) + r")\w*\Z", re.IGNORECASE)
#: Round 22 (rule ``goods_then_giver``): after a verb of receiving, what is received may take up
#: to seven words before its giver ("is buying millions of artillery shells and rockets from X").
_FROM_AFTER_GOODS = re.compile(
    r"(?:\s+[\w'’-]+){0,7}?\s+(?:from|da|dal|dallo|dalla|dai|dagli|dalle|dall['’])\s*" + _ART + r"\Z", re.IGNORECASE
)


@functools.cache
def _goods_word(units: frozenset[str]) -> re.Pattern:
    """A noun, in any language, of the *units* what a transfer names is counted in."""
    nouns = sorted({re.escape(k) for m in LANGUAGES.values() for k, u in m.UNITS.items() if u in units})
    return re.compile(r"\b(?:" + "|".join(nouns) + r")(?!\w)", re.IGNORECASE) if nouns else re.compile(r"(?!)")


_FROM_AGENT = re.compile(
    _MOD + r"\s+(?:from|da|dal|dallo|dalla|dai|dagli|dalle|dall['’])\s*" + _ART + r"\Z", re.IGNORECASE
)
#: Participles after which "from" names a place, not who acts ("withdrawn from", "expelled from").
_PLAIN_FROM = frozenset(("withdrawn", "expelled", "evacuated", "released", "removed", "ritirati", "espulsi"))
_GERUND = re.compile(r"(?:ando|endo)\Z")
_PARTICIPLE = re.compile(r"(?:at|it|ut)[oaie]\Z|(?:ed|en)\Z")
#: Cue words that name an exchange between two parties: both directions are claimed.
_RECIPROCAL = re.compile(r"\b(?:scamb\w*|reciproc\w*|mutu[oaie]|exchang\w*|mutual)\b", re.IGNORECASE)
#: Definite descriptions that refer back to an entity named earlier, per language (lang/*.py).
EPITHETS = {lang: m.EPITHETS for lang, m in LANGUAGES.items()}
#: An indefinite description named later in the sentence ("un impianto ..., noto come X").
NAMED_LATER = {lang: m.NAMED_LATER for lang, m in LANGUAGES.items()}
#: Plural definite descriptions of the two countries named last: "tra i due paesi", "both countries".
PAIR_ANAPHORS = {lang: m.PAIR_ANAPHORS for lang, m in LANGUAGES.items()}
#: A null-subject main clause: "Ha poi visitato ...", "Durante la visita, ha detto ...", "He then visited ...".
_NULL_SUBJECT = re.compile(
    r"(?:[^,.;:]{0,80},\s*)?(?:(?:poi|inoltre|anche|quindi|infine|ieri|oggi|gi[àa]|non|then|also|later)\s+)*"
    r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avr[àa]|[èe]|sono|era|erano|sar[àa]|sta|stava|stanno|si|ne|"
    r"pu[òo]|potrebbe|dovrebbe|intende|he|she|they|it)\b",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|a|ad|al|allo|alla|ai|agli|alle|all['’]|da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|con|col|per|su|sul|"
    r"sulla|sui|sugli|sulle|sull['’]|verso|contro|tra|fra|nel|nello|nella|nei|negli|nelle|nell['’]|to|at|from|with|"
    r"on|into|against)\s*(?:(?:il|lo|la|i|gli|le|l['’]|the)\s*)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?\Z",
    re.IGNORECASE,
)  # "in Russia's Far East": a possessive may stand between the preposition and the name
#: "Sam Lair, ricercatore del Center X, ha osservato": the name inside the apposition is not the subject.
_APPOSITION_BEFORE = re.compile(
    r",\s*[^\W\d_]+\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of|at)\s*(?:the\s+)?\Z", re.IGNORECASE
)
#: How many sentences back an implicit subject or an epithet may find its antecedent.
LOOKBACK = 3
#: Claims scored below this break two or more of the argument rules (subject after the cue,
#: object before it, a prepositional subject ...); on the seeds none of them was right.
MIN_SCORE = 20


@dataclass(frozen=True)
class TypedMention:
    """A mention resolved to one entity with its type; ``known`` is False for new candidates.

    A mention standing for an entity named elsewhere (an epithet such as "il leader", or
    the implicit subject of a clause) names that earlier text in ``antecedent``;
    ``carried`` marks an implicit subject taken over from an earlier sentence.
    """

    start: int
    end: int
    text: str
    entity: str
    type: str
    nested: bool
    known: bool
    schema: Schema = field(repr=False, compare=False)
    alternatives: tuple[str, ...] = ()
    antecedent: str = ""
    carried: bool = False
    topic: bool = False
    demonym: bool = False  # an adjective of nationality ("North Korean"): stands for its state

    def fits(self, type_name: str) -> bool:
        """True when this mention's type is *type_name* or one of its subtypes."""
        return self.schema.is_a(self.type, type_name)


#: A determiner right before a cue makes it a noun ("la visita di Putin", not a participle).
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:il|lo|la|i|gli|le|un|una|uno|del|della|dello|dei|degli|delle|al|alla|nel|nella|sul|sulla|questa|"
    r"questo|sua|suo|the|a|an|this|its|his|her|their)\s+|\b(?:l|dell|all|nell|un|sull)['’]\s*)\Z",
    re.IGNORECASE,
)
#: English past participles without -ed / -en ("sent by", "sold to"), from the language's irregular forms.
_EN_PARTICIPLES = frozenset(words("en").IRREGULAR)


def _participle(text: str, cs: int, cue_word: str) -> bool:
    """True when the cue word reads as a past participle ("inviati da", "supplied by", "sent by")."""
    if _DETERMINER_BEFORE.search(text, max(0, cs - 12), cs):
        return False
    if any(m.PARTICIPLE_LOOKING_NOUNS.match(cue_word) for m in LANGUAGES.values()):
        return False  # round 31: "soldati nordcoreani": a noun, its demonym qualifies it
    return bool(_PARTICIPLE.search(cue_word)) or cue_word in _EN_PARTICIPLES


def _role(text: str, cs: int, ce: int, cue_word: str, m, goods: re.Pattern | None = None) -> str | None:
    """How mention *m* after a cue ending at *ce* is marked: ``agent``, ``genitive``, ``between`` or None."""
    if m.start < ce or m.start - ce > 60:
        return None
    participle = _participle(text, cs, cue_word)
    gap = " " + text[ce : m.start]
    if "\n" in gap or any(ch in gap for ch in ".;:"):
        return None
    if _AGENT_ANY.match(gap):
        return "agent_np"
    if (participle or _FROM_VERB.match(cue_word)) and _AGENT_PART.match(gap):
        return "agent"
    if participle and _AGENT_AFTER_ADJUNCTS.match(gap):
        return "agent"  # rule participle_agent: "il trattato firmato a giugno a Lina da X", "signed in May by X"
    if (_RECEIVE_VERB.match(cue_word) or (participle and cue_word not in _PLAIN_FROM)) and _FROM_AGENT.match(gap):
        return "agent"  # "received mortars from Freedonia", "shells are shipped from Pyongyang to Moscow"
    if goods is not None and _RECEIVE_VERB.match(cue_word) and _FROM_AFTER_GOODS.match(gap) and goods.search(gap):
        return "agent"  # round 22: "is buying millions of artillery shells and rockets from X"
    if not gap.strip() and m.text[:1].islower() and not participle:
        return "genitive"  # a nationality adjective after a cue noun: "il supporto russo"
    if len(gap) <= 30 and (
        _BETWEEN.match(gap)
        or (cue_word in ("tra", "fra", "between") and re.fullmatch(r"\s*" + _ART, gap, re.IGNORECASE))
    ):
        return "between"  # "relazioni tra A e B", the cue ending with "tra"
    if len(gap) <= 30 and not participle and _GENITIVE.match(gap) and not _finite_verb(cue_word):
        return "genitive"  # a genitive needs a cue noun: "combattono al fianco delle forze russe" has none
    return None


def _finite_verb(cue_word: str) -> bool:
    """True when the cue word reads as a finite verb of its language ("combattono", "inviavano")."""
    return any(m.FINITE_VERB.search(cue_word) for m in LANGUAGES.values())


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """Paragraph number of each sentence (a line break starts a new paragraph)."""
    out, p = [], 0
    for i, s in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1].end : s.start]:
            p += 1
        out.append(p)
    return out


def _fits_any(m, type_names: str) -> bool:
    return any(m.fits(t) for t in type_names.split("|"))


class _Article:
    """Indexes of a whole article for the anaphors that look beyond a window: the salient entity
    of a kind, the state a compass noun stands for. Built once per document, so a long text is
    not scanned again for every sentence."""

    def __init__(self, mentions):
        self.mentions = [m for m in mentions if not m.nested and not m.demonym]
        self._salient: dict[str, tuple[list, list[int]]] = {}
        self._compass: dict[str, list] | None = None

    def salient(self, type_names: str, pos: int):
        """The entity of one of *type_names* the article names most often (its mentions
        anywhere), on a tie the one named last before *pos*, else first after it; or None."""
        entry = self._salient.get(type_names)
        if entry is None:
            pool = [m for m in self.mentions if _fits_any(m, type_names)]
            counts: dict[str, int] = {}
            for m in pool:
                counts[m.entity] = counts.get(m.entity, 0) + 1
            top = max(counts.values(), default=0)
            leaders = [m for m in pool if counts[m.entity] == top]
            entry = self._salient[type_names] = (leaders, [m.end for m in leaders])
        leaders, ends = entry
        if not leaders:
            return None
        i = bisect.bisect_right(ends, pos) - 1
        return leaders[i] if i >= 0 else leaders[0]

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
        states = self._compass.get(word, [])
        return states[0] if states and all(m.entity == states[0].entity for m in states) else None


def _as_anaphor(ante: TypedMention, start: int, end: int, text: str) -> TypedMention:
    """A mention of *ante*'s entity by the words ``text[start:end]`` that refer back to it (an
    epithet, a source description, a compass noun): never nested, ambiguous or a demonym."""
    return replace(
        ante, start=start, end=end, text=text, nested=False, alternatives=(), antecedent=ante.text, demonym=False
    )


def _article_anaphors(text: str, sent: Sentence, w, article: _Article) -> list[TypedMention]:
    """The source descriptions and compass nouns of *sent*, resolved over the whole article."""
    out = []
    for rx, type_name in getattr(w, "SALIENT_EPITHETS", ()):
        for m in rx.finditer(text, sent.start, sent.end):
            ante = article.salient(type_name, m.start())
            if ante is not None:
                out.append(_as_anaphor(ante, m.start(), m.end(), m[0]))
    compass = getattr(w, "COMPASS_ANAPHOR", None)
    for m in compass.finditer(text, sent.start, sent.end) if compass else ():
        ante = article.compass_state(m["compass"].lower())
        if ante is not None:
            out.append(_as_anaphor(ante, m.start("compass"), m.end("compass"), m["compass"]))
    return out


def _epithets(
    text: str, sent: Sentence, lang: str, history, schema, article: _Article | None = None
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
    for rx, type_name in EPITHETS.get(lang, ()):
        for m in rx.finditer(text, sent.start, sent.end):
            if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 3]):
                continue  # "il presidente Yoon": a role noun before a name, not an epithet
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
        pair: list = []
        for h in reversed(history):
            if h.end <= m.start() and h.fits("Country") and not h.demonym and h.entity not in {p.entity for p in pair}:
                pair.append(h)
                if len(pair) == 2:
                    break
        if len(pair) == 2:
            # the two parties as two adjacent mentions joined by the phrase, so "tra i due
            # paesi" reads as "tra A e B" and "uno dei due paesi" as "A o B"
            mid = m.start() + len(m[0]) // 2
            names = f"{pair[1].text} / {pair[0].text}"
            out.append(
                replace(pair[1], start=m.start(), end=mid, text=m[0], nested=False, alternatives=(), antecedent=names)
            )
            out.append(
                replace(pair[0], start=mid, end=m.end(), text=m[0], nested=False, alternatives=(), antecedent=names)
            )
    return out


_CONJ = re.compile(r"\b(?:e|ed|and|o|or|né|nor)\b", re.IGNORECASE)
#: A second verb coordinated with the first: "... and (then) signed", "... e ha poi firmato".
_AND_THEN = re.compile(
    r"\s*,?\s*(?:and|e|ed)\s+(?:(?:then|later|also|poi|anche|quindi|ha|hanno|has|have|had)\s+)*", re.IGNORECASE
)


def _cue_in_name(cs: int, ce: int, s, o, here) -> bool:
    """True when the cue lies inside the name of one argument and the other is not named inside it too.

    "test missilistici" (a programme) contains the cue "test", so it does not cue a test of
    itself; "l'invasione russa dell'Ucraina" contains both the cue and "russa" (Russia).
    """
    for m, other in ((s, o), (o, s)):
        if m.start <= cs and ce <= m.end:
            return not any(n.entity == other.entity and m.start <= n.start and n.end <= m.end for n in here)
    return False


def _names_its_product(pname: str, s, o) -> bool:
    """A facility whose name holds its product: "impianti di produzione di munizioni"."""
    return pname == "PRODUCES" and s.fits("Facility") and s.start < o.start and o.end <= s.end


#: "Center for Nonproliferation Studies del Middlebury Institute": an organisation named as part of another.
_OF_ORG = re.compile(r"\s+(?:del|della|dello|dell['’]|of\s+the|of)\s*\Z", re.IGNORECASE)


def _structural_cues(text: str, here, schema) -> list[tuple[str, str, str, int, int]]:
    """Cues told by the shape of a phrase rather than a word: ``ORG del ORG`` is PART_OF."""
    if "PART_OF" not in schema.predicates:
        return []
    out = []
    outer = [m for m in here if not m.nested and m.fits("Organization")]
    for a, b in itertools.pairwise(outer):
        gap = text[a.end : b.start]
        if (
            a.end <= b.start
            and len(gap) < 12
            and _OF_ORG.match(" " + gap.lstrip())
            and a.text[:1].isupper()
            and b.text[:1].isupper()
            and not (a.fits("Country") or b.fits("Country"))
        ):
            out.append(("pred", "PART_OF", gap.strip(), a.end + len(gap) - len(gap.lstrip()), b.start))
    return out


#: Acts of a state that its forces carry out (from ``extraction.yaml``: ``state_acts``).
def _state_of(m, here):
    """The state a force or a demonym is named after ("soldati nordcoreani" -> North Korea), else *m*."""
    if m.antecedent or not (m.fits("MilitaryUnit") or m.fits("Person")):
        return m
    return next((n for n in here if n.fits("Country") and m.start <= n.start and n.end <= m.end and n is not m), m)


_FORCES_RX: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _person_cue_pair(text: str, cs: int, ce: int, s, o, srole: str | None, lang: str) -> bool:
    """Rule ``person_cue`` (round 21): a cue such as "received" holds between two people, the host
    before it and the guest right after it ("Putin received Choe at the Kremlin"), or in the
    passive one before and the other as its agent ("è stato ricevuto da Kim"; a meeting is
    symmetric, so who hosts is left to the note); never a giver ("received a letter from X")."""
    if not (s.fits("Person") and o.fits("Person")):
        return False
    w = words(lang)
    if w.PASSIVE_BEFORE.search(text, max(0, cs - 30), cs) or w.PASSIVE_BEFORE.search(text[cs:ce] + " "):
        first, second = (s, o) if s.start < o.start else (o, s)
        return first.end <= cs and ce <= second.start and bool(w.PASSIVE_AGENT.search(text, ce, second.start))
    return s.end <= cs and ce <= o.start and not w.GIVER_PREPOSITIONS.search(text, ce, o.start)


@functools.cache
def _aimed_rx(lang: str) -> re.Pattern:
    return re.compile(
        r"\s*(?:[\w'’.-]+\s+){0,4}?(?:" + alternation(words(lang).AIMED_AT) + r")\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?\Z",
        re.IGNORECASE,
    )


def _aimed(text: str, start: int, end: int, here, lang: str) -> bool:
    """A place or state named within a few words after *start* behind a preposition that aims at it."""
    rx = _aimed_rx(lang)
    return any(
        start <= m.start <= start + 60 and (m.fits("Location") or m.fits("Country")) and rx.search(text, start, m.start)
        for m in here
        if m.end <= end
    )


@functools.cache
def _force_nouns(lang: str) -> frozenset[str]:
    return frozenset(f.lower() for f in words(lang).FORCE_NOUNS)


def _troop_presence(
    text: str, phrase: str, cs: int, ce: int, o, pred_name: str, rules: ExtractionRules, lang: str
) -> bool:
    """Rule ``troop_presence`` (round 21): a force noun cue followed by words that place the force,
    with the object right after them ("8,000 soldiers are now in the Kursk region", "i soldati
    nordcoreani presenti nel Kursk"), cues a deployment as well as any verb would."""
    w = words(lang)
    if pred_name != rules.troop_presence or phrase.lower() not in _force_nouns(lang):
        return False
    m = w.TROOP_PRESENCE.match(text, ce)
    if m is not None and m.end() - 1 <= o.start <= m.end() + 30:
        return True
    # round 31: the place first ("nella regione di Kursk si trovano oggi più di 11.000 soldati
    # nordcoreani", "in Russia there are now 10,000 troops")
    return o.end <= cs and w.TROOP_PRESENCE_BEFORE.fullmatch(text, o.end, cs) is not None


def _forces_rx(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A force or leading-role noun right after / right before a demonym ("il leader nordcoreano"),
    and a force a few words after a cue ("ha inviato migliaia di soldati", "sent 10,000 troops")."""
    if lang not in _FORCES_RX:
        w = words(lang)
        forces = alternation((*w.FORCE_NOUNS, *w.LEADING_ROLES))
        people = alternation(w.FORCE_NOUNS)
        _FORCES_RX[lang] = (
            re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{forces})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{forces})\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE),
            re.compile(rf"\s+(?:\S+\s+){{0,3}}?(?:{people})\b", re.IGNORECASE),
        )
    return _FORCES_RX[lang]


@functools.cache
def _place_noun_before(lang: str) -> re.Pattern:
    """A place noun right before a demonym ("regione russa", "porto nordcoreano")."""
    return re.compile(rf"\b(?:{alternation(words(lang).PLACE_NOUNS)})\s+\Z", re.IGNORECASE)


def _qualifies_force(text: str, m, lang: str, cs: int, ce: int) -> bool:
    """Rule ``force_is_no_destination`` (round 26): a demonym that qualifies the force a verb of
    sending takes as its object ("stationed about 12,000 North Korean troops", "schieri cinque
    unità nordcoreane") names whose force is sent, never where it goes; a force after a preposition
    ("to fight alongside Russian forces") is another matter."""
    after, before, _ = _forces_rx(lang)
    if m.end <= cs:
        # round 28: before the verb ("unità nordcoreane schierate dalla Russia"): the force's own state
        return bool(after.match(text, m.end, m.end + 40) or before.search(text, max(0, m.start - 40), m.start))
    if not (ce <= m.start and m.start - ce <= 30) or words(lang).ARGUMENT_PREPOSITION.search(text, ce, m.start):
        return False
    return bool(after.match(text, m.end, m.end + 40) or before.search(text, max(ce, m.start - 40), m.start))


def _demonym_stands(text: str, m, lang: str, cs: int, ce: int, forces_act: bool, as_object: bool = False) -> bool:
    """Whether a nationality adjective may stand for its state as an argument of a cue at ``cs:ce``.

    Only where the adjective says who acts or is acted on: it qualifies a force or a leader
    ("North Korean troops", "soldati nordcoreani", "il leader nordcoreano"; when *forces_act*, the
    predicate is one a state carries out through them) or the cue noun itself ("il sostegno russo", "Russian support"). "The North
    Korean people", "Russian oil" and "a South Korean lawmaker" name no state as a party.
    """
    if cs <= m.start and m.end <= ce:
        return True  # the cue names it: "regione russa di"
    if _place_noun_before(lang).search(text, max(0, m.start - 24), m.start):
        return False  # rule demonym_of_place: "la regione russa di Kursk, dove combattono": it qualifies the place
    if forces_act:
        after, before, _ = _forces_rx(lang)
        a = after.match(text, m.end, m.end + 40)
        b = before.search(text, max(0, m.start - 40), m.start)
        # as an object, a demonym qualifying the cue word itself is its owner: "le truppe russe"
        # cued by "truppe" deploys nothing to Russia
        if (a and not (as_object and cs < a.end() + m.end and m.end < ce + 1 and cs >= m.end)) or (
            b and not (as_object and b.start() <= cs < m.start)
        ):
            return True
    if cs <= m.start and m.end <= ce:
        return True  # the cue names it: "regione russa di"
    if as_object:
        return False  # "il supporto russo": Russia supports, it is not supported
    gap_after, gap_before = text[m.end : cs], text[ce : m.start]
    return (m.end <= cs and re.fullmatch(r"\s*", gap_after) is not None) or (
        m.start >= ce and re.fullmatch(r"\s*", gap_before) is not None
    )


_COMITATIVE_RX: dict[str, re.Pattern] = {}


def _partners(text: str, ce: int, end: int, subj, lang: str) -> list:
    """Who does a joint act with the subject: a name after "with" / "con" in the cue's clause
    ("signed a treaty with Kim", "ha firmato un accordo con la Russia")."""
    if lang not in _COMITATIVE_RX:
        _COMITATIVE_RX[lang] = re.compile(
            r"\b(?:"
            + "|".join(re.escape(w) for w in words(lang).COMITATIVE)
            + r")\s+(?:(?:the|il|lo|la|l['’]|i|gli|le)\s*)?\Z",
            re.IGNORECASE,
        )
    rx = _COMITATIVE_RX[lang]
    return [m for m in subj if ce <= m.start < end and not m.nested and rx.search(text, max(0, m.start - 20), m.start)]


_PASSIVE_RX: dict[str, re.Pattern] = {}


def _passive_forces(text: str, clause0: int, cs: int, cue_word: str, lang: str) -> bool:
    """True when the cue is a passive participle whose subject is a force with no state named
    ("troops have been sent", "soldati sono stati schierati"): nobody in the clause did it."""
    if cue_word not in _EN_PARTICIPLES and not _PARTICIPLE.search(cue_word):
        return False
    if lang not in _PASSIVE_RX:
        w = words(lang)
        forces = alternation(w.FORCE_NOUNS)
        _PASSIVE_RX[lang] = re.compile(
            rf"\b(?:{forces})\b[^,;:]{{0,30}}?\b(?:{w.PASSIVE_AUX})\s+(?:\w+\s+)?\Z", re.IGNORECASE
        )
    return bool(_PASSIVE_RX[lang].search(text, max(clause0, cs - 80), cs))


def _speaker_subject(text: str, inner, pred, subj, cs: int):
    """The asserter as the subject of its own reported clause ("La Corea del Nord ha confermato di
    aver inviato truppe", "North Korea acknowledged that it had sent troops"), when the clause
    names no subject before the cue; else None."""
    if (
        inner is None
        or not inner.self_subject
        or inner.asserter is None
        or not any(inner.asserter.fits(t) for t in pred.domain)
    ):
        return None
    if any(
        inner.content[0] <= s.start
        and s.end <= cs
        and not s.demonym
        and not _PREPOSITION_BEFORE.search(text, max(0, s.start - 14), s.start)
        for s in subj
    ):
        return None  # the clause names its own subject ("in Russia" names a place, not one)
    return replace(inner.asserter, nested=False, alternatives=())


def _topic(mentions):
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


def _subject_of(here) -> object | None:
    """The grammatical-subject guess of a sentence: its first outer mention that can act."""
    for m in here:
        if not m.nested and not m.demonym and any(m.fits(t) for t in ("Person", "Country", "Organization")):
            return m
    return None


def _windows(text: str, sent: Sentence) -> list[Sentence]:
    """*sent*, or for a run-on sentence longer than :data:`MAX_WINDOW`, pieces of it cut at
    punctuation (else at spaces), so no claim search looks at more than one window."""
    if sent.end - sent.start <= MAX_WINDOW:
        return [sent]

    starts = [t.start for t in sent.tokens]
    out, a = [], sent.start
    while a < sent.end:
        b = min(sent.end, a + MAX_WINDOW)
        if b < sent.end:
            cut = max(text.rfind(c, a + MAX_WINDOW // 2, b) for c in ",;:")
            if cut <= a:
                cut = text.rfind(" ", a + MAX_WINDOW // 2, b)
            b = cut + 1 if cut > a else b
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        toks = tuple(t for t in sent.tokens[lo:hi] if t.end <= b)
        if toks:
            out.append(Sentence(toks[0].start, toks[-1].end, toks))
        a = b
    return out


def find_claims(
    text: str, sentences: list[Sentence], mentions: list, schema: Schema, lang: str, doc_date: PartialDate | None = None
) -> list[CandidateClaim]:
    """Candidate claims from *sentences* given typed mentions (:class:`graph.extract.pipeline.TypedMention`).

    Besides the mentions in a sentence, a claim may use an epithet that refers back to an
    earlier mention ("il leader", "la struttura"), or, when no mention before the cue fits
    the predicate's subject, the subject of one of the previous sentences of the paragraph
    (an implicit subject: "Kim ha visitato ... . Ha poi ispezionato ...").
    """
    from .casualties import casualty_claims
    from .places import place_claims
    from .titles import title_claims

    cues = _cues(schema, lang)
    rules = rules_for(schema)
    out: list[CandidateClaim] = []
    mi = 0
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    para = _paragraphs(text, sentences)
    topic = _topic(mentions)
    history: list = []  # mentions of the previous sentences (and epithets resolved there)
    subjects: list[tuple[int, int, object]] = []  # (sentence index, paragraph, subject guess)
    previous: list[CandidateClaim] = []
    discourse = Discourse()
    tail: tuple[int, Attribution | None] = (-1, None)  # (paragraph, attribution reaching a sentence's end)
    article = _Article(mentions)
    lenders: list[tuple[int, int, str, Any]] = []  # (sentence, paragraph, subject, object mention)
    sourced: set[int] = set()  # mentions inside attribution phrases (a source is no candidate object)
    where = positions(text, [(s.start, s.end) for s in sentences], sentences[0].start if sentences else 0)
    for si, whole in enumerate(sentences):
        heading = is_heading(text, whole)
        for sent in _windows(text, whole):
            while mi < len(mentions) and mentions[mi].end <= sent.start:
                mi += 1
            here = []
            j = mi
            while j < len(mentions) and mentions[j].start < sent.end:
                if mentions[j].end <= sent.end:
                    here.append(mentions[j])
                j += 1
            window = [m for m in history if m.start >= sentences[max(0, si - LOOKBACK)].start]
            refs = _epithets(text, sent, lang, window + here, schema, article)
            if refs:
                taken = [(m.start, m.end) for m in here]
                refs = [r for r in refs if not any(a < r.end and r.start < b for a, b in taken)]
                here = sorted(here + refs, key=lambda m: (m.start, -m.end))
            carried = [m for k, p, m in reversed(subjects) if p == para[si] and k >= si - LOOKBACK]
            if here:
                subj_guess = _subject_of(here)
                subjects.append((si, para[si], subj_guess)) if subj_guess is not None else None
                if len(subjects) > 4 * LOOKBACK:
                    del subjects[: -LOOKBACK - 1]  # only the last sentences can lend a subject
            history.extend(here)
            if len(history) > 200:
                del history[:100]
            if carried and not _NULL_SUBJECT.match(text, sent.start):
                carried = []
            if heading:
                continue  # a title or heading restates the body, which carries the evidence
            frame = analyse(text, sent, here, lang, discourse) if (here or previous) else None
            back = _back_frame(text, frame, here) if frame is not None else None
            if back is not None:
                # "Lo ha riferito X", "X said in a statement.": the previous sentence is what X said
                for c in previous:
                    if c.attribution is None and not _is_title_claim(c):
                        _attribute(c, text, back, None)
            if frame is not None:
                discourse.update(frame)
                carried_att = _carried_attribution(text, sent, frame, tail[1] if tail[0] == para[si] else None, lang)
                if carried_att is not None:
                    frame.attributions.append(carried_att)
                tail = (para[si], _tail_attribution(frame, sent))
            elif here:
                tail = (para[si], None)
            if frame is not None:
                sourced |= frame.excluded
            lent = tuple(
                (subj, o, [m for m in history if o.end <= m.start < sent.start and id(m) not in sourced])
                for k, p, subj, o in lenders
                if p == para[si] and k == si - 1
            )
            found_here: list[CandidateClaim] = []
            titles = title_claims(text, sent, here, schema, lang, rules, discourse.roles) if here else []
            if here and not (
                len({m.entity for m in here}) < 2
                and not carried
                and not lent
                and (topic is None or all(m.entity == topic.entity for m in here))
            ):
                found_here = _sentence_claims(
                    text,
                    sent,
                    here,
                    carried,
                    cues,
                    schema,
                    lang,
                    doc_date,
                    rules,
                    frame,
                    topic,
                    lent,
                    titles,
                )
            if here:
                found_here += titles
                found_here += place_claims(text, sent, here, schema, lang, rules)
                counted = casualty_claims(text, sent, here, schema, lang, rules, frame, doc_date)
                keys = {(c.subject, c.predicate, c.object) for c in counted}
                found_here = [c for c in found_here if (c.subject, c.predicate, c.object) not in keys]
                _drop_counted_figures(found_here, counted)
                found_here += counted
                found_here = _dedupe(found_here)
            for c in found_here:
                _background_place(c, rules, lang)
                _grade(c, rules)
            for c in found_here:
                c.position = where[si]
            out.extend(found_here)
            lenders = [x for x in lenders if x[0] >= si - 1]
            for c in found_here:
                obj = next((m for m in reversed(here) if m.entity == c.object and not m.carried), None)
                if (
                    obj is not None
                    and c.predicate in rules.state_acts
                    and not c.low
                    and c.score >= (rules.score_floor or rules.high)
                ):
                    lenders.append((si, para[si], c.subject, obj))
            previous = found_here
    out = [c for c in out if c.score >= MIN_SCORE]
    known = {m.entity for m in mentions if m.known}
    main = main_actors(m.entity for m in mentions if not m.nested)
    for c in out:
        c.main_subject = c.subject in main
        _calibrate(c, rules, known)
    out.sort(key=lambda c: (c.start, c.end, c.predicate))
    return out


def _calibrate(c: CandidateClaim, rules: ExtractionRules, known: set[str]) -> None:
    """The calibration of ``extraction.yaml``: a claim the score would draft high goes to the
    low section when its score is under the floor (``position_floor`` of the claim's position,
    else ``score_floor``) or it has a ``demote`` feature (claims like it were too often wrong on
    the development set). The reason ``demoted:<entry>`` says why; it runs last, when the claim's
    attribution and reasons are final."""
    if c.low:
        return
    floor = rules.position_floor.get(c.position or "", rules.score_floor)
    why = [] if floor is None or c.score >= floor else [SCORE_FLOOR]
    kind = (c.attribution or {}).get("kind") or ("named" if c.attributed_to else "none")
    features = claim_features(
        c.predicate, c.reasons, kind, c.hedged, c.subject in known, c.object in known, c.position, c.main_subject
    )
    why += demoted_by(features, rules.demote)
    if why:
        c.low = True
        c.reasons += [DEMOTED + w for w in why]


def _drop_counted_figures(claims: list[CandidateClaim], counted: list[CandidateClaim]) -> None:
    """Rule ``figure_is_casualty_count``: a figure that counts the dead or wounded ("300 militari
    ... sono stati uccisi, dove combattono") is no quantity of another claim of the sentence."""
    figures = {c.quantity for c in counted}
    for c in claims:
        if c.quantity is not None and c.quantity in figures:
            c.quantity = c.quantity_bound = c.unit = None
            c.reasons = [r for r in c.reasons if not r.startswith("quantity:")] + ["figure_is_casualty_count"]


def _background_place(c: CandidateClaim, rules: ExtractionRules, lang: str) -> None:
    """Rule ``background_place``: an administrative division named with its state ("la regione
    russa di Kursk", "Russia's Kursk region") is how the article points at it, not news about
    where it lies; the location is drafted with low confidence (a port or a city is kept)."""
    if (
        c.predicate == rules.place_phrase
        and c.cue.lower().split()[:1]
        and c.cue.lower().split()[0] in words(lang).ADMIN_PLACE_NOUNS
    ):
        c.reasons.append("background_place")


def _tail_attribution(frame: Frame, sent) -> Attribution | None:
    """The attribution whose content runs to the end of *sent* (what a following reported
    conditional may continue), or None when the sentence ends in the article's own voice."""
    ends = [a for a in frame.attributions if a.content[1] >= sent.end - 2 and (a.asserter or a.relay or a.kind)]
    return ends[-1] if ends else None


def _carried_attribution(text: str, sent, frame: Frame, prev: Attribution | None, lang: str) -> Attribution | None:
    """Rule ``attribution_carried``: a sentence in the reported conditional with no source of its
    own continues the source of the sentence before it in the paragraph ("Secondo il rapporto,
    ... . Il regime avrebbe inoltre consegnato ..."): the conditional is how Italian news prose
    keeps reporting without repeating the source."""
    if prev is None or frame.attributions or frame.back is not None:
        return None
    if not words(lang).REPORTED_CONDITIONAL.search(text, sent.start, sent.end):
        return None
    return replace(prev, content=(sent.start, sent.end), carried=True, source_spans=[])


#: The longest source phrase of a report that refers back ("The ministry said in a statement."):
#: a longer subject is a clause of its own.
_BACK_SOURCE_WORDS = 12


def _back_frame(text: str, frame: Frame, here):
    """The attribution a sentence makes of the previous one: an explicit back reference ("Lo
    ha riferito X", "È la stima di X", "This was reported by X"), or a report with no content
    of its own ("The ministry said in a statement.", "Lee told reporters on Tuesday.")."""
    if frame.back is not None:
        return frame.back
    for a in frame.attributions:
        c0, c1 = a.content
        rest = text[c0:c1].strip(' .;:!?"”»')
        if (
            (a.asserter is not None or a.kind == "unnamed")
            # rule back_report_subject: "X met Y ... in what he said would be ...": a report whose
            # subject is a whole clause reports its own words, not the previous sentence
            and len(a.asserter_text.split()) <= _BACK_SOURCE_WORDS
            and not any(c0 <= m.start < c1 for m in here)
            and len(rest) <= 60
            and not re.search(r"[,;:]", rest)
        ):
            return a
    return None


def _dedupe(claims: list[CandidateClaim]) -> list[CandidateClaim]:
    """One claim per subject, predicate, object, item and quantity unit in a sentence (the best scored)."""
    best: dict[tuple, CandidateClaim] = {}
    for c in claims:
        key = (c.subject, c.predicate, c.object, c.item, c.unit)
        if key not in best or best[key].score < c.score:
            best[key] = c
    return list(best.values())


def _grade(c: CandidateClaim, rules: ExtractionRules) -> None:
    """Confidence from the score; weak cues and implicit subjects keep a claim apart (low)."""
    c.confidence = round(max(0.0, min(1.0, (c.score - MIN_SCORE) / 100)), 2)
    weak = any(
        r.startswith(
            (
                "weak_cue",
                "implicit_subject",
                "main_actor",
                "intended",
                "open_question",
                "indefinite_hedged",
                "title_without_name",
                "title_former",
                "background_place",
            )
        )
        for r in c.reasons
    )
    c.low = c.score < rules.high or weak


@dataclass
class _Pair:
    """Everything a pair rule looks at: one subject and one object around one cue."""

    text: str
    cs: int
    ce: int
    cue_word: str
    phrase: str
    pname: str
    s: Any
    o: Any
    srole: str | None
    orole: str | None
    main: Any
    sent: Sentence
    earlier: tuple = ()  # (start, end) of the predicate cues before this one in the sentence
    symmetric: bool = False  # the predicate states the same fact both ways (MET_WITH)
    pool: tuple = ()  # the mentions that may be the subject (for coordination)


def _rule_subject_after_cue(p: _Pair) -> float:
    return -40 if p.srole is None and p.s.start > p.cs else 0


_WHERE_RX = re.compile(r"\s*,?\s*(?:dove|in cui|nella quale|nel quale|where|in which)\s+[^,.;:]{0,25}\Z", re.IGNORECASE)


def _rule_object_before_cue(p: _Pair) -> float:
    """An object before its cue breaks the order, unless it is the place a relative "dove" /
    "where" opens ("nella regione di Kursk, dove combattono": they fight in Kursk)."""
    if p.srole is None and p.o.end < p.cs and not _helper_in_adjunct(p):
        if _rule_coordinated_reciprocal(p):
            return 0  # round 10: "A e B si sono incontrati": B is the partner, not a misplaced object
        return 0 if _WHERE_RX.match(p.text, p.o.end, p.cs) and (p.o.fits("Location") or p.o.fits("Country")) else -40
    return 0


def _rule_subject_after_object(p: _Pair) -> float:
    return -25 if p.srole is None and p.s.start > p.o.start and not _helper_in_adjunct(p) else 0


def _rule_prepositional_subject(p: _Pair) -> float:
    """ "in Corea del Sud per colloqui": a name inside a prepositional phrase is no subject."""
    return (
        -30
        if p.srole is None
        and p.s.end <= p.cs
        and _PREPOSITION_BEFORE.search(p.text, max(0, p.s.start - 40), p.s.start)
        and not _helper_in_adjunct(p)
        else 0
    )


#: ", deputy chairman of X and head of Y, arrived": an apposition after a name, closing right
#: before the cue's verb.
_APPOSITION_OPEN = re.compile(r"[A-Z][\w'’-]*\s*,\s*(?:the\s+|il\s+|la\s+|l['’]\s*)?[a-z]")


def _rule_inside_apposition(p: _Pair) -> float:
    """Round 5: a name inside an apposition of another name is not the subject of the verb after
    it ("Ivo Brand, head of the Marsovia party, arrived in Lina": Brand arrived, not Marsovia)."""
    if p.srole is not None or p.s.end > p.cs:
        return 0
    lo = max(p.sent.start, p.s.start - 150)
    opening = p.text.rfind(",", lo, p.s.start)
    closing = p.text.find(",", p.s.end, p.cs)
    if opening < 0 or closing < 0 or "," in p.text[closing + 1 : p.cs] or p.cs - closing > 30:
        return 0
    if not _APPOSITION_OPEN.match(p.text, max(lo, opening - 40)) and not re.search(
        r"[A-Z][\w'’-]*\s*\Z", p.text[max(lo, opening - 40) : opening]
    ):
        return 0
    segment = p.text[opening + 1 : p.s.start]
    return -30 if re.match(r"\s*(?:(?:the|il|la|l['’])\s*)?[a-z]", segment) else 0


def _rule_apposition_subject(p: _Pair) -> float:
    """ "Sam Lair, ricercatore del Center X, ha osservato": the name in the apposition is not the subject."""
    return (
        -30
        if p.srole is None
        and p.s.end <= p.cs
        and _APPOSITION_BEFORE.search(p.text, max(0, p.s.start - 40), p.s.start)
        and re.match(r"\s*,", p.text[p.s.end : p.s.end + 3])
        else 0
    )


def _rule_gerund_shares_subject(p: _Pair) -> float:
    """ "Trump cambia tono ..., lodando X": a gerund shares the main clause's subject."""
    return 30 if p.srole is None and p.s.end <= p.cs and _GERUND.search(p.cue_word) and p.s is p.main else 0


def _rule_marked_subject(p: _Pair) -> float:
    """A subject marked after the cue (agent, "da parte di", genitive, "tra A e B"); the object's place."""
    if p.srole == "agent":
        return 30 - (0 if p.o.end <= p.cs else (15 if p.o.start > p.s.end else 40))
    if p.srole == "agent_np":
        return 30 - (0 if p.o.start >= p.s.end else 15)
    if p.srole in ("genitive", "between"):
        return 30 - (0 if p.o.start >= p.s.end else 40)
    return 0


def _rule_agent_is_not_object(p: _Pair) -> float:
    return -40 if p.orole in ("agent", "agent_np") and p.srole not in ("agent", "agent_np") else 0


def _rule_object_of_earlier_cue(p: _Pair) -> float:
    """ "Putin visited Pyongyang and signed a treaty": a name right after an earlier verb of the
    clause is that verb's object, not the subject of the verb coordinated after it."""
    if p.srole is not None or p.s.end > p.cs or not p.earlier:
        return 0
    return (
        -35
        if any(
            b <= p.s.start and p.s.start - b <= 25 and not re.search(r"[,;:]", p.text[b : p.s.start])
            for _, b in p.earlier
        )
        and _AND_THEN.fullmatch(p.text[p.s.end : p.cs])
        else 0
    )


_ARTICLE_BEFORE_CUE = re.compile(
    r"\b(?:the|a|an|its|their|il|lo|la|i|gli|le|un|una|uno|ai|alle|agli|al|alla|dei|delle|degli)\s+\Z", re.IGNORECASE
)


def _rule_coordinated_reciprocal(p: _Pair) -> float:
    """ "A and B met", "A e B si sono incontrati": a symmetric act with a coordinated subject holds
    between the two; the second name before the cue is no misplaced object."""
    if not p.symmetric or p.srole is not None or not (p.s.end <= p.o.start and p.o.end <= p.cs):
        return 0
    if p.s.antecedent or p.o.antecedent:
        return 0  # "the two countries" is read by the pair anaphor's own rule
    if re.search(r"[,;:]", p.text[p.o.end : p.cs]) or p.cs - p.o.end > 40:
        return 0
    if _ARTICLE_BEFORE_CUE.search(p.text, p.o.end, p.cs):
        return 0  # "A and B joined the talks": they took part in talks, not met each other
    return 40 if any(m is p.o for m in _coordinated(p.text, p.s, p.pool)) else 0


#: Round 13: "tra A e B", "between A and B" before a name: a stretch between two places.
_BETWEEN_BEFORE = re.compile(
    r"\b(?:tra|fra|between)\s+" + _ART + r"(?:[^,;:.()]{1,40}?\s+(?:e|ed|and)\s+" + _ART + r")?\Z",
    re.IGNORECASE,
)


def _rule_between_places(p: _Pair) -> float:
    """Round 13: a name in "tra A e B" / "between A and B" is one end of a stretch ("schierati
    nelle zone di confine tra X e Y"), not where a one-way act goes; exchanges keep both."""
    if p.symmetric or p.srole == "between" or p.o.start < p.ce:
        return 0
    return -50 if _BETWEEN_BEFORE.search(p.text, max(p.ce, p.o.start - 60), p.o.start) else 0


_AID_NOUNS = frozenset(n for m in LANGUAGES.values() for n in m.AID_NOUNS)


def _help_adjunct_start(p: _Pair) -> int | None:
    """Where an adverbial of help opens before an aid-noun cue ("con l'aiuto", "with Russian help")."""
    if p.cue_word.lower() not in _AID_NOUNS:
        return None
    for m in LANGUAGES.values():
        a = m.HELP_ADJUNCT.search(p.text, max(p.sent.start, p.cs - 40), p.cs)
        if a is not None:
            return a.start()
    return None


def _helper_in_adjunct(p: _Pair) -> bool:
    """The subject inside an adverbial of help and the object before it ("X ... with Russian help")."""
    a = _help_adjunct_start(p)
    return a is not None and a <= p.s.start < p.cs and p.o.end <= a


def _rule_help_adjunct(p: _Pair) -> float:
    """Round 21: "X ha avviato con l'aiuto della Russia la produzione", "X fixed its engines with
    Russian help": the helper (after the aid noun, or inside the adverbial) supports the clause's
    subject before the adverbial; the other way round is no claim."""
    a = _help_adjunct_start(p)
    if a is None:
        return 0
    helper = (p.s.start >= p.ce and p.s.start - p.ce <= 40) or a <= p.s.start < p.cs
    if helper and p.o.end <= a:
        return 40
    return -40 if p.s.end <= a else 0


def _rule_long_cue(p: _Pair) -> float:
    return 8 * (len(p.phrase.split()) - 1)


#: The scoring rules of a subject/object pair at a cue, by name; a draft lists those that fired.
PAIR_RULES = (
    ("subject_after_cue", _rule_subject_after_cue),
    ("object_before_cue", _rule_object_before_cue),
    ("subject_after_object", _rule_subject_after_object),
    ("prepositional_subject", _rule_prepositional_subject),
    ("apposition_subject", _rule_apposition_subject),
    ("inside_apposition", _rule_inside_apposition),
    ("gerund_shares_subject", _rule_gerund_shares_subject),
    ("marked_subject", _rule_marked_subject),
    ("agent_is_not_object", _rule_agent_is_not_object),
    ("object_of_earlier_cue", _rule_object_of_earlier_cue),
    ("coordinated_reciprocal", _rule_coordinated_reciprocal),
    ("between_places", _rule_between_places),
    ("help_adjunct", _rule_help_adjunct),
    ("long_cue", _rule_long_cue),
)


def _score_pair(p: _Pair) -> tuple[float, list[str]]:
    ds = 0 if p.srole in ("agent", "agent_np", "genitive", "between") else _distance(p.s.start, p.s.end, p.cs, p.ce)
    do = _distance(p.cs, p.ce, p.o.start, p.o.end)
    score = 100 - (ds + do) / 4
    reasons = []
    for name, rule in PAIR_RULES:
        delta = rule(p)
        if delta:
            score += delta
            reasons.append(f"{name}{delta:+.0f}")
    return score, reasons


def _carried_objects(
    text, sent, cs, ce, cue_word, phrase, pred_name, pred, near, objs, roles, clause0, lent, reasons0, counted
):
    """Rule ``carried_object``: "Pyongyang ha consegnato a Mosca X. La Corea del Nord avrebbe fornito
    anche Y.": a state act whose subject is named before its cue but whose sentence names no one
    it could go to goes to the object of the same subject's act in the previous sentence (*lent*:
    ``(subject entity, object mention, the mentions named after it)``), when that object fits the
    predicate and no other name that fits came in between. Scored 15 below a named object (*counted*:
    a count in the predicate's unit stands by the cue, as for a named one)."""
    out = []
    if any(o.entity not in {s.entity for s in near} for o in objs):
        return out  # the sentence names a possible object of its own
    for s in near:
        if not (clause0 <= s.start and s.end <= cs) or roles[id(s)] is not None or s.nested or s.demonym:
            continue  # only the subject of the cue's own clause, before it
        for subj, o, between in lent:
            if (
                subj != s.entity
                or o.entity == s.entity
                or not any(o.fits(t) for t in pred.range)
                or any(m.entity not in (s.entity, o.entity) and any(m.fits(t) for t in pred.range) for m in between)
            ):
                continue
            ref = replace(o, start=ce, end=ce, nested=False, alternatives=(), antecedent=o.text, carried=True)
            score, reasons = _score_pair(
                _Pair(text, cs, ce, cue_word, phrase, pred_name, s, ref, None, None, s, sent, (), pred.symmetric)
            )
            if counted:
                score += 15
                reasons.append("unit_hint+15")
            out.append((score - 15, s, ref, [*reasons0, *reasons, "carried_object-15"]))
            break
    return out


def _sentence_claims(
    text,
    sent,
    here,
    carried,
    cues,
    schema,
    lang,
    doc_date,
    rules: ExtractionRules,
    frame: Frame | None,
    topic=None,
    lent: tuple = (),
    titles: Sequence[CandidateClaim] = (),
) -> list[CandidateClaim]:
    # the states of people's titles ("Marsovian President Ivo Brand"): see title_state_is_no_party;
    # and where a person's title phrase opens ("la ministra della Cultura russa Olga Lyubimova")
    titled = {
        id(m)
        for m in here
        for t in titles
        if m.entity == t.object and t.start <= m.start and m.end <= t.end and m.fits("Country")
    }
    title_from = {
        id(m): t.start
        for m in here
        for t in titles
        if m.entity == t.subject and t.start < m.start and m.end <= t.end and m.fits("Person")
    }
    stoks = fold_tokens(text[sent.start : sent.end])
    stoks = [(t, a + sent.start, b + sent.start) for t, a, b in stoks]
    pair_claims: dict[tuple, list] = {}
    found = cues.scan(stoks) + _structural_cues(text, here, schema)
    attr_spans = [(a.start, a.end) for a in frame.attributions] if frame else []
    weak = rules.weak_cues.get(lang, frozenset())
    goods = _goods_word(frozenset(u for u, ps in rules.units.items() if ps & rules.item_predicates))
    source_pairs = _source_pairs(text, found, here, lang)
    sources = {id(m) for *_, m in source_pairs} | (frame.excluded if frame else set())
    coord: dict[int, set[int]] = {}
    main = _subject_of(here)
    quantities = find_quantities(text, sent.start, sent.end, lang)
    for kind, pname, phrase, cs, ce in found:
        if kind != "pred" or pname in APPOSITIVE:
            continue  # titles make LEADS / HOLDS_POSITION_IN (see graph.extract.titles)
        if any(a <= cs and ce <= b for a, b in attr_spans):
            continue  # "secondo quanto riportato" is attribution, not a REPORTED cue
        clause0 = frame.clause_start(cs, sent.start) if frame else sent.start
        if frame and frame.negated(cs, clause0):
            continue  # "senza il sostegno dell'artiglieria", "has not acknowledged the deployment"
        content = None
        inner = None
        if frame:
            inner, _ = frame.attribution_for(cs, ce)
            content = inner.content if inner else None
        reasons0 = [f"cue {phrase!r}"]
        in_return = bool(frame and pname in rules.in_return_from and any(a <= cs < b for a, b in frame.in_return))
        if (
            frame
            and pname not in rules.in_return_from
            and any(sent.start + 2 < a <= cs < b for a, b in frame.in_return)
        ):
            continue  # rule ``counterpart_is_no_act``: "... in cambio dell'invio di soldati" names what is paid for
        if frame and pname in rules.in_return_from and not in_return:
            # rule ``in_return_for_forces``: "A ha fornito a B X in cambio dell'invio di soldati": a
            # transfer paid for the other side's forces is given in return
            in_return = _paid_for_forces(text, ce, frame, lang)
            if in_return:
                reasons0.append("in_return_for_forces")
        pred_name = rules.in_return_to if in_return else pname
        pred = schema.predicates[pred_name]
        if in_return and "in_return_for_forces" not in reasons0:
            reasons0.append("in_return")
        args = here if pname in ("REPORTED", "CITES") else [m for m in here if id(m) not in sources]
        if content:
            args = [m for m in args if content[0] <= m.start and m.end <= content[1]]
        if titled and "Person" in pred.domain:
            # rule ``title_state_is_no_party``: "met Marsovian President Ivo Brand": where a person
            # can act, the state of a person's title names the post (its own LEADS claim), not a
            # party; state acts ("il leader nordcoreano ha inviato truppe") keep the state
            args = [m for m in args if id(m) not in titled]
        # rule ``breached_is_no_party``: "in breach of U.N. resolutions", "in violazione delle
        # sanzioni ONU": the body whose rules are broken takes no part in the act
        args = [m for m in args if not _BREACH[lang].search(text, max(sent.start, m.start - 50), m.start)]
        if pred_name in rules.partner_acts:
            # rule ``enemy_is_no_partner``: "al fianco della Russia contro l'Ucraina", "against X"
            args = [m for m in args if not _ENEMY[lang].search(text, max(sent.start, m.start - 40), m.start)]
        not_here = set()
        if pred_name in rules.enemy_not_destination:
            # rule ``enemy_not_destination`` (round 24): "sent troops to fight Ukrainian forces",
            # "against Ukraine": the enemy is no destination (it may still be a subject elsewhere)
            not_here = {
                id(m)
                for m in args
                if _ENEMY[lang].search(text, max(sent.start, m.start - 40), m.start)
                or _FIGHT_OBJECT[lang].search(text, max(sent.start, m.start - 25), m.start)
            }
        fixed = rules.fixed_location.get(pred_name)
        subj = [
            m
            for m in args
            if any(m.fits(t) for t in pred.domain)
            and (fixed is None or m.type in fixed)
            and (not m.demonym or _demonym_stands(text, m, lang, cs, ce, pred_name in rules.state_acts))
        ]
        objs = [
            m
            for m in args
            if any(m.fits(t) for t in pred.range)
            and (not m.demonym or _demonym_stands(text, m, lang, cs, ce, pred_name in rules.state_acts, True))
            and id(m) not in not_here
            and not (pred_name in rules.enemy_not_destination and m.demonym and _qualifies_force(text, m, lang, cs, ce))
            and not (
                pred_name in rules.purpose_not_object
                and m.start >= ce
                and words(lang).PURPOSE_FOR.search(text, max(ce, m.start - 40), m.start)
            )
        ]
        if frame and pred_name in rules.item_predicates | {rules.in_return_to}:
            # "fornire tecnologia alla Corea del Nord in cambio delle truppe": the troops are the counterpart
            objs = [o for o in objs if not any(cs <= a <= o.start < b for a, b in frame.in_return)]
        cue_word = text[cs:ce].split()[-1].lower() if text[cs:ce].split() else ""
        earlier = tuple((a, b) for k, _, _, a, b in found if k == "pred" and b <= cs)
        roles = {id(m): _role(text, cs, ce, cue_word, m, goods) for m in here}
        # rule nominal_act_agent: "l'invio di truppe nordcoreane", "sending North Korean troops": the
        # forces a nominalised act names inside its cue are what the act moves, so their state acts
        inside = {
            id(m) for m in here if roles[id(m)] is None and cs < m.start < ce < m.end and pred_name in rules.state_acts
        }
        roles.update(dict.fromkeys(inside, "genitive"))
        scored = []
        # an object lies before the next colon, semicolon or dash ("hanno espresso preoccupazione:
        # Washington ..." names no object of the concern)
        stop = _PUNCT_BARRIER.search(text, ce, sent.end)
        clause1 = stop.start() if stop else sent.end
        objs = [o for o in objs if o.start < clause1 or roles.get(id(o)) is not None]
        # a place is not a recipient: "the shells that russia fires in Ukraine are supplied by North Korea"
        if pred_name in rules.not_places:
            objs = [o for o in objs if not _PLACE_BEFORE[lang].search(text, max(0, o.start - 40), o.start)]
        if pred.symmetric:
            # rule ``meeting_place``: "si sono incontrati a Pechino", "met at X": a name after a place
            # preposition is where they met, never the partner
            objs = [
                o for o in objs if o.end <= cs or not _MEETING_PLACE[lang].search(text, max(ce, o.start - 20), o.start)
            ]
        # rule ``possessor_place`` (round 21): "in Russia's Kursk region": the place owned is where,
        # the owner only qualifies it
        objs = [
            o
            for o in objs
            if not any(
                o2.start > o.end and o2.fits("Location") and o2.known and _POSSESSOR.fullmatch(text, o.end, o2.start)
                for o2 in objs
            )
        ]
        near = [m for m in subj if abs(m.start - cs) <= MAX_WINDOW // 2]
        speaker = _speaker_subject(text, inner, pred, subj, cs)
        for s in near + ([speaker] if speaker is not None else []):
            srole = roles.get(id(s))
            if s.end <= cs and s.start < clause0 and srole is None and s is not speaker:
                continue  # the subject of another clause ("X ha detto che <clause>")
            for o in objs:
                if s.entity == o.entity or abs(o.start - cs) > MAX_WINDOW // 2:
                    continue
                if phrase in rules.person_cues.get(pname, ()) and not _person_cue_pair(text, cs, ce, s, o, srole, lang):
                    continue  # rule person_cue: "received" is a meeting only between two people
                if o.demonym and any(
                    m is not o
                    and not m.demonym
                    and (m is s or m.fits("MilitaryUnit"))
                    and (
                        (m.end <= o.start and not text[m.end : o.start].strip())
                        or (o.end <= m.start and not text[o.end : m.start].strip())
                    )
                    for m in here
                ):
                    continue  # rule own_demonym (round 24): "forze speciali nordcoreane": whose, not where
                if pred_name in rules.not_if_aimed and _aimed(text, max(o.end, ce), sent.end, here, lang):
                    continue  # rule not_if_aimed (round 25): "launched 24 missiles at Ukraine": an attack
                if (
                    pred_name in rules.things_only
                    and s.end <= cs
                    and _participle(text, cs, cue_word)
                    and words(lang).PASSIVE_BEFORE.search(text, max(0, cs - 30), cs)
                ):
                    continue  # rule passive_theme (round 24): "special forces were sent to X": sent, not sender
                first, second = (s, o) if s.start < o.start else (o, s)
                if pred_name not in rules.nested_ok and _POSSESSOR.fullmatch(text, first.end, second.start):
                    continue  # rule possessor_is_no_party: "South Korea's intelligence service" is one party
                if s.nested and any(
                    m is not s and m.start <= s.start and s.end <= m.end and not m.nested and m.entity != o.entity
                    for m in subj
                ):
                    continue  # "missili nordcoreani hanno causato": the missiles act, not their maker
                if (
                    s.start < o.end
                    and o.start < s.end
                    and pred_name not in rules.nested_ok
                    and not _names_its_product(pred_name, s, o)
                ):
                    continue  # "soldati nordcoreani" does not deploy to "nordcoreani"
                if _cue_in_name(cs, ce, s, o, here):
                    continue  # the cue is part of a name ("test missilistici")
                if srole == "genitive" and o.start > s.end and "," in text[s.end : o.start]:
                    continue  # "la visita di Kim nel sito, ha spiegato X, ...": the object is in the phrase
                if (
                    cs < s.start
                    and cs < o.start
                    and srole is None
                    and _CONJ.search(text, min(s.end, o.end), max(s.start, o.start))
                    and id(o) in coord.setdefault(id(s), {id(m) for m in _coordinated(text, s, here)})
                ):
                    continue  # "sfidare gli Stati Uniti e la Corea del Sud": two objects, no subject
                score, reasons = _score_pair(
                    _Pair(
                        text, cs, ce, cue_word, phrase, pred_name, s, o, srole, roles[id(o)], main, sent, earlier,
                        pred.symmetric, tuple(objs),
                    )
                )  # fmt: skip
                if id(s) in inside:
                    reasons.append("nominal_act_agent")
                if s is speaker:
                    reasons.append("speaker_is_subject")
                    # rule speaker_distance: "X acknowledged ... that it had deployed troops": the
                    # subject stands where the reported clause opens ("it", "di aver"), not at X
                    c0 = inner.content[0] if inner is not None else s.start
                    gain = (_distance(s.start, s.end, cs, ce) - _distance(c0, c0, cs, ce)) / 4
                    if gain >= 1:
                        score += gain
                        reasons.append(f"speaker_distance+{gain:.0f}")
                t0 = title_from.get(id(o))
                if t0 is not None and ce <= t0:
                    # rule distance_past_title (round 21): "ha ricevuto la ministra della Cultura russa
                    # Olga Lyubimova": the object's phrase opens with its title, not at the name
                    gain = (_distance(o.start, o.end, cs, ce) - _distance(t0, t0, cs, ce)) / 4
                    if gain >= 1:
                        score += gain
                        reasons.append(f"distance_past_title+{gain:.0f}")
                lo, hi = min(s.start, o.start, cs), max(s.end, o.end, ce)
                agree = sum(
                    1 for k, n, _, a, b in found if k == "pred" and n == pname and lo <= a and b <= hi and a != cs
                )
                if agree:
                    score += 6 * agree
                    reasons.append(f"agreeing_cues+{6 * agree}")
                if phrase in weak and not any(
                    k == "pred" and n == pname and lo <= a and b <= hi and ph not in weak for k, n, ph, a, b in found
                ):
                    if _troop_presence(text, phrase, cs, ce, o, pred_name, rules, lang):
                        reasons.append("troop_presence")
                    elif any(r.startswith("help_adjunct+") for r in reasons):
                        pass  # "con l'aiuto della Russia": the adverbial says who helps whom
                    else:
                        reasons.append("weak_cue")  # only a common word ("soldati", "trattato") cues it
                if any(
                    rules.takes_unit(pred_name, q.unit) and _distance(q.start, q.end, cs, ce) <= 40 for q in quantities
                ):
                    score += 15  # "ha inviato oltre 10.000 soldati": the count tells what was sent
                    reasons.append("unit_hint+15")
                scored.append((score, s, o, reasons0 + reasons))
        # implicit subject: nothing before the cue can be the subject -> the subject of a recent sentence
        if carried and not any(
            s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj
        ):
            s = next((m for m in carried if any(m.fits(t) for t in pred.domain)), None)
            if s is not None:
                for o in objs:
                    if (
                        o.entity == s.entity
                        or o.end < cs
                        or roles[id(o)] in ("agent", "agent_np")
                        or (o.start < ce and cs < o.end)
                    ):
                        continue
                    do = _distance(cs, ce, o.start, o.end)
                    score = 100 - (cs - sent.start) / 4 - do / 4 - 30 + 8 * (len(phrase.split()) - 1)
                    ref = replace(s, nested=False, alternatives=(), antecedent=s.text, carried=True)
                    scored.append((score, ref, o, [*reasons0, "implicit_subject-30"]))
        if not scored and lent and pred_name in rules.state_acts:
            scored += _carried_objects(
                text,
                sent,
                cs,
                ce,
                cue_word,
                phrase,
                pred_name,
                pred,
                near,
                objs,
                roles,
                clause0,
                lent,
                reasons0,
                any(
                    rules.takes_unit(pred_name, q.unit) and _distance(q.start, q.end, cs, ce) <= 40 for q in quantities
                ),
            )
        # no subject at all: the article's main actor, for a cue with an object right after it
        if (
            not scored
            and topic is not None
            and any(topic.fits(t) for t in pred.domain)
            and not any(s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj)
        ):
            for o in objs:
                do = _distance(cs, ce, o.start, o.end)
                if o.entity == topic.entity or o.start < ce or do > 40 or roles[id(o)] in ("agent", "agent_np"):
                    continue
                ref = replace(topic, start=cs, end=cs, nested=False, alternatives=(), carried=True, topic=True)
                if pred_name in rules.state_acts and _passive_forces(text, clause0, cs, cue_word, lang):
                    # "More than 10,000 troops have been sent to Russia": the article's state sent them
                    counted = any(
                        rules.takes_unit(pred_name, q.unit) and _distance(q.start, q.end, cs, ce) <= 40
                        for q in quantities
                    )
                    scored.append(
                        (
                            100 - do / 4 - 20 + 8 * (len(phrase.split()) - 1) + (15 if counted else 0),
                            ref,
                            o,
                            [*reasons0, "passive_main_actor-20", *(["unit_hint+15"] if counted else [])],
                        )
                    )
                else:
                    scored.append(
                        (100 - do / 4 - 50 + 8 * (len(phrase.split()) - 1), ref, o, [*reasons0, "main_actor-50"])
                    )
        if _RECEIVE_VERB.match(cue_word) and phrase not in rules.person_cues.get(pname, ()):
            scored = [x for x in scored if roles.get(id(x[1])) == "agent"]  # no giver named: no claim
        if not scored:
            continue
        score, s0, o0, reasons = max(scored, key=lambda x: x[0])
        pairs = [(s, o0) for s in _coordinated(text, s0, subj)] if not s0.carried else [(s0, o0)]
        pairs += [(s0, o) for o in _coordinated(text, o0, objs) if o is not o0] if not o0.carried else []
        if (
            # the reciprocal word belongs to the act only before its object ("scambi di messaggi tra
            # A e B"); after it, it qualifies something else ("truppe a Mosca in base al patto di
            # mutua difesa", round 26)
            _RECIPROCAL.search(text[cs : min(sent.end, ce + 40, o0.start if o0.start >= ce else sent.end)])
            and not s0.carried
            and any(s0.fits(t) for t in pred.range)
            and any(o0.fits(t) for t in pred.domain)
        ):
            pairs.append((o0, s0))  # "scambi di messaggi tra A e B": both directions
        if pred_name in rules.joint_acts:
            pairs += [
                (m, o0)
                for m in _partners(text, ce, _clause_end(frame, cs, sent), subj, lang)
                if m.entity not in {s.entity for s, _ in pairs}
            ]
        if pred_name in rules.state_acts:
            pairs = [(_state_of(s, here), o) for s, o in pairs]
        for s, o in pairs:
            if s.entity == o.entity or not any(s.fits(t) for t in pred.domain):
                continue
            if s.carried:
                start, end = _whole_words(text, min(o.start, cs), max(o.end, ce))
            else:
                start, end = _whole_words(text, min(s.start, o.start, cs), max(s.end, o.end, ce))
            c = CandidateClaim(
                s.entity,
                pred_name,
                o.entity,
                text[start:end],
                start,
                end,
                sent.start,
                sent.end,
                phrase,
                score,
                reasons=list(reasons),
                cue_start=cs,
                cue_end=ce,
            )
            for m, what in ((s, "subject"), (o, "object")):
                if m.antecedent:
                    c.notes.append(
                        f"{what} {m.entity!r} "
                        + (
                            f"carried over from an earlier sentence ({m.antecedent!r})"
                            if m.carried
                            else f"from the epithet {m.text!r} (refers to {m.antecedent!r})"
                        )
                    )
                elif m.topic:
                    c.notes.append(f"{what} {m.entity!r} is implicit: the article's main actor, named {m.text!r}")
            items = _with_items(c, text, here, rules, frame, sent, lang, quantities)
            if (
                c.predicate in rules.things_only
                and items[0].item is None
                and _forces_rx(lang)[2].match(text, ce, ce + 50)
            ):
                continue  # "ha inviato migliaia di soldati": people are deployed, not supplied
            if items[0].item is not None:
                c.score += 10  # a weapon follows the cue: a transfer of things, not of troops
                c.reasons.append("item_hint+10")
            pair_claims.setdefault((c.subject, c.object), []).append((c, items[0].item is not None))
    # per pair and sentence, the best-scoring predicate; a count of people sent along with things is
    # a second fact ("sent 10,000 troops ..., along with artillery shells")
    best: dict[tuple, CandidateClaim] = {}
    for key, group in pair_claims.items():
        top, top_items = max(group, key=lambda g: g[0].score)
        best[key] = top
        counted = any(r.startswith("unit_hint") for r in top.reasons)
        other = [
            c
            for c, has in group
            if c.predicate != top.predicate
            and has != top_items
            and (has or any(r.startswith("unit_hint") for r in c.reasons))
            and (top_items or counted)
        ]
        if other:
            extra = max(other, key=lambda c: c.score)
            best[(*key, extra.predicate)] = extra
        # another act cued by other words of the sentence is another fact ("il sostegno di Pyongyang a
        # Mosca ..., quando migliaia di soldati sono stati schierati in Russia")
        kept_preds = {c.predicate for c in best.values() if (c.subject, c.object) == key}
        spans = [(c.cue_start, c.cue_end) for c, _ in group if c.predicate in kept_preds]
        transfers = rules.in_return_from | {rules.in_return_to}
        for pred_name in sorted({c.predicate for c, _ in group} - kept_preds):
            c = max((c for c, _ in group if c.predicate == pred_name), key=lambda c: c.score)
            # only acts a state does through its forces, none exclusive with or of one family
            # with a kept one (a transfer given in return is not also a supply), and not
            # counted in another predicate's unit ("inviato migliaia di soldati" supplies nobody)
            if (
                c.score < rules.high
                or "weak_cue" in c.reasons
                or pred_name not in rules.state_acts
                or any(a < c.cue_end and c.cue_start < b for a, b in spans)
                or kept_preds & schema.conflicts.opposites(pred_name)
                or (pred_name in transfers and kept_preds & transfers)
                or any(
                    q.unit
                    and q.unit in rules.units
                    and not rules.takes_unit(pred_name, q.unit)
                    and _distance(q.start, q.end, c.cue_start, c.cue_end) <= 40
                    for q in quantities
                )
            ):
                continue
            best[(*key, pred_name)] = c
            kept_preds.add(pred_name)
            spans += [(x.cue_start, x.cue_end) for x, _ in group if x.predicate == pred_name]
    kept = {
        (c2.subject, c2.predicate, c2.object, c2.item): c2
        for c in best.values()
        for c2 in _with_items(c, text, here, rules, frame, sent, lang, quantities)
    }
    for c in _citations(text, sent, found, here, schema, source_pairs):
        c.reasons = ["layered_attribution"]
        kept.setdefault((c.subject, c.predicate, c.object, None), c)
    times = [
        t
        for t in find_time_expressions(text, sent.start, sent.end, doc_date, lang)
        if t.date is not None and not any(m.start < t.end and t.start < m.end for m in here)
    ]  # "Stabilimento 11 Febbraio"
    hedges = [(s, e) for k, _, _, s, e in found if k == "hedge"]
    for c in kept.values():
        qualify(c, text, sent, frame, quantities, times, hedges, rules, lang)
    return list(kept.values())


def _is_title_claim(c: CandidateClaim) -> bool:
    """A claim of the title rule (LEADS / HOLDS_POSITION_IN from "il ministro della Difesa russo X")."""
    return any(r in _TITLE_REASONS for r in c.reasons)  # exact: another rule's name may begin "title"


#: The reasons graph.extract.titles gives its claims.
_TITLE_REASONS = frozenset(("title", "title_direct", "title_without_name", "title_former"))


def _paid_for_forces(text: str, cue_end: int, frame, lang: str) -> bool:
    """True when the cue's clause goes on, with no comma or clause break, to "in cambio di" /
    "in exchange for" + the other side's forces ("in cambio dell'invio di soldati")."""
    forces = _FORCE_WORDS[lang]
    for a, b in frame.in_return:
        if a < cue_end:
            continue
        between = text[cue_end:a]
        if "," in between or any(cue_end < x <= a for x in frame.barriers) or len(between) > 160:
            continue
        if forces.search(text, a, b):
            return True
    return False


#: A force noun as the head of the counterpart: after a link, an article, a number or a name
#: ("dell'invio di soldati", "for troops", "for North Korean troops"), never as an adjective after
#: a noun ("aiuti militari", "advanced military technology").
_FORCE_WORDS = {
    lang: re.compile(
        rf"(?:\b(?i:{alternation((*m.GENITIVES, *m.ARTICLES, 'for', 'per', 'in exchange for', 'in return for'))})\s+"
        rf"|\b(?i:in\s+cambio\s+di)\s+|\b\d[\d.,]*\s+|\b[A-Z][\w-]*\s+|['’])"
        rf"(?i:{alternation(m.FORCE_NOUNS)})\b(?!\s+[a-z]{{3,}}(?<!\bper)\b)"
    )
    for lang, m in LANGUAGES.items()
}


def _with_items(
    c: CandidateClaim,
    text: str,
    here,
    rules: ExtractionRules,
    frame,
    sent,
    lang: str = "it",
    quantities: Sequence[Quantity] = (),
) -> list[CandidateClaim]:
    """*c* with its item; a list of items after the cue gives one claim per item.

    Round 12 (rule ``purpose_clause``): items are looked for before a purpose clause after the cue
    ("sent specialists to Russia to train soldiers in the use of its weapons", "per addestrare"):
    what the purpose names is not what was sent. Round 21 (rule ``counted_list``): items that
    each carry a count are a list too ("circa 9 milioni di proiettili e oltre 100 missili")."""
    if c.predicate not in rules.item_predicates:
        return [c]
    end = sent.end
    purpose = words(lang).PURPOSE_CLAUSE.search(text, c.cue_end, end)
    if purpose is not None:
        end = purpose.start()
    if frame:
        later = [b for b in frame.barriers if b > c.cue_end]
        if c.predicate != rules.in_return_to:  # "inviato soldati, in cambio di tecnologia": not sent
            later += [a for a, _ in frame.in_return if a > c.cue_end]
        end = min(later, default=end)
    items = [
        m
        for m in here
        if m.entity not in (c.subject, c.object)
        and not m.nested
        and (m.fits("WeaponSystem") or m.fits("Programme"))
        and c.cue_start - 30 <= m.start
        and m.end <= end
        and not re.search(
            r"(?:produzion\w*|production|fabbricazione|costruzione)\s+(?:di|del|della|dei|degli|of)\s*\Z",
            text[max(0, m.start - 30) : m.start],
            re.IGNORECASE,
        )
    ]
    if not items:
        return [c]
    first = min(items, key=lambda m: _distance(m.start, m.end, c.cue_start, c.cue_end))
    group = _coordinated(text, first, items)
    counted = False
    if len(group) == 1 and quantities:
        group = _coordinated(text, first, items, _count_spans(text, quantities, lang))
        counted = len(group) > 1
    # a count stands before what it counts: each quantity belongs to the first item of the list
    # that ends after the count begins ("9 milioni di proiettili d'artiglieria": the artillery's)
    owner = {}
    for q in quantities:
        after = [m for m in group if m.end > q.start and m.start - q.end < 40]
        if after:
            owner[(q.start, q.end)] = min(after, key=lambda m: m.start)
    out = []
    for m in group:
        c2 = replace(
            c,
            item=m.entity,
            reasons=c.reasons + (["list_item"] if len(group) > 1 else []) + (["counted_list"] if counted else []),
            notes=list(c.notes),
        )
        if len(group) > 1:
            own = [q for q in quantities if owner.get((q.start, q.end)) is m]
            if own:
                q = own[0]
                c2.quantity, c2.quantity_bound, c2.unit = q.value, q.bound, q.unit
                c2.reasons.append(f"quantity:{q.unit}")
            c2.not_counts = tuple(sp for sp, o in owner.items() if o is not m)
        if m.end > c2.end and m.end - c2.start < 400:
            c2.start, c2.end = _whole_words(text, c2.start, m.end)
            c2.quote = text[c2.start : c2.end]
        out.append(c2)
    return out


def _count_spans(text: str, quantities: Sequence[Quantity], lang: str) -> list[tuple[int, int]]:
    """The spans of *quantities* widened back over the bound before each ("oltre 100", "nearly
    10 million")."""
    bounds = _bound_before(lang)
    out = []
    for q in quantities:
        m = bounds.search(text, max(0, q.start - 40), q.start)
        out.append((m.start() if m else q.start, q.end))
    return out


@functools.cache
def _bound_before(lang: str) -> re.Pattern:
    phrases = sorted((b for b, _ in words(lang).BOUNDS), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(b) for b in phrases) + r")\s+\Z", re.IGNORECASE)


def _clause_end(frame: Frame | None, pos: int, sent: Sentence) -> int:
    if frame is None:
        return sent.end
    ends = [b for b in frame.barriers if b > pos]
    inner, _ = frame.attribution_for(pos, pos)
    if inner is not None:
        ends.append(inner.content[1])
    return min(ends, default=sent.end)


def _attribute(c: CandidateClaim, text: str, inner, outer) -> None:
    """Set the claim's attribution from a frame: the named asserter, else the named relay."""
    relay = inner.relay if inner.relay is not None else (outer.asserter if outer else None)
    relay_text = inner.relay_text if inner.relay is not None else (outer.asserter_text if outer else "")
    info = {"kind": inner.kind, "cue": inner.cue, "asserter_text": inner.asserter_text}
    if inner.asserter is not None:
        info["asserter"] = inner.asserter.entity
    if relay is not None:
        info["relay"] = relay.entity
        info["relay_text"] = relay_text
    c.attribution = info
    c.attribution_cue = inner.cue
    who = inner.asserter if inner.asserter is not None else relay
    if who is not None:
        # an asserter may speak of itself ("Pyongyang ha confermato di aver inviato ..."): an
        # admission is still its word, and the graph keeps who says it
        c.attributed_to = who.entity
        c.attribution_span = (
            (min(inner.start, who.start), max(inner.end, who.end))
            if inner.start <= who.start <= inner.end + 200
            else (who.start, who.end)
        )
        s, e = _whole_words(text, *c.attribution_span)
        while e > s and text[e - 1].isspace():
            e -= 1  # a phrase ending before "(" keeps no trailing space
        while s < e and text[s].isspace():
            s += 1
        c.attribution_span = (s, e)
    if inner.kind == "unnamed":
        c.notes.append(
            f"asserted by unnamed sources: {inner.asserter_text!r}"
            + (f", relayed by {relay_text!r}" if relay is not None else "")
        )
    c.reasons.append(f"attribution:{inner.kind}")
    if inner.carried:
        c.reasons.append("attribution_carried")
    if inner.rule:
        c.reasons.append(inner.rule)


def _preposition_before(prepositions: tuple[str, ...]) -> re.Pattern:
    """One of *prepositions* right before a name, an article or a possessor between them ("in
    Ukraine", "nella regione", "at Russia's ..."); matches nothing for an empty list."""
    if not prepositions:
        return re.compile(r"(?!)")
    return re.compile(
        r"\b(?:" + "|".join(re.escape(p) for p in prepositions) + r")\s*"
        r"(?:(?:the|il|lo|la|l['’])\s*)?(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?\Z",
        re.IGNORECASE,
    )


#: A place phrase before a name ("in Ukraine", "nella regione"): from the languages' PLACE_PREPOSITIONS.
_PLACE_BEFORE = {lang: _preposition_before(m.PLACE_PREPOSITIONS) for lang, m in LANGUAGES.items()}
_POSSESSOR = re.compile(r"['’]s?\s+")
_ENEMY = {
    lang: re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(p) for p in m.ENEMY_BEFORE) + r")\s+"
        r"(?:(?:il|lo|la|i|gli|le|the)\s+|l['’]\s*)?(?:[^\W\d_]+\s+){0,2}\Z",
        re.IGNORECASE,
    )
    for lang, m in LANGUAGES.items()
}
_FIGHT_OBJECT = {
    lang: re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(p) for p in m.FIGHT_OBJECT) + r")\s+"
        r"(?:(?:il|lo|la|i|gli|le|the)\s+|l['’]\s*)?(?:(?:" + alternation(m.FORCE_NOUNS) + r")\s+)?\Z",
        re.IGNORECASE,
    )
    for lang, m in LANGUAGES.items()
}
_BREACH = {
    lang: re.compile(
        r"(?<![\w])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in m.BREACH_PHRASES) + r")\b[^,;:.]*\Z",
        re.IGNORECASE,
    )
    for lang, m in LANGUAGES.items()
}
_MEETING_PLACE = {lang: _preposition_before(m.MEETING_PLACE_PREPOSITIONS) for lang, m in LANGUAGES.items()}
_PUNCT_BARRIER = re.compile(r"[;:]|\s[-–—]\s")
_INDEFINITE_BEFORE = re.compile(r"\b(?:un|una|uno|a|an)\s+\Z|\bun['’]\s*\Z", re.IGNORECASE)
_INTENT_RX: dict[str, re.Pattern] = {}


def _intended(text: str, start: int, end: int, lang: str) -> bool:
    """True when an intention or expectation governs the act at *end* ("plans to send", "is expected
    to seek", "si prepara a inviare"): the act is announced, not reported as done."""
    if lang not in _INTENT_RX:
        phrases = sorted(words(lang).INTENT, key=len, reverse=True)
        _INTENT_RX[lang] = re.compile(
            r"(?<![\w'’])(?:"
            + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
            + r")\s+(?:\S+\s+){0,4}?\Z",
            re.IGNORECASE,
        )
    return bool(_INTENT_RX[lang].search(text, start, end))


_OPEN_RX: dict[str, re.Pattern] = {}


def _open_question(text: str, start: int, cue: int, lang: str) -> bool:
    """Round 11 (`open_question`): True when a word that opens a question or a supposition
    ("whether", "if", "se") governs the act at *cue* in its clause, with no comma, colon or
    semicolon in between: the sentence asks about the act or supposes it, it does not report it
    ("South Korea is examining whether X transferred ...", "Alla domanda se X abbia mandato ...")."""
    if lang not in _OPEN_RX:
        w = words(lang)
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(w.OPEN_CLAUSE, key=len, reverse=True))
        not_after = "".join(rf"(?<!\b{re.escape(a)}\s)" for a in w.OPEN_CLAUSE_NOT_AFTER)
        not_before = "|".join(re.escape(b) for b in w.OPEN_CLAUSE_NOT_BEFORE)
        _OPEN_RX[lang] = re.compile(
            rf"{not_after}(?<![\w'’])(?:{body})\b"
            + (rf"(?!\s+(?:{not_before})\b)" if not_before else "")
            + r"(?:[^,;:.!?()]|[,.](?=\d))*\Z",  # "2,000" is no comma of the clause
            re.IGNORECASE,
        )
    return bool(_OPEN_RX[lang].search(text, start, cue))


def qualify(
    c: CandidateClaim,
    text: str,
    sent: Sentence,
    frame: Frame | None,
    qs,
    times,
    hedges,
    rules: ExtractionRules,
    lang: str,
) -> None:
    """Attach attribution, hedging, quantity and date to a claim, each from the claim's own clause."""
    w = words(lang)
    anchor = c.cue_start if c.cue_end else c.start
    clause0 = frame.clause_start(anchor, sent.start) if frame else sent.start
    clause1 = _clause_end(frame, anchor, sent)
    # rule ``title_is_article_voice``: "il ministro della Difesa russo X" is how the article names
    # X, not what the sentence's source says
    if frame and c.attribution is None and not _is_title_claim(c):
        inner, outer = frame.attribution_for(min(anchor, c.start), max(c.cue_end, anchor + 1))
        if inner is None:
            inner, outer = frame.attribution_for(anchor, anchor + 1)
        if inner is not None:
            _attribute(c, text, inner, outer)
    hedge_cue = (c.attribution or {}).get("cue", "")
    c.hedged = c.hedged or any(clause0 <= s < clause1 for s, _ in hedges) or any(hedge_cue == h for h in w.HEDGING_CUES)
    if c.hedged:
        c.reasons.append("hedged_clause")
    if c.cue_end and _intended(text, max(clause0, c.cue_start - 50), c.cue_start, lang):
        c.reasons.append("intended")  # "plans to send", "si prepara a inviare": not done yet
    if c.cue_end and _open_question(text, max(clause0, c.cue_start - 80), c.cue_start, lang):
        c.reasons.append("open_question")  # "is examining whether X transferred": asked, not reported
    elif c.cue_end and words(lang).FREE_CHOICE.search(text, max(sent.start, c.cue_start - 80), c.cue_start):
        c.reasons.append("open_question")  # rule free_choice: "qualsiasi aiuto che X fornisca": supposed
    if c.cue_end and c.hedged and _INDEFINITE_BEFORE.search(text, max(0, c.cue_start - 6), c.cue_start):
        c.reasons.append("indefinite_hedged")  # "potrebbe aver preparato una visita": no visit asserted
    if c.quantity is None:
        fit = [
            q
            for q in qs
            if rules.takes_unit(c.predicate, q.unit)
            and (q.start, q.end) not in c.not_counts
            and clause0 <= q.start
            and q.end <= clause1
            and _distance(q.start, q.end, min(c.start, c.cue_start or c.start), max(c.end, c.cue_end)) <= 40
        ]
        if fit:
            q = min(fit, key=lambda q: _distance(q.start, q.end, c.cue_start or c.start, c.cue_end or c.end))
            c.quantity, c.quantity_bound, c.unit = q.value, q.bound, q.unit
            c.reasons.append(f"quantity:{q.unit}")
    if c.date is None and c.valid_from is None and c.valid_to is None:
        fit = [t for t in times if clause0 <= t.start and t.end <= clause1 and not t.historical]
        if fit:
            t = min(fit, key=lambda t: _distance(t.start, t.end, c.cue_start or c.start, c.cue_end or c.end))
            setattr(c, t.role, t.date)
            c.date_text = t.text
            if t.relative:
                c.notes.append(f"date {t.text!r} resolved against the document date")
