"""A learned check of drafted claims: a logistic model over a claim's features and words.

The rules draft a claim; the verifier, fitted on the development set's annotated texts by
``scripts/train_verifier.py``, says how often claims like it were right there. A claim the rules
would draft high whose probability is under the verifier's ``floor`` goes to the low section
(``demoted:verifier``), as the calibration's other demotions do, so ``--accept-all`` never writes
it unless asked. The weights are data (``schema/verifier.yaml``), read strictly: a mapping of
feature names to numbers, nothing that runs.

The features are the calibration's (:func:`graph.extract.calibration.claim_features`), some of
them paired with the predicate, the cue, and the words of the claim's evidence and of the few
words before it, lower-cased and cut to six letters (so "shipments" and "shipment" meet).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import DatasetError, Problem
from ..yamlio import Record, read_yaml

__all__ = ["VERIFIER", "Verifier", "load_verifier", "verifier_features"]

#: The calibration entry a claim the verifier sends low is demoted by (``demoted:verifier``).
VERIFIER = "verifier"
#: How many characters before the evidence are read for its leading words.
BEFORE_CHARS = 60
_TOKEN = re.compile(r"\w+|[^\w\s]")
_PAIRED = ("reason:", "attribution:", "hedged:", "position:")


def _word(token: str) -> str:
    """A token as a feature: lower case, a word cut to six letters.

    >>> _word("Shipments"), _word("12,000"), _word("'")
    ('shipme', '12,000', "'")
    """
    t = token.lower()
    return t[:6] if t.isalpha() else t


def verifier_features(
    calibration: Iterable[str], predicate: str, reasons: Iterable[str], lang: str, evidence: str, before: str
) -> list[str]:
    """The feature names of one drafted claim, each once.

    *calibration* are the claim's calibration features
    (:func:`graph.extract.calibration.claim_features`), *evidence* its quoted span and *before*
    the text just before it (its last four tokens count). Reasons of the calibration
    (``demoted:...``) are no features: they are what the verifier's verdict joins.

    Examples
    --------
    >>> from graph.extract.calibration import claim_features
    >>> reasons = ["cue 'visited'", "long_cue+8"]
    >>> broad = claim_features("VISITED", reasons, None, False, True, True, "lead", True)
    >>> f = verifier_features(broad, "VISITED", reasons, "en", "Kim visited Moscow", "On Monday,")
    >>> [x for x in f if x.startswith(("cue:", "word:visite", "before:"))]
    ['cue:visited|VISITED', 'word:visite', 'word:visite|VISITED', 'before:on', 'before:monday', 'before:,']
    """
    broad = [f for f in calibration if not f.startswith("reason:demoted:")]
    out = ["bias", *broad, f"lang:{lang}|{predicate}"]
    out += [f"{f}|{predicate}" for f in broad if f.startswith(_PAIRED)]
    out += [f"cue:{r[5:-1]}|{predicate}" for r in reasons if r.startswith("cue '") and r.endswith("'")]
    words = [_word(t) for t in _TOKEN.findall(evidence)]
    for w in dict.fromkeys(words):
        out += [f"word:{w}", f"word:{w}|{predicate}"]
    out += [f"before:{_word(t)}" for t in _TOKEN.findall(before)[-4:]]
    out.append(f"length:{min(len(words) // 4, 8)}")
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Verifier:
    """Logistic weights of features (the ``bias`` feature is every claim's) and the floor.

    Examples
    --------
    >>> v = Verifier({"bias": 1.0, "predicate:LEADS": -3.0}, floor=0.35)
    >>> round(v.probability(["bias"]), 3), round(v.probability(["bias", "predicate:LEADS"]), 3)
    (0.731, 0.119)
    >>> v.demotes(["bias", "predicate:LEADS"]), v.demotes(["bias"])
    (True, False)
    """

    weights: Mapping[str, float]
    floor: float
    trained_on: str = ""
    claims: int = 0

    def probability(self, features: Iterable[str]) -> float:
        """How likely a claim with *features* is right, by the weights."""
        z = sum(self.weights.get(f, 0.0) for f in set(features))
        z = max(-40.0, min(40.0, z))
        return 1.0 / (1.0 + math.exp(-z))

    def demotes(self, features: Iterable[str]) -> bool:
        """True when the probability is under the floor."""
        return self.probability(features) < self.floor


def load_verifier(path: Path) -> Verifier:
    """Read a verifier file strictly; raise :class:`~graph.errors.DatasetError` with every problem.

    The file holds ``floor`` (a probability), ``weights`` (feature name to number), and may say
    what it was ``trained_on`` and from how many ``claims``.
    """
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    out: list[Problem] = []
    if not isinstance(value, Record):
        raise DatasetError([Problem(file, 1, 1, "a verifier must be a mapping")])
    pos = getattr(value, "pos", {})

    def at(key: str) -> tuple[int, int]:
        return pos.get(key, (1, 1))

    for key in sorted(set(value) - {"floor", "weights", "trained_on", "claims"}):
        out.append(Problem(file, *at(key), f"unknown key {key!r} (known: claims, floor, trained_on, weights)"))
    floor = value.get("floor")
    if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0.0 <= floor <= 1.0:
        out.append(Problem(file, *at("floor"), f"floor: a probability between 0 and 1 is expected, not {floor!r}"))
    weights = value.get("weights")
    if not isinstance(weights, dict):
        out.append(Problem(file, *at("weights"), "weights: a mapping of feature names to numbers is expected"))
        weights = {}
    wpos = getattr(weights, "pos", {})
    for name, w in weights.items():
        if isinstance(w, bool) or not isinstance(w, int | float) or not math.isfinite(w):
            line, col = wpos.get(name, at("weights"))
            out.append(Problem(file, line, col, f"weights: {name!r} has {w!r}, not a finite number"))
    claims = value.get("claims", 0)
    if isinstance(claims, bool) or not isinstance(claims, int) or claims < 0:
        out.append(Problem(file, *at("claims"), f"claims: a count is expected, not {claims!r}"))
    if out:
        raise DatasetError(out)
    return Verifier(
        {str(k): float(v) for k, v in weights.items()},
        float(floor),  # type: ignore[arg-type]
        str(value.get("trained_on") or ""),
        int(claims),
    )
