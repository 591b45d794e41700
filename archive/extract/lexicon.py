"""Shared word lists of news language: one definition each, for every extraction stage.

Persons, titles, the gazetteer, quotes, dates and sentence splitting all need to know
which capitalised words are months, honorifics, titles or organisation nouns. Keeping
the lists here, apart from the rules that use them, means a word added once counts
everywhere, and the rule modules stay short. Where a module's list only resembles one
of these, it stays in that module with a comment saying how it differs.

Everything is a ``frozenset`` of exact (case-sensitive) words, except the calendar
tuples, which keep calendar order, and ``CUE_VERBS``, a regex alternation whose order matters.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _ordered(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Honorifics dropped from a name ("Mr", "Dr", "Madame").
HONORIFICS: frozenset[str] = _words(
    """
    Mr Mrs Ms Miss Dr Prof Professor Sir Dame Mme Mister Messrs Excellency Madam Madame Monsieur
    Herr Frau Senor Señor Lord Lady Comrade Shri Shrimati Smt Alhaji Alhaja Hajia Datuk Dato Datin
    """
)

# Religious or customary honorifics kept in the name when always used with it.
KEEP_HONORIFICS: frozenset[str] = _words(
    "Sheikh Shaikh Sheik Sheikha Shaikha Sayyid Sayyida Mullah Mulla Haji Hajji Maulana"
    " U Daw"  # Burmese honorifics, written as part of the name ("U Thant")
)

# Generational suffixes that belong to a name.
SUFFIXES: frozenset[str] = _words("Jr Sr II III IV")

# Lower-case particles inside names ("bin", "van", "de").
NAME_PARTICLES: frozenset[str] = _words(
    """
    bin bint ibn ben ould al el van von der den de da du di del della dos das la le ter ten zu y
    arap ap dela
    """
)

# Capitalised particles inside names ("Ó", "Ní", "Mac", "Al"): a name part only between
# name words; "Al"/"El" alone open organisation and place names too ("Al Jazeera").
CAP_PARTICLES: frozenset[str] = _words("Ó Ní Nic Mac Uí Ua Al El Abu Ould")

# Lower-case head nouns of roles; a title phrase must contain one.
TITLE_HEADS: frozenset[str] = _words(
    """
    president vice-president president-elect minister secretary ambassador envoy spokesman
    spokeswoman spokesperson king queen prince princess emir amir sultan chancellor premier
    governor mayor senator sen rep representative congressman congresswoman chairman chairwoman
    chair leader commander general director adviser advisor aide negotiator secretary-general
    official diplomat editor correspondent analyst fellow scholar professor researcher expert
    monarch speaker chief head member judge justice pope cardinal archbishop bishop ayatollah
    attorney lawyer spy worker activist journalist reporter candidate nominee founder ceo
    executive coordinator counsellor councillor consul attache delegate deputy lawmaker
    legislator politician dictator strongman ruler mp governor-general lieutenant colonel
    captain major admiral marshal sergeant officer undersecretary under-secretary czar tsar
    emissary ombudsman commissioner administrator superintendent vice-chairman co-chairman
    prosecutor minister-president taoiseach crown-prince chairperson co-chair co-chairperson
    vice-chair vice-chairperson secretary-general high-commissioner viceroy regent tanaiste
    tánaiste specialist observer councilor economist strategist mediator facilitator
    """
)

# Words that may precede or join a head inside a title ("deputy national security").
TITLE_MODIFIERS: frozenset[str] = _words(
    """
    foreign defense defence interior finance trade state national security press senior chief
    special deputy vice prime first general supreme crown acting interim former foreign-policy
    policy economic military executive assistant principal top permanent high lead ranking
    political cabinet home justice health energy commerce agriculture labor labour education
    information culture environment transport treasury homeland intelligence affairs relations
    international public private personal regional external internal parliamentary opposition
    majority minority presidential royal grand great joint associate managing research
    communications development planning petroleum oil industry science technology social welfare
    immigration tourism sports youth women water power mines legal naval air army armed forces
    government fisheries fishery forestry mining housing lands works infrastructure
    telecommunications aviation maritime customs revenue budget economy cooperation integration
    investment employment irrigation livestock food rural urban local family veterans heritage
    """
)

# Abbreviated titles written before names ("Sen.", "Gen.").
TITLE_ABBR: frozenset[str] = _words("Sen Rep Gen Lt Col Maj Capt Sgt Adm Cmdr Gov Pres Amb Brig Hon Rev")

COUNTERPART: frozenset[str] = _words("counterpart counterparts")

# Kinship nouns: "his brother X" supports X as a name, and is no title.
KIN_WORDS: frozenset[str] = _words(
    """
    brother sister wife husband son daughter father mother uncle aunt cousin nephew niece
    girlfriend boyfriend widow widower fiancee fiance grandson granddaughter grandfather
    grandmother
    """
)

# Reporting and encounter verbs after a name: evidence that a single word is a name.
# quotes.py keeps its own, wider regex of reporting verbs on purpose (it leaves out
# "call"/"calls" and the encounter verbs, and adds participles and multi-word cues).
SPEECH_VERBS: frozenset[str] = _words(
    """
    said says told tells added adds stated states wrote writes tweeted tweets asked asks argued
    argues noted notes insisted insists explained explains declared declares announced announces
    urged urges warned warns stressed stresses replied replies recalled recalls acknowledged
    acknowledges admitted admits claimed claims suggested suggests complained complains agreed
    agrees met meets visited visits spoke speaks called calls signed signs promised promises
    vowed vows praised praises criticized criticised criticizes criticises responded responds
    confirmed confirms denied denies expressed expresses reiterated reiterates emphasized
    emphasised highlighted underlined welcomed welcomes condemned condemns thanked thanks
    discussed discusses arrived arrives left leaves returned returns
    """
)

# Calendar words, in calendar order (dates.py relies on the order).
WEEKDAYS: tuple[str, ...] = _ordered("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

MONTHS: tuple[str, ...] = _ordered(
    """
    January February March April May June July August September October November December
    """
)

WEEKDAY_ABBR: frozenset[str] = _words("Mon Tue Wed Thu Fri Sat Sun")

MONTH_ABBR: frozenset[str] = _words("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")

# Capitalised function words that open a sentence or clause ("The", "After", "Their").
# Shared by the gazetteer's NEUTRAL_CAPS and persons' NON_NAME.
CLAUSE_OPENERS: frozenset[str] = _words(
    """
    The A An In On At To From For Of By With And But Or As After Before During Since Until While
    When Where If Although Meanwhile Earlier Later Last Next This That These Those Both Some
    Many Most All Its His Her Their Our
    """
)

# More capitalised function words: part of NON_NAME only. The gazetteer's NEUTRAL_CAPS
# never held them; adding them there would change which places count as next to a name.
_MORE_FUNCTION_CAPS: frozenset[str] = _words(
    """
    Though Because My Your We They He She It I You Who What Which Why How There Here Then Now
    Yet Still Also Even Such No Not Nor So Thus Today Tomorrow Yesterday Tonight However
    Moreover Instead Under Over Between Among Amid Against Despite Without Within Through
    Throughout Into About Above Below Upon Via Per
    """
)

# Capitalised title words, shared by NON_NAME and the title reader's TITLEISH_CAPS.
TITLE_CAPS: frozenset[str] = _words(
    """
    Secretary General Minister President Prime Vice Deputy Chief Special Representative
    Ambassador Envoy King Queen Prince Princess Emir Sultan Crown Chancellor Premier Governor
    Mayor Senator Chairman Chairwoman Chair Leader Spokesman Spokeswoman Spokesperson Director
    Adviser Advisor Commander Chairperson Commissioner Managing
    """
)

# Nouns that end organisation and place names ("Ministry", "Foundation", "Lake"):
# both non-name words and organisation nouns.
ORG_NAME_NOUNS: frozenset[str] = _words(
    """
    Ministry Office Council University Party Department Committee Senate House Congress
    Parliament Assembly Commission Agency Bank Fund Court Union Forces Force Army Navy Air
    Institute Foundation Center Centre Association Organization Organisation Group Company Corp
    Corporation Inc Ltd News Times Post Press Service Services Airport Palace Hall Street Square
    Base Summit Conference Forum Treaty Accord Accords Agreement Initiative Program Programme
    Plan Doctrine Act Law War Revolution Republic Kingdom Government Administration Cabinet
    Embassy Consulate Mission Station Port Island Islands River Lake Mountain Mountains Valley
    Sea Ocean Gulf Bay Strait Canal Peninsula Province County City District Region Territory
    Zone Club Hotel Avenue Road Bridge Tower Stadium Park Prize Award Project Network Channel
    Broadcasting Radio Television Society League Federation Alliance Coalition Brigade Division
    School College Academy Hospital Church Mosque Temple Museum Library Tribunal Authority Board
    Bureau Corps Guard Police Marines Fleet Games Cup Community Boulevard Highway Expressway
    Motorway Freeway Terminal Arena Mausoleum Esplanade Promenade Embankment Countries Nations
    States Peoples
    """
)

# Company-name words ("X Motor", "Y Co.", "General Z"): never part of a personal name.
COMPANY_WORDS: frozenset[str] = _words(
    """
    Co Cos Motor Motors Electric Electronics Dynamics Aerospace Airways Systems Technologies
    Pharmaceuticals Petroleum Steel Chemical Chemicals Mining Shipping Insurance Securities
    Telecom Communications Haulage Logistics Engineering Construction Hermanos Brothers
    Plantation Plantations Bhd Berhad Tbk
    """
)

# Other capitalised words that are not (parts of) personal names: holidays, regions,
# faiths and peoples, parties, media and agencies, numbers, capitalised titles, armed
# groups, blocs, currencies, portfolios, fragments of country names.
_OTHER_NON_NAME: frozenset[str] = _words(
    """
    Christmas Easter Ramadan Eid New Year Day Week State States Islamic Democratic Liberation
    Front Movement Taliban Camp Fort Mount Cape Saint St San Santa Sao Peace TV Duma Security
    Affairs Relations Foreign National International Global World Northern Southern Eastern
    Western North South East West Middle Central Greater Upper Lower Asia Africa Europe America
    Americas Pacific Atlantic Arctic Antarctic Mediterranean Caribbean Balkans Levant Arab Arabs
    Muslim Muslims Islam Islamist Christian Christians Jewish Jews Sunni Shia Shiite Kurdish
    Kurds Hindu Buddhist Catholic Protestant Orthodox Communist Communists Democrat Democrats
    Republican Republicans Labour Conservative Conservatives Liberal Liberals Socialist Green
    Greens God Allah Prophet Internet Web Twitter Facebook YouTube Google Reuters AP AFP Xinhua
    Bloomberg CNN BBC NPR Getty Images Image Photo Video Read More Story Highlights Source
    Agencies Editor Editing Reporting Writing Additional English Arabic Urdu Persian Hebrew
    Spanish Latin Cold Civil Second First Third One Two Three Four Five Six Seven Eight Nine Ten
    Hundred Thousand Million Billion Please Thank Thanks Yes Oh Well Okay OK Mideast Sec
    Secretary-General Vice-President President-elect Pope Ayatollah Speaker Justice Judge
    Counsellor Consul Minister-President Monarch Majesty Highness Excellency Officials Official
    Sources Elysee Kremlin Pentagon Capitol Wadi Jebel Rio Plaza Casa Palacio Al Qaeda Hezbollah
    Hamas Jazeera Shabaab Haram Boko ISIS ISIL Daesh NATO UN EU Brexit Covid Coronavirus Euro
    Dollar Dollars Yuan Yen Rupee Rupees Ruble Rubles Pound Pounds Oscar Olympics Olympic Grand
    Nato Defense Defence Interior Treasury Commerce Energy Homeland Agriculture Labor Education
    Health Transport Transportation Veterans Finance Trade European African Asian Hispanic
    Latino Latinos Hutu Hutus Tutsi Tutsis Pashtun Pashtuns Baloch Uighur Uighurs Uyghur Uyghurs
    Rohingya Shiites Sunnis Alawite Alawites Druze Bedouin Kurd Communities Economic Mr Mrs Ms
    Dr Prof Sir Korea Koreas Congo Guinea Sudan Emirates Horn Sahel Maghreb Caucasus Balkan
    Baltic Nordic Scandinavian Slavic Anglo Franco Sino Indo Afro Soviet Soviets Ottoman
    Byzantine Roman Greek Netherlands Philippines Bahamas Maldives Seychelles Nations United
    Asean Mercosur Ecowas Caricom Interpol Europol Frontex Unesco Unicef Unasur Opec Brics Apec
    Saarc Celac Comesa Sadc Igad Brussels Avenida Calle Rua Rue Jalan Piazza Paseo Via Ulitsa
    Prospekt Strasse Straße
    """
)

# Organisation and place nouns that are not in NON_NAME (only a name before them is cut).
_MORE_ORG_NOUNS: frozenset[str] = _words(
    """
    Heights Declaration Convention Protocol Memorial Cathedral Airlines Holdings Industries
    Partners Capital Trust Studio Studios Review Journal Herald Tribune Gazette Daily Weekly
    Magazine Show Festival Dam Pass Canyon Desert Plateau Basin Delta Coast Shore Beach Falls
    Gate Gardens Building Complex Headquarters Compound Prison Jail Barracks Airbase Field
    Report Index Online Digest Wire Post-Gazette
    """
)

# Heads of place, feature, body and programme names: a multi-word name ending in one is
# not a person ("Grand Canyon Dam", "Ministry of Rural Development"). Exact words only:
# no plural stripping, since plurals of some of them are surnames.
NAME_FINAL_NON_PERSON: frozenset[str] = _words(
    """
    Dam Shoal Shoals Reef Reefs Atoll Cay Cays Lagoon Archipelago Corridor Development
    Cooperation Integration Nations Highway Railway Pipeline Canyon Desert Plateau Basin Delta
    Strait Straits Peninsula Island Islands Gulf Sea Ocean Lake River Mountains Valley Canal
    Airport Declaration Convention Protocol Memorial Cathedral Heights Headquarters Compound
    Prison Airbase Fjord Estuary Isthmus Volcano Glacier Oasis Waterway Affairs Relations Security
    Icefield Wire Boulevard Blvd Quay Industries Holdings Hermanos Brothers Engineering
    Haulage Logistics Bhd Berhad Tbk Stadium Deportivo
    Defence Defense Trade Commerce Industry Agriculture Fisheries Finance Planning Investment
    Facility Facilities Meeting Meetings Talks Framework Mechanism
    """
)

# Words that open a place name ("Camp X", "Lake Y"): a name right after one is a place.
PLACE_PREFIXES: frozenset[str] = _words(
    """
    Camp Fort Mount Mt Lake Port Cape Saint St San Santa Santo Sao Gulf Bay Glen Wat Wadi Jebel
    Jabal Tell Ras Rio Lago Plaza Casa Avenida Calle Rua Rue Jalan Piazza Paseo Via Ulitsa
    """
)

# Words that, right after a name, make it a modifier ("the Halvorsen administration").
MODIFIER_NEXT: frozenset[str] = _words(
    """
    administration government era camp team presidency regime campaign doctrine family cabinet
    years policy policies White officials official sources spokesman spokeswoman spokesperson
    statement executives shares employees workers staff troops forces ministry data report
    loyalists supporters allies aides
    """
)

_MORE_TITLEISH_CAPS: frozenset[str] = _words(
    """
    Foreign Ministry Office Department State Defense Defence Security National Council Senate
    House Affairs Relations Committee Press Supreme Interior Finance Trade Home Justice Armed
    Services Intelligence Central Federal Executive Permanent High Commissioner First Lady
    Cabinet Presidential Royal Navy Army Air Force Forces Staff Joint Chiefs Acting Interim
    Former Attorney Treasury Commerce Energy Health Labor Labour Agriculture Education Homeland
    Information Culture Environment Transport International Development Economic Political
    Military Assembly Parliament Congress Majority Minority Opposition Whip Party Secretariat
    Foreign-Policy Policy Republic Government Province Presidium Cooperation Communities
    """
)

_MORE_NEUTRAL_CAPS: frozenset[str] = _words(
    """
    Mr Mrs Ms Dr President Prime Minister Foreign Secretary King Queen Prince Crown Sheikh Emir
    Sultan Mayor Governor Ambassador Envoy General Gen Chancellor Premier Vice Deputy Chairman
    Leader Spokesman Spokeswoman Spokesperson Officials Sen Senator Rep Embassy Consulate
    Airport
    """
)


# ---------------------------------------------------------------------------
# Compositions
# ---------------------------------------------------------------------------

# Capitalised words that are not (parts of) personal names.
_NON_NAME_WORDS: frozenset[str] = (
    CLAUSE_OPENERS
    | _MORE_FUNCTION_CAPS
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | WEEKDAY_ABBR
    | MONTH_ABBR
    | ORG_NAME_NOUNS
    | TITLE_CAPS
    | TITLE_ABBR
    | _OTHER_NON_NAME
)
NON_NAME: frozenset[str] = _NON_NAME_WORDS | COMPANY_WORDS
# Lower-cased, for sentence-initial common words; company words were never part of it.
NON_NAME_LOWER: frozenset[str] = frozenset(w.lower() for w in _NON_NAME_WORDS)
# Organisation or place nouns: a name segment right before one belongs to it.
ORG_NOUNS: frozenset[str] = ORG_NAME_NOUNS | _MORE_ORG_NOUNS | COMPANY_WORDS
# Capitalised words that can be part of a title ("Foreign Ministry spokesman").
TITLEISH_CAPS: frozenset[str] = TITLE_CAPS | _MORE_TITLEISH_CAPS
# Capitalised words that may stand next to a place without making it part of a
# personal or organisation name (gazetteer): weekdays, months, sentence openers, titles.
NEUTRAL_CAPS: frozenset[str] = frozenset(WEEKDAYS) | frozenset(MONTHS) | CLAUSE_OPENERS | _MORE_NEUTRAL_CAPS

# Heads of state and government offices: "the Kenyan leader" refers back to a person.
LEADER_HEADS: frozenset[str] = _words(
    "president minister premier king queen emir sultan leader ruler chancellor monarch"
)
# Prepositions that join a title head to its complement ("Ambassador to Russia").
CONNECTORS: frozenset[str] = _words("of to for on at with in")

# Lower-case abbreviations after which a full stop does not end a sentence (text.py):
# every title abbreviation ("Sen.", "Gen.") plus the ones below. Not the lower-cased
# MONTH_ABBR: "jun" and "jul" were never in it, and adding them would move sentence ends.
NON_FINAL_ABBREVS: frozenset[str] = frozenset(w.lower() for w in TITLE_ABBR) | _words(
    """
    mr mrs ms dr prof messrs st jr sr no vs etc inc corp co ltd jan feb mar apr aug sep sept oct
    nov dec u.s u.n u.k e.g i.e a.m p.m mt ft
    """
)

# Reporting verbs as a regex alternation, in match order (quotes, quote_marks): verbs that
# report words. "call"/"calls" are left out: too often the noun (a phone call).
# Kept apart from SPEECH_VERBS: that set is name evidence and holds encounter verbs ("met",
# "visited"); this one finds attribution cues, with participles and multi-word cues, and
# its alternation order decides which cue a match reports.
CUE_VERBS: str = (
    "said|says|say|added|adds|told|tells|stated|states|stating|wrote|writes|"
    "tweeted|tweets|posted|declared|declares|announced|announces|explained|explains|"
    "noted|notes|noting|insisted|insists|insisting|argued|argues|arguing|asked|asks|"
    "replied|replies|responded|responds|warned|warns|warning|stressed|stresses|stressing|"
    "emphasised|emphasized|emphasises|emphasizes|urged|urges|urging|"
    "concluded|concluding|yelled|shouted|remarked|observed|recalled|acknowledged|"
    "admitted|conceded|claimed|claims|claiming|maintained|affirmed|"
    "reiterated|reiterates|reiterating|underlined|underscored|pointed out|went on|"
    "commented|complained|cautioned|predicted|vowed|pledged|promised|suggested|"
    "suggesting|described|describes|describing|calling|called|labels|labelled|labeled|"
    "saying|adding|telling|writing|tweeting|according to|quoted|quoting|"
    "reported|reports|reporting|dubbed|branded|hailed|praised|welcomed|confirmed|"
    "denied|told reporters|wrote in a tweet|interjected|quipped|joked|retorted|countered|"
    "exclaimed|snapped|thundered|mused|boasted|lamented|alleged|contended|recounted|"
    "testified|wondered|demanded|charged|protested|objected|announced|assured|"
    "interrupted|shot back|scoffed|agreed|disagreed|cited|summed up|accused|rejected"
)
