"""Features of a drafted claim, the names a confidence calibration is written in.

A drafted claim is described by a few broad features: each rule that fired (its ``reasons``,
without the score change), its predicate, the kind of attribution, whether it is hedged, and
whether its subject and object are known entities or new candidates. The development-set report
(``scripts/eval_extract.py --by-reason``) counts how often claims with each feature were right;
``schema/extraction.yaml`` (``calibration``) lists the features whose claims were too often wrong
to be drafted with the others, and :func:`demoted_by` says which of them a claim has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["DEMOTED", "FEATURE_KINDS", "SCORE_FLOOR", "claim_features", "demoted_by", "reason_name"]

#: The reason a demoted claim carries, before the calibration entry that demoted it
#: (``demoted:predicate:SUPPORTS``): the claim would be drafted high without the calibration.
DEMOTED = "demoted:"
#: The entry a claim scored under ``calibration.score_floor`` is demoted by (``demoted:score_floor``).
SCORE_FLOOR = "score_floor"

#: The kinds of feature and, where the set is closed, their values (``predicate`` and
#: ``reason`` are checked against the schema and the name form when a calibration is read).
FEATURE_KINDS: dict[str, frozenset[str] | None] = {
    "reason": None,
    "predicate": None,
    "attribution": frozenset({"named", "unnamed", "none"}),
    "hedged": frozenset({"yes", "no"}),
    "subject": frozenset({"known", "new"}),
    "object": frozenset({"known", "new"}),
}

_DELTA = re.compile(r"[+-]\d+(?:\.\d+)?\Z")


def reason_name(reason: str) -> str:
    """A reason without its score change or cue words: the rule's name.

    >>> reason_name("subject_after_cue-30"), reason_name("attribution:unnamed"), reason_name("cue 'inviato'")
    ('subject_after_cue', 'attribution:unnamed', 'cue')
    """
    return _DELTA.sub("", reason.split(" ", 1)[0])


def claim_features(
    predicate: str,
    reasons: Iterable[str],
    attribution_kind: str | None,
    hedged: bool,
    subject_known: bool,
    object_known: bool,
) -> list[str]:
    """The feature names of one drafted claim (``kind:value``), each once.

    >>> claim_features("SUPPLIES", ["subject_after_cue-30", "attribution:unnamed"], "unnamed", False, True, False)
    ['reason:subject_after_cue', 'reason:attribution:unnamed', 'predicate:SUPPLIES', 'attribution:unnamed', \
'hedged:no', 'subject:known', 'object:new']
    """
    out = list(dict.fromkeys(f"reason:{reason_name(r)}" for r in reasons))
    out += [
        f"predicate:{predicate}",
        f"attribution:{attribution_kind or 'none'}",
        f"hedged:{'yes' if hedged else 'no'}",
        f"subject:{'known' if subject_known else 'new'}",
        f"object:{'known' if object_known else 'new'}",
    ]
    return out


def demoted_by(features: Iterable[str], demote: Iterable[str]) -> list[str]:
    """The entries of *demote* that *features* has: any one sends the claim to the low section.

    An entry joins features with ``+`` when only the combination is unreliable.

    >>> demoted_by(["predicate:SUPPORTS", "subject:new"], ["predicate:SUPPORTS+subject:new", "predicate:LEADS"])
    ['predicate:SUPPORTS+subject:new']
    """
    have = set(features)
    return [d for d in demote if all(part in have for part in d.split("+"))]
