"""The reference states: the world's states an article may name that the dataset does not hold.

``schema/states.yaml`` (written by ``scripts/make_states.py`` from ISO 3166-1) gives each state's
English and Italian names, and for the sovereign states their demonyms (adjectives that name it:
"German officials", "il ministro tedesco"). :func:`state_mentions` finds them in a text: names by
their capitalised forms only ("turkey" the bird is no state), English demonyms capitalised, Italian
ones in lower case ("Giordano" the surname is no "giordano"). Capitals are left out: read as their
states, they cost precision on the development set for no recall ("il vertice di Hanoi" is no act
of Vietnam's):

* a name the dataset gives to one of its own states is read as that state (a known mention:
  the reference only adds the names the dataset lacks, "Britain" for its "United Kingdom");
* any other is a new-entity candidate of type Country, one per state, named as the article
  writes it, with the state's names in the other language as aliases.

Examples
--------
>>> states = ReferenceStates({"DE": {"en": ("Germany",), "it": ("Germania",)}})
>>> known, cands, _ = state_mentions("Germany and Sylvania met.", "en", states, Gazetteer(), {}, set())
>>> [(c.id, c.name, c.type, c.aliases) for c in cands]
[('germany', 'Germany', 'Country', ['Germania'])]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DatasetError, Problem
from ..resolve import fold_text
from ..yamlio import Record, read_yaml
from .candidates import Candidate, slugify
from .gazetteer import Gazetteer, Mention
from .lang import words

__all__ = ["FormerState", "ReferenceStates", "former_capitals", "known_entity", "load_states", "state_mentions"]

#: The languages a state's names are given in.
LANGUAGES = ("en", "it")
_CODE = re.compile(r"[A-Z]{2}\Z")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
#: The keys of a withdrawn state besides its names (round 112, `former_state`).
_FORMER_KEYS = ("until", "successor", "capital")


@dataclass(frozen=True)
class FormerState:
    """Round 112 (`former_state`): a state ISO withdrew, *until* the day it ended (ISO date), and
    the *successor* (a code) whose *capital* names (language -> names) stand for it before then."""

    until: str
    successor: str | None = None
    capital: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class ReferenceStates:
    """ISO alpha-2 code -> language -> names."""

    names: dict[str, dict[str, tuple[str, ...]]]
    demonyms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    former: dict[str, FormerState] = field(default_factory=dict)
    _finders: dict[tuple[str, str], Gazetteer] = field(default_factory=dict, repr=False, compare=False)

    def finder(self, lang: str, kind: str = "names") -> Gazetteer:
        """The gazetteer of every state's names (*kind* ``names``) or demonyms (``demonyms``) in
        *lang*; its entities are ISO codes. Built once."""
        if (lang, kind) not in self._finders:
            part = self.names if kind == "names" else self.demonyms
            # round 111 (`plural_demonym`): the people of a state name it as the adjective does
            # ("North Koreans worked in Russia", as Italian "i nordcoreani"); Italian lists its plurals
            plural = words(lang).demonym_plural if kind == "demonyms" else (lambda n: None)
            self._finders[lang, kind] = Gazetteer.from_names(
                (code, form)
                for code, by_lang in part.items()
                for n in by_lang.get(lang, ())
                for form in (n, plural(n))
                if form
            )
        return self._finders[lang, kind]


def load_states(path: Path) -> ReferenceStates:
    """Read a states file strictly; raise :class:`~graph.errors.DatasetError` with every problem.

    The file holds ``states``: ISO alpha-2 code -> ``{en: [names], it: [names]}``, optionally with
    ``demonyms`` (``{en: [forms], it: [forms]}``, either language optional); a state ISO withdrew
    has ``until`` (the ISO date it ended) and may have a ``successor`` (a code) with the
    ``capital`` names (``{en: [names], it: [names]}``) that stood for it.
    """
    value, problems = read_yaml(path)
    file = str(path)
    if problems:
        raise DatasetError(problems)
    if not isinstance(value, Record) or not isinstance(value.get("states"), Record):
        raise DatasetError([Problem(file, 1, 1, "a states file must be a mapping with 'states'")])
    out: list[Problem] = []
    for key in sorted(set(value) - {"states"}):
        out.append(Problem(file, *value.key_at(key, (1, 1)), f"unknown key {key!r} (known: states)"))
    states = value["states"]
    names: dict[str, dict[str, tuple[str, ...]]] = {}
    extra: dict[str, dict[str, dict[str, tuple[str, ...]]]] = {"demonyms": {}, "capital": {}}
    former: dict[str, FormerState] = {}
    successors: dict[str, tuple[str, tuple[int, int]]] = {}
    for code, rec in states.items():
        where: tuple[int, int] = states.key_at(code, (1, 1))
        if not isinstance(code, str) or not _CODE.match(code):
            out.append(Problem(file, *where, f"{code!r}: an ISO 3166-1 alpha-2 code (two capitals) is expected"))
            continue
        if not isinstance(rec, Record):
            out.append(Problem(file, *where, f"{code}: a mapping of languages ({', '.join(LANGUAGES)}) is expected"))
            continue
        for lang in sorted(set(rec) - set(LANGUAGES) - set(extra) - set(_FORMER_KEYS)):
            out.append(Problem(file, *rec.key_at(lang, where), f"{code}: unknown language {lang!r}"))
        for part, by_part in extra.items():
            if part in rec:
                _forms(rec, part, code, where, by_part, file, out)
        if "until" in rec:
            until = rec["until"]
            if not isinstance(until, str) or not _DATE.match(until):
                out.append(Problem(file, *rec.key_at("until", where), f"{code}: until: an ISO date is expected"))
            successor = rec.get("successor")
            if successor is not None:
                successors[code] = (successor, rec.key_at("successor", where))
            former[code] = FormerState(str(until), successor, extra["capital"].get(code, {}))
        elif any(k in rec for k in ("successor", "capital")):
            out.append(Problem(file, *where, f"{code}: successor and capital belong to a state with until"))
        by_lang: dict[str, tuple[str, ...]] = {}
        for lang in LANGUAGES:
            given = rec.get(lang)
            if not isinstance(given, list) or not given or not all(isinstance(n, str) and n.strip() for n in given):
                out.append(Problem(file, *rec.key_at(lang, where), f"{code}: {lang}: a list of names is expected"))
                continue
            by_lang[lang] = tuple(n.strip() for n in given)
        names[code] = by_lang
    for code, (successor, at) in successors.items():
        if successor not in names:
            out.append(Problem(file, *at, f"{code}: successor {successor!r} is no state of the file"))
    if out:
        raise DatasetError(out)
    return ReferenceStates(names, extra["demonyms"], former)


def _forms(rec: Record, part: str, code: str, where, by_part: dict, file: str, out: list[Problem]) -> None:
    """Check ``demonyms`` (*part*) of state *code*; keep them in *by_part*."""
    forms = rec[part]
    if not isinstance(forms, Record) or not forms or set(forms) - set(LANGUAGES):
        out.append(Problem(file, *rec.key_at(part, where), f"{code}: {part}: a mapping of en and/or it is expected"))
        return
    for lang, given in forms.items():
        if not isinstance(given, list) or not given or not all(isinstance(n, str) and n.strip() for n in given):
            out.append(
                Problem(file, *forms.key_at(lang, where), f"{code}: {part}: {lang}: a list of forms is expected")
            )
            continue
        by_part.setdefault(code, {})[lang] = tuple(n.strip() for n in given)


def state_mentions(
    text: str,
    lang: str,
    states: ReferenceStates,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
    taken_ids: set[str],
    *,
    body: int = 0,
    taken: list[tuple[int, int]] | tuple = (),
) -> tuple[list[Mention], list[Candidate], set[tuple[int, int]]]:
    """The reference states *text* names outside the *taken* spans (from offset *body*).

    Returns the mentions of the dataset's own states (a state's reference name that the
    *gazetteer* gives to a Country of *entity_types*), one new :class:`Candidate` per other
    state, its id the slug of its English name (with its code when that id is taken), and the
    spans of both that are demonyms.
    """
    hits: list[tuple[Mention, bool]] = [(m, False) for m in states.finder(lang).find(text, cased=True)]
    spans = [(m.start, m.end) for m, _ in hits]
    for m in states.finder(lang, "demonyms").find(text, cased=True):
        written_as = m.text[:1].isupper() if lang == "en" else m.text.islower()
        if written_as and not any(a < m.end and m.start < b for a, b in spans):
            hits.append((m, True))
    own: list[Mention] = []
    found: dict[str, list[Mention]] = {}
    demonyms: set[tuple[int, int]] = set()
    known_of: dict[str, str | None] = {}  # a state's id in the dataset, looked up once per state
    for m, is_demonym in sorted(hits, key=lambda h: h[0].start):
        if m.start < body or any(a < m.end and m.start < b for a, b in taken):
            continue
        code = m.entities[0]
        if is_demonym:
            demonyms.add((m.start, m.end))
        if code not in known_of:
            known_of[code] = known_entity(states.names[code], gazetteer, entity_types, "Country")
        known = known_of[code]
        if known is not None:
            own.append(Mention(m.start, m.end, m.text, (known,)))
        else:
            found.setdefault(code, []).append(m)
    cands = []
    for code, ms in found.items():
        english = states.names[code].get("en", (ms[0].text,))[0]
        cid = slugify(english)
        if cid in taken_ids:
            cid = f"{cid}-{code.lower()}"
        as_name = [m.text for m in ms if (m.start, m.end) not in demonyms]
        written = as_name[0] if as_name else states.names[code].get(lang, (english,))[0]
        aliases = [n for by in states.names[code].values() for n in by if n != written]
        cands.append(
            Candidate(
                cid,
                written,
                "Country",
                f"a state of the reference list (schema/states.yaml, {code})",
                list(dict.fromkeys(a for a in aliases if a not in {m.text for m in ms})),
                [Mention(m.start, m.end, m.text, (cid,)) for m in ms],
            )
        )
    return own, cands, demonyms


def known_entity(
    names: dict[str, tuple[str, ...]], gazetteer: Gazetteer, entity_types: dict[str, str], type_name: str | None = None
) -> str | None:
    """The dataset's entity (of *type_name*, when given) that one of *names* (language -> names)
    names, or None: how a reference list (states, organisations) finds what the dataset holds."""
    for by_lang in names.values():
        for n in by_lang:
            for eid in gazetteer.lookup(n) or ():
                if eid in entity_types and (type_name is None or entity_types[eid] == type_name):
                    return eid
    return None


def former_capitals(
    mentions,
    lang: str,
    states: ReferenceStates,
    doc_date,
    gazetteer: Gazetteer,
    entity_types: dict[str, str],
) -> dict[tuple[int, int], Any]:
    """Rule ``former_state`` (round 112): in a report dated before a withdrawn state ended that
    names it, its successor's capital stands for it ("The Soviet Union is supplying North Korea
    ... Moscow had been unwilling", 1985): the spans of those capital *mentions* (of the
    successor's entity) -> the mention of the former state they now name.

    *doc_date* is a :class:`~graph.dates.PartialDate` or None (then nothing changes).

    >>> from types import SimpleNamespace as M
    >>> states = ReferenceStates(
    ...     {"SU": {"en": ("Soviet Union",)}, "RU": {"en": ("Russia",)}},
    ...     former={"SU": FormerState("1991-12-26", "RU", {"en": ("Moscow",)})},
    ... )
    >>> gaz = Gazetteer.from_names([("russia", "Russia"), ("russia", "Moscow")])
    >>> ms = [M(start=4, end=16, text="Soviet Union", entity="soviet-union"), M(start=30, end=36, text="Moscow", entity="russia")]
    >>> from graph.dates import PartialDate
    >>> [(k, m.entity) for k, m in former_capitals(ms, "en", states, PartialDate(1985, 7), gaz, {"russia": "Country"}).items()]
    [((30, 36), 'soviet-union')]
    >>> former_capitals(ms, "en", states, PartialDate(2024, 7), gaz, {"russia": "Country"})
    {}
    """
    out: dict[tuple[int, int], Any] = {}
    if doc_date is None:
        return out
    when = f"{doc_date.year:04d}-{doc_date.month:02d}-{doc_date.day:02d}"
    for code, former in states.former.items():
        capital = {fold_text(n) for n in former.capital.get(lang, ())}
        if not capital or former.successor is None or when >= former.until:
            continue
        own = {
            fold_text(n)
            for forms in (states.names.get(code, {}), states.demonyms.get(code, {}))
            for n in forms.get(lang, ())
        }
        named = next((m for m in mentions if fold_text(m.text) in own), None)
        successor = known_entity(states.names[former.successor], gazetteer, entity_types, "Country")
        if named is None or successor is None:
            continue
        for m in mentions:
            if m.entity == successor and fold_text(m.text) in capital:
                out[m.start, m.end] = named
    return out
