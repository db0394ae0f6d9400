"""A bracket beside an imported card's place ('Ottawa (Potato)', 'Berlin (Bonn)'): a second
place, not a gloss (review r333: each was graded right, since an imported deck knows no
place but its own answers, and a word it does not know fell back to a gloss).

For a card that asks for a place (a capital, a city, where), a part in brackets that is not
itself right must place or describe the answer: the country the question names or another
name of it, its region or province ('Ottawa (Ontario)'), words of the question, words that
describe a capital ('official capital', 'seat of government'), a year, or a former name
('formerly Frunze'). Anything else is another answer, and the pair is wrong. Cards of a
bundled deck keep their glosses ('Gazprom (Russian state gas company)'), and so do imported
cards that ask for no place ('Shakespeare (playwright)').
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_forms import is_person_key
from quizapp.generate.check_qualified import without_qualifier
from quizapp.generate.dates import MONTHS
from quizapp.generate.given_names import asks_who, reads_as_person
from quizapp.generate.place_names import COUNTRIES, PLACE_NAMES, WHOLE_PLACE_NAMES
from quizapp.generate.question import Question
from quizapp.generate.text_words import content_words, entity_kind
from quizapp.generate.us_states import US_STATES

_IMPORTED = "answer-"  # the importer's entity kinds (check_imported.py)
_ASKS_PLACE = re.compile(
    r"\b(?:capital|city|town|village|port|where|state|province|county|region|country)\b", re.I
)  # 'Pennsylvania (Ohio)' names a second state (review r464 E)
_UNITS = US_STATES | COUNTRIES  # a state or country is where no other state or country lies
_FORMER = re.compile(r"^\s*(?:formerly|previously|once|earlier|until|since|from)\b", re.I)
# the side beaten or met, not a second answer: 'Germany (beat Argentina)', '1-0 against
# Argentina', 'vs Argentina' (review r624 F)
_CONTEST = re.compile(
    r"^\s*(?:\d+\s*[-\u2013]\s*\d+\s+)?(?:beat|beating|defeat(?:ed|ing)?|against|over|versus|vs?\.?)"
    r"\s",
    re.IGNORECASE,
)
_GLOSS_WORDS = frozenset(
    {"capital", "city", "official", "seat", "government", "constitutional", "administrative"}
    | {"legislative", "judicial", "executive", "de", "jure", "facto", "largest", "current"}
    | {"present", "today", "now", "modern", "new", "national", "federal", "state", "royal"}
)


def other_place(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part`, beside a right answer to an imported card that asks for a place, names
    another place rather than placing or describing the answer."""
    if not asks_imported_place(q, vocabulary) or _FORMER.match(part) or _CONTEST.match(part):
        return False
    stem_words = set(content_words(q.prompt))
    words = content_words(part)
    if all(w in stem_words or w in _GLOSS_WORDS or w in MONTHS or w.isdigit() for w in words):
        return False  # 'Berlin (Germany)', 'Porto-Novo (official capital)', '(November 2024)'
    said = normalise(part)
    if said in _UNITS and {normalise(a) for a in q.answer} & _UNITS:
        return True  # a state or country beside one: 'Pennsylvania (Ohio)' (review r464 E)
    known = said in vocabulary or said in WHOLE_PLACE_NAMES or any(w in PLACE_NAMES for w in words)
    if not known:  # 'Flushing Meadows, Queens': a borough no list holds, asked about or let
        return False  # stand, never another place (review r456 A)
    return without_qualifier(q.prompt, f"place, {part}", vocabulary) is None


def asks_imported_place(q: Question, vocabulary: dict[str, str]) -> bool:
    kinds = {entity_kind(vocabulary.get(normalise(a), "")) for a in q.answer}
    return any(k.startswith(_IMPORTED) for k in kinds) and bool(_ASKS_PLACE.search(q.prompt))


def placed_by_comma(q: Question, tail: str, vocabulary: dict[str, str]) -> bool:
    """Whether a name after a comma beside an imported card's place may say where it lies
    ('Flushing Meadows, Queens': review r456 A), not a slip of the question's own words
    ('Bishkek, Kyrgystan')."""
    if not asks_imported_place(q, vocabulary):
        return False
    said = normalise(tail)
    return all(OSA.distance(said, w) > 2 for w in content_words(q.prompt))


def other_card_type(q: Question, part: str, vocabulary: dict[str, str]) -> bool:
    """Whether `part` is another imported card's answer of another type than the key: a place
    beside a person ('Maradona (Argentina)': where he played, review r624 A) or a person beside
    a place ('Germany (Klose)'). An imported deck's kinds are its cards' questions, so they
    cannot tell a gloss from a second answer ('Arabica (Robusta)'); a person and a place can."""
    thing = vocabulary.get(normalise(part), "")
    kind = entity_kind(thing)
    if not kind.startswith(_IMPORTED):
        return False
    words = kind.replace("-", " ")
    part_place = bool(_ASKS_PLACE.search(words))
    part_person = reads_as_person(part) or asks_who(words.removeprefix("answer name ") + "?")
    if is_person_key(q, vocabulary):
        return part_place and not part_person
    return asks_imported_place(q, vocabulary) and part_person and not part_place
