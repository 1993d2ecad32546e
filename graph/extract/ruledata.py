"""The extractor's predicate rules, read strictly from ``schema/extraction.yaml``.

Behaviour that depends on a predicate (which quantity units a claim may take, which acts a
state carries out through its forces, which cue words are too weak to carry a claim ...) is
data, checked against the schema's predicates when read; every problem is reported at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from ..errors import DatasetError, Problem
from ..schema import Schema, default_schema_dir
from ..yamlio import Items, Record, read_yaml
from .calibration import FEATURE_KINDS, POSITIONS
from .organisations import ReferenceOrganisations, load_organisations
from .states import ReferenceStates, load_states
from .verifier import Verifier, load_verifier

__all__ = ["ExtractionRules", "load_rules", "rules_for"]

_KEYS = {
    "units",
    "roles",
    "casualties",
    "state_acts",
    "in_return",
    "item_predicates",
    "nested_ok",
    "weak_cues",
    "confidence",
    "joint_acts",
    "fixed_location",
    "not_places",
    "place_phrase",
    "troop_presence",
    "person_cues",
    "people_cues",
    "people_acts",
    "visits",
    "envoy_cues",
    "appeal_cues",
    "presence_cues",
    "experiencer_first",
    "about_pairs",
    "enemy_not_destination",
    "not_if_aimed",
    "purpose_not_object",
    "things_only",
    "not_yet_done",
    "partner_acts",
    "not_own",
    "messages",
    "measures",
    "presupposed_acts",
}
#: Keys that may be left out (``calibration``: none, every claim keeps the score's verdict).
_OPTIONAL = {"calibration"}
_REASON_NAME = re.compile(r"[a-z][a-z_]*(?::[a-z][a-z_]*)?\Z")


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
    joint_acts: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()
    place_phrase: str | None = None
    troop_presence: str | None = None  # round 21: where a force noun is placed, a deployment
    #: round 21: cue words that cue their predicate only between two people ("received")
    person_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: round 115: cue words that cue their predicate only after a state's people ("North Koreans work in")
    people_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: round 120: acts any of whose cues holds for a state whose people name it ("4,050 Russians visited")
    people_acts: frozenset[str] = frozenset()
    #: round 149 (`host_no_visitor`): acts of going to a place, which no one does to his own state
    visits: frozenset[str] = frozenset()
    #: round 77: cue words of summoning: their object is the state whose envoy is summoned
    envoy_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    #: round 148: cue words that make an appeal, no act, when an infinitive follows their object
    appeal_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    presence_cues: dict[str, frozenset[str]] = field(default_factory=dict)  # round 33: only with troop_presence
    experiencer_first: frozenset[str] = frozenset()  # round 35: the subject feels, the cause is the object
    about_pairs: frozenset[str] = frozenset()  # round 44: "concern about ties between A and B": A and B
    enemy_not_destination: frozenset[str] = frozenset()  # round 24: "sent troops to fight X"
    not_if_aimed: frozenset[str] = frozenset()  # round 25: "launched missiles at Kyiv" is no test
    purpose_not_object: frozenset[str] = frozenset()  # round 26: "could use for its weapons"
    things_only: frozenset[str] = frozenset()
    #: round 123: acts a prospect before their cue says are not done yet ("close to signing")
    not_yet_done: frozenset[str] = frozenset()
    partner_acts: frozenset[str] = frozenset()
    not_own: frozenset[str] = frozenset()  # round 88: the subject's own ("its programme") is no object
    messages: frozenset[str] = frozenset()  # round 100: "sent Putin a message" sends no goods
    measures: frozenset[str] = frozenset()  # round 102: "sanctioned Russian firms" sanctions Russia
    presupposed_acts: frozenset[str] = frozenset()  # round 108: "grew after Kim met Putin": taken as known
    fixed_location: dict[str, frozenset[str]] = field(default_factory=dict)
    score_floor: float | None = None  # calibration: a claim scored under it is drafted low
    demote: tuple[str, ...] = ()  # calibration: features (graph.extract.calibration) drafted low
    position_floor: dict[str, float] = field(default_factory=dict)  # calibration: a floor per position
    #: round 61: acts whose place a later casualty count that names none takes (``casualties.places_from``)
    casualty_places_from: frozenset[str] = frozenset()
    #: round 97: the learned check of drafted claims (``verifier.yaml`` beside ``extraction.yaml``), if any
    verifier: Verifier | None = None
    #: round 100: the reference states (``states.yaml`` beside ``extraction.yaml``), if any
    states: ReferenceStates | None = None
    #: round 103: the reference organisations (``organisations.yaml`` beside it), if any
    organisations: ReferenceOrganisations | None = None

    def takes_unit(self, predicate: str, unit: str | None) -> bool:
        """True when a claim of *predicate* may carry a quantity in *unit*."""
        return unit is not None and predicate in self.units.get(unit, ())


Where = tuple[int, int]


def _where(rec: Any, key: str | None = None, default: Where = (1, 1)) -> Where:
    """``(line, column)`` of *key* in a YAML mapping read by :func:`graph.yamlio.read_yaml`, else of
    the mapping itself, else *default* (a value that is not a mapping has no positions)."""
    if not isinstance(rec, Record):
        return default
    at: Where = getattr(rec, "at", default)
    pos: dict[str, Where] = getattr(rec, "pos", {})
    return pos.get(key, at) if key is not None else at


def load_rules(path: Path, schema: Schema) -> ExtractionRules:
    """Read *path*; raise :class:`~graph.errors.DatasetError` listing every problem."""
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    if not isinstance(value, Record):
        raise DatasetError([Problem(file, 1, 1, "extraction rules must be a mapping")])
    out: list[Problem] = []
    top = _where(value)

    def problem(where: Where, message: str) -> None:
        out.append(Problem(file, where[0], where[1], message))

    def at(rec: Any, key: str) -> Where:
        return _where(rec, key, top)

    for key in sorted(set(value) - _KEYS - _OPTIONAL):
        problem(at(value, key), f"unknown key {key!r} (known: {', '.join(sorted(_KEYS | _OPTIONAL))})")
    for key in sorted(_KEYS - set(value)):
        problem(top, f"missing key {key!r}")

    def preds(names: Any, where: Where, key: str) -> frozenset[str]:
        if not isinstance(names, list):
            problem(where, f"{key}: a list of predicates is expected")
            return frozenset()
        for n in names:
            if n not in schema.predicates:
                problem(where, f"{key}: {n!r} is not a predicate of the schema")
        return frozenset(n for n in names if isinstance(n, str))

    def pred(name: Any, where: Where, key: str) -> str:
        if name not in schema.predicates:
            problem(where, f"{key}: {name!r} is not a predicate of the schema")
        return str(name)

    def per_predicate(key: str, rec: Any, where: Where, what: str, allowed) -> dict[str, frozenset[str]]:
        """A mapping of predicate to a list of words, each in ``allowed(predicate)``."""
        if not isinstance(rec, dict):
            problem(where, f"{key}: a mapping of predicate to {what} is expected")
            return {}
        got = {}
        for name, words_ in rec.items():
            pred(name, at(rec, name), f"{key}.{name}")
            ok = allowed(name)
            if not isinstance(words_, list) or any(not isinstance(w, str) or w not in ok for w in words_):
                problem(at(rec, name), f"{key}.{name}: a list of {what} is expected")
                continue
            got[str(name)] = frozenset(words_)
        return got

    def fixed(rec: Any, where: Where) -> dict[str, frozenset[str]]:
        return per_predicate("fixed_location", rec, where, "schema types", lambda _name: schema.types)

    def cue_words(key: str, rec: Any, where: Where) -> dict[str, frozenset[str]]:
        def cues_of(name: str) -> set[str]:
            p = schema.predicates.get(name)
            return {c for words_ in (p.cues.values() if p else ()) for c in words_}

        return per_predicate(key, rec, where, "cue words of the predicate", cues_of)

    units = {u: preds(p, at(value.get("units"), u), f"units.{u}") for u, p in (value.get("units") or {}).items()}
    roles = value.get("roles") or {}
    cas = value.get("casualties") or {}
    ret = value.get("in_return") or {}
    weak = value.get("weak_cues") or {}
    conf = value.get("confidence") or {}
    high = conf.get("high", 70)
    if not isinstance(high, (int, float)) or isinstance(high, bool):
        problem(at(conf, "high"), "confidence.high must be a number")
        high = 70
    floor, demote, by_position = _calibration(value.get("calibration"), at(value, "calibration"), schema, problem)
    rules = ExtractionRules(
        units=units,
        leading=pred(roles.get("leading"), at(roles, "leading"), "roles.leading"),
        position=pred(roles.get("position"), at(roles, "position"), "roles.position"),
        suffered=pred(cas.get("suffered"), at(cas, "suffered"), "casualties.suffered"),
        caused=pred(cas.get("caused"), at(cas, "caused"), "casualties.caused"),
        casualty_places_from=preds(cas.get("places_from"), at(cas, "places_from"), "casualties.places_from"),
        state_acts=preds(value.get("state_acts"), at(value, "state_acts"), "state_acts"),
        in_return_from=preds(ret.get("from"), at(ret, "from"), "in_return.from"),
        in_return_to=pred(ret.get("to"), at(ret, "to"), "in_return.to"),
        item_predicates=preds(value.get("item_predicates"), at(value, "item_predicates"), "item_predicates"),
        nested_ok=preds(value.get("nested_ok"), at(value, "nested_ok"), "nested_ok"),
        weak_cues={lang: frozenset(map(str, words)) for lang, words in weak.items()},
        high=float(high),
        joint_acts=preds(value.get("joint_acts"), at(value, "joint_acts"), "joint_acts"),
        not_places=preds(value.get("not_places"), at(value, "not_places"), "not_places"),
        place_phrase=pred(value.get("place_phrase"), at(value, "place_phrase"), "place_phrase"),
        troop_presence=pred(value.get("troop_presence"), at(value, "troop_presence"), "troop_presence"),
        person_cues=cue_words("person_cues", value.get("person_cues"), at(value, "person_cues")),
        people_cues=cue_words("people_cues", value.get("people_cues"), at(value, "people_cues")),
        people_acts=preds(value.get("people_acts"), at(value, "people_acts"), "people_acts"),
        visits=preds(value.get("visits"), at(value, "visits"), "visits"),
        envoy_cues=cue_words("envoy_cues", value.get("envoy_cues"), at(value, "envoy_cues")),
        appeal_cues=cue_words("appeal_cues", value.get("appeal_cues"), at(value, "appeal_cues")),
        presence_cues=cue_words("presence_cues", value.get("presence_cues"), at(value, "presence_cues")),
        experiencer_first=preds(value.get("experiencer_first"), at(value, "experiencer_first"), "experiencer_first"),
        about_pairs=preds(value.get("about_pairs"), at(value, "about_pairs"), "about_pairs"),
        enemy_not_destination=preds(
            value.get("enemy_not_destination"), at(value, "enemy_not_destination"), "enemy_not_destination"
        ),
        not_if_aimed=preds(value.get("not_if_aimed"), at(value, "not_if_aimed"), "not_if_aimed"),
        purpose_not_object=preds(
            value.get("purpose_not_object"), at(value, "purpose_not_object"), "purpose_not_object"
        ),
        things_only=preds(value.get("things_only"), at(value, "things_only"), "things_only"),
        not_yet_done=preds(value.get("not_yet_done"), at(value, "not_yet_done"), "not_yet_done"),
        partner_acts=preds(value.get("partner_acts"), at(value, "partner_acts"), "partner_acts"),
        not_own=preds(value.get("not_own"), at(value, "not_own"), "not_own"),
        messages=preds(value.get("messages"), at(value, "messages"), "messages"),
        measures=preds(value.get("measures"), at(value, "measures"), "measures"),
        presupposed_acts=preds(value.get("presupposed_acts"), at(value, "presupposed_acts"), "presupposed_acts"),
        fixed_location=fixed(value.get("fixed_location"), at(value, "fixed_location")),
        score_floor=floor,
        demote=demote,
        position_floor=by_position,
    )
    if out:
        raise DatasetError(out)
    types = frozenset(schema.types)
    return replace(
        rules,
        verifier=_read_beside(path, "verifier.yaml", load_verifier),
        states=_read_beside(path, "states.yaml", load_states),
        organisations=_read_beside(
            path, "organisations.yaml", lambda p: load_organisations(p, types), variant=",".join(sorted(types))
        ),
    )


T = TypeVar("T")
#: Data files beside the rules, read by file, modification time and size: every dataset schema
#: without rules of its own reads the project's, and the verifier's weights are the largest of them.
_BESIDE: dict[tuple[str, int, int, str], Any] = {}


def _read_beside(path: Path, name: str, load: Callable[[Path], T], variant: str = "") -> T | None:
    """The data file *name* beside the rules file *path* read by *load* once per version (the
    verifier, the reference states and organisations); or None when there is no such file.
    *variant* names what else *load* depends on (the schema's types an organisation may have)."""
    beside = path.parent / name
    if not beside.is_file():
        return None
    st = beside.stat()
    key = (str(beside.resolve()), st.st_mtime_ns, st.st_size, variant)
    if key not in _BESIDE:
        _BESIDE[key] = load(beside)
    return _BESIDE[key]


def _calibration(
    rec: Any, where: Where, schema: Schema, problem
) -> tuple[float | None, tuple[str, ...], dict[str, float]]:
    """``calibration``: ``score_floor`` (a number), ``demote`` (feature entries, each
    ``kind:value`` or several joined by ``+``, kinds and values of
    :data:`graph.extract.calibration.FEATURE_KINDS`, predicates of the schema) and
    ``position_floor`` (a floor for the claims of a position of
    :data:`graph.extract.calibration.POSITIONS`, in place of ``score_floor``)."""
    if rec is None:
        return None, (), {}
    if not isinstance(rec, dict):
        problem(where, "calibration: a mapping with score_floor, demote and position_floor is expected")
        return None, (), {}
    for key in sorted(set(rec) - {"score_floor", "demote", "position_floor"}):
        problem(
            _where(rec, key, where), f"calibration: unknown key {key!r} (known: demote, position_floor, score_floor)"
        )
    floor = rec.get("score_floor")
    if floor is not None and (not isinstance(floor, (int, float)) or isinstance(floor, bool)):
        problem(_where(rec, "score_floor", where), "calibration.score_floor must be a number")
        floor = None
    by_position: dict[str, float] = {}
    raw = rec.get("position_floor", {})
    if not isinstance(raw, dict):
        problem(
            _where(rec, "position_floor", where), "calibration.position_floor: a mapping position: floor is expected"
        )
    else:
        for pos, value in raw.items():
            at_pos = _where(raw, pos, _where(rec, "position_floor", where))
            if pos not in POSITIONS:
                problem(at_pos, f"calibration.position_floor: {pos!r} is not a position ({', '.join(POSITIONS)})")
            elif not isinstance(value, (int, float)) or isinstance(value, bool):
                problem(at_pos, f"calibration.position_floor.{pos} must be a number")
            else:
                by_position[pos] = float(value)
    entries = rec.get("demote", [])
    if not isinstance(entries, list):
        problem(_where(rec, "demote", where), "calibration.demote: a list of features is expected")
        return floor, (), by_position
    got: list[str] = []
    for i, entry in enumerate(entries):
        at = entries.pos[i] if isinstance(entries, Items) else _where(rec, "demote", where)
        bad = _bad_entry(entry, schema)
        if bad:
            problem(at, f"calibration.demote: {entry!r}: {bad}")
        elif entry in got:
            problem(at, f"calibration.demote: {entry!r} is listed twice")
        else:
            got.append(entry)
    return (float(floor) if floor is not None else None), tuple(got), by_position


def _bad_entry(entry: Any, schema: Schema) -> str | None:
    """What is wrong with one ``calibration.demote`` entry, or None."""
    if not isinstance(entry, str) or not entry:
        return "a feature name (kind:value) is expected"
    for part in entry.split("+"):
        kind, _, val = part.partition(":")
        if kind not in FEATURE_KINDS or not val:
            return f"{part!r} is not kind:value with a kind of {', '.join(FEATURE_KINDS)}"
        values = FEATURE_KINDS[kind]
        if values is not None and val not in values:
            return f"{kind} is one of {', '.join(sorted(values))}, not {val!r}"
        if kind == "predicate" and val not in schema.predicates:
            return f"{val!r} is not a predicate of the schema"
        if kind == "reason" and not _REASON_NAME.match(val):
            return f"{val!r} is not a rule name (lower-case words joined by _)"
    return None


_CACHE: dict[tuple[str, int], tuple[Schema, ExtractionRules]] = {}


def _restricted(rules: ExtractionRules, schema: Schema) -> ExtractionRules:
    """*rules* without the predicates *schema* lacks (a dataset's own, smaller schema)."""
    have = set(schema.predicates)

    def keep(names):
        return frozenset(n for n in names if n in have)

    return replace(
        rules,
        units={u: keep(p) for u, p in rules.units.items()},
        state_acts=keep(rules.state_acts),
        in_return_from=keep(rules.in_return_from),
        item_predicates=keep(rules.item_predicates),
        nested_ok=keep(rules.nested_ok),
        joint_acts=keep(rules.joint_acts),
        not_places=keep(rules.not_places),
        fixed_location={p: t for p, t in rules.fixed_location.items() if p in have},
        place_phrase=rules.place_phrase if rules.place_phrase in have else None,
        troop_presence=rules.troop_presence if rules.troop_presence in have else None,
        person_cues={p: c for p, c in rules.person_cues.items() if p in have},
        people_cues={p: c for p, c in rules.people_cues.items() if p in have},
        envoy_cues={p: c for p, c in rules.envoy_cues.items() if p in have},
        appeal_cues={p: c for p, c in rules.appeal_cues.items() if p in have},
        presence_cues={p: c for p, c in rules.presence_cues.items() if p in have},
        experiencer_first=keep(rules.experiencer_first),
        about_pairs=keep(rules.about_pairs),
        people_acts=keep(rules.people_acts),
        visits=keep(rules.visits),
        enemy_not_destination=keep(rules.enemy_not_destination),
        not_if_aimed=keep(rules.not_if_aimed),
        purpose_not_object=keep(rules.purpose_not_object),
        things_only=keep(rules.things_only),
        not_yet_done=keep(rules.not_yet_done),
        partner_acts=keep(rules.partner_acts),
        not_own=keep(rules.not_own),
        messages=keep(rules.messages),
        measures=keep(rules.measures),
        presupposed_acts=keep(rules.presupposed_acts),
    )


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
    own_dir = schema.directory
    own = own_dir is not None and (Path(own_dir) / "extraction.yaml").is_file()
    path = (Path(own_dir) if own and own_dir is not None else Path(default_schema_dir())) / "extraction.yaml"
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
