"""New-entity candidates: names in the text that the gazetteer does not know.

Rules (no trained model is available): weapon designators (KN-23, T-62, Hwasong-11A),
"Stabilimento X"-style facility names, "regione di X"-style places, "Center for ..." and
"Institute of ..." names, other capitalised multi-word names (with connectors such as
"di", "del", "for", "of", "the" inside) and acronyms. Each candidate gets a type guess with
the reason for it, a proposed id and every mention of its names in the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..resolve import fold_text
from .gazetteer import LEADING_ARTICLES, Gazetteer, Mention, fold_tokens
from .lang import GENITIVES, LANGUAGES, MONTH_NAMES, PLATFORMS, alternation
from .sentences import Sentence, is_heading

__all__ = [
    "RECURRING_NAME",
    "Candidate",
    "dateline_spans",
    "family_part",
    "find_candidates",
    "guess_type",
    "longer_names",
    "slugify",
]

#: Weapon designators: "KN-23", "Hwasong-11", "Su-27"; round 39: a letter or two and at least three
#: digits, no hyphen ("M1989 Koksan", "M109"), which group names never are ("G7", "G20")
_DESIGNATOR = re.compile(
    r"\b(?:[A-Z]{1,5}-\d{1,4}[A-Z]?|[A-Z][a-z]{2,}-\d{1,3}[A-Z]?|[A-Z][a-z]-\d{2,3}[A-Z]?|[A-Z]{1,2}\d{3,4}[A-Z]?)\b"
)
_FACILITY = re.compile(
    r"\b(?:Stabilimento|Impianto|Fabbrica|Complesso|Cantiere|Centrale|Base|Plant|Factory|Complex|Shipyard)"
    r"\s+[\"“«]?(?:[A-Z0-9][\w'’-]*)(?:\s+(?:[A-Z0-9][\w'’-]*))*[\"”»]?"
)
_PLACE = re.compile(
    r"\b(?P<noun>(?i:regione|provincia|città|citta|distretto|oblast|region|province|city|district|porto|port|town|"
    r"villaggio|village))"
    r"(?:\s+[a-zàèéìòù]{3,})?\s+(?i:di|of)\s+"  # an adjective may follow: "regione russa di"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
#: Place nouns whose named thing is built, not a territory: "the port of Najin" is a facility.
_FACILITY_PLACES = frozenset(("porto", "port"))
#: Lower-case heads of descriptive names ("accordo di partenariato strategico") and their type.
_NP_HEADS = {
    "Facility": (
        "fabbrica",
        "fabbriche",
        "stabilimento",
        "stabilimenti",
        "impianto",
        "impianti",
        "cantiere",
        "cantieri",
        "arsenale",
        "centrale",
        "edificio",
        "edifici",
        "alloggi",
        "factory",
        "plant",
        "shipyard",
        "building",
        "housing",
    ),
    "Agreement": (
        "accordo",
        "trattato",
        "patto",
        "intesa",
        "tregua",
        "cessate il fuoco",
        "agreement",
        "treaty",
        "deal",
        "truce",
        "ceasefire",
        "pact",
        "accord",
        # round 104: protocols and memoranda are agreements ("protocollo sugli scambi sportivi")
        "protocollo",
        "protocol",
        "memorandum",
    ),
    "Programme": (
        "piano",
        "programma",
        "programmi",
        "campagna",
        "piani",
        "produzione di massa",
        "produzione in serie",
        "plan",
        "programme",
        "program",
        "campaign",
        "mass production",
    ),
    "Event": ("congresso", "vertice", "invasione", "offensiva", "congress", "summit", "invasion", "offensive"),
    "WeaponSystem": (
        "missile",
        "missili",
        "razzo",
        "razzi",
        "drone",
        "droni",
        "missiles",
        "rocket",
        "rockets",
        "drones",
    ),
}
#: Heads that an adjective alone turns into a name ("reggimento ingegneristico",
#: "osservatori internazionali"); other heads need a complement ("accordo di ...").
_ADJ_HEADS = {
    "MilitaryUnit": ("reggimento", "battaglione", "brigata", "divisione", "regiment", "battalion", "brigade"),
    "Group": ("osservatori", "analisti", "esperti", "observers", "analysts", "experts"),
}
#: Pre-head phrases that keep a kind together: "un nuovo tipo di missile antiaereo".
_KIND = r"(?:(?:nuov[oaie]|divers[ie]|var[ie])\s+)?(?:tip[oi]|classe|modello)\s+di\s+"
_NP_PRE = rf"(?:(?:grande|ampio)\s+|{_KIND}|(?:nuov[oaie]|divers[ie]|var[ie])\s+)?"
#: Nouns that merely look like participles ("partito", "carri armati").
_NOT_PARTICIPLES = (
    r"(?:partit[oi]|esercit[oi]|stat[oi]|trattat[oi]|mercat[oi]|comitat[oi]|soldat[oi]|senato|"
    r"deputat[oi]|apparat[oi]|risultat[oi]|armat[ie]|corazzat[ie]|blindat[ie])\b"
)
_NP_LINK = (
    r"(?:di|del|della|dei|degli|delle|dello|dell['’]|d['’]|per|per\s+la|per\s+il|per\s+i|per\s+le|per\s+l['’]|"
    r"of|for|on)"
)
_NP_FUNCTION = (
    r"(?!(?:di|del|della|dei|degli|delle|dello|per|con|che|il|la|le|lo|gli|una|uno|un|nel|nella|"
    r"nei|nelle|sul|sulla|tra|fra|and|the|for|of|on|with|that|and|non|come|anche|più|piu|"
    # round 142 (`elided_link`): the elided links ("sull'uso", "dell'energia") are no words of a name
    r"dell|sull|nell|dall|all|coll)\b)"
)
_NP_NOUN = _NP_FUNCTION + r"(?:[a-zàèéìòù]{3,}|\d[\d.,]*)"
_NP_WORD = (
    _NP_FUNCTION + r"(?:" + _NOT_PARTICIPLES + r"|(?!(?:\w+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute))\b)"
    r"[a-zàèéìòù]{3,})"
)
#: Adjectives after the head: an adjective-like ending, never a participle ("incondizionata" is
#: one, but so is "proclamato"; the complement after it keeps it when it belongs to the name).
_NP_ADJ = (
    r"(?:anti[a-zàèéìòù]{3,}|[a-zàèéìòù]{2,}(?:ale|ali|ari[oae]?|ic[oaie]|ich[ei]|iv[oaie]|es[ei]|an[oaie]|in[oaie]|ens[ei]|"
    r"ear[ei]|ereo|erea|erei|eree|ziat[oaie]|zionat[oaie]|ologic[oaie]|al|ic|ive|ary|ian))"
)
_HEADS_RX = "|".join(sorted((h for hs in _NP_HEADS.values() for h in hs), key=len, reverse=True))
#: Round 104 (`topic_complement`): links that open a complement naming a topic ("protocollo sugli
#: scambi sportivi", "agreement on cooperation in forestry"), "in" only before a lower-case word
#: (never "the summit in Vladivostok"); and a second adjective joined by "e" / "and" ("accordo di
#: cooperazione economica e culturale").
_TOPIC_LINK = (
    r"(?:su|sul|sulla|sullo|sui|sugli|sulle|sull['’]|in(?=\s+(?-i:[a-zàèéìòù]))|"
    # round 143 (`field_link`): the field of a cooperation ("accordo di cooperazione nelle
    # tecnologie dell'informazione"), never a place ("il vertice nella capitale")
    r"(?:(?<=cooperazione\s)|(?<=collaborazione\s))"
    r"(?:(?:nel|nella|nelle|nei|negli|nello)(?=\s+(?-i:[a-zàèéìòù]))|nell['’](?=(?-i:[a-zàèéìòù]))))"
)
_AND_ADJ = rf"(?:\s+(?:e|and)\s+{_NP_ADJ}\b(?:\s+(?={_NP_NOUN}\b)(?!{_NP_ADJ}\b)[a-z]{{3,}}(?:ion|ment|ship|ance|ence|ity|ies|y)\b)?)?"
#: Round 119 (`compound_topic`): a noun that heads a two-word modifier's compound after it
#: ("treaty on comprehensive strategic partnership", "treaty on mutual legal assistance").
_NP_HEAD_NOUN = r"(?:\s+[a-z]{3,}(?:ship|tion|ment|ance|ence))?"
_NP = re.compile(
    rf"\b{_NP_PRE}(?P<head>{_HEADS_RX})\b(?:\s+{_NP_ADJ})?"
    rf"(?:\s+(?:{_NP_LINK}|{_TOPIC_LINK})\s*{_NP_NOUN}(?:\s+{_NP_WORD})?{_NP_HEAD_NOUN}{_AND_ADJ}){{1,3}}"
    # or a kind with an adjective and no complement: "un nuovo tipo di missile antiaereo"
    rf"|\b{_KIND}(?P<kind>{_HEADS_RX})\s+{_NP_ADJ}\b",
    re.IGNORECASE,
)
#: English descriptive names with their modifiers before the head: "a mutual defence treaty".
_PRE_HEADS = (
    "treaty",
    "agreement",
    "pact",
    "accord",
    "deal",
    "plant",
    "factory",
    "shipyard",
    "programme",
    "program",
    "campaign",
)
#: Round 5: heads of institutions, places and events whose qualifiers precede them (English)
#: or follow them (Italian), from the language files.
_QUALIFIED_TYPE = {
    lang: {h: type_name for type_name, heads in m.QUALIFIED_HEADS.items() for h in heads}
    for lang, m in LANGUAGES.items()
}
_PRE_NP = re.compile(
    r"\b(?:a|an|the|its|their|this)\s+(?P<mods>(?:[a-z][a-z-]{2,}\s+){1,4})"
    rf"(?P<head>{alternation((*_PRE_HEADS, *_QUALIFIED_TYPE['en']))})\b"
)
#: Round 123 (`acronym_treaty`): a treaty named by an acronym before its head ("the ABM treaty",
#: "the INF treaty"): one agreement, never an organisation "ABM".
_ACRONYM_TREATY = re.compile(r"\b(?:the|an?)\s+(?P<name>[A-Z][A-Z0-9-]{1,6}\s+(?:treaty|agreement|accord|pact))\b")
#: Modifiers that say nothing of which one is meant ("a new agreement", "the first plant").
_GENERIC_MODIFIERS = frozenset(
    (
        "new",
        "first",
        "second",
        "last",
        "latest",
        "previous",
        "such",
        "similar",
        "same",
        "other",
        "major",
        "key",
        "recent",
        "possible",
        "proposed",
        "signed",
        "secret",
        "landmark",
        "historic",
        "existing",
        "current",
        "big",
        "large",
        "small",
    )
)
#: A one-word name in a reporting context: "un rapporto della Reuters", "Newsweek scriveva".
_SOURCE_NAME = re.compile(
    r"\b(?i:rapporto|articolo|servizio|inchiesta|report|article|story)\s+(?i:della|del|dell['’]|di|de|of|by)\s*(?:the\s+)?"
    r"(?P<a>[A-Z][a-z]{2,}[A-Za-z]*)\b(?!\s+[A-Z])"
    r"|(?<![.!?]\s)(?<=[\s,])(?P<b>[A-Z][a-z]{2,}[A-Za-z]*)\s+(?i:scriveva|scrive|riporta|riportava|riferisce|ha\s+scritto|"
    r"ha\s+riportato|ha\s+riferito|reported|reports|wrote|writes)\b"
)
#: Round 74 (`headed_name`): a one-word name right after the lower-case noun that says what it
#: names ("il gruppo Wagner", "la società Tekhnologiya", "the firm Asatryan"): the noun gives the
#: type, the capitalised word is the name (a second capitalised word makes it a longer name).
_HEADED_NAME = re.compile(
    r"\b(?P<head>gruppo|società|compagnia|azienda|ditta|impresa|banca|group|company|firm|bank)\s+"
    r"(?P<name>[A-Z][a-z]{2,}[A-Za-z]*)\b(?!\s+[A-Z])"
)
#: Round 85 (`resolution_number`): a numbered resolution ("resolution 2270", "risoluzione 1874"),
#: an agreement named by its number.
_RESOLUTION = re.compile(r"\b(?:[Rr]esolution|[Rr]isoluzione)\s+(?:n\.\s*|No\.\s*)?\d{3,4}\b")
_NUMBER = re.compile(
    r"\d[\d.,]*|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|two|three|four|five|six|seven|"
    r"eight|nine|ten",
    re.IGNORECASE,
)
_ADJ_NP = re.compile(
    rf"\b(?P<head>{'|'.join(h for hs in _ADJ_HEADS.values() for h in hs)})\s+{_NP_ADJ}\b", re.IGNORECASE
)
_HEAD_TYPE = {
    **_QUALIFIED_TYPE["en"],
    **{h: t for heads in (_NP_HEADS, _ADJ_HEADS) for t, hs in heads.items() for h in hs},
}
_DELEGATION_ROLE = re.compile(
    rf"(?:[A-Z][\w'’.-]*\s+){{0,2}}(?i:{alternation({r for m in LANGUAGES.values() for r in (*m.LEADING_ROLES, *m.POSITION_ROLES)})})\b"
)
_DELEGATION_OF = tuple(rx for m in LANGUAGES.values() if (rx := m.DELEGATION_OF) is not None)
_CONNECTORS = GENITIVES | frozenset(("the", "for", "on", "and", "de", "von", "van", "al", "el", "bin", "e"))
_SPLIT_CONNECTORS = GENITIVES - {"of"}  # between two institution names of an Italian name
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}\Z")
_ROMAN = re.compile(r"[IVXLCDM]+\Z")

_TYPE_KEYWORDS = [
    (
        "MediaOutlet",
        {
            "agency",
            "agenzia",
            "news",
            "times",
            "post",
            "tv",
            "radio",
            "press",
            "tribune",
            "herald",
            "journal",
            "gazette",
            "gazzetta",
            "corriere",
            "repubblica",
            "stampa",
            "daily",
            "broadcasting",
            "channel",
        },
    ),
    (
        "ResearchInstitute",
        {
            "center",
            "centre",
            "centro",
            "institute",
            "istituto",
            "university",
            "università",
            "universita",
            "studies",
            "studi",
            "research",
            "ricerca",
            "think",
            "foundation",
            "fondazione",
            "academy",
            "accademia",
        },
    ),
    ("IntelligenceService", {"intelligence", "nis", "cia", "gur", "mossad"}),
    # round 74: companies and groups ("Wagner Group", "Korea Songkwang Trading", "Asatryan LLC")
    (
        "Organization",
        # round 101: carriers ("SkyKG Airlines", "Korean Air Lines")
        {
            "group",
            "gruppo",
            "company",
            "corporation",
            "corp",
            "bank",
            "banca",
            "trading",
            "llc",
            "ltd",
            "inc",
            "airlines",
            "airline",
            "airways",
            # round 103: "International Federation of the Red Cross", "Delovaya Rossiya Association"
            "federation",
            "federazione",
            "association",
            "associazione",
            "organisation",
            "organization",
            "organizzazione",
            # round 103: companies named by their trade or legal form ("Primorye Maritime
            # Logistics", "Korea Ryonha Machinery", "Russian Railways", "Gazprom PJSC")
            "logistics",
            "shipping",
            "holding",
            "holdings",
            "industries",
            "technologies",
            "machinery",
            "railways",
            "ferrovie",
            "compagnia",
            "società",
            "jsc",
            "pjsc",
            "ojsc",
        },
    ),
    (
        "GovernmentBody",
        {
            "ministero",
            "ministry",
            "ministro",
            "governo",
            "government",
            "department",
            "office",
            "house",
            "casa",  # round 74: "la Casa Bianca"
            # round 111 (`embassy_seat`): "the North Korean Embassy in Moscow"
            "embassy",
            "ambasciata",
            "consulate",
            "consolato",
            "dipartimento",
            "parlamento",
            "parliament",
            "council",
            "consiglio",
            "comitato",
            "committee",
            "commissione",
            "commission",
            "partito",
            "party",
            "assemblea",
            "assembly",  # round 119: "Supreme People's Assembly" is no person
            # round 122: courts ("North Korea's Central Court", "il Tribunale centrale")
            "court",
            "tribunale",
            "corte",
            "treasury",  # round 103: "the U.S. Treasury"
            "tesoro",
        },
    ),
    (
        "MilitaryUnit",
        {
            "esercito",
            "army",
            "forze",
            "forces",
            "force",  # round 101: "Air Force" is no person
            "brigata",
            "brigade",
            "reggimento",
            "regiment",
            "divisione",
            "division",
            "corps",
            "corpo",
            "battalion",
            "battaglione",
            "navy",
            "marina",
            "aeronautica",
            "command",
            "comando",
            "fleet",
            "flotta",
        },
    ),
    (
        "Facility",
        {
            "stabilimento",
            "impianto",
            "fabbrica",
            "plant",
            "factory",
            "complex",
            "complesso",
            "cantiere",
            "shipyard",
            "base",
            "centrale",
            "arsenal",
            "arsenale",
            "cosmodrome",
            "cosmodromo",
            "spaceport",
            "airfield",
            "airport",
            "aeroporto",
            "port",
            "porto",
            "station",
            "stazione",
            "bridge",
            "ponte",
            "depot",
            "deposito",
            # round 103: buildings and venues ("Mansudae Assembly Hall", "Palazzo della cultura")
            "hall",
            "palace",
            "palazzo",
            "stadium",
            "stadio",
            "theatre",
            "theater",
            "teatro",
            "museum",
            "museo",
            "arena",
        },
    ),
    ("Agreement", {"accordo", "trattato", "treaty", "agreement", "deal", "patto", "pact", "memorandum"}),
    (
        "Event",
        {
            "guerra",
            "war",
            "conflitto",
            "conflict",
            "vertice",
            "summit",
            "congresso",
            "congress",
            "operazione",
            "operation",
            "esercitazione",
            "exercise",
            "offensiva",
            "offensive",
            # round 111 (`capitalised_event`): "Eastern Economic Forum", "Winter Olympic Games"
            "forum",
            "games",
            "giochi",
            "olympics",
            "olimpiadi",
            "festival",
            # round 136 (`event_keywords`): "Moscow Conference on International Security", "World
            # Aquatics Championships", "Fiera internazionale di Pyongyang"
            "conference",
            "conferenza",
            "championship",
            "championships",
            "campionato",
            "campionati",
            "tournament",
            "torneo",
            "fair",
            "fiera",
            "expo",
            "exhibition",
            "marathon",
            "maratona",
        },
    ),
    (
        "Location",
        {
            "regione",
            "region",
            "provincia",
            "province",
            "oblast",
            "città",
            "city",
            "mar",
            "sea",
            "isola",
            "island",
            "penisola",
            "peninsula",
            "distretto",
            "district",
            "east",
            "west",
            "oriente",
            "square",
            "piazza",
            "river",
            "fiume",
            # round 119: Russia's regions by their kind ("Primorsky Krai", "Maritime Territory")
            "krai",
            "okrug",
            "territory",
            "territorio",
        },
    ),
]
_SAINT_WORDS = frozenset(("St.", "St", "Saint", "Sankt", "San", "Santa", "Santo", "São"))
_BUILDING_WORDS = frozenset(("hall", "palace", "stadium", "theatre", "theater", "museum", "arena"))
#: Words just before a name that tell its type ("l'emittente NHK", "il ministro Rustem Umerov").
_CONTEXT = {
    "MediaOutlet": {
        "emittente",
        "agenzia",
        "quotidiano",
        "giornale",
        "sito",
        "rivista",
        "testata",
        "tv",
        "broadcaster",
        "newspaper",
        "outlet",
        "magazine",
        "website",
        "site",
        "network",
    },
    "Person": {
        "presidente",
        "ministro",
        "leader",
        "ricercatore",
        "ricercatrice",
        "analista",
        "portavoce",
        "generale",
        "direttore",
        "direttrice",
        "premier",
        "segretario",
        "ambasciatore",
        "president",
        "minister",
        "researcher",
        "analyst",
        "spokesperson",
        "spokesman",
        "general",
        "director",
        "ambassador",
        "secretary",
        "dottor",
        "dott",
        "mr",
        "mrs",
        "ms",
        "dr",
        "signor",
    },
    "ResearchInstitute": {"istituto", "centro", "università", "think", "institute", "university"},
    "Location": {"città", "regione", "provincia", "villaggio", "city", "region", "province", "village", "town"},
}
#: Title words that may open a capitalised run before the name they qualify ("Foreign Minister
#: Choe Son Hui"), from the languages' role lists.
_TITLE_WORDS = frozenset(
    w
    for m in LANGUAGES.values()
    for lst in (m.LEADING_ROLES, m.POSITION_ROLES, m.ROLE_LINKS, m.TITLE_ABBREVIATIONS)
    for phrase in lst
    for w in phrase.split()
)
#: Weekdays, lower case, in every language (round 73: they end a descriptive name).
_WEEKDAY_WORDS = frozenset(w.lower() for m in LANGUAGES.values() for w in m.WEEKDAYS)
#: Capitalised words that are never part of a name: weekdays and months ("Kharkiv on Wednesday").
_NOT_NAME_WORDS = frozenset(
    (*(w for m in LANGUAGES.values() for w in m.WEEKDAYS if len(w) > 3), *MONTH_NAMES, *PLATFORMS)
)
#: Role nouns whose title may run into its holder's name ("deputato", "portavoce", "minister").
#: The portfolios of ministries (graph/extract/lang TITLE_PORTFOLIOS): "Cultura", "Istruzione".
_PORTFOLIOS = frozenset(w for m in LANGUAGES.values() for w in m.TITLE_PORTFOLIOS)
_ROLE_HEADS = frozenset(
    w for m in LANGUAGES.values() for lst in (m.LEADING_ROLES, m.POSITION_ROLES) for w in lst if " " not in w
)
#: Round 7: abbreviated ranks ("Gen.", "Col.") and the role nouns that end a title.
_TITLE_ENDS = _ROLE_HEADS | frozenset(w for m in LANGUAGES.values() for w in m.TITLE_ABBREVIATIONS)
_MODIFIER_SUFFIXES = frozenset(w for m in LANGUAGES.values() for w in m.NAME_MODIFIER_SUFFIXES)
_NUMBER_WORDS = frozenset(w for m in LANGUAGES.values() for w in m.NUMBER_WORDS)
_WEAPON_ACRONYMS = {"ICBM", "IRBM", "SRBM", "SLBM", "MRBM", "SSBN", "MLRS", "UAV", "HIMARS", "ATACMS", "MANPADS"}


@dataclass
class Candidate:
    """A proposed new entity."""

    id: str
    name: str
    type: str
    reason: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def slugify(name: str) -> str:
    """An id from a name: ASCII, lowercase, hyphens (``Hwasong-11A`` -> ``hwasong-11a``).

    Examples
    --------
    >>> slugify("Institute for the Study of War"), slugify("Stabilimento “11 Febbraio”")
    ('institute-for-the-study-of-war', 'stabilimento-11-febbraio')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", fold_text(name)).strip("-")[:60].strip("-")
    return slug or "entity"


