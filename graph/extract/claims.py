"""Candidate claims: sentences with two or more mentions and a predicate cue.

For every cue phrase of a predicate (``schema.predicates[name].cues[lang]``, the single
source of predicate cues) found in a sentence, the nearest subject before
the cue and the nearest object after it whose types fit the predicate's domain and range
form a candidate claim. Each carries the verbatim quote (the smallest span covering the
subject, cue and object) with its offsets, attribution, hedging, a quantity and a date
resolved against the document date, and a score used to keep the best predicate when
several cues propose the same subject and object in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..dates import PartialDate
from ..schema import Schema
from .gazetteer import Mention, fold_tokens
from .quantities import find_quantities
from .sentences import Sentence, is_heading
from .temporal import find_time_expressions

__all__ = ["CandidateClaim", "TypedMention", "find_claims", "ATTRIBUTION_CUES", "HEDGING_CUES", "UNIT_HINTS"]

ATTRIBUTION_CUES = {
    "it": ("secondo quanto riportato", "secondo", "ha riferito", "hanno riferito", "citando", "riporta",
           "riferiscono", "ha affermato", "hanno affermato", "ha dichiarato", "ha detto", "scriveva", "scrive",
           "ha ipotizzato", "ha riportato", "suggeriscono", "stimano"),
    "en": ("according to", "reported", "said", "citing", "says", "claimed", "stated", "told"),
}
HEDGING_CUES = {
    "it": ("potrebbe", "potrebbero", "sarebbe", "sarebbero", "si ritiene", "presumibilmente", "suggeriscono",
           "suggerisce", "ipotizzato", "possibile", "possibili", "probabilmente", "forse", "eventuale",
           "potenzialmente", "avrebbe", "avrebbero", "verrebbero", "includerebbe", "stimano", "accusata",
           "sembra", "dovrebbe"),
    "en": ("may", "might", "could", "would", "alleged", "allegedly", "reportedly", "is believed", "possibly",
           "likely", "probably", "suggest", "suggests", "accused", "appears", "seems"),
}
_SOURCE_TYPES = ("Organization", "Person", "Group", "Country")
#: Predicates whose subject and object may overlap ("Il leader della Corea del Nord").
NESTED_OK = frozenset({"LEADS", "PART_OF", "LOCATED_IN", "HOLDS_POSITION_IN"})
#: Predicates cued by a role noun next to the name, before or after it.
APPOSITIVE = frozenset({"LEADS", "HOLDS_POSITION_IN"})
_PAREN = re.compile(r"\A\s*\([^()\n]{1,40}\)")
_COORD = re.compile(r"\s*(?:,|e|ed|and|o|or|né|nor)\s+(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?\Z", re.I)
#: A quantity's unit hints at the predicate ("oltre 10.000 soldati" is a deployment).
UNIT_HINTS = {
    "soldiers": ("DEPLOYED_TO",), "troops": ("DEPLOYED_TO",), "containers": ("SUPPLIES",),
    "missiles": ("SUPPLIES", "PRODUCES"), "shells": ("SUPPLIES",), "USD": ("EARNED",), "EUR": ("EARNED",),
    "killed": ("CAUSED_CASUALTIES_IN", "SUFFERED_LOSSES"), "wounded": ("CAUSED_CASUALTIES_IN", "SUFFERED_LOSSES"),
    "members": ("SUFFERED_LOSSES",), "units": ("PRODUCES",),
}


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
    date: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    date_text: str | None = None
    quantity: int | float | None = None
    quantity_bound: str | None = None
    unit: str | None = None
    item: str | None = None
    notes: list[str] = field(default_factory=list)


def _stem(token: str) -> str:
    """Cut the inflection of a folded word: inviato / inviati -> ``invia``; short words stay whole."""
    return token if len(token) < 5 else token[:max(4, len(token) - 2)]


def _phrase_stems(phrase: str) -> tuple[str, ...]:
    return tuple(_stem(t) for t, _, _ in fold_tokens(phrase))


class _CueIndex:
    """Every cue phrase (predicates, attribution, hedging) indexed by the stem of its first word.

    A sentence is scanned once for all phrases, so the cost does not grow with the number of
    predicates.
    """

    def __init__(self, schema: Schema, lang: str):
        self.first: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {}
        seen = set()

        def add(kind: str, name: str, phrase: str) -> None:
            stems = _phrase_stems(phrase)
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
        stems = [_stem(t[0]) for t in tokens]
        out = []
        for i, st in enumerate(stems):
            for kind, name, phrase, pst in self.first.get(st, ()):
                n = len(pst)
                if tuple(stems[i:i + n]) == pst:
                    out.append((kind, name, phrase, tokens[i][1], tokens[i + n - 1][2]))
        return out


_CUE_CACHE: dict[tuple[int, str], _CueIndex] = {}


def _cues(schema: Schema, lang: str) -> _CueIndex:
    key = (id(schema), lang)
    if key not in _CUE_CACHE:
        _CUE_CACHE[key] = _CueIndex(schema, lang)
    return _CUE_CACHE[key]


def _coordinated(text: str, head, pool) -> list:
    """*head* and the mentions coordinated with it ("gli Stati Uniti e la Corea del Sud").

    A parenthesis may sit between them ("KN-23 (Hwasong-11A) e KN-24"). Names joined by
    commas only are an apposition, not a list ("il leader della Corea del Nord, Kim
    Jong-un, ha ..."), so a chain counts only when a conjunction closes it.
    """
    group, joins = [head], []
    for direction in (1, -1):
        cur = head
        while True:
            nxt = None
            for m in pool:
                if not ((direction == 1 and m.start >= cur.end) or (direction == -1 and m.end <= cur.start)):
                    continue
                gap = _PAREN.sub("", text[cur.end:m.start] if direction == 1 else text[m.end:cur.start], count=1)
                if not gap and m.antecedent and m.antecedent == cur.antecedent:
                    gap = " e "  # the two halves of one pair phrase ("i due paesi"), see _epithets
                if len(gap) < 12 and _COORD.match(gap) and m.entity not in {g.entity for g in group}:
                    nxt = m
                    joins.append(gap.strip(" ,"))
                    break
            if nxt is None:
                break
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


def _source_pairs(text: str, found, mentions) -> list[tuple[str, int, int, object]]:
    """``(cue, start, end, mention)`` for each source named right after an attribution cue
    ("secondo l'ISW", "riporta RFA", "citando un rapporto della Reuters")."""
    out = []
    for kind, _, phrase, s, e in found:
        if kind == "attr":
            m = next((m for m in mentions if 0 <= m.start - e <= 30 and not m.nested
                      and any(m.fits(t) for t in _SOURCE_TYPES)), None)
            if m is not None and re.fullmatch(r"[\s,]*(?:(?:il|lo|la|i|gli|le|l['’]|the|dal|dalla|dall['’]|dai|dagli|"
                                                 r"agenzia|emittente|quotidiano|giornale|di|della|del|stampa|pubblica|"
                                                 r"ufficiale|giapponese|statale|think|tank|analisti|media|un|una|a|an|"
                                                 r"rapporto|articolo|report|article|of)\s*)*", text[e:m.start]):
                out.append((phrase, s, e, m))
    return out


#: Attribution cues that name whom the reporter relies on ("secondo A ..., riporta B": B cites A).
CITING_CUES = frozenset({"secondo", "citando", "according to", "citing"})


def _citations(text, sent, found, here, schema, pairs) -> list["CandidateClaim"]:
    """Layered attribution: a source that reports what another source says cites it.

    *pairs* are the sentence's :func:`_source_pairs`.
    """
    if "CITES" not in schema.predicates:
        return []
    pred = schema.predicates["CITES"]
    # a reporter also stands right before its verb: "l'ISW ha affermato", "Newsweek scriveva"
    reporters = [(p, m) for p, _, _, m in pairs] + [
        (phrase, m) for kind, _, phrase, s, e in found if kind == "attr" and phrase not in CITING_CUES
        for m in here if not m.nested and 0 <= s - m.end <= 2 and any(m.fits(t) for t in _SOURCE_TYPES)]
    out = []
    for phrase, cs, ce, cited in pairs:
        if phrase not in CITING_CUES or not any(cited.fits(t) for t in pred.range):
            continue
        for phrase2, reporter in reporters:
            if phrase2 in CITING_CUES or reporter.entity == cited.entity \
                    or not any(reporter.fits(t) for t in pred.domain):
                continue
            for o in _coordinated(text, cited, [m for m in here if any(m.fits(t) for t in pred.range)]):
                start, end = min(cs, reporter.start, o.start), max(ce, reporter.end, o.end)
                out.append(CandidateClaim(reporter.entity, "CITES", o.entity, text[start:end], start, end,
                                          sent.start, sent.end, phrase, 90.0,
                                          notes=[f"{reporter.text!r} reports what {o.text!r} says ({phrase!r})"]))
    return out


def _attribution(found, mentions, subject, obj):
    """``(entity, cue, (start, end))`` the sentence attributes its content to, or ``(None, None, None)``.

    The span covers the cue and the source's name ("secondo la KCNA"): the verbatim
    attribution quote a curated claim needs.
    """
    for kind, _, phrase, s, e in found:
        if kind != "attr":
            continue
        best, best_d = None, 10 ** 9
        for m in mentions:
            etype = m.type
            if not etype or not any(m.fits(t) for t in _SOURCE_TYPES):
                continue
            d = m.start - e if m.start >= e else (s - m.end) + 15  # prefer a source after the cue
            if 0 <= d < 80 and d < best_d and m.entity not in (subject, obj):
                best, best_d = m, d
        if best is not None:
            return best.entity, phrase, (min(s, best.start), max(e, best.end))
    return None, None, None


# -- argument marking around a cue (general Italian / English syntax) ----------------------
_ART = r"(?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno|un['’]|the|a|an)\s*)?"
_MOD = r"(?:\s+[^\W\d_]+){0,2}?"  # up to two modifiers after a cue noun ("sostegno militare reciproco")
#: "analizzate dal Center ...", "proclamato da Putin", "da parte della Corea del Nord", "by ISW"
_AGENT_PART = re.compile(_MOD + r"\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|by)\s*" + _ART + r"\Z", re.I)
_AGENT_ANY = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+da\s+parte\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’])\s*"
                        + _ART + r"\Z", re.I)
#: "il sostegno di Pyongyang", "la collaborazione della Cina", "the support of Russia"
_GENITIVE = re.compile(_MOD + r"\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of)\s*" + _ART + r"\Z", re.I)
#: "colloqui tra Pechino e Washington", "relations between A and B"
_BETWEEN = re.compile(_MOD + r"\s+(?:tra|fra|between)\s*" + _ART + r"\Z", re.I)
#: Verbs of origin whose source follows "da": "provenga dalla Corea del Nord" (the source supplies).
_FROM_VERB = re.compile(r"(?:proven|provien|arriv|giung)\w*\Z|comes?\Z|came\Z", re.I)
_GERUND = re.compile(r"(?:ando|endo)\Z")
_PARTICIPLE = re.compile(r"(?:at|it|ut)[oaie]\Z|(?:ed|en)\Z")
#: Cue words that name an exchange between two parties: both directions are claimed.
_RECIPROCAL = re.compile(r"\b(?:scamb\w*|reciproc\w*|mutu[oaie]|exchang\w*|mutual)\b", re.I)
#: Definite descriptions that refer back to an entity named earlier: regex -> type of the antecedent.
EPITHETS = {
    "it": ((re.compile(r"\b(?:il|questo|quel|del|al|dal|nel)\s+(?:leader|presidente|capo)\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]))", re.I), "Person"),
           (re.compile(r"\b(?:il|questo|del|al|dal)\s+(?:regime|governo)\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]))", re.I), "Country"),
           (re.compile(r"\b(?:la|questa|della|alla|dalla|nella)\s+struttura|\b(?:l['’]|dell['’]|all['’]|nell['’]|quest['’])\s*(?:impianto|stabilimento)\b"
                       r"|\b(?:il|questo|del|al|nel|dal)\s+sito\b", re.I), "Facility"),
           (re.compile(r"(?:\b(?:il|questo|quel|del|al|dal|nel)\s+(?:trattato|patto)|(?:\bl['’]|\bdell['’]|\ball['’]|\bnell['’]|"
                       r"\bdall['’]|\bquest['’])\s*(?:accordo|intesa))\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|tra|fra|con))",
                       re.I), "Agreement")),
    "en": ((re.compile(r"\bthe\s+(?:leader|president)\b(?!\s+of)", re.I), "Person"),
           (re.compile(r"\bthe\s+regime\b", re.I), "Country"),
           (re.compile(r"\b(?:the|this)\s+(?:facility|plant|site)\b", re.I), "Facility"),
           (re.compile(r"\b(?:the|this)\s+(?:treaty|agreement|deal|pact)\b(?!\s+(?:of|between|with))", re.I), "Agreement")),
}
#: An indefinite description named later in the sentence: "un impianto nella città di X,
#: noto come "Stabilimento 11 Febbraio"" (the description and the name are one entity).
NAMED_LATER = {
    "it": (re.compile(r"\b(?:un|uno|una|un['’])\s*(?:[^\W\d_]+\s+)?(?:impianto|stabilimento|fabbrica|sito|struttura|"
                      r"complesso|base|centro|gruppo|reparto|unità|programma|accordo|sistema)\b", re.I),
           re.compile(r"[\s,]*(?:not[oaie]|chiamat[oaie]|denominat[oaie]|dett[oaie]|conosciut[oaie])\s+(?:come\s+)?"
                      r"[\"“«']?\s*\Z", re.I)),
    "en": (re.compile(r"\b(?:a|an)\s+(?:[^\W\d_]+\s+)?(?:plant|facility|factory|site|complex|base|centre|center|"
                      r"group|unit|programme|program|agreement|system)\b", re.I),
           re.compile(r"[\s,]*(?:known\s+as|called|named|dubbed)\s+[\"“']?\s*\Z", re.I)),
}
#: Plural definite descriptions of the two countries named last: "tra i due paesi", "both countries".
PAIR_ANAPHORS = {
    "it": re.compile(r"\b(?:i|dei|ai|dai|nei|tra\s+i|fra\s+i)\s+due\s+(?:paesi|stati|governi|alleati)\b"
                     r"|\bentrambi\s+i\s+paesi\b|\bbilateral[ei]\b", re.I),
    "en": re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:countries|states|governments|allies)\b|\bbilateral\b", re.I),
}
#: A null-subject main clause: "Ha poi visitato ...", "Durante la visita, ha detto ...", "He then visited ...".
_NULL_SUBJECT = re.compile(
    r"(?:[^,.;:]{0,80},\s*)?(?:(?:poi|inoltre|anche|quindi|infine|ieri|oggi|gi[àa]|non|then|also|later)\s+)*"
    r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avr[àa]|[èe]|sono|era|erano|sar[àa]|sta|stava|stanno|si|ne|"
    r"pu[òo]|potrebbe|dovrebbe|intende|he|she|they|it)\b", re.I)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|a|ad|al|allo|alla|ai|agli|alle|all['’]|da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|con|col|per|su|sul|"
    r"sulla|sui|sugli|sulle|sull['’]|verso|contro|tra|fra|nel|nello|nella|nei|negli|nelle|nell['’]|to|at|from|with|"
    r"on|into|against)\s*(?:(?:il|lo|la|i|gli|le|l['’]|the)\s*)?\Z", re.I)
#: "Sam Lair, ricercatore del Center X, ha osservato": the name inside the apposition is not the subject.
_APPOSITION_BEFORE = re.compile(r",\s*[^\W\d_]+\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of|at)\s*(?:the\s+)?\Z", re.I)
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

    def fits(self, type_name: str) -> bool:
        """True when this mention's type is *type_name* or one of its subtypes."""
        return self.schema.is_a(self.type, type_name)


def _role(text: str, cs: int, ce: int, cue_word: str, m) -> str | None:
    """How mention *m* after a cue ending at *ce* is marked: ``agent``, ``genitive``, ``between`` or None."""
    if m.start < ce or m.start - ce > 60:
        return None
    gap = " " + text[ce:m.start]
    if "\n" in gap or any(ch in gap for ch in ".;:"):
        return None
    if _AGENT_ANY.match(gap):
        return "agent_np"
    if (_PARTICIPLE.search(cue_word) or _FROM_VERB.match(cue_word)) and _AGENT_PART.match(gap):
        return "agent"
    if not gap.strip() and m.text[:1].islower() and not _PARTICIPLE.search(cue_word):
        return "genitive"  # a nationality adjective after a cue noun: "il supporto russo"
    if len(gap) <= 30 and _BETWEEN.match(gap):
        return "between"
    if len(gap) <= 30 and not _PARTICIPLE.search(cue_word) and _GENITIVE.match(gap):
        return "genitive"
    return None


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """Paragraph number of each sentence (a line break starts a new paragraph)."""
    out, p = [], 0
    for i, s in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1].end:s.start]:
            p += 1
        out.append(p)
    return out


