"""States that act through their forces, and nationality adjectives that stand for states.

"Soldati nordcoreani" deployed somewhere are North Korea's act; "il leader nordcoreano" and
"North Korean troops" name the state as a party, "the North Korean people" does not. These
helpers say which force or demonym stands for which state, when a force noun cues a
deployment by itself (``troop_presence``), when a passive leaves the sender to the article's
main actor, and when a transfer is paid for the other side's forces.
"""

from __future__ import annotations

import functools
import re

from .arguments import EN_PARTICIPLES, PARTICIPLE_ENDING
from .lang import LANGUAGES, alternation, words
from .ruledata import ExtractionRules

__all__ = [
    "demonym_stands",
    "force_owner",
    "force_patterns",
    "force_theme_before",
    "names_forces",
    "nominal_demonym",
    "paid_for_forces",
    "passive_forces",
    "qualifies_force",
    "state_of",
    "troop_presence",
]


def state_of(m, here):
    """The state a force or a demonym is named after ("soldati nordcoreani" -> North Korea), else *m*."""
    if m.antecedent or not (m.fits("MilitaryUnit") or m.fits("Person")):
        return m
    return next((n for n in here if n.fits("Country") and m.start <= n.start and n.end <= m.end and n is not m), m)


_FORCES_RX: dict[str, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


@functools.cache
def _force_nouns(lang: str) -> frozenset[str]:
    return frozenset(f.lower() for f in words(lang).FORCE_NOUNS)


@functools.cache
def _force_noun_rx(lang: str) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(words(lang).FORCE_NOUNS)})\b", re.IGNORECASE)


def names_forces(text: str, start: int, end: int, lang: str) -> bool:
    """True when ``text[start:end]`` names forces ("soldati", "troops").

    >>> names_forces("Kim ha inviato 10.000 soldati.", 0, 29, "it"), names_forces("Putin è arrivato.", 0, 17, "it")
    (True, False)
    """
    return _force_noun_rx(lang).search(text, start, end) is not None


def force_owner(text: str, phrase: str, ce: int, here, lang: str):
    """Rule ``force_owner`` (round 37): the demonym right after a force noun cue ("l'invio di
    truppe nordcoreane", "soldati nordcoreani") names whose force it is, so it is the cue's only
    subject; None when the cue is no force noun or no demonym follows it at once."""
    if phrase.lower() not in _force_nouns(lang):
        return None
    return next(
        (m for m in here if getattr(m, "demonym", False) and m.start >= ce and not text[ce : m.start].strip()),
        None,
    )


