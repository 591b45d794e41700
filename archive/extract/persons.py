"""Person mentions: named people, their aliases, titles and countries.

No statistical model: rules over runs of capitalised tokens. A run is cut into
name segments at honorifics, titles and non-name words (months, organisation
nouns, places, sentence openers); multi-word segments are names, single words
need support (a title or honorific before them, a speech verb after them, or a
fuller name of the same person elsewhere). Mentions are merged into persons by
shared surname / given name; titles and the represented country come from the
words around a mention (pre-name title phrases and appositions).

Public helpers (stable names, used by other extraction stages):

- ``find_persons(doc, sentences, countries)``: the persons of one article.
- ``mention_index(persons)``: (start, end, person index) of every mention,
  sorted by start.
- ``person_at(persons, start, end)``: index of the person whose mention
  overlaps the span, else ``None``.
- ``TITLE_HEADS``: lower-case head nouns of roles ("minister", "spokesman").
- ``SPEECH_VERBS``: reporting verbs ("said", "told") used as name evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.extract.gazetteer import (
    is_country_name,
    lookup_city,
    lookup_country_word,
)
from archive.extract.records import CountryMention, Person, PersonMention, TitleMention
from archive.extract.text import Sentence

# ---------------------------------------------------------------------------
# Lexicons (general knowledge of news language)
# ---------------------------------------------------------------------------

HONORIFICS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "Professor",
        "Sir",
        "Dame",
        "Mme",
        "Mister",
        "Messrs",
        "Excellency",
        "Madam",
        "Madame",
        "Monsieur",
        "Herr",
        "Frau",
        "Senor",
        "Señor",
        "Lord",
        "Lady",
    ]
)
# Religious or customary honorifics kept in the name when always used with it.
KEEP_HONORIFICS = frozenset(["Sheikh", "Shaikh", "Sheik", "Mullah", "Mulla", "Haji", "Hajji", "Maulana"])

# Lower-case head nouns of roles; a title phrase must contain one.
TITLE_HEADS = frozenset(
    [
        "president",
        "vice-president",
        "president-elect",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "amir",
        "sultan",
        "chancellor",
        "premier",
        "governor",
        "mayor",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "commander",
        "general",
        "director",
        "adviser",
        "advisor",
        "aide",
        "negotiator",
        "secretary-general",
        "official",
        "diplomat",
        "editor",
        "correspondent",
        "analyst",
        "fellow",
        "scholar",
        "professor",
        "researcher",
        "expert",
        "monarch",
        "speaker",
        "chief",
        "head",
        "member",
        "judge",
        "justice",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "ayatollah",
        "attorney",
        "lawyer",
        "spy",
        "worker",
        "activist",
        "journalist",
        "reporter",
        "candidate",
        "nominee",
        "founder",
        "ceo",
        "executive",
        "coordinator",
        "counsellor",
        "councillor",
        "consul",
        "attache",
        "delegate",
        "deputy",
        "lawmaker",
        "legislator",
        "politician",
        "dictator",
        "strongman",
        "ruler",
        "mp",
        "governor-general",
        "lieutenant",
        "colonel",
        "captain",
        "major",
        "admiral",
        "marshal",
        "sergeant",
        "officer",
        "undersecretary",
        "under-secretary",
        "czar",
        "tsar",
        "emissary",
        "ombudsman",
        "commissioner",
        "administrator",
        "superintendent",
        "president-elect",
        "vice-chairman",
        "co-chairman",
        "prosecutor",
        "minister-president",
        "taoiseach",
        "crown-prince",
    ]
)
# Words that may precede or join a head inside a title ("deputy national security").
TITLE_MODIFIERS = frozenset(
    [
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "trade",
        "state",
        "national",
        "security",
        "press",
        "senior",
        "chief",
        "special",
        "deputy",
        "vice",
        "prime",
        "first",
        "general",
        "supreme",
        "crown",
        "acting",
        "interim",
        "former",
        "foreign-policy",
        "policy",
        "economic",
        "military",
        "executive",
        "assistant",
        "principal",
        "top",
        "permanent",
        "high",
        "lead",
        "ranking",
        "political",
        "cabinet",
        "home",
        "justice",
        "health",
        "energy",
        "commerce",
        "agriculture",
        "labor",
        "labour",
        "education",
        "information",
        "culture",
        "environment",
        "transport",
        "treasury",
        "homeland",
        "intelligence",
        "affairs",
        "relations",
        "international",
        "public",
        "private",
        "personal",
        "regional",
        "external",
        "internal",
        "parliamentary",
        "opposition",
        "majority",
        "minority",
        "presidential",
        "royal",
        "grand",
        "great",
        "joint",
        "associate",
        "managing",
        "research",
        "communications",
        "development",
        "planning",
        "petroleum",
        "oil",
        "industry",
        "science",
        "technology",
        "social",
        "welfare",
        "immigration",
        "tourism",
        "sports",
        "youth",
        "women",
        "water",
        "power",
        "mines",
        "legal",
        "naval",
        "air",
        "army",
        "armed",
        "forces",
    ]
)
COUNTERPART = frozenset({"counterpart", "counterparts"})
KIN_WORDS = frozenset(
    [
        "brother",
        "sister",
        "wife",
        "husband",
        "son",
        "daughter",
        "father",
        "mother",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "girlfriend",
        "boyfriend",
        "widow",
        "widower",
        "fiancee",
        "fiance",
        "grandson",
        "granddaughter",
        "grandfather",
        "grandmother",
    ]
)
SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "tells",
        "added",
        "adds",
        "stated",
        "states",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "asked",
        "asks",
        "argued",
        "argues",
        "noted",
        "notes",
        "insisted",
        "insists",
        "explained",
        "explains",
        "declared",
        "declares",
        "announced",
        "announces",
        "urged",
        "urges",
        "warned",
        "warns",
        "stressed",
        "stresses",
        "replied",
        "replies",
        "recalled",
        "recalls",
        "acknowledged",
        "acknowledges",
        "admitted",
        "admits",
        "claimed",
        "claims",
        "suggested",
        "suggests",
        "complained",
        "complains",
        "agreed",
        "agrees",
        "met",
        "meets",
        "visited",
        "visits",
        "spoke",
        "speaks",
        "called",
        "calls",
        "signed",
        "signs",
        "promised",
        "promises",
        "vowed",
        "vows",
        "praised",
        "praises",
        "criticized",
        "criticised",
        "criticizes",
        "criticises",
        "responded",
        "responds",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "expressed",
        "expresses",
        "reiterated",
        "reiterates",
        "emphasized",
        "emphasised",
        "highlighted",
        "underlined",
        "welcomed",
        "welcomes",
        "condemned",
        "condemns",
        "thanked",
        "thanks",
        "discussed",
        "discusses",
        "arrived",
        "arrives",
        "left",
        "leaves",
        "returned",
        "returns",
    ]
)
NAME_PARTICLES = frozenset(
    [
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "du",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "la",
        "le",
        "ter",
        "zu",
        "y",
    ]
)
SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Capitalised words that are not (parts of) personal names.
_NON_NAME = [
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "To",
    "From",
    "For",
    "Of",
    "By",
    "With",
    "And",
    "But",
    "Or",
    "As",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "While",
    "When",
    "Where",
    "If",
    "Although",
    "Though",
    "Because",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "This",
    "That",
    "These",
    "Those",
    "Both",
    "Some",
    "Many",
    "Most",
    "All",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "We",
    "They",
    "He",
    "She",
    "It",
    "I",
    "You",
    "Who",
    "What",
    "Which",
    "Why",
    "How",
    "There",
    "Here",
    "Then",
    "Now",
    "Yet",
    "Still",
    "Also",
    "Even",
    "Such",
    "No",
    "Not",
    "Nor",
    "So",
    "Thus",
    "Today",
    "Tomorrow",
    "Yesterday",
    "Tonight",
    "However",
    "Moreover",
    "Instead",
    "Under",
    "Over",
    "Between",
    "Among",
    "Amid",
    "Against",
    "Despite",
    "Without",
    "Within",
    "Through",
    "Throughout",
    "Into",
    "About",
    "Above",
    "Below",
    "Upon",
    "Via",
    "Per",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "New",
    "Year",
    "Day",
    "Week",
    "Ministry",
    "Office",
    "Council",
    "University",
    "Party",
    "Department",
    "Committee",
    "Senate",
    "House",
    "Congress",
    "Parliament",
    "Assembly",
    "Commission",
    "Agency",
    "Bank",
    "Fund",
    "Court",
    "Union",
    "Forces",
    "Force",
    "Army",
    "Navy",
    "Air",
    "Institute",
    "Foundation",
    "Center",
    "Centre",
    "Association",
    "Organization",
    "Organisation",
    "Group",
    "Company",
    "Corp",
    "Corporation",
    "Inc",
    "Ltd",
    "News",
    "Times",
    "Post",
    "Press",
    "Service",
    "Services",
    "Airport",
    "Palace",
    "Hall",
    "Street",
    "Square",
    "Base",
    "Summit",
    "Conference",
    "Forum",
    "Treaty",
    "Accord",
    "Accords",
    "Agreement",
    "Initiative",
    "Program",
    "Programme",
    "Plan",
    "Doctrine",
    "Act",
    "Law",
    "War",
    "Revolution",
    "Republic",
    "Kingdom",
    "State",
    "States",
    "Islamic",
    "Democratic",
    "Liberation",
    "Front",
    "Movement",
    "Taliban",
    "Government",
    "Administration",
    "Cabinet",
    "Embassy",
    "Consulate",
    "Mission",
    "Station",
    "Port",
    "Island",
    "Islands",
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Valley",
    "Sea",
    "Ocean",
    "Gulf",
    "Bay",
    "Strait",
    "Canal",
    "Peninsula",
    "Province",
    "County",
    "City",
    "District",
    "Region",
    "Territory",
    "Zone",
    "Camp",
    "Fort",
    "Mount",
    "Cape",
    "Saint",
    "St",
    "San",
    "Santa",
    "Sao",
    "Club",
    "Hotel",
    "Avenue",
    "Road",
    "Bridge",
    "Tower",
    "Stadium",
    "Park",
    "Prize",
    "Award",
    "Peace",
    "Project",
    "Network",
    "Channel",
    "Broadcasting",
    "Radio",
    "TV",
    "Television",
    "Agency",
    "Association",
    "Society",
    "League",
    "Federation",
    "Alliance",
    "Coalition",
    "Brigade",
    "Division",
    "School",
    "College",
    "Academy",
    "Hospital",
    "Church",
    "Mosque",
    "Temple",
    "Museum",
    "Library",
    "Tribunal",
    "Authority",
    "Board",
    "Bureau",
    "Corps",
    "Guard",
    "Police",
    "Marines",
    "Fleet",
    "Duma",
    "Security",
    "Affairs",
    "Relations",
    "Foreign",
    "National",
    "International",
    "Global",
    "World",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "North",
    "South",
    "East",
    "West",
    "Middle",
    "Central",
    "Greater",
    "Upper",
    "Lower",
    "Asia",
    "Africa",
    "Europe",
    "America",
    "Americas",
    "Pacific",
    "Atlantic",
    "Arctic",
    "Antarctic",
    "Mediterranean",
    "Caribbean",
    "Balkans",
    "Gulf",
    "Levant",
    "Arab",
    "Arabs",
    "Muslim",
    "Muslims",
    "Islam",
    "Islamist",
    "Christian",
    "Christians",
    "Jewish",
    "Jews",
    "Sunni",
    "Shia",
    "Shiite",
    "Kurdish",
    "Kurds",
    "Hindu",
    "Buddhist",
    "Catholic",
    "Protestant",
    "Orthodox",
    "Communist",
    "Communists",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Labour",
    "Conservative",
    "Conservatives",
    "Liberal",
    "Liberals",
    "Socialist",
    "Green",
    "Greens",
    "God",
    "Allah",
    "Prophet",
    "Internet",
    "Web",
    "Twitter",
    "Facebook",
    "YouTube",
    "Google",
    "Reuters",
    "AP",
    "AFP",
    "Xinhua",
    "Bloomberg",
    "CNN",
    "BBC",
    "NPR",
    "Getty",
    "Images",
    "Image",
    "Photo",
    "Video",
    "Read",
    "More",
    "Story",
    "Highlights",
    "Source",
    "Agencies",
    "Editor",
    "Editing",
    "Reporting",
    "Writing",
    "Additional",
    "English",
    "Arabic",
    "Urdu",
    "Persian",
    "Hebrew",
    "Spanish",
    "Latin",
    "Cold",
    "Civil",
    "Second",
    "First",
    "Third",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Hundred",
    "Thousand",
    "Million",
    "Billion",
    "Please",
    "Thank",
    "Thanks",
    "Yes",
    "Oh",
    "Well",
    "Okay",
    "OK",
    "Mideast",
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Sgt",
    "Adm",
    "Cmdr",
    "Gov",
    "Pres",
    "Rep",
    "Sen",
    "Hon",
    "Rev",
    "Brig",
    "Amb",
    "Sec",
    "Secretary",
    "General",
    "Minister",
    "President",
    "Prime",
    "Vice",
    "Deputy",
    "Chief",
    "Special",
    "Representative",
    "Ambassador",
    "Envoy",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emir",
    "Sultan",
    "Crown",
    "Chancellor",
    "Premier",
    "Governor",
    "Mayor",
    "Senator",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Leader",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Director",
    "Adviser",
    "Advisor",
    "Commander",
    "Secretary-General",
    "Vice-President",
    "President-elect",
    "Pope",
    "Ayatollah",
    "Speaker",
    "Justice",
    "Judge",
    "Counsellor",
    "Consul",
    "Minister-President",
    "Monarch",
    "Majesty",
    "Highness",
    "Excellency",
    "Officials",
    "Official",
    "Sources",
    "Source",
    "Elysee",
    "Kremlin",
    "Pentagon",
    "Capitol",
    "Wadi",
    "Jebel",
    "Rio",
    "Plaza",
    "Casa",
    "Palacio",
    "Al",
    "Qaeda",
    "Hezbollah",
    "Hamas",
    "Jazeera",
    "Shabaab",
    "Haram",
    "Boko",
    "ISIS",
    "ISIL",
    "Daesh",
    "NATO",
    "UN",
    "EU",
    "Brexit",
    "Covid",
    "Coronavirus",
    "Euro",
    "Dollar",
    "Dollars",
    "Yuan",
    "Yen",
    "Rupee",
    "Rupees",
    "Ruble",
    "Rubles",
    "Pound",
    "Pounds",
    "Oscar",
    "Olympics",
    "Olympic",
    "Games",
    "Cup",
    "Grand",
    "Nato",
    "Defense",
    "Defence",
    "Interior",
    "Treasury",
    "Commerce",
    "Energy",
    "Homeland",
    "Agriculture",
    "Labor",
    "Education",
    "Health",
    "Transport",
    "Transportation",
    "Veterans",
    "Finance",
    "Trade",
    "European",
    "African",
    "Asian",
    "Arab",
    "Hispanic",
    "Latino",
    "Latinos",
    "Hutu",
    "Hutus",
    "Tutsi",
    "Tutsis",
    "Pashtun",
    "Pashtuns",
    "Baloch",
    "Uighur",
    "Uighurs",
    "Uyghur",
    "Uyghurs",
    "Rohingya",
    "Shiites",
    "Sunnis",
    "Alawite",
    "Alawites",
    "Druze",
    "Bedouin",
    "Kurd",
    "Community",
    "Communities",
    "Economic",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sir",
    "Korea",
    "Koreas",
    "Congo",
    "Guinea",
    "Sudan",
    "Emirates",
    "Gulf",
    "Horn",
    "Sahel",
    "Maghreb",
    "Caucasus",
    "Balkan",
    "Baltic",
    "Nordic",
    "Scandinavian",
    "Slavic",
    "Anglo",
    "Franco",
    "Sino",
    "Indo",
    "Afro",
    "Euro",
    "Soviet",
    "Soviets",
    "Ottoman",
    "Persian",
    "Byzantine",
    "Roman",
    "Greek",
    "Latin",
    "Pacific",
    "Netherlands",
    "Philippines",
    "Bahamas",
    "Maldives",
    "Seychelles",
]
# Company-name words ("X Motor", "Y Co.", "General Z"): never part of a personal name.
_COMPANY_WORDS = (
    "Co",
    "Cos",
    "Motor",
    "Motors",
    "Electric",
    "Electronics",
    "Dynamics",
    "Aerospace",
    "Airways",
    "Systems",
    "Technologies",
    "Pharmaceuticals",
    "Petroleum",
    "Steel",
    "Chemical",
    "Chemicals",
    "Mining",
    "Shipping",
    "Insurance",
    "Securities",
    "Telecom",
    "Communications",
)
NON_NAME = frozenset(_NON_NAME) | frozenset(_COMPANY_WORDS)
_NON_NAME_LOWER = frozenset(w.lower() for w in _NON_NAME)
# Organisation or place nouns: a name segment right before one belongs to it.
ORG_NOUNS = frozenset(
    [
        "Ministry",
        "Office",
        "Council",
        "University",
        "Party",
        "Department",
        "Committee",
        "Senate",
        "House",
        "Congress",
        "Parliament",
        "Assembly",
        "Commission",
        "Agency",
        "Bank",
        "Fund",
        "Court",
        "Union",
        "Forces",
        "Force",
        "Army",
        "Navy",
        "Air",
        "Institute",
        "Foundation",
        "Center",
        "Centre",
        "Association",
        "Organization",
        "Organisation",
        "Group",
        "Company",
        "Corp",
        "Corporation",
        "Inc",
        "Ltd",
        "News",
        "Times",
        "Post",
        "Press",
        "Service",
        "Services",
        "Airport",
        "Palace",
        "Hall",
        "Street",
        "Square",
        "Base",
        "Summit",
        "Conference",
        "Forum",
        "Treaty",
        "Accord",
        "Accords",
        "Agreement",
        "Initiative",
        "Program",
        "Programme",
        "Plan",
        "Doctrine",
        "Act",
        "Law",
        "War",
        "Revolution",
        "Republic",
        "Kingdom",
        "Government",
        "Administration",
        "Cabinet",
        "Embassy",
        "Consulate",
        "Mission",
        "Station",
        "Port",
        "Island",
        "Islands",
        "River",
        "Lake",
        "Mountain",
        "Mountains",
        "Valley",
        "Sea",
        "Ocean",
        "Gulf",
        "Bay",
        "Strait",
        "Canal",
        "Peninsula",
        "Province",
        "County",
        "City",
        "District",
        "Region",
        "Territory",
        "Zone",
        "Club",
        "Hotel",
        "Avenue",
        "Road",
        "Bridge",
        "Tower",
        "Stadium",
        "Park",
        "Prize",
        "Award",
        "Project",
        "Network",
        "Channel",
        "Broadcasting",
        "Radio",
        "Television",
        "Society",
        "League",
        "Federation",
        "Alliance",
        "Coalition",
        "Brigade",
        "Division",
        "School",
        "College",
        "Academy",
        "Hospital",
        "Church",
        "Mosque",
        "Temple",
        "Museum",
        "Library",
        "Tribunal",
        "Authority",
        "Board",
        "Bureau",
        "Corps",
        "Guard",
        "Police",
        "Marines",
        "Fleet",
        "Heights",
        "Declaration",
        "Convention",
        "Protocol",
        "Memorial",
        "Cathedral",
        "Airlines",
        "Holdings",
        "Industries",
        "Group",
        "Partners",
        "Capital",
        "Fund",
        "Trust",
        "Studio",
        "Studios",
        "Review",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Daily",
        "Weekly",
        "Magazine",
        "Show",
        "Festival",
        "Games",
        "Cup",
        "Dam",
        "Pass",
        "Canyon",
        "Desert",
        "Plateau",
        "Basin",
        "Delta",
        "Coast",
        "Shore",
        "Beach",
        "Falls",
        "Bridge",
        "Gate",
        "Gardens",
        "Building",
        "Complex",
        "Centre",
        "Headquarters",
        "Compound",
        "Prison",
        "Jail",
        "Barracks",
        "Airbase",
        "Field",
        *_COMPANY_WORDS,
        "Community",
        "Report",
        "Index",
        "Online",
        "Digest",
        "Wire",
        "Post-Gazette",
    ]
)
PLACE_PREFIXES = frozenset(
    [
        "Camp",
        "Fort",
        "Mount",
        "Mt",
        "Lake",
        "Port",
        "Cape",
        "Saint",
        "St",
        "San",
        "Santa",
        "Santo",
        "Sao",
        "Gulf",
        "Bay",
        "Glen",
        "Wat",
        "Wadi",
        "Jebel",
        "Jabal",
        "Tell",
        "Ras",
        "Rio",
        "Lago",
        "Plaza",
        "Casa",
    ]
)
# Words that, right after a name, make it a modifier ("the Halvorsen administration").
MODIFIER_NEXT = frozenset(
    [
        "administration",
        "government",
        "era",
        "camp",
        "team",
        "presidency",
        "regime",
        "campaign",
        "doctrine",
        "family",
        "cabinet",
        "years",
        "policy",
        "policies",
        "White",
        "officials",
        "official",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "statement",
        "executives",
        "shares",
        "employees",
        "workers",
        "staff",
        "troops",
        "forces",
        "ministry",
        "data",
        "report",
        "loyalists",
        "supporters",
        "allies",
        "aides",
    ]
)

TITLE_ABBR = frozenset(
    [
        "Sen",
        "Rep",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Sgt",
        "Adm",
        "Cmdr",
        "Gov",
        "Pres",
        "Amb",
        "Brig",
        "Hon",
        "Rev",
    ]
)
# Titles that, without a country word, still mean a US office (when the US is mentioned).
_US_TITLES = re.compile(
    r"\b(?:secretary of state|senator|sen\b|congress(?:wo)?man|national security adviser|"
    r"press secretary|secretary of defen[cs]e|defen[cs]e secretary|fbi|cia|white house|"
    r"state department|pentagon|house speaker|attorney general|national security council)",
    re.I,
)
_US_PARTY = frozenset({"Republican", "Democrat", "Democratic", "GOP"})

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSS = re.compile(r"['’]s$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]*\b")
_SENT_OPEN = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]\s*|\n\s*)$")
_HYPHEN_TAIL = frozenset(
    [
        "era",
        "style",
        "like",
        "based",
        "born",
        "run",
        "made",
        "wide",
        "level",
        "term",
        "time",
        "year",
        "old",
        "held",
        "led",
        "backed",
        "owned",
    ]
)
_AL = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "ud"})


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str  # without a possessive 's
    poss: bool
    dot: bool  # followed directly by "."


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    tokens: tuple[str, ...]  # name tokens (keep-honorifics included)
    evidence: bool  # a title/honorific/speech verb supports a single-word name
    in_headline: bool
    placelike: bool = False  # unsupported and placed like a place name: kept only with support


@dataclass(slots=True)
class _P:
    tokens: tuple[str, ...]
    mentions: list[_Mention] = field(default_factory=list)
    forms: dict[tuple[str, ...], None] = field(default_factory=dict)


@dataclass(slots=True)
class _Ctx:
    doc: str
    toks: list[_Tok]
    place: list[CountryMention | None]  # per token: the country mention covering it
    cstart: dict[int, CountryMention]  # country mentions by start offset
    lower_vocab: frozenset[str]
    sent_starts: frozenset[int]
    headline_end: int


def _tokens(doc: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(doc):
        text, end = m.group(), m.end()
        poss = False
        pm = _POSS.search(text)
        if pm and len(text) > 2:
            text, poss = text[: pm.start()], True
        out.append(_Tok(m.start(), m.start() + len(text), text, poss, doc[end : end + 1] == "."))
    return out


def _al_prefixed(text: str) -> bool:
    """'al-Hashimi', 'el-Masri': a lower-case article fused to a name."""
    head, sep, rest = text.partition("-")
    return bool(sep) and head in _AL and rest[:1].isupper()


def _is_cap(t: _Tok) -> bool:
    return t.text[0].isupper() or _al_prefixed(t.text)


def _is_initial(t: _Tok) -> bool:
    return len(t.text) == 1 and t.text.isupper() and t.dot


def _kind(ctx: _Ctx, i: int) -> str:
    """Classify token i: 'hon', 'keep', 'title', 'stop', 'suffix' or 'name'."""
    t = ctx.toks[i]
    w = t.text
    if w in HONORIFICS:
        return "hon"
    if w in KEEP_HONORIFICS:
        return "keep"
    if w in SUFFIXES:
        return "suffix"
    if w[0].isupper() and (w.lower() in TITLE_HEADS or w in TITLE_ABBR):
        return "title"
    if ctx.place[i] is not None:
        return "stop"
    if w in NON_NAME or (w.isupper() and len(w) > 1) or "." in w:
        return "stop"
    if len(w) == 1 and not t.dot:
        return "stop"
    if "-" in w and not _al_prefixed(w):
        parts = w.split("-")
        last = parts[-1]
        if parts[0] in NON_NAME or any(lookup_country_word(p) for p in parts):
            return "stop"
        if last[:1].islower() and (last.endswith(("ed", "ing")) or last in _HYPHEN_TAIL):
            return "stop"
    return "name"


def _runs(ctx: _Ctx) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with inner name particles) joined by spaces."""
    doc, toks = ctx.doc, ctx.toks
    runs: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, cur = toks[j - 1], toks[j]
            if prev.poss:
                break
            gap = doc[prev.end : cur.start]
            ok_gap = gap == " " or (
                gap == ". " and (_is_initial(prev) or prev.text in HONORIFICS or prev.text in TITLE_ABBR)
            )
            if not ok_gap:
                break
            if _is_cap(cur):
                j += 1
                continue
            if (
                cur.text in NAME_PARTICLES
                and j + 1 < n
                and doc[cur.end : toks[j + 1].start] == " "
                and toks[j + 1].text[:1].isupper()
                and toks[j + 1].text not in NON_NAME
            ):
                j += 1
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _at_sentence_start(ctx: _Ctx, t: _Tok) -> bool:
    if t.start in ctx.sent_starts:
        return True
    return bool(_SENT_OPEN.search(ctx.doc[max(0, t.start - 3) : t.start]))


