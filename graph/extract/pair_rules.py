"""The named rules that score one subject / object pair around one cue.

Each rule of :data:`PAIR_RULES` looks at an :class:`ArgumentPair` (the cue, the two
mentions, how each is marked) and returns a score change: argument order, marked agents,
prepositional subjects, appositions, coordinated reciprocal subjects, adverbials of help ...
:func:`score_pair` starts from the distance of the two mentions to the cue and adds the
changes; the names of the rules that fired (with their change) become the claim's reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .arguments import (
    GENITIVE_LINK,
    OPTIONAL_ARTICLE,
    agent_after_place,
    coordinated_mentions,
    done_participle_after,
    preposition_before,
)
from .lang import LANGUAGES, alternation, phrase_before_rx, phrases_rx
from .sentences import Sentence
from .spans import span_distance

__all__ = ["PAIR_RULES", "ArgumentPair", "pronoun_owner", "score_pair"]

#: A gerund ending ("lodando", "ricevendo").
_GERUND = re.compile(r"(?:ando|endo)\Z")
#: "Sam Lair, ricercatore del Center X, ha osservato": the name inside the apposition is not the subject.
_APPOSITION_BEFORE = re.compile(
    r",\s*[^\W\d_]+\s+(?:di|del|dello|della|dei|degli|delle|dell['’]|d['’]|of|at)\s*(?:the\s+)?\Z", re.IGNORECASE
)
#: A second verb coordinated with the first: "... and (then) signed", "... e ha poi firmato"; round
#: 153, a light verb before the cue noun ("... and held talks with", "... e ha avuto colloqui con").
_AND_THEN_WORDS = (
    r"\s*,?\s*\b(?:and|e|ed)\s+(?:(?:then|later|also|poi|anche|quindi|ha|hanno|has|have|had)\s+)*"
    rf"(?:(?:{alternation(v for m in LANGUAGES.values() for v in m.LIGHT_VERBS)})\s+)?"
)
_AND_THEN = re.compile(_AND_THEN_WORDS, re.IGNORECASE)
#: The same coordination, right before the cue.
_COORDINATED_VERB = re.compile(_AND_THEN_WORDS + r"\Z", re.IGNORECASE)


@dataclass
class ArgumentPair:
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
    about_pair: bool = False  # the predicate reacts to a relation "between A and B" (about_pairs)
    adjunct_speaker: bool = False  # the subject speaks the clause whose adjunct holds the cue (round 108)
    lang: str = ""  # the text's language (round 129: English "a" is an article, no preposition)


def _rule_subject_after_cue(p: ArgumentPair) -> float:
    return -40 if p.srole is None and p.s.start > p.cs and not p.adjunct_speaker else 0


_WHERE_RX = re.compile(r"\s*,?\s*(?:dove|in cui|nella quale|nel quale|where|in which)\s+[^,.;:]{0,25}\Z", re.IGNORECASE)


#: Round 93: a verb that puts its recipient before what it gives ("sent Putin a message"); round
#: 100: capitalised title words may stand between ("sent Russian President Vladimir Putin").
_DATIVE_VERBS = alternation(v for m in LANGUAGES.values() for v in m.DATIVE_VERBS)
_DATIVE_VERB = re.compile(
    rf"\b(?i:{_DATIVE_VERBS})\s+(?i:the\s+)?"
    # round 125: a lower-case role among the title's words ("sent North Korean leader Kim Jong Un")
    rf"((?:[A-Z][\w'’-]*\s+|(?:{alternation(r for m in LANGUAGES.values() for r in m.LEADING_ROLES if ' ' not in r)})\s+){{0,4}})\Z"
)
#: What stands between the recipient and the cue noun of what is given: an article, adjectives.
_GIVEN_OPENING = re.compile(r"\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'’-]+\s+){0,3}")


_DATIVE_VERB_ONLY = re.compile(rf"\b(?i:{_DATIVE_VERBS})\b")


def _act_start(p: ArgumentPair, start: int) -> int:
    """Where the act of the cue opens when a verb of giving puts its recipient between itself and
    the cue noun ("has sent North Korean leader Kim Jong Un a message": at "sent"), else the cue
    (round 125: the apposition rules measure from there)."""
    verb = max(_DATIVE_VERB_ONLY.finditer(p.text, start, p.cs), key=lambda m: m.start(), default=None)
    if verb is None or p.cs - verb.end() > 60 or re.search(r"[,;:.()]", p.text[verb.end() : p.cs]):
        return p.cs
    return verb.start()


def _indirect_object(p: ArgumentPair, m) -> bool:
    """ "Kim sent Putin a congratulatory message": *m* is the recipient of the cue's noun; after
    a title ("sent Russian President Vladimir Putin") only a person is ("sent Putin Russia Day
    greetings": Russia names the day)."""
    if m.end > p.cs or not _GIVEN_OPENING.fullmatch(p.text, m.end, p.cs):
        return False
    verb = _DATIVE_VERB.search(p.text, max(0, m.start - 30), m.start)
    return verb is not None and (not verb[1] or m.fits("Person"))


def _rule_indirect_object(p: ArgumentPair) -> float:
    """Rule indirect_object (round 93): the recipient between a verb of giving and the cue noun
    ("sent Vladimir Putin a congratulatory message") is no subject; the giver's distance is to
    the verb, the recipient standing between it and the cue."""
    if p.srole is not None:
        return 0
    if _indirect_object(p, p.s):
        return -40
    verb = _DATIVE_VERB.search(p.text, max(0, p.o.start - 30), p.o.start) if p.s.end <= p.o.start else None
    if verb is None or not _indirect_object(p, p.o):
        return 0
    gain = (
        span_distance(p.s.start, p.s.end, p.cs, p.ce) - span_distance(p.s.start, p.s.end, verb.start(), verb.end())
    ) / 4
    return gain if gain >= 1 else 0


def _rule_object_before_cue(p: ArgumentPair) -> float:
    """An object before its cue breaks the order, unless it is the place a relative "dove" /
    "where" opens ("nella regione di Kursk, dove combattono": they fight in Kursk)."""
    if p.srole is None and p.o.end < p.cs and not _helper_in_adjunct(p):
        if _rule_coordinated_reciprocal(p):
            return 0  # round 10: "A e B si sono incontrati": B is the partner, not a misplaced object
        if p.s.end <= p.o.start and _indirect_object(p, p.o):
            return 0  # round 93: "Kim sent Putin a message": the recipient, not a misplaced object
        return 0 if _WHERE_RX.match(p.text, p.o.end, p.cs) and (p.o.fits("Location") or p.o.fits("Country")) else -40
    return 0


def _rule_subject_after_object(p: ArgumentPair) -> float:
    return (
        -25 if p.srole is None and p.s.start > p.o.start and not _helper_in_adjunct(p) and not p.adjunct_speaker else 0
    )


def _rule_speaker_adjunct(p: ArgumentPair) -> float:
    """Round 108 (`speaker_adjunct`): the speaker of a reporting clause whose adjunct holds the act
    ("Lo ha dichiarato X, dopo un incontro con Y", "After talks with Y, X said") is its subject
    wherever the name stands: its distance to the cue counts for nothing (nor, in the rules
    above, its place after the cue or the object)."""
    return span_distance(p.s.start, p.s.end, p.cs, p.ce) / 4 if p.adjunct_speaker and p.srole is None else 0


def _rule_prepositional_subject(p: ArgumentPair) -> float:
    """ "in Corea del Sud per colloqui": a name inside a prepositional phrase is no subject,
    unless the cue's clause is about it (round 72, :func:`_clause_about_subject`)."""
    return (
        -30
        if p.srole is None
        and p.s.end <= p.cs
        and preposition_before(p.text, max(0, p.s.start - 40), p.s.start, p.lang)
        and not _helper_in_adjunct(p)
        and not _possessor_of_cue(p)
        and not _clause_about_subject(p)
        else 0
    )


#: Round 72: what joins a noun phrase to a relative clause it opens: up to two words of the
#: phrase ("soldiers"), a relative pronoun, auxiliaries ("the North Korean soldiers who have
#: fought", "i soldati nordcoreani che hanno combattuto").
_RELATIVE_TO_CUE = re.compile(
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s*,?\s+(?:who|that|che|i\s+quali|le\s+quali)\s+"
    r"(?:(?:have|has|had|been|were|was|are|is|hanno|avevano|erano|sono|stanno|stavano)\s+){0,2}\Z",
    re.IGNORECASE,
)
#: Round 72: up to two words of the noun phrase, then the cue as a gerund ("North Korean soldiers
#: fighting in Kursk").
_PHRASE_TO_GERUND = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s+\Z")
#: Round 81: nouns in -ing, no gerund ("a ministerial meeting on Ukraine"): each language's ING_NOUNS.
_ING_NOUNS = frozenset(n for m in LANGUAGES.values() for n in m.ING_NOUNS)


def _clause_about_subject(p: ArgumentPair) -> bool:
    """Round 72: a noun phrase inside a prepositional phrase is still the subject of a relative
    clause or a gerund it opens ("deals with the North Korean soldiers who fought in Kursk",
    "with North Korean soldiers fighting in Kursk"); round 139, a person's apposition between.
    """
    if _relative_after_apposition(p):
        return True
    if p.cs - p.s.end > 60:
        return False
    if _RELATIVE_TO_CUE.fullmatch(p.text, p.s.end, p.cs):
        # round 139: "who" asks for a person, never an organisation's name ("a leader of the X
        # Party who is visiting"); a state stands for its people ("North Korean soldiers who")
        return not (_WHO_TO_CUE.search(p.text, p.s.end, p.cs) and p.s.type in _NAMED_BODIES)
    word = p.cue_word.lower()
    return word.endswith("ing") and word not in _ING_NOUNS and bool(_PHRASE_TO_GERUND.fullmatch(p.text, p.s.end, p.cs))


#: Auxiliaries per language (``AUXILIARY_VERBS``): before a relative clause's verb (round 139), never
#: at an apposition's start (round 138).
_AUXILIARIES = alternation(w for m in LANGUAGES.values() for w in m.AUXILIARY_VERBS)
#: Round 139 (`relative_after_apposition`): the relative pronoun of a person right after the
#: apposition that describes the person, and the auxiliaries before the verb ("..., who arrived",
#: "..., che era arrivato").
_PERSON_RELATIVE_TO_CUE = re.compile(
    rf",\s*(?:who|che|il\s+quale|la\s+quale)\s+(?:(?:{_AUXILIARIES})\s+){{0,2}}\Z", re.IGNORECASE
)


#: The kinds of names that are no antecedent of "who" (round 139).
_NAMED_BODIES = frozenset(("Organization", "GovernmentBody", "MediaOutlet", "ResearchInstitute", "MilitaryUnit"))
#: English "who" asks for a person, so it may close the apposition without a comma ("Nusrat Bhutto,
#: a leader of the Pakistan People's Party who is visiting Pyongyang").
_WHO_TO_CUE = re.compile(rf"\s+who\s+(?:(?:{_AUXILIARIES})\s+){{0,2}}\Z", re.IGNORECASE)


def _opens_person_apposition(p: ArgumentPair) -> bool:
    """True when the subject is a person named before the cue and an apposition follows the name."""
    return p.s.end <= p.cs and p.s.fits("Person") and bool(_APPOSITION_START.match(p.text, p.s.end))


def _apposition_closing(p: ArgumentPair) -> int | None:
    """The comma that closes the person's apposition before the cue (None when there is none):
    the last comma before the cue, no other after the name's, at most 120 characters on."""
    if not _opens_person_apposition(p):
        return None
    closing = p.text.rfind(",", p.s.end + 1, p.cs)
    if closing <= p.s.end or closing - p.s.end > 120 or p.text.find(",", p.s.end + 1, closing) >= 0:
        return None
    return None if re.search(r"[;:()]", p.text[p.s.end : closing]) else closing


def _who_after_apposition(p: ArgumentPair) -> int | None:
    """Where the "who" that closes a person's apposition stands (None when there is none)."""
    if not _opens_person_apposition(p):
        return None
    who = _WHO_TO_CUE.search(p.text, p.s.end + 1, p.cs)
    if who is None or who.start() - p.s.end > 120 or p.text.find(",", p.s.end + 1, who.start()) >= 0:
        return None
    return None if re.search(r"[;:()]", p.text[p.s.end : who.start()]) else who.start()


def _relative_after_apposition(p: ArgumentPair) -> bool:
    """Round 139 (`relative_after_apposition`): "talks with Kim Yong Nam, president of the
    Presidium of the Supreme People's Assembly, who arrived in Harare the same afternoon": the
    relative clause after a person's apposition is the person's, not the last name inside it."""
    if _who_after_apposition(p) is not None:
        return True
    closing = _apposition_closing(p)
    return closing is not None and bool(_PERSON_RELATIVE_TO_CUE.fullmatch(p.text, closing, p.cs))


#: Round 45: a possessive right before the cue noun, at most two modifiers between ("North
#: Korea's military deployment", "Pyongyang's arms sales").
_POSSESSIVE_BEFORE_CUE = re.compile(
    r"['’]s?\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|could|may|might|be|been)\b)[a-z][\w-]*\s+){0,2}\Z"
)
#: An -ing cue word before a noun is an adjective ("Russia's visiting defence minister"), no act.
_ING_ADJECTIVE = re.compile(r"ing\s+(?!(?:of|to|for|in|with|by|on|at|from)\b)[a-z]")


def _possessor_of_cue(p: ArgumentPair) -> bool:
    return (
        p.s.end <= p.cs
        and p.cs - p.s.end <= 40
        and bool(_POSSESSIVE_BEFORE_CUE.fullmatch(p.text, p.s.end, p.cs))
        and not _ING_ADJECTIVE.match(p.text, p.ce - 3)
    )


def _rule_possessor_of_cue(p: ArgumentPair) -> float:
    """Round 45 (rule ``possessor_of_cue``): the possessor of an act noun is its agent, even
    inside a prepositional phrase ("demanded an end to North Korea's deployment in Russia")."""
    return 20 if p.srole is None and _possessor_of_cue(p) else 0


#: ", deputy chairman of X and head of Y, arrived": an apposition after a name, closing right
#: before the cue's verb.
_APPOSITION_OPEN = re.compile(r"[A-Z][\w'’-]*\s*,\s*(?:the\s+|il\s+|la\s+|l['’]\s*)?[a-z]")


def _rule_inside_apposition(p: ArgumentPair) -> float:
    """Round 5: a name inside an apposition of another name is not the subject of the verb after
    it ("Ivo Brand, head of the Marsovia party, arrived in Lina": Brand arrived, not Marsovia)."""
    if p.srole is not None or p.s.end > p.cs:
        return 0
    lo = max(p.sent.start, p.s.start - 150)
    opening = p.text.rfind(",", lo, p.s.start)
    closing = p.text.find(",", p.s.end, p.cs)
    if opening < 0 or closing < 0 or "," in p.text[closing + 1 : p.cs]:
        return 0
    act = _act_start(p, closing)
    # round 64: "X, the secretary of Y, flew into Z on Wednesday and held talks": the apposition
    # closes before the first of two coordinated verbs, which share the subject
    coordinated = act - closing <= 120 and _AND_THEN.search(p.text, closing + 1, act) is not None
    if act - closing > 30 and not coordinated:
        return 0
    if not _APPOSITION_OPEN.match(p.text, max(lo, opening - 40)) and not re.search(
        r"[A-Z][\w'’-]*\s*\Z", p.text[max(lo, opening - 40) : opening]
    ):
        return 0
    segment = p.text[opening + 1 : p.s.start]
    if not segment.strip() and re.match(r"['’]s\s+[a-z]", p.text[p.s.end : p.s.end + 5]):
        return -30  # round 80: "Alexander Galushka, Russia's minister for X, visited Y": a possessor in it
    return -30 if re.match(r"\s*(?:(?:the|il|la|l['’])\s*)?[a-z]", segment) else 0


#: Round 80: the opening of an apposition after a name: a lower-case word, an article, or a
#: possessor ("Russia's minister ..."); round 138 (`no_apposition_verb`): never an auxiliary, which
#: opens the clause the name ends ("..., inviata del presidente Y, aveva comunicato").
_APPOSITION_START = re.compile(
    rf",\s*(?!(?:{_AUXILIARIES})\b)(?:(?:the|il|la|l['’])\s*|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)?[a-z]"
)


def _rule_object_inside_apposition(p: ArgumentPair) -> float:
    """Round 100 (`object_inside_apposition`): a name inside the apposition that describes a person
    is no object when the person can be ("ha inviato a Kim Jong Un, presidente della Commissione
    per gli Affari di Stato, un messaggio": the message is Kim's, not the commission's)."""
    o = p.o
    if o.end > p.cs or o.fits("Person"):
        return 0
    lo = max(p.sent.start, o.start - 150)
    opening = p.text.rfind(",", lo, o.start)
    closing = p.text.find(",", o.end, p.cs)
    if opening < 0 or closing < 0 or p.cs - closing > 40 or re.search(r"[,;:()]", p.text[closing + 1 : p.cs]):
        return 0
    if not re.match(r"\s*(?:(?:the|il|la|l['’])\s*)?[a-z]", p.text[opening + 1 : o.start]):
        return 0  # the apposition opens with a title or a role, in lower case
    head = any(
        x is not o and x.fits("Person") and x.end <= opening and not p.text[x.end : opening].strip() for x in p.pool
    )
    return -30 if head else 0


def _rule_apposition_head(p: ArgumentPair) -> float:
    """Round 80 (`apposition_head`): "Alexander Galushka, Russia's minister for the development of
    the Far East, visited South Korea": the name an apposition follows is the verb's subject, and
    the apposition's length is no distance from the verb."""
    closing = _apposition_closing(p) if p.srole is None else None
    if closing is None or _act_start(p, closing) - closing > 30 or re.search(r"[;:()]", p.text[closing : p.cs]):
        return 0
    return (closing - p.s.end) / 4


def _rule_apposition_subject(p: ArgumentPair) -> float:
    """ "Sam Lair, ricercatore del Center X, ha osservato": the name in the apposition is not the subject."""
    return (
        -30
        if p.srole is None
        and p.s.end <= p.cs
        and _APPOSITION_BEFORE.search(p.text, max(0, p.s.start - 40), p.s.start)
        and re.match(r"\s*,", p.text[p.s.end : p.s.end + 3])
        else 0
    )


def _rule_gerund_shares_subject(p: ArgumentPair) -> float:
    """ "Trump cambia tono ..., lodando X": a gerund shares the main clause's subject."""
    return 30 if p.srole is None and p.s.end <= p.cs and _GERUND.search(p.cue_word) and p.s is p.main else 0


def _rule_marked_subject(p: ArgumentPair) -> float:
    """A subject marked after the cue (agent, "da parte di", genitive, "tra A e B"); the object's place."""
    if p.srole == "agent":
        if p.ce <= p.o.start and p.o.end <= p.s.start and done_participle_after(p.text, p.ce):
            return 30  # round 132 (`done_by`): "la visita compiuta in Russia da X": the place stands between
        return 30 - (0 if p.o.end <= p.cs else (15 if p.o.start > p.s.end else 40))
    if p.srole == "agent_np":
        if p.ce <= p.o.start and p.o.end <= p.s.start and agent_after_place(p.text, p.ce, p.s.start):
            return 30  # round 48: "the visit to Pyongyang by X": the place stands between cue and agent
        return 30 - (0 if p.o.start >= p.s.end else 15)
    if p.srole in ("genitive", "between"):
        if p.srole == "genitive" and _dative_before_cue(p, p.o):
            return 30  # round 113: "ha consegnato al leader X un messaggio del presidente Y": X receives it
        return 30 - (0 if p.o.start >= p.s.end else 40)
    return 0


#: Round 113: a recipient marked by "a" / "to" before the noun of what is given ("al leader X un
#: messaggio", "to X a letter"), with its title between.
_DATIVE_MARK = re.compile(r"\b(?:a|al|allo|alla|ai|agli|alle|all['’]|to)\s*(?:[^\W\d_]+\s+){0,3}\Z", re.IGNORECASE)
_GIVEN_NOUN_OPENING = re.compile(r"\s+(?:(?:un|una|uno|un['’]|il|la|lo|l['’]|a|an|the)\s*)?(?:[^\W\d_]+\s+){0,2}")


def _dative_before_cue(p: ArgumentPair, m) -> bool:
    """True when *m*, before the cue noun, is marked as who receives it ("ha consegnato al leader X
    un messaggio"): "a" / "to" before it, an article and at most two words between it and the cue."""
    return (
        m.end <= p.cs
        and m.fits("Person")
        and _GIVEN_NOUN_OPENING.fullmatch(p.text, m.end, p.cs) is not None
        and _DATIVE_MARK.search(p.text, max(0, m.start - 40), m.start) is not None
    )


def _rule_agent_is_not_object(p: ArgumentPair) -> float:
    return -40 if p.orole in ("agent", "agent_np") and p.srole not in ("agent", "agent_np") else 0


def _rule_agent_phrase_object(p: ArgumentPair) -> float:
    """Round 65: a name in an agent phrase is no object, whichever cue the pair is read from: "Mosca
    avrebbe schierato 10.000 soldati inviati da Pyongyang" sends no troops to North Korea, "le
    notizie fornite da Kiev e da Seul" supply nothing to Seoul."""
    if p.orole is not None or p.o.start < p.ce:
        return 0
    # the words: each language's AGENT_PHRASE_BEFORE
    before = p.text[max(0, p.o.start - 40) : p.o.start]
    return -40 if any(m.AGENT_PHRASE_BEFORE.search(before) for m in LANGUAGES.values()) else 0


def _rule_place_left(p: ArgumentPair) -> float:
    """Round 152 (`place_left`): "Ri ha lasciato martedì Pyongyang diretto in Egitto", "left
    Pyongyang bound for Cairo": the place after a verb of leaving (and a word of time) is where the
    journey starts, no subject of the act after it."""
    if p.srole is not None or p.s.end > p.cs or not p.lang:
        return 0
    left = phrase_before_rx(p.lang, "LEAVING_VERBS").search(p.text, max(0, p.s.start - 30), p.s.start)
    return -40 if left else 0


def _rule_object_of_earlier_cue(p: ArgumentPair) -> float:
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
        and (_AND_THEN.fullmatch(p.text[p.s.end : p.cs]) or _where_after(p))
        else 0
    )


