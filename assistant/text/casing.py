"""Capitals for words typed in lowercase: the spelling the same text (a request) gives the word
elsewhere ("at hopkins" beside "Johns Hopkins" -> "at Hopkins", "nationwide childrens" beside
"Nationwide Children's"), the US states (a closed class: "moving back to texas"), the countries
and the languages (closed classes too: "uganda or guatemala", "spanish classes"), the places
of `PLACES` ("in boston", "at hopkins"), a title before a name ("dr patel" -> "Dr. Patel"), and
a short unpronounceable program token read as its acronym ("ucsf", "mgh", "unc").

A word is changed only when it is typed all in lowercase; any other spelling is the writer's.

The world's cities of 250,000 people or more come from GeoNames (`data/cities.txt`, written by
`scripts/build_cities.py`, without the names that are ordinary words: "reading", "oral"), and
smaller towns (`data/towns.txt`: US towns of 5,000 people or more, the world's cities of 50,000)
only after a preposition of place ("a clinic in brookline"); a
country's or a region's people and their language by the country's name ("syrian", "korean",
"haitian": `_demonyms`); and `PLACES`, a small table of what residents name when they name where
someone works: the US cities of the large academic medical centres, and the short names the
centres go by. A name that is also an ordinary word or a first name ("duke", "mayo",
"phoenix", "madison") is a place only after a preposition of place, as "georgia" is. A place
is a place inside a compound too ("spanish-speaking", "non-english").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from assistant.text.patterns import lazy
from assistant.text.words import fold

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "Puerto Rico",
)
# "georgia", "washington", "virginia" are first names too; in lowercase text they are places
# only after a preposition of place
_AMBIGUOUS = {"Georgia", "Washington", "Virginia", "Maine"}
_PLACE_LEAD = lazy(r"\b(in|to|from|at|of|rural|urban|back to|near|around|outside)\s+$")
_WORD = lazy(r"(?<![\w'’-])([a-z][a-z'’]*)(?![\w'’-])")

# US cities of the large academic medical centres and the short names the centres go by (see
# the module docstring: why a table, and which of them need a preposition of place).
PLACES = (
    "Boston", "Baltimore", "Philadelphia", "Philly", "Pittsburgh", "Chicago", "Cleveland",
    "Cincinnati", "Columbus", "Detroit", "Ann Arbor", "Minneapolis", "Rochester", "Milwaukee",
    "St. Louis", "Kansas City", "Omaha", "Indianapolis", "Nashville", "Memphis", "Louisville",
    "Atlanta", "Birmingham", "Durham", "Chapel Hill", "Charlottesville", "Richmond", "Miami",
    "Tampa", "Gainesville", "New Orleans", "Houston", "Dallas", "San Antonio", "Austin",
    "Denver", "Aurora", "Salt Lake City", "Albuquerque", "Phoenix", "Tucson", "Los Angeles",
    "San Francisco", "Oakland", "Palo Alto", "San Diego", "Sacramento", "Seattle", "Portland",
    "New York City", "Brooklyn", "the Bronx", "Manhattan", "New Haven", "Providence",
    "Burlington", "Hanover", "Worcester", "Madison", "Iowa City", "Little Rock", "Honolulu",
    "Johns Hopkins", "Hopkins", "Mayo", "Mass General", "Brigham", "Dana-Farber",
    "Beth Israel", "Mount Sinai", "Cedars-Sinai", "Sloan Kettering", "Montefiore", "Bellevue",
    "Parkland", "Grady", "Vanderbilt", "Emory", "Duke", "Yale", "Harvard", "Stanford",
    "Columbia", "Cornell", "Northwestern", "Penn", "Kaiser", "UChicago", "St. Jude",
    "UCSF", "UCLA", "UCSD", "UC Davis", "UC Irvine", "NYU", "MGH", "BWH", "BIDMC", "CHOP",
    "UPMC", "OHSU", "UNC", "UVA", "MUSC", "UTSW", "UAB", "VCU", "MSK", "MD Anderson", "HSS",
    "CHLA", "Cedars", "Las Vegas", "Vegas",
)
# also an ordinary word or a first name: a place only after a preposition of place
_PLACE_WORDS = {"Aurora", "Austin", "Burlington", "Columbus", "Duke", "Grady", "Hanover",
                "Madison", "Mayo", "Phoenix", "Providence", "Richmond", "Rochester", "Kaiser",
                "Brigham", "Columbia", "Penn", "Birmingham", "Portland", "Cedars",
                # countries that are ordinary words or first names too
                "China", "Turkey", "Chad", "Jordan", "Guinea", "Jersey", "Georgia", "Niger",
                "Israel", "Chile", "Panama", "Malta"}
# regions that are not countries: "east africa", "latin america", "the middle east"
REGIONS = ("Africa", "Asia", "Europe", "North America", "South America", "Latin America",
           "Central America", "the Caribbean", "Middle East", "Southeast Asia", "Oceania",
           "Sub-Saharan Africa", "Pacific Islands", "Appalachia")
# the regions of the United States a resident names when they say where they will live or
# train (a closed class, like the states): "back to the midwest", "a job in the bay area"
US_REGIONS = ("Midwest", "Bay Area", "New England", "Pacific Northwest", "Central Valley",
              "Twin Cities", "Gulf Coast", "Deep South", "Upper Peninsula", "Mountain West",
              "Inland Empire", "Tri-State Area", "Rio Grande Valley", "Hudson Valley",
              "Lower East Side", "Upper East Side", "Bronx", "Harlem")
_COMPASS = lazy(r"\b(east|west|north|south|central|northern|southern|eastern|western)"
                      r"(?= [A-Z])")


@lru_cache(maxsize=1)
def _registry() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The countries and the languages (two-letter subtags, single-word names of five letters
    or more) of the IANA language subtag registry that langcodes ships; empty when absent."""
    spec = find_spec("langcodes")
    if spec is None or not spec.submodule_search_locations:
        return (), ()
    path = Path(spec.submodule_search_locations[0]) / "data" / "language-subtag-registry.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return (), ()
    countries: list[str] = []
    languages: list[str] = []
    for record in text.split("%%"):
        if "Deprecated:" in record or not re.search(r"Subtag: [A-Za-z]{2}\n", record):
            continue
        names = re.findall(r"Description: (.+)", record)
        if "Type: region" in record:
            countries += [n for n in names if re.fullmatch(r"[A-Z][\w'’ -]+", n)
                          and n != "Private use"]
        elif "Type: language" in record and names and re.fullmatch(r"[A-Z][a-z]{4,}", names[0]):
            languages.append(names[0])
    return tuple(countries), tuple(languages)


@lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern for every place and language, each one's spelling by its lowercase, and the
    ones that need a preposition of place."""
    from assistant.checks.wordlist import COMMON_WORDS

    countries, languages = _registry()
    names = {n.lower(): n for n in (*countries, *languages, *REGIONS, *PLACES, *US_STATES,
                                    *US_REGIONS)}
    names["st paul"] = names["st. paul"] = "St. Paul"
    names["st louis"] = "St. Louis"
    names["st jude"] = "St. Jude"
    names["nyc"] = "NYC"
    names["dc"] = "DC"  # also "discharge": a place only after a preposition of place
    ambiguous = frozenset(low for low, n in names.items()
                          if n in _PLACE_WORDS or low == "dc" or n in _AMBIGUOUS
                          or low in COMMON_WORDS)
    pattern = re.compile(r"(?<![\w'’.])(?<!\d-)(" + "|".join(
        re.escape(low) for low in sorted(names, key=len, reverse=True)) +
        r")(\s+city)?(?![\w'’]|-\d)")
    return pattern, names, ambiguous


def _demonyms(names: Iterable[str]) -> dict[str, str]:
    """The words for a country's or a region's people by its one-word name, the common suffixes
    tried ("Syria" -> "Syrian", "Haiti" -> "Haitian", "Mexico" -> "Mexican", "Japan" ->
    "Japanese"); a form no one types is never met, and an ordinary word is left out."""
    from assistant.checks.wordlist import COMMON_WORDS

    out: dict[str, str] = {}
    for name in names:
        if not re.fullmatch(r"[A-Z][a-z]{3,}", name):
            continue
        stem = name[:-1] if name[-1] in "aeiouy" else name
        for form in (name + "n", name + "an", name + "ian", stem + "an", stem + "ian",
                     name + "ese", stem + "ese"):
            if form.lower() not in COMMON_WORDS:
                out.setdefault(form.lower(), form)
    return out


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """The cities of `data/cities.txt` and the demonyms of the countries and regions, each by
    its lowercase."""
    path = Path(__file__).resolve().parent / "data" / "cities.txt"
    try:
        cities = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        cities = []
    countries, _ = _registry()
    found = _demonyms((*countries, *REGIONS, "America"))
    # a country named by its people first: "Syrian Arab Republic", "Russian Federation"
    found.update({w.lower(): w for w in (c.split()[0] for c in countries if " " in c)
                  if re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish)", w)})
    found.update({c.lower(): c for c in cities if c})
    return found


_LETTER_RUN = lazy(r"[A-Za-z]+")
_CITY_SPAN = lazy(r"[a-z]+(?:[ -][a-z]+)*")


def _city_case(text: str) -> str:
    """`text` with each city or people (`_cities`) typed in lowercase in its capitals, the
    longest name (up to three words) first."""
    cities = _cities()
    runs = list(_LETTER_RUN.finditer(text))
    out, last, i = [], 0, 0
    while i < len(runs):
        for n in (3, 2, 1):
            if i + n > len(runs):
                continue
            start, end = runs[i].start(), runs[i + n - 1].end()
            span = text[start:end]
            if span in cities and _CITY_SPAN.fullmatch(span) and \
                    not re.match(r"[\w'’.]", text[start - 1:start] or " ") and \
                    not re.match(r"[\w'’]", text[end:end + 1] or " "):
                out += [text[last:start], cities[span]]
                last, i = end, i + n
                break
        else:
            i += 1
    return "".join(out) + text[last:]


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """The towns of `data/towns.txt` (see `scripts/build_cities.py`), each by its lowercase."""
    path = Path(__file__).resolve().parent / "data" / "towns.txt"
    try:
        return {t.lower(): t for t in path.read_text(encoding="utf-8").splitlines() if t}
    except OSError:
        return {}


# a preposition of place, then up to three words typed in lowercase
_AFTER_PLACE_LEAD = lazy(r"\b(?:in|from|at|near|around|outside|to)\s+"
                               r"([a-z]+(?:[ -][a-z]+){0,2})(?![\w'’-])")


def _town_case(text: str) -> str:
    """`text` with a town (`_towns`) typed in lowercase after a preposition of place in its
    capitals ("a clinic in brookline" -> "Brookline"), the longest name first: a town is
    smaller than a city and more often shares its name with a word, so it needs the
    preposition."""
    if not _AFTER_PLACE_LEAD.search(text):
        return text
    towns = _towns()

    def one(m: re.Match[str]) -> str:
        words = re.split(r"([ -])", m.group(1))
        for n in range(len(words), 0, -2):
            span = "".join(words[:n])
            if span in towns:
                return m.group(0)[:m.start(1) - m.start()] + towns[span] + \
                    m.group(1)[len(span):]
        return m.group(0)

    return _AFTER_PLACE_LEAD.sub(one, text)


_TITLE = lazy(r"(?<![\w.])dr\.?\s+([a-z][a-z'’-]+)(?=[\s,.;:!?)]|$)")


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


def spellings(texts: Iterable[str | None], ordinary: Iterable[str] = ()) -> dict[str, str]:
    """Each capitalised word of `texts` by its letters ("childrens" -> "Children's"), except
    the `ordinary` words (a field such as "Medicine" is not a name)."""
    skip = {w.lower() for w in ordinary}
    found: dict[str, str] = {}
    for text in texts:
        for word in re.findall(r"[\w'’-]+", text or ""):
            if word[:1].isupper() and word.lower() not in skip and len(_letters(word)) > 1:
                found.setdefault(_letters(word), word)
    return found


def _place_lead(text: str, end: int) -> bool:
    """A preposition of place just before `end` (`_PLACE_LEAD` on `text[:end]`), read from the
    space before `end` back, not over a copy of all the text before it at each match."""
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return _PLACE_LEAD.search(text, max(0, start - 12), end) is not None


def restore(text: str, known: dict[str, str]) -> str:
    """`text` with each all-lowercase word written as `known` spells it, and the places,
    languages and titles of the module docstring."""
    if not text:
        return text
    pattern, names, ambiguous = _places()

    def place(m: re.Match[str]) -> str:
        if m.group(1) in ambiguous and not _place_lead(text, m.start()):
            return m.group(0)
        return names[m.group(1)] + (" City" if m.group(2) else "")  # "guatemala city"

    out = pattern.sub(place, text)  # the states among them, the longest name first
    out = _town_case(_city_case(out))
    out = _COMPASS.sub(lambda m: m.group(1).capitalize(), out)
    out = _GEO_NAME.sub(_geo_name, out) if _GEO_NOUN.search(out) else out
    out = _TITLE.sub(lambda m: f"Dr. {m.group(1).capitalize()}", out)
    return _WORD.sub(lambda m: known.get(_letters(m.group(1)), m.group(1)), out)


# A place named by its own words and a geographic noun ("the san joaquin valley", "sonoma
# county", "navajo nation"): the words are no ordinary English words, so they are a name
_GEO_NOUN = lazy(r"\b(?:county|valley|parish|reservation|nation|river|lake|bay|peninsula|"
                 r"mountains|borough|township|province|state)\b")
_GEO_NAME = lazy(r"(?<![\w'’-])((?:[A-Za-z][a-z'’-]+\s+){1,2})(county|valley|parish|reservation|"
                 r"nation|river|lake|bay|peninsula|mountains|borough|township|province|state)\b")


_NAME_LEAD = {"san", "santa", "saint", "st", "el", "la", "los", "las", "fort", "mount", "port",
              "new", "north", "south", "east", "west", "upper", "lower", "grand"}


def _geo_name(m: re.Match[str]) -> str:
    """'san joaquin valley' -> 'San Joaquin Valley', 'Sonoma county' -> 'Sonoma County': the
    words right before the noun that are a name (capitalised already, or no ordinary word, with
    a name's first word such as "san" or "fort" before them); anything else as typed."""
    from assistant.checks.wordlist import COMMON_WORDS
    from assistant.phi.vocab import is_common

    words = m.group(1).split()
    named: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if w[:1].isupper() or not (low in COMMON_WORDS or is_common(low) or low in _SMALL):
            named.insert(0, w)
        elif named and low in _NAME_LEAD:
            named.insert(0, w)
            break
        else:
            break
    if not named or all(w.lower() in _NAME_LEAD for w in named):
        return m.group(0)
    kept = words[:len(words) - len(named)]
    name = " ".join(w[:1].upper() + w[1:] for w in named)
    return " ".join([*kept, name, m.group(2).capitalize()])


def acronym(word: str) -> bool:
    """A lowercase token that reads as letters, not a word: no vowel ("mgh"), three letters or
    fewer ("unc", "bu"), a final cluster of three consonants ("ucsf"), or a university's "u"
    before a consonant in four letters ("ucla", "ucsd"; not a state: "utah")."""
    return word.isalpha() and word.islower() and len(word) <= 5 and (
        not re.search(r"[aeiouy]", word) or len(word) <= 3 or
        re.search(r"[^aeiouy]{3}$", word) is not None or
        len(word) == 4 and re.match(r"u[^aeiouy]", word) is not None and
        word.capitalize() not in US_STATES)


_LETTERS = lazy(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_SMALL = {"of", "at", "in", "the", "and", "for", "on", "a", "an", "to", "with", "or", "vs"}


def shouted(text: str) -> bool:
    """A field typed in capitals ("ASK ABOUT THE RESEARCH ELECTIVE", "ASH ANNUAL MEETING",
    "ANESTHESIA VS EM"): of its words of three letters or more, at least four in five in
    capitals, and two of them or one too long for an acronym (six letters or more). One acronym
    among lowercase words ("my ERAS list") is no shouting, nor one long word that is no word of
    English ("NAEMSP", "AAHPM": an acronym; "CARDIOLOGY" alone is shouted)."""
    long = [w for w in _LETTERS.findall(text) if len(w) >= 3]
    upper = [w for w in long if w.isupper()]
    if not upper or len(upper) * 5 < len(long) * 4:
        return False
    if len(upper) >= 2:
        return True
    from assistant.checks.wordlist import COMMON_WORDS

    word = upper[0].lower()
    alone = len(_LETTERS.findall(text)) == 1  # the field is that one word ("NAEMSP 2026")
    return len(word) >= 6 and (not alone or word in COMMON_WORDS or
                               word.rstrip("s") in COMMON_WORDS)


def unshout(text: str, common: Callable[[str], bool], keep: Collection[str] = (),
            title: bool = False) -> str:
    """A shouted field with ordinary capitals: each word in lowercase (`title`: a name's
    capitals, small words aside: "UNIVERSITY OF IOWA" -> "University of Iowa"), except what
    reads as letters and no word: a token in `keep` (the shorthand typed in capitals: "EM",
    "IM") or a short token that `acronym` would spell and is no `common` word ("CV", "PGY-1";
    a title's test of common is narrower than a phrase's: "ASH" in an event's name). Text that
    is not shouted is the writer's and is returned as typed."""
    if not text or not shouted(text):
        return text

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if word in keep or acronym(low) and not common(low) or not word.isupper():
            return word
        if title and (m.start() == 0 or low not in _SMALL):
            return word[:1] + low[1:] if "'" not in low else low.title()
        return low

    return _LETTERS.sub(one, text)