_CORE_SPEECH = frozenset(
    ["said", "says", "told", "tells", "added", "adds", "wrote", "tweeted", "stated", "insisted"]
)


def _speech_after(ctx: _Ctx, end: int, strict: bool = False) -> bool:
    m = re.match(
        r"\s*,?\s*(?:(?:has|had|have|was|is|also|then|later|first|once|again)\s+)?([a-z]+)",
        ctx.doc[end : end + 30],
    )
    return bool(m and m.group(1) in (_CORE_SPEECH if strict else SPEECH_VERBS))


def _segments(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int, list[str]]]:
    """Name segments (start, end, kinds) inside the run [a, b)."""
    toks = ctx.toks
    kinds = [_kind(ctx, k) for k in range(a, b)]
    segs = []
    k = a
    while k < b:
        if kinds[k - a] not in ("name", "keep"):
            k += 1
            continue
        s = k
        while k < b:
            kd = kinds[k - a]
            ok = kd in ("name", "suffix") or (kd == "keep" and k == s)
            ok = ok or (toks[k].text in NAME_PARTICLES and k > s)
            if not ok:
                break
            k += 1
            if toks[k - 1].poss:
                break
        e = k
        while e > s and toks[e - 1].text in NAME_PARTICLES:
            e -= 1
        if e > s:
            segs.append((s, e, kinds))
    return segs


