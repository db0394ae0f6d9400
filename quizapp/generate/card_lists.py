"""An imported card whose answer is a short list ('Edmund Hillary and Tenzing Norgay', 'blue,
white and red') or a century ('the 17th century'): asked typed, not left to a flashcard.

Such answers are longer than a typed key may be, or not names, so the typed kinds took them for
descriptions with too many right phrasings. They are not: a list is right in any order, a pair
of people by their surnames ('Hillary and Tenzing'), and a century is read as a period
(check_imported.py: '17th c.', 'the 1600s'). `askable_card_key` says which keys these are;
`check_listed` grades a list part by part, each part by the checker's own rules for a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

from quizapp.facts.normalise import normalise
from quizapp.generate.given_names import GIVEN_NAMES, asks_who
from quizapp.generate.periods import parse_period
from quizapp.generate.question import Question
from quizapp.generate.text_words import entity_kind
from quizapp.generate.verdict import Checked, Verdict

MAX_PARTS = 5
MAX_PART_WORDS = 3
_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;|&|\band\b)\s*", re.IGNORECASE)
_ONE_WORD = 4  # a lone word of a listed person's name names them from this many letters on

IMPORTED = "answer-"  # the importer's entity kinds (check_imported.py)
Grade = Callable[[Question, str], Verdict]


def list_parts(text: str) -> list[str]:
    """'Edmund Hillary and Tenzing Norgay' -> ['Edmund Hillary', 'Tenzing Norgay']."""
    return [p.strip() for p in _SPLIT.split(text.strip()) if p.strip()]


def askable_card_key(key: str) -> bool:
    """A list of two to five short names or single words, or a century or decade."""
    if parse_period(key) is not None:
        return True
    parts = list_parts(key)
    if not 2 <= len(parts) <= MAX_PARTS:
        return False
    named = all(p[:1].isupper() and len(p.split()) <= MAX_PART_WORDS for p in parts)
    return named or all(len(p.split()) == 1 for p in parts)


def check_listed(
    q: Question, text: str, expected: str, vocabulary: dict[str, str], grade: Grade
) -> Verdict | None:
    """An imported list answer graded part by part, in any order: right if every part is right
    for a part of the key, a near miss if every part is right or near, else None (not such a
    list, or a part wrong: the whole answer's verdict stands)."""
    key = normalise(q.answer[0]) if q.answer else ""
    if not entity_kind(vocabulary.get(key, "")).startswith(IMPORTED):
        return None
    keys, given = list_parts(q.answer[0]), list_parts(text)
    if len(keys) < 2 or len(given) != len(keys):
        return None
    table = [[_part_verdict(q, keys, k, g, grade) for k in range(len(keys))] for g in given]
    best: Checked | None = None
    for order in permutations(range(len(keys))):
        verdicts = {table[g][k] for g, k in enumerate(order)}
        if "wrong" in verdicts:
            continue
        best = "near_miss" if "near_miss" in verdicts else "correct"
        if best == "correct":
            break
    if best is None:
        return None
    note = "" if best == "correct" else f"Close enough - mind the spelling: {expected}."
    return Verdict(best, expected, note, normalise(text))


def _part_verdict(q: Question, keys: list[str], k: int, given: str, grade: Grade) -> str:
    part = keys[k]
    if asks_who(q.prompt) and _names_person(keys, k, given):
        return "correct"  # 'Hillary' or 'Tenzing' in a pair of people
    if asks_who(q.prompt) and _slipped_surname(part, given):
        return "near_miss"  # 'Watsen and Crick' (review r714)
    alone = q.model_copy(update={"answer": [part], "accepted": [part]})
    return grade(alone, given).verdict


def _slipped_surname(part: str, given: str) -> bool:
    """One word a slip from the listed person's surname: 'Watsen' for James Watson."""
    from rapidfuzz.distance import OSA

    word, surname = normalise(given), normalise(part).split()[-1]
    close = len(surname) >= _ONE_WORD and word[:1] == surname[:1]
    return " " not in word and close and OSA.distance(word, surname) == 1


def _names_person(keys: list[str], k: int, given: str) -> bool:
    """One word of a listed person's name that no other part has and that is no usual given
    name ('Hillary', 'Tenzing'; not 'Edmund')."""
    word = normalise(given)
    if " " in word or len(word) < _ONE_WORD or word in GIVEN_NAMES or not keys[k][:1].isupper():
        return False
    if len(keys[k].split()) < 2:
        return False
    others = {w for j, p in enumerate(keys) if j != k for w in normalise(p).split()}
    return word in normalise(keys[k]).split() and word not in others


# names of one thing, each right, are no hedge ('EEU or EAEU', 'EEU aka EAEU'; review r320)
_NAME_LIST = re.compile(r"\s*[,/;&]\s*|\s+(?:or|and|aka|a\.k\.a\.?|also called|at)\s+", re.I)


def every_name_right(q: Question, text: str, grade: Callable[[str], Verdict]) -> bool:
    """Two or more names of the one key, each right by `grade` ('Ocean of Storms, Oceanus
    Procellarum' or '/'): no hedge (review r315 #31); 'Moscow, Kyiv' stays wrong. A first name
    alone shares the surname of the fullest part ('Ken or Thomas Mattingly': review r330)."""
    named = [p.strip() for p in _NAME_LIST.split(text) if p.strip()]
    if len(named) < 2:
        return False
    whole = max(named, key=lambda p: len(p.split()))
    surname = whole.split()[-1] if " " in whole else None
    shared = [p if " " in p or surname is None else f"{p} {surname}" for p in named]
    return any(
        all(grade(p).verdict == "correct" for p in parts)
        for parts in dict.fromkeys((tuple(named), tuple(shared)))
    )
