"""Candidate claims: sentences with two or more mentions and a predicate cue.

For every cue phrase of a predicate (:mod:`graph.extract.cues`) found in a sentence, the
subject and object whose types fit the predicate's domain and range form a candidate claim.
Which mentions may be arguments is decided by their syntax (:mod:`graph.extract.arguments`),
by the states forces and demonyms stand for (:mod:`graph.extract.forces`) and by what the
sentence refers back to (:mod:`graph.extract.anaphora`). Each candidate is scored by named
rules (:data:`graph.extract.pair_rules.PAIR_RULES`: argument order, marked agents,
prepositional subjects ...); the names of the rules that fired are the claim's ``reasons``
and its score gives its ``confidence``. Around the cue rules, the sentence's frame
(:mod:`graph.extract.frames`) says who asserts the content (never an argument,
:mod:`graph.extract.attribution`), where each clause starts (a subject lies in the cue's
clause) and which cues are negated. Titles ("il presidente russo Vladimir Putin") make LEADS /
HOLDS_POSITION_IN claims through their own rule only, and casualty counts make their own
claims. Each claim carries the verbatim quote, attribution, hedging, a quantity (only one
that counts what the claim is about) and a date that dates the fact
(:mod:`graph.extract.qualifiers`); a list of items gives one claim per item
(:mod:`graph.extract.items`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..dates import PartialDate
from ..schema import Schema
from .anaphora import ArticleIndex, article_topic, resolved_epithets, sentence_subject
from .arguments import (
    RECEIVE_VERB,
    aimed_at_place,
    argument_role,
    cause_first,
    coordinated_mentions,
    enemy_before,
    goods_word,
    joint_partners,
    people_before_cue,
    people_cue_pair,
    person_cue_pair,
    reads_as_participle,
    speaker_subject,
)
from .attribution import (
    attribute_claim,
    attribution_sources,
    back_frame,
    carried_attribution,
    citation_claims,
    tail_attribution,
)
from .calibration import DEMOTED, SCORE_FLOOR, claim_features, demoted_by, main_actors, positions
from .casualties import casualty_claims
from .cues import ATTRIBUTION_CUES, HEDGING_CUES, cue_index
from .forces import (
    demonym_stands,
    force_owner,
    force_patterns,
    force_theme_before,
    names_forces,
    nominal_demonym,
    paid_for_forces,
    passive_forces,
    qualifies_force,
    state_of,
    troop_presence,
)
from .frames import Attribution, Discourse, Frame, analyse, relative_clause_end
from .gazetteer import fold_tokens
from .items import claims_per_item
from .lang import LANGUAGES, alternation, words
from .pair_rules import PAIR_RULES, ArgumentPair, pronoun_owner, score_pair
from .places import place_claims
from .qualifiers import clause_end, is_title_claim, qualify
from .quantities import find_quantities
from .records import CandidateClaim, TypedMention
from .ruledata import ExtractionRules, rules_for
from .sentences import Sentence, is_heading
from .spans import span_distance, whole_words
from .temporal import find_time_expressions
from .titles import appositive_title, delegation_heads, place_title, title_claims
from .verifier import BEFORE_CHARS, VERIFIER, verifier_features

__all__ = [
    "ATTRIBUTION_CUES",
    "HEDGING_CUES",
    "MAX_WINDOW",
    "PAIR_RULES",
    "CandidateClaim",
    "TypedMention",
    "find_claims",
]

#: Predicates cued by a role noun next to the name: made by the title rule only.
APPOSITIVE = frozenset({"LEADS", "HOLDS_POSITION_IN"})
#: Longest stretch of a sentence searched for one claim's arguments: a run-on "sentence" of
#: thousands of characters is cut into windows this long, so the work stays linear.
MAX_WINDOW = 600
#: Cue words that name an exchange between two parties: both directions are claimed.
_RECIPROCAL = re.compile(r"\b(?:scamb\w*|reciproc\w*|mutu[oaie]|exchang\w*|mutual)\b", re.IGNORECASE)
#: A null-subject main clause: "Ha poi visitato ...", "Durante la visita, ha detto ...", "He then visited ...".
_NULL_SUBJECT = re.compile(
    r"(?:[^,.;:]{0,80},\s*)?(?:(?:poi|inoltre|anche|quindi|infine|ieri|oggi|gi[àa]|non|then|also|later)\s+)*"
    r"(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avr[àa]|[èe]|sono|era|erano|sar[àa]|sta|stava|stanno|si|ne|"
    r"pu[òo]|potrebbe|dovrebbe|intende|he|she|they|it)\b",
    re.IGNORECASE,
)
#: How many sentences back an implicit subject or an epithet may find its antecedent.
LOOKBACK = 3
#: Claims scored below this break two or more of the argument rules (subject after the cue,
#: object before it, a prepositional subject ...); on the seeds none of them was right.
MIN_SCORE = 20


#: What may stand between a transfer cue and the force it moves: a count ("più di 7.000", "a
#: further 1,500") or nothing.
_MOVED_COUNT = re.compile(r"\s*(?:(?:[^\W\d_]+\s+){0,6}?\d[\d.,]*\s+)?")


def _hyphen_pair(text: str, ce: int, here) -> tuple[str, str] | None:
    """The two names a hyphen joins right after a cue noun ("vertice Putin-Kim", "the Putin-Kim
    summit" has them before it and is left alone): the only parties of that act; else None."""
    after = sorted((m for m in here if ce <= m.start <= ce + 3 and not m.nested), key=lambda m: m.start)
    for a in after[:1]:
        b = next((m for m in here if not m.nested and re.fullmatch(r"[-–]", text[a.end : m.start])), None)
        if b is not None and b.entity != a.entity:
            return a.entity, b.entity
    return None


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """Paragraph number of each sentence (a line break starts a new paragraph)."""
    out, p = [], 0
    for i, s in enumerate(sentences):
        if i and "\n" in text[sentences[i - 1].end : s.start]:
            p += 1
        out.append(p)
    return out


_CONJ = re.compile(r"\b(?:e|ed|and|o|or|né|nor)\b", re.IGNORECASE)


def _cue_in_name(text: str, cs: int, ce: int, s, o, here) -> bool:
    """True when the cue lies inside the name of one argument and the other is not named inside it too.

    "test missilistici" (a programme) contains the cue "test", so it does not cue a test of
    itself; "l'invasione russa dell'Ucraina" contains both the cue and "russa" (Russia).
    """
    for m, other in ((s, o), (o, s)):
        if m.start <= cs and ce <= m.end:
            return not any(n.entity == other.entity and m.start <= n.start and n.end <= m.end for n in here)
    # round 121: a capitalised cue that opens inside a name runs past it ("the Russian Association for
    # Friendship and Cultural Cooperation with the DPRK": "Cooperation with" is the name's)
    return text[cs : cs + 1].isupper() and any(n.start < cs < n.end < ce for n in here)


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
    text: str,
    sentences: list[Sentence],
    mentions: list,
    schema: Schema,
    lang: str,
    doc_date: PartialDate | None = None,
    *,
    verify: bool = True,
    offices: Mapping | None = None,
) -> list[CandidateClaim]:
    """Candidate claims from *sentences* given typed mentions (:class:`graph.extract.pipeline.TypedMention`).

    Besides the mentions in a sentence, a claim may use an epithet that refers back to an
    earlier mention ("il leader", "la struttura"), or, when no mention before the cue fits
    the predicate's subject, the subject of one of the previous sentences of the paragraph
    (an implicit subject: "Kim ha visitato ... . Ha poi ispezionato ..."). With *verify* false
    the calibration leaves the verifier out. *offices* are the offices the dataset records
    (:func:`graph.extract.titles.offices_on_record`), for titles the sentence leaves unqualified.
    """
    cues = cue_index(schema, lang)
    rules = rules_for(schema)
    if not verify:
        rules = replace(rules, verifier=None)
    out: list[CandidateClaim] = []
    mi = 0
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    para = _paragraphs(text, sentences)
    topic = article_topic(mentions)
    history: list = []  # mentions of the previous sentences (and epithets resolved there)
    subjects: list[tuple[int, int, object]] = []  # (sentence index, paragraph, subject guess)
    previous: list[CandidateClaim] = []
    discourse = Discourse()
    tail: tuple[int, Attribution | None] = (-1, None)  # (paragraph, attribution reaching a sentence's end)
    article = ArticleIndex(mentions)
    lenders: list[tuple[int, int, str, Any]] = []  # (sentence, paragraph, subject, object mention)
    # round 103 (`established_object`): (subject, predicate) -> the one object the article's
    # confident claims give that act so far (None once they give two)
    established: dict[tuple[str, str], Any] = {}
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
            refs = resolved_epithets(text, sent, lang, window + here, schema, article, discourse.roles)
            if refs:
                taken = [(m.start, m.end) for m in here]
                refs = [r for r in refs if not any(a < r.end and r.start < b for a, b in taken)]
                here = sorted(here + refs, key=lambda m: (m.start, -m.end))
            carried = [m for k, p, m in reversed(subjects) if p == para[si] and k >= si - LOOKBACK]
            if here:
                subj_guess = sentence_subject(here)
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
            back = back_frame(text, frame, here) if frame is not None else None
            if back is not None:
                # "Lo ha riferito X", "X said in a statement.": the previous sentence is what X said
                for c in previous:
                    if c.attribution is None and not is_title_claim(c):
                        attribute_claim(c, text, back, None)
            if frame is not None:
                discourse.update(frame)
                carried_att = carried_attribution(text, sent, frame, tail[1] if tail[0] == para[si] else None, lang)
                if carried_att is not None:
                    frame.attributions.append(carried_att)
                tail = (para[si], tail_attribution(frame, sent))
            elif here:
                tail = (para[si], None)
            if here:
                discourse.note_people(here)
            if frame is not None:
                sourced |= frame.excluded
            lent: tuple[tuple[str, Any, list, str | None], ...] = tuple(
                (subj, o, [m for m in history if o.end <= m.start < sent.start and id(m) not in sourced], None)
                for k, p, subj, o in lenders
                if p == para[si] and k == si - 1
            ) + tuple((subj, o, [], pred) for (subj, pred), o in established.items() if o is not None)
            found_here: list[CandidateClaim] = []
            titles = (
                title_claims(text, sent, here, schema, lang, rules, discourse.roles, offices)
                + delegation_heads(text, sent, here, schema, lang, rules)
                if here
                else []
            )
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
                war = {c.object for c in out if c.predicate in rules.casualty_places_from}
                earlier = [m for m in history if m.end <= sent.start and m.entity in war]
                counted = casualty_claims(text, sent, here, schema, lang, rules, frame, doc_date, earlier)
                keys = {(c.subject, c.predicate, c.object) for c in counted}
                found_here = [c for c in found_here if (c.subject, c.predicate, c.object) not in keys]
                found_here = _drop_counted_figures(found_here, counted, rules.suffered)
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
                    key = (c.subject, c.predicate)
                    if key not in established:
                        established[key] = obj
                    elif established[key] is not None and established[key].entity != obj.entity:
                        established[key] = None
            previous = found_here
    out = [c for c in out if c.score >= MIN_SCORE]
    known = {m.entity for m in mentions if m.known}
    main = main_actors(m.entity for m in mentions if not m.nested)
    for c in out:
        c.main_subject = c.subject in main
        _calibrate(c, rules, known, text, lang)
    out.sort(key=lambda c: (c.start, c.end, c.predicate))
    return out


