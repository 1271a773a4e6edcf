"""Rooms, beds, street addresses, ZIP codes and where someone lives or came from, whoever they
belong to. Apart from dates and contact details because a place is read by what stands around
it (a ward or a venue, a dwelling, a person described, a trip) more than by its own form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.phi.date_shapes import MONTH_NAME
from assistant.phi.lexicon import CARE_SETTINGS, STATE_NAMES
from assistant.phi.name_words import medical_word
from assistant.phi.shapes import ROOM, Shape, trimmed
from assistant.phi.vocab import zipf
from assistant.text.gated import gated
from assistant.text.patterns import lazy

STREET_ADDRESS = gated(
    r"(?=\d)\b\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir)\b\.?"
    r"(?:,?[ \t]*(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]*[\w-]{1,8})?"
    r"(?:,[ \t]+(?!(?:CA|NY|TX|FL|MA)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
)
ROUTE = gated(r"(?=[RHC])\b(?:Route|Rte|Highway|Hwy|County Road)[ \t]+\d{1,4}\b")
# "a room above a laundromat on Blackstone Avenue": a street without a house number
STREET_NAME = gated(
    r"(?=[oO])\b(?:on|off)[ \t]+(?P<place>(?:[NSEW]\.?[ \t]+)?[A-Z][a-z]*(?:[ \t]+[A-Z][a-z]+){0,2}"
    r"[ \t]+(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Court|Terrace|Parkway)\b)"
)
# "their PO Box 1182", "P.O. Box 44": a postal address, as telling as a street's
PO_BOX = gated(
    r"(?=[Pp])\b(?:P\.?[ \t]?O\.?|[Pp]ost[ \t]+[Oo]ffice)[ \t]+[Bb]ox[ \t]+\d{1,6}\b"
)
_LABELLED_ZIP = lazy(r"(?i:zip(?:\s*code)?)[\s:,#]*(\d{5}(?:-\d{4})?)\b")
ZIP = gated(r"(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?(?![\w-])")
# "from the 93706 zip code" (one ZIP, not "the 93706 and 93702 zip codes" of a study)
_ZIP_BEFORE_WORD = gated(
    r"(?<![\w-])(\d{5})(?=\s+(?i:zip|zip\s*code|postal\s+code)\b(?!s|\s*codes))"
)


_NOT_A_WARD = lazy(
    # "Rm 2B (Kaplan Pavilion)": a room of a named building
    r"\s*[(,]\s*(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}(?:building|bldg|hall|center|centre|pavilion|"
    r"tower|library|auditorium|wing)\b"
    r"|\s+(?:(?:of|in|at)\s+the\s+(?:[\w-]+\s+){0,2}(?:building|hall|center|centre|pavilion|"
    r"tower|library|school)|office\s+hours|lounge|conference|for\s+(?:the\s+)?(?:meeting|talk|"
    r"lecture|session|m&m))"
)


# "the Cabot Auditorium, Room 301": a room of a venue.
_VENUE_BEFORE = gated(
    r"\b(?:auditorium|hall|building|bldg|library|pavilion|tower|classroom|ballroom|conference|"
    r"lecture|seminar|suite|floor|hotel|marriott|hilton|hyatt|convention|office)\b[^.;\n]{0,12}$"
    # "sim room 3", "M&M moved to Rm 410": a room where teaching happens
    r"|\b(?:sim|simulation|training|skills|teaching|meeting|huddle|study|call|m&m|journal\s+club|"
    r"grand\s+rounds|workshop|session|noon\s+report|morning\s+report|conf|board|break|team|"
    r"faculty)\b[^.;\n]{0,12}$"
    # "Sign-out is now at 6:30 in bay 6": where a forum of the team is held
    r"|\b(?:sign-?out|huddle|m&m|journal\s+club|grand\s+rounds|didactics?|lecture|workshop|"
    r"conference|meeting|session|orientation|retreat)\s+(?:is|was|will\s+be|moved|meets|"
    r"happens|starts)\b[^.;\n]{0,25}$", words=False)
# "M&M this Thursday, 12/4, noon, Room 410": a room told on a forum's line
_FORUM_LINE = gated(
    r"\b(?:m&m|journal\s+club|grand\s+rounds|noon\s+report|morning\s+report|tumor\s+board|"
    r"didactics?|lecture|workshop)\b[^\n]*$", words=False)
# "the guy in room 12": a room with a person in it is a ward room
_PERSON_IN = gated(
    r"\b(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby|family|one|he|she|he's|"
    r"she's|him|her)\s+(?:(?:is|was|still|now|back)\s+){0,2}(?:in|from)\s+(?:the\s+)?$",
    words=False)
# "the guy in 12", "pt from 3B": the room's person named in the same shape
_PERSON_FIRST = lazy(r"(?:pt|patient|lady|guy|man|woman|gentleman|kid|boy|girl|baby|one)\s")
# A bed, bay or stretcher is a ward's whoever speaks; a room may be a meeting room.
WARD_BED = lazy(r"(?:(?:[a-z]*icu|ed|er|pacu|hallway|hall)\s+)?(?:rm\.?|bed|bay|cubicle|"
                      r"stretcher)\b|[a-z]{0,3}icu\b|(?:ed|er|pacu)\s*#?\s*\d"
                      r"|(?:admitted|moved|transferred|sent|upgraded|downgraded)\b")


# "Sunita in 22 finally slept", "Horvath in 8 needs a lactate": a room right after a person
_IN_ROOM = lazy(
    r"[ \t]+in[ \t]+(?:rm[ \t]+|room[ \t]+|bed[ \t]+)?(?!(?:19|20)\d\d\b)(\d{1,4}[a-z]?)\b"
    r"(?![:/.,-]?\d|[ \t]*(?:%|mg|ml|min|mins|minutes|hours?|hrs?|days?|weeks?|wks?|months?|"
    r"years?|yrs?|sec|seconds|am|pm|a\.m|"
    r"p\.m|patients|pts|beds|of|out|to|and|or))",
    re.IGNORECASE,
)


def room_after(text: str, end: int) -> tuple[int, int] | None:
    """The room told right after a person's name ("Sunita in 22"), if any."""
    m = _IN_ROOM.match(text, end)
    return m.span(1) if m else None


