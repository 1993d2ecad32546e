"""The two records the claim rules pass around: typed mentions in, candidate claims out.

A :class:`TypedMention` is a name in the text resolved to one entity of one schema type
(made by :mod:`graph.extract.pipeline`); a :class:`CandidateClaim` is a proposed claim with
its evidence (quote, offsets, cue, score, attribution, quantity, date), made by
:mod:`graph.extract.claims` and the claim makers beside it (titles, places, casualties).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import PartialDate
from ..schema import Schema

__all__ = ["CandidateClaim", "TypedMention"]


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
