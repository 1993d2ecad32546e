"""The extractor's predicate rules, read strictly from ``schema/extraction.yaml``.

Behaviour that depends on a predicate (which quantity units a claim may take, which acts a
state carries out through its forces, which cue words are too weak to carry a claim ...) is
data, checked against the schema's predicates when read; every problem is reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import DatasetError, Problem
from ..schema import Schema, default_schema_dir
from ..yamlio import Record, read_yaml

__all__ = ["ExtractionRules", "load_rules", "rules_for"]

_KEYS = {"units", "roles", "casualties", "state_acts", "in_return", "item_predicates", "nested_ok", "weak_cues",
         "confidence"}


@dataclass(frozen=True)
class ExtractionRules:
    """The contents of ``extraction.yaml`` (see the comments there)."""

    units: dict[str, frozenset[str]]
    leading: str
    position: str
    suffered: str
    caused: str
    state_acts: frozenset[str]
    in_return_from: frozenset[str]
    in_return_to: str
    item_predicates: frozenset[str]
    nested_ok: frozenset[str]
    weak_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    high: float = 70.0

    def takes_unit(self, predicate: str, unit: str | None) -> bool:
        """True when a claim of *predicate* may carry a quantity in *unit*."""
        return unit is not None and predicate in self.units.get(unit, ())


def load_rules(path: Path, schema: Schema) -> ExtractionRules:
    """Read *path*; raise :class:`~graph.errors.DatasetError` listing every problem."""
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    if not isinstance(value, Record):
        raise DatasetError([Problem(file, 1, 1, "extraction rules must be a mapping")])
    out: list[Problem] = []

    def at(rec, key):
        return rec.pos.get(key, rec.at) if isinstance(rec, Record) else value.at

    for key in sorted(set(value) - _KEYS):
        out.append(Problem(file, *value.pos[key], f"unknown key {key!r} (known: {', '.join(sorted(_KEYS))})"))
    for key in sorted(_KEYS - set(value)):
        out.append(Problem(file, *value.at, f"missing key {key!r}"))

    def preds(names, where, key) -> frozenset[str]:
        if not isinstance(names, list):
            out.append(Problem(file, *where, f"{key}: a list of predicates is expected"))
            return frozenset()
        for n in names:
            if n not in schema.predicates:
                out.append(Problem(file, *where, f"{key}: {n!r} is not a predicate of the schema"))
        return frozenset(n for n in names if isinstance(n, str))

    def pred(name, where, key) -> str:
        if name not in schema.predicates:
            out.append(Problem(file, *where, f"{key}: {name!r} is not a predicate of the schema"))
        return str(name)

    units = {u: preds(p, at(value.get("units"), u), f"units.{u}") for u, p in (value.get("units") or {}).items()}
    roles = value.get("roles") or {}
    cas = value.get("casualties") or {}
    ret = value.get("in_return") or {}
    weak = value.get("weak_cues") or {}
    conf = value.get("confidence") or {}
    high = conf.get("high", 70)
    if not isinstance(high, (int, float)) or isinstance(high, bool):
        out.append(Problem(file, *at(conf, "high"), "confidence.high must be a number"))
        high = 70
    rules = ExtractionRules(
        units=units,
        leading=pred(roles.get("leading"), at(roles, "leading"), "roles.leading"),
        position=pred(roles.get("position"), at(roles, "position"), "roles.position"),
        suffered=pred(cas.get("suffered"), at(cas, "suffered"), "casualties.suffered"),
        caused=pred(cas.get("caused"), at(cas, "caused"), "casualties.caused"),
        state_acts=preds(value.get("state_acts"), value.pos.get("state_acts", value.at), "state_acts"),
        in_return_from=preds(ret.get("from"), at(ret, "from"), "in_return.from"),
        in_return_to=pred(ret.get("to"), at(ret, "to"), "in_return.to"),
        item_predicates=preds(value.get("item_predicates"), value.pos.get("item_predicates", value.at),
                              "item_predicates"),
        nested_ok=preds(value.get("nested_ok"), value.pos.get("nested_ok", value.at), "nested_ok"),
        weak_cues={lang: frozenset(map(str, words)) for lang, words in weak.items()},
        high=float(high),
    )
    if out:
        raise DatasetError(out)
    return rules


_CACHE: dict[tuple[str, int], tuple[Schema, ExtractionRules]] = {}


def _restricted(rules: ExtractionRules, schema: Schema) -> ExtractionRules:
    """*rules* without the predicates *schema* lacks (a dataset's own, smaller schema)."""
    have = set(schema.predicates)

    def keep(names):
        return frozenset(n for n in names if n in have)

    return replace(rules, units={u: keep(p) for u, p in rules.units.items()}, state_acts=keep(rules.state_acts),
                   in_return_from=keep(rules.in_return_from), item_predicates=keep(rules.item_predicates),
                   nested_ok=keep(rules.nested_ok))


def rules_for(schema: Schema) -> ExtractionRules:
    """The rules beside *schema* (its folder's ``extraction.yaml``), else the project's,
    checked against the project's schema and limited to the predicates *schema* has.

    Examples
    --------
    >>> from graph.schema import load_schema
    >>> r = rules_for(load_schema())
    >>> r.takes_unit("DEPLOYED_TO", "soldiers"), r.takes_unit("LEADS", "soldiers")
    (True, False)
    """
    own = schema.directory is not None and (Path(schema.directory) / "extraction.yaml").is_file()
    path = Path(schema.directory if own else default_schema_dir()) / "extraction.yaml"
    key = (str(path), id(schema))
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not schema:  # the schema object is kept so its id is not reused
        if own:
            rules = load_rules(path, schema)
        else:
            from ..schema import load_schema

            rules = _restricted(load_rules(path, load_schema(default_schema_dir())), schema)
        hit = _CACHE[key] = (schema, rules)
    return hit[1]