def _candidates(ctx: _Ctx) -> list[_Mention]:
    toks, doc = ctx.toks, ctx.doc
    out: list[_Mention] = []
    for a, b in _runs(ctx):
        for s, e, kinds in _segments(ctx, a, b):
            seg = list(range(s, e))
            # a sentence-initial common word is not part of a name ("Asked Lindqvist ...")
            while (
                seg
                and _at_sentence_start(ctx, toks[seg[0]])
                and (
                    toks[seg[0]].text.lower() in ctx.lower_vocab
                    or toks[seg[0]].text.lower() in _NON_NAME_LOWER
                )
            ):
                seg.pop(0)
            if not seg or all(kinds[x - a] in ("keep", "suffix") for x in seg):
                continue
            if all(len(toks[x].text) == 1 for x in seg):
                continue
            s, e = seg[0], seg[-1] + 1
            last = toks[e - 1]
            # part of an organisation or place name ("Larchmont Foundation", "Camp Redwood")
            if e < b and _org_noun(toks[e].text) and not last.poss:
                continue
            if s > a and toks[s - 1].text in PLACE_PREFIXES:
                continue
            # "the Varenne attack", "the Halvorsen era": a determiner makes it a modifier
            if _determiner_modifier(ctx, s, e):
                continue
            # a name used only as a modifier: "Halvorsen-era", "the Halvorsen administration"
            nxt = toks[e] if e < len(toks) else None
            if nxt is not None and not last.poss:
                gap = doc[last.end : nxt.start]
                if (gap == "-" and nxt.text[:1].islower()) or (gap == " " and nxt.text in MODIFIER_NEXT):
                    continue
            names = tuple(toks[x].text for x in seg)
            evidence = any(t in KEEP_HONORIFICS for t in names)
            if s > a and kinds[s - 1 - a] in ("hon", "title"):
                evidence = True
            elif s > 0 and toks[s - 1].text.lower() in KIN_WORDS | TITLE_HEADS | COUNTERPART:
                evidence = doc[toks[s - 1].end : toks[s].start] == " "
            strict = _at_sentence_start(ctx, toks[s])
            if not evidence and not last.poss and _speech_after(ctx, last.end, strict):
                before = doc[max(0, toks[s].start - 6) : toks[s].start]
                evidence = not re.search(r"\b(?:of|at|from|by|in)\s+$", before)
            if not evidence:
                before = doc[max(0, toks[s].start - 25) : toks[s].start]
                evidence = bool(re.search(r"\b(?:said|says|told|according to)\s+$", before))
            # unsupported, and right after "in"/"at" or led by a place ("Lisbon Format"):
            # a place or body unless another mention of the name is a person's
            placelike = (
                s > 0 and toks[s - 1].text in _LOCATIVE and doc[toks[s - 1].end : toks[s].start] == " "
            )
            placelike = placelike or (s > a and _place_qualifier(ctx, s - 1))
            placelike = placelike or (
                len(names) >= 2 and (lookup_city(names[0]) or is_country_name(names[0]))
            )
            out.append(
                _Mention(
                    toks[s].start,
                    last.end,
                    names,
                    evidence,
                    toks[s].start < ctx.headline_end,
                    bool(placelike) and not evidence and not last.poss,
                )
            )
    return out


