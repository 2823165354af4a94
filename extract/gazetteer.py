"""Naming patterns of UK public bodies and providers: data, not code.

Nothing here names a particular organisation.  An organisation is recognised
by the words its type puts at the end of its name (``... County Council``,
``... NHS Foundation Trust``, ``... Ltd``) or, for a few types, at the start
(``London Borough of ...``, ``University of ...``), with place words in
between.  The recogniser in :mod:`extract.orgfinder` reads these tables.
"""
from __future__ import annotations

# Name endings, longest first within a type; each needs place words before it.
# (words, kind, short-form key): the key says which organisation `the <words>`
# means in a paper (`the County Council` -> the paper's council).
SUFFIXES: list[tuple[tuple[str, ...], str, str]] = [
    (("Metropolitan", "Borough", "Council"), "council", "council"),
    (("Metropolitan", "District", "Council"), "council", "council"),
    (("County", "Borough", "Council"), "council", "council"),
    (("County", "Council"), "council", "council"),
    (("City", "Council"), "council", "council"),
    (("Borough", "Council"), "council", "council"),
    (("District", "Council"), "council", "council"),
    (("Town", "Council"), "council", "council"),
    (("Parish", "Council"), "council", "council"),
    (("Council",), "council", "council"),
    (("Mayoral", "Combined", "Authority"), "council", "combined_authority"),
    (("Combined", "Authority"), "council", "combined_authority"),
    (("Clinical", "Commissioning", "Group"), "ccg", "ccg"),
    (("CCG",), "ccg", "ccg"),
    (("Integrated", "Care", "Board"), "icb", "icb"),
    (("ICB",), "icb", "icb"),
    # A Scottish Integration Joint Board directs its council and health board: a public body of its own.
    (("Integration", "Joint", "Board"), "ijb", "ijb"),
    (("IJB",), "ijb", "ijb"),
    (("NHS", "Foundation", "Trust"), "nhs_foundation_trust", "trust"),
    (("Foundation", "Trust"), "nhs_foundation_trust", "trust"),
    (("NHS", "FT"), "nhs_foundation_trust", "trust"),
    (("NHS", "Trust"), "nhs_trust", "trust"),
    (("Trust",), "nhs_trust", "trust"),
    # Round prov17: an ambulance trust is usually named without its legal form (`Wessex Ambulance Service`
    # for `Wessex Ambulance Service NHS Trust`); no short form, `the ambulance service` is no one body.
    (("Ambulance", "Service"), "nhs_trust", ""),
    (("Community", "Interest", "Company"), "cic", ""),
    (("CIC",), "cic", ""),
    (("Ltd",), "company", ""),
    (("Limited",), "company", ""),
    (("plc",), "company", ""),
    (("PLC",), "company", ""),
    (("Plc",), "company", ""),
    (("LLP",), "company", ""),
    # Round prov17b: a partnership of accountants or solicitors named `X & Co` / `X and Co` (`Tamsin Field & Co`).
    (("&", "Co"), "company", ""),
    (("and", "Co"), "company", ""),
    # Registered societies: `... Industrial and Provident Society`, `... Community Benefit Society`.
    (("Industrial", "and", "Provident", "Society"), "society", ""),
    (("Community", "Benefit", "Society"), "society", ""),
    (("Co-operative", "Society"), "society", ""),
    (("IPS",), "society", ""),
    (("Charitable", "Incorporated", "Organisation"), "charity", ""),
    (("CIO",), "charity", ""),
    (("Charity",), "charity", ""),
    # `St Wilfrid's Hospice`, `Northfield Hospice`: a hospice is a body of its own (almost always a charity).
    (("Hospice",), "charity", ""),
    (("University",), "university", ""),
]

# Name beginnings followed by place words: `London Borough of Camden`.
PREFIXES: list[tuple[tuple[str, ...], str]] = [
    (("London", "Borough", "of"), "council"),
    (("Royal", "Borough", "of"), "council"),
    (("City", "and", "County", "of"), "council"),
    (("Council", "of", "the"), "council"),
    (("University", "of"), "university"),
    # Round party18: a friends group, `Friends of Tolland Park`, `The Friends of Ashby Library`: a charity.
    (("Friends", "of"), "charity"),
]