# "1. Sign-out on 4 West 2.", "nights on 5N": the ward where staff work, not a bed in it
_STAFF_WORK_ON = gated(
    r"\b(?:sign-?out|hand-?offs?|rounds|huddle|orientation|nights|night\s+float|call|shifts?|"
    r"wards?|rotation|rotating|service|coverage|block|teaching|precepting|working|worked)"
    r"\s+(?:\w+\s+)?(?:on|at)\s+$", words=False)


def rooms(lower: str) -> Iterator[Shape]:
    for m in ROOM.finditer(lower):
        if _NOT_A_WARD.match(lower, m.end()):
            continue
        if _STAFF_WORK_ON.search(lower, max(0, m.start() - 30), m.start()):
            continue
        person = (_PERSON_IN.search(lower, max(0, m.start() - 30), m.start()) is not None
                  or _PERSON_FIRST.match(lower, m.start()) is not None)
        # "the sim room 3" is a venue's; "family meeting for the pt in 14" is the person's
        if not person and _VENUE_BEFORE.search(lower, max(0, m.start() - 40), m.start()):
            continue
        if not person and lower.startswith("room", m.start()) and _FORUM_LINE.search(
                lower, max(0, m.start() - 80), m.start()):
            continue  # "M&M schedule: 2/13 Dr. Okoye (Room 210)": the forum's room
        # "4 West bed 12": a bed anywhere in the span is a ward's
        yield Shape("ROOM", m.start(), m.end(), strong=person or WARD_BED.match(
            lower, m.start()) is not None or "bed" in lower[m.start() : m.end()])