# Prepositions of place: an unsupported name right after one is a place ("at Bukit Raya").
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across"})
_EVENT_DETS = frozenset({"the", "The"})


def _org_noun(word: str) -> bool:
    """An organisation or place noun, singular or plural ("Lake"/"Lakes")."""
    return word in ORG_NOUNS or (word.endswith("s") and word[:-1] in ORG_NOUNS)


def _place_qualifier(ctx: _Ctx, i: int) -> bool:
    """Token i is a country or city name (not a demonym nor a possessive) inside a run."""
    cm = ctx.place[i]
    if i > 0 and ctx.toks[i - 1].text in _CONN:  # "Ambassador to Russia <name>"
        return False
    return (
        cm is not None and cm.kind in ("name", "city") and not ctx.toks[i].poss and ctx.toks[i].end == cm.end
    )


def _determiner_modifier(ctx: _Ctx, s: int, e: int) -> bool:
    """'the <Name> <lower-case noun>': a name used as a modifier, not a person mention."""
    toks, doc = ctx.toks, ctx.doc
    if s == 0 or e >= len(toks) or toks[e - 1].poss:
        return False
    det, nxt = toks[s - 1], toks[e]
    return (
        det.text in _EVENT_DETS
        and doc[det.end : toks[s].start] == " "
        and doc[toks[e - 1].end : nxt.start] == " "
        and nxt.text[:1].islower()
        and nxt.text not in SPEECH_VERBS
        and nxt.text not in _NOT_NOUN_AFTER
    )


