"""A name in a variant that decides whether it names the key's thing or another.

A ship's name with or without its prefix (review r428 C): 'Constitution' names USS
Constitution, as 'Endurance' and 'SY Endurance' name Shackleton's Endurance; but where the key
gives a prefix, another one is another ship ('HMS Constitution'). Where the key has none, a
prefix typed is not checked, and the feedback shows the deck's answer.

A person's name with another middle name than the key's is another person (review r432 F):
'Alexander Melville Bell' (the father) for Alexander Graham Bell."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

PREFIXES = frozenset(
    {"uss", "hms", "rms", "ss", "sy", "hmy", "mv", "ms", "hmas", "hmcs", "usns", "rv", "ns"}
    | {"hmhs", "hmt", "sms", "ps", "hmnzs", "ins", "fs", "rfa", "css"}
)
_SHIP_WORDS = re.compile(
    r"\b(?:ship|liner|vessel|warship|clipper|flagship|steamer|ketch)s?\b", re.I
)


def variant_verdict(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """The verdict on a ship's prefix or a person's middle name, or None."""
    from quizapp.generate.answer_forms import is_person_key

    names = [normalise(a).replace(".", "").split() for a in [*q.answer, *q.accepted]]
    given = normalise(text).replace(".", "").split()
    if is_person_key(q, vocabulary) and _another_person(given, names):
        return Verdict("wrong", expected, "That names another person.", normalise(text))
    return _ship_verdict(q, text, expected)


def _another_person(given: list[str], names: list[list[str]]) -> bool:
    """Another middle name between the key's first and last ('alexander melville bell'). A
    generation ('Jr.') is not judged: 'Walter Schirra Jr.' is the key, 'Eli Whitney Jr.' his
    son, and the deck rarely says which."""
    for n in names:
        if len(n) >= 3 and len(given) >= 3 and (given[0], given[-1]) == (n[0], n[-1]):
            middle, own = " ".join(given[1:-1]), " ".join(n[1:-1])
            initials = [w[:1] for w in given[1:-1]] == [m[:1] for m in n[1:-1]]
            if initials and all(len(w) <= 2 for w in given[1:-1]):
                continue  # 'Alexander G. Bell'
            if OSA.distance(middle, own) > 1:  # 'di Vinci' is a slip of 'da Vinci'
                return True
    return False


def _ship_verdict(q: Question, text: str, expected: str) -> Verdict | None:
    """The verdict on a ship's name typed with another prefix or none, or None when the
    answer and the key differ otherwise, or no ship is asked of."""
    given = _split(text)
    for key in (_split(a) for a in [*q.answer, *q.accepted]):
        if given[1] != key[1] or given[0] == key[0] or not (key[0] or _SHIP_WORDS.search(q.prompt)):
            continue
        if given[0] and key[0]:  # 'HMS Constitution' for USS Constitution
            return Verdict("wrong", expected, f"That prefix names another ship: {expected}.", text)
        note = f"Right - the deck's answer is {q.answer[0]}." if given[0] else ""
        return Verdict("correct", expected, note, normalise(text))
    return None


def _split(name: str) -> tuple[str, str]:
    """(prefix, the rest) of a ship's name, folded: ('uss', 'constitution')."""
    words = normalise(name).removeprefix("the ").split()
    if len(words) > 1 and words[0].strip(".") in PREFIXES:
        return words[0].strip("."), " ".join(words[1:])
    return "", " ".join(words)