def _calibrate(c: CandidateClaim, rules: ExtractionRules, known: set[str], text: str, lang: str) -> None:
    """The calibration of ``extraction.yaml``: a claim the score would draft high goes to the
    low section when its score is under the floor (``position_floor`` of the claim's position,
    else ``score_floor``) or it has a ``demote`` feature (claims like it were too often wrong on
    the development set), or, round 97, when the verifier (:mod:`graph.extract.verifier`) finds
    it unlikely. The reason ``demoted:<entry>`` says why; it runs last, when the claim's
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
    if not why and rules.verifier is not None:
        evidence, before = text[c.start : c.end], text[max(0, c.start - BEFORE_CHARS) : c.start]
        if rules.verifier.demotes(verifier_features(features, c.predicate, c.reasons, lang, evidence, before)):
            why.append(VERIFIER)
    if why:
        c.low = True
        c.reasons += [DEMOTED + w for w in why]


#: Round 100: what may stand between a verb of sending and the message it sends: the recipient
#: and an article ("sent Vladimir Putin a", "ha inviato al presidente russo un"), no clause break.
_TO_MESSAGE = re.compile(r"[^.;:,()\"“”]{0,60}\Z")


def _qualifies_targets(text: str, m, lang: str) -> bool:
    """Rule ``targets_of_measures`` (round 102): the demonym qualifies the firms or people a measure
    targets ("blacklisted North Korean and Russian firms", "sanzioni contro tre società russe"), so it
    names the state the measure is aimed at (``TARGETS_AFTER_DEMONYM`` / ``TARGETS_BEFORE_DEMONYM``)."""
    w = words(lang)
    after, before = getattr(w, "TARGETS_AFTER_DEMONYM", None), getattr(w, "TARGETS_BEFORE_DEMONYM", None)
    if after is not None and after.match(text, m.end, m.end + 60):
        return True
    if m.text.endswith(("s", "i")) and w.COUNT_BEFORE_PEOPLE.search(text, max(0, m.start - 25), m.start):
        return True  # round 126: a people counted ("detained 87 North Koreans", "fermato 87 nordcoreani")
    b = before.search(text, max(0, m.start - 40), m.start) if before is not None else None
    # round 122: a national in apposition to a name ("Vladlen Amtchentsev, cittadino sudafricano") is
    # who that person is, the person the target; his state is none
    return b is not None and not _APPOSED.search(text, max(0, b.start() - 40), b.start())


_APPOSED = re.compile(r"[A-Z][\w'’-]*\s*,\s*(?:(?:un|una|uno|a|an)\s+)?\Z")


def _sends_visitors(text: str, ce: int, end: int, lang: str) -> bool:
    """Rule ``visitors_are_no_force`` (round 102): what a verb of sending sends, a few words after
    it, is a delegation, a team or performers (``VISITORS_SENT``), neither a force nor goods: "la
    Corea del Nord ha inviato in Russia una delegazione per il Festival" deploys and supplies nothing."""
    return bool(words(lang).VISITORS_SENT.match(text, ce, end))


