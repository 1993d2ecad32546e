"""How a mention takes part in the act a cue names (general Italian / English syntax).

The marks of an argument after a cue (an agent after "da" / "by", a genitive, "tra A e B"),
whether a cue word reads as a participle, the names a coordination joins ("A e B"), and the
argument checks of single rules: a meeting cue between two people (``person_cue``), a launch
aimed at a place (``not_if_aimed``), the partners of a joint act, the asserter as the subject
of its own reported clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from .lang import LANGUAGES, alternation, phrase_before_rx, words

__all__ = [
    "EN_PARTICIPLES",
    "GENITIVE_LINK",
    "OPTIONAL_ARTICLE",
    "PARTICIPLE_ENDING",
    "PREPOSITION_BEFORE",
    "RECEIVE_VERB",
    "agent_after_place",
    "aimed_at_place",
    "argument_role",
    "cause_first",
    "coordinated_mentions",
    "done_participle_after",
    "enemy_before",
    "goods_word",
    "joint_partners",
    "people_before_cue",
    "people_cue_pair",
    "person_cue_pair",
    "preposition_before",
    "reads_as_participle",
    "speaker_subject",
]

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
    # round 153: the preposition repeated ("con il premier X e con il vicepremier Y")
    r"\s*,?\s*(?:e|ed|and)\s+(?:(?:con|with)\s+)?(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?(?:"
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
    # round 153: after a conjunction, the preposition repeated ("con X e con Y")
    r"\s*(?:,|(?:e|ed|and|o|or|né|nor|as\s+well\s+as)(?:\s+(?:con|with))?)\s+(?:(?:il|lo|la|i|gli|le|the|l['’])\s*)?\Z",
    re.IGNORECASE,
)


def coordinated_mentions(
    text: str, head, pool, counts: Sequence[tuple[int, int]] = (), link: re.Pattern | None = None
) -> list:
    """*head* and the mentions coordinated with it ("gli Stati Uniti e la Corea del Sud").

    A parenthesis may sit between them ("KN-23 (Hwasong-11A) e KN-24"). Names joined by
    commas only are an apposition, not a list ("il leader della Corea del Nord, Kim
    Jong-un, ha ..."), so a chain counts only when a conjunction closes it. Text inside
    *counts* (the spans of quantities, with their bound) is left out of the gap between two
    names, so each item of a list may carry its own count ("9 milioni di proiettili e oltre 100
    missili"). A gap *link* matches whole joins two names as well (the wider joins of a list of
    goods, see :func:`graph.extract.items.claims_per_item`).
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
                    gap = " e "  # the two halves of one pair phrase ("i due paesi"), see resolved_epithets
                if m.entity == cur.entity and re.fullmatch(r"[\s,]*", gap):
                    nxt = m  # a title and its name ("il leader nordcoreano Kim Jong Un"): one mention
                    break
                joined = (len(gap) < 12 and _COORD.match(gap)) or _COORD_TITLE.fullmatch(gap)
                if (joined or (link is not None and link.fullmatch(gap))) and m.entity not in {g.entity for g in group}:
                    nxt = m
                    joins.append(gap.strip(" ,"))
                    break
            if nxt is None:
                break
            if nxt.entity != cur.entity:
                group.append(nxt)
            cur = nxt
    return group if any(joins) else [head]


# -- argument marking around a cue (general Italian / English syntax) ----------------------
#: An optional article before a name ("il", "l'", "un", "the", "a" ...).
OPTIONAL_ARTICLE = r"(?:(?:il|lo|la|i|gli|le|l['’]|un|una|uno|un['’]|the|a|an)\s*)?"
_MOD = r"(?:\s+[^\W\d_]+){0,2}?"  # up to two modifiers after a cue noun ("sostegno militare reciproco")
#: "analizzate dal Center ...", "proclamato da Putin", "da parte della Corea del Nord", "by ISW"
_AGENT_PART = re.compile(
    _MOD + r"\s+(?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|by)\s*" + OPTIONAL_ARTICLE + r"\Z", re.IGNORECASE
)


def _after_adjuncts(marker: str) -> re.Pattern:
    """Up to three short time or place adjuncts (a preposition of ``ADJUNCT_OPENERS``, no
    punctuation) and then *marker* with its article, at the end of a gap."""
    openers = alternation(w for m in LANGUAGES.values() for w in m.ADJUNCT_OPENERS)
    return re.compile(
        rf"(?:\s+(?:{openers})\b[^,;:.()\n]{{1,25}}?){{1,3}}\s+(?:{marker})\s*" + OPTIONAL_ARTICLE + r"\Z",
        re.IGNORECASE,
    )


#: Round 132 (`done_by`): a participle of doing right after an act noun ("la visita compiuta",
#: "the visit paid"), whose agent after "da" / "by" did the act; time words may stand between.
_DONE_PARTICIPLE = re.compile(
    rf"\s+(?:{alternation(w for m in LANGUAGES.values() for w in m.DONE_PARTICIPLES)})\b"
    rf"(?:\s+[^\W\d_]+\s+(?:{alternation(w for m in LANGUAGES.values() for w in m.AGO_UNITS)})"
    rf"\s+(?:{alternation(w for m in LANGUAGES.values() for w in m.AGO_WORDS)})\b)?",
    re.IGNORECASE,
)


def done_participle_after(text: str, ce: int) -> bool:
    """True when a participle of doing follows the act noun ending at *ce* ("la visita compiuta",
    "the visit paid"): its agent comes after the act's place (rule ``done_by``, round 132).

    >>> done_participle_after("la visita compiuta in Russia da Kim", 9), done_participle_after("la visita in Russia", 9)
    (True, False)
    """
    return _DONE_PARTICIPLE.match(text, ce) is not None


#: Round 15 (``participle_agent``): a participle's agent after time and place adjuncts ("firmato due
#: giorni prima a Pyongyang da X", "signed in June in Pyongyang by X").
_AGENT_AFTER_ADJUNCTS = _after_adjuncts(r"da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|by")
_AGENT_ANY = re.compile(
    r"(?:\s+[^\W\d_]+){0,4}?\s+da\s+parte\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’])\s*"
    + OPTIONAL_ARTICLE
    + r"\Z",
    re.IGNORECASE,
)
#: "il sostegno di Pyongyang", "la collaborazione della Cina", "the support of Russia"
#: A genitive preposition, with its elided forms ("del", "dell'", "of").
GENITIVE_LINK = r"(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of)"
_GENITIVE = re.compile(_MOD + rf"\s+{GENITIVE_LINK}\s*" + OPTIONAL_ARTICLE + r"\Z", re.IGNORECASE)
#: Round 143 (`target_link`): the words before a genitive link that make it the measure's target.
_TARGET_LINK = re.compile(
    rf"\b(?:{alternation(t for m in LANGUAGES.values() for t in m.TARGET_LINKS)})\s+{GENITIVE_LINK}", re.IGNORECASE
)
#: Round 113 (`titled_genitive`): a genitive whose person keeps a title ("un messaggio del presidente
#: Vladimir Putin", "a letter of Russian President X"): the person owns the cue noun all the same.
_GENITIVE_TITLED = re.compile(
    _MOD
    + rf"\s+{GENITIVE_LINK}\s*"
    + OPTIONAL_ARTICLE
    + "(?:"
    + _TITLE_WORD
    + "){0,2}(?:"
    + "|".join(map(re.escape, _ROLE_NOUNS))
    + r")\s+(?:"
    + _TITLE_WORD
    + r"){0,2}\Z",
    re.IGNORECASE,
)
#: "colloqui tra Pechino e Washington", "relations between A and B"
_BETWEEN = re.compile(_MOD + r"\s+(?:tra|fra|between)\s*" + OPTIONAL_ARTICLE + r"\Z", re.IGNORECASE)
#: Round 48: a cue noun's agent after its place ("the visit to Pyongyang by X", "a trip to Moscow
#: by X"): the place between names where, "by" who.
_AGENT_AFTER_PLACE = re.compile(
    r"\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"  # the place: a name
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+(?:\s+\d{1,2})?)?"  # a time adjunct ("on June 4")
    r"\s+by\s*"
    + OPTIONAL_ARTICLE
    # round 108: a title may open the agent's phrase ("by Moscow Mayor X", "by Russian Foreign Minister X")
    + r"(?:[A-Z][\w'’.-]*\s+){0,3}"
)