def guess_type(name: str, reason: str = "") -> tuple[str, str]:
    """A type guess for *name* and why.

    Examples
    --------
    >>> guess_type("Middlebury Institute of International Studies")[0]
    'ResearchInstitute'
    >>> guess_type("Rustem Umerov")[0]
    'Person'
    """
    words = [w.lower() for w in re.findall(r"[^\W_]+", name)]
    if words and words[-1] in _BUILDING_WORDS:
        # round 119: a building named after what sits in it ("Mansudae Assembly Hall") is a building
        return "Facility", f"keyword {words[-1]!r}"
    for type_name, keys in _TYPE_KEYWORDS:
        hit = next((w for w in words if w in keys), None)
        if hit:
            return type_name, f"keyword {hit!r}"
    if _DESIGNATOR.fullmatch(name) or name in _WEAPON_ACRONYMS:
        return "WeaponSystem", "weapon designator"
    if len(name.split()) == 2 and _DESIGNATOR.fullmatch(name.split()[0]):
        return "WeaponSystem", "weapon designator and name"  # round 39: "M1989 Koksan", "KN-23 Hwasong"
    if _ACRONYM.match(name):
        return "Organization", "acronym"
    tokens = name.split()
    if len(tokens) == 2 and tokens[0] == "Air":
        return "Organization", "an airline's name ('Air X')"  # round 101: "Air Koryo", "Air China"
    if 2 <= len(tokens) <= 3 and tokens[0] in _SAINT_WORDS:
        return "Location", "a place named after a saint"  # round 123: "St. Petersburg", "San Pietroburgo"
    if 2 <= len(tokens) <= 3 and all(t[:1].isupper() and t[1:].islower() for t in tokens):
        return "Person", "two or three capitalised words"
    if (
        3 <= len(tokens) <= 6
        and any(t in _PATRONYMIC for t in tokens[1:-1])
        and all(_GIVEN.fullmatch(t) for t in tokens)
    ):
        return "Person", _PATRONYMIC_NAME  # round 147: "Isselkou Ould Ahmed Izid Bih"
    if 2 <= len(tokens) <= 4 and _PARTICLE_NAME.fullmatch(tokens[-1]) and all(_GIVEN.fullmatch(t) for t in tokens[:-1]):
        return "Person", "given names and a family name with its article"  # round 146: "Bashar al-Assad"
    return "Organization", "capitalised name"


