"""A site put in a place: 'Kennedy Space Center, Texas', 'KSC in Alabama', 'Kennedy Space
Center in Houston' (review r399 A: each passed, though where the site is is what the
question asks), and 'Kennedy Space Center - Florida', 'KSC, Cape Canaveral, Florida' (each
refused, though every place in it is where the item says the site is).

Only for a key that is a site (a centre, a base, a landing site: place_parts.PLACE_KINDS).
The places after the site's name are read one by one, after a comma, a dash, a bracket or a
word such as 'in', 'at' or 'near'. A place the item itself says (its question or its
explanation: 'on Merritt Island, Florida, beside Cape Canaveral') is right. A place it does
not say is wrong when it is another thing the deck names ('in Houston', the mission-control
centre's city) or a state or country where the item says another of that kind ('Texas'
where it says Florida). A place it cannot judge (no state said, a name it does not know)
leaves the answer to the other rules, and the learner is asked again for the site alone
(`unplaced`): 'Kennedy Space Center at Vandenberg' passed (review r402, Apollo #10), though a
place the item cannot check may be where the site is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from quizapp.facts.normalise import normalise
from quizapp.generate.country_names import country_forms
from quizapp.generate.dates import MONTHS
from quizapp.generate.index import words
from quizapp.generate.place_names import COUNTRIES
from quizapp.generate.place_parts import PLACE_KINDS
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_STATES = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
    "kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "new hampshire": "nh",
    "new jersey": "nj", "new mexico": "nm", "new york": "ny", "north carolina": "nc",
    "north dakota": "nd", "ohio": "oh", "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa",
    "rhode island": "ri", "south carolina": "sc", "south dakota": "sd", "tennessee": "tn",
    "texas": "tx", "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa",
    "west virginia": "wv", "wisconsin": "wi", "wyoming": "wy",
}  # fmt: skip
_BY_CODE = {code: state for state, code in _STATES.items()}
# the deck kinds that are places (a person or a mission after a site is no place of it)
_PLACES_OF_DECKS = PLACE_KINDS | {"country", "city", "place", "region", "state", "area"}
_LEAD = re.compile(r"^(?:[,;:(]|[-\u2013\u2014]+|\s|\b(?:in|at|on|near|from|beside|by|the)\b)+")
_AT_NAME = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?([A-Z][\w'-]*)(?![\w'-]*\s+\d)")
_WHEN = re.compile(rf"(?:{'|'.join(MONTHS)})\.?$", re.I)
_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*\(\s*|\s*\)\s*")


class Sited(NamedTuple):
    """The site's name as typed, why a place after it is wrong (None: every place is where
    the item says the site is), and the first place not judged (None: every place is)."""

    head: str
    wrong: str | None
    unknown: str | None = None


def site_verdict(
    q: Question, text: str, vocabulary: dict[str, str], grade: Callable[[str], Verdict]
) -> Verdict | None:
    """Wrong, with a note, for a site put where the item says it is not; the site's name
    alone graded by `grade` where every place after it is right; else None."""
    sited = site_placed(q, text, vocabulary)
    if sited is None or sited.unknown is not None:
        return None
    if sited.wrong:
        return Verdict("wrong", "; ".join(q.answer), sited.wrong, text.strip())
    return grade(sited.head)


def site_placed(q: Question, text: str, vocabulary: dict[str, str]) -> Sited | None:
    """The site and its places, or None (no site key, no place after it, or one not judged)."""
    names = [a for a in [*q.answer, *q.accepted] if a.strip()]
    keys = {vocabulary.get(normalise(a), "") for a in names}
    if not any(k.split(":")[0] in PLACE_KINDS for k in keys):
        return None
    said = normalise(text)
    starts = [n for n in names if said.startswith(normalise(n) + " ") or _opens(said, n)]
    if not starts:
        return None
    name = max(starts, key=lambda n: len(normalise(n)))
    tail = _LEAD.sub("", said[len(normalise(name)) :])
    places = [p.strip() for p in _SPLIT.split(tail) if p.strip()]
    if not places:
        return None
    told = words(f"{q.prompt} {q.explanation}").strip()
    verdicts = [_place(p, told, keys, vocabulary) for p in places]
    unknown = next((p for p, v in zip(places, verdicts, strict=True) if v is None), None)
    if unknown is not None:
        return Sited(name, None, unknown)
    wrong = [p for p, v in zip(places, verdicts, strict=True) if v is False]
    note = f"{q.answer[0]} is not in {_shown(wrong[0])}." if wrong else None
    return Sited(name, note)


def unplaced(q: Question, text: str, vocabulary: dict[str, str]) -> str | None:
    """Why a site put in a place the item cannot check is asked again, or None."""
    sited = site_placed(q, text, vocabulary)
    if sited is None or sited.unknown is None or sited.wrong:
        return None
    named = _AT_NAME.search(text)
    if named is None or named.group(1).lower() != sited.unknown.split()[0] or _WHEN.match(named[1]):
        return None  # only 'at Vandenberg': a named place, not a gloss ('near Surveyor 3')
    return f"Type the site alone: this item cannot tell whether it is in {_shown(sited.unknown)}."


def _opens(said: str, name: str) -> bool:
    """`said` opens with the name and a mark: 'ksc, cape canaveral', 'ksc (florida)'."""
    n = normalise(name)
    return said.startswith(n) and said[len(n) : len(n) + 1] in (",", "(", "-", ";")


def _place(place: str, told: str, keys: set[str], vocabulary: dict[str, str]) -> bool | None:
    """True: the item says it; False: the item says another place of its kind, or it names
    another thing of the deck; None: not judged."""
    state = _BY_CODE.get(place, place)
    if f" {place} " in f" {told} " or (state in _STATES and f" {state} " in f" {told} "):
        return True
    owner = vocabulary.get(place, "")
    if owner and owner in keys:
        return True  # the site named again: 'KSC, Launch Complex 39'
    if owner not in keys and owner.split(":")[0] in _PLACES_OF_DECKS:
        return False  # 'in Houston': another place the deck names
    in_states = any(f" {s} " in f" {told} " for s in _STATES)
    if state in _STATES:
        return False if in_states else None  # 'Texas' where the item says Florida
    forms = {place, *country_forms([place])}
    if place in COUNTRIES or len(forms) > 1:
        if in_states and "united states" in forms:
            return True  # 'Kennedy Space Center, USA'
        said = in_states or any(f" {c} " in f" {told} " for c in COUNTRIES)
        return False if said else None
    return None


def _shown(place: str) -> str:
    state = _BY_CODE.get(place, place)
    return state.title() if state in _STATES else place.title()