def agent_after_place(text: str, ce: int, start: int) -> bool:
    """True when ``text[ce:start]`` is a place phrase ending in "by" (round 48: "the visit to
    Pyongyang by X"): the name at *start* is the agent of the cue noun ending at *ce*."""
    return _AGENT_AFTER_PLACE.fullmatch(" " + text[ce:start]) is not None


#: Round 45: "talks in Pyongyang on Wednesday between A and B", "colloqui a Mosca tra A e B": a
#: place or time adjunct may stand between the cue noun and "between".
_BETWEEN_AFTER_ADJUNCTS = _after_adjuncts(r"tra|fra|between")
#: Verbs of origin whose source follows "da": "provenga dalla Corea del Nord" (the source supplies).
_FROM_VERB = re.compile(r"(?:proven|provien|arriv|giung)\w*\Z|comes?\Z|came\Z", re.IGNORECASE)
_RECEIVE_STEMS = "(?:" + "|".join(m.RECEIVE_STEMS for m in LANGUAGES.values()) + ")"
#: Verbs of receiving: the giver, after "from" / "da", is the one who supplies.
RECEIVE_VERB = re.compile(_RECEIVE_STEMS + r"\w*\Z", re.IGNORECASE)
#: Round 95: in a transfer, the English agent of a verb of receiving ("obtained by X") is who
#: receives (a meeting's "was received by X" names the host, an agent).
_BY_AGENT = re.compile(_MOD + r"\s+by\s*" + OPTIONAL_ARTICLE + r"\Z", re.IGNORECASE)
#: Round 92 (rule ``received_from``): a cue noun a verb of receiving governs ("received a message of
#: congratulations from X", "ha ricevuto un messaggio da X"): the name after "from" gave it.
_RECEIVED_BEFORE = re.compile(_RECEIVE_STEMS + r"\w*\s+(?:[^\W\d_]+\s+){0,4}\Z", re.IGNORECASE)
#: Round 130 (`bought_in`): verbs of buying, and the state named after "in" past the goods
#: ("ha acquistato elicotteri in Uzbekistan", "componenti acquistati in Russia", "bought tanks in X").
_PURCHASE_VERB = re.compile("(?:" + "|".join(m.PURCHASE_STEMS for m in LANGUAGES.values()) + r")\w*\Z", re.IGNORECASE)
_IN_AFTER_GOODS = re.compile(r"(?:\s+[\w'’-]+){0,7}?\s+in\s*\Z", re.IGNORECASE)
#: Round 22 (rule ``goods_then_giver``): after a verb of receiving, what is received may take up
#: to seven words before its giver ("is buying millions of artillery shells and rockets from X").
_FROM_AFTER_GOODS = re.compile(
    r"(?:\s+[\w'’-]+){0,7}?\s+(?:from|da|dal|dallo|dalla|dai|dagli|dalle|dall['’])\s*" + OPTIONAL_ARTICLE + r"\Z",
    re.IGNORECASE,
)