def _epithets(text: str, sent: Sentence, lang: str, history, schema) -> list[TypedMention]:
    """Epithets in *sent* resolved to an earlier mention of the right type.

    The antecedent is the most salient one in the window (named most often, epithets
    included), the most recent on a tie: "l'impianto" after a paragraph about a plant
    and, last, its workers' housing is the plant.
    """
    out = []
    for rx, type_name in EPITHETS.get(lang, ()):
        for m in rx.finditer(text, sent.start, sent.end):
            if re.match(r"\s+[A-Z]", text[m.end():m.end() + 3]):
                continue  # "il presidente Yoon": a role noun before a name, not an epithet
            before = [h for h in history if h.end <= m.start() and h.fits(type_name)]
            counts: dict[str, int] = {}
            for h in before:
                counts[h.entity] = counts.get(h.entity, 0) + 1
            ante = max(reversed(before), key=lambda h: counts[h.entity], default=None)
            if ante is not None:
                out.append(replace(ante, start=m.start(), end=m.end(), text=m[0], nested=False, alternatives=(),
                                   antecedent=ante.text))
    desc, naming = NAMED_LATER.get(lang, (None, None))
    for m in desc.finditer(text, sent.start, sent.end) if desc else ():
        for h in history:
            gap = text[m.end():h.start]
            if h.start > m.end() and h.end <= sent.end and len(gap) < 90 and naming.search(gap) \
                    and not any(c in gap for c in ".;:"):
                out.append(replace(h, start=m.start(), end=m.end(), text=m[0], nested=False, alternatives=(),
                                   antecedent=h.text))
                break
    rx = PAIR_ANAPHORS.get(lang)
    for m in rx.finditer(text, sent.start, sent.end) if rx else ():
        pair = []
        for h in reversed(history):
            if h.end <= m.start() and h.fits("Country") and h.entity not in {p.entity for p in pair}:
                pair.append(h)
                if len(pair) == 2:
                    break
        if len(pair) == 2:
            # the two parties as two adjacent mentions joined by the phrase, so "tra i due
            # paesi" reads as "tra A e B" and "uno dei due paesi" as "A o B"
            mid = m.start() + len(m[0]) // 2
            names = f"{pair[1].text} / {pair[0].text}"
            out.append(replace(pair[1], start=m.start(), end=mid, text=m[0], nested=False, alternatives=(),
                               antecedent=names))
            out.append(replace(pair[0], start=mid, end=m.end(), text=m[0], nested=False, alternatives=(),
                               antecedent=names))
    return out


