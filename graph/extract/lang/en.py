"""English words and patterns of the extractor: general vocabulary of news prose."""

from __future__ import annotations

import re

# -- function words --------------------------------------------------------------------------
#: Articles: never the head of a noun phrase.
ARTICLES = ("the", "a", "an")
#: Genitive prepositions: they join the parts of a name ("Partito del Lavoro", "Institute of X").
GENITIVES = ("of",)

# -- attribution -----------------------------------------------------------------------------
SOURCE_INTRO = ("according to", "citing", "quoting", "as reported by", "reports", "reported")
CITING = ("according to", "citing", "quoting")
#: Round 60 (rule ``viewpoint_source``): prepositions that, opening a sentence with a source and a
#: comma, attribute the clause after it (none in English: "For X, ..." is rarely a source).
VIEWPOINT_INTRO: tuple[str, ...] = ()
REPORT_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "revealed",
    "reveals",
    "stated",
    "states",
    "claimed",
    "claims",
    "added",
    "adds",
    "warned",
    "warns",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "wrote",
    "writes",
    "believes",
    "believe",
    "estimates",
    "estimate",
    "estimated",
    "acknowledged",
    "admitted",
    "noted",
    "notes",
    "assessed",
    "assesses",
    "urged",
    "alleged",
    "alleges",
    "insisted",
    "explained",
    "accused",
    "accuses",
    "accuse",
    "concluded",
    "disclosed",
    "indicated",
    "suggested",
    "suggests",
    "argued",
    "has said",
    "have said",
    "had said",
    "has reported",
    "have reported",
    "had reported",
    "has confirmed",
    "had confirmed",
    "has warned",
    "had warned",
    # round 28: more verbs that report a that-clause (THAT_ONLY_VERBS: only with "that")
    "recalled",
    "stressed",
    "emphasised",
    "emphasized",
    "pointed out",
    "complained",
    "replied",
    "countered",
    "asserted",
    "maintained",
    # round 81: speculation is a report too ("officials have speculated that ...")
    "speculated",
    "speculate",
)
#: Round 28: verbs that report only a that-clause; with a plain object they are acts ("Seoul
#: recalled its ambassador", "Moscow maintained troops in X", "Kyiv countered the attack").
THAT_ONLY_VERBS = frozenset(
    ("recalled", "stressed", "emphasised", "emphasized", "pointed out", "complained", "replied", "countered", "asserted",
     "maintained", "speculated", "speculate")
)  # fmt: skip
#: Round 75 (`act_object`): what follows a reporting verb that makes it an act, not a report: an
#: event noun as its object ("concluded a visit to Russia", "ended his trip").
ACT_OBJECT = re.compile(
    r"\s*(?:(?:a|an|the|his|her|its|their)\s+)?(?:visit|trip|talks|mission|summit|meeting|tour)\b", re.IGNORECASE
)
#: Round 77 (`summoned_envoy`): the envoy a summons names, up to its noun ("North Korea's
#: ambassador", "the ambassador", "Pyongyang's charge d'affaires"), and after it whose envoy it is
#: ("of North Korea").
ENVOY_AFTER_SUMMON = re.compile(
    r"\s+(?:(?:on|last|this)\s+[A-Z]?[a-z]+\s+)?(?:the\s+|a\s+)?(?:[^\s,.;:]+\s+){0,3}?"
    r"(?i:ambassador|charge d['’]affaires|chargé d['’]affaires|envoy|diplomats?|representatives?)\b"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][^\s,.;:]*(?:\s+[A-Z][^\s,.;:]*){0,2})?",
)
#: Round 91 (summoned_envoy_met): what may stand between a summoned envoy's words and the envoy's
#: name: nothing, a comma, the post's place ("Sylvania's ambassador in Freedonia, Pak Sol Ho").
ENVOY_NAME_GAP = re.compile(r"\s*(?:(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s*,?\s*")
COMPLEMENTIZERS = ("that", ":")
UNNAMED_SOURCES = (
    "sources",
    "source",
    "officials",
    "official",
    "experts",
    "analysts",
    "diplomats",
    "intelligence",
    "people familiar",
    "lawmakers",
    "lawmaker",
    "residents",
    "witnesses",
    "media",
    "estimates",
    "data",
    "observers",
    "authorities",
    "government",
    "report",
    "military",
)
#: Words that join two sources of one statement ("Washington and Seoul say"): the first named
#: is the asserter (rule ``joint_source``).
SOURCE_JOINS = ("and", "as well as")
#: Quantifiers before an unnamed source noun ("several officials"), besides the articles.
UNNAMED_DETERMINERS = ("some", "several", "many", "two", "three", "senior")
RELAY_PASSIVE = re.compile(r",?\s*(?:cited|quoted|reported|relayed|carried|published|released)\s+by\s+", re.IGNORECASE)
#: Round 23 (rule ``relative_source``): "..., the agency, according to which X ...", "according to
#: him": a source introducer whose source is a pronoun; the source is the one just named.
RELATIVE_SOURCE = re.compile(r"\s*,?\s*according\s+to\s+(?:which|whom|him|her|them)\b", re.IGNORECASE)
PERSONAL_SOURCE = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s*,?\s*\Z", re.IGNORECASE)
BACK_REFERENCE = re.compile(
    r"\s*(?:this|that|it)\s+(?:was|is|has\s+been)\s+(?:first\s+)?"
    r"(?:reported|said|announced|stated|confirmed|disclosed|revealed)\s+by\b",
    re.IGNORECASE,
)
#: Round 12 (rule ``inverted_source``): a name after these in a back reference ("This was reported
#: to X by ...") is a place or the addressee, never who speaks.
BACK_NOT_SOURCE_BEFORE = ("to", "in", "at")
#: Pronouns that name the latest person who asserted something ("..., he said").
PRONOUNS = ("he", "she")
#: Definite determiners before a source noun that refers back ("the statement", "the report").
DEFINITE = r"(?:the|this|that|its|their)"
#: A briefing by a source that the asserter reports ("told reporters after a briefing by the NIS").
BRIEFING_BY = re.compile(
    r"\b(?:after|following|at|during|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:briefing|hearing|meeting|session|presentation)\s+(?:by|of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
SOURCE_NOUNS = (
    "authors",
    "interview",
    "statement",
    "report",
    "briefing",
    "press conference",
    "post",
    "document",
    "note",
    "communique",
    "release",
)

#: Words that open an adverbial phrase between a reporting verb and its complementizer
#: ("acknowledged for the first time that", "ha confermato per la prima volta di").
ADVERBIAL_STARTS = (
    "on",
    "in",
    "at",
    "for",
    "last",
    "this",
    "earlier",
    "later",
    "also",
    "again",
    "publicly",
    "repeatedly",
    "previously",
    "yesterday",
    "today",
    "on monday",
    "during",
    "after",
    "before",
    "separately",
    "privately",
)
#: Words that open an adverbial after a closing reporting verb ("told reporters after a briefing").
LATER_STARTS = ("after", "following", "during", "at", "in", "on", "before")
#: An infinitive complement of a reporting verb ("ha ammesso di aver inviato"); never matches
#: where the language reports with a finite clause only.
INFINITIVE_COMPLEMENT = r"(?!)"

#: Reporting verbs whose addressee may stand before the complementizer ("told Putin that").
#: Round 57 (rule ``coordinated_reciprocal``): verbs by which two people hold a meeting together
#: ("A and B held a summit"), unlike "joined the talks".
LIGHT_VERBS = ("held", "had", "began", "started", "hold", "have")
#: Round 91 (`coordinated_reciprocal`): prepositions that set an act inside a talk ("A and B
#: agreed in a telephone call"): the two coordinated names talked with each other.
TALK_SETTING = ("in", "during")
#: Round 93 (`indirect_object`): verbs that take a recipient before what they give ("sent Putin a
#: message", "handed the envoy a letter"): the name right after them is the recipient.
DATIVE_VERBS = ("sent", "sends", "send", "gave", "gives", "give", "handed", "hands", "wished", "wishes")
#: Round 93 (`delegation_led_by`): the words that make a name the head of a delegation named
#: before it, and its title ("a delegation led by Deputy Foreign Minister X"): X stands where the
#: delegation is.
_LED_BY_TAIL = r"[^,;:.]{0,25}?\s+(?:led|headed)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}\Z"
LED_BY = re.compile(r"\b(?:delegation|team|mission)\b" + _LED_BY_TAIL, re.IGNORECASE)
#: Round 130 (`delegation_head`): from the end of a delegation's name to its head's name ("a
#: delegation of the X Church led by Archbishop Y").
LED_BY_AFTER = re.compile(_LED_BY_TAIL, re.IGNORECASE)
#: Round 130 (`delegation_of`): a delegation named by whose it is ("a delegation of the Russian
#: Orthodox Church", "a delegation from North Korea's Ministry of X", "a delegation of North Korean
#: filmmakers"): a capitalised run after "of" / "from", and a plural noun after a demonym.
DELEGATION_OF = re.compile(
    r"\bdelegation\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<owner>(?:[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on)(?:\s+the)?)?\s+)*[A-Z][\w'’.-]*)"
    r"(?:\s+(?:region|province|city|[a-z]{4,}(?:ers|ists|ants|ents|ials|ians|ors|ives|ets)\b))?"
    # the name ends where the sentence goes on: punctuation, a verb, a preposition
    r"(?=\s*[,.;:()]|\s*\Z|\s+(?:led|headed|which|who|that|has|have|had|is|was|were|are|will|would|"
    r"arrived|visited|returned|travelled|traveled|met|left|held|toured|to|in|at|on|for|from|and|with|"
    r"during|under|also)\b)"
)
#: Round 75 (`event_verb`): verbs that carry the event their object names ("paid a visit to X").
EVENT_VERBS = (
    "paid",
    "made",
    "began",
    "begun",
    "ended",
    "concluded",
    "opened",
    "started",
    "completed",
    "wrapped up",
    "held",
)
#: Round 47: a determiner or a possessive right before a reporting participle (-ed) makes it an
#: adjective of the noun after it ("its reported troop deployment"), never a reporting verb.
ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|this|these|those|our|whose)|['’]s)\s+\Z", re.IGNORECASE
)
#: Round 52: a preposition, determiner or quantifier right before an "-s" form with no "that"
#: after it makes it a plural noun ("to states", "the claims"), never a reporting verb.
NOUN_BEFORE_REPORT = re.compile(
    r"\b(?:to|of|for|with|from|among|between|the|these|those|many|some|all|other|several|its|their|his|her)\s+\Z",
    re.IGNORECASE,
)
ADDRESSEE_VERBS = ("told", "tells", "informed", "informs", "briefed", "assured", "assures")
#: Verbs of accusing: "X accused Y of supplying ...": X asserts, Y is the act's subject.
ACCUSE_VERBS = ("accused", "accuses", "accuse", "has accused", "have accused", "had accused")
#: What follows the accused: the act, as a gerund ("of supplying", "of having sent").
ACCUSED_OF = r"of\s+(?:having\s+)?\w+ing\b"
#: Round 12 (rule ``passive_accusation``): "X is accused of supplying ...", "has been accused by
#: Y of ...": an accusation in the passive names its act's subject before it and its accuser only
#: after "by" (group ``by``); without one the accusers are unnamed.
PASSIVE_ACCUSED = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been|being)\s+(?:also\s+|widely\s+|repeatedly\s+)?accused"
    r"(?:\s+(?P<by>by\s+[^.;:!?,]{1,60}?))?\s+(?:also\s+)?(?=of\s+(?:having\s+)?\w+ing\b)",
    re.IGNORECASE,
)
#: Round 22 (rule ``passive_report``): "X is estimated to have sent ...", "X is said to have ...":
#: unnamed people report the act, whose subject stands before the verb (round 26: "is believed to"
#: too, which also hedges it).
PASSIVE_REPORT = re.compile(
    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:also\s+|widely\s+|now\s+)?"
    r"(?:said|reported|estimated|thought|understood|believed)(?=\s+to\s+\w)",
    re.IGNORECASE,
)
#: Round 31: nouns that end like a past participle (none that matter in English).
PARTICIPLE_LOOKING_NOUNS = re.compile(r"(?!)")
#: Round 31 (rule ``troop_presence``, the place first): none in English ("in Russia there are
#: 10,000 troops" is rare; "there are 10,000 troops in Russia" is the usual order).
TROOP_PRESENCE_BEFORE = re.compile(r"(?!)")
#: Round 12 (rule ``purpose_clause``): a purpose infinitive after a verb of sending ("to train",
#: "in order to help"); "to" before a determiner, a number or a name is a destination.
PURPOSE_CLAUSE = re.compile(
    r"\b(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|more|about|"
    r"around|over|up|date|be|as|and|or)\b)[a-z]{3,}\b"
)
#: Round 21 (rule ``help_adjunct``): an adverbial of help before an aid noun ("with Russian help",
#: "with the help of X", "thanks to X's support"): the helper supports the clause's subject.
HELP_ADJUNCT = re.compile(r"\b(?:with|thanks\s+to)\s+(?:the\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,3}\Z", re.IGNORECASE)
AID_NOUNS = ("help", "support", "assistance", "backing", "aid")
#: Round 21 (rule ``person_cue``): a passive auxiliary right before a verb ("was received by"),
#: and a preposition that names a giver ("received a letter from X": X met nobody).
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
GIVER_PREPOSITIONS = re.compile(r"\bfrom\b", re.IGNORECASE)
PASSIVE_AGENT = re.compile(r"\bby\b", re.IGNORECASE)
#: Round 45 (rule ``state_territory``): nouns of a state's land after its demonym ("on Russian soil").
TERRITORY_NOUNS = ("territory", "soil")
#: Round 75 (`state_capital`): the noun of a capital a demonym qualifies ("the Russian capital").
CAPITAL_NOUNS = ("capital",)
#: Round 21 (rule ``troop_presence``): right after a force noun, words that place the force
#: ("8,000 soldiers are now in the Kursk region", "troops remain in", "troops stationed in"):
#: the common word "soldiers" then cues a deployment, not only mentions a force.
TROOP_PRESENCE = re.compile(
    r"\s+(?:(?:are|were|remain|remained|stay|stayed|have\s+been|had\s+been|are\s+being|were\s+being)\s+)?"
    r"(?:(?:now|still|already|currently|reportedly|also)\s+)?"
    r"(?:(?:present|stationed|positioned|based|deployed|fighting|operating|serving|massed|gathered|"
    r"training|working|employed|worked|work)\s+)?"  # round 111: workers placed where they work
    r"(?:in|inside|on\s+the\s+ground\s+in|near|along|on(?=\s+[^\W\d_]+\s+(?:"
    + "|".join(TERRITORY_NOUNS)
    + r")\b))\s",  # round 45: "on Russian soil"
    re.IGNORECASE,
)
#: English has no reported conditional: a source is never carried to the next sentence by mood.
REPORTED_CONDITIONAL = re.compile(r"(?!)")
#: A reported clause opening with a pronoun or with no subject: its subject is the asserter
#: ("said that it had sent", "ha confermato che ha inviato").
SUBJECT_IS_SPEAKER = re.compile(r"\s*(?:it|they|he|she|we)\s+(?!said|says|say|reported)\w", re.IGNORECASE)

