"""The schema: entity types (one YAML file each) and predicates, loaded strictly.

Type and predicate names become Neo4j labels and relationship types, so they are checked
against a safe-identifier pattern here, once, before anything else can use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SchemaError
from .yamlio import Record, read_yaml

__all__ = [
    "PROPERTY_TYPES",
    "ATTRIBUTION_CATEGORIES",
    "PropertySpec",
    "EntityType",
    "Predicate",
    "Schema",
    "default_schema_dir",
    "schema_dir_for",
    "load_schema",
]

TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*\Z")
PREDICATE_NAME = re.compile(r"[A-Z][A-Z0-9_]*\Z")
PROPERTY_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
PROPERTY_TYPES = ("string", "bool", "date", "int", "number", "enum")
ATTRIBUTION_CATEGORIES = ("government", "military", "state_media", "media", "intelligence", "research", "analyst", "other")


@dataclass(frozen=True)
class PropertySpec:
    """A property an entity type allows."""

    name: str
    type: str
    description: str = ""
    values: tuple[str, ...] = ()


@dataclass
class EntityType:
    """An entity type; ``ancestors`` lists it and its supertypes, nearest first."""

    name: str
    description: str = ""
    extends: str | None = None
    abstract: bool = False
    attribution_category: str = "other"
    style: dict = field(default_factory=dict)
    own_properties: dict[str, PropertySpec] = field(default_factory=dict)
    ancestors: tuple[str, ...] = ()
    properties: dict[str, PropertySpec] = field(default_factory=dict)

    @property
    def labels(self) -> tuple[str, ...]:
        """Database labels: the type and its concrete supertypes (never the abstract root)."""
        return tuple(a for a in self.ancestors if a != "Thing")


@dataclass
class Predicate:
    """A relationship type with its domain (subject types) and range (object types)."""

    name: str
    description: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_property: str | None = None
    #: A symmetric relation reads the same both ways (A cooperates with B = B with A).
    symmetric: bool = False


@dataclass
class Schema:
    """Entity types and predicates, with subtype-aware checks.

    Examples
    --------
    >>> schema = load_schema()
    >>> schema.is_a("MediaOutlet", "Organization")
    True
    >>> schema.types["MediaOutlet"].labels
    ('MediaOutlet', 'Organization')
    """

    types: dict[str, EntityType]
    predicates: dict[str, Predicate]
    directory: Path | None = None
    _fits: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def is_a(self, type_name: str, parent: str) -> bool:
        """True when *type_name* is *parent* or one of its subtypes."""
        t = self.types.get(type_name)
        return t is not None and parent in t.ancestors

    def fits(self, type_name: str, allowed: tuple[str, ...]) -> bool:
        """True when *type_name* is one of *allowed* or a subtype of one."""
        key = (type_name, allowed)
        found = self._fits.get(key)
        if found is None:
            found = self._fits[key] = any(self.is_a(type_name, a) for a in allowed)
        return found

    def attribution_category(self, type_name: str, properties: dict | None = None) -> str:
        """What kind of asserter an entity is (its ``category`` property wins)."""
        props = properties or {}
        if props.get("category"):
            return props["category"]
        if type_name == "MediaOutlet" and props.get("state_controlled"):
            return "state_media"
        return self.types[type_name].attribution_category


def default_schema_dir() -> Path:
    """The repository's ``schema/`` folder (beside the ``graph`` package)."""
    return Path(__file__).resolve().parent.parent / "schema"


def schema_dir_for(dataset_dir: Path) -> Path:
    """The schema a dataset uses: its own ``schema/`` folder when it has one, else the default."""
    local = Path(dataset_dir) / "schema"
    return local if (local / "types").is_dir() else default_schema_dir()


def _load_property(name, spec, file, problems) -> PropertySpec | None:
    at = getattr(spec, "at", (0, 0))
    if not PROPERTY_NAME.match(str(name)):
        problems.append(Problem(file, *at, f"property name {name!r} must match {PROPERTY_NAME.pattern}"))
        return None
    if not isinstance(spec, Record):
        problems.append(Problem(file, *at, f"property {name!r} must be a mapping with a 'type'"))
        return None
    extra = set(spec) - {"type", "description", "values"}
    if extra:
        problems.append(Problem(file, *at, f"property {name!r}: unknown field(s) {sorted(extra)}"))
    ptype = spec.get("type")
    if ptype not in PROPERTY_TYPES:
        problems.append(Problem(file, *at, f"property {name!r}: type must be one of {list(PROPERTY_TYPES)}"))
        return None
    values = spec.get("values") or ()
    if ptype == "enum" and not values:
        problems.append(Problem(file, *at, f"property {name!r}: an enum needs 'values'"))
    return PropertySpec(name, ptype, str(spec.get("description") or ""), tuple(map(str, values)))


_TYPE_FIELDS = {"name", "description", "extends", "abstract", "attribution_category", "style", "properties"}
_PREDICATE_FIELDS = {"description", "domain", "range", "cues", "date_property", "symmetric"}