_CONJ = re.compile(r"\b(?:e|ed|and|o|or|né|nor)\b", re.I)


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
_OF_ORG = re.compile(r"\s+(?:del|della|dello|dell['’]|of\s+the|of)\s*\Z", re.I)


def _structural_cues(text: str, here, schema) -> list[tuple[str, str, str, int, int]]:
    """Cues told by the shape of a phrase rather than a word: ``ORG del ORG`` is PART_OF."""
    if "PART_OF" not in schema.predicates:
        return []
    out = []
    outer = [m for m in here if not m.nested and m.fits("Organization")]
    for a, b in zip(outer, outer[1:]):
        gap = text[a.end:b.start]
        if a.end <= b.start and len(gap) < 12 and _OF_ORG.match(" " + gap.lstrip()) and a.text[:1].isupper() \
                and b.text[:1].isupper() and not (a.fits("Country") or b.fits("Country")):
            out.append(("pred", "PART_OF", gap.strip(), a.end + len(gap) - len(gap.lstrip()), b.start))
    return out


#: Acts of a state that its forces carry out: "12.000 soldati nordcoreani sono in Russia" is a
#: deployment by North Korea (the soldiers are the quantity), not by the soldiers themselves.
_STATE_ACTS = frozenset({"DEPLOYED_TO"})