def troop_presence(
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


def force_patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A force or leading-role noun right after / right before a demonym ("il leader nordcoreano"),
    and a force a few words after a cue ("ha inviato migliaia di soldati", "sent 10,000 troops")."""
    if lang not in _FORCES_RX:
        w = words(lang)
        forces = alternation((*w.FORCE_NOUNS, *w.LEADING_ROLES))
        people = alternation(w.FORCE_NOUNS)
        _FORCES_RX[lang] = (
            re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{forces})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{forces})\s+(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE),
            re.compile(
                rf"\s+(?:\S+\s+){{0,4}}?(?:{people})\b", re.IGNORECASE
            ),  # round 71: "in Russia migliaia di militari"
        )
    return _FORCES_RX[lang]


def nominal_demonym(text: str, m, lang: str) -> bool:
    """Rule ``nominal_demonym`` (round 49): a plural demonym after an article and before no noun
    names a people as a side ("al fianco dei russi", "contro gli ucraini"): in a state's act it
    stands for the state. Only where the language puts an article before it and its adjective
    after the noun (Italian: ``NOMINAL_DEMONYM_BEFORE``).

    >>> from types import SimpleNamespace as M
    >>> t = "hanno combattuto al fianco dei russi contro le forze ucraine"
    >>> nominal_demonym(t, M(start=31, end=36, text="russi"), "it")
    True
    >>> nominal_demonym("i soldati russi combattono", M(start=10, end=15, text="russi"), "it")
    False
    """
    before = getattr(words(lang), "NOMINAL_DEMONYM_BEFORE", None)
    if before is None or not m.text.islower() or not m.text.endswith(("i", "e")):
        return False
    if not before.search(text, max(0, m.start - 12), m.start):
        return False
    return (
        re.match(r"\s*(?:[,.;:)»\"”]|$|(?:contro|nella|nel|in|a|che|e|per|durante|con)\b)", text[m.end : m.end + 12])
        is not None
    )


def state_territory(text: str, m, lang: str) -> bool:
    """Rule ``state_territory`` (round 45): a demonym naming a state's land ("Russian territory",
    "on Russian soil", "in territorio russo", "sul suolo russo") stands for the state as a place.

    >>> class M: start, end = 3, 10
    >>> state_territory("on Russian soil", M, "en"), state_territory("on Russian oil", M, "en")
    (True, False)
    """
    return _qualifies(text, m, lang, "TERRITORY_NOUNS")


def state_capital(text: str, m, lang: str) -> bool:
    """Rule ``state_capital`` (round 75): a demonym naming a state's capital ("the North Korean
    capital", "la capitale nordcoreana") stands for the state as the place an act goes to.

    >>> class M: start, end = 15, 27
    >>> state_capital("a visit to the North Korean capital", M, "en"), state_capital("a visit to the North Korean port", M, "en")
    (True, False)
    """
    return _qualifies(text, m, lang, "CAPITAL_NOUNS")


def _qualifies(text: str, m, lang: str, nouns_name: str) -> bool:
    after, rx, reach = _territory_rx(lang, nouns_name)
    if after:  # English: the noun after the adjective
        return rx.match(text[m.end : m.end + reach]) is not None
    return rx.search(text[max(0, m.start - reach) : m.start]) is not None


@functools.cache
def _territory_rx(lang: str, nouns_name: str = "TERRITORY_NOUNS") -> tuple[bool, re.Pattern, int]:
    """Whether the language names the land after its adjective, the pattern of the noun, and how
    far from the adjective to read for it (round 147: the longest noun and its spaces, at least 16,
    so "immigration authorities" and "autorità marittime" fit)."""
    w = words(lang)
    listed = getattr(w, nouns_name)
    nouns = alternation(listed)
    reach = max(16, max(map(len, listed)) + 3)
    if w.COMPOUND_HEAD == "last":
        return True, re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE), reach
    return False, re.compile(rf"\b(?:{nouns})\s+\Z", re.IGNORECASE), reach


@functools.cache
def _place_noun_before(lang: str) -> re.Pattern:
    """A place noun right before a demonym ("regione russa", "porto nordcoreano")."""
    return re.compile(rf"\b(?:{alternation(words(lang).PLACE_NOUNS)})\s+\Z", re.IGNORECASE)


def qualifies_force(text: str, m, lang: str, cs: int, ce: int) -> bool:
    """Rule ``force_is_no_destination`` (round 26): a demonym that qualifies the force a verb of
    sending takes as its object ("stationed about 12,000 North Korean troops", "schieri cinque
    unità nordcoreane") names whose force is sent, never where it goes; a force after a preposition
    ("to fight alongside Russian forces") is another matter."""
    after, before, _ = force_patterns(lang)
    if m.end <= cs:
        # round 28: before the verb ("unità nordcoreane schierate dalla Russia"): the force's own state
        return bool(after.match(text, m.end, m.end + 40) or before.search(text, max(0, m.start - 40), m.start))
    if not (ce <= m.start and m.start - ce <= 30) or words(lang).ARGUMENT_PREPOSITION.search(text, ce, m.start):
        return False
    return bool(after.match(text, m.end, m.end + 40) or before.search(text, max(ce, m.start - 40), m.start))


def demonym_stands(text: str, m, lang: str, cs: int, ce: int, forces_act: bool, as_object: bool = False) -> bool:
    """Whether a nationality adjective may stand for its state as an argument of a cue at ``cs:ce``.

    Only where the adjective says who acts or is acted on: it qualifies a force or a leader
    ("North Korean troops", "soldati nordcoreani", "il leader nordcoreano"; when *forces_act*, the
    predicate is one a state carries out through them) or the cue noun itself ("il sostegno russo", "Russian support"). "The North
    Korean people", "Russian oil" and "a South Korean lawmaker" name no state as a party.
    """
    if cs <= m.start and m.end <= ce:
        return True  # the cue names it: "regione russa di"
    if as_object and forces_act and state_territory(text, m, lang):
        return True  # round 45: "sent troops to Russian soil", "in territorio russo": the state as a place
    if as_object and state_capital(text, m, lang):
        return True  # round 75: "la sua visita nella capitale nordcoreana": the state as a place
    if as_object and _qualifies(text, m, lang, "PORT_NOUNS"):
        return True  # round 108 (`state_port`): "shipped coal to Russian ports": the state as a place
    if forces_act and nominal_demonym(text, m, lang):
        return True  # round 49: "al fianco dei russi": the people named by their adjective, the state's side
    if _place_noun_before(lang).search(text, max(0, m.start - 24), m.start):
        return False  # rule demonym_of_place: "la regione russa di Kursk, dove combattono": it qualifies the place
    if not as_object and _qualifies(text, m, lang, "STATE_ORGANS"):
        return True  # rule state_organ (round 101): "Russian authorities summoned", "le autorità russe"
    if forces_act:
        after, before, _ = force_patterns(lang)
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
    if as_object and not forces_act and m.start >= ce:
        # round 57: "ha elogiato il valore dei militari nordcoreani": the force after the cue a
        # person praises or condemns is its state's (an object of its own, not the cue's owner)
        force = force_patterns(lang)[1].search(text, max(ce, m.start - 40), m.start)
        if force is not None and force.start() >= ce:
            return True
    if as_object:
        return False  # "il supporto russo": Russia supports, it is not supported
    gap_after, gap_before = text[m.end : cs], text[ce : m.start]
    return (m.end <= cs and re.fullmatch(r"\s*", gap_after) is not None) or (
        m.start >= ce and re.fullmatch(r"\s*", gap_before) is not None
    )


_PASSIVE_RX: dict[str, re.Pattern] = {}


def passive_forces(text: str, clause0: int, cs: int, cue_word: str, lang: str) -> bool:
    """True when the cue is a passive participle whose subject is a force with no state named
    ("troops have been sent", "soldati sono stati schierati"): nobody in the clause did it."""
    if cue_word not in EN_PARTICIPLES and not PARTICIPLE_ENDING.search(cue_word):
        return False
    if lang not in _PASSIVE_RX:
        w = words(lang)
        forces = alternation(w.FORCE_NOUNS)
        _PASSIVE_RX[lang] = re.compile(
            rf"\b(?:{forces})\b[^,;:]{{0,30}}?\b(?:{w.PASSIVE_AUX})\s+(?:\w+\s+)?\Z", re.IGNORECASE
        )
    return bool(_PASSIVE_RX[lang].search(text, max(clause0, cs - 80), cs))


def force_theme_before(text: str, cs: int, lang: str) -> bool:
    """Rule ``force_theme_before`` (round 39): the force the cue sends stands before it, as the
    noun a participle or a relative clause qualifies ("i soldati inviati da Pyongyang", "i
    soldati che Pyongyang ha mandato in Russia", "the soldiers Pyongyang has sent"): people
    were sent, nothing was supplied."""
    if lang not in _THEME_RX:
        w = words(lang)
        forces = alternation(w.FORCE_NOUNS)
        rel = alternation(w.RELATIVE_PRONOUNS)
        _THEME_RX[lang] = re.compile(
            # round 62: a relative clause's subject may take five words ("che la Corea del Nord ha")
            rf"\b(?:{forces})\b(?:\s+[^\W\d_]+)??\s+(?:(?:{rel})\s+(?:[^\W\d_]+\s+){{0,5}}?|(?:[^\W\d_]+\s+){{0,3}}?)\Z",
            re.IGNORECASE,
        )
    # from before the clause (a relative clause opens one, and the force stands before it), not
    # from the line before
    return bool(_THEME_RX[lang].search(text, max(text.rfind("\n", 0, cs) + 1, cs - 60), cs))


_THEME_RX: dict[str, re.Pattern] = {}


def paid_for_forces(text: str, cue_end: int, frame, lang: str) -> bool:
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