# Names that are complete as they stand.
FIXED: list[tuple[tuple[str, ...], str]] = [
    (("NHS", "England", "and", "NHS", "Improvement"), "nhs_england"),
    (("NHS", "England", "and", "Improvement"), "nhs_england"),
    (("NHS", "England"), "nhs_england"),
    (("NHS", "Improvement"), "nhs_england"),
    (("Greater", "London", "Authority"), "council"),
]

# A plain `<Place> Trust` is a charity unless its last word says it is one of
# the NHS's trust types written without `NHS` (`Wessex Community Trust`).
NHS_TRUST_WORDS = {"community", "healthcare", "health", "hospital", "hospitals", "ambulance",
                   "care", "partnership", "mental", "teaching"}
# ... and a `<Place> Leisure Trust`, `<Place> Housing Trust` is a charitable trust: the word
# before `Trust` names the sector such trusts work in (never `Deputy Trust Secretary`).
CHARITABLE_TRUST_WORDS = {"leisure", "housing", "wildlife", "heritage", "arts", "sports", "sport", "culture",
                          "cultural", "carers", "youth", "learning", "education", "educational", "museums",
                          "music", "theatre", "libraries", "countryside", "conservation", "almshouse",
                          "almshouses", "homes", "hospice", "hospices", "wellbeing", "academy", "academies",
                          # trust ports and waterways: `Kestrel Bay Harbour Trust`, `Wendle Canal Trust`
                          "harbour", "harbours", "port", "canal", "canals", "waterways"}

# Words joining place words inside a name: `Brighton and Hove`, `Kingston upon
# Thames`, `Rotherham, Doncaster and South Humber`.
CONNECTORS = {"and", "&", "of", "upon"}

# Words that may stand before `of` inside a name: `City of Bradford`, `Isle of
# Wight`, `West of England`; anything else (`Residents of Wessex`) ends it.
OF_HEADS = {"city", "isle", "isles", "vale", "west", "east", "north", "south", "county",
            "borough", "heart", "forest", "royal", "university", "duchy", "district"}

# Words that may end a name after its last capitalised word: `Fenwold Hospice at Home`, `Silverbrook Care at
# Home` (home care firms and hospice-at-home charities name themselves after the service).  Read by the
# evidence patterns' NAME (orgevidence) and, for the suffix types below, by the suffix walk (orgfinder).
NAME_TAILS = (("at", "Home"),)
# The suffix types a tail may follow on the suffix walk: only `Hospice` (`Brackenford Council at Home Farm`
# is the council at a place; a `Hospice at Home` is a body of its own).  Not type words themselves: `Homes`
# is no kind of body.
SUFFIX_TAILS = {
    ("Hospice",): NAME_TAILS,
}
# Words after such a tail that make it the body's service, not its name: `Millbrook Hospice at Home
# Service` is Millbrook Hospice's at-home service (the body is `Millbrook Hospice`).
SUFFIX_TAIL_SERVICE_WORDS = frozenset({"service", "services", "team", "teams", "scheme", "programme", "nurses"})

# Capitalised words that name a body's part or business, never its place: a
# name does not run back over them (`Better Care Fund Executive Group and
# Wessex CCG` is Wessex CCG).
HEAD_WORDS = {
    "group", "groups", "board", "boards", "committee", "committees", "council", "councils",
    "fund", "team", "teams", "panel", "forum", "cabinet", "executive", "department",
    "directorate", "authority", "authorities", "meeting", "programme", "plan", "strategy",
    "agreement", "contract", "contracts", "report", "officer", "officers", "director",
    "manager", "member", "members", "trust", "trusts", "ccg", "ccgs", "icb", "icbs", "ltd",
    "limited", "cic", "plc", "llp", "service", "services", "system", "systems", "unit",
    "office", "policy", "scheme", "framework", "act", "regulations", "appendix", "section",
    "table", "item", "agenda", "minutes", "chair", "chief", "mayor", "leader", "portfolio",
    "holder", "scrutiny", "overview", "cabinet", "commissioners", "commissioner", "provider",
    "providers", "partners", "partner", "consortium", "alliance", "collaborative", "network",
    "place", "sector", "market", "review", "update", "summary", "budget", "funding", "partnership",
}

# Head words that do belong to a name when they stand right before its type
# words (`Wessex Partnership NHS Foundation Trust`, `Yorkshire Ambulance
# Service NHS Trust`, `Acme Care Group Ltd`), but never across an `and`.
NAME_HEAD_WORDS = {"partnership", "service", "services", "group", "network", "alliance",
                   "collaborative", "system", "consortium"}