def _sends_a_message(text: str, found, ce: int, rules: ExtractionRules) -> bool:
    """True when the thing a verb of sending (ending at *ce*) sends is a message (a cue of
    ``extraction.yaml`` ``messages`` within a few words after it)."""
    return any(
        k == "pred" and n in rules.messages and ce <= a and _TO_MESSAGE.fullmatch(text, ce, a)
        for k, n, _, a, _ in found
    )


def _own_relative_clause(text: str, m, cs: int, lang: str) -> bool:
    """Rule ``source_own_clause`` (round 100): a speaker's own relative clause states the speaker's
    act in the article's voice ("Shoigu, who arrived in Pyongyang earlier, told Kim that ...": he
    arrived); the attribution phrase takes the speaker out of what is said, not out of that clause."""
    return m.end <= cs and relative_clause_end(text, m.end, cs, lang) == cs


def _speaker_after_report(frame: Frame | None, m, cs: int) -> bool:
    """Rule ``speaker_adverbial`` (round 100): "Lo ha annunciato il ministro X, dopo un colloquio con
    Y": after the phrase that says who reported the previous sentence, X acts in the article's voice."""
    back = frame.back if frame is not None else None
    return back is not None and back.asserter is m and cs >= back.end


def _adjunct_speaker(text: str, frame: Frame | None, cs: int, sent, symmetric: bool, lang: str) -> tuple | None:
    """Rule ``speaker_adjunct`` (round 108): the speaker whose reporting clause holds the act noun at
    *cs* in an adjunct of time ("Lo ha dichiarato X, dopo un incontro con Y", "X said after talks with
    Y that ...", "After meeting Y, X said"): the act is the speaker's own, in the article's voice.
    "During" a visit may be the host's words: only a meeting (a *symmetric* act) reads so. Returns
    the speaker and where the adjunct's names end (the speaker, or the reported clause), or None."""
    if frame is None:
        return None
    opener = words(lang).ACT_ADJUNCT.search(text, max(sent.start, cs - 40), cs)
    if opener is None or (not symmetric and opener[0].split()[0].lower() in ("durante", "during")):
        return None
    back = frame.back
    if back is not None and back.asserter is not None and cs >= back.end:
        return back.asserter, sent.end
    for a in frame.attributions:
        c0, c1 = a.content
        if a is not back and a.asserter is not None and cs < c0 and not c0 <= cs < c1 and a.asserter.start > cs - 200:
            return a.asserter, (a.asserter.start if a.asserter.start > cs else c0)
    return None


def _adjunct_object(text: str, ce: int, o, end: int, symmetric: bool, lang: str) -> bool:
    """True when *o* is named in the speaker's adjunct (between the cue's end and *end*), after
    "with"/"con" for a meeting ("after talks in Kyiv, X said" names where, not with whom), or
    right after a gerund that takes it as its object ("After meeting Y, X said")."""
    between = text[ce : o.start]
    gerund = text[:ce].endswith("ing") and _GERUND_OBJECT.fullmatch(between) is not None
    return (
        ce <= o.start
        and o.end <= end
        and ":" not in between
        and (not symmetric or gerund or words(lang).ADJUNCT_PARTNER.search(between) is not None)
    )


#: What may stand between a gerund and its object: an article, a possessive, title words.
_GERUND_OBJECT = re.compile(r"\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?(?:[a-z-]+\s+){0,3}")


def _drop_counted_figures(
    claims: list[CandidateClaim], counted: list[CandidateClaim], suffered: str
) -> list[CandidateClaim]:
    """Rule ``figure_is_casualty_count``: a figure that counts the dead or wounded ("300 militari
    ... sono stati uccisi, dove combattono") is no quantity of another claim of the sentence, and
    (round 67) a loss claim read from a cue with that figure and someone else ("il presidente
    ucraino ... di 3.800 nordcoreani uccisi") is dropped: the casualty rule said whose losses they are."""
    figures = {c.quantity for c in counted}
    out = []
    for c in claims:
        if c.quantity is not None and c.quantity in figures:
            if c.predicate == suffered:
                continue
            c.quantity = c.quantity_bound = c.unit = None
            c.reasons = [r for r in c.reasons if not r.startswith("quantity:")] + ["figure_is_casualty_count"]
        out.append(c)
    return out


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


def _names_inside(s, o, here) -> bool:
    """True when one argument's name holds the other, a state's ("the North Korean Foreign
    Ministry", "ministero degli Esteri della Corea del Nord" and North Korea)."""
    return any(
        x is not a and x.entity == b.entity and b.fits("Country") and a.start <= x.start and x.end <= a.end
        for a, b in ((s, o), (o, s))
        for x in here
    )


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
                "title_of_body",
                "between_no_direction",
                "background_place",
            )
        )
        for r in c.reasons
    )
    c.low = c.score < rules.high or weak


