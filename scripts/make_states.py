#!/usr/bin/env python
"""Write ``schema/states.yaml``, the reference list of states the extractor proposes as new
entities (graph/extract/states.py), from ISO 3166-1 as the ``pycountry`` package ships it.

Each ISO 3166-1 entry gives its English short name (the common name where ISO has one:
"Iran" for "Iran, Islamic Republic of") and its Italian name (pycountry's Italian translation),
each cut at a comma or a parenthesis; the press forms ISO leaves out ("Britain", "Ivory Coast",
"Gran Bretagna") are added from :data:`PRESS_FORMS`, and a name that means something else in
its language is replaced (:data:`REPLACED`); the states ISO withdrew that reports of their time
still name are added from :data:`FORMER_STATES`. The sovereign states' demonyms come from the
hand-written ``scripts/states_extra.yaml``. Run it again to follow a new pycountry
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


#: Round 112 (`former_state`): states ISO 3166-1 withdrew (ISO 3166-3 keeps their alpha-2 code),
#: which reports of their time name ("the Soviet Union is supplying North Korea"), with the date
#: they ended, the state that took over their seat, and the names of that seat's capital that stand
#: for them before that date ("Moscow had always supported Pyongyang" in 1988).
FORMER_STATES: dict[str, dict] = {
    "SU": {
        "en": ["Soviet Union", "USSR", "U.S.S.R."],
        "it": ["Unione Sovietica", "URSS", "Urss"],
        "until": "1991-12-26",
        "successor": "RU",
        "capital": {"en": ["Moscow", "Kremlin"], "it": ["Mosca", "Cremlino"]},
    },
    "DD": {
        "en": ["East Germany", "German Democratic Republic", "GDR"],
        "it": ["Germania Est", "Germania dell'Est", "Repubblica Democratica Tedesca", "RDT", "DDR"],
        "until": "1990-10-03",
    },
    "CS": {"en": ["Czechoslovakia"], "it": ["Cecoslovacchia"], "until": "1993-01-01"},
    "YU": {"en": ["Yugoslavia"], "it": ["Jugoslavia"], "until": "1992-04-27"},
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


#: The hand-written demonyms (beside this script).
EXTRA = Path(__file__).with_name("states_extra.yaml")


def _extra() -> dict:
    """The demonyms of :data:`EXTRA`, read strictly (every problem reported)."""
    from graph.errors import DatasetError
    from graph.yamlio import read_yaml

    value, problems = read_yaml(EXTRA)
    if problems:
        raise DatasetError(problems)
    return dict(value["states"])


def build(pycountry, gettext) -> tuple[str, dict[str, dict]]:
    """The pycountry release and the states: ISO alpha-2 -> {"en": names, "it": names} and, for
    the sovereign states, ``demonyms`` (language -> forms)."""
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
    for code, rec in FORMER_STATES.items():
        if pycountry.historic_countries.get(alpha_2=code) is None:
            raise SystemExit(f"FORMER_STATES: {code} is no withdrawn ISO 3166-1 code")
        states[code] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in rec.items()}
    for code, rec in _extra().items():
        if code not in states:
            raise SystemExit(f"{EXTRA}: {code} is no ISO 3166-1 code")
        forms = {lang: list(given) for lang, given in (rec.get("demonyms") or {}).items() if given}
        if forms:
            states[code]["demonyms"] = forms
    from importlib.metadata import version

    return version("pycountry"), states


def render(release: str, states: dict[str, dict]) -> str:
    def flow(names: list[str]) -> str:
        return "[" + ", ".join('"' + n.replace('"', '\\"') + '"' for n in names) + "]"

    def part(forms: dict[str, list[str]]) -> str:
        return "{" + ", ".join(f"{lang}: {flow(f)}" for lang, f in forms.items()) + "}"

    lines = [
        "# Reference states (graph/extract/states.py): a state an article names that the dataset does not",
        "# hold is proposed as a new Country entity; a name here that the dataset gives to one of its",
        '# states is read as that state; a demonym names it as an adjective ("German officials").',
        f"# Written by scripts/make_states.py from ISO 3166-1 (pycountry {release}), the press forms of its",
        "# PRESS_FORMS, the withdrawn states of its FORMER_STATES (ISO 3166-3: `until` the day they ended,",
        "# the `successor` whose `capital` stands for them before it) and the demonyms of",
        "# scripts/states_extra.yaml; do not edit by hand, run it again.",
        "states:",
    ]
    for code in sorted(states):
        n = states[code]
        extra = f", demonyms: {part(n['demonyms'])}" if "demonyms" in n else ""
        if "until" in n:
            extra += f', until: "{n["until"]}"'
        if "successor" in n:
            extra += f", successor: {n['successor']}, capital: {part(n['capital'])}"
        key = f'"{code}"' if code in ("NO", "ON", "OFF", "YES", "Y", "N") else code  # YAML 1.1 booleans
        lines.append(f"  {key}: {{en: {flow(n['en'])}, it: {flow(n['it'])}{extra}}}")
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