# Where someone lives or was moved to: "moved to Sunrise Assisted Living", "lives out in Taft".
_DAY_OR_MONTH = lazy(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + MONTH_NAME + r"|may|today|tomorrow)\b"
    # "moved to Mon 12/7": a weekday shortened, before a date or a clause's end
    r"|(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s+\d|\s*[,.;)]|$)"
)
# Zipf frequencies: below the first a capitalised word is no institution everyone writes about
# ("Kaiser" 3.5, "Lanare" 0); from the second a word ending in "-an" or "-i" is a people's
# ("Mexican", "Punjabi"; not "Kerman", "Orosi"); from the third a word is too everyday to be a
# town before a trade ("Boston" 4.7 is kept out, "Fresno" 3.4 is not)
_RARE_ZIPF = 2.5
_KNOWN_ZIPF = 3.0
_EVERYDAY_ZIPF = 4.5
_ROOM_WORD = lazy(r"(?i:rm|room|bed|bay|suite)\b")
RESIDENCE_RUN = gated(
    r"(?=[lmrwhs])\b(?:lives|living|moved|resides|residing|went\s+back|home|relocated|staying|stays)\s+"
    # "lives with his son in Tranquillity", "lives alone in Biola"
    r"(?:(?:alone|(?:w/|with)\s*(?:his|her|their|a|an)\s+(?:[a-z'-]+\s+)?[a-z'-]+)\s+)?"
    r"(?:(?:out|back|up|down|somewhere|way|right|just)\s+)?(?:at|in|to|near|on)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z][\w'-]+|of|on|the|at)(?:\s+(?:[A-Z][\w'-]+|of|on))*)"
)


# "MyChart", "REDCap", "WhatsApp": one word with a capital after a small letter, a product's
# name (a town or a street is not written so)
PRODUCT_NAME = lazy(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*")
# where someone lives, said in Spanish: "vive en Orange Cove", "vive en un rancho cerca de Dinuba"
RESIDENCE_ES = gated(
    r"(?=[vr])\b(?:vive|viven|viv\u00eda|vivia|reside|resid\u00eda)\s+"
    r"(?:[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+\s+){0,4}?"
    r"(?:en|cerca\s+de)\s+(?:el\s+|la\s+)?(?:(?:barrio|pueblo|rancho|colonia|ciudad)\s+(?:de\s+)?)?"
    r"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
    # "la trajeron ... desde Huron": brought, come or arrived from a town
    r"|\b(?:trajeron|trajo|vino|viene|vinieron|lleg\u00f3|llegaron)\s+(?:[\w\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+\s+){0,5}?"
    r"desde\s+(?P<from>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)"
)


_STATE_CODES = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    r"NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
)
# longest first; by name among names of one length, so the source (a gate's key) is the same
# in every process whatever the order of the set
_STATE_WORDS = "|".join(sorted((s.title() for s in STATE_NAMES), key=lambda s: (-len(s), s)))
# "a farmworker from Lamont, CA", "an accountant in Bend, OR": the town of the person described.
PERSON_FROM = gated(
    r"(?=[Aa])\b(?:[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}(?:from|in|of)\s+"
    rf"(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})(?=,\s+(?:{_STATE_CODES}|{_STATE_WORDS})\b)"
)


# "she flew in from Las Vegas", "a man from Houston": where a person described comes from;
# weak, so kept only where the sentence tells of someone's care.
THIRD_PERSON_FROM = gated(
    r"(?=[HhSsPpAaTtOo])\b(?:[Hh]e|[Ss]he|[Hh]e's|[Ss]he's|pt|[Pp]atient|(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:[a-z-]+\s+)?(?:man|"
    r"woman|veteran|gentleman|lady|guy|boy|girl|kid|patient|farmworker|driver|teen)"
    # "the 92 yo from ...": a person by age
    r"|(?:[Tt]he|[Aa]n?|[Oo]ur)\s+\d{1,3}\s?(?:yo|y/o|-year-old))\b"
    r"(?:\s+(?:is|was|flew|drove|came|comes|moved|in|down|up|over|all\s+the\s+way)){0,3}\s+from\s+"
    r"(?:(?:out|up|down|over|past|near|outside|beyond|rural)\s+){0,2}"
    # "from the Tower District": a neighbourhood named with its article
    r"(?:the\s+(?=[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:District|Neighborhood|Barrio|Heights|"
    r"Rancheria|Reservation)\b))?"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|Prof|the|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    # "she's from tulare county": a county, typed in lower case as often as not
    r"|[a-z]+(?:\s+[a-z]+)?\s+(?:county\b|co\.|co\b))"
    r"(?![\w'-]*\s+(?:[A-Z]|lab|clinic|hospital|program|team|office|public|health|dept))"
)