# Capitalised words that start a sentence or qualify a name without being part
# of it: trimmed from the front of a candidate name.
LEADING_NOISE = {
    "current", "existing", "proposed", "previous", "former", "both", "all", "each", "every",
    "any", "other", "our", "your", "their", "its", "his", "her", "this", "that", "these",
    "those", "following", "under", "with", "within", "between", "by", "from", "for", "to",
    "in", "on", "at", "as", "and", "or", "but", "if", "when", "where", "whilst", "while",
    "however", "also", "currently", "local", "lead", "joint", "relevant", "respective",
    "neighbouring", "host", "commissioning", "contracting", "partner", "partners",
    "public", "note", "see", "cllr", "councillor", "dear", "whereas", "since", "after",
    "before", "during", "including", "across", "via", "a", "an", "the", "of", "upon",
    "than", "then", "so", "because", "although", "whether", "once", "unless", "until",
    "only", "not", "no", "yes", "therefore", "thus", "further", "furthermore", "moreover",
    "additionally", "overall", "together", "alongside", "appendix", "section", "table",
    "item", "report", "paper", "contract", "contracts", "agreement", "provider",
    "providers", "commissioner", "commissioners", "service", "services", "funding",
    "total", "value", "budget", "recommendation", "recommendations", "risk", "risks",
    "mitigation", "decision", "approved", "agreed", "noted", "awarded", "delivered",
    "provided", "commissioned", "transfer", "transferred", "novated", "full", "whole",
    "wider", "statutory", "partnership", "policy", "strategy", "key", "main", "new",
    "draft", "final", "interim", "annual", "quarterly", "monthly", "weekly", "senior",
    "chief", "executive", "director", "officer", "manager", "head", "chair", "member",
    "members", "cabinet", "committee", "board", "meeting", "status", "summary", "background",
    "introduction", "purpose", "conclusion", "conclusions", "options", "option", "impact",
    "implications", "financial", "legal", "equality", "consultation", "procurement",
    "title", "author", "date", "subject", "ward", "wards", "contact", "name", "organisation",
    "organisations", "body", "bodies", "re", "cc", "attn", "ref", "recent", "recently",
    "extraordinary", "deputy", "acting", "internal", "external", "year", "partnering",
}

# Words that describe a body rather than place it: dropped from the end of a
# name's place words when inferring the paper's place (`Wessex Community
# Health NHS Trust` -> `Wessex`).
DESCRIPTOR_WORDS = {
    "community", "health", "healthcare", "hospital", "hospitals", "university", "teaching",
    "mental", "care", "partnership", "ambulance", "nhs", "clinical", "social", "integrated",
    "children's", "childrens", "acute", "specialist", "general", "royal", "the",
    "county", "city", "borough", "district", "metropolitan", "town", "parish", "mayoral",
}

# Words that say what kind of ambulance service is meant, not whose (`the Emergency Ambulance Service`,
# `Patient Transport Ambulance Service`): with only these (or descriptor words) before it, `Ambulance Service`
# names no trust.
AMBULANCE_SERVICE_KIND_WORDS = {"emergency", "non-emergency", "patient", "transport", "urgent", "private",
                                "independent", "voluntary", "air", "regional", "local"} | DESCRIPTOR_WORDS

# Spelled-out forms of the acronyms used inside names, so `Wessex CCG` and
# `Wessex Clinical Commissioning Group` are seen as one organisation.
EXPANSIONS = {
    "ccg": "clinical commissioning group",
    "icb": "integrated care board",
    "ft": "foundation trust",
    "cic": "community interest company",
    "ltd": "limited",
    "ips": "industrial and provident society",
}

# Words a variant of a name may add or drop without naming another body.
OPTIONAL_NAME_WORDS = {"the", "nhs", "mayoral"}

# Words before a bare `Council` that make it a national or sectoral body, not
# a local authority: `Arts Council`, `General Dental Council`.
NOT_LOCAL_COUNCIL_WORDS = {
    "arts", "research", "medical", "dental", "nursing", "midwifery", "schools", "school", "sports",
    "sport", "youth", "power", "advisory", "design", "science", "business", "student", "students",
    "general", "privy", "european", "security", "professions", "quality", "standards",
    "pharmaceutical", "optical", "engineering", "housing", "social", "independent", "our",
    "national", "british", "press", "trades", "chiefs", "police", "economic", "skills",
}