# -- hedging and negation --------------------------------------------------------------------
HEDGING_CUES = (
    "may",
    "might",
    "could",
    "would",
    "alleged",
    "allegedly",
    "reportedly",
    "is believed",
    "are believed",
    "believed",
    "possibly",
    "likely",
    "probably",
    "suggest",
    "suggests",
    "accused",
    "appears",
    "seems",
    "believes",
    "estimates",
    "presumably",
    "apparently",
)
ATTRIBUTION_CUES = ("according to", "reported", "said", "citing", "says", "claimed", "stated", "told")
#: Round 11 (`inside_compound`): compound nouns whose words are no names of their own ("tank" in
#: "think tank" is no weapon).
COMPOUND_NOUNS = ("think tank", "think tanks", "think-tank", "think-tanks")
#: Round 100 (`inside_compound`): the opening of a sea's or a strait's name, whose state names no
#: party ("the Sea of Japan", "the Gulf of Mexico").
FEATURE_OF = re.compile(r"\b(?:Sea|Gulf|Bay|Strait|Straits)\s+of\s+(?:the\s+)?\Z")
#: Round 11 (`enemy_is_no_partner`): words before the side partners face.
ENEMY_BEFORE = ("against",)
#: Round 55 (rule ``pair_not_enemy``): a state named as where a war is fought or as the one
#: invaded ("the war in Ukraine", "the invasion of Ukraine") is never one of "the two countries";
#: a war's owner is ("Russia's war").
WAR_PLACE = re.compile(
    r"\b(?:(?:war|conflict)\s+(?:[^\W\d_]+['’]?\s+){0,3}?(?:in|against|on)"
    r"|(?:invasion|aggression)\s+(?:[^\W\d_]+['’]?\s+){0,3}?(?:in|of|against|on))\s*(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: Round 26 (rule ``force_is_no_destination``): a preposition between a verb of sending and a
#: force makes the force no object of the verb ("sent troops to fight alongside Russian forces").
ARGUMENT_PREPOSITION = re.compile(r"\b(?:to|in|into|at|for|with|alongside|against|on|from|of)\b", re.IGNORECASE)
#: Round 26 (rule ``purpose_not_object``): "use for its weapons": what follows names the purpose.
PURPOSE_FOR = re.compile(r"\bfor\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[a-z]+\s+){0,2}\Z", re.IGNORECASE)
#: Round 25 (rule ``not_if_aimed``): a preposition that aims a launch at a place ("at Ukraine").
AIMED_AT = ("at", "against", "on", "toward", "towards", "into")
#: Round 24 (rule ``enemy_not_destination``): a verb of fighting right before its enemy ("to fight
#: Ukrainian forces"); a word between ("fighting alongside Russia") makes it no enemy.
FIGHT_OBJECT = ("fight", "fighting", "fought", "battle", "battling", "attack", "attacking")
#: Round 11 (`open_question`): words that open a clause whose act is asked about or supposed, not
#: asserted ("is examining whether X transferred", "if X sends troops").
OPEN_CLAUSE = ("whether", "if", "in case")
#: Round 26 (rule ``free_choice``): "any aid that X may give", "whatever weapons X supplies": an
#: act in a free-choice relative is supposed, not reported.
FREE_CHOICE = re.compile(r"\b(?:any|whatever)\s+(?:[a-z]+\s+){0,3}?(?:(?:that|which)\s+)?[^,;:.!?()]*\Z", re.IGNORECASE)
OPEN_CLAUSE_NOT_AFTER: tuple[str, ...] = ()
OPEN_CLAUSE_NOT_BEFORE: tuple[str, ...] = ()
#: Intentions and expectations before an act: the act is announced, not done ("plans to send").
INTENT = (
    "plans to",
    "plan to",
    "planning to",
    "intends to",
    "intend to",
    "aims to",
    "aim to",
    "seeks to",
    "seek to",
    "seek",
    "seeking",
    "wants to",
    "want to",
    "hopes to",
    "hope to",
    "is expected to",
    "are expected to",
    "expected to",
    "prepares to",
    "preparing to",
    "is preparing to",
    "ready to",
    "threatened to",
    "threatens to",
    "vowed to",
    "promised to",
    "considering",
    "could soon",
    # round 39: "was due to vote on ratifying": scheduled, not done ("due to the war" is a cause)
    "is due to",
    "was due to",
    "are due to",
    "were due to",
)
#: Round 73: "yet to" ("China, which has yet to blame X"): the act has not happened.
#: Round 100 (`not_only`): a negation that adds ("not only supplies shells but also ...").
NOT_ONLY = r"\bnot\s+(?:only|just|merely|simply)\b"
NEGATIONS = (
    "not", "never", "without", "no", "nor", "neither", "denied", "denies", "deny", "n't", "yet to",
    # round 89: a ban names an act that is not to happen ("resolutions prohibit the transfer of arms")
    "prohibit", "prohibits", "prohibited", "prohibiting", "forbid", "forbids", "forbidding", "bans",
    # round 94: a request names an act that has not happened ("asked for an emergency meeting")
    "asked for", "requested",
    # round 96: a halt names an act that is not to go on ("agreed to halt fuel shipments")
    "halt", "halted", "halting", "suspend", "suspended", "suspending",
)  # fmt: skip

# -- clauses ---------------------------------------------------------------------------------
SUBORDINATORS = ("when", "while", "after", "before", "because", "although", "though", "since", "if", "as")
#: Round 69 (`cue_blockers`): words right before a cue's first word that make it another phrase
#: (folded tokens, keyed by that first word): "as part of" is a purpose, no membership.
CUE_BLOCKERS: dict[str, tuple[str, ...]] = {
    "part": ("as",),
    # round 101: "back" after a verb of motion or a phrasal verb is an adverb, no backing ("had gone
    # back to North Korea", "scaled back", "hit back at")
    "back": (
        "go",
        "goes",
        "going",
        "gone",
        "went",
        "come",
        "comes",
        "coming",
        "came",
        "get",
        "got",
        "getting",
        "sent",
        "send",
        "sending",
        "flew",
        "fly",
        "flying",
        "flown",
        "sailed",
        "headed",
        "head",
        "heading",
        "brought",
        "bring",
        "bringing",
        "way",
        "turned",
        "turn",
        "moved",
        "move",
        "returned",
        "travelled",
        "traveled",
        "pushed",
        "push",
        "pushing",
        "fought",
        "fight",
        "fighting",
        "hit",
        "hits",
        "hitting",
        "called",
        "call",
        "calling",
        "looked",
        "look",
        "looking",
        "pulled",
        "pull",
        "pulling",
        "stepped",
        "step",
        "cut",
        "cutting",
        "scaled",
        "scale",
        "scaling",
        "rolled",
        "roll",
        "rolling",
        "held",
        "hold",
        "holding",
        "paid",
        "pay",
        "paying",
        "dates",
        "dating",
        "dated",
        "date",
        "drove",
        "driven",
        "drive",
        "walked",
        "walk",
        "taken",
        "take",
        "took",
        "taking",
        "welcomed",
        "welcome",
        "ago",
        "far",
    ),
}
#: Round 138 (`attributive_participle`): a participle of sanctioning after an article, a possessive,
#: "of" or a verb of handling goods describes the goods or the people ("to acquire banned military
#: equipment", "its banned ballistic missile programme", "helping sanctioned entities"): no one
#: sanctions anyone there.
_BEFORE_ATTRIBUTIVE = (
    *("a", "an", "the", "its", "their", "his", "her", "of", "other", "any", "some", "these", "those"),
    *("acquire", "acquiring", "buy", "buying", "import", "importing", "export", "exporting", "ship"),
    *("shipping", "destroy", "confiscated", "seized", "smuggle", "smuggled", "smuggling", "sell"),
    *("selling", "supply", "supplying", "carry", "carrying", "help", "helping", "let", "lets"),
)
CUE_BLOCKERS.update(dict.fromkeys(("banned", "sanctioned", "blacklisted", "designated"), _BEFORE_ATTRIBUTIVE))
#: Round 142 (`noun_modifier`): words after a cue's one word that make it a noun's modifier, no
#: act ("a North Korean shipping company", "the French shipping group CMA CGM").
CUE_NEXT_BLOCKERS: dict[str, tuple[str, ...]] = {
    "letters": ("of",),  # round 146: "the letters of credence" are credentials, no message
    "shipping": (
        *("company", "companies", "firm", "firms", "group", "groups", "line", "lines", "agent", "agents"),
        *("agency", "industry", "documents", "records", "route", "routes", "lane", "lanes", "giant"),
        *("register", "registry", "magnate", "operator", "operators"),
    ),
}
#: Round 102 (`visitors_are_no_force`): what a verb of sending sends, a few words after it, when it is
#: a delegation, a team or performers ("ha inviato in Russia una delegazione"): no deployment.
VISITORS_SENT = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,3}?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[^\W\d_]+\s+)?(?:delegations?|teams?|athletes|artists|performers|orchestra|troupe|students)\b",
    re.IGNORECASE,
)
#: Round 102 (`targets_of_measures`): what follows a demonym when it qualifies the targets of a
#: measure (a list of adjectives may stand between: "North Korean and Russian firms").
TARGETS_AFTER_DEMONYM = re.compile(
    r"(?:\s*,?\s+(?:and|or)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:[a-z-]+\s+)?(?:firms?|compan(?:y|ies)|entities|"
    r"individuals|nationals|citizens|banks?|vessels|ships|officials|businesses|suppliers|traders|"
    # round 113 (`national_targets`): one national or ship a state's organs act against ("detained a
    # North Korean citizen", "seized a North Korean trawler")
    r"citizen|national|man|woman|men|women|workers?|fisherm[ae]n|sailors?|diplomats?|students?|vessel|ship|"
    r"trawlers?|boats?|freighters?|tankers?|"
    # round 123: a state's goods a measure bans ("bans imports of North Korean coal")
    r"coal|seafood|textiles|exports|imports|goods|products|iron\s+ore)\b"
)
#: Round 102 (`another_named_thing`): a complement after a common noun, up to its first word ("of
#: friendship", "di amicizia"): the word tells which thing of the kind the noun names.
COMPLEMENT_OPENING = re.compile(r"\s+(?:of|on|between|with)\s+(?:the\s+|a\s+|an\s+)?(?P<word>[^\W_]+)", re.IGNORECASE)
#: Round 101 (`state_organ`): nouns of a state's organs; its demonym beside them stands for the state
#: ("Russian authorities summoned ...", "il governo russo ha convocato ...").
STATE_ORGANS = (
    "government",
    "authorities",
    "administration",
    # round 113 (`national_targets`): the organs that stop, detain and seize ("Russian customs
    # officers have detained ...")
    "police",
    "customs",
    "border guards",
    "coast guard",
    # round 147: the organs that hold ships and arrest crews ("Angolan maritime authorities")
    "maritime authorities",
    "port authorities",
    "immigration officers",
    "immigration authorities",
    "immigration officials",
)
#: Round 101 (`adjective_role`): role nouns that are adjectives right before a name ("the official
#: KCNA news agency"): no office there.
ADJECTIVE_ROLES = ("official",)