def _state_of(m, here):
    """The state a force is named after ("soldati nordcoreani" -> North Korea), else *m*."""
    if not m.fits("MilitaryUnit") or m.antecedent:
        return m
    return next((n for n in here if n.fits("Country") and m.start <= n.start and n.end <= m.end and n is not m), m)


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
        if not m.nested and any(m.fits(t) for t in ("Person", "Country", "Organization")):
            return m
    return None


def find_claims(text: str, sentences: list[Sentence], mentions: list, schema: Schema, lang: str,
                doc_date: PartialDate | None = None) -> list[CandidateClaim]:
    """Candidate claims from *sentences* given typed mentions (:class:`graph.extract.pipeline.TypedMention`).

    Besides the mentions in a sentence, a claim may use an epithet that refers back to an
    earlier mention ("il leader", "la struttura"), or, when no mention before the cue fits
    the predicate's subject, the subject of one of the previous sentences of the paragraph
    (an implicit subject: "Kim ha visitato ... . Ha poi ispezionato ...").
    """
    cues = _cues(schema, lang)
    out: list[CandidateClaim] = []
    mi = 0
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    para = _paragraphs(text, sentences)
    topic = _topic(mentions)
    history: list = []  # mentions of the previous sentences (and epithets resolved there)
    subjects: list[tuple[int, int, object]] = []  # (sentence index, paragraph, subject guess)
    for si, sent in enumerate(sentences):
        while mi < len(mentions) and mentions[mi].end <= sent.start:
            mi += 1
        here = []
        j = mi
        while j < len(mentions) and mentions[j].start < sent.end:
            if mentions[j].end <= sent.end:
                here.append(mentions[j])
            j += 1
        window = [m for m in history if m.start >= sentences[max(0, si - LOOKBACK)].start]
        refs = _epithets(text, sent, lang, window + here, schema) if (window or here) else []
        if refs:
            taken = [(m.start, m.end) for m in here]
            refs = [r for r in refs if not any(a < r.end and r.start < b for a, b in taken)]
            here = sorted(here + refs, key=lambda m: (m.start, -m.end))
        carried = [m for k, p, m in reversed(subjects) if p == para[si] and k >= si - LOOKBACK]
        if here:
            subj_guess = _subject_of(here)
            subjects.append((si, para[si], subj_guess)) if subj_guess is not None else None
        history.extend(here)
        if len(history) > 200:
            del history[:100]
        if carried and not _NULL_SUBJECT.match(text, sent.start):
            carried = []
        if not here or (len({m.entity for m in here}) < 2 and not carried
                        and (topic is None or all(m.entity == topic.entity for m in here))):
            continue
        if is_heading(text, sent):
            continue  # a title or heading restates the body, which carries the evidence
        out.extend(_sentence_claims(text, sent, here, carried, cues, schema, lang, doc_date, topic))
    out = [c for c in out if c.score >= MIN_SCORE]
    out.sort(key=lambda c: (c.start, c.end, c.predicate))
    return out


