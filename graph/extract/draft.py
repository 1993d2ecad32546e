"""The draft file: what the extractor proposes for one document, awaiting review.

A draft lives in ``DIR/drafts/<document id>.yaml`` (never loaded as data). It holds the
document it belongs to, notes, a summary of the known entities mentioned, and two lists of
*items* — new-entity candidates (``e1``, ``e2`` ...) and candidate claims (``c1``, ``c2``
...). Each item has a ``status`` (pending, accepted, rejected), a payload that is exactly
the record appended to the curated data on acceptance (``entity`` or ``claim``), and
review aids (offsets, sentence, cue, reason, score). See ``docs/ingest.md``.

Drafts are written with :func:`yaml.safe_dump` (any text in a quote round-trips) and read
back with the strict reader :func:`graph.yamlio.read_yaml`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

import yaml

from ..atomic import write_atomic
from ..errors import DatasetError, Problem
from ..model import claim_form
from ..yamlio import Items, Record, parse_yaml, read_yaml
from .pipeline import Extraction

__all__ = [
    "DRAFT_FORMAT",
    "STATUSES",
    "build_draft",
    "dump_draft",
    "dump_yaml",
    "occurrence_of",
    "plain",
    "read_draft",
    "write_atomic",
]

DRAFT_FORMAT = "kg-draft/1"
STATUSES = ("pending", "accepted", "rejected")
_HEADER = """\
# Extraction draft for {doc} - review with:  kg review {path}
# Nothing here is data until accepted: `kg review` appends accepted items to the curated
# files (entities.yaml, claims/{doc}.yaml) after validating the result. Hand edits are fine:
# edit the `entity:` / `claim:` payloads, or set `status: accepted` / `rejected`.
"""


def occurrence_of(text: str, quote: str, start: int) -> int:
    """Which occurrence of *quote* in *text* starts at *start* (1-based, overlapping search).

    Examples
    --------
    >>> occurrence_of("a b a b a", "a b", 4)
    2
    """
    n, pos = 0, -1
    while True:
        pos = text.find(quote, pos + 1)
        if pos < 0 or pos > start:
            raise ValueError("quote not found at the given offset")
        n += 1
        if pos == start:
            return n


def _claim_payload(c, document: str, text: str) -> dict:
    span = c.attribution_span if c.attributed_to else None
    return claim_form(
        c.subject,
        c.predicate,
        c.object,
        document,
        c.quote,
        occurrence=occurrence_of(text, c.quote, c.start),
        attributed_to=c.attributed_to or None,
        attribution_quote=text[span[0] : span[1]] if span else None,
        hedged=bool(c.hedged),
        credibility=3 if c.hedged else 2,
        date=c.date,
        valid_from=c.valid_from,
        valid_to=c.valid_to,
        quantity=c.quantity,
        quantity_bound=c.quantity_bound,
        unit=c.unit,
        item=c.item or None,
    )


def _claim_refs(c) -> set[str]:
    """Every entity id a candidate claim names (subject, object, item, asserters, relays)."""
    refs = {c.subject, c.object, c.item, c.attributed_to}
    for key in ("asserter", "relay"):
        value = (c.attribution or {}).get(key)
        refs.update(value if isinstance(value, (list, tuple)) else [value])
    return {r for r in refs if isinstance(r, str) and r}


def _ambiguous_in(x: Extraction, starts: list[int], c) -> list[dict]:
    """The ambiguous mentions in *c*'s sentence that the claim took one of its entities from.

    The gazetteer resolves a name several entities share to the first id alphabetically; the
    reviewer must see the others (``alternatives``) rather than trust that choice.
    """
    refs = _claim_refs(c)
    out = []
    for m in x.mentions[bisect_left(starts, c.sentence_start) :]:
        if m.start >= c.sentence_end:
            break
        if m.alternatives and m.entity in refs and m.end <= c.sentence_end:
            out.append(
                {
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "entity": m.entity,
                    "alternatives": list(m.alternatives),
                }
            )
    return out


def build_draft(document: dict, text: str, x: Extraction, entity_names: dict[str, str]) -> dict:
    """The draft (a plain dict, ready to dump) for *document* from the extraction *x*.

    *document* is the documents.yaml record; *entity_names* maps known ids to names (for
    the mentions summary).
    """
    mentions: dict[str, dict] = {}
    shared: dict[str, set[str]] = {}  # entity -> the texts that also name other entities
    for m in x.mentions:
        if not m.known:
            continue
        entry = mentions.setdefault(
            m.entity,
            {
                "entity": m.entity,
                "name": entity_names.get(m.entity, m.entity),
                "count": 0,
                "first": {"start": m.start, "end": m.end, "text": m.text},
            },
        )
        entry["count"] += 1
        if m.alternatives:
            entry["alternatives"] = sorted(set(entry.get("alternatives", [])) | set(m.alternatives))
            shared.setdefault(m.entity, set()).add(m.text)
    entities = []
    for i, cand in enumerate(x.candidates, 1):
        payload: dict[str, Any] = {"id": cand.id, "type": cand.type, "name": cand.name}
        aliases = sorted({m.text for m in cand.mentions if m.text != cand.name} | set(cand.aliases))
        if aliases:
            payload["aliases"] = aliases
        entities.append(
            {
                "id": f"e{i}",
                "status": "pending",
                "entity": payload,
                "reason": cand.reason,
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in cand.mentions],
            }
        )
    claims: list[dict[str, Any]] = []
    low: list[dict[str, Any]] = []
    starts = [m.start for m in x.mentions]
    for i, c in enumerate(x.claims, 1):
        item = {
            "id": f"c{i}",
            "status": "pending",
            "claim": _claim_payload(c, document["id"], text),
            "start": c.start,
            "end": c.end,
            "sentence": {"start": c.sentence_start, "end": c.sentence_end},
            "cue": c.cue,
            "score": round(float(c.score), 1),
            "confidence": float(getattr(c, "confidence", 0.0)),
            "low": bool(getattr(c, "low", False)),
            "reasons": list(getattr(c, "reasons", [])),
        }
        if getattr(c, "position", None):
            item["position"] = c.position  # headline / lead / body: a feature of the calibration
        if getattr(c, "main_subject", None) is not None:
            item["main_subject"] = bool(c.main_subject)
        if c.attribution_cue:
            item["attribution_cue"] = c.attribution_cue
        if c.attribution:
            item["attribution"] = dict(c.attribution)
        ambiguous = _ambiguous_in(x, starts, c)
        notes = list(c.notes) + [
            f"{a['text']!r} also names {', '.join(a['alternatives'])} (taken as {a['entity']}): "
            "check which one the text means"
            for a in ambiguous
        ]
        if ambiguous:
            item["ambiguous"] = ambiguous
        if notes:
            item["notes"] = notes
        (low if getattr(c, "low", False) else claims).append(item)
    ambiguity = (
        [
            "names shared by several entities, each taken as the first id alphabetically: "
            + "; ".join(
                f"{', '.join(map(repr, sorted(texts)))} as {eid} (also {', '.join(mentions[eid]['alternatives'])})"
                for eid, texts in sorted(shared.items())
            )
        ]
        if shared
        else []
    )
    return {
        "format": DRAFT_FORMAT,
        "document": {k: document[k] for k in ("id", "file", "sha256", "title", "date", "language") if k in document},
        "notes": list(x.notes) + ambiguity,
        "mentions": sorted(mentions.values(), key=lambda e: e["first"]["start"]),
        "entities": entities,
        "claims": claims,
        "low_confidence": low,
    }


def plain(value: Any) -> Any:
    """Strict-reader values (Record, Items, YamlDate) back to plain dicts, lists and str."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


_BaseDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x faster


class _Dumper(_BaseDumper):  # libyaml's emitter when present
    """A safe dumper that quotes every string the strict reader would take for something else."""


_RESOLVER = yaml.resolver.Resolver()
_NUMBERISH = re.compile(r"[-+.]?\d")


#: First characters of the scalars an implicit resolver may turn into something else than a string.
_RESOLVED_FIRST = frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k)


def _represent_str(dumper: yaml.SafeDumper, data: str):
    tag = (
        _RESOLVER.resolve(yaml.ScalarNode, data, (True, False))
        if not data or data[0] in _RESOLVED_FIRST
        else "tag:yaml.org,2002:str"
    )
    risky = (
        tag != "tag:yaml.org,2002:str"
        or data.lower() in ("y", "n", "yes", "no", "on", "off")
        or _NUMBERISH.match(data) is not None
    )
    style = '"' if risky else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


#: Strings the emitter writes back unchanged: printable characters and spaces, no space at either
#: end (no line breaks, tabs, NEL, line separators, byte-order marks, surrogates).
_PLAIN_SAFE = re.compile(r"[ !-~\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*\Z")
_SPACES = re.compile(r"\A | \Z")


def _simple(value: Any) -> bool:
    """True when *value* holds only plain dicts, lists, numbers, booleans, None and safe strings."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, str):
            if not _PLAIN_SAFE.match(v) or _SPACES.search(v):
                return False
        elif v is not None and not isinstance(v, (bool, int, float)):
            return False
    return True


def dump_yaml(value: Any) -> str:
    """*value* as block-style YAML that reads back equal with the strict reader.

    Readable UTF-8 first; if any string would not survive (a NEL or line-separator
    character inside a quote, say) everything non-ASCII is written as escapes instead.
    The text is parsed back and compared, except when every string is one the emitter
    writes back unchanged (:data:`_PLAIN_SAFE`; a test checks the two ways agree), which
    keeps a long article's draft of thousands of claims from being read twice.
    """
    value = plain(value)
    fast = _simple(value)
    for allow_unicode in (True, False):
        text = yaml.dump(
            value, Dumper=_Dumper, allow_unicode=allow_unicode, sort_keys=False, width=100, default_flow_style=False
        )
        if fast:
            return text
        back, problems = parse_yaml(text, "check")
        if not problems and plain(back) == value:
            return text
    raise ValueError("the value cannot be written as YAML that reads back the same")


def dump_draft(draft: dict, path_hint: str = "DRAFT") -> str:
    """The draft as YAML text (every string round-trips through the strict reader)."""
    header = _HEADER.format(doc=draft["document"]["id"], path=path_hint)
    return header + dump_yaml(draft)


def read_draft(path: Path) -> dict:
    """Read and check a draft; raise :class:`~graph.errors.DatasetError` with located problems."""
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    if not isinstance(value, Record) or value.get("format") != DRAFT_FORMAT:
        raise DatasetError([Problem(file, 1, 1, f"not a draft file (expected 'format: {DRAFT_FORMAT}')")])
    out: list[Problem] = []
    ids = set()

    def problem(where: tuple[int, int], message: str) -> None:
        out.append(Problem(file, where[0], where[1], message))

    def pos(rec: Any, key: str, default: tuple[int, int]) -> tuple[int, int]:
        positions: dict[str, tuple[int, int]] = getattr(rec, "pos", {})
        return positions.get(key, default)

    for section, payload_key in (("entities", "entity"), ("claims", "claim"), ("low_confidence", "claim")):
        items = value.get(section) or Items()
        if not isinstance(items, list):
            problem(pos(value, section, (1, 1)), f"{section} must be a list")
            continue
        for item, at in zip(items, getattr(items, "pos", [(0, 0)] * len(items)), strict=False):
            if not isinstance(item, Record) or not isinstance(item.get("id"), str):
                problem(at, f"each item of {section} must be a mapping with an id")
                continue
            if item["id"] in ids:
                problem(at, f"item id {item['id']!r} is used twice")
            ids.add(item["id"])
            if item.get("status", "pending") not in STATUSES:
                problem(pos(item, "status", at), f"status must be one of {list(STATUSES)}")
            if not isinstance(item.get(payload_key), Record):
                problem(at, f"item {item['id']!r} needs a '{payload_key}' mapping")
    doc = value.get("document")
    if not isinstance(doc, Record) or not isinstance(doc.get("id"), str):
        problem(getattr(value, "at", (1, 1)), "the draft needs a 'document' mapping with an id")
    if out:
        raise DatasetError(out)
    return plain(value)
