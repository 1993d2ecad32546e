"""The extraction pipeline: text -> sentences -> mentions -> new-entity candidates -> claims."""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..dates import PartialDate
from ..documents import parse_header
from ..schema import Schema
from .calibration import DEMOTED
from .candidates import RECURRING_NAME, Candidate, dateline_spans, family_part, find_candidates, longer_names
from .claims import find_claims
from .gazetteer import Gazetteer, fold_tokens
from .lang import words
from .makers import class_makers, drop_foreign_items, drop_generic_classes
from .organisations import organisation_mentions
from .records import CandidateClaim, TypedMention
from .ruledata import rules_for
from .sentences import detect_language, split_sentences
from .states import former_capitals, state_mentions

__all__ = ["Extraction", "TypedMention", "demonym_forms", "demonym_gazetteer", "extract", "fit_type", "inside_compound"]


def fit_type(schema: Schema, guess: str) -> str:
    """*guess* if the schema has it (concrete), else the closest general type it has.

    Examples
    --------
    >>> from graph.schema import EntityType
    >>> s = Schema({"Organization": EntityType("Organization"), "Person": EntityType("Person")}, {})
    >>> fit_type(s, "MediaOutlet"), fit_type(s, "Person")
    ('Organization', 'Person')
    """
    t = schema.types.get(guess)
    if t is not None and not t.abstract:
        return guess
    for fallback in ("Organization", "Thing"):
        t = schema.types.get(fallback)
        if t is not None and not t.abstract:
            return fallback
    concrete = sorted(n for n, t in schema.types.items() if not t.abstract)
    return concrete[0] if concrete else guess


@dataclass
class Extraction:
    """Everything the extractor found in one text."""

    language: str
    doc_date: PartialDate | None
    sentences: int
    mentions: list[TypedMention]
    candidates: list[Candidate]
    claims: list[CandidateClaim]
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


_COMPOUND_RX: dict[str, re.Pattern] = {}


def inside_compound(text: str, m, lang: str) -> bool:
    """Round 11 (`inside_compound`): True when mention *m* is part of a compound noun of the
    language (``COMPOUND_NOUNS``) without covering it: "tank" in "a London-based think tank" names
    no weapon; round 100: or closes a sea's or a strait's name (``FEATURE_OF``): "the Sea of Japan"
    names no state.

    >>> from graph.extract.gazetteer import Mention
    >>> t = "a defence think tank"
    >>> inside_compound(t, Mention(16, 20, "tank", ("tanks",)), "en")
    True
    >>> inside_compound("in the Sea of Japan", Mention(14, 19, "Japan", ("japan",)), "en")
    True
    """
    feature = getattr(words(lang), "FEATURE_OF", None)
    if feature is not None and feature.search(text, max(0, m.start - 24), m.start):
        return True
    if lang not in _COMPOUND_RX:
        nouns = sorted(getattr(words(lang), "COMPOUND_NOUNS", ()), key=len, reverse=True)
        _COMPOUND_RX[lang] = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in nouns) + r")(?![\w-])" if nouns else r"(?!x)x",
            re.IGNORECASE,
        )
    lo = max(0, m.start - 40)
    return any(
        c.start() <= m.start and m.end <= c.end() and (c.start(), c.end()) != (m.start, m.end)
        for c in _COMPOUND_RX[lang].finditer(text, lo, min(len(text), m.end + 40))
    )


def _reference_states(
    text: str,
    lang: str,
    schema: Schema,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    taken_ids: set[str],
    body: int,
    raw: list,
) -> tuple[list, list[Candidate], set[tuple[int, int]]]:
    """Round 100 (`reference_state`): the states an article names that the dataset lacks
    (``states.yaml`` beside the rules) as new candidates, and the reference names of its own states
    as mentions of them; none inside a compound ("the Sea of Japan"). Returns those mentions, the
    candidates and the spans of both that are demonyms."""
    states = rules_for(schema).states
    if states is None:
        return [], [], set()
    taken = [(m.start, m.end) for m in raw]
    own, cands, demonyms = state_mentions(
        text, lang, states, gazetteer, entity_types, taken_ids, body=body, taken=taken
    )
    own = [m for m in own if not inside_compound(text, m, lang)]
    for c in cands:
        c.mentions = [m for m in c.mentions if not inside_compound(text, m, lang)]
    return own, [c for c in cands if c.mentions], demonyms