#: Round 81 (`intermediary_no_party`): a channel before a name ("through the WFP", "via X").
THROUGH_BEFORE = re.compile(r"\b(?:through|via)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: Round 88 (`not_own`): a possessive of the subject's own right before the object ("froze its programme").
OWN_BEFORE = re.compile(r"\b(?:its|their|his|her)\s+\Z", re.IGNORECASE)
#: Round 81: nouns in -ing, no gerund ("a ministerial meeting on Ukraine").
ING_NOUNS = ("meeting", "meetings", "briefing", "briefings", "building", "buildings", "hearing", "gathering")

#: Round 62: a name after "border with" describes a place ("the area on the border with Ukraine"): it is no party
#: of the act the sentence tells.
BORDER_WITH = re.compile(r"\b(?:borders?|frontier)\s+with\s+(?:the\s+)?\Z", re.IGNORECASE)

#: Round 59 (`goods_list`): phrases that begin with a subordinator but join words, not clauses
#: ("1 million artillery shells, as well as short-range ballistic missiles").
SUBORDINATOR_EXCEPTIONS = ("as well as",)
RELATIVE_PRONOUNS = ("who", "which", "whom", "whose", "that")
#: Round 100: the relative pronouns that open a clause on a person named before them ("Shoigu, who ...").
PERSON_RELATIVES = ("who",)
#: Round 45 (rule ``speaker_in_adverbial_clause``): after a comma these open a clause with a
#: subject of its own ("..., where President X warned that"); a speaker named there speaks for
#: that clause only, not for the fact before the comma.
ADVERBIAL_OPENERS = ("where", "when", "while", "whereas", "after", "before", "because", "although", "though")
#: Words that name a partner in a joint act ("signed a treaty with B").
COMITATIVE = ("with", "together with", "alongside")
#: Round 15 (``participle_agent``): words opening a time or place adjunct that may stand between a
#: participle and its agent ("signed in June in Pyongyang by X").
ADJUNCT_OPENERS = ("in", "on", "at", "last", "this", "earlier")
# rule coordinated_act: "X met Y on Friday and said that ...": the report shares its subject
# with an act before "and"; the word after the subject must be able to open that act (a verb),
# so these function words after a name say it is no subject of its own clause
WH_WORDS = ("what", "how", "why", "where", "whether")  # open a clause of their own
COORDINATED_REPORT_JOIN = r"(?:,\s*)?\band\s*\Z"
#: Round 45 (rule ``shared_subject_report``): a reporting verb joined to an earlier report's content.
SHARED_REPORT_JOIN = r"(?:,\s*)?\b(?:and|but)\s+(?:also\s+)?\Z"
NOT_AFTER_SUBJECT = (
    "of", "and", "or", "in", "on", "at", "for", "from", "with", "to", "by", "the", "a", "an", "who",
    "which", "that", "whose", "as", "also", "spokesman", "spokeswoman", "officials", "official",
)  # fmt: skip
#: Stems of verbs of receiving: the giver follows "from" / "da" ("ricevuto obici dalla Corea").
RECEIVE_STEMS = r"receiv|obtain|acquir|purchas|bought|buy|procur|import"
#: Round 130 (`bought_in`): stems of verbs of buying; the state goods were bought "in" sold them.
PURCHASE_STEMS = r"bought|buy|purchas"
#: Round 132 (`done_by`): participles of doing after an act noun ("the visit paid by X"), and the
#: time words that may follow them ("two years ago").
#: Round 152 (`place_left`): a place right after a verb of leaving is where a journey starts, never
#: the subject of the act after it ("left Pyongyang on Tuesday bound for Cairo").
LEAVING_VERBS = ("left", "leaves", "leaving", "leave")
#: Round 148 (`appeal_cues`): an infinitive after the object of "called on": an appeal, no call paid.
APPEAL_INFINITIVE = re.compile(r"(?:[^.;:]|(?<=\b[A-Z])\.){0,90}?\bto\s+(?!the\b|a\b|an\b|its\b|his\b|her\b)[a-z]+\b")
DONE_PARTICIPLES = (
    *("paid", "made", "conducted", "undertaken"),
    *("imposed", "adopted", "approved", "introduced", "levied"),  # round 147 (`decided_by`)
)
AGO_UNITS = ("year", "years", "month", "months", "week", "weeks", "day", "days")
AGO_WORDS = ("ago", "before", "earlier")
#: Round 129 (`delegation_head`): the noun of a delegation.
DELEGATION_NOUN = "delegation"
#: Round 153 (`named_delegation`): lower-case words that say what kind of delegation a body sends
#: ("the North Korean government delegation", "a Workers' Party friendship delegation").
DELEGATION_KINDS = (
    "government",
    "parliamentary",
    "military",
    "party",
    "state",
    "trade",
    "economic",
    "friendship",
    "goodwill",
)
#: Round 143 (`target_link`): words that mark a measure's target before a genitive link (none in
#: English, whose "against" is no genitive).
TARGET_LINKS: tuple[str, ...] = ()
#: Round 138 (`no_apposition_verb`): auxiliaries, which open a clause after a name's comma, never an
#: apposition ("X, inviata del presidente Y, aveva comunicato": "aveva" does not describe Y).
AUXILIARY_VERBS = ("has", "have", "had", "is", "are", "was", "were", "will", "would", "been")
#: Round 136 (`ordinal_edition`): an ordinal right before an event's or a unit's name is part of
#: it ("the 12th Pyongyang International Film Festival", "the 225th Separate Assault Brigade").
EDITION_ORDINAL = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth)\s+",
    re.IGNORECASE,
)
#: Round 129 (`english_article`): prepositions before an indefinite article that opens a name's
#: phrase ("spoke at a Freedonia meeting"); English "A" alone is an article, no preposition.
PREPOSITION_BEFORE_ARTICLE = re.compile(
    r"\b(?:in|at|to|from|with|on|into|against|through|via)\s+an?\s+\Z", re.IGNORECASE
)
#: Nouns of places a state qualifies ("il porto nordcoreano di Rajin", "the Russian port of Dunay").
#: English finite verbs are not told from nouns by their ending ("supplies", "fights").
FINITE_VERB = re.compile(r"(?!)")
#: Administrative divisions: where one lies is background, not news ("Russia's Kursk region").
ADMIN_PLACE_NOUNS = ("region", "province", "district", "oblast", "regions", "provinces")
PLACE_NOUNS = ("port", "city", "town", "village", "region", "province", "district", "base", "oblast")
#: Prepositions that make the name after them a place ("in Ukraine", "nella regione di Kursk").
PLACE_PREPOSITIONS = ("in", "at", "inside", "within")
#: Where a meeting took place: a name after these is the place, never the partner ("met at X").
MEETING_PLACE_PREPOSITIONS = ("in", "at", "inside")
IN_RETURN = ("in exchange for", "in return for", "in exchange", "in return")

