"""The country after a place: 'Salzburg Austria' (no comma) and 'Salzburg, Austria' name
Salzburg; 'Salzburg, Germany' does not (issue 12, session 24).

check_qualified.py reads a country after a comma as saying where the answer is, and takes the
answer before it. But a country can be wrong: a learner who puts Salzburg in Germany has not
placed it. For the well-known cities of place_names.py this table knows the country, so a
city with another country after it is wrong, whatever the city. A city it does not know keeps
the old reading (the country is not checked). A country after the name with no comma ('Salzburg
Austria') is read as if the comma were there, when the last word or words are a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.country_names import ABBREVIATIONS, OTHER_NAMED, country_forms
from quizapp.generate.place_names import COUNTRIES, RIVER_COUNTRIES
from quizapp.generate.question import Question

# each line: a country, then its cities, lower case, accents dropped; '_' joins a name's words
_TABLE = """
austria: vienna salzburg graz innsbruck linz
germany: berlin hamburg munich cologne frankfurt stuttgart dresden leipzig bremen hanover
germany: nuremberg bonn dusseldorf
france: paris lyon marseille toulouse bordeaux lille nantes strasbourg nice
italy: rome milan naples turin venice florence genoa bologna palermo verona pisa
spain: madrid barcelona valencia seville bilbao malaga granada
portugal: lisbon porto
switzerland: bern geneva zurich basel lausanne
netherlands: amsterdam rotterdam utrecht the_hague hague
belgium: brussels antwerp ghent bruges
poland: warsaw krakow cracow gdansk poznan wroclaw lodz szczecin katowice lublin
czechia: prague brno
hungary: budapest
ukraine: kyiv kiev lviv kharkiv odesa odessa dnipro
russia: moscow saint_petersburg st_petersburg kazan samara omsk novosibirsk yekaterinburg
ireland: dublin galway limerick cork
england: london manchester liverpool birmingham leeds bristol
scotland: edinburgh glasgow
wales: cardiff
northern ireland: belfast
sweden: stockholm gothenburg malmo
norway: oslo bergen
denmark: copenhagen aarhus
finland: helsinki turku tampere
greece: athens
turkey: istanbul izmir ankara
egypt: cairo alexandria
morocco: rabat casablanca marrakesh
india: delhi new_delhi mumbai bombay kolkata calcutta chennai madras bangalore
pakistan: karachi lahore islamabad
china: beijing shanghai guangzhou shenzhen wuhan
japan: tokyo osaka kyoto yokohama
south korea: seoul busan
australia: canberra sydney melbourne brisbane perth adelaide
new zealand: wellington auckland
canada: ottawa toronto montreal vancouver quebec
united states: washington new_york boston chicago houston dallas denver seattle atlanta
united states: miami detroit philadelphia memphis nashville los_angeles san_francisco
brazil: brasilia rio_de_janeiro sao_paulo
argentina: buenos_aires cordoba rosario
uruguay: montevideo
chile: santiago valparaiso
mexico: mexico_city guadalajara monterrey
colombia: bogota medellin
south africa: johannesburg durban cape_town pretoria
kazakhstan: astana almaty
uzbekistan: tashkent samarkand bukhara
iceland: reykjavik
estonia: tallinn
latvia: riga
lithuania: vilnius
romania: bucharest cluj
bulgaria: sofia plovdiv
serbia: belgrade
croatia: zagreb split
slovenia: ljubljana
slovakia: bratislava
belarus: minsk
iran: tehran isfahan
iraq: baghdad basra
syria: damascus aleppo
lebanon: beirut
saudi arabia: riyadh jeddah mecca
qatar: doha
afghanistan: kabul kandahar
bangladesh: dhaka
vietnam: hanoi saigon ho_chi_minh_city
thailand: bangkok
philippines: manila
indonesia: jakarta
peru: lima
kenya: nairobi mombasa
nigeria: lagos abuja
ethiopia: addis_ababa
"""  # (review r444 B: 'Reykjavik, Norway' was let stand)
CITY_COUNTRY: dict[str, str] = {
    city.replace("_", " "): country.strip()
    for line in _TABLE.strip().splitlines()
    for country, cities in [line.split(":")]
    for city in cities.split()
}
# other names a learner gives a country of the table
_UK = {"united kingdom", "uk", "britain", "great britain"}
_SAME = {
    "england": _UK,
    "scotland": _UK,
    "wales": _UK,
    "northern ireland": _UK | {"ireland"},  # the island, as many say it
    "united states": {"usa", "us", "america", "united states of america", "georgia"},
    "netherlands": {"holland"},
    "czechia": {"czech republic"},
}
_NAMES = sorted(
    COUNTRIES | RIVER_COUNTRIES | OTHER_NAMED | {n for names in _SAME.values() for n in names},
    key=len,
    reverse=True,
)
# a place the question asks for in a country: 'the capital of Tanzania', 'which city in Japan'
# (never 'the gas network of Kyrgyzstan': Gazprom is Russia's)
_OF_COUNTRY = re.compile(
    r"\b(?:capital|capital city|city|cities|town|port|where)\s+(?:of|in)\s+(?:the\s+)?"
    rf"(?P<country>{'|'.join(map(re.escape, _NAMES))})\b"
)
_TRAILING = re.compile(
    rf"^(?P<head>.+?),?\s+(?:in\s+)?\(?(?P<country>{'|'.join(map(re.escape, _NAMES))})\)?$"
)


def country_after(text: str) -> tuple[str, str] | None:
    """('salzburg', 'austria') for 'Salzburg Austria', 'Salzburg, Austria', 'Salzburg in
    Austria' or 'Salzburg (Austria)'; None when the answer does not end in a country after
    something else."""
    found = _TRAILING.match(normalise(text).strip(" ."))
    if found is None:
        return None
    head = found["head"].strip(" ,")
    return (head, found["country"]) if head and head not in COUNTRIES else None


def wrong_country(
    text: str, prompt: str = "", fits: Callable[[str], bool] = lambda head: True
) -> str | None:
    """What to tell a learner who put a well-known city in another country, or who placed the
    answer in another country than the one the question asks of ('Dodoma (Kenya)' for the
    capital of Tanzania; review r325), or None. `fits` says whether what comes before the
    country answers the question at all (only then is the country checked against it)."""
    placed = country_after(text)
    if placed is None:
        return None
    known = misplaced(*placed)
    if known is not None:
        return f"{placed[0].title()} is in {_shown(known)}, not {_shown(placed[1])}."
    asked = _asked_country(prompt)
    if asked is None or same_country(asked, placed[1]) or not fits(placed[0]):
        return None  # 'Port Spain' for Port of Spain: no answer put in Spain
    return f"The question asks about {_shown(asked)}, not {_shown(placed[1])}."


def _shown(country: str) -> str:
    """'the United States', 'Kenya', 'the USA' for a note."""
    name = country.upper() if country in ABBREVIATIONS else country.title()
    return f"the {name}" if country in _WITH_THE else name


_WITH_THE = frozenset(
    {"united states", "united kingdom", "netherlands", "philippines", "czech republic"}
    | {
        "united arab emirates",
        "bahamas",
        "gambia",
        "maldives",
        "states",
        "united states of america",
    }
    | ABBREVIATIONS
)


def _asked_country(prompt: str) -> str | None:
    """The country a question asks of: 'the capital of Tanzania', 'which city in Japan'."""
    found = _OF_COUNTRY.search(normalise(prompt))
    return found["country"] if found else None


def city_in(part: str, countries: list[str]) -> bool:
    """Whether `part` is a well-known city of one of the `countries` ('Montevideo' of Uruguay)."""
    country = CITY_COUNTRY.get(normalise(part).removeprefix("in "), "")
    return bool(country) and any(same_country(country, normalise(c)) for c in countries)


def same_country(a: str, b: str) -> bool:
    """'united states' and 'usa'; 'vietnam' and 'viet nam' (country_names.py)."""
    return a == b or b in country_forms([a]) or b in _SAME.get(a, set())


def with_comma(text: str) -> str:
    """'Salzburg Austria' -> 'salzburg, austria', so the country reads as a qualifier."""
    placed = country_after(text) if not re.search(r"[,()]", text) else None
    return text if placed is None else f"{placed[0]}, {placed[1]}"


def misplaced(head: str, country: str) -> str | None:
    """The country `head` is in, when the table knows it and `country` is another; else None."""
    known = CITY_COUNTRY.get(head)
    if known is None or same_country(known, country):  # 'Wellington, NZ' (review r328)
        return None
    return known


def in_deck(q: Question, vocabulary: dict[str, str] | None) -> bool:
    """Whether the key is an entity of the deck, which a country after it can place."""
    return not vocabulary or any(normalise(a) in vocabulary for a in [*q.answer, *q.accepted])