# "an apartment in the Tower District", "a ranch outside Coalinga": a dwelling and where it is
DWELLING = gated(
    r"(?=[aAhHtTrRfFcCmMdDsSvVpP])\b(?P<noun>[Aa]partment|[Aa]pt|[Hh]ouse|[Hh]ome|[Tt]railer|"
    r"[Rr]anch|[Ff]arm|[Cc]ondo|[Mm]obile\s+home|[Rr]eservation|[Rr]ancheria|[Dd]airy|[Cc]amp|"
    r"[Mm]otel|[Ss]helter|[Vv]illage|[Pp]lace)"
    # "her place is over on Cedar": where the dwelling is may be told with "is over"
    r"\s+(?:(?:is|are|was)\s+)?(?:(?:over|out|up|down|back|way)\s+)?"
    r"(?P<prep>in|on|near|outside|off|by|at)\s+"
    r"(?:the\s+)?"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}"
    # "his apartment on 5th Street"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:[Ss]treet|[Ss]t|[Aa]venue|[Aa]ve)\b)"
)
# "an encampment near the Belmont overpass" (apart: an "e" would open the look-ahead above to
# most positions of a text)
ENCAMPMENT = gated(
    r"\b[Ee]ncampments?\s+(?:in|on|near|outside|off|by|at|under)\s+(?:the\s+)?"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)
# "a trailer at the Sunset Mobile Home Park": where a dwelling is; not "home at" or "the farm
# at", which are as often a workplace or an event
_DWELLING_AT = frozenset({"trailer", "apartment", "apt", "condo", "motel", "shelter"})


# "her granddaughter Ngoc Anh flew in from Houston": where someone travelled from; weak, and
# never the writer's or the reader's own trip ("I flew in from Boston")
TRAVEL_FROM = gated(
    r"(?=[fdctrbom])\b(?:flew|flies|flying|drove|drives|driving|came|comes|travell?ed|travels|drive|"
    r"ride|trip|flight|bus\s+ride|made\s+it)\s+(?:\d+\s*(?:hrs?|hours?|miles?|mi)\s+)?"
    # "drives her in from Le Grand": whom they bring along may come between
    r"(?:(?:her|him|them|his\s+\w+|her\s+\w+)\s+)?"
    r"(?:(?:in|down|up|over|out|back|all\s+the\s+way)\s+){0,2}from\s+"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|Prof|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"(?![\w'-]*\s+(?:[A-Z]|lab|clinic|hospital|program|team|office|conference|meeting))"
)
# the writer, the reader or a clinician by title or role: "Dr. Lee flew in from Houston"
_WORKS_AT = lazy(r"(?i:\b(?:works?|worked|working|job|shift|volunteer\w*)\s+(?:at|on|in)\s+"
                       r"(?:the\s+|a\s+|an\s+)?)$")
_TRAVELLER_NOT_PATIENT = lazy(
    r"(?i:\b(?:i|we|you|i've|we've|you've|u)\s+(?:just\s+|also\s+)?"
    r"|\b(?:dr|prof|professor)\.?\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:just\s+|also\s+)?"
    r"|\b(?:speaker|lecturer|presenter|attending|resident|fellow|intern|colleague|mentor|"
    r"faculty|chief|guest|classmate|friend)s?\s+(?:[\w'-]+\s+){0,2})$"
)