def _reference_organisations(
    text: str,
    lang: str,
    schema: Schema,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    taken_ids: set[str],
    body: int,
    taken: list[tuple[int, int]],
) -> tuple[list, list[Candidate]]:
    """Round 103 (`reference_organisation`): the international organisations an article names
    that the dataset lacks (``organisations.yaml`` beside the rules) as new candidates, and the
    reference names of its own as mentions of them, outside the *taken* spans."""
    orgs = rules_for(schema).organisations
    if orgs is None:
        return [], []
    return organisation_mentions(text, lang, orgs, gazetteer, entity_types, taken_ids, body=body, taken=taken)


#: Round 102: kinds of things a common noun alone may name ("trattato" for one treaty).
_GENERIC_KINDS = frozenset(("Agreement", "Programme", "Event"))


def _another_named_thing(text: str, m, gazetteer: Gazetteer, entity_types: dict[str, str], lang: str) -> bool:
    """Rule ``another_named_thing`` (round 102): a one-word lower-case alias ("trattato", "treaty")
    followed by a complement whose first word none of the entity's names holds names another thing
    of its kind ("il trattato di amicizia del 1961" is no 2024 partnership treaty; "il trattato di
    partenariato" still is)."""
    if " " in m.text or not m.text.islower() or entity_types.get(m.entity) not in _GENERIC_KINDS:
        return False
    c = words(lang).COMPLEMENT_OPENING.match(text, m.end)
    if c is None:
        return False
    word = fold_tokens(c["word"])[0][0]
    return not any(word in key and m.entity in ids for key, ids in gazetteer.index.items())


def family_name_mentions(text: str, raw: list, gazetteer: Gazetteer, entity_types: dict[str, str], body: int = 0):
    """Round 7 (`family_name`): a known person the text names in full is then named by the family
    name alone ("Sergei Shoigu ... Shoigu, who arrived ..."): last in Western order, first when a
    hyphenated given name follows ("Shin Won-sik" -> "Shin") or every part is a short syllable.
    A family name two mentioned people share, or one that is a known name itself, is left out.

    >>> g = Gazetteer.from_names([("ivo-brandt", "Ivo Brandt")])
    >>> t = "Ivo Brandt arrived. Brandt said so."
    >>> [(m.text, m.entity) for m in family_name_mentions(t, g.find(t), g, {"ivo-brandt": "Person"})]
    [('Brandt', 'ivo-brandt')]
    """
    parts: dict[str, set[str]] = {}
    for m in raw:
        eid = next((i for i in m.entities if entity_types.get(i) == "Person"), None)
        part = family_part(m.text) if eid is not None and len(m.entities) == 1 else None
        if eid is not None and part and not gazetteer.lookup(part):
            parts.setdefault(part, set()).add(eid)
    local = Gazetteer.from_names((next(iter(ids)), part) for part, ids in parts.items() if len(ids) == 1)
    taken = [(m.start, m.end) for m in raw]
    return [
        m
        for m in local.find(text, cased=True)
        if m.start >= body and not any(a < m.end and m.start < b for a, b in taken)
    ]