def _load_type(path: Path, problems: list[Problem]) -> EntityType | None:
    file = str(path)
    doc, found = read_yaml(path)
    problems.extend(found)
    if not isinstance(doc, Record):
        if not found:
            problems.append(Problem(file, 1, 1, "an entity type file must be a mapping"))
        return None
    extra = set(doc) - _TYPE_FIELDS
    for key in sorted(extra):
        problems.append(Problem(file, *doc.pos[key], f"unknown field {key!r}"))
    name = doc.get("name")
    if not isinstance(name, str) or not TYPE_NAME.match(name):
        problems.append(Problem(file, *doc.at, f"type name {name!r} must match {TYPE_NAME.pattern} "
                                               "(it becomes a database label)"))
        return None
    if path.stem != name:
        problems.append(Problem(file, *doc.pos["name"], f"type {name!r} must live in {name}.yaml"))
    category = doc.get("attribution_category", "other")
    if category not in ATTRIBUTION_CATEGORIES:
        problems.append(Problem(file, *doc.pos["attribution_category"],
                                f"attribution_category must be one of {list(ATTRIBUTION_CATEGORIES)}"))
    props = {}
    for pname, spec in (doc.get("properties") or {}).items():
        prop = _load_property(pname, spec, file, problems)
        if prop:
            props[pname] = prop
    return EntityType(name=name, description=str(doc.get("description") or ""), extends=doc.get("extends"),
                      abstract=doc.get("abstract") is True, attribution_category=category,
                      style=dict(doc.get("style") or {}), own_properties=props)


def _names(value, file, at, what, problems) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        problems.append(Problem(file, *at, f"{what} must be a non-empty list of type names"))
        return ()
    return tuple(value)


def _load_predicates(path: Path, types: dict, problems: list[Problem]) -> dict[str, Predicate]:
    file = str(path)
    doc, found = read_yaml(path)
    problems.extend(found)
    if not isinstance(doc, Record) or not isinstance(doc.get("predicates"), Record):
        if not found:
            problems.append(Problem(file, 1, 1, "predicates.yaml must be a mapping with a 'predicates' mapping"))
        return {}
    out = {}
    body = doc["predicates"]
    for name, spec in body.items():
        at = body.pos[name]
        if not PREDICATE_NAME.match(name):
            problems.append(Problem(file, *at, f"predicate name {name!r} must match {PREDICATE_NAME.pattern} "
                                               "(it becomes a relationship type)"))
            continue
        if not isinstance(spec, Record):
            problems.append(Problem(file, *at, f"predicate {name!r} must be a mapping"))
            continue
        for key in sorted(set(spec) - _PREDICATE_FIELDS):
            problems.append(Problem(file, *spec.pos[key], f"predicate {name!r}: unknown field {key!r}"))
        if not spec.get("description"):
            problems.append(Problem(file, *at, f"predicate {name!r} needs a description"))
        domain = _names(spec.get("domain"), file, spec.pos.get("domain", at), f"{name}.domain", problems)
        range_ = _names(spec.get("range"), file, spec.pos.get("range", at), f"{name}.range", problems)
        for t in domain + range_:
            if t not in types:
                problems.append(Problem(file, *at, f"predicate {name!r}: unknown entity type {t!r}"))
        cues = {}
        for lang, phrases in (spec.get("cues") or {}).items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                problems.append(Problem(file, *spec.pos.get("cues", at), f"predicate {name!r}: cues.{lang} must be a list of text"))
                continue
            cues[lang] = tuple(p.lower() for p in phrases)
        symmetric = spec.get("symmetric", False)
        if not isinstance(symmetric, bool):
            problems.append(Problem(file, *spec.pos.get("symmetric", at), f"predicate {name!r}: symmetric must be true or false"))
            symmetric = False
        if symmetric and set(domain) != set(range_):
            problems.append(Problem(file, *spec.pos.get("symmetric", at),
                                    f"predicate {name!r}: a symmetric predicate needs the same domain and range"))
        out[name] = Predicate(name, str(spec.get("description") or ""), domain, range_, cues, spec.get("date_property"),
                              symmetric is True)
    return out


def _link_ancestors(types: dict[str, EntityType], problems: list[Problem], directory: Path) -> None:
    for t in types.values():
        chain, cur = [t.name], t
        while cur.extends:
            if cur.extends not in types:
                problems.append(Problem(str(directory / "types" / f"{cur.name}.yaml"), 1, 1,
                                        f"extends unknown type {cur.extends!r}"))
                break
            if cur.extends in chain:
                problems.append(Problem(str(directory / "types" / f"{t.name}.yaml"), 1, 1,
                                        f"inheritance cycle: {' -> '.join(chain + [cur.extends])}"))
                break
            chain.append(cur.extends)
            cur = types[cur.extends]
        t.ancestors = tuple(chain)
        props = {}
        for name in reversed(chain):
            if name in types:
                props.update(types[name].own_properties)
        t.properties = props


def load_schema(directory: Path | str | None = None) -> Schema:
    """Load ``types/*.yaml`` and ``predicates.yaml`` from *directory*.

    Raises :class:`~graph.errors.SchemaError` listing every problem at once.
    """
    directory = Path(directory) if directory else default_schema_dir()
    problems: list[Problem] = []
    types: dict[str, EntityType] = {}
    type_files = sorted((directory / "types").glob("*.yaml"))
    if not type_files:
        problems.append(Problem(str(directory / "types"), 0, 0, "no entity type files (*.yaml) found"))
    for path in type_files:
        t = _load_type(path, problems)
        if t is None:
            continue
        if t.name in types:
            problems.append(Problem(str(path), 1, 1, f"entity type {t.name!r} defined twice"))
        types[t.name] = t
    _link_ancestors(types, problems, directory)
    predicates = _load_predicates(directory / "predicates.yaml", types, problems)
    for p in predicates.values():
        if p.date_property and not any(p.date_property in types[r].properties for r in p.range if r in types):
            problems.append(Problem(str(directory / "predicates.yaml"), 0, 0,
                                    f"predicate {p.name!r}: date_property {p.date_property!r} is not a property of its range"))
    if problems:
        raise SchemaError(problems)
    return Schema(types, predicates, directory)