def _where_after(p: ArgumentPair) -> bool:
    """Round 148: "ha incontrato Medvedev in Egitto, dove si era recato": the object of the earlier
    verb stands before the place a "where" clause opens on; the clause's subject is the earlier one's."""
    return (
        p.s.end <= p.o.start
        and re.fullmatch(r"\s+(?:in|a|ad|nel|nella|at|to)\s+(?:the\s+)?", p.text[p.s.end : p.o.start]) is not None
        and _WHERE_RX.match(p.text, p.o.end, p.cs) is not None
    )


#: The words of a title between an agent's marker and the name ("dal presidente dell'Assemblea, ").
_TITLE_WORDS = re.compile(r"(?:[^\W\d_]+(?:['’]\s*|,?\s+)){0,10}")


def _passive_agent(p: ArgumentPair, m) -> bool:
    """True when *m* is the agent of a passive ("ricevuto da Kim Yong Nam", "e dal presidente
    dell'Assemblea, Choe Thae Bok", "received by Kim"), its title between marker and name."""
    lo = max(0, m.start - 100)
    for k in range(m.start, lo - 1, -1):
        if k < m.start and not p.text[k - 1 : k].isspace():
            continue
        if not _TITLE_WORDS.fullmatch(p.text, k, m.start):
            continue
        if any(lang.AGENT_PHRASE_BEFORE.search(p.text, lo, k) for lang in LANGUAGES.values()):
            return True
    return False