@functools.cache
def goods_word(units: frozenset[str]) -> re.Pattern:
    """A noun, in any language, of the *units* what a transfer names is counted in."""
    nouns = sorted({re.escape(k) for m in LANGUAGES.values() for k, u in m.UNITS.items() if u in units})
    return re.compile(r"\b(?:" + "|".join(nouns) + r")(?!\w)", re.IGNORECASE) if nouns else re.compile(r"(?!)")


_FROM_AGENT = re.compile(
    _MOD + r"\s+(?:from|da|dal|dallo|dalla|dai|dagli|dalle|dall['’])\s*" + OPTIONAL_ARTICLE + r"\Z", re.IGNORECASE
)
#: Participles after which "from" names a place, not who acts ("withdrawn from", "expelled from").
_PLAIN_FROM = frozenset(("withdrawn", "expelled", "evacuated", "released", "removed", "ritirati", "espulsi"))
#: The ending of a past participle: Italian -ato / -ito / -uto (any gender, number), English -ed / -en.
PARTICIPLE_ENDING = re.compile(r"(?:at|it|ut)[oaie]\Z|(?:ed|en)\Z")
#: A preposition (with its article) right before a name: a name inside a prepositional phrase.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|a|ad|al|allo|alla|ai|agli|alle|all['’]|da|dal|dallo|dalla|dai|dagli|dalle|dall['’]|con|col|per|su|sul|"
    r"sulla|sui|sugli|sulle|sull['’]|verso|contro|tra|fra|nel|nello|nella|nei|negli|nelle|nell['’]|to|at|from|with|"
    r"on|into|against|through|via|tramite|attraverso)\s*(?:(?:il|lo|la|i|gli|le|l['’]|the)\s*)?"
    r"(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+)?\Z",
    re.IGNORECASE,
)  # "in Russia's Far East": a possessive may stand between the preposition and the name