def _capitalised(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and t.lower() not in _NOT_NAME_WORDS


#: Abbreviated month names ("Jan", "Sept"): kept apart from MONTH_NAMES, where "mar" would be
#: the Italian sea.
_MONTH_ABBREVIATIONS = frozenset(k for m in LANGUAGES.values() for k in m.MONTHS if len(k) <= 4)


def _dated(toks, j: int) -> bool:
    """Round 14 (`month_abbreviation`): ``toks[j]`` is an abbreviated month of a date ("Kharkiv on
    Jan. 2"): a full stop or a number follows it, and it is no part of a name."""
    word = toks[j].text.lower()
    if word.endswith(".") and word[:-1] in _MONTH_ABBREVIATIONS:
        return True
    return (
        word in _MONTH_ABBREVIATIONS
        and j + 1 < len(toks)
        and (toks[j + 1].text == "." or toks[j + 1].text[:1].isdigit())
    )


#: Round 141 (`name_particle`): lower-case articles written against a family name with a hyphen
#: ("al-Sisi", "el-Baradei", "ad-Din").
_HYPHENED_PARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"))
#: Round 154 (`chinese_family_name`): common Chinese family names, written first ("Chen Zhu" is
#: "Chen" alone, as "Wang Yi" is "Wang"), when a given name of one or two pinyin syllables follows;
#: not "He", "Ma", "Su", "Lei", "Long": words that open English or Italian sentences.
# fmt: off
_CHINESE_FAMILY_NAMES = frozenset((
    "Bai", "Cai", "Cao", "Chen", "Cheng", "Cui", "Dai", "Deng", "Ding", "Dong", "Du", "Duan", "Fan", "Fang",
    "Feng", "Fu", "Gao", "Gong", "Gu", "Guo", "Han", "Hao", "Hou", "Hu", "Hua", "Huang", "Jia", "Jiang", "Jin",
    "Kong", "Li", "Liang", "Liao", "Lin", "Liu", "Lu", "Luo", "Lü", "Mao", "Meng", "Pan", "Peng", "Qian",
    "Qin", "Qiu", "Ren", "Shao", "Shen", "Shi", "Song", "Sun", "Tan", "Tang", "Tian", "Wan", "Wang", "Wei",
    "Wen", "Wu", "Xi", "Xia", "Xiao", "Xie", "Xu", "Xue", "Yan", "Yang", "Yao", "Ye", "Yin", "Yu", "Yuan",
    "Zeng", "Zhang", "Zhao", "Zheng", "Zhong", "Zhou", "Zhu", "Zou",
))
# fmt: on
#: A given name of one or two pinyin syllables ("Yi", "Jinping", "Peiyan", "Dawei").
_PINYIN_GIVEN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u|ü)"
    r"(?![aeiouü])){1,2}",
    re.IGNORECASE,
)
#: Round 147: the words of a patronymic inside an Arabic or Berber name ("Mohamed Ould Ghazouani").
_PATRONYMIC = frozenset(("Ould", "Bin", "Ben", "Ibn", "Bint", "Abu"))
_PATRONYMIC_NAME = "a name with a patronymic"
#: A given name: one capitalised word ("Bashar", "Abdel").
_GIVEN = re.compile(r"[A-Z][a-z]+")
#: One token of a particle and a family name ("al-Assad"), as the Italian tokenizer keeps it.
_PARTICLE_NAME = re.compile(rf"(?:{alternation(_HYPHENED_PARTICLES)})-[A-Z][\w'’-]*")


def _capitalised_runs(sent: Sentence):
    """Runs of capitalised tokens joined by connectors, as lists of tokens.

    A hyphenated part written without spaces belongs to the name ("Lee Seong-kweun", "Jeon
    Ha-kyu"), and so does an English possessive between capitalised words ("Prosecutor
    General's Office"). Weekdays and months are never part of a name ("Kharkiv on Wednesday").
    """
    toks = sent.tokens
    i = 0
    while i < len(toks):
        if not _capitalised(toks[i]) or toks[i].is_punct:
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if (
                t.text == "-"
                and j + 1 < len(toks)
                and run[-1].end == t.start
                and toks[j + 1].start == t.end
                and toks[j + 1].text.isalpha()
            ):
                run.extend(toks[j : j + 2])  # "Seong" "-" "kweun"
                j += 2
            elif (
                (t.text in ("'s", "’s") or (t.text in ("'", "’") and run[-1].text.endswith("s")))
                and run[-1].end == t.start
                and j + 1 < len(toks)
                and _capitalised(toks[j + 1])
                and not toks[j + 1].is_punct
            ):
                # "General" "'s" "Office"; round 110: a plural's bare apostrophe, "Workers" "'" "Party"
                run.extend(toks[j : j + 2])
                j += 2
            elif _capitalised(t) and not t.is_punct and toks[j - 1].end >= t.start - 1 and not _dated(toks, j):
                run.append(t)
                j += 1
            elif (
                t.text in _HYPHENED_PARTICLES
                and j + 2 < len(toks)
                and toks[j + 1].text == "-"
                and toks[j + 1].start == t.end
                and toks[j + 2].start == toks[j + 1].end
                and _capitalised(toks[j + 2])
            ):
                # round 141 (`name_particle`): "Abdel Fattah al-Sisi", "Bashar al-Assad": the
                # article joined to the family name belongs to the name
                run.extend(toks[j : j + 3])
                j += 3
            elif _PARTICLE_NAME.fullmatch(t.text) and toks[j - 1].end >= t.start - 1:
                run.append(t)  # round 146: the Italian tokens keep "al-Assad" whole
                j += 1
            elif t.text.lower() in _CONNECTORS and j + 1 < len(toks) and run:
                # connectors may chain: "Institute for the Study"
                k = j
                while k < len(toks) and toks[k].text.lower() in _CONNECTORS:
                    k += 1
                if k < len(toks) and _capitalised(toks[k]) and not toks[k].is_punct and not _dated(toks, k):
                    run.extend(toks[j:k])
                    j = k
                else:
                    break
            else:
                break
        yield run, i == 0
        i = j


def _outside_known(run, known: _Spans):
    """The pieces of *run* between known names ("Ukraine 's Prosecutor General 's Office" ->
    "Prosecutor General 's Office"): a known name is never part of a new one."""
    pieces: list[list] = []
    cur: list = []
    for tok in run:
        if known.overlapping(tok.start, tok.end) or (tok.text in ("'s", "’s") and not cur):
            if cur:
                pieces.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        pieces.append(cur)
    return pieces


_DEMONYM_TITLE = re.compile(
    r"(?:North|South|East|West|Nord|Sud)?[A-Z][a-z]+(?:"
    + "|".join(sorted({e for m in LANGUAGES.values() for e in m.DEMONYM_ENDINGS}, key=len, reverse=True))
    + r")\Z"
    # round 144 (`irregular_demonym`): the capitalised adjectives no ending makes ("French")
    + rf"|(?:{alternation(d for m in LANGUAGES.values() for d in m.SHORT_DEMONYMS if d[:1].isupper())})\Z"
)


def _state_adjective_before(text: str, start: int, known: _Spans) -> int | None:
    """Where a known state's capitalised adjective right before *start* begins ("Russian" in "the
    Russian Foreign Ministry", "North Korean" in "the North Korean Embassy"), else None."""
    for s, e in known.overlapping(max(0, start - 2), start):
        if text[e:start] == " " and _DEMONYM_TITLE.match(text[s:e].split()[-1]):
            return s
    return None


def _state_adjective_after(text: str, end: int, known: _Spans) -> int | None:
    """Where a known state's lower-case adjective right after *end* ends ("russo" in "l'Estremo
    Oriente russo"), else None."""
    for s, e in known.overlapping(end, end + 2):
        if text[end:s] == " " and text[s:e].islower():
            return e
    return None


#: Roles whose complement is always a portfolio (graph/extract/lang TITLE_MINISTERS).
_MINISTERS = frozenset(w for m in LANGUAGES.values() for w in m.TITLE_MINISTERS)


def _portfolio_of_title(sent: Sentence, index: dict, part) -> bool:
    """Round 122: *part* is all portfolio words right after a minister's title and its link
    ("Russia's Minister of Natural Resources, Alexander Kozlov"): the title's complement, no name."""
    k = index[id(part[0])]
    if k < 2 or not all(t.text.lower() in _PORTFOLIOS or t.text.lower() in _CONNECTORS for t in part):
        return False
    link, title = sent.tokens[k - 1].text.lower(), sent.tokens[k - 2].text.lower()
    return link in GENITIVES and title in _MINISTERS


def _title_before_name(sent: Sentence, index: dict, part) -> bool:
    """True when *part* is title words only and a capitalised word follows it: the title of the
    name after it ("Vice Foreign Minister" before "Kim Jong Gyu"), no name of its own; a run of
    such words before a verb or a comma may be one ("the General Staff said")."""
    if not part or not all(
        # round 153: a hyphen inside the title ("Vice-Premier Vladimir Putin")
        t.text.lower() in _TITLE_WORDS or (t.text == "-" and 0 < i < len(part) - 1)
        for i, t in enumerate(part)
    ):
        return False
    k = index[id(part[-1])] + 1
    return k < len(sent.tokens) and sent.tokens[k].text[:1].isupper() and sent.tokens[k].text.isalpha()


#: The type keywords of institutions ("ministry", "department", "office"): no title word before one
#: is a title of its own ("Foreign Ministry").
_INSTITUTION_WORDS = frozenset(w for type_name, keys in _TYPE_KEYWORDS if type_name != "Person" for w in keys)


def _strip_title(run):
    """*run* without the title words it opens with ("Foreign Minister Choe Son Hui" -> "Choe Son
    Hui", "Chinese Premier Li Qiang" -> "Li Qiang": a demonym may open the title), when at least
    two capitalised words of the name are left; and without a title that closes it ("Sergei Ivanov
    and Foreign Minister" before a known name: the next title, not part of this name)."""
    k = 0
    if len(run) > 1 and _DEMONYM_TITLE.match(run[0].text) and run[1].text.lower() in _TITLE_WORDS:
        k = 1
    k0 = k
    while k < len(run) and run[k].text.lower() in _TITLE_WORDS:
        k += 1
        # round 103: a title's lower-case hyphenated tail is the title's ("Ambassador-at-large",
        # "President-elect"), not the name's
        while k > k0 and k + 1 < len(run) and run[k].text == "-" and run[k + 1].text[:1].islower():
            k += 2
    rest = [t for t in run[k:] if t.text.lower() not in _CONNECTORS and t.text[:1].isupper()]
    if not (k > k0 and len(rest) >= 2) or (
        k0 < k < len(run) and run[k - 1].text.lower() not in _CONNECTORS and run[k].text.lower() in _INSTITUTION_WORDS
    ):
        k = 0  # round 108: "Foreign Ministry's First European Department": a portfolio of an institution
    j = len(run)
    while j > k and run[j - 1].text.lower() in _TITLE_WORDS:
        j -= 1
    if j < len(run) and j > k and run[j - 1].text.lower() in ("and", "e", ","):
        while j > k and run[j - 1].text.lower() in _CONNECTORS | {","}:
            j -= 1
        return run[k:j]
    return run[k:]


