"""A name with the place it belongs to said around it: "Uzbekistan's Shavkat Mirziyoyev",
"Mirziyoyev of Uzbekistan" for Uzbekistan's president (review r245 #62 refused the first and
told the second to mind its spelling).

The owner is a claim, so it counts only where the deck vouches for it: one of the key's own
accepted names says it ("Uzbekistan's president", "president of Uzbekistan"). What is left
once the owner is taken off must itself be an accepted name. "Kazakhstan's Shavkat
Mirziyoyev" stays wrong: no accepted name ties him to Kazakhstan.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.check_qualified import STATE_CODES, STATES
from quizapp.generate.place_names import COUNTRIES

_PLACED = re.compile(r"^(?P<rest>.+?),? in (?P<place>[^,]+?)(?:, (?:usa|us|united states))?$")
# the owner's name before the answer, with no "'s" ('NASA Kennedy Space Center': r330 #8)
_OWNER_FIRST = re.compile(r"^(?P<owner3>[a-z]+) (?P<rest3>.+)$")
_OWNED = re.compile(
    r"^(?P<owner>[^,]+?)'s (?P<rest>.+)$|^(?P<rest2>.+?),? (?:of|from) (?P<owner2>[^,]+)$"
)


def owner_readings(text: str, accepted: set[str], prompt: str = "") -> list[str]:
    """The answer without an owner before ('X's') or after ('of X') it, when the owner is
    named in one of the accepted names or by the question itself ("NASA's Kennedy Space
    Center" asked 'From which NASA site ...', review r291) and the rest is accepted."""
    given = normalise(text)
    m = _OWNED.match(given) or _OWNER_FIRST.match(given)
    if m is None:
        return []
    got = m.groupdict()
    owner = (got.get("owner") or got.get("owner2") or got.get("owner3") or "").strip()
    owner = owner.removeprefix("the ").strip()
    rest = (got.get("rest") or got.get("rest2") or got.get("rest3") or "").strip()
    if owner and _AGENCY.match(text):  # "NASA's Perseverance rover" (review r468 B): an
        return [r for r in (rest, rest.rpartition(" ")[0]) if r]  # agency's initials own it; the
        # rest is graded as it stands, and without a last word for its kind ('rover')
    if not owner or rest not in accepted:
        return []
    named = rf"\b{re.escape(owner)}\b"
    # an owner before the name with no "'s" only as the question names it ('NASA Kennedy
    # Space Center'; 'Shavkat Mirziyoyev' is a name, not Shavkat's Mirziyoyev)
    bare = got.get("owner3") is not None
    vouched = not bare and any(re.search(named, a) for a in accepted if a != rest)
    return [rest] if vouched or re.search(named, normalise(prompt)) else []


_AGENCY = re.compile(r"^\s*(?:the\s+)?[A-Z]{2,6}['\u2019]s\s")


def placed_readings(text: str, accepted: set[str]) -> list[str]:
    """The answer without the state or country it is in said after it ('Kennedy Space Center
    in Florida', '..., Florida, USA'; review r249), when the rest is accepted."""
    given = normalise(text)
    m = _PLACED.match(given) or re.match(r"^(?P<rest>.+?), (?P<place>[a-z ]+), usa$", given)
    if m is None or m["rest"].strip() not in accepted:
        return []
    place = m["place"].removeprefix("the ").strip()
    return [m["rest"].strip()] if place in STATES | STATE_CODES or place in COUNTRIES else []