def preposition_before(text: str, lo: int, start: int, lang: str) -> bool:
    """True when a preposition opens the phrase of the name at *start* (searched from *lo*).

    Rule ``english_article`` (round 129): where the language's "a" is an article
    (``PREPOSITION_BEFORE_ARTICLE``), "A North Korean delegation" opens a noun phrase; the phrase
    is prepositional only after a preposition ("spoke at a Freedonia meeting").

    >>> preposition_before("A Freedonia delegation arrived", 0, 2, "en"), preposition_before("A Lina Kim arrivò", 0, 2, "it")
    (False, True)
    """
    m = PREPOSITION_BEFORE.search(text, lo, start)
    article = words(lang).PREPOSITION_BEFORE_ARTICLE if lang else None
    if m is not None and article is not None and m[0].split()[0].lower() == "a":
        return article.search(text, lo, start) is not None
    return m is not None


#: A determiner right before a cue makes it a noun ("la visita di Putin", not a participle).
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:il|lo|la|i|gli|le|un|una|uno|del|della|dello|dei|degli|delle|al|alla|nel|nella|sul|sulla|questa|"
    r"questo|sua|suo|the|a|an|this|its|his|her|their)\s+|\b(?:l|dell|all|nell|un|sull)['’]\s*)\Z",
    re.IGNORECASE,
)
#: English past participles without -ed / -en ("sent by", "sold to"), from the language's irregular forms.
EN_PARTICIPLES = frozenset(words("en").IRREGULAR)
#: Past participles no regular ending shows: the English irregular forms and (round 150) the
#: Italian ones ("accolto").
IRREGULAR_PARTICIPLES = EN_PARTICIPLES | frozenset(words("it").IRREGULAR_PARTICIPLES)


def reads_as_participle(text: str, cs: int, cue_word: str) -> bool:
    """True when the cue word reads as a past participle ("inviati da", "supplied by", "sent by")."""
    if _DETERMINER_BEFORE.search(text, max(0, cs - 12), cs):
        return False
    if any(m.PARTICIPLE_LOOKING_NOUNS.match(cue_word) for m in LANGUAGES.values()):
        return False  # round 31: "soldati nordcoreani": a noun, its demonym qualifies it
    return bool(PARTICIPLE_ENDING.search(cue_word)) or cue_word in IRREGULAR_PARTICIPLES