# -- titles ----------------------------------------------------------------------------------
LEADING_ROLES = (
    "president",
    "leader",
    "premier",
    "prime minister",
    "head",
    "chief",
    "director",
    "king",
    "queen",
    "secretary general",
    "chairman",
    "commander",
    # round 108: a region's and a city's heads ("Primorye Governor Oleg Kozhemyako", "Moscow Mayor X")
    "governor",
    "mayor",
)
POSITION_ROLES = (
    # round 116 (`consul_title`): a consul holds a post of the state whose mission he heads
    "consul general",
    "consul",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawmaker",
    "adviser",
    "advisor",
    "ambassador",
    "general",
    # round 67: military ranks title their holder as "general" does ("Rear Admiral Kim Myong Sik")
    "admiral",
    "colonel",
    "marshal",
    "lieutenant",
    "official",
    "researcher",
    "analyst",
    "secretary",
    "deputy",
    "vice-premier",  # round 153
    "vice premier",
    "prosecutor",
    "senator",
    "member",
    "chief of staff",
    "envoy",
    # round 103: envoys' titles of more than one word (ENVOY_ROLES)
    "deputy ambassador",
    "deputy envoy",
    "special envoy",
    "permanent representative",
    "deputy permanent representative",
)
#: Round 103 (`envoy_destination`): roles posted to another state, and what opens the place
#: they are posted to ("ambassador to North Korea", "envoy for North Korea"), which is no
#: qualifier of the post; TITLE_ADJECTIVES may stand between a state and its role ("Russia's
#: new ambassador").
ENVOY_ROLES = (
    "ambassador",
    "envoy",
    "ambassadors",
    "envoys",
    "deputy ambassador",
    "deputy envoy",
    "special envoy",
    "permanent representative",
    "deputy permanent representative",
    # round 118 (`consul_post`): consuls are posted to a city of another state ("North Korea's
    # consul general in Nakhodka, Im Chon Il")
    "consul general",
    "consul",
    "consuls",
)
ENVOY_DESTINATION = re.compile(r"\s+(?:to|in|at|for)\s+(?:the\s+)?", re.IGNORECASE)
TITLE_ADJECTIVES = ("new", "current", "outgoing", "incoming", "acting", "top", "special")
ROLE_LINKS = (
    "of",
    "the",
    "for",
    "and",
    "rear",  # round 67: "Rear Admiral", "Vice Marshal" ("vice" below)
    "defence",
    "defense",
    "foreign",
    "interior",
    "security",
    "national",
    "state",
    "affairs",
    "general",
    "staff",
    "military",
    "intelligence",
    "armed",
    "forces",
    "deputy",
    "vice",
)