def _rule_passive_agent_coordinated(p: ArgumentPair) -> float:
    """Round 153 (`passive_agent_coordinated`): "Mottaki è stato ricevuto da Kim Yong Nam, e ha avuto
    colloqui con Pak Ui Chun": the verb coordinated after a passive shares the passive's subject (the
    sentence's, +30), never its agent (-40)."""
    if p.srole is not None or p.s.end > p.cs or p.main is None or p.main.end > p.cs:
        return 0
    coordination = _COORDINATED_VERB.search(p.text, p.sent.start, p.cs)
    if coordination is None or p.s.end > coordination.start():
        return 0
    between = p.text[p.s.end : coordination.start()]
    if re.search(r"[;:]", between):
        return 0
    if p.s is not p.main:
        return -40 if _passive_agent(p, p.s) else 0
    agents = [
        m
        for m in p.pool
        if p.main.end <= m.start and m.end <= coordination.start() and m is not p.main and _passive_agent(p, m)
    ]
    return 30 if agents else 0


#: Round 57: a light verb before the meeting noun says the two people held it together ("A e B
#: hanno avviato un colloquio", "A and B held a summit"), unlike "joined the talks".
_LIGHT_VERB = re.compile(
    rf"\b(?:{alternation(v for m in LANGUAGES.values() for v in m.LIGHT_VERBS)})\b", re.IGNORECASE
)  # the verbs: each language's LIGHT_VERBS
#: Round 91: an act set inside the talk the cue names ("agreed in a telephone call", "durante un
#: incontro"), not a part taken in it ("took part in a meeting", "preso parte a un vertice").
_IN_TALK_BEFORE_CUE = re.compile(
    rf"(?<!\bpart\s)(?<!\bparte\s)\b(?:{alternation(v for m in LANGUAGES.values() for v in m.TALK_SETTING)})"
    r"\s+(?:a|an|un|una|uno)\s+\Z",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_CUE = re.compile(
    r"\b(?:the|a|an|its|their|il|lo|la|i|gli|le|un|una|uno|ai|alle|agli|al|alla|dei|delle|degli)\s+\Z", re.IGNORECASE
)


#: Round 141 (`partner_after_cue`): a cue that ends with the preposition of its partner.
_PARTNER_PREPOSITION = re.compile(r"\b(?:con|with)\Z", re.IGNORECASE)


def _rule_coordinated_reciprocal(p: ArgumentPair) -> float:
    """ "A and B met", "A e B si sono incontrati": a symmetric act with a coordinated subject holds
    between the two; the second name before the cue is no misplaced object."""
    if not p.symmetric or p.srole is not None or not (p.s.end <= p.o.start and p.o.end <= p.cs):
        return 0
    if re.search(r"[,;:]", p.text[p.o.end : p.cs]) or p.cs - p.o.end > 40:
        return 0
    if p.s.antecedent and p.s.antecedent == p.o.antecedent and p.s.end == p.o.start:
        return 40  # round 154: the two halves of one pair phrase ("the two leaders held talks")
    if p.s.antecedent or p.o.antecedent:
        return 0  # "the two countries" is read by the pair anaphor's own rule
    if p.lang and any(
        p.o.end <= m.start and m.end <= p.cs and phrases_rx(p.lang, "SUBORDINATORS").search(p.text, p.o.end, m.start)
        for m in p.pool
    ):
        return 0  # round 145: "Relations between A and B cooled after C established ties": C acts
    if _PARTNER_PREPOSITION.search(p.phrase) and any(p.ce <= m.start <= p.ce + 25 for m in p.pool):
        return 0  # round 141: "A e B intrattengono relazioni con Pyongyang": the partner follows the cue
    held = p.s.fits("Person") and p.o.fits("Person") and _LIGHT_VERB.search(p.text, p.o.end, p.cs)
    held = held or bool(_IN_TALK_BEFORE_CUE.search(p.text, p.o.end, p.cs))
    if _ARTICLE_BEFORE_CUE.search(p.text, p.o.end, p.cs) and not held:
        return 0  # "A and B joined the talks": they took part in talks, not met each other
    return 40 if any(m is p.o for m in coordinated_mentions(p.text, p.s, p.pool)) else 0


#: Round 13: "tra A e B", "between A and B" before a name: a stretch between two places.
_BETWEEN_BEFORE = re.compile(
    r"\b(?:tra|fra|between)\s+"
    + OPTIONAL_ARTICLE
    + r"(?:[^,;:.()]{1,40}?\s+(?:e|ed|and)\s+"
    + OPTIONAL_ARTICLE
    + r")?\Z",
    re.IGNORECASE,
)


def _rule_coordinated_after_cue(p: ArgumentPair) -> float:
    """Round 112 (`coordinated_after_cue`): two names joined by "e" / "and" after the cue share one
    role ("le sanzioni dell'Onu e degli Stati Uniti", "the sanctions of the EU and the United
    States"): neither is the other's subject or object. "Tra A e B", "between A and B" name the
    two sides of an act, and are read by their own rules; so do the two parties of a symmetric act
    ("the summit of A and B": they met)."""
    if p.symmetric or "between" in (p.srole, p.orole) or p.s.antecedent or p.o.antecedent:
        return 0
    first, second = (p.s, p.o) if p.s.start < p.o.start else (p.o, p.s)
    if first.start < p.ce or _BETWEEN_BEFORE.search(p.text, max(p.ce, first.start - 60), first.start):
        return 0
    return -60 if any(m is second for m in coordinated_mentions(p.text, first, p.pool, link=_AND_OF)) else 0


#: A conjunction that repeats the genitive ("dell'Onu e degli Stati Uniti", "of Russia and of China").
_AND_OF = re.compile(rf"\s*(?:e|ed|and)\s+{GENITIVE_LINK}\s*(?:the\s+)?", re.IGNORECASE)


def _rule_between_places(p: ArgumentPair) -> float:
    """Round 13: a name in "tra A e B" / "between A and B" is one end of a stretch ("schierati
    nelle zone di confine tra X e Y"), not where a one-way act goes; exchanges keep both."""
    if p.symmetric or p.about_pair or p.srole == "between" or p.o.start < p.ce:
        return 0
    return -50 if _BETWEEN_BEFORE.search(p.text, max(p.ce, p.o.start - 60), p.o.start) else 0


_AID_NOUNS = frozenset(n for m in LANGUAGES.values() for n in m.AID_NOUNS)


def _help_adjunct_start(p: ArgumentPair) -> int | None:
    """Where an adverbial of help opens before an aid-noun cue ("con l'aiuto", "with Russian help")."""
    if p.cue_word.lower() not in _AID_NOUNS:
        return None
    for m in LANGUAGES.values():
        a = m.HELP_ADJUNCT.search(p.text, max(p.sent.start, p.cs - 40), p.cs)
        if a is not None:
            return a.start()
    return None


def _helper_in_adjunct(p: ArgumentPair) -> bool:
    """The subject inside an adverbial of help and the object before it ("X ... with Russian help")."""
    a = _help_adjunct_start(p)
    return a is not None and a <= p.s.start < p.cs and p.o.end <= a


def _rule_help_adjunct(p: ArgumentPair) -> float:
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


def _rule_relative_subject(p: ArgumentPair) -> float:
    """Round 72: the noun phrase a relative clause or a gerund qualifies is its subject, however
    far its name stands from the verb ("North Korean soldiers who have fought in Kursk"); round
    139: the apposition a "who" closes is no distance from it either."""
    if p.srole is not None or p.s.end > p.cs:
        return 0
    who = _who_after_apposition(p)
    if who is not None:
        return 6 + (who - p.s.end) / 4
    return 6 if _clause_about_subject(p) else 0


#: Round 75 (`event_verb`): the subject, perhaps a closing apposition's comma, a light verb of
#: an event and its article or possessive, then the event noun that is the cue ("Kim Il Chol,
#: ha concluso una visita in Russia", "Lavrov ha aperto la sua visita", "X paid a visit to Y").
_EVENT_VERB_GAP = re.compile(
    r"\s*,?\s*(?:(?:ha|hanno|aveva|avevano|has|have|had)\s+)?(?:[^\W\d_]+\s+)?"
    rf"(?:{alternation(v for m in LANGUAGES.values() for v in m.EVENT_VERBS)})\s+(?:[^\W\d_]+\s+)??"
    r"(?:(?:the|a|an|his|her|its|their|il|lo|la|i|gli|le|un|una|uno)\s+|(?:l|un)['’]\s*)?"
    r"(?:(?:sua|suo|loro|propria|proprio)\s+)?\Z",
    re.IGNORECASE,
)


def _rule_event_verb(p: ArgumentPair) -> float:
    """Round 75: a light verb carries the event its noun names ("ha concluso una visita in
    Russia"): the subject of the verb is the event's, however far the noun stands."""
    return 6 if p.srole is None and p.s.end <= p.cs and _EVENT_VERB_GAP.fullmatch(p.text, p.s.end, p.cs) else 0


#: Round 78: a possessive pronoun right before an act noun, a modifier or two between ("his
#: first summit with X", "la sua prima visita a").
_PRONOUN_POSSESSOR = re.compile(r"\b(?:his|her|its|their|suo|sua|suoi|sue)\s+(?:[^\W\d_]+\s+){0,2}\Z", re.IGNORECASE)


def pronoun_owner(text: str, cs: int, s, main) -> bool:
    """Round 78 (`pronoun_possessor`): True when *s*, the sentence's subject *main*, owns the act
    noun at *cs* through a possessive pronoun ("Kim Jong Un laid a wreath ... a day after his
    first summit with Vladimir Putin"), in any clause of the sentence before it."""
    return (
        s is main
        and s.end <= cs
        and _PRONOUN_POSSESSOR.search(text, max(0, cs - 30), cs) is not None
        and not re.search(r"[;:]", text[s.end : cs])
    )


def _rule_pronoun_possessor(p: ArgumentPair) -> float:
    """Round 78: the pronoun's owner's distance from the act noun counts for nothing (see
    :func:`pronoun_owner`)."""
    if p.srole is not None or p.o.start < p.ce or not pronoun_owner(p.text, p.cs, p.s, p.main):
        return 0
    return span_distance(p.s.start, p.s.end, p.cs, p.ce) / 4


def _rule_long_cue(p: ArgumentPair) -> float:
    return 8 * (len(p.phrase.split()) - 1)


#: The scoring rules of a subject/object pair at a cue, by name; a draft lists those that fired.
PAIR_RULES = (
    ("subject_after_cue", _rule_subject_after_cue),
    ("object_before_cue", _rule_object_before_cue),
    ("indirect_object", _rule_indirect_object),
    ("subject_after_object", _rule_subject_after_object),
    ("prepositional_subject", _rule_prepositional_subject),
    ("possessor_of_cue", _rule_possessor_of_cue),
    ("apposition_subject", _rule_apposition_subject),
    ("inside_apposition", _rule_inside_apposition),
    ("object_inside_apposition", _rule_object_inside_apposition),
    ("apposition_head", _rule_apposition_head),
    ("gerund_shares_subject", _rule_gerund_shares_subject),
    ("marked_subject", _rule_marked_subject),
    ("agent_is_not_object", _rule_agent_is_not_object),
    ("agent_phrase_object", _rule_agent_phrase_object),
    ("object_of_earlier_cue", _rule_object_of_earlier_cue),
    ("place_left", _rule_place_left),
    ("passive_agent_coordinated", _rule_passive_agent_coordinated),
    ("coordinated_reciprocal", _rule_coordinated_reciprocal),
    ("between_places", _rule_between_places),
    ("coordinated_after_cue", _rule_coordinated_after_cue),
    ("help_adjunct", _rule_help_adjunct),
    ("relative_subject", _rule_relative_subject),
    ("event_verb", _rule_event_verb),
    ("pronoun_possessor", _rule_pronoun_possessor),
    ("speaker_adjunct", _rule_speaker_adjunct),
    ("long_cue", _rule_long_cue),
)


def score_pair(p: ArgumentPair) -> tuple[float, list[str]]:
    """The score of a pair (100 less a quarter of its distance to the cue, a marked subject's not
    counted) with every rule's change, and the reasons: each rule that fired with its change."""
    # a placed subject (its own noun the cue, or round 124's people after a verb of work) is as near as can be
    marked = ("agent", "agent_np", "genitive", "between", "placed")
    ds = 0 if p.srole in marked else span_distance(p.s.start, p.s.end, p.cs, p.ce)
    do = span_distance(p.cs, p.ce, p.o.start, p.o.end)
    score = 100 - (ds + do) / 4
    reasons = []
    for name, rule in PAIR_RULES:
        delta = rule(p)
        if delta:
            score += delta
            reasons.append(f"{name}{delta:+.0f}")
    return score, reasons