def short_name_owners(mentions: list[TypedMention]) -> list[TypedMention]:
    """Round 73 (`short_name_owner`): a known person's one-word name ("Kim") in a text that never
    names that person in full but names in full other people who go by it ("Kim Jong Il",
    "Kim Yong Sam") stands for one of them: for the only one, or for nobody when they are several.

    >>> from graph.schema import EntityType, Schema
    >>> sc = Schema({"Person": EntityType("Person")}, {})
    >>> ms = [TypedMention(0, 11, "Kim Jong Il", "kim-jong-il", "Person", False, False, sc),
    ...       TypedMention(30, 33, "Kim", "kim-jong-un", "Person", False, True, sc)]
    >>> [m.entity for m in short_name_owners(ms)]
    ['kim-jong-il', 'kim-jong-il']

    Round 138 (`first_named_owner`): when the text names in full both the person the short name
    is known for and others who go by it, the short name stands for the one named first, the
    article's main actor (news prose names a second person of the name in full each time).

    >>> ms = [TypedMention(0, 11, "Kim Yong Nam", "kim-yong-nam", "Person", False, False, sc),
    ...       TypedMention(40, 51, "Kim Jong Un", "kim-jong-un", "Person", True, False, sc),
    ...       TypedMention(60, 63, "Kim", "kim-jong-un", "Person", True, False, sc)]
    >>> [m.entity for m in short_name_owners(ms)]
    ['kim-yong-nam', 'kim-jong-un', 'kim-yong-nam']
    """
    full = {m.entity for m in mentions if m.type == "Person" and " " in m.text.strip()}
    owners: dict[str, set[str]] = {}
    known: dict[str, bool] = {}
    first: dict[str, tuple[int, str]] = {}  # family name -> where and who it was first written in full
    for m in mentions:
        part = family_part(m.text) if m.type == "Person" else None
        if part:
            owners.setdefault(part, set()).add(m.entity)
            known[m.entity] = m.known
            if part not in first or m.start < first[part][0]:
                first[part] = (m.start, m.entity)
    out = []
    for m in mentions:
        others = owners.get(m.text, set()) - {m.entity}
        if m.type != "Person" or " " in m.text.strip() or not others:
            out.append(m)
        elif m.entity in full:
            start, owner = first[m.text]
            moved = owner != m.entity and start < m.start
            out.append(replace(m, entity=owner, known=known[owner], alternatives=()) if moved else m)
        elif len(others) == 1:
            (owner,) = others
            out.append(replace(m, entity=owner, known=known[owner], alternatives=()))
    return out


def demonym_gazetteer(gazetteer: Gazetteer, entity_types: dict[str, str], lang: str) -> Gazetteer:
    """The adjectives of the known states, derived by the language's rules ("North Korean").

    English names its states' people and things with an adjective made from the name
    (``DEMONYM_RULES`` of :mod:`graph.extract.lang.en`); such a mention stands for the state.

    Examples
    --------
    >>> g = Gazetteer.from_names([("kp", "North Korea"), ("ua", "Ukraine")])
    >>> [m.entity for m in demonym_gazetteer(g, {"kp": "Country", "ua": "Country"}, "en").find("North Korean and Ukrainian units")]
    ['kp', 'ua']
    """
    out = Gazetteer()
    rules = getattr(words(lang), "DEMONYM_RULES", ())
    for key, ids in gazetteer.index.items():
        states = {i for i in ids if entity_types.get(i) == "Country"}
        if not states or len(key) > 3 or not all(k.isalpha() for k in key):
            continue
        for strip, add in rules:
            last = key[-1]
            if strip and not last.endswith(strip):
                continue
            form = (last[: -len(strip)] if strip else last) + add
            for i in states:
                out.index.setdefault((*key[:-1], form), set()).add(i)
                out.lengths.setdefault(((*key[:-1], form))[0], set()).add(len(key))
    return out


def demonym_forms(gazetteer: Gazetteer, entity_types: dict[str, str], lang: str) -> Gazetteer:
    """The other gender and number forms of the states' adjectives the gazetteer knows.

    A state known by one form of its adjective ("russo", "nordcoreani") is named by every form
    ("i tecnici russi", "la delegazione nordcoreana"): ``DEMONYM_INFLECTIONS`` of the language
    gives the ending sets. Only one-word lower-case names of a Country are inflected; forms the
    gazetteer already holds are left out.

    Examples
    --------
    >>> g = Gazetteer.from_names([("ru", "Russia"), ("ru", "russo"), ("kp", "nordcoreani")])
    >>> sorted(k[0] for k in demonym_forms(g, {"ru": "Country", "kp": "Country"}, "it").index)
    ['nordcoreana', 'nordcoreane', 'nordcoreano', 'russa', 'russe', 'russi']
    """
    out = Gazetteer()
    sets = getattr(words(lang), "DEMONYM_INFLECTIONS", ())
    for key, ids in gazetteer.index.items():
        states = {i for i in ids if entity_types.get(i) == "Country"}
        if not states or len(key) != 1 or not key[0].isalpha() or key in gazetteer.cased:
            continue  # "Russia" is a name, not an adjective
        word = key[0]
        ending = next((e for group in sets for e in group if word.endswith(e) and len(word) - len(e) >= 3), None)
        if ending is None:
            continue
        group = next(g for g in sets if ending in g)
        for other in group:
            form = (word[: -len(ending)] + other,)
            if form != key and form not in gazetteer.index:
                for i in states:
                    out.index.setdefault(form, set()).add(i)
                    out.lengths.setdefault(form[0], set()).add(1)
    return out