#: Round 36 (`title_of_body`): a ministry's portfolio in a title names the state's own
#: government ("ministro della Difesa", "Foreign Minister"); any other word after a genitive
#: names a body the state owns ("del gruppo parlamentare", "of the General Staff"); the
#: state's own councils count as its government ("Consiglio di sicurezza", "Security Council").
TITLE_PORTFOLIOS = (
    "defence",
    "defense",
    "foreign",
    "interior",
    "home",
    "affairs",
    "economy",
    "economic",
    "finance",
    "justice",
    "education",
    "health",
    "trade",
    "industry",
    "energy",
    "transport",
    "culture",
    "labour",
    "labor",
    "agriculture",
    "development",
    "unification",
    "emergency",
    "emergencies",
    "treasury",
    "security",
    "state",
    "ministry",
    "government",
    "external",
    "relations",
    "council",
    "national",
    # round 96: more portfolios ("Sports Minister Oleg Matytsin", "the Oil Minister")
    "sport",
    "sports",
    "oil",
    "petroleum",
    "fisheries",
    "tourism",
    "science",
    "environment",
    "communications",
    "youth",
    "railways",
    # round 122: "Russia's Minister of Natural Resources, Alexander Kozlov"
    "natural",
    "resources",
    "ecology",
)
#: Roles whose complement is always a portfolio, whatever its words
#: ("Natural Resources Minister").
TITLE_MINISTERS = ("minister", "ministers")
#: Conjunctions that end one title and begin another ("il presidente X e il leader Y Kim").
TITLE_JOINS = ("and",)
#: Words after which a title's complement names what the role is in ("of", "del").
TITLE_OPENERS = (
    *GENITIVES,
    "for",
)
#: Words a title's complement may hold besides its body and portfolio: articles, conjunctions,
#: ranks ("First Vice Foreign Minister", "il generale").
TITLE_LINK_WORDS = (
    "the",
    "a",
    "an",
    "and",
    "for",
    "vice",
    "deputy",
    "first",
    "acting",
    "senior",
    "general",
)

#: Round 37 (`compound_head`): two items named as one noun phrase ("artillery munitions"): which of them
#: is the grammatical head (the other, the kind, is the item: round 72), and what joins them.
COMPOUND_HEAD = "last"
COMPOUND_LINK = r"\s+"

#: Round 59 (`goods_list`): what may stand between two items of a list of goods beyond a bare
#: "and": the first item's head noun ("artillery shells, as well as ..."), a vague count ("and
#: millions of artillery shells") and a modifier of the second ("short-range ballistic
#: missiles"); never a preposition (the goods' destination) or "other" ("and other weapons" sums
#: up, it adds no item).
ITEM_LIST_LINK = (
    r"(?:\s+(?!(?:to|from|for|into|in|at|by|with|via|of|on|that|which|who|were|was|are|is)\b)[a-z][a-z-]*){0,2}"
    r"\s*,?\s*(?:and|or|as\s+well\s+as|plus)\s+"
    r"(?:(?:millions|thousands|hundreds|dozens|scores|tens\s+of\s+thousands|large\s+quantities|large\s+numbers)\s+of\s+)?"
    r"(?:(?!other\b)[a-z][a-z-]*\s+)?"
)

#: Round 39 (`stem_false_friends`): words whose stem is a cue word's though they are other words:
#: "not to send" is no "note to" (a message).
STEM_FALSE_FRIENDS = ("not", "greetings", "ships")  # round 45: "greetings" (a message) is no "greeted" (a meeting);
#: round 101: "ships" (vessels: "North Korean ships had sailed home") is no "shipped"

# -- epithets and descriptions ---------------------------------------------------------------
#: Round 41 (`role_agrees`): epithets that name an office the article gives someone ("il
#: ministro"): they stand for the one named with it, never merely the person named most.
ROLE_EPITHETS = ("minister",)
EPITHETS = (
    (re.compile(r"\bthe\s+(?:leader|president|minister)\b(?!\s+of)", re.IGNORECASE), "Person"),
    (re.compile(r"\bthe\s+regime\b", re.IGNORECASE), "Country"),
    (re.compile(r"\b(?:the|this)\s+(?:facility|plant|site)\b", re.IGNORECASE), "Facility"),
    (
        re.compile(r"\b(?:the|this)\s+(?:treaty|agreement|deal|pact)\b(?!\s+(?:of|between|with))", re.IGNORECASE),
        "Agreement",
    ),
)
#: Definite descriptions of an article's sources and actors: the one of their kind the article
#: names most, wherever it names it ("citing the country's spy agency" before the NIS is named).
SALIENT_EPITHETS = (
    (
        re.compile(
            r"\b(?:the|its|this)\s+(?:country['’]s\s+|nation['’]s\s+)?(?:spy|intelligence)\s+(?:agency|service)\b",
            re.IGNORECASE,
        ),
        "IntelligenceService",
    ),
    (
        re.compile(r"\bthe\s+(?:newspaper|broadcaster|outlet|daily|news\s+agency)\b(?!\s+of)", re.IGNORECASE),
        "MediaOutlet",
    ),
    (re.compile(r"\bthe\s+agency\b(?!\s+of)", re.IGNORECASE), "MediaOutlet|IntelligenceService"),
    (re.compile(r"\bthe\s+(?:ministry|office|department)\b(?!\s+of)", re.IGNORECASE), "GovernmentBody"),
    # round 95: "the council voices deep concern": the council the article names
    (re.compile(r"\bthe\s+council\b(?!\s+of|['’]s\s+(?:president|presidency))", re.IGNORECASE), "GovernmentBody"),
    # round 129 (`delegation_head`): "the delegation met": the delegation the article names
    (re.compile(r"\bthe\s+delegation\b(?!\s+(?:of|from|led|headed))", re.IGNORECASE), "Organization"),
)
#: Round 38 (`head_agrees`): the head nouns of SALIENT_EPITHETS a body must be named with
#: ("the ministry" stands for a ministry the article names, never a council of the same type).
SALIENT_HEADS = ("ministry", "office", "department", "committee", "commission", "council", "delegation")
#: Round 103 (`region_anaphor`): "the region", "in the region" stand for the region named last
#: before them ("the Kursk region ... troops sent to the region"); REGION_HEADS are the words
#: that make a named place a region (beside or inside its name).
REGION_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:region|oblast|province)\b(?!\s+of\b)", re.IGNORECASE)
REGION_HEADS = ("region", "oblast", "province", "krai")
#: A compass noun standing for the state named after it: "the North" (North Korea), "the South";
#: round 28: its possessive too ("the North's shipments").
#: Round 54: compass words a state's one-word adjective may open with (none in English, which
#: writes "North Korean" in two words).
COMPASS_WORDS: tuple[str, ...] = ()
COMPASS_ANAPHOR = re.compile(r"\b(?i:the)\s+(?P<compass>North|South|East|West)\b(?!\s+[A-Z])(?!-)(?!['’](?![sS]\b))")
NAMED_LATER = (
    re.compile(
        r"\b(?:a|an)\s+(?:[^\W\d_]+\s+)?(?:plant|facility|factory|site|complex|base|centre|center|"
        r"group|unit|programme|program|agreement|system)\b",
        re.IGNORECASE,
    ),
    re.compile(r"[\s,]*(?:known\s+as|called|named|dubbed)\s+[\"“']?\s*\Z", re.IGNORECASE),
)
PAIR_ANAPHORS = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:countries|states|governments|allies)\b|\bbilateral\b", re.IGNORECASE
)
#: Round 154 (`people_pair`): plural descriptions of the two people named last ("the two leaders").
PEOPLE_PAIR_ANAPHORS = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:leaders|men|ministers|presidents|heads\s+of\s+state|officials)\b",
    re.IGNORECASE,
)
THE_COUNTRY = re.compile(r"\b(?:in|to|of|from)\s+the\s+country\b", re.IGNORECASE)

# -- quantities ------------------------------------------------------------------------------
BOUNDS = (
    ("more than", "at_least"),
    ("over", "at_least"),
    ("in excess of", "at_least"),
    ("at least", "at_least"),
    ("no fewer than", "at_least"),
    ("upwards of", "at_least"),
    ("up to", "at_most"),
    ("fewer than", "at_most"),
    ("less than", "at_most"),
    ("as many as", "at_most"),
    ("at most", "at_most"),
    ("no more than", "at_most"),
    ("about", "approx"),
    ("around", "approx"),
    ("approximately", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("some", "approx"),
    ("roughly", "approx"),
    ("an estimated", "approx"),
    ("estimated", "approx"),
)
#: Round 25: a number word that only makes a percentage (none in English: "40 percent").
PERCENT_BEFORE = re.compile(r"(?!)")
NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}  #: Compound number words (Italian "duecento"); English writes its compounds as separate words.
NUMBER_PARTS: dict[str, int] = {}
HUNDREDS: tuple[str, ...] = ()
THOUSANDS: tuple[str, ...] = ()