def _strip_long_title(run):
    """Round 7 (`title_before_name`): *run* without a title of any words that ends in a role noun
    or an abbreviated rank, when two capitalised words at least follow it ("Natural Resources
    Minister Alexander Kozlov", "Culture Minister Olga Lyubimova", "Gen. Mikhail Teplinsky" ->
    the name); "Prosecutor General's Office" keeps its words (no name follows the role)."""
    for k in range(min(len(run) - 2, 5), -1, -1):
        if run[k].text.lower() not in _TITLE_ENDS:
            continue
        rest = run[k + 1 :]
        if (
            2 <= len(rest) <= 4
            and all(t.text[:1].isupper() or t.text == "-" or t.text.isalpha() for t in rest)
            and not any(t.text.lower() in _TITLE_WORDS or t.text.lower() in _CONNECTORS for t in rest)
            and guess_type(" ".join(t.text for t in rest if t.text[:1].isupper()))[0] == "Person"
        ):
            return rest
        break
    return run


def _strip_modifiers(run):
    """Round 7 (`modifier_is_no_name`): *run* without an opening hyphenated modifier ("London-based
    X", "Soviet-era S-300") or a number word ("Thirteen of the Security Council")."""
    while len(run) > 3 and run[1].text == "-" and run[2].text.lower() in _MODIFIER_SUFFIXES:
        run = run[3:]
    if len(run) > 2 and run[0].text == "-" and run[1].text.lower() in _MODIFIER_SUFFIXES:
        run = run[2:]  # "Lina-based X" where "Lina" is a known name
    if (
        len(run) > 2
        and (_NUMBER.fullmatch(run[0].text) or run[0].text.lower() in _NUMBER_WORDS)
        and (run[1].text.lower() in _CONNECTORS)
    ):
        k = 1
        while k < len(run) and run[k].text.lower() in _CONNECTORS:
            k += 1
        run = run[k:]
    return run


def _cut_at(run, spans):
    """*run* cut so that each span of *spans* is a piece of its own (round 11, `longer_name`:
    "People Power Party and Kim Byung-kee" names a party and a person)."""
    if not spans:
        return [run]
    pieces: list[list] = []
    prev = None
    for tok in run:
        inside = next((sp for sp in spans if sp[0] <= tok.start and tok.end <= sp[1]), None)
        if not pieces or inside != prev:
            pieces.append([])
        pieces[-1].append(tok)
        prev = inside
    return pieces


def _one_word_pair(run) -> bool:
    """Round 7: "A and B" with one capitalised word on each side is two one-word names, not one
    name ("ScarCruft and Lazarus", "Dunay and Vostochny")."""
    words = [t for t in run if t.text != "-"]
    return len(words) == 3 and words[1].text.lower() in ("and", "e")


def _split_titled_conjunct(run):
    """*run* cut before "and"/"e" followed by a title word: "Defence Minister A B and Foreign
    Minister C D" names two people, each with a title, not one organisation; and (round 84)
    between two personal names ("Choe Ryong Hae and Ri Su Yong", "Minister Sin Hong Chol and Ri
    Su Yong")."""
    for k in range(1, len(run) - 1):
        if (
            run[k].text.lower() in ("and", "e")
            and run[k + 1].text.lower() in _TITLE_WORDS
            # round 103: "National Security and Defence Council" ends in an institution's head: one name
            and not guess_type(run[-1].text)[1].startswith("keyword")
        ):
            return [run[:k], *_split_titled_conjunct(run[k + 1 :])]
        if run[k].text.lower() in ("and", "e") and _names_a_person(run[k + 1 :]) and _ends_with_a_person(run[:k]):
            return [run[:k], *_split_titled_conjunct(run[k + 1 :])]
    return [run]


def _names_a_person(toks) -> bool:
    """Two or three capitalised words that read as a personal name (no keyword of an institution)."""
    name = " ".join(t.text for t in toks)
    return 2 <= len(toks) <= 3 and guess_type(name) == ("Person", "two or three capitalised words")


def _ends_with_a_person(toks) -> bool:
    """The last two or three words of *toks* read as a personal name (a title may precede them)."""
    return any(_names_a_person(toks[-n:]) for n in (3, 2) if len(toks) >= n)


def _split_institutions(run):
    """Cut "Center for X del Y Institute" at an Italian connector between two institution names,
    and (round 7, `person_of_institution`) "A B of the C Institute" into the person and the
    institution."""
    for k, tok in enumerate(run):
        if tok.text.lower() == "of" and 2 <= k <= 3:
            left = " ".join(t.text for t in run[:k])
            j = k + 1 + (k + 1 < len(run) and run[k + 1].text.lower() == "the")
            right = " ".join(t.text for t in run[j:])
            if (
                j < len(run)
                and guess_type(left) == ("Person", "two or three capitalised words")
                and guess_type(right)[1].startswith("keyword")
            ):
                return [run[:k], run[j:]]
    for k, tok in enumerate(run):
        if tok.text.lower() in _SPLIT_CONNECTORS and k >= 2 and len(run) - k - 1 >= 2:
            left = " ".join(t.text for t in run[:k])
            right = " ".join(t.text for t in run[k + 1 :])
            if (
                guess_type(left)[0] != "Person"
                and guess_type(right)[0] not in ("Person",)
                and guess_type(left)[1].startswith("keyword")
                and guess_type(right)[1].startswith("keyword")
            ):
                return [run[:k], *_split_institutions(run[k + 1 :])]
    return [run]


def _after_colon(sent: Sentence, index: dict, tok) -> bool:
    """True when *tok* follows a colon, a dash or an opening quote (a capital that opens a clause)."""
    k = index[id(tok)]
    return k > 0 and sent.tokens[k - 1].text in (":", "-", "–", "—", '"', "“", "«", "(")


def _split_title_holder(sent: Sentence, index: dict, run):
    """*run* cut into the organisation of a title and its holder's name: after a role noun
    ("il deputato del Partito del Potere Popolare Lee Seong-kweun", "il consigliere della Casa
    Bianca John Kirby") a run of four or more name words ends with the holder's name, its last
    two words (three short syllables: a Korean name); words of the title's links open it
    ("ministro degli Esteri Choe Son Hui"). Round 111 (`place_then_holder`): three words are
    cut too right after a title's link or before an apposition that names a title ("il
    governatore dell'Amur Oleg Kozhemyako", "Tass Georgy Zinovyev, direttore del ..."). Each
    piece comes with its part: "title", "holder" or "" (uncut)."""
    k = index[id(run[0])]
    before = [t for t in sent.tokens[max(0, k - 7) : k] if not t.is_punct]
    # round 138 (`long_name`): the role noun right before the run has no organisation between
    direct = k > 0 and sent.tokens[k - 1].text.lower() in _HOLDER_ROLES
    appositive = _title_follows(sent, index, run)
    if not any(t.text.lower() in _HOLDER_ROLES for t in before) and not appositive:
        return [(run, "")]
    # round 111 (`place_then_holder`): a title's place or outlet may be one word ("il governatore
    # dell'Amur Oleg Kozhemyako", "ha detto all'agenzia Tass Georgy Zinovyev, direttore del ...")
    linked = appositive or (k > 0 and sent.tokens[k - 1].text.lower().rstrip("'’") in _HOLDER_LINKS)
    k = 0
    # round 40: any ministry's portfolio too ("il viceministro della Cultura Zhanna Alexeyeva")
    while k < len(run) and (run[k].text.lower() in _TITLE_WORDS or run[k].text.lower() in _PORTFOLIOS):
        k += 1
    if k and guess_type(" ".join(t.text for t in run[k:]))[0] == "Person":
        run = run[k:]  # "Esteri", "Difesa": the title's links, not the name
    elif k and _long_person_name(run[k:]):
        # round 140 (`long_name` after the title's own words): "Deputy Home Minister Wan Junaidi
        # Tuanku Jaafar": four or five name words right after the title are one person's name
        return [(run[k:], "")]
    if any(t.text in _PATRONYMIC for t in run) and guess_type(" ".join(t.text for t in run))[1] == _PATRONYMIC_NAME:
        return [(run, "")]  # round 147: "Isselkou Ould Ahmed Izid Bih" is one name, no title's end
    words = [i for i, t in enumerate(run) if t.text[:1].isupper() and t.text.lower() not in _CONNECTORS]
    if len(words) < 3 or (len(words) == 3 and not linked):
        return [(run, "")] if run else []
    holder = _holder_words([_joined_word(run, i) for i in words])
    if holder >= len(words):
        return [(run, "")]
    cut = words[-holder]
    if any(t.text.lower() in _TITLE_WORDS for t in run[cut:]):
        return [(run, "")]  # "Korea Institute for National Unification": no holder's name at its end
    if run[cut - 1].text.lower() in _CONNECTORS:
        return [(run, "")]  # round 103: "Federation of the Red Cross": words a link joins are one name
    if guess_type(" ".join(t.text for t in run[cut:]))[1].startswith("keyword"):
        return [(run, "")]  # round 108: "envoy to the Far Eastern Federal District": no name ends it
    if direct and (guess_type(" ".join(t.text for t in run[:cut]))[0] == "Person" or _long_person_name(run)):
        # round 138 (`long_name`): "President Teodoro Obiang Nguema Mbasogo": four name words right
        # after the role noun, none an institution's, are one person's name
        return [(run, "")]
    return [(run[:cut], "title"), (run[cut:], "holder")]


#: Role nouns before a title's holder: the role heads and the envoys, commissioners and
#: correspondents whose place or outlet comes before the name ("l'inviato per l'Estremo Oriente X").
_HOLDER_ROLES = _ROLE_HEADS | frozenset(w for m in LANGUAGES.values() for w in m.HOLDER_ROLES)
#: Words right before a title's one-word place or outlet ("dell'Amur", "per l'Estremo Oriente",
#: "all'agenzia Tass", "al Korea Herald").
_HOLDER_LINKS = frozenset(
    w.rstrip("'’") for m in LANGUAGES.values() for w in (*m.TITLE_OPENERS, *m.HOLDER_LINKS) if " " not in w
)


#: Round 140: a word of a personal name (a capital, then lower case; "Nandi-Ndaitwah" too).
_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?\Z")


def _long_person_name(run) -> bool:
    """Four or five personal-name words and nothing else ("Wan Junaidi Tuanku Jaafar").

    >>> from graph.extract.sentences import split_sentences
    >>> _long_person_name(split_sentences("Wan Junaidi Tuanku Jaafar", "en")[0].tokens)
    True
    """
    name = " ".join(t.text for t in run)
    return (
        4 <= len(run) <= 5
        and all(_NAME_WORD.match(t.text) for t in run)
        and not guess_type(name)[1].startswith("keyword")
    )


def _holder_words(words: list[str]) -> int:
    """How many of the last *words* name the holder of a title: three when they are three short
    syllables, as a Korean name ("Corea Han Man Hyok" -> "Han Man Hyok"), else two ("Amur Oleg
    Kozhemyako" -> "Oleg Kozhemyako").

    >>> _holder_words(["Corea", "Han", "Man", "Hyok"]), _holder_words(["Amur", "Oleg", "Kozhemyako"])
    (3, 2)
    """
    return 3 if len(words) >= 3 and all(w.isalpha() and len(w) <= 5 for w in words[-3:]) else 2


def _joined_word(run, i: int) -> str:
    """The word of *run* that opens at token *i*, with the tokens written against it ("Min-seok")."""
    word, end = run[i].text, run[i].end
    for tok in run[i + 1 :]:
        if tok.start != end:
            break
        word, end = word + tok.text, tok.end
    return word


def _title_follows(sent: Sentence, index: dict, run) -> bool:
    """True when a comma and a title word follow *run* ("Tass Georgy Zinovyev, direttore del
    ..."): the apposition of its last words, a person's name."""
    k = index[id(run[-1])] + 1
    toks = sent.tokens
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.lower() in _HOLDER_ROLES