def extract(
    text: str,
    *,
    lang: str | None = None,
    schema: Schema,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    doc_date: PartialDate | None = None,
    taken_ids: set[str] | None = None,
    verify: bool = True,
    offices: Mapping[str, Mapping[str, frozenset[str]]] | None = None,
) -> Extraction:
    """Run the whole extraction on *text* (the stored document text; offsets index it).

    *entity_types* maps every known entity id to its type; *taken_ids* are ids new
    candidates must not reuse (defaults to the known entity ids). Without *lang* the
    language is detected from the text (a note says which). With *verify* false the learned
    verifier (:mod:`graph.extract.verifier`) is left out: the rules' own verdict, as their
    tests check it. *offices* are the offices the dataset already records
    (:func:`graph.extract.titles.offices_on_record`): "President X" with no state named is the
    one office on record for X.
    """
    t0 = time.perf_counter()
    notes = []
    if lang is None:
        lang = detect_language(text)
        notes.append(f"language detected from the text: {lang} (use --lang to set it)")
    header_date, body = parse_header(text)
    doc_date = doc_date or header_date
    sentences = split_sentences(text, lang, body)
    raw = [m for m in gazetteer.find(text, cased=lang != "en") if m.start >= body]
    people = {e for e, t in entity_types.items() if t == "Person"}
    raw, longer = longer_names(text, sentences, raw, people)
    raw = [m for m in raw if not inside_compound(text, m, lang)]
    # English adjectives of the states ("North Korean"): they name a class's makers in any
    # language's text, and English text's demonym mentions below come from them too
    demonyms = demonym_gazetteer(gazetteer, entity_types, "en")
    # whose classes are whose, looked up once: generic class nouns and foreign items (below) use it
    makers = class_makers(gazetteer, entity_types, [gazetteer, demonyms])
    raw = drop_generic_classes(text, sentences, raw, gazetteer, entity_types, [gazetteer, demonyms], makers)
    raw = [m for m in raw if not _another_named_thing(text, m, gazetteer, entity_types, lang)]
    mentions: list[TypedMention] = []
    for m in raw:
        ids = [i for i in m.entities if i in entity_types]
        if not ids:
            continue
        t = entity_types[ids[0]]
        # a state named by its lower-case adjective ("russo", "nordcoreani") is a demonym
        # (English writes "russia" in lower case as a name; its demonyms come from the rules below)
        demonym = t == "Country" and m.text.islower() and " " not in m.text and lang != "en"
        mentions.append(
            TypedMention(m.start, m.end, m.text, ids[0], t, m.nested, True, schema, tuple(ids[1:]), demonym=demonym)
        )
    for m in family_name_mentions(text, raw, gazetteer, entity_types, body):
        raw.append(m)
        mentions.append(TypedMention(m.start, m.end, m.text, m.entity, "Person", False, True, schema))
    if lang != "en":  # the forms of a state's adjective the names leave out ("russi" beside "russo")
        taken = [(m.start, m.end) for m in raw]
        for m in demonym_forms(gazetteer, entity_types, lang).find(text, cased=True):
            if m.start >= body and m.text.islower() and not any(a < m.end and m.start < b for a, b in taken):
                raw.append(m)
                mentions.append(
                    TypedMention(m.start, m.end, m.text, m.entity, "Country", False, True, schema, demonym=True)
                )
    if lang == "en":
        taken = [(m.start, m.end) for m in raw]
        weapons = [(m.start, m.end) for m in mentions if m.type == "WeaponSystem"]
        for m in demonyms.find(text, cased=False):
            if m.start >= body and any(a == m.start and m.end < b for a, b in weapons):
                # round 50: the maker inside a class name ("North Korean weapons deliveries"), kept
                # nested so only the maker-of-goods rule reads it
                mentions.append(
                    TypedMention(m.start, m.end, m.text, m.entity, "Country", True, True, schema, demonym=True)
                )
                continue
            if m.start >= body and not any(a < m.end and m.start < b for a, b in taken):
                raw.append(m)
                mentions.append(
                    TypedMention(m.start, m.end, m.text, m.entity, "Country", False, True, schema, demonym=True)
                )
    taken_ids = set(taken_ids if taken_ids is not None else entity_types)
    own_states, state_cands, state_demonyms = _reference_states(
        text, lang, schema, gazetteer, entity_types, taken_ids, body, raw
    )
    for m in own_states:
        raw.append(m)
        demonym = (m.start, m.end) in state_demonyms
        mentions.append(TypedMention(m.start, m.end, m.text, m.entity, "Country", False, True, schema, demonym=demonym))
    taken_ids |= {c.id for c in state_cands}
    own_orgs, org_cands = _reference_organisations(
        text,
        lang,
        schema,
        gazetteer,
        entity_types,
        taken_ids,
        body,
        [(m.start, m.end) for m in raw] + [(m.start, m.end) for c in state_cands for m in c.mentions],
    )
    for m in own_orgs:
        raw.append(m)
        mentions.append(TypedMention(m.start, m.end, m.text, m.entity, entity_types[m.entity], False, True, schema))
    taken_ids |= {c.id for c in org_cands}
    candidates = (
        state_cands
        + org_cands
        + find_candidates(
            text,
            sentences,
            raw + [m for c in state_cands + org_cands for m in c.mentions],
            gazetteer,
            taken_ids,
            lang=lang,
            longer=longer,
        )
    )
    candidates = [c for c in candidates if any(m.start >= body for m in c.mentions)]
    for c in candidates:
        fitted = fit_type(schema, c.type)
        if fitted != c.type:
            c.reason += f"; guessed {c.type}, which the schema lacks"
            c.type = fitted
        for m in c.mentions:
            demonym = (m.start, m.end) in state_demonyms  # round 100: "il ministro tedesco"
            mentions.append(TypedMention(m.start, m.end, m.text, c.id, c.type, False, False, schema, demonym=demonym))
    states = rules_for(schema).states
    if states is not None:  # rule ``former_state`` (round 112): "Moscow" for the Soviet Union in 1985
        former = former_capitals(mentions, lang, states, doc_date, gazetteer, entity_types)
        mentions = [
            replace(m, entity=by.entity, type="Country", known=by.known) if (by := former.get((m.start, m.end))) else m
            for m in mentions
        ]
    mentions = short_name_owners(mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    # rule dateline_no_party (round 39): "SEUL, 6 marzo –" says where the report was filed; the
    # place named there takes no part in what the report says
    filed = dateline_spans(text)
    parties = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in filed)]
    claims = find_claims(text, sentences, parties, schema, lang, doc_date, verify=verify, offices=offices)
    claims = drop_foreign_items(claims, makers, rules_for(schema).item_predicates)
    # rule ``recurring_name`` (round 108): a one-word name known by its capitals alone waits for
    # review, and so do its claims (it may be an organisation, a ship, a person, a place)
    guessed = {c.id for c in candidates if c.reason.startswith(RECURRING_NAME)}
    for claim in claims:
        if not claim.low and (claim.subject in guessed or claim.object in guessed):
            claim.low = True
            claim.reasons.append(DEMOTED + "recurring_name")
    if not mentions:
        notes.append("no known entity and no new-entity candidate was found in the text")
    elif not claims:
        notes.append("no candidate claim: no sentence has two mentions and a predicate cue")
    if doc_date is None:
        notes.append('the document has no date: relative dates ("ad agosto") were left unresolved')
    return Extraction(lang, doc_date, len(sentences), mentions, candidates, claims, notes, time.perf_counter() - t0)