# Lower-case words after "the <Name>" that do not make the name a modifier.
_NOT_NOUN_AFTER = frozenset(
    {
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "who",
        "whose",
        "has",
        "had",
        "is",
        "was",
        "will",
    }
)


def _core(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without keep-honorifics and suffixes, for comparing forms."""
    core = tuple(t for t in tokens if t not in KEEP_HONORIFICS and t not in SUFFIXES)
    return core or tokens


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two multi-word forms of one person: same surname and matching given names."""
    a, b = _core(a), _core(b)
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    it = iter(long_)
    if short[0] == long_[0] and all(t in it for t in short):
        return True  # "Anna Lindqvist" in "Anna Maria Lindqvist"
    # transliteration or short form of the given name ("Dmitry"/"Dmitri", "Tom"/"Thomas")
    f1, f2 = a[0].lower(), b[0].lower()
    return len(a) == len(b) == 2 and (
        f1.startswith(f2) or f2.startswith(f1) or (f1[:3] == f2[:3] and abs(len(f1) - len(f2)) <= 1)
    )


def _merge(ctx: _Ctx, cands: list[_Mention]) -> list[_P]:
    persons: list[_P] = []
    for c in cands:
        if c.in_headline or len(_core(c.tokens)) < 2:
            continue
        for p in persons:
            if _compatible(p.tokens, c.tokens):
                if len(c.tokens) > len(p.tokens):
                    p.tokens = c.tokens
                break
        else:
            persons.append(_P(c.tokens))
    for c in cands:
        core = _core(c.tokens)
        target: _P | None = None
        if len(core) >= 2:
            target = next((p for p in persons if _compatible(p.tokens, c.tokens)), None)
        else:
            w = core[0]
            multi = [p for p in persons if len(_core(p.tokens)) >= 2]
            pool = [p for p in multi if _core(p.tokens)[-1] == w]
            pool = pool or [p for p in multi if _core(p.tokens)[0] == w]
            pool = pool or [p for p in persons if _core(p.tokens) == (w,)]
            if len(pool) > 1:
                before = [p for p in pool if p.mentions and p.mentions[-1].start < c.start]
                if before:
                    pool = [max(before, key=lambda p: p.mentions[-1].start)]
            if pool:
                target = pool[0]
            elif c.evidence and not c.in_headline and w.lower() not in ctx.lower_vocab:
                target = _P(c.tokens)
                persons.append(target)
        if target is not None:
            target.mentions.append(c)
            target.forms.setdefault(c.tokens, None)
    return [
        p
        for p in persons
        if any(not m.in_headline for m in p.mentions) and not all(m.placelike for m in p.mentions)
    ]


# ---------------------------------------------------------------------------
# Titles and countries
# ---------------------------------------------------------------------------

_WIN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?|[,;:\"“”()—–]")
_DETS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "whose"})
_CONN = frozenset({"of", "to", "for", "on", "at", "with", "in"})
_SKIP = frozenset({"then", "now"})


@dataclass(slots=True)
class _W:
    start: int
    end: int
    text: str  # without possessive / abbreviation dot
    typ: str  # country head mod cap conn det skip counter punct word
    code: str | None = None
    poss: bool = False


def _words(ctx: _Ctx, start: int, end: int) -> list[_W]:
    """Annotated words of doc[start:end]; a country mention is one word."""
    doc = ctx.doc
    out: list[_W] = []
    pos = start
    for m in _WIN_TOKEN.finditer(doc, start, end):
        if m.start() < pos:
            continue
        cm = ctx.cstart.get(m.start())
        if cm is not None and cm.end <= end + 3:
            tail = doc[cm.end : cm.end + 2]
            poss = tail in ("'s", "’s")
            out.append(_W(cm.start, cm.end, cm.surface, "country", cm.code, poss))
            pos = cm.end + (2 if poss else 0)
            continue
        raw = m.group()
        if raw in ',;:"“”()—–':
            out.append(_W(m.start(), m.end(), raw, "punct"))
            continue
        text = raw.rstrip(".")
        poss = False
        pm = _POSS.search(text)
        if pm and len(text) > 2:
            text, poss = text[: pm.start()], True
        low = text.lower()
        if low in COUNTERPART:
            typ = "counter"
        elif low in KIN_WORDS:
            typ = "kin"
        elif low in TITLE_HEADS or text in TITLE_ABBR:
            typ = "head"
        elif low in TITLE_MODIFIERS or low in ("former", "most", "longtime", "veteran", "top"):
            typ = "mod"
        elif low in _SKIP:
            typ = "skip"
        elif low in _DETS:
            typ = "det"
        elif low in _CONN:
            typ = "conn"
        elif text in _US_PARTY:
            typ = "country"
        elif text[:1].isupper() and (text in _TITLEISH_CAPS or (text.isupper() and 1 < len(text) <= 5)):
            typ = "cap"
        else:
            typ = "word"
        w = _W(m.start(), m.start() + len(text), text, typ, "US" if text in _US_PARTY else None, poss)
        out.append(w)
        pos = m.end()
    return out


