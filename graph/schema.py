"""The schema: entity types (one YAML file each) and predicates, loaded strictly.

Type and predicate names become Neo4j labels and relationship types, so they are checked
against a safe-identifier pattern here, once, before anything else can use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Problem, SchemaError
from .files import visible_entries
from .yamlio import Position, Record, read_yaml

__all__ = [
    "ATTRIBUTION_CATEGORIES",
    "CONFLICT_RULE_KEYS",
    "PROPERTY_TYPES",
    "RESERVED_PREDICATE_NAMES",
    "RESERVED_TYPE_NAMES",
    "STYLE_COLOR",
    "STYLE_SHAPES",
    "ConflictRules",
    "EntityType",
    "Predicate",
    "PropertySpec",
    "Schema",
    "default_schema_dir",
    "load_schema",
    "schema_dir_for",
]

TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*\Z")
PREDICATE_NAME = re.compile(r"[A-Z][A-Z0-9_]*\Z")
PROPERTY_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
PROPERTY_TYPES = ("string", "bool", "date", "int", "number", "enum")
#: Names the database model keeps for its own nodes (labels) and for the relationships from a
#: claim node (``graph/store``). An entity type or a predicate named so would be mixed up with
#: them by every load and query, so the schema refuses them. The schema owns the list because
#: imports flow from the schema to the store, never back.
RESERVED_TYPE_NAMES = ("Claim", "Document", "Entity")
RESERVED_PREDICATE_NAMES = ("ATTRIBUTED_TO", "IN_DOCUMENT", "ITEM", "OBJECT", "RELAYED_BY", "SUBJECT")
#: Display style: ``color`` is a hex colour, ``shape`` one of vis-network's node shapes that
#: draw without fetching anything (not image, circularImage, icon or custom). The view pages
#: put these values into their scripts, so only these are accepted.
STYLE_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})\Z")
STYLE_SHAPES = (
    "box",
    "circle",
    "database",
    "diamond",
    "dot",
    "ellipse",
    "hexagon",
    "square",
    "star",
    "text",
    "triangle",
    "triangleDown",
)
ATTRIBUTION_CATEGORIES = (
    "government",
    "military",
    "state_media",
    "media",
    "intelligence",
    "research",
    "analyst",
    "other",
)


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
    #: The STIX 2.1 relationship type this predicate means, when STIX has one (``located-at``).
    stix: str | None = None


#: The keys of predicates.yaml's ``conflicts`` section; each is required (see :class:`ConflictRules`).
CONFLICT_RULE_KEYS = ("exclusive", "once", "quantities")


@dataclass(frozen=True)
class ConflictRules:
    """How ``kg conflicts`` and the review's comparison judge claims: predicates.yaml's ``conflicts``.

    ``exclusive`` pairs predicates that cannot both hold for one subject and object; ``once``
    names one-time events whose dates compare (those with a ``date_property`` always do);
    ``quantities`` names the predicates whose figures compare across documents, ``None``
    meaning all of them. Every key is required in the file, so a dataset's own schema cannot
    switch a rule off by leaving it out; a schema built in code starts with no rules.
    """

    exclusive: tuple[tuple[str, str], ...] = ()
    once: frozenset[str] = frozenset()
    quantities: frozenset[str] | None = frozenset()

    def opposites(self, predicate: str) -> set[str]:
        """The predicates exclusive with *predicate*."""
        return {b if a == predicate else a for a, b in self.exclusive if predicate in (a, b)}

    def compares_quantities(self, predicate: str) -> bool:
        """True when figures of *predicate* from different documents are compared."""
        return self.quantities is None or predicate in self.quantities


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
    conflicts: ConflictRules = field(default_factory=ConflictRules)
    #: Predicates along which ``kg show --related`` rolls entities up: the subject is a part of
    #: the object or lies inside it (predicates.yaml's required ``rollup`` list).
    rollup: tuple[str, ...] = ()
    #: Entity types ``kg show --related`` never rolls up into, nor their subtypes (a country
    #: would pull in everything): predicates.yaml's required ``rollup_not_into`` list.
    rollup_not_into: tuple[str, ...] = ()
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
        """What kind of asserter an entity is: its ``category`` property, else its type's default.

        Examples
        --------
        >>> schema = load_schema()
        >>> schema.attribution_category("MediaOutlet"), schema.attribution_category("MediaOutlet", {"category": "state_media"})
        ('media', 'state_media')
        """
        props = properties or {}
        if props.get("category"):
            return props["category"]
        return self.types[type_name].attribution_category


def default_schema_dir() -> Path:
    """The repository's ``schema/`` folder (beside the ``graph`` package)."""
    return Path(__file__).resolve().parent.parent / "schema"


