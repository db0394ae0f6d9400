"""Other names of a country that a learner types for the deck's (review r221: 'US', 'the US'
and 'U.S.' were graded wrong for 'the United States', 'U.S.A.' only a near miss). Each group
is one country; a key in a group makes the group's other names right for it. Abbreviations
also count written with dots ('U.S.', 'U.K.'). 'England' is not the United Kingdom, nor
'Holland' always the Netherlands to a pedant, but a marker takes Holland; England stays out."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.led_names import adjective_of

_GROUPS = (
    "united states|united states of america|usa|us|america|the states",
    "united kingdom|uk|great britain|britain",
    "netherlands|holland|nederland|nl",
    "czechia|czech republic",
    "myanmar|burma",
    "eswatini|swaziland",
    "north macedonia|macedonia",
    "timor-leste|east timor",
    "ivory coast|cote d'ivoire",
    "cabo verde|cape verde",
    "turkey|turkiye",
    "south korea|republic of korea",
    "north korea|democratic people's republic of korea|dprk",
    "democratic republic of the congo|dr congo|drc",
    "united arab emirates|uae",
    "china|people's republic of china|pr china|prc|mainland china",
    "taiwan|republic of china|roc",
    "vietnam|viet nam",
    "new zealand|nz",
    "papua new guinea|png",
    "south africa|rsa",
    # a country's own name or an older spelling, after its capital (review r333: 'Berlin,
    # Deutschland', 'Bucharest, Rumania', 'Bishkek, Kyrgyz Republic' were wrong)
    "germany|deutschland|federal republic of germany",
    "india|bharat",
    "kyrgyzstan|kyrgyz republic|kirghizia",
    "romania|rumania|roumania",
    "mexico|united mexican states",
    "spain|espana",
    "italy|italia",
    "austria|osterreich",
    "switzerland|schweiz|suisse|swiss confederation",
    "sweden|sverige",
    "norway|norge",
    "denmark|danmark",
    "finland|suomi",
    "poland|polska",
    "hungary|magyarorszag",
    "greece|hellas",
    "japan|nippon|nihon",
    "ireland|eire",
    "belarus|byelorussia|belorussia",
)
ABBREVIATIONS = frozenset(
    {"usa", "us", "uk", "uae", "drc", "dprk", "prc", "roc", "nz", "png", "nl"}
)
# official names that, shortened the usual way ('Republic of Kazakhstan' -> Kazakhstan), would
# name another country: the Republic of China is Taiwan (review r244 #4), the Republic of Korea
# the South alone, the Republic of the Congo not the Democratic Republic
OTHER_COUNTRY_FORMS = frozenset(
    {"republic of china", "republic of korea", "republic of the congo", "republic of congo"}
)


def _spellings(name: str) -> list[str]:
    if name not in ABBREVIATIONS:
        return [name]
    return [name, ".".join(name)]  # 'u.s.a' (normalise drops the last dot of 'U.S.A.')


_OTHER_NAMES: dict[str, list[str]] = {}
for _group in _GROUPS:
    _names = _group.split("|")
    for _name in _names:
        _OTHER_NAMES[normalise(_name)] = [
            s for other in _names if other != _name for s in _spellings(other)
        ]


OTHER_NAMED = frozenset(_OTHER_NAMES)  # every name of a country in a group, normalised


def country_forms(names: list[str]) -> list[str]:
    """The other names of the countries among `names` (normalised), dotted abbreviations too."""
    out: list[str] = []
    for name in names:
        out += _OTHER_NAMES.get(normalise(name).removeprefix("the "), [])
    return [normalise(n) for n in out]


def points_spelt(text: str) -> str:
    """'S. Korea', 'S Africa' as 'South Korea', 'South Africa' where that is a country's name
    (review r624 C); 'N. Korea' then reads as North Korea, no slip of South Korea's name."""
    found = _POINT.match(text.strip())
    if found is None:
        return text
    whole = f"{_POINTS[found[1].lower()]} {found[2]}"
    return whole if normalise(whole) in OTHER_NAMED | _POINTED else text


_POINT = re.compile(r"^([NSEW])\.?\s+([A-Z]\S*)\s*$")
_POINTS = {"n": "North", "s": "South", "e": "East", "w": "West"}
_POINTED = frozenset({"south sudan", "east timor", "north macedonia", "west bank"})


# a stem that asks for an actor, not a place: a country's people may answer it
_ACTOR = re.compile(r"\b(?:powers?|investors?|partners?|lenders?|donors?|rivals?|allies|ally)\b")


def people_forms(prompt: str, names: list[str]) -> list[str]:
    """A country's people for the country, where the stem asks for an actor ('which outside
    power') or the winner of a contest: 'the Chinese' for China, 'the Russians' for Russia
    (review r359 C: 'the Chinese' was wrong), 'the Hungarian team' for Hungary. Only where the
    usual adjective is known; never where the stem asks for a country or a place and no
    contest ('Uzbek' is no answer to 'which country')."""
    contest = _CONTEST.search(prompt.lower()) is not None
    if not _ACTOR.search(prompt.lower()) and not contest:
        return []
    out: list[str] = []
    for name in names:
        adjective = adjective_of(name)
        if adjective is not None:  # 'the Chinese'; 'the Russians' is read as its singular
            out.append(f"the {adjective}")
        if contest:  # its team won: 'the Hungarian team', 'Hungary's team' (review r444 C)
            country = normalise(name).removeprefix("the ")
            out += [f"{country} team", f"{country}'s team", f"the {country} team"]
            out += [adjective, f"{adjective} team", f"the {adjective} team"] if adjective else []
    return out


# a contest a country's team won or took part in: 'Which country won the first Olympiad?'
_CONTEST = re.compile(
    r"\b(?:won|wins?|winning|beat|defeated|finished|topped|came (?:first|second|third))\b"
)