def argument_role(
    text: str, cs: int, ce: int, cue_word: str, m, goods: re.Pattern | None = None, transfer: bool = False
) -> str | None:
    """How mention *m* after a cue ending at *ce* is marked: ``agent``, ``genitive``, ``between`` or None.

    *transfer*: the cue's predicate moves goods, so the agent of a verb of receiving receives."""
    if m.start < ce or m.start - ce > 60:
        return None
    participle = reads_as_participle(text, cs, cue_word)
    gap = " " + text[ce : m.start]
    if "\n" in gap or any(ch in gap for ch in ".;:"):
        return None
    if _AGENT_ANY.match(gap):
        return "agent_np"
    if not participle and agent_after_place(text, ce, m.start):
        return "agent_np"  # round 48: "Tuesday's visit to Pyongyang by Sergei Shoigu"
    if transfer and RECEIVE_VERB.match(cue_word) and _BY_AGENT.match(gap):
        return None  # round 95: "the wording, obtained by the Associated Press": who receives, not who gives
    if (participle or _FROM_VERB.match(cue_word)) and _AGENT_PART.match(gap):
        return "agent"
    done = _DONE_PARTICIPLE.match(gap)
    if done is not None and (_AGENT_PART.match(gap, done.end()) or _AGENT_AFTER_ADJUNCTS.match(gap, done.end())):
        return "agent"  # round 132 (`done_by`): "la visita compiuta un anno fa in Russia da X", "the visit paid by X"
    if participle and _AGENT_AFTER_ADJUNCTS.match(gap):
        return "agent"  # rule participle_agent: "il trattato firmato a giugno a Lina da X", "signed in May by X"
    if (RECEIVE_VERB.match(cue_word) or (participle and cue_word not in _PLAIN_FROM)) and _FROM_AGENT.match(gap):
        return "agent"  # "received mortars from Freedonia", "shells are shipped from Pyongyang to Moscow"
    if _FROM_AGENT.match(gap) and _RECEIVED_BEFORE.search(text, max(0, cs - 60), cs):
        return "agent"  # round 92: "received a message of congratulations from X"
    if goods is not None and RECEIVE_VERB.match(cue_word) and _FROM_AFTER_GOODS.match(gap) and goods.search(gap):
        return "agent"  # round 22: "is buying millions of artillery shells and rockets from X"
    # round 130 (`bought_in`): "acquistato missili in Uzbekistan": the state it was bought in sold it
    if (
        goods is not None
        and _PURCHASE_VERB.match(cue_word)
        and m.fits("Country")
        and _IN_AFTER_GOODS.match(gap)
        and (goods.search(gap) or gap.split() == ["in"])
    ):
        return "agent"
    if not gap.strip() and m.text[:1].islower() and not participle:
        return "genitive"  # a nationality adjective after a cue noun: "il supporto russo"
    if len(gap) <= 30 and (
        _BETWEEN.match(gap)
        or (cue_word in ("tra", "fra", "between") and re.fullmatch(r"\s*" + OPTIONAL_ARTICLE, gap, re.IGNORECASE))
    ):
        return "between"  # "relazioni tra A e B", the cue ending with "tra"
    if not participle and _BETWEEN_AFTER_ADJUNCTS.fullmatch(gap):
        return "between"  # round 45: "talks in Pyongyang on Wednesday between A and B"
    if len(gap) <= 30 and not participle and _GENITIVE.match(gap) and not _finite_verb(cue_word):
        if _TARGET_LINK.search(gap):
            return None  # round 143 (`target_link`): "misure restrittive nei confronti di Pyongyang"
        return "genitive"  # a genitive needs a cue noun: "combattono al fianco delle forze russe" has none
    if (
        len(gap) <= 50
        and not participle
        and m.fits("Person")
        and _GENITIVE_TITLED.match(gap)
        and not _finite_verb(cue_word)
    ):
        return "genitive"  # round 113 (`titled_genitive`): "un messaggio del presidente Vladimir Putin"
    return None