# Endings of an undefined acronym that mark it as a public body's:
# `HVCCG`, `WCHT`, `KCC`, `RMBC`, `TRFT`.
ORG_ACRONYM_SUFFIXES: list[tuple[str, str, int]] = [
    # (ending, kind, shortest length): `DFT` is a department, `TRFT` a trust.
    ("CCG", "ccg", 4),
    ("ICB", "icb", 4),
    ("NHSFT", "nhs_foundation_trust", 6),
    ("FT", "nhs_foundation_trust", 4),
    ("NHST", "nhs_trust", 5),
    ("HT", "nhs_trust", 4),
    ("MBC", "council", 4),
    ("CC", "council", 3),
    ("CIC", "cic", 4),
    # `HCVS`, `BDCVS`: a council for voluntary service, the local voluntary sector's support charity.
    ("CVS", "charity", 4),
]

# Acronyms that end like an organisation's but are something else.
NOT_ORG_ACRONYMS = {"ICC", "UCC", "ACC", "PCC"}

# Phrases that are only ever short forms, in any case: `the local authority`.
SHORT_ONLY: list[tuple[tuple[str, ...], str]] = [
    (("local", "authority"), "council"),
    (("county", "council"), "council"),
]

# Which organisation kinds a short-form key may mean.
SHORT_FORM_KINDS = {
    "council": {"council"},
    "combined_authority": {"council"},
    "ccg": {"ccg"},
    "icb": {"icb"},
    "ijb": {"ijb"},
    "trust": {"nhs_trust", "nhs_foundation_trust"},
}

# Type acronyms used on their own as short forms: `the Council and CCG`.
SHORT_FORM_ACRONYMS = {"CCG": "ccg", "ICB": "icb", "IJB": "ijb"}


def _load_public_body_types() -> dict:
    """`public_body_types.yaml`: fire, national park, police, waste, transport ... bodies' type words."""
    from importlib import resources

    from . import yaml_files

    with resources.files(__package__).joinpath("public_body_types.yaml").open(encoding="utf-8") as handle:
        return yaml_files.safe_load(handle)


PUBLIC_BODY_TYPES = _load_public_body_types()
# The kinds of public body, other than councils and NHS bodies, that publish papers and commission
# contracts, each with the short-form key `the <type words>` is counted under.
PUBLISHING_BODY_KINDS: dict[str, str] = {kind: kind for kind in PUBLIC_BODY_TYPES["kinds"]}
# Words after a type prefix that name no place (`Transport for City Regions` is a fund), one list for every prefix.
PREFIX_NOT_PLACES: frozenset[str] = frozenset(PUBLIC_BODY_TYPES["prefix_not_places"])
PREFIX_NOT_PLACE_ENDINGS: frozenset[str] = frozenset(PUBLIC_BODY_TYPES["prefix_not_place_endings"])
# Words before a month's name that make it a date, not a place (`the March County Council`).
MONTH_DATE_DETERMINERS: frozenset[str] = frozenset(PUBLIC_BODY_TYPES["month_date_determiners"])
# Head words that belong to a company's name right before its legal form (`Harbury Youth Forum CIC`).
LEGAL_FORM_NAME_WORDS: frozenset[str] = frozenset(PUBLIC_BODY_TYPES["legal_form_name_words"])
# The kinds whose suffix is a legal form, not a body type: a firm names itself as it likes.
LEGAL_FORM_KINDS = frozenset({"company", "cic", "society"})
for _entry in PUBLIC_BODY_TYPES["types"]:
    if "suffix" in _entry:
        _words = tuple(_entry["suffix"].replace(",", " ,").split())
        SUFFIXES.append((_words, _entry["kind"], _entry.get("short", "")))
    else:
        _words = tuple(_entry["prefix"].split())
        PREFIXES.append((_words, _entry["kind"]))
    if _entry.get("short"):
        SHORT_FORM_KINDS.setdefault(_entry["short"], set()).add(_entry["kind"])
# Longest ending first (a stable sort keeps each length's order): where one type's words end another's,
# `University Health Board` is tried before `University` inside it, and a name loses its whole type ending.
SUFFIXES.sort(key=lambda entry: -len(entry[0]))
