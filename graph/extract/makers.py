"""Whose weapons: a class named by its makers is not named by its common noun alone.

A known class such as "North Korean ballistic missiles" is also written "missili balistici"
(an alias) or "ballistic missiles" (rule ``class_head``), but those common nouns do not say
whose missiles they are: "Russia fired ballistic missiles at Kyiv" says nothing of North
Korea. Rule ``generic_class``: a mention of such a class that does not itself name the makers
stands for the class only when its sentence names them ("Pyongyang sent ballistic missiles to
Moscow"); otherwise it is dropped, so no claim says more than the sentence does.
"""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import CLASS_TYPES, Gazetteer, Mention
from .records import CandidateClaim

__all__ = ["class_makers", "drop_foreign_items", "drop_generic_classes"]


def _states_in(text: str, finders: Sequence[Gazetteer], entity_types: dict[str, str]) -> set[str]:
    """The states *text* names, by name or by adjective."""
    found: set[str] = set()
    for g in finders:
        for m in g.find(text, cased=False):
            found.update(i for i in m.entities if entity_types.get(i) == "Country")
    return found


def class_makers(
    gazetteer: Gazetteer, entity_types: dict[str, str], finders: Sequence[Gazetteer]
) -> dict[str, set[str]]:
    """The classes some name of which names the states that make them, with those states.

    Examples
    --------
    >>> g = Gazetteer.from_names([("kp", "North Korea"), ("kp-missiles", "North Korean missiles"), ("kp-missiles", "missiles")])
    >>> from graph.extract.pipeline import demonym_gazetteer
    >>> types = {"kp": "Country", "kp-missiles": "WeaponSystem"}
    >>> class_makers(g, types, [g, demonym_gazetteer(g, types, "en")])
    {'kp-missiles': {'kp'}}
    """
    names: dict[str, list[str]] = {}
    for key, ids in gazetteer.index.items():
        for i in ids:
            if entity_types.get(i) in CLASS_TYPES:
                names.setdefault(i, []).append(" ".join(key))
    out: dict[str, set[str]] = {}
    for eid, forms in names.items():
        makers = set().union(*(_states_in(f, finders, entity_types) for f in forms)) - {eid}
        if makers:
            out[eid] = makers
    return out


def drop_generic_classes(
    text: str,
    sentences: Sequence,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    finders: Sequence[Gazetteer],
    makers: dict[str, set[str]] | None = None,
) -> list[Mention]:
    """*mentions* without the common-noun mentions of a makers' class whose sentence names no maker.

    *finders* are the gazetteers that find states by name and by adjective in the language;
    *makers* is :func:`class_makers` of them when the caller has it already.
    """
    if makers is None:
        makers = class_makers(gazetteer, entity_types, finders)
    if not makers:
        return mentions
    named: dict[tuple[int, int], set[str]] = {}  # the states each sentence names, looked up once

    def states_around(pos: int) -> set[str]:
        sent = next((s for s in sentences if s.start <= pos < s.end), None)
        span = (sent.start, sent.end) if sent else (0, len(text))
        if span not in named:
            named[span] = _states_in(text[span[0] : span[1]], finders, entity_types)
        return named[span]

    out: list[Mention] = []
    for m in mentions:
        owners = makers.get(m.entities[0]) if len(m.entities) == 1 else None
        if (
            owners
            and not (_states_in(m.text, finders, entity_types) & owners)
            and not (states_around(m.start) & owners)
        ):
            continue  # "ballistic missiles" in a sentence that names no maker: whose, it does not say
        out.append(m)
    return out


def drop_foreign_items(
    claims: list[CandidateClaim], makers: dict[str, set[str]], item_predicates: frozenset[str]
) -> list[CandidateClaim]:
    """Rule ``foreign_item`` (round 65): a transfer's item that is a makers' class (see
    :func:`class_makers`) whose makers do not include the sender is not that class: "Russia could
    supply weapons to North Korea" moves weapons, not North Korea's; the claim keeps no item (and
    one claim stands for the items of a list that all lose theirs)."""
    out, seen = [], set()
    for c in claims:
        owners = makers.get(c.item) if c.item and c.predicate in item_predicates else None
        if owners and c.subject not in owners:
            c.item = None
            c.reasons.append("foreign_item")
            key = (c.subject, c.predicate, c.object, c.sentence_start)
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out