APPROX_NOUNS = {"dozen": 12, "score": 20}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "mln": 1e6,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
}
UNITS = {
    "soldiers": "soldiers",
    "soldier": "soldiers",
    "troops": "soldiers",
    "fighters": "soldiers",
    "servicemen": "soldiers",
    "men": "soldiers",
    "killed": "killed",
    "dead": "killed",
    "deaths": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "casualties": "casualties",
    "members": "members",
    "engineers": "engineers",
    "containers": "containers",
    "container": "containers",
    "dollars": "USD",
    "dollar": "USD",
    "usd": "USD",
    "$": "USD",
    "euros": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "days": "days",
    "day": "days",
    "months": "months",
    "years": "years",
    "tanks": "tanks",
    "tank": "tanks",
    "units": "units",
    "missiles": "missiles",
    "missile": "missiles",
    "drones": "drones",
    "shells": "shells",
    "rounds": "rounds",
    "workers": "workers",
    # round 114 (`loggers`): the trades North Korean labour abroad is counted in
    "loggers": "workers",
    "labourers": "workers",  # round 119
    "laborers": "workers",
    "lumberjacks": "workers",
    "people": "people",
    "civilians": "people",
    "tonnes": "tonnes",
    "tons": "tonnes",
    "howitzers": "howitzers",
    "launchers": "launchers",
    # round 25: "up to 40 percent of the ammunition", "40%": a share
    "percent": "percent",
    "per cent": "percent",
    "%": "percent",
    # round 22: "200 pieces of artillery", "rockets"
    "pieces": "pieces",
    "rockets": "rockets",
}
#: Who a casualty count may count besides forces ("300 civilians killed").
VICTIM_NOUNS = ("people", "civilians", "children", "men", "women", "victims", "prisoners", "persons")
#: Words that may follow a casualty count before its noun or verb ("600 of them", "1,000 were wounded").
COUNT_LINKS = ("of", "more", "other", "others", "are", "were", "have", "had", "and", "more")
#: A count of part of a force named before ("600 di loro", "600 of them").
#: Round 51 (rule ``suffered_count``): a verb of suffering right before a casualty count (a bound
#: may stand between): its subject names the victims.
SUFFERING_VERBS = re.compile(
    r"\b(?:suffered|sustained|incurred|taken|suffer|suffering)\s+"
    r"(?:(?:more\s+than|at\s+least|about|around|some|nearly|almost|over|up\s+to|roughly)\s+)?\Z",
    re.IGNORECASE,
)
OF_THEM = re.compile(r"\s*of\s+(?:them|those|whom)\b", re.IGNORECASE)
#: Round 22 (rule ``partitive_total``): "3,800 of the 12,000 soldiers ... killed": the second number
#: is the whole the first is part of, never a casualty count.
PARTITIVE_TOTAL = re.compile(
    r"\s*of\s+(?:the\s+|an\s+)?(?:(?:estimated|reported|some|about|around|roughly|nearly|more\s+than)\s+){0,2}"
    r"\d[\d.,\u202f\u00a0]*(?:\s*(?:thousand|million))?(?=\s)",
    re.IGNORECASE,
)
#: Round 61: a fraction of a total before its number ("a third of the 12,000 troops were killed"):
#: the number counts the whole force, not the victims, and the fraction gives no count.
FRACTION_BEFORE = re.compile(
    r"\b(?:(?:a|one|two)\s+(?:third|quarter|fifth|half)s?|half)\s+of\s+(?:the\s+|an\s+)?(?:[^\W\d_]+\s+){0,2}\Z",
    re.IGNORECASE,
)
#: Round 61: a count over the whole war ("since the start of the invasion") has no place of the
#: article's fighting (no place is taken from an earlier sentence).
WHOLE_WAR = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|invasion)\b", re.I)
CASUALTY_WORDS = {
    "killed": "killed",
    "dead": "killed",
    "died": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "killing": "killed",
    "injuring": "wounded",
    "wounding": "wounded",
    "casualties": "casualties",  # round 51: "suffered more than 6,000 casualties"
}

# -- dates -----------------------------------------------------------------------------------
#: Day names: never part of an entity name.
#: Round 100 (`time_gap`): words of time that may stand inside a cue of several words, beside the
#: weekdays ("è arrivata oggi a Mosca", "arrived on Monday in Seoul").
CUE_GAP_WORDS = ("today", "yesterday", "tonight", "already", "then", "also")
#: Words that stand inside a cue only before a word of time ("arrived on Monday in").
CUE_GAP_OPENERS = ("on",)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
DATE_FROM = r"(?:since|from|starting in|starting from)"
DATE_TO = r"(?:until|till|through|by|by the end of)"
DATE_AT = r"(?:in|on|during|in the month of|last|this|early|late|mid)"
FUTURE_MARKERS = re.compile(r"\b(?:by|next|within|will|coming|upcoming|expected\s+to|later\s+this)\b", re.IGNORECASE)
HISTORICAL = re.compile(
    r"(?:\bas\s+(?:it\s+did\s+)?in|\blike\s+in|\bback\s+in|\bas\s+early\s+as|\bsigned\s+in)\s*\Z"
    r"|\bfirst\b(?:\s+\w+){0,3}\s+since\s*\Z",
    re.IGNORECASE,
)

RELATIVE_YEARS = (("next year", 1), ("this year", 0), ("last year", -1), ("the previous year", -1))
END_OF = re.compile(
    r"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+\Z|\b(?:early|late|mid)[\s-]+\Z", re.IGNORECASE
)

# -- candidates ------------------------------------------------------------------------------
HEAD_TYPES = {
    "GovernmentBody": (
        "ministry",
        "office",
        "commission",
        "council",
        "parliament",
        "government",
        "department",
        "committee",
        "assembly",
        "presidency",
    ),
    "IntelligenceService": ("intelligence service", "intelligence agency", "spy agency", "military intelligence"),
    "MediaOutlet": ("news agency", "newspaper", "broadcaster", "times", "post", "journal", "tv", "radio"),
    "MilitaryUnit": ("army", "brigade", "regiment", "battalion", "division", "armed forces", "navy"),
    "Organization": ("party",),
}
#: Heads of descriptive names whose modifiers come before them (round 5: "a uranium enrichment
#: facility", "the military parade", "a nuclear test"), with the type the head gives.
QUALIFIED_HEADS = {
    "GovernmentBody": ("ministry", "committee", "office", "prosecutor's office"),
    "ResearchInstitute": ("institute",),
    "Facility": ("facility", "site", "bridge", "airfield", "airport", "terminal", "station", "monument", "resort"),
    "Event": ("parade", "ceremony", "concert", "summit", "test", "exercise", "exercises"),
    "Programme": ("plan",),
}
QUALIFIER_LINKS = ("of", "for", "on", "for the", "of the", "on the")
CAPITALISED_HEADS = ()
NAMED_AFTER_HEADS = ()
#: Round 119 (`place_title`): whether a place's name may stand right before a title and its holder
#: ("Primorsky Krai Governor Vladimir Miklushevsky"); Italian names it after ("il governatore del X").
PLACE_BEFORE_TITLE = True
#: Round 144 (`irregular_demonym`): adjectives of nationality no ending makes ("the French
#: Institute of International Relations", "Greek President X").
SHORT_DEMONYMS = ("French", "Dutch", "Greek", "Thai", "Swiss", "Czech", "Welsh")
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic")
#: English adjectives of nationality do not inflect (see :func:`graph.extract.pipeline.demonym_forms`).
DEMONYM_INFLECTIONS: tuple[tuple[str, ...], ...] = ()
#: How English turns a state's name into its adjective ("Korea" -> "Korean", "Ukraine" -> "Ukrainian").
DEMONYM_RULES = (("a", "an"), ("e", "ian"), ("", "ese"), ("", "ian"))
#: Compass words that may open a demonym ("North Korean").
COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central")

