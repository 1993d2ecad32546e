"""Features of a drafted claim, the names a confidence calibration is written in.

A drafted claim is described by a few broad features: each rule that fired (its ``reasons``,
without the score change), its predicate, the kind of attribution, whether it is hedged, and
whether its subject and object are known entities or new candidates, where in the article it stands
(``position:headline|lead|body``, :func:`positions`) and whether its subject is one of the
article's main actors (``actor:main|other``, :func:`main_actors`). The development-set report
(``scripts/eval_extract.py --by-reason``) counts how often claims with each feature were right;
``schema/extraction.yaml`` (``calibration``) lists the features whose claims were too often wrong
to be drafted with the others, and :func:`demoted_by` says which of them a claim has.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = [
    "DEMOTED",
    "FEATURE_KINDS",
    "LEAD_SENTENCES",
    "MAIN_ACTORS",
    "POSITIONS",
    "SCORE_FLOOR",
    "claim_features",
    "demoted_by",
    "main_actors",
    "positions",
    "reason_name",
]

#: The reason a demoted claim carries, before the calibration entry that demoted it
#: (``demoted:predicate:SUPPORTS``): the claim would be drafted high without the calibration.
DEMOTED = "demoted:"
#: The entry a claim scored under ``calibration.score_floor`` is demoted by (``demoted:score_floor``).
SCORE_FLOOR = "score_floor"

#: Where a sentence stands in a news article: its headline (the body's first line, when more lines
#: follow), its lead (the next ``LEAD_SENTENCES`` sentences) or the rest of the body.
POSITIONS = ("headline", "lead", "body")
LEAD_SENTENCES = 2
#: How many of the most-mentioned entities of an article count as its main actors (ties included).
MAIN_ACTORS = 2

#: The kinds of feature and, where the set is closed, their values (``predicate`` and
#: ``reason`` are checked against the schema and the name form when a calibration is read).
FEATURE_KINDS: dict[str, frozenset[str] | None] = {
    "reason": None,
    "predicate": None,
    "attribution": frozenset({"named", "unnamed", "none"}),
    "hedged": frozenset({"yes", "no"}),
    "subject": frozenset({"known", "new"}),
    "object": frozenset({"known", "new"}),
    "position": frozenset(POSITIONS),
    "actor": frozenset({"main", "other"}),
}

_DELTA = re.compile(r"[+-]\d+(?:\.\d+)?\Z")


def reason_name(reason: str) -> str:
    """A reason without its score change or cue words: the rule's name.

    >>> reason_name("subject_after_cue-30"), reason_name("attribution:unnamed"), reason_name("cue 'inviato'")
    ('subject_after_cue', 'attribution:unnamed', 'cue')
    """
    return _DELTA.sub("", reason.split(" ", 1)[0])


#: A line that ends as a sentence does: a full stop after a word of two letters or more, a figure
#: or a closing quote (an abbreviation such as "U.N." ends a headline too).
_SENTENCE_END = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,}|[0-9\"”»’)])\.\s*\Z")


def positions(text: str, spans: Sequence[tuple[int, int]], body: int = 0) -> list[str]:
    r"""The position (:data:`POSITIONS`) of each sentence span of *text*, in order.

    The sentences that start on the body's first line (from offset *body*) are the headline when
    another line follows and the line does not end as a sentence does (round 98: a full stop
    after a word, "... secondo la KCNA.", opens an article without headline; "at U.N." still
    ends a headline); the next :data:`LEAD_SENTENCES` sentences are the lead (the first ones
    when there is no headline); the rest is the body.

    >>> t = "Kim visits Russia\n\nKim arrived. He met Putin. They signed. Then they left."
    >>> positions(t, [(0, 17), (19, 31), (32, 44), (45, 57), (58, 72)])
    ['headline', 'lead', 'lead', 'body', 'body']
    >>> positions("Kim arrived. He met Putin. They signed.", [(0, 12), (13, 26), (27, 39)])
    ['lead', 'lead', 'body']
    >>> positions("Kim arrived in Moscow.\nHe met Putin.", [(0, 22), (23, 36)])
    ['lead', 'lead']
    """
    first_break = text.find("\n", body)
    titled = first_break >= 0 and text[first_break:].strip() != "" and not _SENTENCE_END.search(text, body, first_break)
    out: list[str] = []
    lead = 0
    for start, _ in spans:
        if titled and start < first_break:
            out.append("headline")
        elif lead < LEAD_SENTENCES:
            lead += 1
            out.append("lead")
        else:
            out.append("body")
    return out


def main_actors(entities: Iterable[str]) -> frozenset[str]:
    """The article's main actors: the :data:`MAIN_ACTORS` entities it mentions most often, with
    any tied with the last of them (*entities*: the entity of each mention).

    >>> sorted(main_actors(["kim", "putin", "kim", "russia", "putin", "china"]))
    ['kim', 'putin']
    >>> sorted(main_actors(["kim", "putin", "russia"]))
    ['kim', 'putin', 'russia']
    """
    counts = Counter(entities)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked:
        return frozenset()
    least = ranked[min(MAIN_ACTORS, len(ranked)) - 1]
    return frozenset(e for e, n in counts.items() if n >= least)


def claim_features(
    predicate: str,
    reasons: Iterable[str],
    attribution_kind: str | None,
    hedged: bool,
    subject_known: bool,
    object_known: bool,
    position: str | None = None,
    main_subject: bool | None = None,
) -> list[str]:
    """The feature names of one drafted claim (``kind:value``), each once (``position`` and
    ``actor`` only when given).

    >>> claim_features("SUPPLIES", ["subject_after_cue-30", "attribution:unnamed"], "unnamed", False, True, False)
    ['reason:subject_after_cue', 'reason:attribution:unnamed', 'predicate:SUPPLIES', 'attribution:unnamed', \
'hedged:no', 'subject:known', 'object:new']
    >>> claim_features("VISITED", [], None, False, True, True, "lead", True)[-2:]
    ['position:lead', 'actor:main']
    """
    out = list(dict.fromkeys(f"reason:{reason_name(r)}" for r in reasons))
    out += [
        f"predicate:{predicate}",
        f"attribution:{attribution_kind or 'none'}",
        f"hedged:{'yes' if hedged else 'no'}",
        f"subject:{'known' if subject_known else 'new'}",
        f"object:{'known' if object_known else 'new'}",
    ]
    if position is not None:
        out.append(f"position:{position}")
    if main_subject is not None:
        out.append(f"actor:{'main' if main_subject else 'other'}")
    return out


def demoted_by(features: Iterable[str], demote: Iterable[str]) -> list[str]:
    """The entries of *demote* that *features* has: any one sends the claim to the low section.

    An entry joins features with ``+`` when only the combination is unreliable.

    >>> demoted_by(["predicate:SUPPORTS", "subject:new"], ["predicate:SUPPORTS+subject:new", "predicate:LEADS"])
    ['predicate:SUPPORTS+subject:new']
    """
    have = set(features)
    return [d for d in demote if all(part in have for part in d.split("+"))]