def schema_dir_for(dataset_dir: Path) -> Path:
    """The schema a dataset uses: its own ``schema/`` folder when it has one, else the default."""
    local = Path(dataset_dir) / "schema"
    return local if (local / "types").is_dir() else default_schema_dir()


def _load_property(name, spec, file, problems) -> PropertySpec | None:
    at: Position = getattr(spec, "at", (0, 0))
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
    if not isinstance(values, (list, tuple)) or not all(isinstance(v, str) for v in values):
        problems.append(Problem(file, *spec.pos.get("values", at), f"property {name!r}: values must be a list of text"))
        values = ()
    elif ptype == "enum" and not values:
        problems.append(Problem(file, *at, f"property {name!r}: an enum needs 'values'"))
    return PropertySpec(name, ptype, _text(spec, "description", file, f"property {name!r}: ", problems), tuple(values))


def _text(rec: Record, key: str, file: str, what: str, problems: list[Problem]) -> str:
    """``rec[key]`` when it is text (``""`` when absent); a problem otherwise."""
    value = rec.get(key)
    if value is None or isinstance(value, str):
        return value or ""
    problems.append(Problem(file, *rec.pos[key], f"{what}{key} must be text"))
    return ""


def _check_category(prop: PropertySpec, type_name: str, file: str, at: Position, problems: list[Problem]) -> None:
    """The ``category`` property feeds :meth:`Schema.attribution_category`: its values must be
    attribution categories, and the root type's must list every one of them."""
    unknown = [v for v in prop.values if v not in ATTRIBUTION_CATEGORIES]
    missing = [c for c in ATTRIBUTION_CATEGORIES if c not in prop.values] if type_name == "Thing" else []
    if prop.type != "enum" or unknown or missing:
        problems.append(
            Problem(
                file,
                *at,
                f"property 'category' must be an enum of the attribution categories "
                f"{list(ATTRIBUTION_CATEGORIES)}"
                + (f" (unknown: {unknown})" if unknown else "")
                + (f" (missing: {missing})" if missing else ""),
            )
        )