# -- round 7: new-entity candidates ------------------------------------------------------------
#: Abbreviated ranks and titles before a name ("Col. Gen. X", "Gen. X"): one token each, never a
#: sentence end, never part of the name.
TITLE_ABBREVIATIONS = ("gen.", "col.", "lt.", "maj.", "capt.", "adm.", "sgt.", "cpl.", "brig.", "gov.", "sen.", "rep.")
#: Second halves of a hyphenated modifier that opens a name and is no part of it
#: ("London-based X", "Soviet-era S-300").
NAME_MODIFIER_SUFFIXES = (
    "based",
    "era",
    "made",
    "built",
    "backed",
    "led",
    "run",
    "owned",
    "style",
    "funded",
    "designed",
    "produced",
    "supplied",
)
#: Institutions named by a possessor and a head ("South Korea's spy agency", "parliament's
#: intelligence committee", "Russia's Security Council") or by a demonym and a head ("the Russian
#: embassy in Washington", "Russian state media"): the head and the type it gives.
INSTITUTION_HEADS = {
    "GovernmentBody": (
        "ministry",
        "committee",
        "council",
        "office",
        "commission",
        "general staff",
        "mission",
        "embassy",
        "consulate",
        "government",
        "parliament",
        "cabinet",
    ),
    "MilitaryUnit": ("forces", "army", "navy", "air force", "fleet"),
    "MediaOutlet": ("media", "state media", "television", "state television", "outlets"),
    "Organization": ("delegation",),  # round 129 (`delegation_head`): "a North Korean delegation"
    # round 32 (``national_intelligence``): "South Korea's spy agency" is the service, not the state
    "IntelligenceService": ("spy agency", "intelligence service", "intelligence agency"),
}
#: Heads that describe a body only in lower case: capitalised ("South Korea's National
#: Intelligence Service") they end a name of its own, which the possessor does not join.
LOWER_CASE_HEADS = ("spy agency", "intelligence service", "intelligence agency")
#: Lower-case nouns that may own an institution ("parliament's intelligence committee").
POSSESSOR_NOUNS = ("parliament", "government", "army", "navy", "party", "military")
#: Heads a demonym qualifies into a name of its own ("South Korean media", "the Russian embassy in
#: X"); other heads after a demonym describe a body the article names ("the Russian ministry").
#: Round 32 (``national_intelligence``): a head a demonym alone makes the name of one body, with
#: the type it gives: "South Korean intelligence" is the South's intelligence service (as
#: "l'intelligence sudcoreana"), a source in its own name, not the state.
DEMONYM_ONLY_HEADS = {"intelligence": "IntelligenceService"}
DEMONYM_HEADS = (
    "delegation",  # round 129
    "media",
    "state media",
    "television",
    "state television",
    "outlets",
    "embassy",
    "consulate",
    # round 60: a portfolio makes one body of a ministry ("the Latvian foreign ministry said")
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "interior ministry",
    "presidential office",
    *DEMONYM_ONLY_HEADS,
)
#: Heads that name a body only after an elided article (Italian: see ``it.ARTICLE_HEADS``).
ARTICLE_HEADS: tuple[str, ...] = ()
#: Heads that need a complement to name one body ("mission to the United Nations").
COMPLEMENT_HEADS = ("mission", "embassy", "consulate")
#: A one-word name before these words is a news outlet ("the Interfax news agency").
OUTLET_AFTER_NAME = ("news agency", "news service", "newspaper", "daily", "broadcaster")
#: A one-word capitalised name after these words, closed by punctuation or a conjunction, is a
#: place ("near X, in the south-west", "based in X on the outskirts").
#: Round 68: prepositions of where forces come from ("moved from the Far East"): no destination.
ORIGIN_PREPOSITIONS = ("from",)
#: Round 65: what stands before a name in an agent phrase: a participle and "by" ("missiles supplied
#: by X"), or "and by" after another agent.
AGENT_PHRASE_BEFORE = re.compile(r"(?:\b[^\W\d_]+(?:ed|en)|\band)\s+by\s*(?:the\s+)?\Z", re.IGNORECASE)
NAME_PLACE_PREPOSITIONS = ("in", "near", "at", "to", "from", "on")
NAME_PLACE_CLOSERS = ("on", "in", "and")
#: An outlet noun before a name makes it an outlet ("the broadcaster NHK", "the newspaper Kommersant").
OUTLET_BEFORE_NAME = ("news agency", "broadcaster", "newspaper", "daily", "news outlet")
#: Place nouns written after the name in English ("the Kherson region", "North Phyongan province").
PLACE_AFTER_NAME = ("region", "province", "oblast", "district", "prefecture")
#: A complement that completes an institution's name ("mission to the United Nations",
#: "embassy in Washington").
INSTITUTION_COMPLEMENTS = ("to", "in")

# -- language detection and forces ------------------------------------------------------------
DETECT_WORDS = (
    "the",
    "and",
    "that",
    "of",
    "to",
    "is",
    "was",
    "for",
    "with",
    "has",
    "have",
    "said",
    "on",
    "by",
    "from",
    "were",
    "are",
    "its",
    "it",
    "which",
    "this",
    "at",
)
#: Passive auxiliaries before a participle ("have been sent", "sono stati schierati").
PASSIVE_AUX = r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|being|been|be)"
#: Phrases naming a rule an act breaks: the body behind the rule takes no part in the act.
BREACH_PHRASES = (
    "in breach of",
    "in violation of",
    "violating",
    "breaching",
    "in defiance of",
    "violates",
    "violate",
    "would violate",
    # round 41: the noun ("condemned it as a breach of several U.N. Security Council resolutions")
    "breach of",
    "breaches of",
    "violation of",
    "violations of",
    "violated",
)

#: Words before a title that make it an office held in the past ("former president").
FORMER_TITLE = ("former", "ex", "onetime", "erstwhile", "then")

FORCE_NOUNS = (
    "forces",
    "troops",
    "soldiers",
    "army",
    "military",
    "fighters",
    "units",
    "personnel",
    "servicemen",
    "engineers",
    "sappers",
    "deminers",
    "builders",
    "workers",
    # round 114 (`loggers`): workers named by their trade ("North Korean loggers in Russia")
    "loggers",
    "lumberjacks",
    "labourers",
    "laborers",
    "officers",
    "special forces",
    "armed forces",
    "commandos",
    "crews",
    "specialists",
    "instructors",
    "advisers",
    "advisors",
    "technicians",
)

# -- inflection --------------------------------------------------------------------------------
#: Irregular past and past-participle forms of the verbs news prose reports acts with, mapped to
#: their base; :func:`stem` stems the base by the regular rules, so every form of the verb meets
#: ("gave" -> give -> giv, like "gives" and "giving").
IRREGULAR = {
    "sent": "send",
    "fought": "fight",
    "gave": "give",
    "given": "give",
    "sold": "sell",
    "met": "meet",
    "led": "lead",
    "built": "build",
    "rebuilt": "rebuild",
    "bought": "buy",
    "brought": "bring",
    "took": "take",
    "taken": "take",
    "undertook": "undertake",
    "undertaken": "undertake",
    "paid": "pay",
    "repaid": "repay",
    "shot": "shoot",
    "won": "win",
    "held": "hold",
    "withheld": "withhold",
    "made": "make",
    "dealt": "deal",
    "struck": "strike",
    "stricken": "strike",
    "hit": "hit",
    "killed": "kill",
    "lost": "lose",
    "began": "begin",
    "begun": "begin",
    "sought": "seek",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "froze": "freeze",
    "frozen": "freeze",
    "oversaw": "oversee",
    "overseen": "oversee",
    "saw": "see",
    "seen": "see",
    "stood": "stand",
    "slain": "slay",
    "slew": "slay",
    "flew": "fly",
    "flown": "fly",
    "went": "go",
    "gone": "go",
    "came": "come",
    "become": "become",
    "became": "become",
    "told": "tell",
    "lent": "lend",
    "spent": "spend",
    "kept": "keep",
    "left": "leave",
    "fell": "fall",
    "fallen": "fall",
    "drew": "draw",
    "drawn": "draw",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "broke": "break",
    "broken": "break",
    "chose": "choose",
    "chosen": "choose",
    "threw": "throw",
    "thrown": "throw",
    "drove": "drive",
    "driven": "drive",
    "rose": "rise",
    "risen": "rise",
    "fled": "flee",
    "caught": "catch",
    "taught": "teach",
    "thought": "think",
    "felt": "feel",
    "swore": "swear",
    "sworn": "swear",
    "overran": "overrun",
    "forbade": "forbid",
    "forbidden": "forbid",
}
#: Forms whose regular cut would leave fewer than three letters ("used" would read as "us").
SHORT_FORMS = {
    "used": "use",
    "using": "use",
    "died": "die",
    "dying": "die",
    "lied": "lie",
    "lying": "lie",
    "flies": "fly",
    "tries": "try",
    "tried": "try",
    "spies": "spy",
    "spied": "spy",
}
#: Bases that end like an inflection and keep it ("embed" is no past of "emb").
BASES = frozenset({"embed", "embeds", "shed", "sheds"})
#: Suffixes cut from a word (longest first), with what replaces them: "supplies" -> "supply".
SUFFIXES = (("ings", ""), ("ing", ""), ("ied", "y"), ("ies", "y"), ("ier", "y"), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """The stem of an English word form, by :data:`IRREGULAR`, :data:`SUFFIXES` and spelling
    rules, the same for every form of a verb: base, -s, -ing, past and past participle.

    An irregular form is stemmed as its base ("gave" -> give -> giv, like "giving"). After the
    suffix, a final silent e goes ("provide", "provided" -> provid; "agree", "agreed" -> agr) and
    a doubled final consonant is made single ("shipped", "committed", "travelled" -> ship, commit,
    travel); "ss" stays ("assessed" -> assess). A stem shorter than three letters keeps the word
    whole, unless :data:`SHORT_FORMS` names its base ("used" -> use).

    >>> [stem(w) for w in ("deployed", "deploying", "supplying", "supplies", "shipped", "provides", "fought")]
    ['deploy', 'deploy', 'supply', 'supply', 'ship', 'provid', 'fight']
    >>> [stem(w) for w in ("give", "gives", "giving", "gave", "given")]
    ['giv', 'giv', 'giv', 'giv', 'giv']
    """
    word = IRREGULAR.get(word) or SHORT_FORMS.get(word) or word
    if len(word) < 4 or not word.isalpha():
        return word
    base = word.removesuffix("s") if word in BASES else word
    for suffix, repl in () if word in BASES else SUFFIXES:
        if (
            word.endswith(suffix)
            and len(word) - len(suffix) >= 3
            and not word.endswith("ss")
            and not (suffix == "s" and word.endswith(("us", "is")))
        ):
            base = word[: -len(suffix)] + repl
            break
    if base.endswith("eed"):
        base = base[:-1]  # "agreed" and "exceed" alike: agree, excee
    while base.endswith("e") and len(base) >= 4:
        base = base[:-1]  # provide / provided / providing -> provid
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiousy" and base[-1].isalpha():
        base = base[:-1]  # shipped / shipping -> ship; travelled -> travel
    return base if len(base) >= 3 else word


#: Round 35 (``experiencer_first``): active verbs whose subject causes the feeling and whose object
#: feels it ("the drills worried Tokyo": Tokyo is concerned about the drills).
CAUSATIVE_FEELING = ("worried", "worries", "alarmed", "alarms", "troubled", "troubles")
#: Words between a feeling's experiencer and the cue that make the cue an adjective of state ("was
#: worried", "are deeply alarmed"): then the subject feels.
FEELING_STATE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|feel|feels|felt|remain|remains|remained|grew|grow|got|get|seemed|seems|appeared|became|become)\b",
    re.IGNORECASE,
)

