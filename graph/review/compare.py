"""How a drafted claim stands against the curated claims: agrees, differs, disagrees.

Each curated claim about the same subject and predicate (or the exclusive opposite
predicate, e.g. ``SUPPORTS`` versus ``RELUCTANT_TO_SUPPORT``) is put beside the drafted
one in a two-claim dataset and handed to :func:`graph.analytics.conflicts.conflicts`, so
the review judges figures, dates and exclusive predicates exactly as ``kg conflicts``
does: a conflict whose bounds overlap (">= 10,000" and "12,000" soldiers) *differs*, one
that cannot hold with the other *disagrees*, none with the same object *agrees*.
"""

from __future__ import annotations

from typing import Any

from ..analytics.conflicts import conflicts
from ..model import Claim, Dataset, claim_from_form, format_quantity

__all__ = ["RELATIONS", "claim_from_payload", "compare_claim"]

#: Relations in the order a reviewer reads them.
RELATIONS = ("already curated", "disagrees", "differs", "agrees")


def claim_from_payload(payload: dict, dataset: Dataset, start: int = 0) -> Claim | None:
    """A :class:`~graph.model.Claim` for a draft payload, or ``None`` when it is not complete.

    A payload being reviewed may be half edited: text where a number goes, a figure that is
    not one. Values are coerced as far as they go before :func:`~graph.model.claim_from_form`.
    """
    try:
        quantity = payload.get("quantity")
        form = {
            **payload,
            "quote": str(payload["quote"]),
            "credibility": int(payload.get("credibility", 6)),
            "hedged": bool(payload.get("hedged", False)),
            "quantity": quantity if isinstance(quantity, (int, float)) and not isinstance(quantity, bool) else None,
            "peripheral": bool(payload.get("peripheral", False)),
        }
        return claim_from_form(form, start=start)
    except (KeyError, TypeError, ValueError):
        return None


def _figure(c: Claim) -> str:
    return format_quantity(c.quantity, c.quantity_bound, c.unit) if c.quantity is not None else ""


def compare_claim(dataset: Dataset, payload: dict) -> list[dict[str, Any]]:
    """The curated claims of *dataset* the drafted claim *payload* agrees or disagrees with.

    Each entry has ``relation`` (one of :data:`RELATIONS`), ``summary`` (the conflict's
    one-line summary, or the agreeing claim), and the curated claim's ``document``,
    ``quote``, ``figure``, ``date``, ``attributed_to`` and ``id``; most serious first.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> ds = load_dataset("tests/fixtures/analytics")
    >>> new = {"subject": "north-korea", "predicate": "DEPLOYED_TO", "object": "russia", "document": "doc-d",
    ...        "quote": "x", "quantity": 11000, "quantity_bound": "exact", "unit": "soldiers"}
    >>> [(r["relation"], r["figure"], r["document"]) for r in compare_claim(ds, new)]
    [('disagrees', '12000 soldiers', 'doc-b'), ('differs', '≥10000 soldiers', 'doc-a'), ('agrees', '', 'doc-c')]
    """
    mine = claim_from_payload(payload, dataset)
    if mine is None:
        return []
    opposite = dataset.schema.conflicts.opposites(mine.predicate)
    out = []
    for other in dataset.claims:
        if other.subject != mine.subject or (other.predicate != mine.predicate and other.predicate not in opposite):
            continue
        if other.id == mine.id:
            relation, summary = "already curated", f"the same claim is in {other.source_file or other.document}"
        else:
            pair = Dataset(dataset.schema, dataset.entities, dataset.documents, [other, mine])
            found = conflicts(pair)
            if found:
                relation = "differs" if all(c["reconcilable"] for c in found) else "disagrees"
                summary = "; ".join(c["summary"] for c in found)
            elif other.predicate == mine.predicate and other.object == mine.object:
                relation = "agrees"
                figure = _figure(other)
                summary = (
                    f"{dataset.entity_name(other.subject)} {other.predicate} {dataset.entity_name(other.object)}"
                    + (f" ({figure})" if figure else "")
                    + f", {other.document}"
                )
                if other.document == mine.document:
                    summary += " (the same document: not an independent source)"
            else:
                continue
        out.append(
            {
                "relation": relation,
                "summary": summary,
                "id": other.id,
                "document": other.document,
                "quote": other.quote,
                "figure": _figure(other),
                "date": str(other.when) if other.when else "",
                "attributed_to": getattr(other, "attributed_to", None),
                "object": other.object,
            }
        )
    out.sort(key=lambda r: (RELATIONS.index(r["relation"]), r["document"]))
    return out