_TYPE_FIELDS = {"name", "description", "extends", "abstract", "attribution_category", "style", "properties"}
_STIX_TYPE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_PREDICATE_FIELDS = {"description", "domain", "range", "cues", "date_property", "symmetric", "stix"}


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
        problems.append(
            Problem(file, *doc.at, f"type name {name!r} must match {TYPE_NAME.pattern} (it becomes a database label)")
        )
        return None
    if name in RESERVED_TYPE_NAMES:
        problems.append(
            Problem(
                file,
                *doc.pos["name"],
                f"type name {name!r} is reserved: the database model uses "
                f"{', '.join(RESERVED_TYPE_NAMES)} for its own nodes",
            )
        )
        return None
    if path.stem != name:
        problems.append(Problem(file, *doc.pos["name"], f"type {name!r} must live in {name}.yaml"))
    category = doc.get("attribution_category", "other")
    if category not in ATTRIBUTION_CATEGORIES:
        problems.append(
            Problem(
                file,
                *doc.pos["attribution_category"],
                f"attribution_category must be one of {list(ATTRIBUTION_CATEGORIES)}",
            )
        )
        category = "other"
    extends = doc.get("extends")
    if extends is not None and not isinstance(extends, str):
        problems.append(Problem(file, *doc.pos["extends"], "extends must be the name of one entity type"))
        extends = None
    abstract = doc.get("abstract")
    if abstract is not None and not isinstance(abstract, bool):
        problems.append(Problem(file, *doc.pos["abstract"], "abstract must be true or false"))
    style = _style(doc, file, problems)
    body = doc.get("properties") or Record()
    if not isinstance(body, Record):
        problems.append(
            Problem(
                file,
                *doc.pos["properties"],
                "properties must be a mapping of property name to its spec ({type: ..., description: ...})",
            )
        )
        body = Record()
    props = {}
    for pname, spec in body.items():
        prop = _load_property(pname, spec, file, problems)
        if prop:
            props[pname] = prop
            if pname == "category":
                _check_category(prop, name, file, body.pos[pname], problems)
    return EntityType(
        name=name,
        description=_text(doc, "description", file, "", problems),
        extends=extends,
        abstract=abstract is True,
        attribution_category=category,
        style=style,
        own_properties=props,
    )


def _style(doc: Record, file: str, problems: list[Problem]) -> dict:
    """The type's display style, every value from the allowlist; ``{}`` when any is not."""
    style = doc.get("style") or Record()
    if not isinstance(style, Record) or not all(isinstance(v, str) for v in style.values()):
        problems.append(
            Problem(
                file,
                *doc.pos["style"],
                'style must be a mapping of text values (such as {color: "#4e79a7", shape: dot})',
            )
        )
        return {}
    bad = []
    for key, value in style.items():
        if key == "color" and not STYLE_COLOR.match(value):
            bad.append(f'color {value[:40]!r} must be a hex colour such as "#4e79a7"')
        elif key == "shape" and value not in STYLE_SHAPES:
            bad.append(f"shape {value[:40]!r} must be one of {', '.join(STYLE_SHAPES)}")
        elif key not in ("color", "shape"):
            bad.append(f"{key[:40]!r} is not a style field (color, shape)")
    for message in bad:
        problems.append(Problem(file, *doc.pos["style"], f"style: {message}"))
    return {} if bad else dict(style)


