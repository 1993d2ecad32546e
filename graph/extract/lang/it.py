"""Italian words and patterns of the extractor: general vocabulary of news prose."""

from __future__ import annotations

import re

# -- function words --------------------------------------------------------------------------
#: Articles: never the head of a noun phrase.
ARTICLES = ("il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno")
#: Genitive prepositions: they join the parts of a name ("Partito del Lavoro", "Institute of X").
GENITIVES = ("di", "del", "della", "dello", "dei", "degli", "delle", "dell")

# -- attribution -----------------------------------------------------------------------------
#: Articulated prepositions (preposition + article, folded: "all'" -> all) and the simple
#: preposition each holds: a cue ending in "a" ("ha comunicato a") matches "al", "alla", "all'"...
#: ("colla", "collo" are left out: they are nouns far more often than "con" + article).
ARTICULATED_PREPOSITIONS = {
    **dict.fromkeys(("al", "allo", "alla", "all", "ai", "agli", "alle"), "a"),
    **dict.fromkeys(("del", "dello", "della", "dell", "dei", "degli", "delle"), "di"),
    **dict.fromkeys(("dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle"), "da"),
    **dict.fromkeys(("nel", "nello", "nella", "nell", "nei", "negli", "nelle"), "in"),
    **dict.fromkeys(("sul", "sullo", "sulla", "sull", "sui", "sugli", "sulle"), "su"),
    **dict.fromkeys(("col", "coi"), "con"),
}
#: Phrases that introduce a source before or around the content ("secondo l'ISW, ...").
SOURCE_INTRO = (
    "secondo quanto riportato da",
    "secondo quanto riferito da",
    "secondo quanto riportato",
    "secondo quanto riferito",
    "secondo quanto",
    "secondo",
    "stando a",
    # round 60: "stando alle stime del Pentagono": the preposition joined to its article
    "stando al",
    "stando allo",
    "stando alla",
    "stando ai",
    "stando agli",
    "stando alle",
    "stando all",
    "a detta di",
    "citando",
    "come riferito da",
    "come riportato da",
    "riferisce",
    "riporta",
)
#: Introducers whose source is whom the reporter relies on ("secondo A ..., riporta B": B cites A).
CITING = ("secondo", "citando", "stando a", "a detta di")
#: Round 60 (rule ``viewpoint_source``): a preposition that, opening its sentence with a source
#: and a comma, says whose view the clause after the comma is ("Per il Nis, Pyongyang avrebbe
#: fornito ...", "Per i governi occidentali, ..."). Only a named source or a source noun
#: (``UNNAMED_SOURCES``) counts: "Per la prima volta, ..." and "Per addestrare ..." name none.
VIEWPOINT_INTRO = ("per",)
#: Reporting verbs (finite forms and "ha/hanno + participle"): the subject before them asserts
#: what follows ("X ha rivelato che ...") or what precedes ("..., ha detto X").
_REPORT_PARTICIPLES = (
    "detto",
    "riferito",
    "rivelato",
    "affermato",
    "dichiarato",
    "spiegato",
    "sostenuto",
    "aggiunto",
    "avvertito",
    "confermato",
    "annunciato",
    "scritto",
    "riportato",
    "ammesso",
    "denunciato",
    "precisato",
    "osservato",
    "stimato",
    "concluso",
    "sottolineato",
    "ribadito",
    "assicurato",
    "promesso",
    # round 28: more verbs that report a "che" clause
    "ricordato",
    "evidenziato",
    "segnalato",
    "chiarito",
    "lamentato",
    "ammonito",
    "ribattuto",
    "replicato",
    "raccontato",
    "ipotizzato",
    "definito",
    "accusato",
    "reso noto",
    "fatto sapere",
)
#: A fear or a suspicion: its holder reports it (REPORT_VERBS) and it hedges (HEDGING_CUES).
FEAR_VERBS = ("teme", "temono", "temeva", "temevano", "sospetta", "sospettano")
REPORT_VERBS = (
    *(f"{aux} {p}" for aux in ("ha", "hanno", "aveva", "avevano") for p in _REPORT_PARTICIPLES),
    "aveva già affermato",
    "aveva già confermato",
    "aveva già detto",
    "riferisce",
    "riferiscono",
    "promette",
    "promettono",
    "riporta",
    "riportano",
    "scrive",
    "scrivono",
    "scriveva",
    "scrivevano",
    "afferma",
    "affermano",
    "sostiene",
    "sostengono",
    "ritiene",
    "ritengono",
    "stima",
    "stimano",
    "accusa",
    "accusano",
    "sono convinti",
    "è convinto",
    "dichiara",
    "dichiarano",
    "rivela",
    "rivelano",
    "conferma",
    "confermano",
    "avverte",
    "avvertono",
    "spiega",
    "spiegano",
    "precisa",
    "precisano",
    "aggiunge",
    "aggiungono",
    # round 12 (cue forms): a fear or a suspicion is its holder's word ("Kiev teme che X possa ...")
    *FEAR_VERBS,
    "ha detto il",
    "ha detto la",
)
#: Words after a reporting verb that open the reported clause.
#: Round 28: verbs that report only a "che" clause (Italian reports need "che" anyway).
THAT_ONLY_VERBS: frozenset[str] = frozenset()
#: Round 77 (`summoned_envoy`): the envoy a summons names, up to whose envoy it is
#: ("l'ambasciatore nordcoreano", "i rappresentanti diplomatici della Corea del Nord").
ENVOY_AFTER_SUMMON = re.compile(
    r"\s+(?:[^\s,.;:]+\s+){0,5}?(?:l['’]\s*|il\s+|i\s+|gli\s+|un\s+|un['’]\s*)?"
    r"(?:ambasciatore|ambasciatrice|incaricat[oa] d['’]affari|rappresentant[ei]\s+diplomatic[oi]|inviat[oa]|diplomatic[oi])\b"
    # round 145: the genitive first, else "della" is read as the adjective ("l'ambasciatore della Corea del Nord")
    r"(?:\s+(?:(?:della|del|dello|dell['’]|dei|degli|delle|di)\s*(?:[A-Z][^\s,.;:]*(?:\s+(?:del|della|di)?\s*[A-Z][^\s,.;:]*){0,2})|[a-zà-ù]+))?",
)
#: Round 75 (`act_object`): what follows a reporting verb that makes it an act, not a report: an
#: event noun as its object ("ha concluso una visita in Russia", "ha aperto la sua visita").
ACT_OBJECT = re.compile(
    r"\s*(?:(?:il|lo|la|i|gli|le|un|uno|una)\s+|(?:l|un)['’]\s*)?(?:(?:sua|suo|loro|propria|proprio)\s+)?"
    r"(?:visita|viaggio|colloqui|missione|vertice|incontro|giro|tour)\b",
    re.IGNORECASE,
)
#: Round 91 (summoned_envoy_met): what may stand between a summoned envoy's words and the envoy's
#: name: nothing, a comma, the post's place ("l'ambasciatore silvano a Freedonia, Pak Sol Ho").
ENVOY_NAME_GAP = re.compile(r"\s*(?:(?:a|in|presso)\s+(?:la\s+|il\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s*,?\s*")
COMPLEMENTIZERS = ("che", ":")
#: Head nouns of unnamed sources: "fonti di intelligence", "funzionari ucraini".
UNNAMED_SOURCES = (
    "fonti",
    "fonte",
    "funzionari",
    "funzionario",
    "ufficiali",
    "esperti",
    "informazioni",
    "intelligence",
    "servizi segreti",
    "governi",
    "diplomatici",
    "testimoni",
    "deputati",
    "stime",
    "dati",
    "osservatori",
    "militari",
    "governo",
    "autorità",
    "rapporto",
    "indiscrezioni",
    "media",
)
#: Words that join two sources of one statement ("secondo Seul e Washington"): the first named
#: is the asserter (rule ``joint_source``).
SOURCE_JOINS = ("e", "ed")
#: Quantifiers before an unnamed source noun ("diversi funzionari del governo di X"), besides the
#: articles: the name after the noun is the sources' affiliation, not the asserter.
UNNAMED_DETERMINERS = ("alcuni", "alcune", "diversi", "diverse", "vari", "varie", "numerosi", "numerose", "due", "tre")
#: Passive relays: "X, citato da Y" (Y relays X).
RELAY_PASSIVE = re.compile(
    r",?\s*(?:citat[oaie]|riportat[oaie]|ripres[oaie]|rilanciat[oaie]|diffus[oaie]|pubblicat[oaie])\s+"
    r"(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*",
    re.IGNORECASE,
)
#: Phrases that refer back to the previous sentence as what a source said ("Lo ha riferito X").
#: Round 23 (rule ``relative_source``): "..., l'agenzia Kcna, secondo cui Ri ha lasciato ...",
#: "secondo lui": a source introducer whose source is a relative or personal pronoun; the source
#: is the one just named.
RELATIVE_SOURCE = re.compile(
    r"\s*,?\s*secondo\s+(?:cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|lui|lei|loro)\b", re.IGNORECASE
)
PERSONAL_SOURCE = re.compile(r"\b(?:lui|lei)\b", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\bche\s*,?\s*\Z", re.IGNORECASE)
BACK_REFERENCE = re.compile(
    r"\s*(?:(?:lo|l['’])\s*(?:ha|hanno|aveva|avevano)\s+(?:\w+\s+)?"
    r"(?:riferit|annunciat|dett|affermat|dichiarat|rivelat|scritt|confermat|riportat|res[oa]\s+not|fatto\s+saper)\w*"
    # round 28: the present tense too ("Lo afferma un rapporto dell'agenzia ...", "Lo scrive X")
    r"|(?:lo|l['’])\s*(?:afferma|affermano|riferisce|riferiscono|scrive|scrivono|riporta|riportano|sostiene|"
    r"sostengono|rivela|rivelano|conferma|confermano|annuncia|annunciano|dichiara|dichiarano|precisa|spiega)\b"
    r"|(?:è|era|sono|erano)\s+(?:(?:la|le|il|i|l['’])\s*(?:\w+\s+){0,2}?"
    r"(?:stim|valutazion|conclusion|ricostruzion|dat)\w*|quanto\s+(?:emerge|riferisce|riporta|"
    r"sostiene|afferma|scrive)\w*)\s+(?:di|del|della|dello|dell['’]|dei|degli|delle|da|dal|"
    r"dalla|dallo|dall['’]|dai|dagli|dalle)?)",
    re.IGNORECASE,
)
#: Round 12 (rule ``inverted_source``): in "Lo ha annunciato a Lina il ministro", "Lo hanno riferito
#: all'agenzia X due fonti", a name after these prepositions is a place or the addressee, never who
#: speaks (an addressee that is an outlet relays the statement).
BACK_NOT_SOURCE_BEFORE = (
    "a",
    "ad",
    "al",
    "alla",
    "allo",
    "all'",
    "ai",
    "agli",
    "alle",
    "in",
    "nel",
    "nella",
    "nello",
    "nell'",
    "presso",
)
#: Pronouns that name the latest person who asserted something ("..., ha detto lui").
PRONOUNS = ("lui", "lei", "egli", "ella")
#: Definite determiners before a source noun that refers back ("il rapporto", "la dichiarazione").
DEFINITE = r"(?:il|lo|la|l|i|gli|le|questo|questa|dal|dalla|dallo|dall|del|della|dello|dell|nel|nella|nello|nell)"
#: A briefing by a source that the asserter reports ("al termine di un'audizione del NIS").
BRIEFING_BY = re.compile(
    r"\b(?:al\s+termine\s+di|dopo|durante|in|a)\s+(?:un['’]|una|un|il|la|l['’])\s*"
    r"(?:[\w-]+\s+){0,4}?(?:audizione|riunione|briefing|incontro|seduta|relazione)\b"
    # round 113: "un incontro con il vicepresidente del governo X": the partner's title, no briefer
    r"(?:(?!\s(?:con|col|coi)\s)[^,.;:]){0,60}?\s(?:del|della|dello|dell['’]|dei|degli|di|da\s+parte\s+(?:del|della|dell['’]))\s*",
    re.IGNORECASE,
)
#: A source named after a reporting noun: "un'intervista al Financial Times", "in una dichiarazione diffusa da".
SOURCE_NOUNS = (
    "autori",
    "intervista",
    "dichiarazione",
    "rapporto",
    "comunicato",
    "audizione",
    "briefing",
    "conferenza stampa",
    "documento",
    "nota",
    "relazione",
    "stime",  # round 60: "stando alle stime del Pentagono": the estimate is its author's
    "stima",
)

#: Words that open an adverbial phrase between a reporting verb and its complementizer
#: ("acknowledged for the first time that", "ha confermato per la prima volta di").
ADVERBIAL_STARTS = (
    "per",
    "in",
    "a",
    "ad",
    "nel",
    "nella",
    "durante",
    "dopo",
    "ieri",
    "oggi",
    "poi",
    "inoltre",
    "anche",
    "invece",
    "già",
    "pubblicamente",
    "ufficialmente",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "nei",
    "negli",
    "nelle",
    "al",
    "alla",
    "ai",
    "agli",
    "alle",
    "all",
)
#: Words that open an adverbial after a closing reporting verb ("told reporters after a briefing").
LATER_STARTS = ("dopo", "al termine", "durante", "in", "a", "nel", "nella", "prima")
#: An infinitive complement of a reporting verb ("ha ammesso di aver inviato"); never matches
#: where the language reports with a finite clause only.
INFINITIVE_COMPLEMENT = r"di\s+(?!(?:voler|poter|dover)e?\b)(?:aver[e]?|esser[e]?|\w+(?:are|ere|ire))\b"
#: Round 68: what follows an estimating verb instead of "che": "stima in circa 10.000 i soldati".
ESTIMATE_COMPLEMENT = r"in\s+(?=(?:(?:circa|oltre|almeno|quasi|più\s+di)\s+)?\d)"

#: Reporting verbs whose addressee may stand before the complementizer ("told Putin that").
ADDRESSEE_VERBS = ()
#: Verbs of accusing: "X ha accusato Y di aver fornito ...": X asserts, Y is the act's subject.
#: Round 57 (rule ``coordinated_reciprocal``): verbs by which two people hold a meeting together
#: ("A e B hanno avviato un colloquio"), unlike "si sono uniti ai colloqui".
LIGHT_VERBS = ("tenuto", "avuto", "avviato", "iniziato", "concluso", "tengono", "hanno avuto")
#: Round 91 (`coordinated_reciprocal`): prepositions that set an act inside a talk ("A e B hanno
#: concordato in una conversazione telefonica"): the two coordinated names talked with each other.
TALK_SETTING = ("in", "durante", "nel corso di")
#: Round 93 (`indirect_object`): Italian marks a recipient with "a" ("ha inviato a Putin un
#: messaggio"), so no verb puts a bare recipient before what it gives.
DATIVE_VERBS: tuple[str, ...] = ()
#: Round 93 (`delegation_led_by`): the words that make a name the head of a delegation named
#: before it, and its title ("una delegazione guidata dal viceministro X"): X stands where the
#: delegation is.
_LED_BY_TAIL = (
    r"[^,;:.]{0,25}?\s+(?:guidat[ao]|capeggiat[ao]|presieduta|condott[ao])\s+"
    r"(?:da|dal|dalla|dallo|dall['’])\s*(?:[\w'’-]+\s+){0,6}\Z"
)
LED_BY = re.compile(r"\b(?:delegazione|missione)\b" + _LED_BY_TAIL, re.IGNORECASE)
#: Round 130 (`delegation_head`): from the end of a delegation's name to its head's name.
LED_BY_AFTER = re.compile(_LED_BY_TAIL, re.IGNORECASE)
#: Round 130 (`delegation_of`): Italian names a delegation's owner after it as any qualified head
#: does (``QUALIFIED_HEADS``).
DELEGATION_OF = None
#: Round 143 (`target_link`): words that mark whom a measure is aimed at before a genitive link
#: ("misure restrittive nei confronti di Pyongyang"): the target, never the measure's owner.
TARGET_LINKS = ("nei confronti", "nel confronto")
#: Round 138 (`no_apposition_verb`): auxiliaries, which open a clause after a name's comma, never an
#: apposition ("X, inviata del presidente Y, aveva comunicato": "aveva" does not describe Y).
AUXILIARY_VERBS = ("ha", "hanno", "aveva", "avevano", "è", "era", "erano", "sono", "sarà", "saranno", "avrà", "avranno")
#: Round 136 (`ordinal_edition`): an ordinal right before an event's or a unit's name is part of
#: it ("all'11° Forum sportivo internazionale", "la terza Fiera internazionale", "l'11ª Brigata").
EDITION_ORDINAL = re.compile(
    r"(?<![\w.,])(?:\d{1,3}\s?(?:°|º|ª|esim[oa])|prim[oa]|second[oa]|terz[oa]|quart[oa]|quint[oa]|sest[oa]|"
    r"settim[oa]|ottav[oa]|non[oa]|decim[oa]|(?:undic|dodic|tredic|quattordic|quindic|sedic|diciassett|diciott|"
    r"diciannov|vent)esim[oa])\s+",
    re.IGNORECASE,
)
#: Round 75 (`event_verb`): verbs that carry the event their object names ("ha concluso una visita").
EVENT_VERBS = (
    "aperto",
    "compiuto",
    "effettuato",
    "concluso",
    "iniziato",
    "avviato",
    "terminato",
    "fatto",
    "chiuso",
    "tenuto",
)
ACCUSE_VERBS = ("ha accusato", "hanno accusato", "aveva accusato", "avevano accusato", "accusa", "accusano")
#: What follows the accused: the act, as an infinitive ("di aver consegnato", "di fornire").
ACCUSED_OF = INFINITIVE_COMPLEMENT
#: Round 22 (rule ``passive_report``): English "X is said to have ..."; Italian reports such acts
#: with "si stima che", "secondo le stime", read as sources already.
PASSIVE_REPORT = re.compile(r"(?!)")
#: Round 12 (rule ``purpose_clause``): a purpose infinitive after a verb of sending ("per
#: addestrare", "allo scopo di aiutare").
PURPOSE_CLAUSE = re.compile(r"\b(?:per|allo\s+scopo\s+di|al\s+fine\s+di)\s+[a-z]+(?:are|ere|ire)\b")
#: Round 21 (rule ``help_adjunct``): an adverbial of help before an aid noun ("con l'aiuto della
#: Russia", "grazie al sostegno di X"): the helper supports the clause's subject.
HELP_ADJUNCT = re.compile(
    r"\b(?:con|grazie\s+a|grazie\s+al|grazie\s+all['’]|grazie\s+alla)\s*(?:l['’]|il\s+|lo\s+|la\s+)?"
    r"(?:[^\W\d_]+\s+)?\Z",
    re.IGNORECASE,
)
AID_NOUNS = ("aiuto", "sostegno", "supporto", "assistenza", "appoggio", "contributo")
#: Round 21 (rule ``person_cue``): a passive auxiliary right before a verb ("è stato ricevuto da"),
#: and a preposition that names a giver ("ha ricevuto una lettera da X": X met nobody).
PASSIVE_BEFORE = re.compile(r"\b(?:stat[oaie]|viene|vengono|venne|furono|fu)\s+(?:\w+\s+)?\Z", re.IGNORECASE)
GIVER_PREPOSITIONS = re.compile(r"\b(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])(?:\s|\b)", re.IGNORECASE)
PASSIVE_AGENT = GIVER_PREPOSITIONS
#: Round 21 (rule ``troop_presence``): right after a force noun, words that place the force
#: ("soldati nordcoreani presenti nel Kursk", "che hanno raggiunto la regione", "si trovano in"):
#: the common word "soldati" then cues a deployment, not only mentions a force.
TROOP_PRESENCE = re.compile(
    r"\s+(?:[^\W\d_]+\s+|(?:di|del|della|dello|dei|degli)\s+(?:[A-Z][\w'’-]*\s+){1,3})?"  # a demonym
    # after the noun ("soldati nordcoreani"), or its owner (round 53: "militari di Pyongyang")
    r"(?:(?:si\s+trov(?:ano|ino|avano|erebbero|eranno)|sono|erano|sarebbero|restano|rimangono|rimasti|che\s+hanno\s+raggiunto|hanno\s+raggiunto|"
    r"che\s+si\s+trovano|che\s+combattono|combattono|operano|presenti|impegnati|dislocati|di\s+stanza|"
    r"ammassati|schierati|stanziati|addestrati|che\s+si\s+addestrano|si\s+addestrano|"  # round 51: training there
    r"si\s+stanno\s+addestrando|in\s+addestramento|impiegati|che\s+lavorano|lavorano)\s+)"  # round 58: "in addestramento nella"
    # round 82: "i nordcoreani impiegati in Russia", "che lavorano in": workers placed there
    r"(?:(?:ancora|già|ora|attualmente|anche)\s+)?"
    r"(?:in|nel|nella|nei|nelle|nello|a|al|alla|sul|sulla|lungo|vicino\s+a|vicino\s+al|la|il)\s"
    # round 105 (`bare_presence`): the noun, its demonym and "in" with no verb ("lavoratori
    # nordcoreani in Russia"), as English writes "North Korean workers in Russia"
    r"|\s+[^\W\d_]+\s+(?:in|nel|nella)\s",
    re.IGNORECASE,
)
#: Round 31: nouns that end like a past participle ("soldati", "militari" do not, "soldati" does):
#: a demonym after them qualifies them ("soldati nordcoreani"), it is no agent of a participle.
PARTICIPLE_LOOKING_NOUNS = re.compile(
    r"(?:soldat[oi]|esercit[oi]|stat[oi]|trattat[oi]|mercat[oi]|comitat[oi]|senat[oi]|deputat[oi]|"
    r"apparat[oi]|risultat[oi]|delegat[oi]|attentat[oi]|reparti|unità)\Z",  # round 47: "mandati da" is sent by
    re.IGNORECASE,
)
#: Round 31 (rule ``troop_presence``, the place first): "in Russia si trovano circa 10.000 soldati",
#: "nel Kursk ci sono oggi oltre 11.000 soldati": from the place's end to the force noun.
TROOP_PRESENCE_BEFORE = re.compile(
    r"\s*,?\s*(?:si\s+trov(?:ano|ino|avano|erebbero|eranno)|ci\s+(?:sono|siano|sarebbero|erano|saranno)|"
    r"sono\s+presenti|restano|rimangono|sono\s+schierati|sono\s+stanziati|"
    r"sono\s+(?:già\s+)?(?:giunti|arrivati|entrati)|(?:giungono|arrivano)|"  # round 47: "in Russia sono giunti"
    r"lavorano|lavoravano|sono\s+impiegati|erano\s+impiegati)"  # round 119: "a Vladivostok lavorano 5.000 operai"
    r"(?:\s+[\w.,]+){0,6}?\s+",
    re.IGNORECASE,
)
#: Round 12 (rule ``passive_accusation``): "X è accusata di aver fornito ...", "è stata accusata da
#: Y di ...": an accusation in the passive names its act's subject before it and its accuser only
#: after "da" (group ``by``); without one the accusers are unnamed.
PASSIVE_ACCUSED = re.compile(
    r"(?<![\w'’])(?:è|sono|era|erano|viene|vengono|(?:è|sono|era|erano)\s+stat[oaie])\s+"
    r"(?:anche\s+|più\s+volte\s+|ripetutamente\s+)?accusat[oaie]"
    r"(?:\s+(?P<by>(?:da|dal|dalla|dallo|dall['’]|dai|dagli|dalle)\s*[^.;:!?,]{1,60}?))?\s+(?:anche\s+)?"
    rf"(?={INFINITIVE_COMPLEMENT})",
    re.IGNORECASE,
)
#: A reported clause opening with a pronoun or with no subject: its subject is the asserter
#: ("said that it had sent", "ha confermato che ha inviato").
SUBJECT_IS_SPEAKER = re.compile(
    r"\s*(?:non\s+)?(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avrà|avranno)\s+\w+"
    # round 21 (``pro_drop_future``): a future or conditional verb opening the clause has the
    # speaker as its unnamed subject ("Pyongyang ha detto che sosterrà ...", "che invierà")
    # ("sarà", "sarebbe" are left out: "che sarà necessario" has no subject at all)
    r"|(?:continuerà\s+a\s+|intende\s+|vuole\s+|è\s+pront[oa]\s+a\s+)?(?!sar)\w{2,}(?:rà|ranno|rebbe|rebbero)\b)",
    re.IGNORECASE,
)

#: The reported conditional ("avrebbe consegnato", "fornirebbe"): a sentence in it with no source
#: of its own goes on reporting the previous sentence's source.
REPORTED_CONDITIONAL = re.compile(r"\b\w{2,}(?:rebbe|rebbero)\b", re.IGNORECASE)

# -- hedging and negation --------------------------------------------------------------------
HEDGING_CUES = (
    "potrebbe",
    "potrebbero",
    "sarebbe",
    "sarebbero",
    "si ritiene",
    "presumibilmente",
    "suggeriscono",
    "suggerisce",
    "ipotizzato",
    "possibile",
    "possibili",
    "probabilmente",
    "forse",
    "eventuale",
    "potenzialmente",
    "avrebbe",
    "avrebbero",
    "verrebbero",
    "includerebbe",
    "stimano",
    "accusa",
    "accusata",
    "sembra",
    "dovrebbe",
    "ritengono",
    "ritiene",
    "propendiamo",
    "ipotesi",
    # round 12: what a source fears or suspects, or says may happen, is not reported as done
    *FEAR_VERBS,
    "possa",
    "possano",
)
ATTRIBUTION_CUES = (
    "secondo quanto riportato",
    "secondo",
    "ha riferito",
    "hanno riferito",
    "citando",
    "riporta",
    "riferiscono",
    "ha affermato",
    "hanno affermato",
    "ha dichiarato",
    "ha detto",
    "scriveva",
    "scrive",
    "ha ipotizzato",
    "ha riportato",
    "suggeriscono",
    "stimano",
)
#: Round 11 (`inside_compound`): compound nouns whose words are no names of their own ("tank" in
#: "think tank" is no weapon).
COMPOUND_NOUNS = ("think tank", "think tanks", "think-tank", "think-tanks")
#: Round 100 (`inside_compound`): the opening of a sea's or a strait's name ("il Mar del Giappone").
FEATURE_OF = re.compile(r"\b(?:Mar|Mare|Golfo|Stretto|Baia)\s+(?:del|della|dello|dei|degli|delle|di|d['’])\s*\Z")
#: Round 11 (`enemy_is_no_partner`): words before the side partners face.
ENEMY_BEFORE = ("contro",)
#: Round 55 (rule ``pair_not_enemy``): a state named as where a war is fought or as the one
#: invaded ("la guerra di Mosca in Ucraina", "l'invasione dell'Ucraina") is never one of "i due
#: Paesi"; a war's owner is ("la guerra della Russia").
WAR_PLACE = re.compile(
    r"\b(?:(?:guerra|conflitto)\s+(?:[^\W\d_]+['’]?\s+){0,3}?(?:in|nell['’]|nella|contro)"
    r"|(?:invasione|aggressione)\s+(?:[^\W\d_]+['’]?\s+){0,3}?(?:in|nell['’]|nella|dell['’]|della|contro))\s*\Z",
    re.IGNORECASE,
)
#: Round 26 (rule ``force_is_no_destination``): a preposition between a verb of sending and a
#: force makes the force no object of the verb ("per combattere al fianco delle forze russe").
ARGUMENT_PREPOSITION = re.compile(
    r"\b(?:a|al|alla|alle|ai|agli|in|nel|nella|nei|per|con|contro|di|del|della|dei|da|dal|dalla|fianco)\b|\b[ld]['’]",
    re.IGNORECASE,
)
#: Round 26 (rule ``purpose_not_object``): "usare per i suoi programmi": what follows names the purpose.
PURPOSE_FOR = re.compile(
    r"\bper\s+(?:(?:il|lo|la|i|gli|le|l['’]|un|una)\s*)?(?:(?:suo|sua|suoi|sue|loro)\s+)?(?:[a-zàèéìòù]+\s+){0,2}\Z",
    re.IGNORECASE,
)
#: Round 25 (rule ``not_if_aimed``): a preposition that aims a launch at a place ("contro Kiev").
AIMED_AT = ("contro", "su", "sulla", "sul", "verso")
#: Round 24 (rule ``enemy_not_destination``): a verb of fighting right before its enemy
#: ("combattere le forze ucraine"); "al fianco di" between makes it no enemy.
FIGHT_OBJECT = ("combattere", "combattendo", "combattono", "attaccare", "affrontare")
#: Round 11 (`open_question`): words that open a clause whose act is asked about or supposed, not
#: asserted ("alla domanda se X abbia mandato", "se X invierà"); not after a concessive word
#: ("anche se" asserts) nor before a pronoun ("se ne", "se stesso").
OPEN_CLAUSE = ("se", "qualora", "nel caso in cui")
#: Round 26 (rule ``free_choice``): "qualsiasi aiuto che Mosca fornisca": an act in a free-choice
#: relative is supposed, not reported.
FREE_CHOICE = re.compile(
    r"\b(?:qualsiasi|qualunque|ogni\s+eventuale|eventuali)\s+(?:[a-zàèéìòù]+\s+){0,3}?che\s+[^,;:.!?()]*\Z",
    re.IGNORECASE,
)
OPEN_CLAUSE_NOT_AFTER = ("anche", "neanche", "nemmeno", "pure")
OPEN_CLAUSE_NOT_BEFORE = ("ne", "stesso", "stessa", "stessi", "stesse")
#: Intentions and expectations before an act: the act is announced, not done ("plans to send").
INTENT = (
    "si prepara a",
    "si preparano a",
    "si prepara ad",
    "intende",
    "intendono",
    "punta a",
    "puntano a",
    "cerca di",
    "cercano di",
    "cercherebbe di",
    "vuole",
    "vogliono",
    "spera di",
    "sperano di",
    "prevede di",
    "prevedono di",
    "pronto a",
    "pronta a",
    "pronti a",
    "minaccia di",
    "ha promesso di",
    "promette di",
    "potrebbe presto",
)
#: Round 102 (`visitors_are_no_force`): what a verb of sending sends, a few words after it, when it is
#: a delegation, a team or performers ("ha inviato in Russia una delegazione"): no deployment.
VISITORS_SENT = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(?:una?|la|le|i|gli|il|lo|l['’]\s*)?\s*(?:propria\s+|sua\s+|nuova\s+)?(?:delegazion[ei]|squadr[ae]|nazionale|atleti|artisti|orchestra|compagnia|troupe|studenti)\b",
    re.IGNORECASE,
)
#: Round 102 (`targets_of_measures`): the targets of a measure right before a demonym that qualifies
#: them ("sanzioni contro tre società russe", "due cittadini nordcoreani"; a list of adjectives may
#: stand between: "società nordcoreane e russe").
TARGETS_BEFORE_DEMONYM = re.compile(
    r"\b(?:società|aziende|imprese|compagnie|ditte|entità|persone|cittadini|banche|navi|funzionari|fornitori|"
    # round 113 (`national_targets`): one national or ship ("ha fermato un cittadino nordcoreano")
    r"cittadin[oa]|uomo|donna|lavorator[ei]|pescator[ei]|marinai[o]?|diplomatic[oi]|student[ei]|nave|"
    r"pescherecci[o]?|mercantile|"
    # round 123: a state's goods a measure bans ("vieta le importazioni di carbone nordcoreano")
    r"carbone|prodotti|merci|esportazioni|importazioni|tessili)"
    r"\s+(?:[a-z]+\s+(?:e|o)\s+)?\Z",
    re.IGNORECASE,
)
#: Round 102 (`another_named_thing`): a complement after a common noun, up to its first word ("of
#: friendship", "di amicizia"): the word tells which thing of the kind the noun names.
COMPLEMENT_OPENING = re.compile(
    r"\s+(?:di|del|della|dello|dei|degli|delle|dell['’]|d['’]|su|sul|sulla|sui|tra|fra)\s*(?:la\s+|il\s+|lo\s+|l['’]\s*|un\s+|una\s+)?(?P<word>[^\W_]+)",
    re.IGNORECASE,
)
#: Round 101 (`state_organ`): nouns of a state's organs; its demonym beside them stands for the state
#: ("le autorità russe hanno convocato ..."; "il governo russo" is an epithet of its own, round 92).
STATE_ORGANS = (
    *("autorità", "polizia", "dogana", "doganieri"),  # round 113: who stops and detains
    *("autorità marittime", "autorità portuali", "guardia costiera"),  # round 147: who holds ships
)
#: Round 100 (`not_only`): a negation that adds ("non si limita a rifornire Mosca di armi, ma",
#: "non solo ... ma anche").
NOT_ONLY = (
    r"\bnon\s+(?:solo|soltanto|solamente|unicamente|si\s+(?:è\s+)?limit\w*\s+(?:a|ad|al|allo|alla|ai|agli|alle))\b"
)
NEGATIONS = (
    # round 94: a request names an act that has not happened ("ha chiesto una riunione d'urgenza")
    "chiesto un",
    "chiesto una",
    "richiesto",
    # round 96: a halt names an act that is not to go on ("sospendere le forniture di carburante")
    "sospendere",
    "sospeso",
    "sospese",
    "interrompere",
    "non",
    "senza",
    "né",
    "mai",
    "nessun",
    "nessuna",
    "nessuno",
    "negato",
    "smentito",
    "nega",
    "negano",
    "negavano",
    # round 89: a ban names an act that is not to happen ("le risoluzioni vietano il trasferimento")
    "vieta",
    "vietano",
    "vietato",
    "proibisce",
    "proibiscono",
    "proibito",
)

# -- clauses ---------------------------------------------------------------------------------
#: Words that open a subordinate clause with its own subject or time ("quando", "mentre").
SUBORDINATORS = ("quando", "mentre", "dopo che", "prima che", "perché", "poiché", "sebbene", "anche se", "se")
#: Round 59: phrases that begin with a subordinator but join words, not clauses (none in Italian).
SUBORDINATOR_EXCEPTIONS: tuple[str, ...] = ()
RELATIVE_PRONOUNS = ("che", "cui", "il quale", "la quale", "i quali", "le quali")
#: Round 100: the relative pronouns that open a clause on a person named before them ("Lavrov, che ...").
PERSON_RELATIVES = ("che", "il quale", "la quale")
#: Round 45 (rule ``speaker_in_adverbial_clause``): after a comma these open a clause with a
#: subject of its own ("..., dove il presidente X ha avvertito che"); a speaker named there
#: speaks for that clause only, not for the fact before the comma.
ADVERBIAL_OPENERS = (
    "dove", "in cui", "nel quale", "nella quale", "nei quali", "nelle quali", "quando", "mentre",
    "dopo che", "prima che", "perché", "poiché", "sebbene", "anche se",
)  # fmt: skip
#: Opening phrases of an exchange: the transfer verb of the clause is given in return.
#: Words that name a partner in a joint act ("signed a treaty with B").
COMITATIVE = ("con", "insieme a", "insieme con")
#: Round 15 (``participle_agent``): words opening a time or place adjunct that may stand between a
#: participle and its agent ("firmato a giugno a Pyongyang da X", "firmato il 19 giugno da X").
ADJUNCT_OPENERS = ("a", "ad", "in", "nel", "nella", "nei", "al", "alla", "il", "lo", "la", "l'", "l’")
# rule coordinated_act: "X ha incontrato Y venerdì e ha detto che ...": the report shares its
# subject with an act before "e"; these function words after a name say it is no subject
WH_WORDS = ("cosa", "come", "perché", "dove", "quanto")  # open a clause of their own
COORDINATED_REPORT_JOIN = r"(?:,\s*)?\b(?:e|ed)\s*\Z"
#: Round 45 (rule ``shared_subject_report``): a reporting verb joined to an earlier report's content.
SHARED_REPORT_JOIN = r"(?:,\s*)?\b(?:e|ed|ma)\s+(?:anche\s+|poi\s+)?(?:ha\s+|hanno\s+)?\Z"
NOT_AFTER_SUBJECT = (
    "di", "del", "dello", "della", "dei", "degli", "delle", "e", "ed", "o", "in", "nel", "nella", "a",
    "al", "alla", "da", "dal", "dalla", "con", "per", "su", "il", "lo", "la", "i", "gli", "le", "che",
    "cui", "anche", "portavoce",
)  # fmt: skip
#: Stems of verbs of receiving: the giver follows "from" / "da" ("ricevuto obici dalla Corea").
RECEIVE_STEMS = r"ricev|ottenu|ottien|otteng|otten|acquist|acquisit|compr(?:a|o|i|er|ò)|importat|import"
#: Round 130 (`bought_in`): stems of verbs of buying; the state goods were bought "in" sold them.
PURCHASE_STEMS = r"acquist|compr"
#: Round 132 (`done_by`): participles of doing after an act noun ("la visita compiuta da X"), and
#: the time words that may follow them ("un anno fa").
#: Round 152 (`place_left`): a place right after a verb of leaving is where a journey starts, never
#: the subject of the act after it ("ha lasciato martedì Pyongyang diretto in Egitto").
LEAVING_VERBS = ("lasciato", "lasciata", "lasciati", "lascia", "lasciando", "lasciò", "lasciano", "lasciarono")
#: Round 150: past participles no regular ending shows ("accolto in aeroporto da X").
IRREGULAR_PARTICIPLES = ("accolto", "accolta", "accolti", "accolte")
#: Round 148 (`appeal_cues`): English only ("called on X to ..."); Italian has no such cue.
APPEAL_INFINITIVE = re.compile(r"(?!)")
DONE_PARTICIPLES = tuple(
    f"{s}{e}"
    for s in (
        *("compiut", "effettuat", "fatt", "condott", "svolt"),
        # round 147 (`decided_by`): measures decided or imposed ("le sanzioni decise dal Consiglio")
        *("decis", "impost", "adottat", "approvat", "varat", "inflitt"),
    )
    for e in "aoie"
)
AGO_UNITS = ("anno", "anni", "mese", "mesi", "giorno", "giorni", "settimana", "settimane")
AGO_WORDS = ("fa", "prima")
#: Round 129 (`delegation_head`): the noun of a delegation.
DELEGATION_NOUN = "delegazione"
#: Round 129 (`english_article`): prepositions before an indefinite article that opens a name's
#: phrase; None where the language's "a" is no article (Italian "a" is a preposition).
PREPOSITION_BEFORE_ARTICLE = None
#: Nouns of places a state qualifies ("il porto nordcoreano di Rajin", "the Russian port of Dunay").
#: Finite plural and imperfect verb forms ("combattono", "inviavano"): a cue so ending is a verb,
#: never a noun with a genitive subject after it.
FINITE_VERB = re.compile(r"\w{3,}(?:ono|avano|evano|ivano)\Z", re.IGNORECASE)
#: Administrative divisions: where one lies is background, not news ("la regione russa di Kursk").
ADMIN_PLACE_NOUNS = ("regione", "provincia", "distretto", "oblast", "regioni", "province")
#: Round 49 (rule ``nominal_demonym``): the article right before a plural demonym used as a noun
#: ("al fianco dei russi", "contro gli ucraini").
NOMINAL_DEMONYM_BEFORE = re.compile(
    r"\b(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|coi|sui|sugli|sulle)\s+\Z", re.IGNORECASE
)
#: Round 45 (rule ``state_territory``): nouns of a state's land before its demonym ("in territorio russo").
TERRITORY_NOUNS = ("territorio", "suolo")
#: Round 75 (`state_capital`): the noun of a capital a demonym qualifies ("the Russian capital").
CAPITAL_NOUNS = ("capitale",)
PLACE_NOUNS = ("porto", "città", "citta", "villaggio", "regione", "provincia", "distretto", "base", "oblast")
#: Prepositions that make the name after them a place, not a recipient. None in Italian: "in" and
#: "nel" also mark where something is sent ("ha inviato in Russia munizioni").
PLACE_PREPOSITIONS: tuple[str, ...] = ()
#: Where a meeting took place: a name after these is the place, never the partner ("met at X").
MEETING_PLACE_PREPOSITIONS = ("a", "ad", "in", "nel", "nella", "nello", "nell'", "presso")
IN_RETURN = (
    "in cambio di",
    "in cambio dei",
    "in cambio delle",
    "in cambio del",
    "in cambio della",
    "in cambio degli",
    "in cambio dell",
    "in cambio",
)

# -- titles ----------------------------------------------------------------------------------
#: Role nouns that make their holder the head of what they name ("il presidente russo").
LEADING_ROLES = (
    "presidente",
    "leader",
    "premier",
    "capo",
    "guida",
    "direttore",
    "direttrice",
    "re",
    "regina",
    "segretario generale",
    "comandante",
    # round 108: a region's and a city's heads ("il governatore del Primorye", "il sindaco di Mosca")
    "governatore",
    "governatrice",
    "sindaco",
)
#: Role nouns of an office inside an organisation or state ("il ministro della Difesa").
POSITION_ROLES = (
    # round 116 (`consul_title`): a consul holds a post of the state whose mission he heads
    "console generale",
    "console",
    "ministro",
    "ministra",
    "portavoce",
    "deputato",
    "deputata",
    "consigliere",
    "consigliera",
    "ambasciatore",
    "ambasciatrice",
    "generale",
    # round 67: military ranks title their holder as "generale" does ("il colonnello generale Kim")
    "ammiraglio",
    "contrammiraglio",
    "colonnello",
    "maresciallo",
    "funzionario",
    "ricercatore",
    "ricercatrice",
    "analista",
    "vicepresidente",
    "viceministro",
    "vicepremier",  # round 153
    "sottosegretario",
    "segretario",
    "procuratore",
    "senatore",
    "senatrice",
    "parlamentare",
    "capo di stato maggiore",
    # round 103: envoys' titles of more than one word (ENVOY_ROLES)
    "vice ambasciatore",
    "inviato speciale",
    "rappresentante permanente",
)
#: Words that may stand between a role and its qualifier ("ministro della Difesa sudcoreano").
#: Round 103 (`envoy_destination`): roles posted to another state, and what opens the place
#: they are posted to ("ambasciatore russo a Pyongyang", "inviato per la Corea del Nord"),
#: which is no qualifier of the post; TITLE_ADJECTIVES may stand before the role ("X, nuovo
#: ambasciatore").
ENVOY_ROLES = (
    "ambasciatore",
    "ambasciatrice",
    "ambasciatori",
    "inviato",
    "inviata",
    "vice ambasciatore",
    "inviato speciale",
    "rappresentante permanente",
    # round 118 (`consul_post`): consuls are posted to a city of another state ("il console
    # generale nordcoreano a Nakhodka, Sim Guk Ryon")
    "console generale",
    "console",
    "consoli",
)
ENVOY_DESTINATION = re.compile(
    r"(?:\s+(?-i:[a-zà-ù]+))?"  # the state's adjective ("russo")
    r"\s+(?:in|a|presso|per|nel|nella|negli|nei|al|alla|all['’])\s*(?:la\s+|il\s+)?",
    re.IGNORECASE,
)
TITLE_ADJECTIVES = ("nuovo", "nuova", "attuale", "neo", "speciale")
#: Round 106: nouns the stop-word lists hold, which may end a descriptive name ("accordo sulla
#: migrazione per lavoro", "commissione per la cooperazione tra i governi").
NOUNS_IN_STOP_LISTS = ("lavoro", "governo", "governi", "stato", "stati", "paese", "paesi", "gruppo", "tempo")
#: Round 103 (`elided_article`): articles that drop their vowel before a role ("l'ambasciatore",
#: "dell'inviato", "un'ambasciatrice", "quest'ultimo"); the role after them is a title.
ELIDED_ARTICLES = ("l", "un", "quest")
ROLE_LINKS = (
    *GENITIVES,
    "per",
    "la",
    "il",
    "l",
    "e",
    "stato",
    "maggiore",
    "difesa",
    "esteri",
    "interno",
    "sicurezza",
    "nazionale",
    "affari",
    "economia",
    "finanze",
    "militare",
    "generale",
    "intelligence",
    "ufficio",
    "forze",
    "armate",
)

#: Round 36 (`title_of_body`): a ministry's portfolio in a title names the state's own
#: government ("ministro della Difesa", "Foreign Minister"); any other word after a genitive
#: names a body the state owns ("del gruppo parlamentare", "of the General Staff"); the
#: state's own councils count as its government ("Consiglio di sicurezza", "Security Council").
TITLE_PORTFOLIOS = (
    "difesa",
    "esteri",
    "interno",
    "interni",
    "affari",
    "economia",
    "finanze",
    "giustizia",
    "istruzione",
    "sanità",
    "salute",
    "commercio",
    "industria",
    "energia",
    "trasporti",
    "cultura",
    "lavoro",
    "agricoltura",
    "sviluppo",
    "unificazione",
    "emergenza",
    "emergenze",
    "tesoro",
    "bilancio",
    "sicurezza",
    "stato",
    "ministero",
    "dicastero",
    "governo",
    "esterne",
    "relazioni",
    "economiche",
    "consiglio",
    "nazionale",
    # round 96: more portfolios ("il ministro russo dello Sport Oleg Matytsin", "del Petrolio")
    "sport",
    "petrolio",
    "pesca",
    "turismo",
    "scienza",
    "ambiente",
    "comunicazioni",
    "gioventù",
    "ferrovie",
)
#: Roles whose complement is always a portfolio, whatever its words
#: ("Natural Resources Minister").
TITLE_MINISTERS = ("ministro", "ministra", "viceministro", "viceministra")
#: Conjunctions that end one title and begin another ("il presidente X e il leader Y Kim").
TITLE_JOINS = ("e", "ed")
#: Words after which a title's complement names what the role is in ("of", "del").
TITLE_OPENERS = (
    *GENITIVES,
    "per",
)
#: Words a title's complement may hold besides its body and portfolio: articles, conjunctions,
#: ranks ("First Vice Foreign Minister", "il generale").
TITLE_LINK_WORDS = (
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "l",
    "un",
    "una",
    "uno",
    "e",
    "ed",
    "per",
    "vice",
    "primo",
    "prima",
    "facente",
    "funzione",
    "generale",
)

#: Round 37 (`compound_head`): two items named as one noun phrase ("munizioni d'artiglieria"): which of them
#: is the grammatical head (the other, the kind, is the item: round 72), and what joins them.
COMPOUND_HEAD = "first"
COMPOUND_LINK = r"\s*(?:di|d['’]|del|della|dello|dell['’]|dei|degli|delle)\s*"

#: Round 68: prepositions of where forces come from ("dall'Estremo Oriente"): no destination.
ORIGIN_PREPOSITIONS = ("da", "dal", "dallo", "dalla", "dall'", "dall’", "dai", "dagli", "dalle")
#: Round 65: what stands before a name in an agent phrase: a participle and "da" ("soldati inviati
#: da Pyongyang"), or "e da" after another agent ("fornite da Kiev e da Seul").
AGENT_PHRASE_BEFORE = re.compile(
    r"(?:\b[^\W\d_]+(?:at[oaie]|ut[oaie]|it[oaie])|\b(?:e|ed))\s+"
    r"(?:da|dal|dallo|dalla|dall['’]|dai|dagli|dalle)\s*\Z",
    re.IGNORECASE,
)

#: Round 69 (`cue_blockers`): words right before a cue's first word that make it another phrase
#: (folded tokens, keyed by that first word): "come parte di" is a purpose, no membership.
CUE_BLOCKERS: dict[str, tuple[str, ...]] = {
    "parte": ("come",),
    # round 70: "un inviato americano", "l'inviato": an envoy, nobody sent
    "inviato": ("un", "l", "dell", "all", "nell", "dall", "sull"),
}
#: Round 142 (`noun_modifier`): words after a cue's one word that make it another phrase; round
#: 146: "le lettere credenziali" are credentials, no message.
CUE_NEXT_BLOCKERS: dict[str, tuple[str, ...]] = {"lettere": ("credenziali",), "lettera": ("credenziale",)}

#: Round 81 (`intermediary_no_party`): a channel before a name ("tramite il Pam", "attraverso l'Onu").
THROUGH_BEFORE = re.compile(r"\b(?:tramite|attraverso|via)\s+(?:(?:il|lo|la|i|gli|le)\s+|l['’]\s*)?\Z", re.IGNORECASE)
#: Round 88 (`not_own`): a possessive of the subject's own right before the object ("il proprio programma").
OWN_BEFORE = re.compile(
    r"\b(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|il\s+proprio|la\s+propria|i\s+propri|le\s+proprie)\s+\Z",
    re.IGNORECASE,
)
#: Nouns in -ing are English (``en.ING_NOUNS``).
ING_NOUNS: tuple[str, ...] = ()

#: Round 62: a name after "border with" describes a place ("nella zona di confine con l'Ucraina"): it is no party
#: of the act the sentence tells.
BORDER_WITH = re.compile(r"\bconfin[ei]\s+con\s+(?:la\s+|l['’]\s*|il\s+|lo\s+|i\s+|gli\s+|le\s+)?\Z", re.IGNORECASE)

#: Round 59 (`goods_list`): what may stand between two items of a list of goods beyond a bare
#: "e": the first item's modifiers ("munizioni d'artiglieria e missili", "missili balistici
#: a corto raggio e ..."), a vague count ("e migliaia di razzi"); never a preposition that names
#: the goods' destination ("alla Russia e ...") or "altri" ("e altre armi" sums up); the head noun
#: of the second ("e sistemi di artiglieria").
ITEM_LIST_LINK = (
    r"(?:\s*(?!(?:a|al|alla|alle|ai|agli|allo|in|nel|nella|da|dal|dalla|per|con|verso|che|sono|è)\b)"
    r"(?:d['’])?[a-zà-ù][a-zà-ù-]*){0,3}"
    r"\s*,?\s*(?:e|ed|o|oltre\s+a|nonché)\s+"
    r"(?:(?:milioni|migliaia|centinaia|decine|grandi\s+quantità|ingenti\s+quantità)\s+di\s+)?"
    r"(?:(?!altr[ieao]\b)[a-zà-ù][a-zà-ù-]*(?:\s+(?:di|del|della|dei|degli|delle)\s+|\s*d['’]\s*|\s+))?"
)

#: Round 39 (`stem_false_friends`): words whose crude stem (the last two letters cut) is a cue's
#: though they are other words: "missili" is no "missiva", "compreso" (including) no "comprerà",
#: "testate" (warheads) no "testare", "resta" no "restia", "Guido" no "guida", "dipendenti" no "dipendenza".
STEM_FALSE_FRIENDS = (
    "missile",
    "missili",
    "resta",
    "resti",
    "compreso",
    "compresa",
    "compresi",
    "comprese",
    "testata",
    "testate",
    "guido",
    # round 120: "dipendenti" are employees, no "dipendenza" (a cue only with "da": "dipendenti da")
    "dipendenti",
    "dipendente",
)

# -- epithets and descriptions (see graph.extract.anaphora) ------------------------------------
#: Round 41 (`role_agrees`): epithets that name an office the article gives someone ("il
#: ministro"): they stand for the one named with it, never merely the person named most.
ROLE_EPITHETS = ("ministro", "ministra")
EPITHETS = (
    (
        re.compile(
            r"\b(?:il|questo|quel|del|al|dal|nel)\s+(?:leader|presidente|capo|ministro)\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]))",
            re.IGNORECASE,
        ),
        "Person",
    ),
    (
        re.compile(
            # round 113: "del governo regionale", "il governo locale" are a region's, not the state's
            r"\b(?:il|questo|del|al|dal)\s+(?:regime|governo)\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|"
            r"regionale|locale|provinciale|municipale|cittadino)\b)",
            re.IGNORECASE,
        ),
        "Country",
    ),
    (
        re.compile(
            r"\b(?:la|questa|della|alla|dalla|nella)\s+struttura|\b(?:l['’]|dell['’]|all['’]|nell['’]|quest['’])\s*(?:impianto|stabilimento)\b"
            r"|\b(?:il|questo|del|al|nel|dal)\s+sito\b",
            re.IGNORECASE,
        ),
        "Facility",
    ),
    (
        re.compile(
            r"(?:\b(?:il|questo|quel|del|al|dal|nel)\s+(?:trattato|patto)|(?:\bl['’]|\bdell['’]|\ball['’]|\bnell['’]|"
            r"\bdall['’]|\bquest['’])\s*(?:accordo|intesa))\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|tra|fra|con))",
            re.IGNORECASE,
        ),
        "Agreement",
    ),
)
#: Definite descriptions of an article's sources and actors: the one of their kind the article
#: names most, wherever it names it ("secondo l'agenzia", "ha riferito il quotidiano").
SALIENT_EPITHETS = (
    (
        re.compile(
            r"(?:\b(?:l|dell|all|dall|nell)['’]\s*|\b(?:la|della|alla|dalla|nella)\s+)agenzia\b"
            r"(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|d['’]|per|stampa))",
            re.IGNORECASE,
        ),
        "MediaOutlet|IntelligenceService",
    ),
    (
        re.compile(
            r"\b(?:il|del|al|dal|nel)\s+(?:quotidiano|giornale|settimanale|sito)\b"
            r"(?!\s+(?:di|del|della|dei|degli|delle|dell['’]))",
            re.IGNORECASE,
        ),
        "MediaOutlet",
    ),
    (
        re.compile(
            r"\b(?:il|del|al|dal|nel)\s+ministero\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]))", re.IGNORECASE
        ),
        "GovernmentBody",
    ),
    (
        # round 95: "il Consiglio ha condannato il lancio": the council the article names
        re.compile(
            r"\b(?:il|del|al|dal|nel)\s+consiglio\b(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|per))",
            re.IGNORECASE,
        ),
        "GovernmentBody",
    ),
    (
        # round 129 (`delegation_head`): "la delegazione ha incontrato": the delegation the article names
        re.compile(
            r"\b(?:la|della|alla|dalla|nella|sulla|con\s+la)\s+delegazione\b"
            r"(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|guidata|capeggiata|presieduta))",
            re.IGNORECASE,
        ),
        "Organization",
    ),
)
#: Round 38 (`head_agrees`): the head nouns of SALIENT_EPITHETS a body must be named with
#: ("the ministry" stands for a ministry the article names, never a council of the same type).
SALIENT_HEADS = ("ministero", "ufficio", "dipartimento", "commissione", "comitato", "consiglio", "delegazione")
#: Round 103 (`region_anaphor`): "la regione", "nella regione" stand for the region named last
#: before them ("la regione di Kursk ... i soldati inviati nella regione"); REGION_HEADS are the
#: words that make a named place a region (beside or inside its name).
REGION_ANAPHOR = re.compile(
    r"\b(?:la|nella|della|alla|dalla|sulla|questa|quella|nell['’]|dell['’]|all['’])\s*(?:regione|oblast|provincia)\b"
    r"(?!\s+(?:di|del|della|dei|degli|delle|dell['’]|(?-i:[A-Z])))",
    re.IGNORECASE,
)
REGION_HEADS = ("regione", "oblast", "provincia", "region", "krai")
#: A compass noun standing for the state named after it: "il Nord" (Corea del Nord), "del Sud".
#: Round 54: compass words a state's one-word adjective may open with ("nordcoreano").
COMPASS_WORDS = ("nord", "sud")
COMPASS_ANAPHOR = re.compile(r"\b(?:il|del|al|dal|nel|col)\s+(?P<compass>Nord|Sud)\b(?![-’'])")
NAMED_LATER = (
    re.compile(
        r"\b(?:un|uno|una|un['’])\s*(?:[^\W\d_]+\s+)?(?:impianto|stabilimento|fabbrica|sito|struttura|"
        r"complesso|base|centro|gruppo|reparto|unità|programma|accordo|sistema)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"[\s,]*(?:not[oaie]|chiamat[oaie]|denominat[oaie]|dett[oaie]|conosciut[oaie])\s+(?:come\s+)?"
        r"[\"“«']?\s*\Z",
        re.IGNORECASE,
    ),
)
PAIR_ANAPHORS = re.compile(
    r"\b(?:i|dei|ai|dai|nei|tra\s+i|fra\s+i)\s+due\s+(?:paesi|stati|governi|alleati)\b"
    r"|\bentrambi\s+i\s+paesi\b|\bbilateral[ei]\b",
    re.IGNORECASE,
)
#: Round 154 (`people_pair`): plural descriptions of the two people named last ("i due leader",
#: "i due hanno firmato").
PEOPLE_PAIR_ANAPHORS = re.compile(
    r"\b(?:i|dei|ai|dai|tra\s+i|fra\s+i)\s+due\s+(?:leader|ministri|presidenti|capi\s+di\s+stato|uomini|dirigenti)\b"
    r"|\b(?:i|I)\s+due(?=\s+(?:hanno|avevano|si|sono|erano)\b)"
)
#: "nel paese" after a state was named: that state ("sono arrivati nel paese").
THE_COUNTRY = re.compile(r"\b(?:nel|del|al|dal)\s+paese\b", re.IGNORECASE)

# -- quantities ------------------------------------------------------------------------------
BOUNDS = (
    ("oltre", "at_least"),
    ("più di", "at_least"),
    ("piu di", "at_least"),
    ("superiore a", "at_least"),
    ("almeno", "at_least"),
    ("non meno di", "at_least"),
    ("minimo", "at_least"),
    ("fino a", "at_most"),
    ("fino al", "at_most"),
    ("meno di", "at_most"),
    ("al massimo", "at_most"),
    ("non più di", "at_most"),
    ("circa", "approx"),
    ("quasi", "approx"),
    ("intorno a", "approx"),
    ("attorno a", "approx"),
    ("approssimativamente", "approx"),
    ("una cinquantina", "approx"),
    ("un centinaio", "approx"),
    ("oltre i", "at_least"),
    ("più degli", "at_least"),
)
#: Round 25: "40 per cento delle munizioni": the number word after "per" makes a percentage, it
#: counts nothing ("cento" was read as 100 rounds).
PERCENT_BEFORE = re.compile(r"\d\s*per\s+\Z", re.IGNORECASE)
NUMBER_WORDS = {
    "uno": 1,
    "una": 1,
    "un": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
    "cento": 100,
    "mille": 1000,
}
#: Round 25: the parts of a compound number word ("duecento", "venticinque", "tremilacinquecento"):
#: units and tens add, "cento" multiplies what stands before it, "mila" the whole so far.
NUMBER_PARTS = {
    **{k: v for k, v in NUMBER_WORDS.items() if k not in ("un", "una", "uno", "cento", "mille")},
    "uno": 1,
    "tré": 3,
    **{k[:-1]: v for k, v in NUMBER_WORDS.items() if 20 <= v <= 90},  # "vent-otto", "trent-uno"
}
#: Round 25: in a compound, "cento" multiplies what stands before it, "mila"/"mille" the whole so far.
HUNDREDS = ("cento",)
THOUSANDS = ("mila", "mille")
#: Approximate counts written as nouns: "una cinquantina di obici" (about 50).
APPROX_NOUNS = {
    "decina": 10,
    "dozzina": 12,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
    "migliaio": 1000,
}
SCALES = {
    "mila": 1e3,
    "mille": 1e3,
    "milioni": 1e6,
    "milione": 1e6,
    "miliardi": 1e9,
    "miliardo": 1e9,
    "mln": 1e6,
    "mld": 1e9,
}
#: Surface unit -> canonical unit (the spelling the seed claims use).
UNITS = {
    "soldati": "soldiers",
    "soldato": "soldiers",
    "truppe": "soldiers",
    "militari": "soldiers",
    "combattenti": "soldiers",
    "uomini": "soldiers",
    "morti": "killed",
    "morto": "killed",
    "vittime": "killed",
    "uccisi": "killed",
    "caduti": "killed",
    "feriti": "wounded",
    "ferito": "wounded",
    "membri": "members",
    "genieri": "engineers",
    "ingegneri": "engineers",
    "container": "containers",
    "dollari": "USD",
    "dollaro": "USD",
    "$": "USD",
    "euro": "EUR",
    "€": "EUR",
    "giorni": "days",
    "giorno": "days",
    "mesi": "months",
    "anni": "years",
    "carri": "tanks",
    "tank": "tanks",
    "unità": "units",
    "unita": "units",
    "missili": "missiles",
    "missile": "missiles",
    "droni": "drones",
    "proiettili": "shells",
    "granate": "shells",
    "colpi": "rounds",
    "munizioni": "rounds",
    "lavoratori": "workers",
    "operai": "workers",  # round 119
    # round 114 (`loggers`): the trades North Korean labour abroad is counted in
    "boscaioli": "workers",
    "taglialegna": "workers",
    "edili": "workers",
    "persone": "people",
    "civili": "people",
    "tonnellate": "tonnes",
    "obici": "howitzers",
    "lanciarazzi": "launchers",
    "lanciatori": "launchers",
    # round 25: "fino al 40 per cento delle munizioni", "il 60%": a share
    "per cento": "percent",
    "%": "percent",
    # round 22: "più di 200 pezzi di artiglieria", "razzi"
    "pezzi": "pieces",
    "razzi": "rockets",
}
#: Words of a casualty count ("300 soldati sono morti", "uccidendo due persone").
#: Who a casualty count may count besides forces ("300 civili uccisi").
VICTIM_NOUNS = ("persone", "civili", "bambini", "uomini", "donne", "vittime", "caduti", "prigionieri")
#: Words that may follow a casualty count before its noun or verb ("600 di loro", "2.700 sono rimasti").
COUNT_LINKS = ("di", "dei", "degli", "delle", "sono", "erano", "furono", "sarebbero", "risultano", "e", "tra", "fra")
#: A count of part of a force named before ("600 di loro", "600 of them").
#: Round 51 (rule ``suffered_count``): a verb of suffering right before a casualty count (a bound
#: may stand between): its subject names the victims.
SUFFERING_VERBS = re.compile(
    r"\b(?:subito|subìto|subiscono|subirebbero|avrebbero\s+subito|riportato|registrato|accusato)\s+"
    r"(?:(?:più\s+di|oltre|almeno|circa|quasi|fino\s+a|intorno\s+a|un\s+migliaio\s+di)\s+)?\Z",
    re.IGNORECASE,
)
OF_THEM = re.compile(r"\s*di\s+(?:loro|questi|essi)\b", re.IGNORECASE)
#: Round 22 (rule ``partitive_total``): "3.800 dei 12.000 soldati ... uccisi": the second number is
#: the whole the first is part of, never a casualty count.
PARTITIVE_TOTAL = re.compile(
    r"\s*(?:dei|degli|delle|tra\s+i|fra\s+i)\s+(?:(?:circa|oltre|quasi|presunti|stimati)\s+){0,2}"
    r"\d[\d.,\u202f\u00a0]*(?:\s*(?:mila|milioni))?(?=\s)",
    re.IGNORECASE,
)
#: Round 61: a fraction of a total before its number ("un terzo dei quasi 12.000 militari sarebbe
#: stato ucciso"): the number counts the whole force, not the victims, and the fraction gives no count.
FRACTION_BEFORE = re.compile(
    r"\b(?:(?:un|una|due)\s+(?:terz|quart|quint)[oi]|(?:la\s+)?metà)\s+(?:dei|degli|delle)\s+(?:[^\W\d_]+\s+){0,2}\Z",
    re.IGNORECASE,
)
#: Round 61: a count over the whole war ("dall'inizio dell'invasione") has no place of the
#: article's fighting (no place is taken from an earlier sentence).
WHOLE_WAR = re.compile(r"\bdall['’]inizio\s+(?:della|dell['’])\s*(?:guerra|invasione|conflitto)\b", re.I)
CASUALTY_WORDS = {
    "morti": "killed",
    "morto": "killed",
    "uccisi": "killed",
    "ucciso": "killed",
    "caduti": "killed",
    "deceduti": "killed",
    "feriti": "wounded",
    "ferito": "wounded",
    "uccidendo": "killed",
    "ferendo": "wounded",
    "ferendone": "wounded",
    "uccidendone": "killed",
    "perdite": "casualties",  # round 51: "hanno subito oltre 4.000 perdite"
}

# -- dates -----------------------------------------------------------------------------------
#: Day names: never part of an entity name.
#: Round 100 (`time_gap`): words of time that may stand inside a cue of several words, beside the
#: weekdays ("è arrivata oggi a Mosca", "arrived on Monday in Seoul").
CUE_GAP_WORDS = ("oggi", "ieri", "domani", "stamani", "stamattina", "stasera", "stanotte", "già", "poi", "anche")
WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MONTHS = {
    "gennaio": 1,
    "febbraio": 2,
    "marzo": 3,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "agosto": 8,
    "settembre": 9,
    "ottobre": 10,
    "novembre": 11,
    "dicembre": 12,
}
DATE_FROM = r"(?:da|dal|dall['’]|dalla|dai|a partire da|a partire dal)"
DATE_TO = r"(?:fino a|fino al|fino all['’]|entro|entro la|entro il)"
DATE_AT = r"(?:nel|nell['’]|a|ad|in|di|del|dell['’]|il|lo|l['’]|durante|nel mese di|lo scorso|la scorsa)"
#: Words before a time that point forward ("entro fine febbraio", "il prossimo mese").
FUTURE_MARKERS = re.compile(
    r"\b(?:entro|prossim[oaie]|fra|tra\s+(?:un|due|tre|pochi)|a\s+partire\s+da)\b"
    r"|\w+(?:erà|irà|arà|ranno)\b",
    re.IGNORECASE,
)
#: Words before a year that make it a comparison or background, not the date of the fact.
HISTORICAL = re.compile(
    r"(?:\bcome\s+(?:già\s+)?(?:nel|nell['’]|accaduto\s+nel|avvenne\s+nel)|\bla\s+prima\s+dal|"
    r"\bil\s+primo\s+dal|\bdai\s+tempi\s+del|\bfin\s+dal|\bsin\s+dal|\brisalente\s+al|"
    r"\bfirmat[oa]\s+nel)\s*\Z",
    re.IGNORECASE,
)
RELATIVE_YEARS = (
    ("il prossimo anno", 1),
    ("l'anno prossimo", 1),
    ("quest'anno", 0),
    ("l'anno scorso", -1),
    ("lo scorso anno", -1),
    ("l'anno precedente", -1),
)
END_OF = re.compile(r"\b(?:fine|inizio|metà)\s+\Z", re.IGNORECASE)

# -- candidates ------------------------------------------------------------------------------
#: Head nouns that give a new name its type ("ministero della Difesa", "procura di X").
HEAD_TYPES = {
    "GovernmentBody": (
        "ministero",
        "procura",
        "commissione",
        "consiglio",
        "parlamento",
        "governo",
        "dipartimento",
        "comitato",
        "assemblea",
        "presidenza",
        "cancelleria",
    ),
    "IntelligenceService": (
        "servizio di intelligence",
        "servizi segreti",
        "intelligence militare",
        "agenzia di spionaggio",
    ),
    "MediaOutlet": ("agenzia di stampa", "quotidiano", "emittente", "giornale", "sito", "rivista", "tv", "radio"),
    "MilitaryUnit": ("esercito", "brigata", "reggimento", "battaglione", "divisione", "forze armate", "marina"),
    "Organization": ("partito",),
}
#: Heads of lower-case descriptive names whose qualifiers follow them (round 5): adjectives,
#: complements and a state ("il ministero degli Esteri russo", "la procura generale ucraina",
#: "il ministero della Difesa di Mosca", "la cerimonia di Stato"); the head gives the type.
QUALIFIED_HEADS = {
    "GovernmentBody": (
        "ministero",
        "procura",
        "commissione",
        "consiglio",
        "comitato",
        "dipartimento",
        "ufficio",
        "direzione",
        # round 111 (`embassy_seat`): "l'ambasciata russa a Pyongyang", "il consolato nordcoreano"
        "ambasciata",
        "consolato",
    ),
    # round 129 (`delegation_head`): "una delegazione nordcoreana", "la delegazione del ministero"
    "Organization": ("servizio", "agenzia", "delegazione"),
    # round 119 (`capitalised_university`): "l'Università statale di Novosibirsk" (capitalised only)
    "ResearchInstitute": ("istituto", "centro", "università"),
    # heads that name an institution only when written with a capital ("il Servizio statale per
    # le emergenze"); lower-case they describe one already named ("il servizio di intelligence
    # sudcoreano") or are common words ("nel centro di X")
    "Facility": ("ponte", "aeroporto", "stazione", "monumento", "sala", "terminal", "poligono"),
    "Event": (
        "cerimonia",
        "parata",
        "concerto",
        "esercitazione",
        "esercitazioni",
        # round 111 (`capitalised_event`): with a capital only ("il terzo Forum economico orientale",
        # "i Giochi olimpici invernali"); lower-case they describe ("un forum di rettori")
        "forum",
        "giochi",
        "olimpiadi",
        "festival",
        # round 119: "la Maratona internazionale di Pyongyang"
        "maratona",
        # round 136 (`event_keywords`): "la Fiera internazionale di Pyongyang", "la Conferenza di
        # Mosca sulla sicurezza", "i Campionati mondiali di nuoto", "il Torneo internazionale"
        "fiera",
        "conferenza",
        "esposizione",
        "mostra",
        "campionato",
        "campionati",
        "torneo",
    ),
    "Location": ("zona",),
    "IntelligenceService": ("intelligence",),
}
#: Round 111 (`embassy_seat`): heads of missions, whose name ends with the place they sit in.
SEAT_HEADS = ("ambasciata", "consolato")
CAPITALISED_HEADS = (
    "servizio", "agenzia", "centro", "forum", "giochi", "olimpiadi", "festival", "università", "maratona",
    "fiera", "conferenza", "esposizione", "mostra", "campionato", "campionati", "torneo",
)  # fmt: skip
#: Round 119 (`capitalised_university`): capitalised heads whose name may follow them at once
#: ("l'Università Kim Il Sung", "l'Università Lomonosov"): one name, not a head and a second name.
NAMED_AFTER_HEADS = ("università",)
#: Round 119 (`place_title`): whether a place's name may stand right before a title and its holder
#: ("Primorsky Krai Governor Vladimir Miklushevsky"); Italian names it after ("il governatore del X").
PLACE_BEFORE_TITLE = False
#: Round 32 (``national_intelligence``): heads that name one body only as the head of their own
#: phrase, after an elided article ("secondo l'intelligence sudcoreana": the South's service, a
#: source in its own name), never as a complement ("il servizio di intelligence sudcoreano",
#: "fonti di intelligence").
ARTICLE_HEADS = ("intelligence",)
#: Heads that describe a body only in lower case (English: see ``en.LOWER_CASE_HEADS``).
LOWER_CASE_HEADS: tuple[str, ...] = ()
#: Heads a demonym alone makes the name of one body (English: see ``en.DEMONYM_ONLY_HEADS``).
DEMONYM_ONLY_HEADS: dict[str, str] = {}
#: Links between a head and its complement ("ministero della Difesa", "centro per il contrasto
#: alla disinformazione").
QUALIFIER_LINKS = (
    "di",
    "del",
    "della",
    "dello",
    "dei",
    "degli",
    "delle",
    "dell'",
    "dell’",
    "per il",
    "per la",
    "per lo",
    "per i",
    "per gli",
    "per le",
    "per l'",
    "alla",
    "al",
    "allo",
    "alle",
    "agli",
    "sul",
    "sulla",
)
#: Short nationality adjectives the endings above miss ("ministero della Difesa russo").
SHORT_DEMONYMS = ("russo", "russa", "russi", "russe", "turco", "turca", "greco", "greca")
#: Nationality adjectives end like this ("nordcoreano", "ucraini"): never a name by themselves.
DEMONYM_ENDINGS = ("ano", "ani", "ana", "ane", "ese", "esi", "ino", "ini", "ina", "ine", "ico", "ici", "ica", "iche")
#: Gender and number forms of a nationality adjective: a state known by one of them ("russo",
#: "nordcoreani") is named by all ("russi", "nordcoreana"). Ending sets, longest first; "-ico"
#: plurals ("-ici", "-iche") are left out, their plural is not regular.
DEMONYM_INFLECTIONS = (("ese", "esi"), ("ense", "ensi"), ("o", "a", "i", "e"))

# -- language detection and forces ------------------------------------------------------------
#: Frequent function words: the language whose words a text uses most is the text's.
DETECT_WORDS = (
    "il",
    "lo",
    "la",
    "che",
    "di",
    "del",
    "della",
    "dei",
    "per",
    "non",
    "sono",
    "una",
    "con",
    "nel",
    "nella",
    "gli",
    "alla",
    "anche",
    "è",
    "ha",
    "hanno",
    "secondo",
    "dopo",
    "tra",
)
#: Passive auxiliaries before a participle ("have been sent", "sono stati schierati").
PASSIVE_AUX = r"(?:sono\s+stat[ie]|è\s+stat[oa]|erano\s+stat[ie]|era\s+stat[oa]|sarebbero\s+stat[ie]|sarebbe\s+stat[oa]|vengono|venivano|verranno|sono|erano)"
#: Nouns of armed forces: a state's adjective before or after them names its forces.
#: Phrases naming a rule an act breaks: the body behind the rule takes no part in the act.
BREACH_PHRASES = (
    "in violazione di",
    "in violazione del",
    "in violazione della",
    "in violazione dei",
    "in violazione delle",
    "violando",
    "viola",
    "violano",
    "violerebbe",
    "violerebbero",
    "in spregio di",
    "in spregio alle",
    # round 41: the noun ("una violazione delle risoluzioni del Consiglio di sicurezza")
    "violazione di",
    "violazione del",
    "violazione della",
    "violazione dei",
    "violazione delle",
    "violazioni delle",
    "violato",
    "violati",
)

#: Words before a title that make it an office held in the past ("former president").
FORMER_TITLE = ("ex", "già", "allora", "l'ex", "l’ex")

FORCE_NOUNS = (
    "forze",
    "truppe",
    "soldati",
    "esercito",
    "militari",
    "combattenti",
    "unità",
    "reparti",
    "genieri",
    "sminatori",
    "costruttori",
    "lavoratori",
    "operai",
    "ufficiali",
    "forze armate",
    "forze speciali",
    "equipaggi",
    "specialisti",
    "istruttori",
    "consiglieri militari",
    "fanti",  # round 58
    # round 114 (`loggers`): workers named by their trade ("i boscaioli nordcoreani in Russia")
    "boscaioli",
    "taglialegna",
    "edili",
)

# -- round 7: new-entity candidates (English forms; Italian names its institutions after the head,
# see QUALIFIED_HEADS) --------------------------------------------------------------------------
TITLE_ABBREVIATIONS = ("gen.", "col.", "magg.", "ten.", "cap.", "amm.", "on.", "sen.")
NAME_MODIFIER_SUFFIXES = ()
INSTITUTION_HEADS: dict[str, tuple[str, ...]] = {}
POSSESSOR_NOUNS = ()
DEMONYM_HEADS = ()
COMPLEMENT_HEADS = ()
OUTLET_AFTER_NAME = ()
#: A one-word capitalised name after these words, closed by punctuation or a conjunction, is a
#: place ("vicino a X, nel sud-ovest", "arrivano a X.").
NAME_PLACE_PREPOSITIONS = ("a", "ad", "vicino a", "nel", "nella", "da", "verso", "fino a", "presso")
NAME_PLACE_CLOSERS = ("e", "nel", "nella", "in", "per")  # round 146: "ad", "per" ("è arrivato ad Ashgabat per ...")
#: An outlet noun, maybe with adjectives, before a name makes it an outlet ("l'agenzia russa Tass",
#: "l'emittente Sbs", "il quotidiano sudcoreano Chosun").
OUTLET_BEFORE_NAME = ("agenzia", "agenzia di stampa", "emittente", "quotidiano", "giornale", "settimanale", "rete")
PLACE_AFTER_NAME = ()
INSTITUTION_COMPLEMENTS = ()

#: Round 35 (``experiencer_first``): active verbs whose subject causes the feeling and whose object
#: feels it ("la cooperazione preoccupa Seul": Seoul is concerned about it).
CAUSATIVE_FEELING = ("preoccupa", "preoccupano", "allarma", "allarmano")
#: Words between a feeling's experiencer and the cue that make the cue an adjective of state ("è
#: preoccupato", "si è detto preoccupato").
FEELING_STATE = re.compile(
    r"\b(?:è|sono|era|erano|resta|restano|appare|appaiono|detto|detta|detti|dette|dichiarato|dichiarata|mostrato|mostrata)\b",
    re.IGNORECASE,
)

#: Words that open an adjunct of time around an act ("dopo", "after"): ACT_ADJUNCT, ADJUNCT_OPENING.
_ADJUNCT_OPENERS = r"(?:dopo|al\s+termine\s+d(?:i|el|ella|ei|egli|ell['’])|durante)"
#: Round 108 (`speaker_adjunct`): an adjunct of time opening an act noun in the reporting clause
#: ("Lo ha detto X dopo un incontro con Y", "al termine dei colloqui con Y, X ha dichiarato"): the
#: act is the speaker's own, told in the article's voice.
ACT_ADJUNCT = re.compile(
    rf"(?<![\w'’]){_ADJUNCT_OPENERS}\s*"
    r"(?:(?:un|una|il|lo|la|i|gli|le)\s+|(?:un|l)['’]\s*)?(?:[^\W\d_]+\s+)?\Z",
    re.IGNORECASE,
)
#: Round 108 (`speaker_adjunct`): the partner of a meeting in such an adjunct ("con l'inviato Y").
ADJUNCT_PARTNER = re.compile(r"(?<![\w'’])(?:con|col|coi)(?![\w'’])", re.IGNORECASE)

#: Round 108 (`recurring_name`): common nouns news prose writes with a capital ("i due Paesi").
COMMON_CAPITALISED = ("paese", "paesi", "stato", "stati")

#: Round 108 (`presupposed`): what a source's statement takes as known, in the article's voice: a
#: temporal adjunct ("dopo che Kim e Putin si sono incontrati", "dal vertice di settembre") or an
#: agreement named by its signing ("il trattato firmato a giugno da Putin e Kim").
PRESUPPOSING = re.compile(
    r"(?<![\w'’])(?:dopo\s+che|da\s+quando|dopo\s+(?:il|lo|la|i|gli|le|l['’]))\s*[^,;:.()\"“”«»]{0,80}\Z", re.IGNORECASE
)
PRESUPPOSED_PARTICIPLE = re.compile(
    r"\b(?:patto|trattato|accordo|intesa|partenariato|protocollo|memorandum)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE
)

#: Round 108 (`state_port`): a state's port named by its adjective ("to Russian ports", "nei porti
#: russi") is the state as the place goods go to.
PORT_NOUNS = ("porto", "porti")
#: Round 108 (`maker_of_goods`): Italian names the maker after the noun ("forniture russe di petrolio").
TRANSFER_NOUNS: tuple[str, ...] = ()

#: Round 108: the heads of a region or a city (LEADING_ROLES), who never lead the state their
#: place is in ("Moscow Mayor Yuri Luzhkov", "il governatore del Primorye").
LOCAL_ROLES = ("governatore", "governatrice", "sindaco")
#: Round 111 (`place_then_holder`): words before a title's one-word place or outlet besides the
#: title's openers ("per l'Estremo Oriente Yuri Trutnev", "ha detto al Korea Herald Wi Sung-lac").
HOLDER_LINKS = ("l'", "al", "alla", "all'", "allo", "a")
HOLDER_ROLES = (
    "inviato",
    "inviata",
    "rappresentante",
    "corrispondente",
    "commissario",
    "commissaria",
    "membro",
)
#: Round 124 (`people_after_cue`): what may stand between a verb of work and the people after it when
#: the place comes first ("in Russia lavorano ancora circa 35.000 nordcoreani", "a Sakhalin lavorano
#: circa 600 cittadini nordcoreani"), and the preposition that opens the place.
PEOPLE_AFTER_CUE = re.compile(
    r"\s+(?:(?:ancora|attualmente|oggi|già|ormai|regolarmente)\s+)?"
    r"(?:(?:circa|oltre|almeno|quasi|più\s+di|fino\s+a|meno\s+di)\s+)?"
    r"(?:\d[\d.,]*(?:\s+mila)?|migliaia\s+di|centinaia\s+di|decine\s+di|molti|tanti)\s+"
    r"(?:(?:cittadini|lavoratori|operai|immigrati|migranti)\s+)?",
    re.IGNORECASE,
)
PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|a|ad|nel|nella|nello|nei|negli|nelle|al|alla|allo|all['’])\s*\Z", re.IGNORECASE
)
#: Round 120 (`people_act`): what opens a plural of a state's adjective that names its people
#: before their act ("circa 300 nordcoreani", "i russi"); None where the plural is a noun of its own.
PEOPLE_OPENER = re.compile(
    r"(?:\b(?:i|gli|le|molti|alcuni|altri|tanti|quei|questi)|\d[\d.,]*(?:\s+(?:mila|milioni))?|mila|migliaia\s+di|"
    r"centinaia\s+di|decine\s+di)\s+\Z",
    re.IGNORECASE,
)
#: Round 115 (`people_cue`): what may stand between a state's people and a verb of work ("i
#: nordcoreani che lavorano in", "i nordcoreani ufficialmente impiegati in").
PEOPLE_BEFORE_CUE = re.compile(
    r"\s+(?:(?:che|sono|erano|hanno|avevano|ufficialmente|ancora|oggi|attualmente|già|regolarmente)\s+){0,3}",
    re.IGNORECASE,
)
#: Round 114 (`contrast_clause`): a comma and a contrasting conjunction open a clause of its own.
CONTRAST_CLAUSE = re.compile(r",\s*(?:mentre|laddove)\s", re.IGNORECASE)
#: Round 113 (`adjunct_ends_speaker`): where an adjunct of time opens after the speaker of "Lo ha
#: detto X" with no comma ("Lo ha detto X durante un incontro con Y"): the speaker's phrase ends there.
ADJUNCT_OPENING = re.compile(rf"\s+{_ADJUNCT_OPENERS}\s", re.IGNORECASE)
#: Round 126 (`targets_of_measures`): a count right before a people named by its adjective ("have
#: detained 87 North Koreans"): the people counted are a measure's target.
COUNT_BEFORE_PEOPLE = re.compile(r"(?:\b\d[\d.,]*|\b(?:decine|centinaia|migliaia)\s+di)\s+\Z", re.IGNORECASE)
#: Round 127 (`none_given`): a cue whose object opens with "nessun" gives none ("non ha inviato
#: nessun soldato" is negated before the cue too; "ha fornito nessun aiuto" is rare but none).
NONE_GIVEN = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?nessun[oa]?\s", re.IGNORECASE)
#: Round 123 (`not_yet_done`): a prospect right before an act's cue ("in procinto di firmare", "spera
#: di firmare", "firmeranno" is a future of its own): the act is not done yet.
PROSPECT_BEFORE = re.compile(
    r"\b(?:in\s+procinto\s+di|sul\s+punto\s+di|vicin[ie]\s+a|sper[ao]n?o?\s+di|intend[eo]n?o?|vuole|vogliono|"
    r"pront[oaie]\s+a|punta(?:no)?\s+a|si\s+prepara(?:no)?\s+a|dovrebbe(?:ro)?|potrebbe(?:ro)?)\s+(?:\w+\s+){0,1}\Z",
    re.IGNORECASE,
)
#: Round 120 (`words_are_no_goods`): what a verb of giving or receiving moves when it moves only
#: words ("Mosca ha ricevuto una spiegazione dalla Corea del Nord", "ha fornito garanzie"): no goods.
WORDS_GIVEN = re.compile(
    r"\s+(?:[\w'’]+\s+){0,3}?(?<!in\s)(?<!come\s)(?:spiegazion[ei]|rispost[ae]|assicurazioni|garanzi[ae]|invit[oi]|richiest[ae]|"
    r"chiariment[oi]|rassicurazioni|conferm[ae])\b",
    re.IGNORECASE,
)
#: Round 109 (`asked_anonymity`): what a source asks for when it asks not to be named ("un
#: funzionario, che ha chiesto l'anonimato"): no act of ordering or asking.
ANONYMITY_AFTER = re.compile(r"\s*(?:di\s+restare\s+)?(?:l['’]\s*)?anonimato\b", re.IGNORECASE)
#: Round 111 (`numbered_talks`): talks named by how many take part ("i colloqui a sei", "il
#: negoziato a quattro"): one event, a multilateral format.
NUMBERED_TALKS = re.compile(
    r"(?<![\w'’])(?:colloqui|negoziati|negoziato|trattative|tavolo|formato)(?:\s+nucleari)?\s+a\s+"
    r"(?P<n>tre|quattro|cinque|sei|sette|otto)(?![\w'’])",
    re.IGNORECASE,
)


def demonym_plural(form: str) -> str | None:
    """Round 111 (`plural_demonym`): Italian lists its plural demonyms (schema/states.yaml), so none
    is derived.

    >>> demonym_plural("nordcoreano") is None
    True
    """
    return None
