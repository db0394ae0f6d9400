"""A place named with words for where in it, or what part of it ('southern Sea of Tranquility',
'the edge of the Sea of Tranquility', 'Sea of Tranquility region', 'Kennedy Space Center pad
39A'; review r369 C: each was refused though it names the place asked).

Only where the key is a site (the deck's kind says so) are these words taken off: a compass
part before the name ('southern', 'south-western', 'the southwest of the'), a part of it ('the
edge of', 'a plain in'), or a word after it for an area or a launch site ('region', 'area',
'plain', 'site', 'launch complex 39', 'pad 39A', 'LC-39'). What is left is graded as the
answer; a wrong place stays wrong ('southern Ocean of Storms').
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.imported_places import asks_imported_place
from quizapp.generate.place_names import COUNTRIES
from quizapp.generate.question import Question

# a site on the ground where something happened: a landing site, a launch centre, a base. Not
# a country or a region: 'northern Central Asia' and 'the Uzbekistan region' name other areas
PLACE_KINDS = frozenset({"site", "centre", "center", "facility", "base", "launch-site"})
_COMPASS = r"(?:north|south|east|west)(?:ern)?|(?:north|south)[-\s]?(?:east|west)(?:ern)?"
_BEFORE = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:(?:{_COMPASS}|central|outer|inner|far)\s+"
    rf"|(?:{_COMPASS}|edge|middle|centre|center|heart|part|rim|shore|corner|plain|area)\s+"
    r"(?:of|in)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# an imported card's place (review r464 C): a compass part ('western', never 'west': West
# Virginia is another state) or a smaller place before it ('Mill Run, Pennsylvania')
_COMPASS_PART = re.compile(
    r"^(?:the\s+)?(?:(?:north|south)[-\s]?(?:east|west)ern|(?:north|south|east|west)ern|central)"
    r"\s+",
    re.IGNORECASE,
)
_SMALLER = re.compile(r"^[A-Z][^,()]*,\s+(?=[A-Z])")
_WIDE = re.compile(r"\b(?:state|country|province|region|county)\b", re.IGNORECASE)  # no city
_AFTER = re.compile(
    r"\s+(?:region|area|plain|site|zone|(?:launch\s+)?(?:complex|pad|site)(?:\s*[-\s]?\d+[ab]?)?"
    r"|lc\s*-?\s*\d+[ab]?)$",
    re.IGNORECASE,
)


def without_place_words(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """The answer without its words for where in the place, or None when the key is no place
    or there are none."""
    keys = [vocabulary.get(normalise(a), "") for a in [*q.answer, *q.accepted]]
    if asks_imported_place(q, vocabulary):  # 'western Pennsylvania', 'Mill Run, Pennsylvania'
        bare = _COMPASS_PART.sub("", text.strip(), count=1)
        smaller = _SMALLER.match(bare)  # never a country: 'Hungary, Poland' (review r488 A)
        if (
            smaller
            and normalise(smaller[0].rstrip(", ")) not in COUNTRIES
            and _WIDE.search(q.prompt)
        ):
            bare = bare[smaller.end() :]
        return bare if bare != text.strip() and bare.strip() else None
    if not any(k.split(":")[0] in PLACE_KINDS for k in keys):
        return None
    bare = _AFTER.sub("", _BEFORE.sub("", text.strip(), count=1))
    return bare if bare != text.strip() and bare.strip() else None