_DATELINE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3})(?=[ \t]*(?:,|\(|[-–—][ \t]))")


#: Round 67: a dateline written in title case, which only its date and dash mark ("Seul, 4
#: novembre 2024 - ", "Kiev, 26 dicembre 2024 - ", "Seoul, Nov. 5 - ").
_MONTHS = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
_TITLE_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2})(?=[ \t]*,[ \t]*(?:\d{1,2}[ \t]+(?i:"
    + _MONTHS
    + r")\.?|(?i:"
    + _MONTHS
    + r")\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?[ \t]+[-–—][ \t])"
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    r"""Where *text* names the place a report was filed: capitals at a line's start before a
    comma, a parenthesis or a dash ("ROME, Nov 26 -", "SEUL, 6 marzo –"), or a name in title case
    before a date and a dash ("Seul, 4 novembre 2024 - ").

    >>> dateline_spans("Kim in Russia\n\nSEUL, 6 marzo – Kim è arrivato.")
    [(15, 19)]
    >>> dateline_spans("Kim in Russia\n\nSeul, 4 novembre 2024 - Kim è arrivato.")
    [(15, 19)]
    """
    spans = {(m.start(1), m.end(1)) for m in _DATELINE.finditer(text)}
    spans |= {(m.start(1), m.end(1)) for m in _TITLE_DATELINE.finditer(text)}
    return sorted(spans)


class _Spans:
    """Sorted spans with fast overlap queries (a 5 MB text has tens of thousands)."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlapping(self, start: int, end: int):
        """The spans that overlap ``[start, end)``."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.longest)
        return [(s, e) for s, e in self.spans[lo:hi] if s < end and start < e]


def _overlaps(start: int, end: int, spans: _Spans) -> bool:
    return bool(spans.overlapping(start, end))


def _crosses(start: int, end: int, spans: _Spans) -> bool:
    """True when a known span overlaps ``[start, end)`` without sitting strictly inside it."""
    return any(not (start <= s and e <= end and (s, e) != (start, end)) for s, e in spans.overlapping(start, end))


#: Round 106: nouns the stop-word lists hold ("lavoro", "governo"), which end a name as any noun
#: ("accordo sulla migrazione per lavoro"); per language (``NOUNS_IN_STOP_LISTS``).
_NOUNS_IN_STOP_LISTS = frozenset(w for m in LANGUAGES.values() for w in getattr(m, "NOUNS_IN_STOP_LISTS", ()))


#: Round 141 (`for_to_clause`): "to" and a verb right after a descriptive name.
_TO_VERB = re.compile(r"\s+to\s+[a-z]+")


def _add_np(m: re.Match, text: str, known, gazetteer: Gazetteer, found: dict, stop_words, min_words: int = 3) -> None:
    """Add a lower-case descriptive name, trimmed of trailing function words."""
    words = list(re.finditer(r"[^\s]+", m[0]))
    groups = m.groupdict()
    head = " ".join((groups.get("head") or groups["kind"]).lower().split())
    if _HEAD_TYPE[head] in ("WeaponSystem", "MilitaryUnit"):
        # round 25: "a ballistic missile on Thursday", "missile on seven regions": a weapon or a
        # unit is never named "... on X" (a treaty "on" a topic is)
        cut = next((k for k, w in enumerate(words) if k and w[0].lower() == "on"), None)
        if cut is not None:
            words = words[:cut]
    # round 73: "a deal on Thursday": a weekday dates the act, it names nothing (a month may:
    # "the summit in September"); the link word before it goes with the trimming below
    cut = next((k for k, w in enumerate(words) if k and w[0].strip(".,;:").lower() in _WEEKDAY_WORDS), None)
    if cut is not None:
        words = words[:cut]
    for k in range(1, len(words) - 1):  # "fabbrica per valutare ...": a purpose clause, not part of the name
        if words[k][0].lower() in ("per", "for", "to") and re.search(r"(?:are|ere|ire|ing)\Z", words[k + 1][0].lower()):
            words = words[:k]
            break
    # round 141 (`for_to_clause`): "an agreement for Moscow to build a plant": "for X to" opens
    # what the agreement is for, no part of its name
    fors = [k for k, w in enumerate(words) if k and w[0].lower() == "for"]
    if fors and _TO_VERB.match(text, m.start() + words[-1].end()):
        words = words[: fors[-1]]
    while (
        words
        and (
            (words[-1][0].lower() in stop_words and words[-1][0].lower() not in _NOUNS_IN_STOP_LISTS)
            or re.fullmatch(_NP_LINK, words[-1][0], re.IGNORECASE)
        )
        and not (len(words) > 1 and _NUMBER.fullmatch(words[-2][0]))
    ):  # "di 30 giorni" keeps its unit
        words.pop()
    if len(words) < min_words:
        return
    start, end = m.start() + words[0].start(), m.start() + words[-1].end()
    name = text[start:end]
    # known names may sit inside (the tanks in "stabilimento di produzione di carri armati"), not across
    if _crosses(start, end, known):
        return
    if any(s == start for s, _ in known.overlapping(start, end)):
        return  # a known name heads it ("piano di ampliamento ..." + "per il prossimo anno")
    if gazetteer.lookup(name):
        return
    key = _fold(name)
    if key and key not in found:
        found[key] = [name, _HEAD_TYPE[head], f"descriptive name headed by {head!r}", start]


_CAP_WORD = r"[A-ZÀ-Ý][\w’'-]*"
_NEXT_CAP_WORD = re.compile(rf"[ \t]+{_CAP_WORD}")
#: Round 111 (`embassy_seat`): the city or state a mission sits in ("a Pyongyang", "in Corea del Nord").
_SEAT = re.compile(rf"[ \t]+(?:a|in)[ \t]+{_CAP_WORD}(?:[ \t]+(?:(?:del|della|di)[ \t]+)?{_CAP_WORD})*")
_ELIDED_ARTICLE = re.compile(r"\b[a-z]*[lL]['’]\s*\Z")
_POST_HEAD = re.compile(rf"\b(?P<head>(?i:{alternation(_QUALIFIED_TYPE['it'])}))\b")
_POST_ADJ = re.compile(
    rf"\s+(?:{_NP_ADJ}|[a-zàèéìòù]{{3,}}(?:{alternation(LANGUAGES['it'].DEMONYM_ENDINGS)})|"
    rf"{alternation(LANGUAGES['it'].SHORT_DEMONYMS)})"
    # round 14 (`compound_adjective`): a hyphenated adjective is one word ("russo-nordcoreana")
    rf"(?:-[a-zàèéìòù]{{3,}})*\b"
)
_POST_COMPLEMENT = re.compile(
    rf"\s+(?:{alternation(LANGUAGES['it'].QUALIFIER_LINKS)})\s*"
    rf"(?P<word>{_CAP_WORD}|[a-zàèéìòù]{{3,}}(?:\s+{_CAP_WORD})?)\b"
)


def _add_post_qualified(m: re.Match, text: str, known: _Spans, gazetteer: Gazetteer, found: dict, stop_words) -> None:
    """Add a descriptive name whose qualifiers follow its head (round 5, "qualified_head"):
    "il ministero degli Esteri russo", "la procura generale ucraina", "il ministero della Difesa
    di Mosca", "la zona economica speciale di X". Adjectives and complements (a capitalised
    word, or a lower-case noun that is no stop word) follow the head, one at least; a
    description followed at once by a capitalised name describes that name ("l'agenzia di
    stampa russa Tass") and is left out."""
    head = m["head"].lower()
    if head in LANGUAGES["it"].CAPITALISED_HEADS and not m["head"][0].isupper():
        return
    if head in LANGUAGES["it"].ARTICLE_HEADS and not _ELIDED_ARTICLE.search(text, max(0, m.start() - 8), m.start()):
        return  # "fonti di intelligence", "il servizio di intelligence sudcoreano": no name of its own
    start, end = m.start(), m.end()
    quals = 0
    if head in LANGUAGES["it"].NAMED_AFTER_HEADS and m["head"][0].isupper():
        # round 119 (`capitalised_university`): a name right after the head is the name's own
        # ("l'Università Kim Il Sung"), no second name; the place after it is where it is
        named = end
        while more := _NEXT_CAP_WORD.match(text, end):
            end = more.end()
        if end > named:
            quals = 5
    while quals < 5:
        a = _POST_ADJ.match(text, end)
        adj = a[0].strip().lower() if a else ""
        # "nazionale" is a stop word, "quale" and "sostenevano" (a verb) are no adjectives
        if a and not (len(adj) <= 5 and adj in stop_words) and not LANGUAGES["it"].FINITE_VERB.match(adj):
            end, quals = a.end(), quals + 1
            continue
        c = _POST_COMPLEMENT.match(text, end)
        word = c["word"].split()[0] if c else ""
        if (
            c
            and (
                word[0].isupper()
                or word not in stop_words
                or (head == LANGUAGES["it"].DELEGATION_NOUN and word in _NOUNS_IN_STOP_LISTS)
            )
            and word.lower() not in MONTH_NAMES
            # "zona dell'aeroporto di X": two names; "Servizio nazionale di intelligence": one;
            # round 140 (`delegation_owner`): a delegation is named by the body it comes from
            # ("una delegazione del governo nordcoreano", "la delegazione del ministero della Cultura")
            and (
                word.lower() not in _QUALIFIED_TYPE["it"]
                or word.lower() in LANGUAGES["it"].ARTICLE_HEADS
                or head == LANGUAGES["it"].DELEGATION_NOUN
            )
        ):
            end, quals = c.end(), quals + 1
            if word[0].isupper() and m["head"][0].isupper():
                # round 111: a capitalised name's place is all its words ("il Forum economico
                # internazionale di San Pietroburgo")
                while more := _NEXT_CAP_WORD.match(text, end):
                    end = more.end()
            continue
        break
    if quals and head in LANGUAGES["it"].SEAT_HEADS and (seat := _SEAT.match(text, end)):
        end = seat.end()  # round 111 (`embassy_seat`): "l'ambasciata russa a Pyongyang"
    if not quals or re.match(rf"\s+{_CAP_WORD}", text[end:]):
        return
    name = text[start:end]
    if _crosses(start, end, known) or any(s == start for s, _ in known.overlapping(start, end)):
        return
    if gazetteer.lookup(name):
        return
    key = _fold(name)
    type_name = _QUALIFIED_TYPE["it"][head]
    if guess_type(name)[0] == "IntelligenceService":
        type_name = "IntelligenceService"  # "servizio nazionale di intelligence"
    if key and key not in found:
        found[key] = [name, type_name, f"qualified_head: descriptive name headed by {head!r}", start]


def _add_pre_np(m: re.Match, text: str, known, gazetteer: Gazetteer, found: dict, stop_words) -> None:
    """Add an English descriptive name whose modifiers come before the head ("a mutual defence
    treaty", "the comprehensive strategic partnership treaty"); generic modifiers ("new",
    "first") and stop words are not part of a name, and one modifier at least must be left."""
    mods = m["mods"].split()
    while mods and (mods[0].lower() in stop_words or mods[0].lower() in _GENERIC_MODIFIERS):
        mods = mods[1:]
    if not mods or any(w.lower() in stop_words for w in mods):
        return
    start = m.start("mods") + m["mods"].index(mods[0])
    end = m.end("head")
    name = text[start:end]
    if _overlaps(start, end, known) or gazetteer.lookup(name):
        return
    key = _fold(name)
    head = m["head"].lower()
    if key and key not in found:
        found[key] = [name, _HEAD_TYPE[head], f"descriptive name headed by {head!r}", start]


# -- round 7: English institutions, places and outlets named around a head -----------------------
_EN = LANGUAGES["en"]
_INST_TYPE = {h: t for t, hs in _EN.INSTITUTION_HEADS.items() for h in hs}
_CAPW = r"[A-Z][\w’'.-]*"
_POSSESSIVE_INST = re.compile(
    rf"(?P<pos>(?:{_CAPW}[ \t]+){{0,2}}{_CAPW}|\b(?:{alternation(_EN.POSSESSOR_NOUNS)}))['’]s[ \t]+"
    rf"(?P<mods>(?:(?:[A-Z][a-z]+|[a-z]{{3,}})[ \t]+){{0,3}}?)"
    rf"(?P<head>(?i:{alternation(_INST_TYPE)}))\b(?!['’-])"
    rf"(?P<comp>[ \t]+(?:{alternation(_EN.INSTITUTION_COMPLEMENTS)})[ \t]+(?:the[ \t]+)?{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})?"
)
_DEMONYM_INST = re.compile(
    rf"\b(?P<dem>(?:(?:{alternation(c.capitalize() for c in _EN.COMPASS)})[ \t]+)?[A-Z][a-z]+)[ \t]+"
    rf"(?P<head>{alternation(_EN.DEMONYM_HEADS)})\b(?!['’-])"
    rf"(?P<comp>[ \t]+in[ \t]+{_CAPW}(?:[ \t]+{_CAPW})?)?"
)
#: Round 153 (`named_delegation`): a delegation named by the body or the state it comes from, in
#: English order ("a Russian Foreign Ministry delegation", "the North Korean government delegation").
_NAMED_DELEGATION = re.compile(
    rf"\b(?i:a|an|the)[ \t]+(?P<name>(?P<body>(?:{_CAPW}[ \t]+){{1,5}})"
    rf"(?:(?P<kind>{alternation(_EN.DELEGATION_KINDS)})[ \t]+)?{_EN.DELEGATION_NOUN})\b(?!['’-])"
)
_PLACE_AFTER = re.compile(
    rf"\b(?P<name>{_CAPW}(?:[ \t]+{_CAPW})?)[ \t]+(?P<noun>{alternation(_EN.PLACE_AFTER_NAME)})\b(?!['’-])"
)
_OUTLET_AFTER = re.compile(
    rf"(?<![A-Za-z])(?P<name>[A-Z][A-Za-z]{{2,}})[ \t]+(?:{alternation(_EN.OUTLET_AFTER_NAME)})\b"
)
_OUTLET_BEFORE = re.compile(
    rf"\b(?i:{alternation({w for m in LANGUAGES.values() for w in m.OUTLET_BEFORE_NAME})})"
    r"(?:[ \t]+(?:ufficiale|[a-zàèéìòù]{3,}(?:ese|ano|ana|ani|ane|ico|ica|ici|iche|eco|eca|o|a)))?"
    rf"[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){{0,4}})\b"
)
_ONE_WORD_PLACE = {
    lang: re.compile(
        rf"(?<=[a-zàèéìòù,][ \t])(?:{alternation(m.NAME_PLACE_PREPOSITIONS)})[ \t]+"
        r"(?P<name>[A-Z][a-zà-ÿ]{3,}(?:-[A-Z]?[a-zà-ÿ]+)*)"
        rf"(?=[,.;]|[ \t]+(?:{alternation(m.NAME_PLACE_CLOSERS)})[ \t])"
    )
    for lang, m in LANGUAGES.items()
}
_NAMED_WEAPON = re.compile(
    r"(?<=[a-z,][ \t])(?P<name>[A-Z][a-z]{3,})(?P<mods>(?:[ \t]+[a-z]{4,}){0,2})[ \t]+"
    r"(?P<head>missile|missiles|rocket|rockets|howitzer|howitzers|drone|drones)\b"
)


def _plain_name(words: list[str], stop_words) -> bool:
    """True when no word is a stop word, a month, a weekday or a demonym ("The", "Russian")."""
    return all(
        w.lower() not in stop_words and w.lower() not in _NOT_NAME_WORDS and not _DEMONYM_TITLE.match(w) for w in words
    )


def _institution_candidates(text: str, known: _Spans, gazetteer: Gazetteer, found: dict, alias_of: dict, stop_words):
    """Round 7 (`institution_head`): English names of institutions, places, outlets and weapons
    built around a head noun, typed by the head:

    - a possessor and a head, with qualifiers written in one case ("parliament's intelligence
      committee", "Russia's Security Council", "North Korea's mission to the United Nations"); the
      name without the possessor is an alias;
    - a demonym and a head that makes a name of it ("South Korean media", "the Russian embassy in
      X");
    - a name before a place noun ("the Kherson region", "North Phyongan province");
    - a one-word name before "news agency" ("the Interfax news agency");
    - a name with adjectives before a weapon noun ("its Zircon hypersonic missile").
    """

    def put(name, type_name, reason, start, alias=None):
        if name.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}\Z", name):
            name, alias = name[:-1], alias[:-1] if alias and alias.endswith(".") else alias  # the sentence's stop
        if gazetteer.lookup(name):
            return
        key = _fold(name)
        if not key:
            return
        found.setdefault(key, [name, type_name, reason, start])
        if alias and _fold(alias) != key and not gazetteer.lookup(alias):
            akey = _fold(alias)
            if akey not in alias_of:
                alias_of[akey] = key
                found.setdefault(akey, [alias, type_name, "alias", start])

    for m in _POSSESSIVE_INST.finditer(text):
        mods = m["mods"].split()
        head = m["head"]
        words = [*mods, *head.split()]
        if not (all(w[0].isupper() for w in words) or all(w.islower() for w in words)):
            continue  # "South Korea's Yonhap news agency": a name before a common noun
        if any(w.lower() in stop_words for w in mods):
            continue
        if not mods and " " not in head and not m["comp"]:
            continue  # "Russia's ministry": a description of a body named elsewhere
        if head.lower() in _EN.COMPLEMENT_HEADS and not m["comp"] and not mods:
            continue
        if head.lower() in _EN.LOWER_CASE_HEADS and not head.islower():
            continue  # "South Korea's National Intelligence Service": the service's own name
        if _overlaps(m.start("mods"), m.end("head"), known):
            continue  # "South Korea's National Intelligence Service": a known name
        start = m.start("pos")
        pos_words = m["pos"].split()
        for s0, e0 in known.overlapping(m.start("pos"), m.end("pos")):
            if e0 == m.end("pos"):
                start = min(s0, m.end("pos")) if s0 >= m.start("pos") else m.end("pos") - len(pos_words[-1])
                break
        else:
            if not m["pos"].islower():
                while pos_words and not _plain_name(pos_words[:1], stop_words):
                    pos_words = pos_words[1:]
                if not pos_words:
                    continue
                start = m.end("pos") - len(" ".join(pos_words))
        end = m.end("comp") if m["comp"] else m.end("head")
        type_name = _INST_TYPE[head.lower()]
        alias = text[m.start("mods") if mods else m.start("head") : end]
        put(
            text[start:end],
            type_name,
            f"institution_head: possessor and head {head.lower()!r}",
            start,
            alias if len(alias.split()) >= 2 else None,
        )
    for m in _DEMONYM_INST.finditer(text):
        dem = m["dem"].split()
        if not _DEMONYM_TITLE.fullmatch(dem[-1]) or dem[-1].lower() in stop_words:
            continue
        head = m["head"].lower()
        if head in _EN.COMPLEMENT_HEADS and not m["comp"]:
            continue
        if _overlaps(m.start("head"), m.end("head"), known):
            continue
        end = m.end("comp") if m["comp"] else m.end("head")
        put(
            text[m.start() : end],
            _INST_TYPE.get(head.split()[-1]) or _INST_TYPE.get(head) or _EN.DEMONYM_ONLY_HEADS[head],
            f"institution_head: demonym and head {head!r}",
            m.start(),
        )
    for m in _NAMED_DELEGATION.finditer(text):
        body = m["body"].split()
        state_words = [bool(_DEMONYM_TITLE.fullmatch(w)) or w.lower() in _EN.COMPASS for w in body]
        if (not m["kind"] and all(state_words)) or any(
            w.endswith(("'s", "’s")) or (w.lower() in stop_words and not state)
            for w, state in zip(body, state_words, strict=True)
        ):
            continue  # "a North Korean delegation" (a demonym and the head, above); "Putin's delegation"
        if _crosses(m.start("name"), m.end("name"), known):
            continue  # known names may sit inside, not across
        put(m["name"], "Organization", "named_delegation: a body and its delegation", m.start("name"))
    for m in _PLACE_AFTER.finditer(text):
        words = m["name"].split()
        while words and not _plain_name(words[:1], stop_words):
            words = words[1:]
        if not words or not _plain_name(words, stop_words):
            continue
        start = m.end("name") - len(" ".join(words))
        if _overlaps(start, m.end("name"), known):
            continue  # "the Kursk region": the dataset's own
        put(text[start : m.end()], "Location", f"institution_head: name before {m['noun']!r}", start)
    for m in _OUTLET_AFTER.finditer(text):
        name = m["name"]
        if not _plain_name([name], stop_words) or _overlaps(m.start("name"), m.end("name"), known):
            continue
        if re.search(r"[A-Z][\w.-]*[ \t]+\Z", text[max(0, m.start() - 30) : m.start()]):
            continue  # "Korean Central News Agency"-style names are capitalised runs
        put(name, "MediaOutlet", "institution_head: a name before 'news agency'", m.start("name"))
    for m in _OUTLET_BEFORE.finditer(text):
        words = m["name"].split()
        if len(words) > 2:
            # round 111 (`place_then_holder`): "all'agenzia Tass Georgy Zinovyev": the outlet, then
            # the name of who spoke to it (three short syllables when Korean)
            words = words[: -_holder_words(words)]
            if len(words) > 2:
                continue
        name = " ".join(words)
        end = m.start("name") + len(name)
        if not _plain_name(words, stop_words) or _overlaps(m.start("name"), end, known):
            continue
        put(name, "MediaOutlet", "institution_head: a name after an outlet noun", m.start("name"))
    for m in _NAMED_WEAPON.finditer(text):
        if not _plain_name([m["name"]], stop_words) or _overlaps(m.start("name"), m.end("name"), known):
            continue
        if any(w.lower() in stop_words for w in m["mods"].split()):
            continue
        head = m["head"]
        put(
            text[m.start("name") : m.end()],
            "WeaponSystem",
            f"institution_head: a name before {head!r}",
            m.start("name"),
            m["name"],
        )


def family_part(name: str) -> str | None:
    """The part of a person's name an article uses alone: the family name, last in Western
    order ("Andriy Yusov" -> "Yusov"), first when a hyphenated given name follows ("Lee
    Seong-kweun" -> "Lee") or every part is a short syllable ("Choe Son Hui" -> "Choe").

    >>> family_part("Andriy Yusov"), family_part("Lee Seong-kweun"), family_part("Choe Son Hui")
    ('Yusov', 'Lee', 'Choe')

    Round 141 (`name_particle`): the family name after its article ("Abdel Fattah al-Sisi" ->
    "Sisi", as news prose writes it alone).

    >>> family_part("Abdel Fattah al-Sisi"), family_part("Bashar al-Assad")
    ('Sisi', 'Assad')

    Round 154 (`chinese_family_name`): a common Chinese family name before a pinyin given name.

    >>> family_part("Chen Zhu"), family_part("Wang Yi"), family_part("Sergei Lavrov"), family_part("Li Robert")
    ('Chen', 'Wang', 'Lavrov', 'Robert')
    """
    parts = name.split()
    article, _, family = parts[-1].partition("-")
    if 2 <= len(parts) <= 4 and article in _HYPHENED_PARTICLES and all(p[:1].isupper() for p in parts[:-1]):
        return family if len(family) >= 3 and family.isalpha() and family[:1].isupper() else None
    if not 2 <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts):
        return None
    if len(parts) == 2 and parts[0] in _CHINESE_FAMILY_NAMES and _PINYIN_GIVEN.fullmatch(parts[1]):
        return parts[0] if len(parts[0]) >= 2 else None  # round 154: "Chen Zhu" -> "Chen"
    korean = "-" in parts[-1] or (len(parts) == 3 and all(len(p) <= 4 for p in parts))
    part = parts[0] if korean else parts[-1]
    return part if len(part) >= 3 and part.isalpha() else None


#: Words that open a title's complement ("of", "del", "degli": graph/extract/lang TITLE_OPENERS).
_OPENERS = frozenset(w for m in LANGUAGES.values() for w in m.TITLE_OPENERS if " " not in w)


def _context_type(sent: Sentence, first: int, last: int) -> tuple[str, str] | None:
    """A type told by the words around a name in its sentence, or None."""
    toks = sent.tokens
    before: list[str] = []
    for t in reversed(toks[max(0, first - 3) : first]):
        if t.is_punct:
            break  # round 56: "the governor of the Penza region, Oleg Melnichenko": the comma closes the place
        before.insert(0, t.text.lower())
    after = [t.text.lower() for t in toks[last + 1 : last + 4]]
    if after[:1] == [","]:
        after = [w for w in after[1:] if w not in ("il", "la", "lo", "un", "una", "the", "a", "an")]
    else:
        after = []
    # round 100 (`title_complement`): "Kim Jong Un, presidente degli Affari di Stato,": in an
    # apposition that follows its holder, a role noun's complement names what the role is in, never
    # a person ("il segretario generale della Nato Mark Rutte" still ends with its holder)
    opens = first - len(before) - 1
    apposed = bool(before) and before[-1] in _OPENERS and opens >= 0 and toks[opens].text == ","
    role = next((w for w in before[:-1] if w in _CONTEXT["Person"]), None) if apposed else None
    if role is not None:
        return "Organization", f"the complement of the role word {role!r} in an apposition"
    for type_name, words in _CONTEXT.items():
        for w in reversed(before):
            if w in words:
                return type_name, f"context word {w!r} before it"
        if after and after[0] in words:
            return type_name, f"context word {after[0]!r} after it"
    return None


_STOP_CACHE: set[str] = set()


def _stop_words(sentences=None) -> set[str]:
    """Italian and English stop words of spaCy's blank pipelines (cached)."""
    if not _STOP_CACHE:
        from spacy.lang.en.stop_words import STOP_WORDS as EN
        from spacy.lang.it.stop_words import STOP_WORDS as IT

        _STOP_CACHE.update(IT | EN)
    return _STOP_CACHE


def _fold(name: str) -> str:
    return " ".join(t for t, _, _ in fold_tokens(name))


def find_candidates(
    text: str,
    sentences: list[Sentence],
    known: list[Mention],
    gazetteer: Gazetteer,
    taken_ids: set[str] | frozenset = frozenset(),
    lang: str | None = None,
    longer: list[tuple[int, int]] | tuple = (),
) -> list[Candidate]:
    """New-entity candidates in *text* (names not covered by the *known* mentions).

    *lang* enables the rules that need the text's language (a one-word place after a preposition).
    *longer* are the spans of longer names a known person's name was found inside
    (:func:`longer_names`): each is proposed whole, as a person when its words look like one.

    Examples
    --------
    >>> from graph.extract.sentences import split_sentences
    >>> t = "Secondo l'emittente NHK e il Center for Strategic Studies (CSIS), il KN-23 vola."
    >>> [(c.id, c.type, c.aliases) for c in find_candidates(t, split_sentences(t, "it"), [], Gazetteer())]
    [('nhk', 'MediaOutlet', []), ('center-for-strategic-studies', 'ResearchInstitute', ['CSIS']), ('kn-23', 'WeaponSystem', [])]
    """
    # round 28 (`dateline`): "ROME, Nov 26 -", "UNITED NATIONS (Reuters) -": where a report was
    # filed, in capitals at a line's start, is no new entity
    datelines = dateline_spans(text)
    known_spans = _Spans([*((m.start, m.end) for m in known), *datelines])
    stop_words = _stop_words(sentences)
    found: dict[str, list] = {}  # folded name -> [name, type, reason, start]
    alias_of: dict[str, str] = {}  # folded alias -> folded main name
    phrase_alias: dict[str, str] = {}  # folded name -> "port of <name>" (round 14, `port_phrase`)

    def add(name: str, start: int, end: int, type_reason: tuple[str, str] | None = None) -> str | None:
        stripped = name.strip(" \"“”«»'’,.;:")
        if len(stripped) < 2 or _overlaps(start, end, known_spans) or gazetteer.lookup(stripped):
            return None
        key = _fold(stripped)
        if not key:
            return None
        if key not in found:
            t, r = type_reason or guess_type(stripped)
            found[key] = [stripped, t, r, start]
        return key

    def paren_alias(key: str | None, end: int) -> None:
        am = re.match(r"\s*\(([^()\n]{2,40})\)", text[end : end + 45])
        if key and am:
            inner = am[1].strip()
            if _ACRONYM.match(inner) or _DESIGNATOR.fullmatch(inner):
                akey = _fold(inner)
                if akey != key and not gazetteer.lookup(inner):
                    alias_of[akey] = key
                    found.setdefault(akey, [inner, found[key][1], "alias", end])

    for m in _DESIGNATOR.finditer(text):
        paren_alias(add(m[0], m.start(), m.end(), ("WeaponSystem", "weapon designator")), m.end())
    for m in _FACILITY.finditer(text):
        add(m[0], m.start(), m.end(), ("Facility", f"facility word {m[0].split()[0]!r}"))
    for m in _NP.finditer(text):
        _add_np(m, text, known_spans, gazetteer, found, stop_words)
    for m in _PRE_NP.finditer(text):
        _add_pre_np(m, text, known_spans, gazetteer, found, stop_words)
    for m in _ACRONYM_TREATY.finditer(text):
        add(m["name"], m.start("name"), m.end("name"), ("Agreement", "acronym_treaty: an acronym before its head"))
    for m in _ADJ_NP.finditer(text):
        _add_np(m, text, known_spans, gazetteer, found, stop_words, min_words=2)
    for m in _POST_HEAD.finditer(text):
        _add_post_qualified(m, text, known_spans, gazetteer, found, stop_words)
    _institution_candidates(text, known_spans, gazetteer, found, alias_of, stop_words)
    for rx in _DELEGATION_OF:
        for m in rx.finditer(text):
            # round 130 (`delegation_of`): "a delegation of the Russian Orthodox Church": known
            # names may sit inside, not across
            if _DELEGATION_ROLE.match(text, m.start("owner")):
                continue  # "the delegation of Rear Admiral X": a person's, named by the person
            if not _crosses(m.start(), m.end(), known_spans) and not gazetteer.lookup(m[0]):
                found.setdefault(
                    _fold(m[0]), [m[0], "Organization", "delegation_of: a delegation and whose", m.start()]
                )
    if lang in _ONE_WORD_PLACE:
        for m in _ONE_WORD_PLACE[lang].finditer(text):
            name = m["name"]
            if (
                name.lower() not in stop_words
                and name.lower() not in _NOT_NAME_WORDS
                and not _overlaps(m.start("name"), m.end("name"), known_spans)
            ):
                add(
                    name,
                    m.start("name"),
                    m.end("name"),
                    ("Location", "one_word_place: a name after a place preposition"),
                )
    for m in _PLACE.finditer(text):
        kind = "Facility" if m["noun"].lower() in _FACILITY_PLACES else "Location"
        if kind == "Facility":
            # round 14 (`port_phrase`): "the port of X" names the port, "X" alone may be its town;
            # the phrase is one of its names (an alias that finds no mention of its own, so the
            # place phrase still sees "X" right after "of")
            key = add(m["name"], m.start("name"), m.end("name"), (kind, "port_phrase: a port named by its phrase"))
            phrase = text[m.start() : m.end()]
            if key and len(phrase.split()) == 3:  # "porto di X", not "porto russo di X"
                phrase_alias.setdefault(key, phrase[:1].lower() + phrase[1:])
            continue
        add(m["name"], m.start("name"), m.end("name"), (kind, f"place phrase {m[0].split()[0].lower()!r}"))
    for m in _SOURCE_NAME.finditer(text):
        name = m["a"] or m["b"]
        if name.lower() not in stop_words:
            start = m.start("a") if m["a"] else m.start("b")
            add(name, start, start + len(name), ("MediaOutlet", "a one-word name that reports or is reported from"))
    for m in _RESOLUTION.finditer(text):
        add(m[0], m.start(), m.end(), ("Agreement", "resolution_number: a resolution named by its number"))
    formats: dict[str, str] = {}  # the number word -> the first name of its talks
    for m in (m for words in LANGUAGES.values() for m in words.NUMBERED_TALKS.finditer(text)):
        # round 111 (`numbered_talks`): "the six-party talks", "i colloqui a sei"
        key = add(m[0], m.start(), m.end(), ("Event", "numbered_talks: talks named by how many take part"))
        if key:
            main = formats.setdefault(m["n"].lower(), key)
            if main != key:
                alias_of[key] = main  # "the six-party talks" ... "the six-party nuclear talks": one
    for m in _HEADED_NAME.finditer(text):
        if m["name"].lower() not in stop_words:
            add(m["name"], m.start("name"), m.end("name"), ("Organization", f"headed_name: a name after {m['head']!r}"))
    singles: list = []  # one capitalised word alone (round 108, `recurring_name`)
    for sent in sentences:
        index = {id(t): k for k, t in enumerate(sent.tokens)}
        for whole, opens in _capitalised_runs(sent):
            pieces = [
                r
                for piece in _outside_known(whole, known_spans)
                for cut in _cut_at(piece, longer)
                for r in _split_titled_conjunct(cut)
            ]
            for n_piece, run in enumerate(pieces):
                at_start = opens and n_piece == 0 and run[0] is whole[0]
                run = _strip_modifiers(_strip_long_title(_strip_title(run)))
                if _one_word_pair(run):
                    continue
                while (
                    run
                    and (
                        (run[0].is_stop and (at_start or (run[0] is whole[0] and _after_colon(sent, index, run[0]))))
                        or run[0].text.lower() in _CONNECTORS
                        or run[0].text.lower() in LEADING_ARTICLES
                    )
                    and (at_start or len(run) > 1)
                ):
                    # "Il", "Secondo", "La" at the start of a sentence; a capitalised stop word inside
                    # a sentence is part of the name ("la Casa Bianca")
                    run = run[1:]
                    at_start = at_start and run[:1] != []
                while run and run[-1].text.lower() in _CONNECTORS:
                    run = run[:-1]
                parts = _split_title_holder(sent, index, run) if run else []
                for part, role in ((p, o) for piece, o in parts for p in _split_institutions(piece)):
                    if _title_before_name(sent, index, part):
                        continue  # round 108: "Vice Foreign Minister" before "Kim Jong Gyu" names no one
                    if _portfolio_of_title(sent, index, part):
                        continue  # round 122: "Minister of Natural Resources": the title's portfolio
                    caps = [
                        t
                        for t in part
                        if t.text.lower() not in _CONNECTORS
                        and (t.text[:1].isupper() or _PARTICLE_NAME.fullmatch(t.text))
                    ]
                    start, end = part[0].start, part[-1].end
                    acronym = len(part) == 1 and _ACRONYM.match(part[0].text) and not _ROMAN.match(part[0].text)
                    if len(caps) < 2 and not acronym:
                        if len(part) == 1 and caps:
                            singles.append((part[0], sent, index, whole, opens))
                        continue
                    guessed = guess_type(text[start:end])
                    keyword = guessed[1].startswith("keyword")
                    owner = _state_adjective_before(text, start, known_spans) if lang == "en" else None
                    if owner is not None and keyword and guessed[0] != "Person":
                        # rule ``state_institution`` (round 108): "the Russian Foreign Ministry" is
                        # Russia's, never one "Foreign Ministry" with North Korea's in the same text
                        name = text[owner:end]
                        if not gazetteer.lookup(name):
                            found.setdefault(_fold(name), [name, *guessed, owner])
                        continue
                    after = _state_adjective_after(text, end, known_spans) if lang == "it" else None
                    if after is not None and keyword and guessed[0] == "Location":
                        # rule ``state_region`` (round 120): "l'Estremo Oriente russo" is one region's
                        # name, its state's adjective after it as Italian writes it
                        name = text[start:after]
                        if not gazetteer.lookup(name):
                            found.setdefault(_fold(name), [name, *guessed, start])
                        continue
                    context = _context_type(sent, index[id(part[0])], index[id(part[-1])])
                    if role == "title" and not keyword:
                        context = ("Organization", "the organisation of a title")
                    elif role == "holder" and guessed[0] == "Person":
                        context = ("Person", "place_then_holder: the holder's name after a title's place")
                    key = add(text[start:end], start, end, context if context else None)
                    if key and context and len(caps) >= 2 and keyword and context[0] == "Person":
                        found[key][1:3] = list(guessed)  # "ricercatore del Center for ..."
                    paren_alias(key, end)
    for tok in _recurring_names(text, singles, stop_words):
        add(tok.text, tok.start, tok.end, ("Organization", RECURRING_NAME))
    if lang in _EDITION_ORDINAL:
        _edition_names(text, found, gazetteer, _EDITION_ORDINAL[lang])
    for start, end in longer:  # round 11 (`longer_name`)
        name = text[start:end]
        t, _ = guess_type(name)
        key = add(name, start, end, ("Person", _LONGER_NAME) if t == "Person" else None)
        if key is not None and found[key][1] == "Person":
            found[key][2] = _LONGER_NAME
    # a name that ends another name ("Center for X" in "James Martin Center for X") is its alias
    keys = sorted(found, key=len, reverse=True)
    for short in keys:
        if short in alias_of or len(short.split()) < 2:
            continue
        for long in keys:
            if (
                long != short
                and long not in alias_of
                and long.endswith(" " + short)
                and found[long][1] == found[short][1]
            ):
                alias_of[short] = long
                break
    candidates: list[Candidate] = []
    used = set(taken_ids)
    names = Gazetteer()
    by_key: dict[str, Candidate] = {}
    for key, (name, type_name, reason, _) in sorted(found.items(), key=lambda kv: kv[1][3]):
        if key in alias_of:
            continue
        slug = base = slugify(name)
        n = 2
        while slug in used:
            slug = f"{base}-{n}"
            n += 1
        used.add(slug)
        cand = Candidate(slug, name, type_name, reason)
        by_key[key] = cand
        candidates.append(cand)
        names.add(slug, name)
    for key, phrase in phrase_alias.items():
        if key in by_key and _fold(phrase) not in found:
            by_key[key].aliases.append(phrase)
    for akey, main in alias_of.items():
        while main in alias_of:
            main = alias_of[main]
        if main in by_key:
            by_key[main].aliases.append(found[akey][0])
            names.add(by_key[main].id, found[akey][0])
    # a person named in full once is then named by one of the parts: the family name
    family: dict[str, list[Candidate]] = {}
    for c in candidates:
        part = family_part(c.name) if c.type == "Person" else None
        alone = by_key.get(_fold(part)) if part else None  # "Medvedev" found alone (a headline, "Medvedev wrote")
        if (
            part
            and not gazetteer.lookup(part)
            and (_fold(part) not in found or (alone is not None and alone.name == part))
            and part.lower() not in stop_words
        ):
            family.setdefault(part, []).append(c)
    for part, owners in family.items():
        if len(owners) == 1:  # shared by two people: ambiguous, left out
            alone = by_key.get(_fold(part))
            if alone is not None and alone in candidates:
                candidates.remove(alone)  # the family name alone is the person, wherever it stands
            owners[0].aliases.append(part)
            names.add(owners[0].id, part)
    by_id = {c.id: c for c in candidates}
    for found_m in names.find(text):
        if found_m.nested or _crosses(found_m.start, found_m.end, known_spans):
            continue
        for eid in found_m.entities:
            if eid in by_id:  # not a one-word candidate merged into a person above
                by_id[eid].mentions.append(found_m)
    out = [c for c in candidates if c.mentions]
    out.sort(key=lambda c: c.mentions[0].start)
    return out


#: Round 136 (`ordinal_edition`): the kinds whose names an ordinal before them belongs to, and
#: the ordinal per language (``EDITION_ORDINAL``).
_EDITION_TYPES = frozenset(("Event", "MilitaryUnit"))
_EDITION_ORDINAL = {lang: rx for lang, m in LANGUAGES.items() if (rx := getattr(m, "EDITION_ORDINAL", None))}
_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")


def _names_at(text: str, at: int, word: str, by_first: dict) -> list[tuple[str, str, str]]:
    """The names of *by_first* (first word -> names) written at *at*, whose first *word* is read as
    written and without what ends a clause ("Olympiad," opens the name "Olympiad")."""
    keys = dict.fromkeys((word, word.rstrip(",.;:!?)")))
    return [n for k in keys for n in by_first.get(k, ()) if text.startswith(n[0], at)]


def _edition_names(text: str, found: dict, gazetteer: Gazetteer, ordinal: re.Pattern) -> None:
    """Rule ``ordinal_edition`` (round 136): an event or a unit named after an ordinal is that
    edition or that unit ("the 12th Pyongyang International Film Festival", "the 225th Separate
    Assault Brigade", "all'11° Forum sportivo internazionale di Perm"), never every edition or
    every brigade of the name; the name without it stays, and becomes its alias where both stand.
    Up to two capitalised words may stand between the ordinal and the name ("the 11th Moscow
    Conference ..."). One pass over the text's ordinals.

    >>> found = {"assault brigade": ["Assault Brigade", "MilitaryUnit", "keyword 'brigade'", 8]}
    >>> _edition_names("The 47th Assault Brigade held.", found, Gazetteer(), _EDITION_ORDINAL["en"])
    >>> sorted(v[0] for v in found.values())
    ['47th Assault Brigade', 'Assault Brigade']
    """
    by_first: dict[str, list[tuple[str, str, str]]] = {}
    for name, type_name, reason, _ in found.values():
        if type_name in _EDITION_TYPES:
            by_first.setdefault(name.split()[0], []).append((name, type_name, reason))
    if not by_first:
        return
    for o in ordinal.finditer(text):
        at = o.end()
        for _ in range(3):  # the name right after the ordinal, or after one or two capitalised words
            word = _WORD.match(text, at)
            if word is None:
                break
            for name, type_name, reason in _names_at(text, at, word[0], by_first):
                full = text[o.start() : at + len(name)]
                if not gazetteer.lookup(full):
                    found.setdefault(_fold(full), [full, type_name, f"{reason}; ordinal_edition", o.start()])
            space = _SPACE.match(text, word.end())
            if not word[0][:1].isupper() or space is None:
                break
            at = space.end()


#: Words that news prose capitalises and that name no one alone: the portfolios of titles
#: ("Cultura"), compass nouns ("the North"), type keywords and heads of institutions and places
#: ("Presidium" is not among them: it names one body of a state).
_COMMON_CAPITALS = frozenset(
    (
        *_PORTFOLIOS,
        *(w for m in LANGUAGES.values() for w in (*m.COMPASS_WORDS, *getattr(m, "COMPASS", ()))),
        *(w for _, keys in _TYPE_KEYWORDS for w in keys),
        *(h for m in LANGUAGES.values() for hs in m.QUALIFIED_HEADS.values() for h in hs),
        *(h for m in LANGUAGES.values() for hs in m.INSTITUTION_HEADS.values() for h in hs),
        *(w for m in LANGUAGES.values() for w in m.COMMON_CAPITALISED),
    )
)
#: The type reason of a name proposed by :func:`_recurring_names`.
RECURRING_NAME = "recurring_name: one capitalised word, twice inside sentences, never in lower case"


def _recurring_names(text: str, singles: list, stop_words) -> list:
    """Round 108 (`recurring_name`): a word written alone with a capital inside a sentence at
    least twice, never in lower case in the text, is a name ("il gruppo Lazarus ... Lazarus ha
    colpito", "Roscosmos said ... Roscosmos has"): a first token of each. Words that open a
    sentence or a clause, stop words, months, weekdays, titles and role words never count."""
    inside: dict[str, list] = {}
    for tok, sent, index, whole, opens in singles:
        word = tok.text
        low = word.lower()
        if (
            len(word) < 4
            or not word[1:].islower()
            or not word.isalpha()
            or low in stop_words
            or low in _NOT_NAME_WORDS
            or low in _TITLE_WORDS
            or low in _NUMBER_WORDS
            or low in _COMMON_CAPITALS
            or (opens and tok is whole[0])
            or _after_colon(sent, index, tok)
        ):
            continue
        inside.setdefault(word, []).append(tok)
    return [
        toks[0]
        for word, toks in inside.items()
        if len(toks) >= 2 and not re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text)
    ]


