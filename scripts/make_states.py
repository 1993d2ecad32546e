#!/usr/bin/env python
"""Write ``schema/states.yaml``, the reference list of states the extractor proposes as new
entities (graph/extract/states.py), from ISO 3166-1 as the ``pycountry`` package ships it.

Each ISO 3166-1 entry gives its English short name (the common name where ISO has one:
"Iran" for "Iran, Islamic Republic of") and its Italian name (pycountry's Italian translation),
each cut at a comma or a parenthesis; the press forms ISO leaves out ("Britain", "Ivory Coast",
"Gran Bretagna") are added from :data:`PRESS_FORMS`, and a name that means something else in
its language is replaced (:data:`REPLACED`). Run it again to follow a new pycountry
release; the file says which release wrote it. pycountry is needed only here, never at run time.

Usage: ``pip install pycountry && python scripts/make_states.py [--out schema/states.yaml]``
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

#: Names the press uses that ISO 3166-1 does not give (ISO alpha-2 -> language -> names).
PRESS_FORMS: dict[str, dict[str, list[str]]] = {
    "GB": {"en": ["Britain", "Great Britain", "UK", "U.K."], "it": ["Gran Bretagna"]},
    "US": {"en": ["U.S.", "USA", "U.S.A."], "it": ["Usa"]},
    "CZ": {"en": ["Czech Republic"], "it": ["Repubblica Ceca"]},
    "CI": {"en": ["Ivory Coast"]},
    "MM": {"en": ["Burma"], "it": ["Birmania"]},
    "NL": {"en": ["Holland"], "it": ["Olanda"]},
    "VA": {"en": ["Vatican"], "it": ["Vaticano"]},
    "KR": {"it": ["Corea del Sud"]},
    "TR": {"en": ["Turkey"]},
    "CV": {"en": ["Cape Verde"]},
    "SZ": {"en": ["Swaziland"]},
    "RU": {"en": ["Russia"]},
}


#: Names ISO gives that mean something else in the language, replaced (ISO alpha-2 -> language ->
#: names): Italian "Monaco" is also Munich ("la conferenza di Monaco").
REPLACED: dict[str, dict[str, list[str]]] = {
    "MC": {"it": ["Principato di Monaco"]},
}


def _short(name: str) -> str:
    """ "Bolivia, Plurinational State of" -> "Bolivia"; "Holy See (Vatican City State)" -> "Holy See"."""
    return re.split(r"\s*[,(]", name, maxsplit=1)[0].strip()


def _italian(name: str) -> str:
    """pycountry writes the compass word of a few Italian names in lower case ("Corea del sud")."""
    return re.sub(r"\b(nord|sud|est|ovest)\b", lambda m: m[1].capitalize(), _short(name))


def build(pycountry, gettext) -> tuple[str, dict[str, dict[str, list[str]]]]:
    """The pycountry release and the states: ISO alpha-2 -> {"en": names, "it": names}."""
    it = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    states: dict[str, dict[str, list[str]]] = {}
    for c in pycountry.countries:
        en = [_short(getattr(c, "common_name", None) or c.name)]
        if _short(c.name) not in en and "," not in c.name:
            en.append(_short(c.name))
        names = {"en": en, "it": [_italian(it.gettext(c.name))]}
        names.update(REPLACED.get(c.alpha_2, {}))
        for lang, extra in PRESS_FORMS.get(c.alpha_2, {}).items():
            names[lang] += [n for n in extra if n not in names[lang]]
        states[c.alpha_2] = names
    from importlib.metadata import version

    return version("pycountry"), states


def render(release: str, states: dict[str, dict[str, list[str]]]) -> str:
    def flow(names: list[str]) -> str:
        return "[" + ", ".join('"' + n.replace('"', '\\"') + '"' for n in names) + "]"

    lines = [
        "# Reference states (graph/extract/states.py): a state an article names that the dataset does not",
        "# hold is proposed as a new Country entity; a name here that the dataset gives to one of its",
        f"# states is read as that state. Written by scripts/make_states.py from ISO 3166-1 (pycountry {release})",
        "# with the press forms of its PRESS_FORMS; do not edit by hand, run it again.",
        "states:",
    ]
    for code in sorted(states):
        n = states[code]
        lines.append(f"  {code}: {{en: {flow(n['en'])}, it: {flow(n['it'])}}}")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="schema/states.yaml", help="where to write (default: schema/states.yaml)")
    args = ap.parse_args(argv)
    try:
        import gettext

        import pycountry
    except ImportError:
        print("make_states.py needs pycountry: pip install pycountry", file=sys.stderr)
        return 2
    from graph.atomic import write_atomic

    release, states = build(pycountry, gettext)
    write_atomic(Path(args.out), render(release, states))
    print(f"{args.out}: {len(states)} states (pycountry {release})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