# "a Kerman resident", "a lifelong Sanger native": the town of the person described; weak, so
# kept only where the sentence tells of someone's care (not "seen by a Stanford resident")
TOWN_DEMONYM = gated(
    r"(?=[aAlL])\b(?:[Aa]n?|[Ll]ifelong|[Ll]ong-?time)\s+(?:(?:lifelong|longtime|long-time|proud)\s+)?"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|Prof|The|Our|My|Your)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?:native|resident)\b(?!\s+(?:physicians?|doctors?|md|of|at|in|on|program|council|"
    r"association|survey)\b)", words=False)
_BY_A_RESIDENT = gated(
    r"\b(?:by|with|from|our|their|your|my|fellow)\s+$"
    # "Dr. Kim, a Fresno native, ...": a clinician described
    r"|\b(?:dr|prof|professor)\.?\s+[\w'-]+(?:\s+[\w'-]+)?\s*,\s*$",
    re.IGNORECASE, words=False)


# "from the Calwa neighborhood", "in the Fig Garden area", "from rural Madera County": a
# named part of a town or a county after a preposition of place; weak, so kept only where the
# sentence tells of someone's care. Not a thing named after the area ("the Sunnyside
# neighborhood health fair", "Madera County clinics"), not a region ("the Bay Area" is
# capitalised, "the Denver metro area" has "metro").
NAMED_AREA = gated(
    r"(?=[fionatFIONAT])\b(?:from|in|near|of|around|to|at|outside)\s+"
    r"(?:(?:the|rural|eastern|western|northern|southern|east|west|north|south)\s+){0,2}"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
    r"(?:\s+(?:County|District|Barrio|Colonia)|(?=\s+(?:neighbou?rhood|area|district|"
    r"part\s+of\s+town|side\s+of\s+town)\b)))"
    r"(?!\s+(?:neighbou?rhood\s+|area\s+|district\s+)?(?:(?!I\b)[A-Z]|health|clinics?|programs?|fairs?|"
    r"schools?|hospitals?|offices?|sites?|campus|projects?|outreach|residents|patients|adults|"
    r"residency|electives?|rotations?|board|department|dept|jail|court|library|events?|"
    r"drives?|partners?|coalition|teams?|(?:public\s+)?health))"
)
# "the Fresno farmworker we admitted", "a Selma raisin grower", "Subject: Lanare pt": a town
# as the adjective of a person; weak. A word of a group ("a Hmong elder", "a Punjabi farmer"),
# a common English word or an institution's ("a Kaiser patient") is not a town.
_TRADE = r"(?:raisin|almond|citrus|dairy|grape|cattle|farm|field|orchard|nut)"
_JOB = (r"(?:farmworkers?|farm\s?workers?|growers?|farmers?|ranchers?|dairym[ae]n|truckers?|"
        r"field\s?workers?|packers?|pickers?|retirees?|elders?)")
_WHO = (r"(?:pt|patient|man|woman|gentleman|lady|grandmother|grandfather|grandma|grandpa|veteran|"
        r"teen|boy|girl|kid)")
# "farmworker", "raisin grower", "orchard worker"; "pt", "man"
_PERSON_NOUN = rf"(?:(?P<job>{_TRADE}\s+(?:workers?|hands?|{_JOB})|{_JOB})|{_WHO})"
TOWN_ADJECTIVE = gated(
    r"(?=[A-Z])(?:(?<=\b[Aa]\s)|(?<=\b[Aa]n\s)|(?<=\b[Tt]he\s)|(?<=\b[Oo]ur\s)|(?<=\b[Mm]y\s)|"
    r"(?<=\b[Tt]hat\s)|(?<=\b[Tt]his\s)|(?<![\s\S])|(?<=\n)|(?<=:\s))"
    r"(?P<place>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+"
    rf"{_PERSON_NOUN}\b"
)
_PERSON_AFTER = lazy(rf"\s+{_PERSON_NOUN}\b")

# "the one from the Lemoore dairy", "works at the Selma packing house": a town naming a workplace
# or a shelter someone is from or at; weak, so kept only where the sentence tells of care
TOWN_WORKPLACE = gated(
    r"(?=[fainFAIN])\b(?:from|at|in|near)\s+the\s+"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+"
    r"(?:dairy|farm|ranch|plant|cannery|packing\s+house|packinghouse|orchard|vineyard|feedlot|"
    r"warehouse|mill|shelter|motel|trailer\s+park|labor\s+camp)\b"
)


def describes_person(text: str, end: int) -> bool:
    """Is the place ending at `end` the adjective of a person ("the Fresno farmworker")?"""
    return _PERSON_AFTER.match(text, end) is not None


_GROUP_WORD = lazy(
    r"(?:ese|ish|ian|ic)$|^(?:Hmong|Mixtec|Triqui|Zapotec|Lao|Khmer|Latino|Latina|Latinx|"
    r"Filipino|Black|White|Asian|Native|Arab|Sikh|Mien|Thai|Chinese|Navajo|Cherokee|Spanish|"
    r"English|French|Dutch|Greek|Irish|Basque|Tongan|Samoan|Chamorro)$"
)
# "a NH resident in Parlier", "a group home resident from Reedley": where a resident lives
HOME_RESIDENT = gated(
    r"(?=[NSAnsagbc])\b(?:NH|SNF|ALF|[Nn]ursing[ \t]+home|[Gg]roup[ \t]+home|"
    r"[Aa]ssisted[ \t]+living|[Bb]oard-and-care|[Cc]are[ \t]+home)"
    r"[ \t]+resident[ \t]+(?:in|of|from|near)[ \t]+"
    r"(?P<place>(?!(?:Dr|Mr|Mrs|Ms|The|Our|My|Your)\b)[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2})"
)


def _town_adjective(word: str, trade: bool) -> bool:
    """A capitalised word that can be a town before a person noun: not a group's name ("a Hmong
    elder", "a Mexican farmworker"), not a word of care; before a trade ("the Fresno
    farmworker") any but the most common words, before "pt" or "man" only a rare one ("a Kaiser
    patient" is an insurer's)."""
    first = word.split()[0]
    freq = zipf(first)
    if _GROUP_WORD.search(first) or (first.endswith(("an", "i")) and freq >= _KNOWN_ZIPF):
        return False
    if first.upper() in CARE_SETTINGS or medical_word(first):
        return False
    return freq < (_EVERYDAY_ZIPF if trade else _RARE_ZIPF)


def places(text: str) -> Iterator[Shape]:
    for m in TOWN_DEMONYM.finditer(text):
        if not _BY_A_RESIDENT.search(text, max(0, m.start() - 40), m.start()):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in TRAVEL_FROM.finditer(text):
        if not _TRAVELLER_NOT_PATIENT.search(text, max(0, m.start() - 40), m.start()):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in DWELLING.finditer(text):
        if m.group("prep") == "at" and m.group("noun").lower() not in _DWELLING_AT:
            continue
        if _DAY_OR_MONTH.match(text, m.start("place")):
            continue  # "open house on Sunday"
        if _WORKS_AT.search(text, max(0, m.start() - 24), m.start()):
            continue  # "works at the dairy in Hilmar": a workplace, not a home
        yield Shape("LOCATION", *m.span("place"))
    for m in PERSON_FROM.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for m in ENCAMPMENT.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for m in HOME_RESIDENT.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for m in NAMED_AREA.finditer(text):
        if not _DAY_OR_MONTH.match(text, m.start("place")):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in TOWN_ADJECTIVE.finditer(text):
        if not _DAY_OR_MONTH.match(text, m.start("place")) and _town_adjective(
                m.group("place"), m.group("job") is not None):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in THIRD_PERSON_FROM.finditer(text):
        yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in TOWN_WORKPLACE.finditer(text):
        if not _DAY_OR_MONTH.match(text, m.start("place")):
            yield Shape("LOCATION", *m.span("place"), weak=True)
    for m in (*RESIDENCE_RUN.finditer(text), *RESIDENCE_ES.finditer(text)):
        s, e = m.span("place") if m.group("place") else m.span("from")
        if _DAY_OR_MONTH.match(text, s) or _ROOM_WORD.match(text, s):
            continue  # "M&M moved to Tuesday", "moved to Rm 410": a date or a room, not a place
        words = text[s:e].split()
        while words and words[-1] in ("of", "on", "the", "at"):
            e = text.rfind(words.pop(), s, e)
            e = len(text[:e].rstrip())
        if words:
            yield Shape("LOCATION", s, e)
    for pattern in (STREET_ADDRESS, ROUTE):
        for m in pattern.finditer(text):
            yield Shape("LOCATION", *trimmed(text, m.start(), m.end()))
    for m in PO_BOX.finditer(text):  # most PO boxes written are an office's: weak
        yield Shape("LOCATION", m.start(), m.end(), weak=True)
    for m in STREET_NAME.finditer(text):
        yield Shape("LOCATION", *m.span("place"))
    for pattern in (ZIP, _LABELLED_ZIP, _ZIP_BEFORE_WORD):
        for m in pattern.finditer(text):
            yield Shape("LOCATION", m.start(m.lastindex or 0), m.end(m.lastindex or 0))


# "room 3B is ours", "rm 214 is booked": the team's room, no one's bed
ROOM_OURS_AFTER = lazy(
    r"\s+(?:is|are)\s+(?:all\s+)?(?:ours|mine|yours|booked|reserved|free|open|available)\b")