#: The type reason of a person proposed by :func:`longer_names`.
_LONGER_NAME = "longer_name: a known short name inside a longer personal name"
#: Punctuation after which a capital opens a clause, not a name (": Kim", "(Kim").
_CLAUSE_OPENERS = frozenset((":", "-", "–", "—", '"', "“", "«", "(", "'", "‘"))


def _name_word(tok) -> bool:
    """A token that may continue a personal name: capitalised, alphabetic, no weekday, month or
    title word ("Kim Jong Il", not "Kim Tuesday" or "Kim President")."""
    t = tok.text
    low = t.lower()
    return (
        t[:1].isupper()
        and t.isalpha()
        and low not in _NOT_NAME_WORDS
        and low not in _TITLE_ENDS
        and not (len(t) > 1 and t.isupper())  # an acronym is another name, not a given name
    )


#: Italian articulated prepositions: a capitalised word after them names an institution or a
#: place ("all'Onu Kim Song", "del Cremlino"), not a given name.
_ARTICULATED = frozenset(
    p + a
    for p in ("a", "da", "di", "de", "ne", "su")
    for a in ("l", "ll", "llo", "lla", "i", "gli", "lle", "ll'", "l'", "ll’", "l’")
)


def _article_before(word: str) -> bool:
    """True for an article or an articulated preposition ("the", "il", "all'", "della")."""
    w = word.lower()
    return w in LEADING_ARTICLES or w in _ARTICULATED or w.endswith(("'", "’"))