def _finite_verb(cue_word: str) -> bool:
    """True when the cue word reads as a finite verb of its language ("combattono", "inviavano")."""
    return any(m.FINITE_VERB.search(cue_word) for m in LANGUAGES.values())


def people_cue_pair(text: str, cs: int, ce: int, s, o, lang: str) -> bool:
    """Rule ``people_cue`` (round 115): a cue such as "work in" holds for a state whose people the
    plural of its adjective names right before it ("about 4,000 North Koreans work in the Russian Far
    East", "i nordcoreani impiegati in Russia"), with the place right after it."""
    if not (s.demonym and s.text.endswith(("s", "i", "e"))):
        return False
    w = words(lang)
    if o.end <= cs < ce <= s.start:
        # round 124 (`people_after_cue`): the place first, right before the verb, and the people
        # after it ("in Russia lavorano ancora circa 35.000 nordcoreani"; PEOPLE_AFTER_CUE)
        return (
            w.PEOPLE_AFTER_CUE is not None
            and not text[o.end : cs].strip()
            and bool(w.PLACE_PREPOSITION_BEFORE.search(text, max(0, o.start - 8), o.start))
            and bool(w.PEOPLE_AFTER_CUE.fullmatch(text, ce, s.start))
        )
    if not (s.end <= cs and ce <= o.start <= ce + 40):
        return False
    if not w.PEOPLE_BEFORE_CUE.fullmatch(text, s.end, cs):
        return False
    return not re.search(r"[,;:.]", text[ce : o.start])


def people_before_cue(text: str, cs: int, s, lang: str) -> bool:
    """Rule ``people_act`` (round 120): a state whose people the plural of its adjective names right
    before a cue of their own acts ("about 5,000 Russians visited North Korea", "circa 300 nordcoreani
    sono entrati in Russia"): the people's act is told of their state. Where the plural is also an
    adjective after a noun (Italian "i soldati nordcoreani"), an article or a number must open it
    (``PEOPLE_OPENER``)."""
    if not (s.demonym and s.end <= cs and s.text.endswith(("s", "i", "e"))):
        return False
    w = words(lang)
    if not w.PEOPLE_BEFORE_CUE.fullmatch(text, s.end, cs):
        return False
    return w.PEOPLE_OPENER is None or bool(w.PEOPLE_OPENER.search(text, max(0, s.start - 40), s.start))


def person_cue_pair(text: str, cs: int, ce: int, s, o, srole: str | None, lang: str) -> bool:
    """Rule ``person_cue`` (round 21): a cue such as "received" holds between two people, the host
    before it and the guest right after it ("Putin received Choe at the Kremlin"), or in the
    passive one before and the other as its agent ("è stato ricevuto da Kim"; a meeting is
    symmetric, so who hosts is left to the note); never a giver ("received a letter from X")."""
    if not (s.fits("Person") and o.fits("Person")):
        return False
    w = words(lang)
    cue_tokens = text[cs:ce].split()
    # round 150: a bare participle with its agent is passive too ("arrivato giovedì, accolto in
    # aeroporto da X", "where he was welcomed by X")
    bare = (
        len(cue_tokens) == 1  # "aveva ricevuto": the auxiliary in the cue makes it active
        and reads_as_participle(text, cs, cue_tokens[0].lower())
        and not phrase_before_rx(lang, "AUXILIARY_VERBS").search(
            text, max(0, cs - 30), cs
        )  # "ha ricevuto da X" is active
    )
    if w.PASSIVE_BEFORE.search(text, max(0, cs - 30), cs) or w.PASSIVE_BEFORE.search(text[cs:ce] + " ") or bare:
        first, second = (s, o) if s.start < o.start else (o, s)
        passive = first.end <= cs and ce <= second.start and bool(w.PASSIVE_AGENT.search(text, ce, second.start))
        if passive or not bare:
            return passive
    return s.end <= cs and ce <= o.start and not w.GIVER_PREPOSITIONS.search(text, ce, o.start)