def _carried_objects(
    text, sent, cs, ce, cue_word, phrase, pred_name, pred, near, objs, roles, clause0, lent, reasons0, counted, lang
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
        for subj, o, between, act in lent:
            if act is not None and act != pred_name:
                continue  # an article's established object is the object of the same act only
            if (
                subj != s.entity
                or o.entity == s.entity
                or not any(o.fits(t) for t in pred.range)
                or any(m.entity not in (s.entity, o.entity) and any(m.fits(t) for t in pred.range) for m in between)
            ):
                continue
            ref = replace(o, start=ce, end=ce, nested=False, alternatives=(), antecedent=o.text, carried=True)
            pair = ArgumentPair(
                text, cs, ce, cue_word, phrase, pred_name, s, ref, None, None, s, sent, (), pred.symmetric, lang=lang
            )
            score, reasons = score_pair(pair)
            if counted:
                score += 15
                reasons.append("unit_hint+15")
            if act is None:
                out.append((score - 15, s, ref, [*reasons0, *reasons, "carried_object-15"]))
            else:
                # round 103: the act's one object so far in the article ("Pyongyang has sent ...
                # munitions. ... Pyongyang had sent about one million rounds.")
                out.append((score - 20, s, ref, [*reasons0, *reasons, "established_object-20"]))
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
    title_from: dict[int, int] = {}
    title_state: dict[int, str] = {}  # round 149 (`host_no_visitor`): "Egyptian President X"'s Egypt
    for m in here:
        for t in titles:
            if m.entity == t.subject and t.start <= m.start and m.end <= t.end and m.fits("Person"):
                title_state[id(m)] = t.object
                if t.start < m.start:
                    title_from[id(m)] = t.start
    stoks = fold_tokens(text[sent.start : sent.end])
    stoks = [(t, a + sent.start, b + sent.start) for t, a, b in stoks]
    pair_claims: dict[tuple, list] = {}
    found = cues.scan(stoks) + _structural_cues(text, here, schema)
    # round 70: a demonym right before a person's name qualifies the person ("il presidente russo
    # Vladimir Putin è arrivato a Pyongyang": Putin arrived, Russia deployed nothing), unless the
    # sentence names forces ("il leader marsoviano X ha inviato 10.000 soldati": the state's
    # deployment, a person deploys none)
    name_demonyms = (
        set()
        if names_forces(text, sent.start, sent.end, lang)
        else {
            id(m)
            for m in here
            if m.demonym
            and any(x.fits("Person") and x.start >= m.end and not text[m.end : x.start].strip() for x in here)
        }
    )
    attr_spans = [(a.start, a.end) for a in frame.attributions] if frame else []
    weak = rules.weak_cues.get(lang, frozenset())
    goods = goods_word(frozenset(u for u, ps in rules.units.items() if ps & rules.item_predicates))
    source_pairs = attribution_sources(text, found, here, lang)
    sources = {id(m) for *_, m in source_pairs} | (frame.excluded if frame else set())
    coord: dict[int, set[int]] = {}
    main = sentence_subject(here)
    quantities = find_quantities(text, sent.start, sent.end, lang)
    for kind, pname, phrase, cs, ce in found:
        if kind != "pred" or pname in APPOSITIVE:
            continue  # titles make LEADS / HOLDS_POSITION_IN (see graph.extract.titles)
        adjunct_at = _adjunct_speaker(text, frame, cs, sent, schema.predicates[pname].symmetric, lang)
        adjunct, adjunct_end = adjunct_at if adjunct_at is not None else (None, cs)
        if adjunct is None and any(a <= cs and ce <= b for a, b in attr_spans):
            continue  # "secondo quanto riportato" is attribution, not a REPORTED cue
        if pname in rules.item_predicates and _sends_a_message(text, found, ce, rules):
            continue  # rule message_is_no_goods (round 100): "sent Putin a message" sends no goods
        if pname in rules.item_predicates and words(lang).WORDS_GIVEN.match(text, ce):
            continue  # rule words_are_no_goods (round 120): "ha ricevuto una spiegazione" moves no goods
        if pname in rules.not_yet_done and words(lang).PROSPECT_BEFORE.search(text, max(sent.start, cs - 30), cs):
            continue  # rule not_yet_done (round 123): "are close to signing a treaty" signed none
        if words(lang).ANONYMITY_AFTER.match(text, ce):
            continue  # rule asked_anonymity (round 109): "che ha chiesto l'anonimato" asks for no act
        if (pname == rules.troop_presence or pname in rules.item_predicates) and _sends_visitors(
            text, ce, sent.end, lang
        ):
            continue  # rule visitors_are_no_force (round 102): "ha inviato in Russia una delegazione"
        clause0 = frame.clause_start(cs, sent.start) if frame else sent.start
        if words(lang).NONE_GIVEN.match(text, ce):
            continue  # rule none_given (round 127): "sent no troops", "supplied no oil at all": none
        if frame and frame.negated(cs, clause0):
            continue  # "senza il sostegno dell'artiglieria", "has not acknowledged the deployment"
        content = None
        inner = None
        if frame:
            inner, _ = frame.attribution_for(cs, ce)
            content = inner.content if inner else None
        reasons0 = [f"cue {phrase!r}"]
        presence_only = rules.presence_cues.get(pname, frozenset())  # round 33: cue only where placed
        envoy = None
        if phrase in rules.envoy_cues.get(pname, ()):
            # rule summoned_envoy (round 77): "called in North Korea's charge d'affaires" protests
            # against the envoy's state; a summons of no envoy ("summoned the family") is no claim
            em = words(lang).ENVOY_AFTER_SUMMON.match(text, ce)
            if em is None:
                continue
            envoy = (ce, em.end())
        if phrase in rules.appeal_cues.get(pname, ()) and words(lang).APPEAL_INFINITIVE.match(text, ce, sent.end):
            continue  # rule appeal_cue (round 148): "called on North Korea to withdraw" is an appeal
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
            in_return = paid_for_forces(text, ce, frame, lang)
            if in_return:
                reasons0.append("in_return_for_forces")
        pred_name = rules.in_return_to if in_return else pname
        pred = schema.predicates[pred_name]
        if in_return and "in_return_for_forces" not in reasons0:
            reasons0.append("in_return")
        args = (
            here
            if pname in ("REPORTED", "CITES")
            else [
                m
                for m in here
                if id(m) not in sources
                or _own_relative_clause(text, m, cs, lang)
                or _speaker_after_report(frame, m, cs)
                or m is adjunct
                or ce <= m.start < adjunct_end  # the adjunct's own names ("after talks with Y")
            ]
        )
        if content:
            args = [m for m in args if content[0] <= m.start and m.end <= content[1]]
        if titled and "Person" in pred.domain and (envoy is None or pred.symmetric):
            # rule ``title_state_is_no_party``: "met Marsovian President Ivo Brand": where a person
            # can act, the state of a person's title names the post (its own LEADS claim), not a
            # party; state acts ("il leader nordcoreano ha inviato truppe") keep the state, and so
            # does a protest by summons ("summoned Sylvania's ambassador, Pak Sol Ho": round 91)
            args = [m for m in args if id(m) not in titled]
        # rule ``breached_is_no_party``: "in breach of U.N. resolutions", "in violazione delle
        # sanzioni ONU": the body whose rules are broken takes no part in the act
        args = [m for m in args if not _BREACH[lang].search(text, max(sent.start, m.start - 50), m.start)]
        # rule ``intermediary_no_party`` (round 81): "gave wheat through the WFP", "routed via X",
        # "tramite il Pam": the channel an act passes through is neither giver nor receiver
        args = [m for m in args if not words(lang).THROUGH_BEFORE.search(text, max(sent.start, m.start - 16), m.start)]
        # rule ``compound_modifier`` (round 86): "a U.S.-drafted resolution", "Russian-made drones":
        # a name joined to a lower-case word by a hyphen qualifies the noun after it, it is no party
        args = [m for m in args if not re.match(r"[-–][a-z]", text[m.end : m.end + 2])]
        if pred_name in rules.partner_acts:
            # rule ``enemy_is_no_partner``: "al fianco della Russia contro l'Ucraina", "against X"
            args = [m for m in args if not enemy_before(lang).search(text, max(sent.start, m.start - 40), m.start)]
            # round 41: the one fought ("fighting Ukrainian forces alongside Russian troops")
            args = [m for m in args if not _FIGHT_OBJECT[lang].search(text, max(sent.start, m.start - 25), m.start)]
        not_here = set()
        if pred_name in rules.enemy_not_destination:
            # rule ``enemy_not_destination`` (round 24): "sent troops to fight Ukrainian forces",
            # "against Ukraine": the enemy is no destination (it may still be a subject elsewhere)
            not_here = {
                id(m)
                for m in args
                if enemy_before(lang).search(text, max(sent.start, m.start - 40), m.start)
                or _FIGHT_OBJECT[lang].search(text, max(sent.start, m.start - 25), m.start)
            }
        fixed = rules.fixed_location.get(pred_name)
        cue_word = text[cs:ce].split()[-1].lower() if text[cs:ce].split() else ""
        sellers: set[int] = set()
        if RECEIVE_VERB.match(cue_word) and pred_name in rules.item_predicates:
            # rule maker_sells (round 76): "Moscow has been buying North Korean weapons", "Russia's
            # purchases of North Korean military equipment": the goods' makers are who gives them
            item_spans = [(x.start, x.end) for x in here if x.fits("WeaponSystem")]
            sellers = {id(m) for m in here if _maker_after_receive(text, m, ce, goods, item_spans)}
        subj = [
            m
            for m in args
            if any(m.fits(t) for t in pred.domain)
            and id(m) not in name_demonyms
            and (fixed is None or m.type in fixed)
            and (
                not m.demonym
                or demonym_stands(text, m, lang, cs, ce, pred_name in rules.state_acts)
                or phrase in rules.people_cues.get(pname, ())  # round 115: checked with its object below
                or (pred_name in rules.people_acts and people_before_cue(text, cs, m, lang))  # round 120
                or (pred_name in rules.item_predicates and _maker_of_goods(text, m, cs, ce, goods, lang))
                or id(m) in sellers
            )
        ]
        objs = [
            m
            for m in args
            if any(m.fits(t) for t in pred.range)
            and (
                not m.demonym
                or demonym_stands(text, m, lang, cs, ce, pred_name in rules.state_acts, True)
                or (envoy is not None and envoy[0] <= m.start and m.end <= envoy[1])  # "l'ambasciatore russo"
                # round 102 (`targets_of_measures`): "blacklisted North Korean and Russian firms"
                or (pred_name in rules.measures and _qualifies_targets(text, m, lang))
            )
            and id(m) not in not_here
            # round 119 (`place_title`): "met Primorsky Krai Governor Vladimir Miklushevsky": the
            # place qualifies the title of the person after it, no argument of its own; round 131:
            # any name but a state's (a one-word place proposed as an organisation, "Gazprom CEO X";
            # "summoned South Korean Ambassador X" summons the state's envoy)
            and not (not m.fits("Person") and not m.fits("Country") and _qualifies_title(text, m, args, lang))
            # round 114 (`contrast_clause`): ", while South Korea has long hoped ...": a clause of its
            # own after the cue, whose names are none of the cue's objects
            and not (m.start >= ce and words(lang).CONTRAST_CLAUSE.search(text, ce, m.start))
            and not (pred_name in rules.enemy_not_destination and m.demonym and qualifies_force(text, m, lang, cs, ce))
            # round 49: a people named by its adjective ("accanto ai russi") is a side, never a
            # place (where forces go, fight or lose men)
            and not (
                m.demonym
                and not any(t in pred.range for t in ("MilitaryUnit", "Organization", "Person"))
                and nominal_demonym(text, m, lang)
            )
            and not (
                pred_name in rules.purpose_not_object
                and m.start >= ce
                and words(lang).PURPOSE_FOR.search(text, max(ce, m.start - 40), m.start)
            )
        ]
        if frame and pred_name in rules.item_predicates | {rules.in_return_to}:
            # "fornire tecnologia alla Corea del Nord in cambio delle truppe": the troops are the counterpart
            objs = [o for o in objs if not any(cs <= a <= o.start < b for a, b in frame.in_return)]
        earlier = tuple((a, b) for k, _, _, a, b in found if k == "pred" and b <= cs)
        transfer = pred_name in rules.item_predicates
        roles = {id(m): argument_role(text, cs, ce, cue_word, m, goods, transfer) for m in here}
        for m in here:
            # rule between_titled (round 93): "talks in Moscow between North Korean Vice Foreign
            # Minister Im Chon Il and ...": a titled name's phrase opens at its title
            t0 = title_from.get(id(m))
            if (
                roles[id(m)] is None
                and t0 is not None
                and t0 >= ce
                and (role := argument_role(text, cs, ce, cue_word, replace(m, start=t0), goods, transfer))
                in ("between", "agent")
            ):
                roles[id(m)] = role  # round 132: "la visita compiuta da presidente X": a titled agent too
        roles.update(dict.fromkeys(sellers, "agent"))
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
        if pred_name in rules.enemy_not_destination:
            # round 68: where forces come from is no destination ("trasferiti in segreto ...
            # dall'Estremo Oriente", "moved from the Far East")
            objs = [
                o for o in objs if o.end <= cs or not _FROM_BEFORE[lang].search(text, max(ce, o.start - 20), o.start)
            ]
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
        speaker = speaker_subject(text, inner, pred, subj, cs, lang)
        owner = force_owner(text, phrase, ce, here, lang) if pred_name in rules.state_acts else None
        named_pair = _hyphen_pair(text, ce, here) if pred.symmetric else None
        summons = envoy if envoy is not None and pred.symmetric else None
        opening = {id(o): _object_opening(text, o, title_from.get(id(o)), summons, sent, ce, lang) for o in objs}
        more_subjects: list[Any] = [speaker] if speaker is not None else []
        if adjunct is not None and all(x is not adjunct for x in near) and any(x is adjunct for x in subj):
            more_subjects.append(adjunct)
        for s in near + more_subjects:
            if named_pair is not None and s.entity not in named_pair:
                continue  # rule hyphen_pair (round 42): "la posizione della Cina sul vertice Putin-Kim"
            if owner is not None and s.entity != owner.entity and state_of(s, here).entity != owner.entity:
                continue  # rule force_owner (round 37): "l'invio di truppe nordcoreane": theirs, not X's
            srole = roles.get(id(s))
            if named_pair is not None and srole is None and s.start >= ce:
                srole = "between"  # "vertice Putin-Kim" reads as "vertice tra Putin e Kim"
            if (
                s.end <= cs
                and s.start < clause0
                and srole is None
                and s is not speaker
                and s is not adjunct
                and not pronoun_owner(text, cs, s, main)
            ):
                continue  # the subject of another clause ("X ha detto che <clause>"), unless a pronoun owns the act
            for o in objs:
                if s.entity == o.entity or abs(o.start - cs) > MAX_WINDOW // 2:
                    continue
                if (
                    pred_name in rules.experiencer_first
                    and srole in ("agent", "agent_np")
                    and not any(o.fits(t) for t in pred.domain)
                ):
                    continue  # rule stimulus_agent (round 96): "concerned by North Korea's decision to ...
                    # leave the NPT": the agent of a feeling causes it; it feels only what can feel back
                if pred_name in rules.visits and title_state.get(id(s)) == o.entity:
                    continue  # rule host_no_visitor (round 149): "Egyptian President Mubarak" visits no Egypt
                if envoy is not None and not _summoned(text, envoy, o, pred.symmetric, lang):
                    continue  # rule summoned_envoy (round 77): the summoned envoy's state only
                if phrase in rules.person_cues.get(pname, ()) and not person_cue_pair(text, cs, ce, s, o, srole, lang):
                    continue  # rule person_cue: "received" is a meeting only between two people
                if phrase in presence_only and not troop_presence(text, phrase, cs, ce, o, pname, rules, lang):
                    continue  # rule presence_cue: "militari" cue a deployment only where placed
                if phrase in rules.people_cues.get(pname, ()) and not people_cue_pair(text, cs, ce, s, o, lang):
                    continue  # rule people_cue (round 115): "work in" only after a state's people
                # round 124 (`people_after_cue`): "in Russia lavorano ... 35.000 nordcoreani": the
                # people after the verb are placed where the place before it says, as a force is
                placed_people = srole is None and s.start >= ce and phrase in rules.people_cues.get(pname, ())
                if (
                    pred_name in rules.not_own
                    and o.start >= ce
                    and words(lang).OWN_BEFORE.search(text, max(ce, o.start - 14), o.start)
                ):
                    continue  # rule not_own (round 88): "Pyongyang froze its nuclear programme": its own
                if pred_name not in rules.nested_ok and _names_inside(s, o, here):
                    continue  # rule own_state (round 74): "il ministero degli Esteri della Corea del Nord"
                    # is a body of North Korea, no party to an act with it
                if pred_name != rules.troop_presence and words(lang).BORDER_WITH.search(
                    text, max(0, o.start - 30), o.start
                ):
                    continue  # round 62: "aiuto prestato nella zona di confine con l'Ucraina": where, no party
                    # (troops massed "along the border with X" are deployed there, as annotated)
                if o.demonym and any(
                    m is not o
                    and not m.demonym
                    and (m is s or m.fits("MilitaryUnit"))
                    and (
                        (m.end <= o.start and not text[m.end : o.start].strip())
                        or (o.end <= m.start and not text[o.end : m.start].strip())
                        # round 37: the demonym inside the force the cue moves ("ha trasferito più di
                        # 7.000 soldati nordcoreani"): only a count stands between the cue and them
                        or (
                            m.fits("MilitaryUnit")
                            and m.start <= o.start
                            and o.end <= m.end
                            and ce <= m.start
                            and _MOVED_COUNT.fullmatch(text, ce, m.start) is not None
                        )
                    )
                    for m in here
                ):
                    continue  # rule own_demonym (round 24): "forze speciali nordcoreane": whose, not where
                if pred_name in rules.not_if_aimed and aimed_at_place(text, max(o.end, ce), sent.end, here, lang):
                    continue  # rule not_if_aimed (round 25): "launched 24 missiles at Ukraine": an attack
                if (
                    pred_name in rules.things_only
                    and s.end <= cs
                    and reads_as_participle(text, cs, cue_word)
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
                # rule placed_force (round 37): a force named with its noun ("10.000 soldati
                # nordcoreani si trovano in Russia", "in Russia si trovano 10.000 soldati
                # nordcoreani") is the subject the words around its name place
                placed = (
                    s.fits("MilitaryUnit")
                    and s.start <= cs
                    and ce <= s.end
                    and troop_presence(text, phrase, cs, s.end, o, pred_name, rules, lang)
                )
                if _cue_in_name(text, cs, ce, s, o, here) and not placed:
                    continue  # the cue is part of a name ("test missilistici")
                if placed and srole is None:
                    srole = "placed"  # its own noun is the cue: no word order to check
                if srole == "genitive" and o.start > s.end and "," in text[s.end : o.start]:
                    continue  # "la visita di Kim nel sito, ha spiegato X, ...": the object is in the phrase
                if (
                    cs < s.start
                    and cs < o.start
                    and srole is None
                    and _CONJ.search(text, min(s.end, o.end), max(s.start, o.start))
                    and id(o) in coord.setdefault(id(s), {id(m) for m in coordinated_mentions(text, s, here)})
                ):
                    continue  # "sfidare gli Stati Uniti e la Corea del Sud": two objects, no subject
                if adjunct is not None and (
                    s is not adjunct or not _adjunct_object(text, ce, o, adjunct_end, pred.symmetric, lang)
                ):
                    continue  # the speaker's act, with whom (or where) its adjunct names
                score, reasons = score_pair(
                    ArgumentPair(
                        text, cs, ce, cue_word, phrase, pred_name, s, o, "placed" if placed_people else srole,
                        roles[id(o)], main, sent, earlier,
                        pred.symmetric, tuple(objs), pred_name in rules.about_pairs, s is adjunct, lang,
                    )
                )  # fmt: skip
                if id(s) in inside:
                    reasons.append("nominal_act_agent")
                if srole == "between" and not pred.symmetric and o.start > s.end:
                    # rule between_no_direction (round 40): "transfers between Russia and North
                    # Korea" names both sides of a one-way act but not which gives: kept apart
                    reasons.append("between_no_direction")
                if s is speaker:
                    reasons.append("speaker_is_subject")
                    # rule speaker_distance: "X acknowledged ... that it had deployed troops": the
                    # subject stands where the reported clause opens ("it", "di aver"), not at X
                    c0 = inner.content[0] if inner is not None else s.start
                    gain = (span_distance(s.start, s.end, cs, ce) - span_distance(c0, c0, cs, ce)) / 4
                    if gain >= 1:
                        score += gain
                        reasons.append(f"speaker_distance+{gain:.0f}")
                t0 = opening[id(o)]
                if t0 is not None and ce <= t0:
                    # rule distance_past_title (round 21): "ha ricevuto la ministra della Cultura russa
                    # Olga Lyubimova": the object's phrase opens with its title, not at the name
                    gain = (span_distance(o.start, o.end, cs, ce) - span_distance(t0, t0, cs, ce)) / 4
                    if gain >= 1:
                        score += gain
                        reasons.append(f"distance_past_title+{gain:.0f}")
                lo, hi = min(s.start, o.start, cs), max(s.end, o.end, ce)
                agree = sum(
                    1
                    for k, n, ph, a, b in found
                    if k == "pred" and n == pname and lo <= a and b <= hi and a != cs and ph not in presence_only
                )
                if agree:
                    score += 6 * agree
                    reasons.append(f"agreeing_cues+{6 * agree}")
                if phrase in weak and not any(
                    k == "pred" and n == pname and lo <= a and b <= hi and ph not in weak for k, n, ph, a, b in found
                ):
                    if troop_presence(text, phrase, cs, ce, o, pred_name, rules, lang):
                        reasons.append("troop_presence")
                    elif any(r.startswith("help_adjunct+") for r in reasons):
                        pass  # "con l'aiuto della Russia": the adverbial says who helps whom
                    elif any(r.startswith("indirect_object+") for r in reasons):
                        pass  # round 100: "sent Putin a message": the giver and the recipient are named
                    else:
                        reasons.append("weak_cue")  # only a common word ("soldati", "trattato") cues it
                if any(
                    rules.takes_unit(pred_name, q.unit) and span_distance(q.start, q.end, cs, ce) <= 40
                    for q in quantities
                ):
                    score += 15  # "ha inviato oltre 10.000 soldati": the count tells what was sent
                    reasons.append("unit_hint+15")
                scored.append((score, s, o, reasons0 + reasons))
        # implicit subject: nothing before the cue can be the subject -> the subject of a recent sentence
        if (
            carried
            and adjunct is None
            and not any(s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj)
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
                    do = span_distance(cs, ce, o.start, o.end)
                    score = 100 - (cs - sent.start) / 4 - do / 4 - 30 + 8 * (len(phrase.split()) - 1)
                    ref = replace(s, nested=False, alternatives=(), antecedent=s.text, carried=True)
                    scored.append((score, ref, o, [*reasons0, "implicit_subject-30"]))
        if not scored and lent and adjunct is None and pred_name in rules.state_acts:
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
                    rules.takes_unit(pred_name, q.unit) and span_distance(q.start, q.end, cs, ce) <= 40
                    for q in quantities
                ),
                lang,
            )
        # no subject at all: the article's main actor, for a cue with an object right after it
        if (
            not scored
            and adjunct is None
            and topic is not None
            and any(topic.fits(t) for t in pred.domain)
            and not any(s.start < cs or roles[id(s)] in ("agent", "agent_np", "genitive", "between") for s in subj)
        ):
            for o in objs:
                do = span_distance(cs, ce, o.start, o.end)
                if o.entity == topic.entity or o.start < ce or do > 40 or roles[id(o)] in ("agent", "agent_np"):
                    continue
                ref = replace(topic, start=cs, end=cs, nested=False, alternatives=(), carried=True, topic=True)
                if pred_name in rules.state_acts and passive_forces(text, clause0, cs, cue_word, lang):
                    # "More than 10,000 troops have been sent to Russia": the article's state sent them
                    counted = any(
                        rules.takes_unit(pred_name, q.unit) and span_distance(q.start, q.end, cs, ce) <= 40
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
        if RECEIVE_VERB.match(cue_word) and phrase not in rules.person_cues.get(pname, ()):
            scored = [x for x in scored if roles.get(id(x[1])) == "agent"]  # no giver named: no claim
        if not scored:
            continue
        score, s0, o0, reasons = max(scored, key=lambda x: x[0])
        if (
            pname in rules.experiencer_first
            and cause_first(text, cs, ce, cue_word, s0, o0, roles.get(id(s0)), lang)
            and any(o0.fits(t) for t in pred.domain)
        ):
            s0, o0, reasons = o0, s0, [*reasons, "experiencer_first"]  # "Tokyo was worried by Moscow"
        pairs = [(s, o0) for s in coordinated_mentions(text, s0, subj)] if not s0.carried else [(s0, o0)]
        pairs += [(s0, o) for o in coordinated_mentions(text, o0, objs) if o is not o0] if not o0.carried else []
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
                for m in joint_partners(text, ce, clause_end(frame, cs, sent), subj, lang)
                if m.entity not in {s.entity for s, _ in pairs}
            ]
        if pred_name in rules.state_acts:
            pairs = [(state_of(s, here), o) for s, o in pairs]
        for s, o in pairs:
            if s.entity == o.entity or not any(s.fits(t) for t in pred.domain):
                continue
            if s.carried:
                start, end = whole_words(text, min(o.start, cs), max(o.end, ce))
            else:
                start, end = whole_words(text, min(s.start, o.start, cs), max(s.end, o.end, ce))
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
            items = claims_per_item(c, text, here, rules, frame, sent, lang, quantities)
            if (
                c.predicate in rules.things_only
                and items[0].item is None
                and (
                    force_patterns(lang)[2].match(text, ce, ce + 50)
                    # round 38: the force is the passive's subject ("militari nordcoreani erano
                    # stati mandati in Russia", "troops have been sent")
                    or passive_forces(text, clause0, cs, cue_word, lang)
                    or force_theme_before(text, cs, lang)
                )
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
                    and span_distance(q.start, q.end, c.cue_start, c.cue_end) <= 40
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
        for c2 in claims_per_item(c, text, here, rules, frame, sent, lang, quantities)
    }
    for c in citation_claims(text, sent, found, here, schema, source_pairs):
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


def _object_opening(
    text: str, o, title_start: int | None, summons: tuple[int, int] | None, sent: Sentence, ce: int, lang: str
) -> int | None:
    """Where the phrase of object *o* opens, for its distance to the cue ending at *ce*: at its
    title (rule distance_past_title, round 21), at the summoned envoy's words for a meeting
    (*summons*, round 91), at the delegation it leads (rule delegation_led_by, round 93:
    "received a delegation led by Deputy Foreign Minister X"); None when at its name."""
    t0 = summons[0] if summons is not None else title_start
    if t0 is None and o.start > ce and o.fits("Person"):
        t0 = appositive_title(text, ce, o.start, lang)  # round 110: "con il presidente del X, Kang"
        if t0 is None:
            t0 = place_title(text, ce, o.start, lang)  # round 119: "met Primorsky Krai Governor X"
    led = words(lang).LED_BY.search(text, max(sent.start, (t0 or o.start) - 80), t0 or o.start)
    return max(led.start(), ce) if led is not None else t0


def _qualifies_title(text: str, m, args, lang: str) -> bool:
    """Rule ``place_title`` (round 119): *m* opens the title of a person named right after it."""
    return any(
        x.fits("Person") and x.start > m.end and place_title(text, m.start, x.start, lang) == m.start for x in args
    )


def _summoned(text: str, envoy: tuple[int, int], o, meeting: bool, lang: str) -> bool:
    """The object a summons of an envoy (*envoy*: the words "Sylvania's ambassador") may take: a
    protest is against the envoy's state (round 77); a meeting (*meeting*: a symmetric predicate)
    is with the envoy the summons names, in the phrase or right after it ("called in Ambassador
    Pak Sol Ho", "l'ambasciatore silvano a Freedonia, Pak Sol Ho": rule summoned_envoy_met,
    round 91)."""
    if not meeting:
        return envoy[0] <= o.start and o.end <= envoy[1] and o.fits("Country")
    if not o.fits("Person") or o.start < envoy[0]:
        return False
    return o.start < envoy[1] or bool(words(lang).ENVOY_NAME_GAP.fullmatch(text, envoy[1], o.start))


def _maker_of_goods(text: str, m, cs: int, ce: int, goods: re.Pattern, lang: str) -> bool:
    """Rule ``maker_of_goods`` (round 47): "North Korean artillery shells shipped to Russia",
    "proiettili nordcoreani spediti in Russia": a demonym naming whose goods a transfer participle
    moves names the one who sends them (a goods noun next to it, at most four words before the
    participle, no punctuation between); round 108: so does one before a goods word and a
    transfer noun ("Russian fuel deliveries to North Korea", ``TRANSFER_NOUNS``)."""
    if m.end > cs or cs - m.end > 40 or re.search(r"[,;:()]", text[m.end : cs]):
        return False
    if _ONE_WORD_GAP.fullmatch(text, m.end, cs) and text[cs:ce].lower() in words(lang).TRANSFER_NOUNS:
        return True
    if m.nested:
        # round 50: the maker inside the goods' class name right before a transfer noun ("North
        # Korean weapons deliveries", "North Korean arms exports")
        return len(text[m.end : cs].split()) <= 2
    cue_words = text[cs:ce].split()
    if not cue_words or not reads_as_participle(text, cs, cue_words[-1].lower()):
        return False
    return bool(goods.search(text, m.end, cs) or goods.search(text, max(0, m.start - 30), m.start))


#: One lower-case word between two others ("Russian fuel deliveries").
_ONE_WORD_GAP = re.compile(r"\s+[a-z]+\s+")

#: What may stand between a cue of receiving and the makers' adjective of what is received:
#: "of", an article, a few modifiers ("purchases of North Korean", "buying large quantities of").
_RECEIVED_GAP = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s+\Z|\s*\Z")


def _maker_after_receive(text: str, m, ce: int, goods: re.Pattern, items: list[tuple[int, int]]) -> bool:
    """Rule ``maker_sells`` (round 76): a demonym naming the makers of the goods right after a
    cue of receiving ("buying North Korean weapons", "acquisto di armi nordcoreane") names who
    gives them: the goods (a counted noun or a class of weapons) stand right after it (English)
    or right before it (Italian)."""
    if not m.demonym or m.start < ce or m.start - ce > 40 or re.search(r"[,;:()]", text[ce : m.start]):
        return False
    if not _RECEIVED_GAP.fullmatch(text, ce, m.start):
        return False
    if any(a <= m.start < b and b > m.end for a, b in items):
        return True  # the makers inside the class's name: "North Korean weapons"
    if any(0 <= a - m.end <= 25 and text[m.end : a].count(" ") <= 3 for a, _ in items):
        return True  # "North Korean military equipment"
    if any(0 <= m.start - b <= 2 for _, b in items):
        return True  # "armi nordcoreane"
    return bool(goods.match(text, m.end + 1) or goods.search(text, max(ce, m.start - 25), m.start))


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
#: Round 68: a preposition of origin right before a name ("dall'Estremo Oriente", "from the Far East").
_FROM_BEFORE = {lang: _preposition_before(m.ORIGIN_PREPOSITIONS) for lang, m in LANGUAGES.items()}
_POSSESSOR = re.compile(r"['’]s?\s+")
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
