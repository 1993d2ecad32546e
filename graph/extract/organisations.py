"""The reference organisations: international bodies an article may name that the dataset lacks.

``schema/organisations.yaml`` (written by hand) gives each organisation its type and its English
and Italian names and acronyms. :func:`organisation_mentions` finds them in a text, as written
(case included: "UN" and "Nato" are names, "un" and "nato" are words):

* a name the dataset already gives to one of its entities is read as that entity;
* any other is a new-entity candidate of the file's type, one per organisation, named as the
  article writes it, with its other names in both languages as aliases.

Without this list the capitalised-run guesser reads "United Nations" as a person, joins "the
European Union and NATO" into one name and misses the Italian "Unione europea" and "Nato".

Examples
--------
>>> orgs = ReferenceOrganisations({"nato": ("Organization", {"en": ("NATO",), "it": ("Nato",)})})
>>> own, cands = organisation_mentions("NATO met.", "en", orgs, Gazetteer(), {}, set())
>>> [(c.id, c.name, c.type, c.aliases) for c in cands]
[('nato', 'NATO', 'Organization', ['Nato'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DatasetError, Problem
from ..yamlio import Record, read_yaml
from .candidates import Candidate
from .gazetteer import Gazetteer, Mention
from .states import known_entity

__all__ = ["ReferenceOrganisations", "load_organisations", "organisation_mentions"]

#: The languages an organisation's names are given in.
LANGUAGES = ("en", "it")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


@dataclass
class ReferenceOrganisations:
    """Organisation id -> (entity type, language -> names)."""

    entries: dict[str, tuple[str, dict[str, tuple[str, ...]]]]
    _finders: dict[str, Gazetteer] = field(default_factory=dict, repr=False, compare=False)

    def finder(self, lang: str) -> Gazetteer:
        """The gazetteer of every organisation's names in *lang*; its entities are the file's ids."""
        if lang not in self._finders:
            self._finders[lang] = Gazetteer.from_names(
                (oid, n) for oid, (_, by_lang) in self.entries.items() for n in by_lang.get(lang, ())
            )
        return self._finders[lang]


def load_organisations(path: Path, types: frozenset[str] | None = None) -> ReferenceOrganisations:
    """Read an organisations file strictly; raise :class:`~graph.errors.DatasetError` with every
    problem. The file holds ``organisations``: id -> ``{type, en: [names], it: [names]}``; with
    *types*, the type must be one of them."""
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    if not isinstance(value, Record) or not isinstance(value.get("organisations"), Record):
        raise DatasetError([Problem(file, 1, 1, "an organisations file must be a mapping with 'organisations'")])
    out: list[Problem] = []
    for key in sorted(set(value) - {"organisations"}):
        out.append(Problem(file, *value.key_at(key, (1, 1)), f"unknown key {key!r} (known: organisations)"))
    orgs = value["organisations"]
    entries: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {}
    for oid, rec in orgs.items():
        where: tuple[int, int] = orgs.key_at(oid, (1, 1))
        if not isinstance(oid, str) or not _ID.match(oid):
            out.append(Problem(file, *where, f"{oid!r}: an id in lower case with hyphens is expected"))
            continue
        if not isinstance(rec, Record):
            out.append(Problem(file, *where, f"{oid}: a mapping with type, en and it is expected"))
            continue
        for key in sorted(set(rec) - {"type", *LANGUAGES}):
            out.append(Problem(file, *rec.key_at(key, where), f"{oid}: unknown key {key!r} (known: type, en, it)"))
        type_name = rec.get("type")
        if not isinstance(type_name, str) or (types is not None and type_name not in types):
            known = f" (one of: {', '.join(sorted(types))})" if types else ""
            out.append(Problem(file, *rec.key_at("type", where), f"{oid}: type {type_name!r} is no entity type{known}"))
        by_lang: dict[str, tuple[str, ...]] = {}
        for lang in LANGUAGES:
            given = rec.get(lang)
            if not isinstance(given, list) or not given or not all(isinstance(n, str) and n.strip() for n in given):
                out.append(Problem(file, *rec.key_at(lang, where), f"{oid}: {lang}: a list of names is expected"))
                continue
            by_lang[lang] = tuple(n.strip() for n in given)
        entries[oid] = (str(type_name), by_lang)
    if out:
        raise DatasetError(out)
    return ReferenceOrganisations(entries)


def organisation_mentions(
    text: str,
    lang: str,
    orgs: ReferenceOrganisations,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    taken_ids: set[str],
    *,
    body: int = 0,
    taken: list[tuple[int, int]] | tuple = (),
) -> tuple[list[Mention], list[Candidate]]:
    """The reference organisations *text* names outside the *taken* spans (from offset *body*).

    Returns the mentions of the dataset's own entities (an organisation's reference name that
    the *gazetteer* gives to an entity of *entity_types*) and one new :class:`Candidate` per
    other organisation, its id the file's (with ``-org`` when the dataset already uses it).
    """
    own: list[Mention] = []
    found: dict[str, list[Mention]] = {}
    known_of: dict[str, str | None] = {}
    hits = orgs.finder(lang).find(text, cased=True)
    for m in hits:
        if m.start < body or any(a < m.end and m.start < b for a, b in taken):
            continue
        if any(
            o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in hits
        ):
            continue  # "Onu" inside "Consiglio di sicurezza dell'Onu": the longer name
        oid = m.entities[0]
        if oid not in known_of:
            known_of[oid] = known_entity(orgs.entries[oid][1], gazetteer, entity_types)
        known = known_of[oid]
        if known is not None:
            own.append(Mention(m.start, m.end, m.text, (known,)))
        else:
            found.setdefault(oid, []).append(m)
    cands = []
    for oid, ms in found.items():
        type_name, names = orgs.entries[oid]
        cid = oid if oid not in taken_ids else f"{oid}-org"
        written = ms[0].text
        seen = {m.text for m in ms}
        aliases = [n for by in names.values() for n in by if n not in seen]
        cands.append(
            Candidate(
                cid,
                written,
                type_name,
                f"an organisation of the reference list (schema/organisations.yaml, {oid})",
                list(dict.fromkeys([*(t for t in dict.fromkeys(m.text for m in ms) if t != written), *aliases])),
                [Mention(m.start, m.end, m.text, (cid,)) for m in ms],
            )
        )
    return own, cands