@functools.cache
def _aimed_rx(lang: str) -> re.Pattern:
    return re.compile(
        r"\s*(?:[\w'’.-]+\s+){0,4}?(?:" + alternation(words(lang).AIMED_AT) + r")\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?\Z",
        re.IGNORECASE,
    )


def aimed_at_place(text: str, start: int, end: int, here, lang: str) -> bool:
    """A place or state named within a few words after *start* behind a preposition that aims at it."""
    rx = _aimed_rx(lang)
    return any(
        start <= m.start <= start + 60 and (m.fits("Location") or m.fits("Country")) and rx.search(text, start, m.start)
        for m in here
        if m.end <= end
    )


_COMITATIVE_RX: dict[str, re.Pattern] = {}


def joint_partners(text: str, ce: int, end: int, subj, lang: str) -> list:
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
    out = []
    for m in subj:
        if ce <= m.start < end and not m.nested and rx.search(text, max(0, m.start - 20), m.start):
            # round 108 (`possessor_no_partner`): "signed an agreement with North Korea's Kim Chaek
            # University": the partner is what the possessive owns, the state only qualifies it
            if not _POSSESSIVE_AFTER.match(text, m.end):
                out.append(m)
                continue
            owned = next((n for n in subj if m.end < n.start <= m.end + 40 and not n.nested), None)
            if owned is not None:
                out.append(owned)
    return out


#: A possessive right after a name ("North Korea's").
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")


def speaker_subject(text: str, inner, pred, subj, cs: int, lang: str):
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
        and not preposition_before(text, max(0, s.start - 14), s.start, lang)
        for s in subj
    ):
        return None  # the clause names its own subject ("in Russia" names a place, not one)
    return replace(inner.asserter, nested=False, alternatives=())


def cause_first(text: str, cs: int, ce: int, cue_word: str, s, o, role: str | None, lang: str) -> bool:
    """Rule ``experiencer_first`` (round 35): True when the subject chosen for a feeling's cue is
    its cause, so subject and object trade places. The agent after "by"/"da" causes the feeling
    ("Seoul was worried by Moscow"); so does the subject of an active causative verb with its
    object right after it ("the drills worried Tokyo", "la cooperazione preoccupa Seul"), unless
    a verb of state makes the cue an adjective ("Tokyo was worried").

    >>> from types import SimpleNamespace as M
    >>> t = "Moscow worried Tokyo"
    >>> cause_first(t, 7, 14, "worried", M(start=0, end=6), M(start=15, end=20), None, "en")
    True
    >>> t = "Tokyo was worried about Moscow"
    >>> cause_first(t, 10, 17, "worried", M(start=0, end=5), M(start=24, end=30), None, "en")
    False
    """
    if s.start >= ce and role in ("agent", "agent_np") and o.end <= cs:
        return True
    w = words(lang)
    if cue_word.lower() not in w.CAUSATIVE_FEELING or not (s.end <= cs and o.start >= ce):
        return False
    gap = text[ce : o.start]
    return bool(re.fullmatch(r"\s*(?:(?:the|il|lo|la|l['’]|i|gli|le)\s*)?", gap)) and not w.FEELING_STATE.search(
        text, s.end, cs
    )


@functools.cache
def enemy_before(lang: str) -> re.Pattern:
    """The side faced right before a name ("contro l'Ucraina", "against Ukraine"): the
    language's ``ENEMY_BEFORE`` words, an article and up to two words, at the end of a span."""
    enemy = alternation(words(lang).ENEMY_BEFORE)
    return re.compile(
        rf"(?<![\w])(?:{enemy})\s+(?:(?:il|lo|la|i|gli|le|the)\s+|l['’]\s*)?(?:[^\W\d_]+\s+){{0,2}}\Z",
        re.IGNORECASE,
    )