def _sentence_claims(text, sent, here, carried, cues, schema, lang, doc_date, topic=None) -> list[CandidateClaim]:
    stoks = fold_tokens(text[sent.start:sent.end])
    stoks = [(t, a + sent.start, b + sent.start) for t, a, b in stoks]
    best: dict[tuple[str, str, str | None], CandidateClaim] = {}
    found = cues.scan(stoks) + _structural_cues(text, here, schema)
    attr_spans = [(s, e) for k, _, _, s, e in found if k == "attr"]
    quantities = find_quantities(text, sent.start, sent.end, lang)
    times = [t for t in find_time_expressions(text, sent.start, sent.end, doc_date) if t.date is not None]
    hinted = {p for q in quantities for p in UNIT_HINTS.get(q.unit, ())}
    source_pairs = _source_pairs(text, found, here)
    sources = {id(m) for *_, m in source_pairs}
    coord: dict[int, set[int]] = {}
    main = _subject_of(here)
    for kind, pname, phrase, cs, ce in found:
        if kind != "pred":
            continue
        if any(a <= cs and ce <= b for a, b in attr_spans):
            continue  # "secondo quanto riportato" is attribution, not a REPORTED cue
        pred = schema.predicates[pname]
        args = here if pname in ("REPORTED", "CITES") else [m for m in here if id(m) not in sources]
        subj = [m for m in args if any(m.fits(t) for t in pred.domain)]
        objs = [m for m in args if any(m.fits(t) for t in pred.range)]
        cue_word = text[cs:ce].split()[-1].lower() if text[cs:ce].split() else ""
        roles = {id(m): _role(text, cs, ce, cue_word, m) for m in here}
        scored = []
        for s in subj:
            srole = roles[id(s)]
            for o in objs:
                if s.entity == o.entity:
                    continue
                if s.nested and any(m is not s and m.start <= s.start and s.end <= m.end and not m.nested
                                    and m.entity != o.entity for m in subj):
                    continue  # "missili nordcoreani hanno causato": the missiles act, not their maker
                if s.start < o.end and o.start < s.end and pname not in NESTED_OK \
                        and not _names_its_product(pname, s, o):
                    continue  # "soldati nordcoreani" does not deploy to "nordcoreani"
                if pname not in APPOSITIVE and _cue_in_name(cs, ce, s, o, here):
                    continue  # the cue is part of a name ("test missilistici")
                if pname in APPOSITIVE and s.antecedent:
                    continue  # "il leader" standing for Kim says nothing new about whom he leads
                if cs < s.start and cs < o.start and srole is None \
                        and _CONJ.search(text, min(s.end, o.end), max(s.start, o.start)) \
                        and id(o) in coord.setdefault(id(s), {id(m) for m in _coordinated(text, s, here)}):
                    continue  # "sfidare gli Stati Uniti e la Corea del Sud": two objects, no subject
                ds = _distance(s.start, s.end, cs, ce)
                do = _distance(cs, ce, o.start, o.end)
                if pname in APPOSITIVE:  # "il presidente russo Vladimir Putin": the name may follow
                    penalty = 40 if o.end < cs and not (o.start < ce and cs < o.end) else 0
                    if ds > 25 and not (s.start < ce and cs < s.end):
                        penalty += 40  # a role noun qualifies the name next to it
                    if re.search(r"\s(?:e|ed|and)\s", text[min(s.end, cs):max(s.start, ce)] + " "):
                        penalty += 40  # "Kim e il presidente russo": the role belongs to the other name
                    bonus = 0
                elif srole in ("agent", "agent_np", "genitive", "between"):
                    # the subject is marked after the cue; the object follows it ("tra A e B",
                    # "il sostegno di A a B") or, for an agent, precedes the cue ("X analizzate da A")
                    if srole == "agent":
                        penalty = 0 if o.end <= cs else (15 if o.start > s.end else 40)
                    elif srole == "agent_np":  # "assistenza da parte di A a B"
                        penalty = 0 if o.start >= s.end else 15
                    else:
                        penalty = 0 if o.start >= s.end else 40
                    bonus = 30
                    ds = 0
                else:
                    penalty = (40 if s.start > cs else 0) + (40 if o.end < cs else 0) + (25 if s.start > o.start else 0)
                    if s.end <= cs and _PREPOSITION_BEFORE.search(text, max(0, s.start - 14), s.start):
                        penalty += 30  # "in Corea del Sud per colloqui": a prepositional phrase is no subject
                    if s.end <= cs and _APPOSITION_BEFORE.search(text, max(0, s.start - 40), s.start) \
                            and re.match(r"\s*,", text[s.end:s.end + 3]):
                        penalty += 30
                    bonus = 0
                    if s.end <= cs and _GERUND.search(cue_word) and s is main:
                        bonus = 30  # "Trump cambia tono ..., lodando X": a gerund shares the main clause's subject
                if roles[id(o)] in ("agent", "agent_np") and srole not in ("agent", "agent_np"):
                    penalty += 40  # the agent of a passive is not its object
                score = 100 - (ds + do) / 4 - penalty + bonus + 8 * (len(phrase.split()) - 1)
                lo, hi = min(s.start, o.start, cs), max(s.end, o.end, ce)
                # other cues of the same predicate inside the span agree with this one
                score += 6 * sum(1 for k, n, _, a, b in found
                                 if k == "pred" and n == pname and lo <= a and b <= hi and a != cs)
                if pname in hinted:
                    score += 15
                scored.append((score, s, o))
        # implicit subject: nothing before the cue can be the subject -> the subject of a recent sentence
        if carried and pname not in APPOSITIVE and not any(
                s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj):
            s = next((m for m in carried if any(m.fits(t) for t in pred.domain)), None)
            if s is not None:
                for o in objs:
                    if o.entity == s.entity or o.end < cs or roles[id(o)] in ("agent", "agent_np") \
                            or (o.start < ce and cs < o.end):
                        continue
                    do = _distance(cs, ce, o.start, o.end)
                    score = 100 - (cs - sent.start) / 4 - do / 4 - 30 + 8 * (len(phrase.split()) - 1)
                    if pname in hinted:
                        score += 15
                    ref = replace(s, nested=False, alternatives=(), antecedent=s.text, carried=True)
                    scored.append((score, ref, o))
        # no subject at all: the article's main actor, for a cue with an object right after it
        # ("un passo verso la collaborazione militare con la Russia")
        if not scored and topic is not None and pname not in APPOSITIVE \
                and any(topic.fits(t) for t in pred.domain) \
                and not any(s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj):
            for o in objs:
                do = _distance(cs, ce, o.start, o.end)
                if o.entity == topic.entity or o.start < ce or do > 40 or roles[id(o)] in ("agent", "agent_np"):
                    continue
                ref = replace(topic, start=cs, end=cs, nested=False, alternatives=(), carried=True, topic=True)
                scored.append((100 - do / 4 - 50 + 8 * (len(phrase.split()) - 1), ref, o))
        if not scored:
            continue
        score, s0, o0 = max(scored, key=lambda x: x[0])
        pairs = [(s, o0) for s in _coordinated(text, s0, subj)] if not s0.carried else [(s0, o0)]
        pairs += [(s0, o) for o in _coordinated(text, o0, objs) if o is not o0]
        if roles.get(id(s0)) == "between" or _RECIPROCAL.search(text[cs:min(sent.end, ce + 40)]):
            if not s0.carried and any(s0.fits(t) for t in pred.range) \
                    and any(o0.fits(t) for t in pred.domain) and _RECIPROCAL.search(text[cs:min(sent.end, ce + 40)]):
                pairs.append((o0, s0))  # "scambi di messaggi tra A e B": both directions
        if pname in _STATE_ACTS:
            pairs = [(_state_of(s, here), o) for s, o in pairs]
        for s, o in pairs:
            if s.entity == o.entity:
                continue
            if s.carried:
                start, end = _whole_words(text, min(o.start, cs), max(o.end, ce))
            else:
                start, end = _whole_words(text, min(s.start, o.start, cs), max(s.end, o.end, ce))
            key = (s.entity, o.entity, None)
            c = CandidateClaim(s.entity, pname, o.entity, text[start:end], start, end, sent.start, sent.end,
                               phrase, score)
            for m, what in ((s, "subject"), (o, "object")):
                if m.antecedent:
                    c.notes.append(f"{what} {m.entity!r} " + (f"carried over from an earlier sentence ({m.antecedent!r})"
                                   if m.carried else f"from the epithet {m.text!r} (refers to {m.antecedent!r})"))
                elif m.topic:
                    c.notes.append(f"{what} {m.entity!r} is implicit: the article's main actor, named {m.text!r}")
            if key not in best or best[key].score < score:
                best[key] = c
    for c in _citations(text, sent, found, here, schema, source_pairs):
        best.setdefault((c.subject, c.object, None), c)
    for c in best.values():
        _qualify(c, found, here, quantities, times)
    return list(best.values())


def _qualify(c: CandidateClaim, found, here, qs, times) -> None:
    """Attach hedging, attribution, quantity, date and item to a claim from its sentence."""
    c.hedged = any(kind == "hedge" for kind, *_ in found)
    c.attributed_to, c.attribution_cue, c.attribution_span = _attribution(found, here, c.subject, c.object)
    if qs:
        q = min(qs, key=lambda q: _distance(q.start, q.end, c.start, c.end))
        if _distance(q.start, q.end, c.start, c.end) < 60:
            c.quantity, c.quantity_bound, c.unit = q.value, q.bound, q.unit
    if times:
        t = min(times, key=lambda t: _distance(t.start, t.end, c.start, c.end))
        setattr(c, t.role, t.date)
        c.date_text = t.text
        if t.relative:
            c.notes.append(f"date {t.text!r} resolved against the document date")
    items = [m for m in here if m.entity not in (c.subject, c.object)
             and (m.fits("WeaponSystem") or m.fits("Programme"))]
    if items and c.predicate in ("SUPPLIES", "PROVIDES_IN_RETURN", "OBLIGATES", "DEPLOYED_TO", "SUPPORTS"):
        c.item = min(items, key=lambda m: _distance(m.start, m.end, c.start, c.end)).entity