def _description(name: str) -> bool:
    """True for a lower-case description ("presidente russo", "Il leader nordcoreano": an opening
    article may be capitalised)."""
    words = name.split()
    if words and words[0].lower() in LEADING_ARTICLES:
        words = words[1:]
    return bool(words) and not any(ch.isupper() for w in words for ch in w)


def _title_cased(text: str, sent: Sentence) -> bool:
    """True for a heading written in title case ("Kim Meets Putin In Vladivostok"), where a
    capital says nothing about names."""
    if not is_heading(text, sent):
        return False
    long = [t.text for t in sent.tokens if t.text.isalpha() and len(t.text) > 3]
    return len(long) >= 3 and sum(w[:1].islower() for w in long) * 5 <= len(long)


def longer_names(
    text: str, sentences: list[Sentence], known: list[Mention], people: set[str] | frozenset
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Round 11 (`longer_name`): known names of people that are only part of a longer name.

    A known person's name directly followed by more capitalised name words that no known name
    covers ("Kim" in "Kim Jong Il", "Kim Yo Jong", "Kim Hong-kyun") or, inside a sentence,
    directly preceded by one ("Trump" in "Melania Trump") names someone else: the mention is
    dropped and the whole span returned, for the candidates to propose as a new name. Weekdays,
    months, titles and acronyms continue no name ("Kim Tuesday", "President Kim"); the longest
    known match still wins ("Kim Jong Un" is matched whole before this rule looks). A person's
    lower-case description directly followed by an unknown capitalised name ("il presidente russo
    Dmitry Medvedev" where "presidente russo" describes another president) is that name's title,
    not the known person: the description is dropped, the names nested in it stay.

    *people* are the entity ids of type Person. Returns the mentions kept and the longer spans.

    Examples
    --------
    >>> from graph.extract.sentences import split_sentences
    >>> g = Gazetteer.from_names([("anna-brand", "Brand")])
    >>> t = "Ieri Ivo Brand ha incontrato Oskar Brand Kessel, non Brand."
    >>> kept, spans = longer_names(t, split_sentences(t, "it"), g.find(t), {"anna-brand"})
    >>> [t[m.start : m.end] for m in kept], [t[s:e] for s, e in spans]
    (['Brand'], ['Ivo Brand', 'Oskar Brand Kessel'])
    """
    if not any(set(m.entities) & people for m in known):
        return known, []
    stops = _stop_words()
    starts = [s.start for s in sentences]
    drop: set[int] = set()
    spans: list[tuple[int, int]] = []
    located = []  # (index, mention, tokens, first, last) of the people's mentions
    for n, m in enumerate(known):
        if m.nested or not set(m.entities) <= people:
            continue
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or _title_cased(text, sentences[k]):
            continue
        toks = sentences[k].tokens
        first = next((i for i, t in enumerate(toks) if t.end > m.start), None)
        last = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].start < m.end), None)
        if first is not None and last is not None:
            located.append((n, m, toks, first, last))
    taken = _Spans((m.start, m.end) for m in known)

    def free(t) -> bool:
        return not taken.overlapping(t.start, t.end)

    for n, m, toks, first, last in located:
        if _description(m.text):
            continue  # below
        end, j = m.end, last + 1
        while j < len(toks) and toks[j].start - toks[j - 1].end <= 1 and free(toks[j]):
            t = toks[j]
            if (
                t.text == "-"
                and t.start == toks[j - 1].end
                and j + 1 < len(toks)
                and toks[j + 1].start == t.end
                and toks[j + 1].text.isalpha()
                and end > m.end
            ):
                end, j = toks[j + 1].end, j + 2  # "Hong" "-" "kyun"
            elif _name_word(t) and text[toks[j - 1].end : t.start] == " ":
                end, j = t.end, j + 1
            else:
                break
        start, i = m.start, first - 1
        while (
            first == last  # a one-word name: "Melania Trump"; "Difesa Rustem Umerov" is a title
            and i >= 1
            and text[toks[i].end : toks[i + 1].start] == " "
            and _name_word(toks[i])
            and toks[i].text.lower() not in stops | _TITLE_WORDS
            and toks[i - 1].text not in _CLAUSE_OPENERS
            and not _article_before(toks[i - 1].text)
            and free(toks[i])
        ):
            start, i = toks[i].start, i - 1
        if (start, end) != (m.start, m.end):
            drop.add(n)
            spans.append((start, end))
    taken = _Spans((m.start, m.end) for n, m in enumerate(known) if n not in drop)
    for n, m, toks, _, last in located:  # "presidente russo Dmitry Medvedev": the title of another
        j = last + 1
        if (
            _description(m.text)
            and j < len(toks)
            and text[toks[last].end : toks[j].start] == " "
            and _name_word(toks[j])
            and free(toks[j])
        ):
            drop.add(n)
    return [m for n, m in enumerate(known) if n not in drop], spans