def _split_phrase(doc: str, ph: list[_W]) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Country (from leading country words) and title (the rest) of a title phrase."""
    while ph and ph[0].typ in ("det", "conn", "skip"):
        ph = ph[1:]
    while ph and ph[-1].typ in ("det", "conn", "skip"):
        ph = ph[:-1]
    if not ph:
        return None, None, None
    heads = [k for k, w in enumerate(ph) if w.typ == "head"]
    first_head = heads[0] if heads else len(ph)
    code: str | None = None
    span: tuple[int, int] | None = None
    keep: list[_W] = []
    cut = max((k for k, w in enumerate(ph) if w.typ in ("counter", "kin")), default=-1)
    if 0 <= cut < first_head:
        # "his Chilean counterpart, acting President X": the title follows
        for w in ph[:cut]:
            if w.typ == "country" and code is None and w.code:
                code, span = w.code, (w.start, w.end)
        ph = ph[cut + 1 :]
        heads = [k for k, w in enumerate(ph) if w.typ == "head"]
        first_head = heads[0] if heads else len(ph)
    for k, w in enumerate(ph):
        if w.typ == "country" and k < first_head:
            if code is None and w.code:
                code, span = w.code, (w.start, w.end)
            continue
        if w.typ in ("det", "skip") and k < first_head:
            continue
        keep.append(w)
    if not heads or any(w.typ in ("counter", "kin") for w in ph):
        if code is None:
            code, span = next(((w.code, (w.start, w.end)) for w in ph if w.typ == "country"), (None, None))
        return code, span, None
    while keep and keep[-1].typ in ("det", "conn", "skip"):
        keep.pop()
    if not keep:
        return code, span, None
    parts: list[str] = []
    run_s = keep[0].start
    prev = keep[0]
    for w in keep[1:]:
        if ph.index(w) != ph.index(prev) + 1:
            parts.append(doc[run_s : prev.end])
            run_s = w.start
        prev = w
    parts.append(doc[run_s : prev.end])
    text = re.sub(r"\s+", " ", " ".join(parts)).strip(" ,")
    return code, span, TitleMention(text, keep[0].start, keep[-1].end)


def _pre_title(
    ctx: _Ctx, start: int, sent_start: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Title phrase right before a name: 'Pakistani Ambassador to Russia <name>'."""
    win = _words(ctx, max(sent_start, start - 140), start)
    while win and win[-1].text in HONORIFICS | KEEP_HONORIFICS:
        win.pop()
    comma = bool(win) and win[-1].text == ","
    if comma:
        win.pop()
    ph: list[_W] = []
    k = len(win) - 1
    while k >= 0:
        w = win[k]
        prev = win[k - 1] if k > 0 else None
        if w.typ in ("country", "head", "mod", "cap", "counter", "skip", "kin"):
            if w.poss and ph and w.typ != "country":
                break
            ph.append(w)
        elif w.typ == "conn" and ph and prev is not None and prev.typ == "head":
            ph.append(w)  # "Ambassador to Russia", "Secretary of State"
        elif w.typ == "det" and ph and prev is not None and prev.typ == "conn":
            ph.append(w)  # "envoy to the UN"
        elif w.typ == "det" and ph:
            ph.append(w)
            break
        elif w.text == "," and ph and k >= 2:
            # "His Chilean counterpart, acting President X"
            if win[k - 1].typ == "counter" and win[k - 2].typ == "country":
                ph.append(win[k - 1])
                ph.append(win[k - 2])
            break
        else:
            break
        k -= 1
    ph.reverse()
    if not ph:
        return None, None, None
    if comma:
        lead_ok = ph[0].typ == "det" or (ph[0].typ == "country" and ph[0].poss)
        if not lead_ok or not any(w.typ in ("head", "counter") for w in ph):
            return None, None, None
    if not any(w.typ in ("head", "counter", "kin") for w in ph):
        # a bare country right before the name: "Norway's Anna Lindqvist"
        last = ph[-1]
        if last.typ == "country" and (last.poss or ctx.cstart[last.start].kind == "demonym"):
            return last.code, (last.start, last.end), None
        return None, None, None
    return _split_phrase(ctx.doc, ph)


_APPOS_END = frozenset(
    [
        "who",
        "which",
        "that",
        "whose",
        "said",
        "says",
        "told",
        "has",
        "had",
        "have",
        "was",
        "is",
        "are",
        "were",
        "will",
        "would",
        "as",
        "when",
        "while",
        "after",
        "before",
        "since",
        "because",
        "but",
        "where",
        "said",
    ]
)


