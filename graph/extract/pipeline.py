"""The extraction pipeline: text -> sentences -> mentions -> new-entity candidates -> claims."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..dates import PartialDate
from ..documents import parse_header
from ..schema import Schema
from .candidates import Candidate, find_candidates
from .claims import CandidateClaim, TypedMention, find_claims
from .gazetteer import Gazetteer, Mention
from .sentences import split_sentences

__all__ = ["TypedMention", "Extraction", "extract", "fit_type"]


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


def extract(text: str, *, lang: str, schema: Schema, gazetteer: Gazetteer, entity_types: dict[str, str],
            doc_date: PartialDate | None = None, taken_ids: set[str] | None = None) -> Extraction:
    """Run the whole extraction on *text* (the stored document text; offsets index it).

    *entity_types* maps every known entity id to its type; *taken_ids* are ids new
    candidates must not reuse (defaults to the known entity ids).
    """
    t0 = time.perf_counter()
    header_date, body = parse_header(text)
    doc_date = doc_date or header_date
    sentences = split_sentences(text, lang, body)
    raw = [m for m in gazetteer.find(text) if m.start >= body]
    mentions: list[TypedMention] = []
    for m in raw:
        ids = [i for i in m.entities if i in entity_types]
        if not ids:
            continue
        mentions.append(TypedMention(m.start, m.end, m.text, ids[0], entity_types[ids[0]], m.nested, True, schema,
                                     tuple(ids[1:])))
    candidates = find_candidates(text, sentences, raw, gazetteer, set(taken_ids if taken_ids is not None else entity_types))
    candidates = [c for c in candidates if any(m.start >= body for m in c.mentions)]
    for c in candidates:
        fitted = fit_type(schema, c.type)
        if fitted != c.type:
            c.reason += f"; guessed {c.type}, which the schema lacks"
            c.type = fitted
        for m in c.mentions:
            mentions.append(TypedMention(m.start, m.end, m.text, c.id, c.type, False, False, schema))
    mentions.sort(key=lambda m: (m.start, -m.end))
    claims = find_claims(text, sentences, mentions, schema, lang, doc_date)
    notes = []
    if not mentions:
        notes.append("no known entity and no new-entity candidate was found in the text")
    elif not claims:
        notes.append("no candidate claim: no sentence has two mentions and a predicate cue")
    if doc_date is None:
        notes.append("the document has no date: relative dates (\"ad agosto\") were left unresolved")
    return Extraction(lang, doc_date, len(sentences), mentions, candidates, claims, notes,
                      time.perf_counter() - t0)