def _names(value, file: str, at: Position, what: str, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        problems.append(Problem(file, *at, f"{what} must be a non-empty list of type names"))
        return ()
    return tuple(value)


def _predicate_list(value, known, file: str, at: Position, what: str, problems: list[Problem]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(Problem(file, *at, f"{what} must be a list of predicate names"))
        return []
    for v in value:
        if v not in known:
            problems.append(Problem(file, *at, f"{what}: unknown predicate {v!r}"))
    return [v for v in value if v in known]


def _load_conflict_rules(
    doc: Record, predicates: dict[str, Predicate], file: str, problems: list[Problem]
) -> ConflictRules:
    """The ``conflicts`` section; missing keys are located problems (a rule is never off by omission)."""
    spec = doc.get("conflicts")
    if not isinstance(spec, Record):
        where = doc.pos.get("conflicts", (1, 1))
        problems.append(
            Problem(
                file,
                *where,
                "predicates.yaml needs a 'conflicts' mapping with "
                f"{', '.join(CONFLICT_RULE_KEYS)} (write `exclusive: []`, `once: []`, "
                "`quantities: all` to state that no pair excludes another)",
            )
        )
        return ConflictRules()
    for key in sorted(set(spec) - set(CONFLICT_RULE_KEYS)):
        problems.append(Problem(file, *spec.pos[key], f"conflicts: unknown field {key!r}"))
    for key in CONFLICT_RULE_KEYS:
        if key not in spec:
            problems.append(
                Problem(
                    file,
                    *doc.pos["conflicts"],
                    f"conflicts needs {key!r} (see the comment above it in the repository's schema/predicates.yaml)",
                )
            )
    pairs = []
    raw = spec.get("exclusive", [])
    if not isinstance(raw, list):
        problems.append(Problem(file, *spec.pos["exclusive"], "conflicts.exclusive must be a list of predicate pairs"))
        raw = []
    for i, pair in enumerate(raw):
        at: Position = getattr(raw, "pos", [spec.pos["exclusive"]] * len(raw))[i]
        if not isinstance(pair, list) or len(pair) != 2 or pair[0] == pair[1]:
            problems.append(
                Problem(
                    file, *at, "conflicts.exclusive: each entry must be a pair of two different predicates ([A, B])"
                )
            )
            continue
        names = _predicate_list(pair, predicates, file, at, "conflicts.exclusive", problems)
        if len(names) == 2:
            pairs.append((names[0], names[1]))
    once = _predicate_list(
        spec.get("once", []), predicates, file, spec.pos.get("once", doc.at), "conflicts.once", problems
    )
    quantities: frozenset[str] | None = None
    value = spec.get("quantities", "all")
    if value != "all":
        quantities = frozenset(
            _predicate_list(
                value, predicates, file, spec.pos.get("quantities", doc.at), "conflicts.quantities (or `all`)", problems
            )
        )
    return ConflictRules(tuple(pairs), frozenset(once), quantities)


def _load_rollup(doc: Record, predicates: dict[str, Predicate], file: str, problems: list[Problem]) -> tuple[str, ...]:
    """The ``rollup`` list; required, like the conflict rules (``rollup: []`` says "none" on purpose)."""
    if "rollup" not in doc:
        problems.append(
            Problem(
                file,
                1,
                1,
                "predicates.yaml needs 'rollup': the predicates along which kg show --related rolls entities "
                "up (a part of, a place inside), such as [PART_OF, LOCATED_IN], or [] for none",
            )
        )
        return ()
    return tuple(_predicate_list(doc["rollup"], predicates, file, doc.pos["rollup"], "rollup", problems))


def _load_rollup_not_into(doc: Record, types: dict, file: str, problems: list[Problem]) -> tuple[str, ...]:
    """The ``rollup_not_into`` list of entity types; required like ``rollup`` (``[]`` = none)."""
    if "rollup_not_into" not in doc:
        problems.append(
            Problem(
                file,
                1,
                1,
                "predicates.yaml needs 'rollup_not_into': the entity types kg show --related never rolls up "
                "into (a country would pull in everything), such as [Country], or [] for none",
            )
        )
        return ()
    raw, at = doc["rollup_not_into"], doc.pos["rollup_not_into"]
    if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
        problems.append(Problem(file, *at, "rollup_not_into must be a list of entity type names"))
        return ()
    for t in raw:
        if t not in types:
            problems.append(Problem(file, *at, f"rollup_not_into: unknown entity type {t!r}"))
    return tuple(t for t in raw if t in types)


def _load_predicates(
    path: Path, types: dict, problems: list[Problem]
) -> tuple[dict[str, Predicate], ConflictRules, tuple[str, ...], tuple[str, ...]]:
    file = str(path)
    doc, found = read_yaml(path)
    problems.extend(found)
    if not isinstance(doc, Record) or not isinstance(doc.get("predicates"), Record):
        if not found:
            problems.append(Problem(file, 1, 1, "predicates.yaml must be a mapping with a 'predicates' mapping"))
        return {}, ConflictRules(), (), ()
    for key in sorted(set(doc) - {"predicates", "rollup", "rollup_not_into", "conflicts"}):
        problems.append(
            Problem(
                file, *doc.pos[key], f"unknown top-level field {key!r} (predicates, rollup, rollup_not_into, conflicts)"
            )
        )
    out = {}
    body = doc["predicates"]
    for name, spec in body.items():
        at: Position = body.pos[name]
        if not PREDICATE_NAME.match(name):
            problems.append(
                Problem(
                    file,
                    *at,
                    f"predicate name {name!r} must match {PREDICATE_NAME.pattern} (it becomes a relationship type)",
                )
            )
            continue
        if name in RESERVED_PREDICATE_NAMES:
            problems.append(
                Problem(
                    file,
                    *at,
                    f"predicate name {name!r} is reserved: the database model uses "
                    f"{', '.join(RESERVED_PREDICATE_NAMES)} for a claim's own relationships",
                )
            )
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
        cue_spec = spec.get("cues") or Record()
        if not isinstance(cue_spec, Record):
            problems.append(
                Problem(
                    file,
                    *spec.pos["cues"],
                    f"predicate {name!r}: cues must be a mapping of language "
                    "to a list of phrases ({it: [...], en: [...]})",
                )
            )
            cue_spec = Record()
        for lang, phrases in cue_spec.items():
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                problems.append(
                    Problem(file, *cue_spec.pos[lang], f"predicate {name!r}: cues.{lang} must be a list of text")
                )
                continue
            cues[lang] = tuple(p.lower() for p in phrases)
        date_property = spec.get("date_property")
        if date_property is not None and not isinstance(date_property, str):
            problems.append(
                Problem(
                    file,
                    *spec.pos["date_property"],
                    f"predicate {name!r}: date_property must be the name of a property",
                )
            )
            date_property = None
        symmetric = spec.get("symmetric", False)
        if not isinstance(symmetric, bool):
            problems.append(
                Problem(file, *spec.pos.get("symmetric", at), f"predicate {name!r}: symmetric must be true or false")
            )
            symmetric = False
        if symmetric and set(domain) != set(range_):
            problems.append(
                Problem(
                    file,
                    *spec.pos.get("symmetric", at),
                    f"predicate {name!r}: a symmetric predicate needs the same domain and range",
                )
            )
        stix = spec.get("stix")
        if stix is not None and not (isinstance(stix, str) and _STIX_TYPE.fullmatch(stix)):
            problems.append(
                Problem(
                    file,
                    *spec.pos.get("stix", at),
                    f"predicate {name!r}: stix must be a STIX relationship type in lower kebab case (located-at)",
                )
            )
            stix = None
        out[name] = Predicate(
            name,
            _text(spec, "description", file, f"predicate {name!r}: ", problems),
            domain,
            range_,
            cues,
            date_property,
            symmetric is True,
            stix,
        )
    return (
        out,
        _load_conflict_rules(doc, out, file, problems),
        _load_rollup(doc, out, file, problems),
        _load_rollup_not_into(doc, types, file, problems),
    )


def _link_ancestors(types: dict[str, EntityType], problems: list[Problem], directory: Path) -> None:
    for t in types.values():
        chain, cur = [t.name], t
        while cur.extends:
            if cur.extends not in types:
                problems.append(
                    Problem(
                        str(directory / "types" / f"{cur.name}.yaml"), 1, 1, f"extends unknown type {cur.extends!r}"
                    )
                )
                break
            if cur.extends in chain:
                problems.append(
                    Problem(
                        str(directory / "types" / f"{t.name}.yaml"),
                        1,
                        1,
                        f"inheritance cycle: {' -> '.join([*chain, cur.extends])}",
                    )
                )
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
    type_files = visible_entries(directory / "types", "*.yaml")
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
    predicates, conflicts, rollup, not_into = _load_predicates(directory / "predicates.yaml", types, problems)
    for p in predicates.values():
        if p.date_property and not any(p.date_property in types[r].properties for r in p.range if r in types):
            problems.append(
                Problem(
                    str(directory / "predicates.yaml"),
                    0,
                    0,
                    f"predicate {p.name!r}: date_property {p.date_property!r} is not a property of its range",
                )
            )
    if problems:
        raise SchemaError(problems)
    return Schema(types, predicates, directory, conflicts, rollup, not_into)