def _post_title(
    ctx: _Ctx, end: int, sent_end: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """Apposition after a name: '<name>, Pakistan's ambassador to Russia, ...'."""
    m = re.match(r"\s*,\s*", ctx.doc[end : end + 4])
    if not m:
        return None, None, None
    win = _words(ctx, end + m.end(), min(sent_end, end + m.end() + 170))
    ph: list[_W] = []
    for k, w in enumerate(win):
        if w.typ == "punct" or w.text.lower() in _APPOS_END:
            break
        if w.text == "and" and k + 1 < len(win):
            nx = win[k + 1]
            if nx.typ == "word" and nx.text[:1].isupper():
                break
        ph.append(w)
        if len(ph) >= 14:
            break
    head_at = next((k for k, w in enumerate(ph) if w.typ == "head"), -1)
    if head_at < 0:
        # "<name>, his Peruvian counterpart"
        lead = [w for w in ph[:4] if w.typ != "det"]
        if len(lead) >= 2 and lead[0].typ == "country" and lead[1].typ in ("counter", "kin"):
            return lead[0].code, (lead[0].start, lead[0].end), None
        return None, None, None
    if head_at > 6:
        return None, None, None
    if any(w.typ == "word" for w in ph[:head_at]):
        return None, None, None
    code, span, title = _split_phrase(ctx.doc, ph)
    if title is not None and code is None:
        # "president of Japan": the complement names the person's country
        after = [w for w in ph[head_at + 1 :] if w.typ != "det"]
        leader = ph[head_at].text.lower() in _LEADER_HEADS
        if leader and len(after) >= 2 and after[0].text == "of" and after[1].typ == "country":
            code, span = after[1].code, (after[1].start, after[1].end)
    return code, span, title


_LEADER_HEADS = frozenset(
    [
        "president",
        "minister",
        "premier",
        "king",
        "queen",
        "emir",
        "sultan",
        "leader",
        "ruler",
        "chancellor",
        "monarch",
    ]
)

# Capitalised words that can be part of a title ("Foreign Ministry spokesman").
_TITLEISH_CAPS = frozenset(
    [
        "Foreign",
        "Ministry",
        "Office",
        "Department",
        "State",
        "Defense",
        "Defence",
        "Security",
        "National",
        "Council",
        "Senate",
        "House",
        "Affairs",
        "Relations",
        "Committee",
        "Secretary",
        "General",
        "Minister",
        "President",
        "Prime",
        "Vice",
        "Deputy",
        "Chief",
        "Special",
        "Representative",
        "Ambassador",
        "Envoy",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Emir",
        "Sultan",
        "Crown",
        "Chancellor",
        "Premier",
        "Governor",
        "Mayor",
        "Senator",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Leader",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Director",
        "Adviser",
        "Advisor",
        "Commander",
        "Press",
        "Supreme",
        "Interior",
        "Finance",
        "Trade",
        "Home",
        "Justice",
        "Armed",
        "Services",
        "Intelligence",
        "Central",
        "Federal",
        "Executive",
        "Permanent",
        "High",
        "Commissioner",
        "First",
        "Lady",
        "Cabinet",
        "Presidential",
        "Royal",
        "Navy",
        "Army",
        "Air",
        "Force",
        "Forces",
        "Staff",
        "Joint",
        "Chiefs",
        "Acting",
        "Interim",
        "Former",
        "Attorney",
        "Treasury",
        "Commerce",
        "Energy",
        "Health",
        "Labor",
        "Labour",
        "Agriculture",
        "Education",
        "Homeland",
        "Information",
        "Culture",
        "Environment",
        "Transport",
        "International",
        "Development",
        "Economic",
        "Political",
        "Military",
        "Assembly",
        "Parliament",
        "Congress",
        "Majority",
        "Minority",
        "Opposition",
        "Whip",
        "Party",
        "Secretariat",
        "Foreign-Policy",
        "Policy",
    ]
)

_COPULA = re.compile(
    r"^\s+(?:has become|became|is|was|remains|becomes)\s+(?:the|a|an)\s+(?:first\s+|new\s+|former\s+)?"
)


def _copula_title(
    ctx: _Ctx, end: int, sent_end: int
) -> tuple[str | None, tuple[int, int] | None, TitleMention | None]:
    """'<name> has become the first Peruvian president ...' -> PE, 'president'."""
    m = _COPULA.match(ctx.doc[end : end + 40])
    if not m:
        return None, None, None
    win = _words(ctx, end + m.end(), min(sent_end, end + m.end() + 60))
    ph: list[_W] = []
    for w in win:
        if w.typ in ("country", "mod", "cap", "head"):
            ph.append(w)
            if w.typ == "head":
                break
        else:
            break
    if not ph or ph[-1].typ != "head":
        return None, None, None
    return _split_phrase(ctx.doc, ph)


def _descriptions(ctx: _Ctx, mention_starts: set[int]) -> list[tuple[int, str, str]]:
    """Nameless descriptions ('the Kenyan president', "Russia's foreign minister").

    Returns (start, code, head) for each one not followed by a name.
    """
    out: list[tuple[int, str, str]] = []
    doc = ctx.doc
    for cm in ctx.cstart.values():
        if cm.kind not in ("demonym", "name"):
            continue
        # only a sentence subject: "The Kenyan leader is ...", "Chile's president said"
        before = doc[max(0, cm.start - 6) : cm.start]
        poss = doc[cm.end : cm.end + 2] in ("'s", "’s")
        if before.endswith(("The ", "the ")):
            det_start = cm.start - 4
        elif poss:
            det_start = cm.start
        else:
            continue
        if det_start not in ctx.sent_starts and not re.search(
            r"(?:^|\n)\s*$", doc[max(0, det_start - 3) : det_start]
        ):
            continue
        win = _words(ctx, cm.end + (2 if poss else 0), min(len(doc), cm.end + 50))
        for k, w in enumerate(win[:4]):
            if w.typ == "head":
                nxt = doc[w.end : w.end + 3].lstrip(" ,")
                nxt_pos = w.end + (len(doc[w.end : w.end + 3]) - len(nxt))
                if nxt_pos not in mention_starts and not (
                    k + 1 < len(win) and win[k + 1].typ in ("head", "conn")
                ):
                    out.append((cm.start, cm.code, w.text.lower()))
                break
            if w.typ not in ("mod", "cap"):
                break
    return out


# ---------------------------------------------------------------------------
# Main entry
# ---------------------------------------------------------------------------


def _place_per_token(toks: list[_Tok], countries: list[CountryMention]) -> list[CountryMention | None]:
    spans = sorted(countries, key=lambda c: c.start)
    out: list[CountryMention | None] = [None] * len(toks)
    j = 0
    for i, t in enumerate(toks):
        while j < len(spans) and spans[j].end <= t.start:
            j += 1
        if j < len(spans) and spans[j].start <= t.start < spans[j].end:
            out[i] = spans[j]
    return out


def find_persons(doc: str, sentences: list[Sentence], countries: list[CountryMention]) -> list[Person]:
    """Every named person in ``doc``, mentions merged, with titles and country."""
    nl = doc.find("\n\n")
    headline_end = nl if nl >= 0 else 0
    toks = _tokens(doc)
    ctx = _Ctx(
        doc,
        toks,
        _place_per_token(toks, countries),
        {c.start: c for c in countries},
        frozenset(_LOWER_WORD.findall(doc)),
        frozenset(s.start for s in sentences),
        headline_end,
    )
    ps = _merge(ctx, _candidates(ctx))
    sent_starts = [s.start for s in sentences]
    us_in_doc = any(c.code == "US" for c in countries)

    def sentence_of(pos: int) -> Sentence:
        if not sentences:
            return Sentence(0, len(doc), 0)
        return sentences[max(0, bisect_left(sent_starts, pos + 1) - 1)]

    out: list[Person] = []
    pre_evidence: dict[int, tuple[int, str]] = {}  # mention start -> (sentence start, code)
    for p in ps:
        p.mentions.sort(key=lambda m: m.start)
        forms = list(p.forms)
        always_keep = all(any(t in KEEP_HONORIFICS for t in f) for f in forms)

        def clean(f: tuple[str, ...], keep: bool = always_keep) -> str:
            return " ".join(t for t in f if keep or t not in KEEP_HONORIFICS)

        best = max(forms, key=lambda f: (len(_core(f)), len(f), sum(map(len, f))))
        name = clean(best)
        aliases = list(dict.fromkeys(a for a in map(clean, forms) if a != name))
        person = Person(name=name, aliases=aliases)
        for m in p.mentions:
            person.mentions.append(PersonMention(m.start, m.end, doc[m.start : m.end]))
            if m.in_headline:
                continue
            sent = sentence_of(m.start)
            pre = _pre_title(ctx, m.start, sent.start)
            post = _post_title(ctx, m.end, sent.end)
            cop = _copula_title(ctx, m.end, sent.end)
            for code, span, title in (pre, post, cop):
                if title is not None:
                    person.titles.append(title)
                if code and person.country is None:
                    person.country, person.country_evidence = code, span
            if pre[0]:
                pre_evidence[m.start] = (sent.start, pre[0])
        out.append(person)

    # "Afghan President X and Foreign Minister Y": Y shares X's country
    idx = mention_index(out)
    for k, (s, _e, pi) in enumerate(idx):
        person = out[pi]
        if person.country or k == 0:
            continue
        ps_, pe_, pj = idx[k - 1]
        between = doc[pe_:s]
        coordinated = re.fullmatch(r"\s+and\s+[\w\s.'’-]{0,60}", between) is not None
        if (
            coordinated
            and pj != pi
            and ps_ in pre_evidence
            and sentence_of(ps_).start == sentence_of(s).start
        ):
            person.country = pre_evidence[ps_][1]
    # "Sen. X of Ohio", "X of Kenya"
    for person in out:
        if person.country is not None:
            continue
        for m in person.mentions:
            om = re.match(r"\s+of\s+([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})", doc[m.end : m.end + 40])
            if om:
                cm = ctx.cstart.get(m.end + om.start(1))
                if cm is not None:
                    person.country, person.country_evidence = cm.code, (cm.start, cm.end)
                    break
    # nameless descriptions ("the Kenyan president") refer back to a person
    idx = mention_index(out)
    starts = [m[0] for m in idx]
    for pos, code, head in _descriptions(ctx, set(starts)):
        sent = sentence_of(pos)
        prev = sentence_of(sent.start - 1) if sent.start > 0 else None
        near = list(dict.fromkeys(i for s_, _e, i in idx if prev and prev.start <= s_ < sent.start))
        # the antecedent is the previous sentence's first person, holding that office
        same = near[:1]
        if (
            same
            and out[same[0]].titles
            and not any(head in t.title.lower().split() for t in out[same[0]].titles)
        ):
            same = []
        for pi in same:
            person = out[pi]
            if person.country == code:
                break
            if person.country is None:
                person.country = code
                person.country_evidence = (pos, pos + 1)
                break
    _inline_descriptions(ctx, out, sentence_of)
    # offices that are American without saying so ("Secretary of State", "Sen.")
    if us_in_doc:
        for person in out:
            if person.country is None and any(_US_TITLES.search(t.title) for t in person.titles):
                person.country = "US"
    _fallback_countries(doc, out, countries, headline_end, sentence_of)
    _dependent_countries(doc, out, sentence_of)
    for person in out:
        seen: dict[str, None] = {}
        titles = []
        for t in person.titles:
            if t.title not in seen:
                seen[t.title] = None
                titles.append(t)
        person.titles = titles
    return out


def _inline_descriptions(ctx: _Ctx, out: list[Person], sentence_of: Callable[[int], Sentence]) -> None:
    """'X and Y talked, the U.S. president invited the Russian leader': bind in order.

    A nameless leader description inside a sentence refers back to a person named
    earlier in that sentence; with several descriptions and as many such persons
    they pair off in order; a single one binds only an unambiguous antecedent.
    """
    doc = ctx.doc
    by_sent: dict[int, list[tuple[int, str, str]]] = {}
    for cm in ctx.cstart.values():
        if cm.kind not in ("demonym", "name") or cm.start < ctx.headline_end:
            continue
        poss = doc[cm.end : cm.end + 2] in ("'s", "’s")
        if not (poss or doc[max(0, cm.start - 4) : cm.start] in ("the ", "The ")):
            continue
        if re.search(
            r"\b(?:to|with|for|against|by|from|on|at|of)\s+(?:the\s+)?$",
            doc[max(0, cm.start - 12) : cm.start],
        ):
            continue  # the object of a preposition is someone else than the subject
        m = re.match(
            r"(?:['’]s)?\s+(?:(?:former|then|new|late|outgoing)\s+)?([a-z]+)\b", doc[cm.end : cm.end + 40]
        )
        if not m or m.group(1) not in _LEADER_HEADS:
            continue
        if re.match(r"\s*,?\s*[A-Z]", doc[cm.end + m.end() : cm.end + m.end() + 4]):
            continue  # a title before a name, handled as a pre-name title
        by_sent.setdefault(sentence_of(cm.start).start, []).append((cm.start, cm.code, m.group(1)))
    if not by_sent:
        return
    idx = mention_index(out)
    for ss, descs in by_sent.items():
        first = descs[0][0]
        named = {out[i].country for s_, _e, i in idx if ss <= s_ < first}
        descs = [d for d in descs if d[1] not in named]  # already someone's: "X ... the Kenyan leader"
        if not descs:
            continue
        first = descs[0][0]
        cands = list(dict.fromkeys(i for s_, _e, i in idx if ss <= s_ < first and out[i].country is None))
        cands = [
            i
            for i in cands
            if not out[i].titles or any(d[2] in t.title.lower() for d in descs for t in out[i].titles)
        ]
        if len(descs) > 1 and len(cands) == len(descs):
            pairs = list(zip(cands, descs, strict=True))
        elif len(descs) == 1 and len(cands) == 1:
            pairs = [(cands[0], descs[0])]
        else:
            continue
        for pi, (pos, code, _head) in pairs:
            out[pi].country, out[pi].country_evidence = code, (pos, pos + 1)


_PLACE_PREP = re.compile(
    r"\b(?:in|to|from|at|into|toward|towards|via|visit|visited|visiting|across|near)\s+(?:the\s+)?$",
    re.I,
)


def _fallback_countries(
    doc: str,
    out: list[Person],
    countries: list[CountryMention],
    headline_end: int,
    sentence_of: Callable[[int], Sentence],
) -> None:
    """Last resort: a country the article names but no person represents yet.

    Only holders of a state office ("President X", "Foreign Minister Y") are
    guessed: such a person whose sentences name exactly one unclaimed country
    gets it, else the article's clearly dominant unclaimed country. Analysts,
    reporters and private persons stay null: their sentences name the countries
    they talk about, not their own (GUIDELINES: null when the article does not tell).
    """
    claimed = {p.country for p in out if p.country}
    sent_codes: dict[int, list[str]] = {}
    for c in countries:
        # a destination or venue ("arrived in Moscow", "Ambassador to Russia") is no nationality
        before = doc[max(0, c.start - 12) : c.start]
        if _PLACE_PREP.search(before):
            continue
        # a country name used attributively ("the Chile accord") is a topic, not a nationality
        if _attributive(doc, c, before):
            continue
        if c.start >= headline_end:
            sent_codes.setdefault(sentence_of(c.start).start, []).append(c.code)
    sent_people: dict[int, set[str]] = {}
    for p in out:
        if p.country:
            for m in p.mentions:
                sent_people.setdefault(sentence_of(m.start).start, set()).add(p.country)
    counts: dict[str, int] = {}
    for c in countries:
        if c.start >= headline_end and c.code not in claimed:
            counts[c.code] = counts.get(c.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    dominant = None
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        dominant = ranked[0][0]
    for person in out:
        if person.country is not None or not _state_office(person):
            continue
        near: dict[str, int] = {}
        for m in person.mentions:
            if m.start < headline_end:
                continue
            ss = sentence_of(m.start).start
            taken = sent_people.get(ss, set())
            for code in sent_codes.get(ss, ()):
                if code not in taken:
                    near[code] = near.get(code, 0) + 1
        if near:
            best = sorted(near.items(), key=lambda kv: -kv[1])
            if len(best) == 1 or best[0][1] > best[1][1]:
                person.country = best[0][0]
                continue
        if dominant:
            person.country = dominant


_AIDE_OF = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:(?:senior|chief|top|deputy|personal|close)\s+)?"
    r"(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|lawyer|attorney)\s+(?:for|of|to)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
_ACCOMPANIED = re.compile(r"\baccompanied\b(?:\s+\w+){0,4}?\s+by\s+(?:[\w.-]+\s+){0,4}$")


def _dependent_countries(doc: str, out: list[Person], sentence_of: Callable[[int], Sentence]) -> None:
    """An aide or companion shares the country of the person they serve or accompany.

    "<Name>, a spokesman for <Principal>" and "<Principal>, accompanied by <title> <Name>"
    take the principal's country, or none when the principal's is unknown (a guess
    from nearby country words would be about the principal's topic, not the aide).
    """
    idx = mention_index(out)
    for k, (s, e, pi) in enumerate(idx):
        nxt = idx[k + 1] if k + 1 < len(idx) else None
        if nxt is not None and nxt[2] != pi and _AIDE_OF.fullmatch(doc[e : nxt[0]]):
            if out[pi].country_evidence is None or out[nxt[2]].country is not None:
                out[pi].country = out[nxt[2]].country
            continue
        sent = sentence_of(s)
        if out[pi].country is None and _ACCOMPANIED.search(doc[max(sent.start, s - 90) : s]):
            first = next((i for a, _b, i in idx if sent.start <= a < s and i != pi), None)
            if first is not None and out[first].country:
                out[pi].country = out[first].country


def _attributive(doc: str, c: CountryMention, before: str) -> bool:
    """'the Chile accord': a one-word country name that does not take 'the' is a modifier.

    Names that do take the article ("the United States", "the U.S.") are left alone.
    """
    w = c.surface
    if c.kind != "name" or " " in w or "." in w or w.isupper() or w.endswith("s"):
        return False
    return before.endswith(("the ", "The ")) and doc[c.end : c.end + 2][1:2].islower()


_STATE_OFFICE = _LEADER_HEADS | {
    "secretary",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
}


def _state_office(person: Person) -> bool:
    """The person holds an office of a state (not 'secretary general' of a body)."""
    for t in person.titles:
        words = re.findall(r"[a-z-]+", t.title.lower())
        if "general" not in words and any(w in _STATE_OFFICE for w in words):
            return True
    return False


def mention_index(persons: list[Person]) -> list[tuple[int, int, int]]:
    """(start, end, person index) for every person mention, sorted by start."""
    return sorted((m.start, m.end, i) for i, p in enumerate(persons) for m in p.mentions)


def person_at(persons: list[Person], start: int, end: int) -> int | None:
    """Index of the person with a mention overlapping [start, end), else None."""
    for s, e, i in mention_index(persons):
        if s < end and start < e:
            return i
    return None