#: Words that open an adjunct of time around an act ("dopo", "after"): ACT_ADJUNCT, ADJUNCT_OPENING.
_ADJUNCT_OPENERS = r"(?:after|following|during|at\s+the\s+end\s+of)"
#: Round 108 (`speaker_adjunct`): an adjunct of time opening an act noun or gerund in the reporting
#: clause ("X said after talks with Y that ...", "After meeting Y, X said"): the act is the
#: speaker's own, told in the article's voice.
ACT_ADJUNCT = re.compile(
    rf"(?<![\w'’]){_ADJUNCT_OPENERS}\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[^\W\d_]+\s+)?\Z",
    re.IGNORECASE,
)
#: Round 108 (`speaker_adjunct`): the partner of a meeting in such an adjunct ("talks with Y").
ADJUNCT_PARTNER = re.compile(r"\bwith\b", re.IGNORECASE)

#: Round 108 (`recurring_name`): common nouns news prose writes with a capital ("the two States").
COMMON_CAPITALISED = ("state", "states")

#: Round 108 (`presupposed`): what a source's statement takes as known, in the article's voice: a
#: temporal adjunct ("grew after Kim Jong Un met Vladimir Putin", "since the summit") or an
#: agreement named by its signing ("the defence pact signed by Russia and North Korea").
PRESUPPOSING = re.compile(r"\b(?:after|since|following)\s+[^,;:.()\"“”]{0,80}\Z", re.IGNORECASE)
PRESUPPOSED_PARTICIPLE = re.compile(
    r"\b(?:pact|treaty|agreement|accord|deal|partnership|protocol|memorandum)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE
)

#: Round 108 (`state_port`): a state's port named by its adjective ("to Russian ports", "nei porti
#: russi") is the state as the place goods go to.
#: Round 111 (`place_then_holder`): words before a title's one-word place or outlet besides the
#: title's openers ("told the Korea Herald ...").
HOLDER_LINKS = ("the", "to")
HOLDER_ROLES = ("representative", "correspondent", "commissioner")
PORT_NOUNS = ("port", "ports", "harbour", "harbor")
#: Round 108 (`maker_of_goods`): transfer nouns a maker's adjective and a goods word may precede
#: ("Russian fuel deliveries", "North Korean coal exports").
TRANSFER_NOUNS = ("deliveries", "delivery", "exports", "shipments", "shipment", "supplies", "sales", "transfers")

#: Round 108: the heads of a region or a city (LEADING_ROLES), who never lead the state their
#: place is in ("Moscow Mayor Yuri Luzhkov", "il governatore del Primorye").
LOCAL_ROLES = ("governor", "mayor")
#: Round 124 (`people_after_cue`): what may stand between a verb of work and the people after it when
#: the place comes first, and the preposition that opens the place; English puts the people first
#: ("North Koreans work in"): None.
PEOPLE_AFTER_CUE: re.Pattern | None = None
PLACE_PREPOSITION_BEFORE: re.Pattern | None = None  # read only with PEOPLE_AFTER_CUE
#: Round 120 (`people_act`): what opens a plural of a state's adjective that names its people
#: before their act ("circa 300 nordcoreani", "i russi"); None where the plural is a noun of its own.
PEOPLE_OPENER: re.Pattern | None = None
#: Round 115 (`people_cue`): what may stand between a state's people and a verb of work ("North
#: Koreans were officially working in").
PEOPLE_BEFORE_CUE = re.compile(
    r"\s+(?:(?:who|were|are|was|is|have|has|had|been|officially|still|now|also|legally|reportedly)\s+){0,3}",
    re.IGNORECASE,
)
#: Round 114 (`contrast_clause`): a comma and a contrasting conjunction open a clause of its own.
CONTRAST_CLAUSE = re.compile(r",\s*(?:while|whereas)\s", re.IGNORECASE)
#: Round 113 (`adjunct_ends_speaker`): where an adjunct of time opens after the speaker of a
#: back-reference with no comma ("X said so after talks with Y"): the speaker's phrase ends there.
ADJUNCT_OPENING = re.compile(rf"\s+{_ADJUNCT_OPENERS}\s", re.IGNORECASE)
#: Round 126 (`targets_of_measures`): a count right before a people named by its adjective ("have
#: detained 87 North Koreans"): the people counted are a measure's target.
COUNT_BEFORE_PEOPLE = re.compile(r"(?:\b\d[\d.,]*|\b(?:dozens|hundreds|thousands)\s+of)\s+\Z", re.IGNORECASE)
#: Round 127 (`none_given`): a cue whose object opens with "no" gives none ("sent no troops",
#: "supplied no oil at all"); a bound is no negation ("no fewer than 10,000", "no more than").
NONE_GIVEN = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?no\s+(?!(?:fewer|less|more|longer|later|sooner|doubt)\b)[a-z]", re.IGNORECASE
)
#: Round 123 (`not_yet_done`): a prospect right before an act's cue ("close to signing", "hopes to
#: sign", "is set to sign"): the act is not done yet.
PROSPECT_BEFORE = re.compile(
    r"\b(?:close\s+to|hopes?\s+to|hoping\s+to|plans?\s+to|planning\s+to|set\s+to|ready\s+to|about\s+to|"
    r"intends?\s+to|wants?\s+to|expected\s+to|preparing\s+to|prepares?\s+to|seeks?\s+to|aims?\s+to|"
    r"would|will|shall)\s+(?:\w+\s+){0,1}\Z",
    re.IGNORECASE,
)
#: Round 120 (`words_are_no_goods`): what a verb of giving or receiving moves when it moves only
#: words ("Moscow received an explanation from Pyongyang", "gave assurances"): no goods.
WORDS_GIVEN = re.compile(
    r"\s+(?:[\w'’]+\s+){0,3}?(?<!in\s)(?<!as\s)(?:explanations?|repl(?:y|ies)|responses?|answers?|assurances?|guarantees?|"
    r"invitations?|requests?|clarifications?|confirmation)\b",
    re.IGNORECASE,
)
#: Round 109 (`asked_anonymity`): what a source asks for when it asks not to be named ("an official,
#: who asked for anonymity", "requested anonymity"): no act of ordering or asking.
ANONYMITY_AFTER = re.compile(r"\s*(?:for\s+)?(?:anonymity|not\s+to\s+be\s+(?:named|identified))\b", re.IGNORECASE)
#: Round 111 (`numbered_talks`): talks named by how many take part ("the six-party talks", "the
#: four-nation nuclear negotiations"): one event, a multilateral format.
NUMBERED_TALKS = re.compile(
    r"(?<![\w'’-])(?P<n>three|four|five|six|seven|eight)-(?:party|nation|way|country)"
    r"(?:\s+(?:nuclear|disarmament|denuclearization|denuclearisation|security))?"
    r"\s+(?:talks|negotiations|process|format|forum)(?![\w'’])",
    re.IGNORECASE,
)


def demonym_plural(form: str) -> str | None:
    """Round 111 (`plural_demonym`): the plural of a demonym that names a state's people, or None
    when English writes none ("Chinese", "French", "Swiss").

    >>> demonym_plural("North Korean"), demonym_plural("Iraqi"), demonym_plural("Chinese")
    ('North Koreans', 'Iraqis', None)
    """
    return None if form.endswith(("ese", "sh", "ch", "s", "x", "z")) else form + "s"
