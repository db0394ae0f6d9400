"""A name in a variant that decides whether it names the key's thing or another, and the
names in forms of their own (a fuller name, a regnal number, a list in another order).

A ship's name with or without its prefix (review r428 C): 'Constitution' names USS
Constitution, as 'Endurance' and 'SY Endurance' name Shackleton's Endurance; but where the key
gives a prefix, another one is another ship ('HMS Constitution'). Where the key has none, a
prefix typed is not checked, and the feedback shows the deck's answer.

A person's name with another middle name than the key's is another person (review r432 F):
'Alexander Melville Bell' (the father) for Alexander Graham Bell."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_forms import with_loose_forms
from quizapp.generate.card_lists import check_listed
from quizapp.generate.card_names import card_name
from quizapp.generate.check_text import check_text
from quizapp.generate.fuller_given_names import fuller_person
from quizapp.generate.fuller_names import fuller_name
from quizapp.generate.question import Question
from quizapp.generate.regnal_names import regnal_name
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

    person = is_person_key(q, vocabulary)
    if person and (other := _other_generation(text, [*q.answer, *q.accepted])):
        return Verdict(
            "wrong", expected, f"That is another person: the card says {other.rstrip('.')}.", text
        )
    if (fuller := fuller_person(q, text, expected, vocabulary, person)) is not None:
        return fuller  # 'Ronnie Walter Cunningham', 'J. N. Niépce' (fuller_given_names.py)
    names = [normalise(a).replace(".", "").split() for a in [*q.answer, *q.accepted]]
    given = normalise(text).replace(".", "").split()
    if person and _another_person(given, names):
        return Verdict("wrong", expected, "That names another person.", normalise(text))
    return _ship_verdict(q, text, expected)


_GENERATION = {"jr": "jr", "jnr": "jr", "junior": "jr", "ii": "jr", "sr": "sr", "snr": "sr"}
_GENERATION |= {"senior": "sr"}


def _other_generation(text: str, names: list[str]) -> str | None:
    """The key's name where it says one generation ('Willie Park Sr.') and the answer the
    other ('Willie Park Jr.', his son: review r604 A); else None."""
    said = {_GENERATION.get(w) for w in normalise(text).replace(".", " ").split()} - {None}
    for name in names:
        own = {_GENERATION.get(w) for w in normalise(name).replace(".", " ").split()} - {None}
        if own and said and not own & said:
            return name
    return None


def _another_person(given: list[str], names: list[list[str]]) -> bool:
    """Another middle name between the key's first and last ('alexander melville bell'). A
    generation ('Jr.') is not judged: 'Walter Schirra Jr.' is the key, 'Eli Whitney Jr.' his
    son, and the deck rarely says which."""
    for n in names:
        if len(n) >= 3 and len(given) >= 3 and (given[0], given[-1]) == (n[0], n[-1]):
            middle, own = " ".join(given[1:-1]), " ".join(n[1:-1])
            initials = [w[:1] for w in given[1:-1]] == [m[:1] for m in n[1:-1]]
            if initials and (
                all(len(w) <= 2 for w in given[1:-1]) or all(len(m) <= 2 for m in n[1:-1])
            ):
                continue  # 'Alexander G. Bell'; 'Richard Evelyn Byrd' for Richard E. (r452 A)
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


def named_forms(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """A name in a form of its own: 'Rembrandt Harmenszoon van Rijn' for Rembrandt
    (fuller_names.py), 'William Steinitz' for an imported card's Wilhelm (card_names.py),
    'Louis the Fourteenth' ('Louis XVI' is another king: regnal_names.py), 'Hillary and
    Tenzing', a list in another order (card_lists.py); else None."""
    fuller = fuller_name(q, text, expected, vocabulary) or card_name(q, text, expected, vocabulary)
    if fuller is not None:  # 'William Steinitz', 'Nimzovich' (card_names.py)
        return fuller
    regnal = regnal_name(q, text, expected, vocabulary)
    if regnal is not None:
        return regnal
    return check_listed(q, text, expected, vocabulary, _part_grader(vocabulary))


def _part_grader(vocabulary: dict[str, str]) -> Callable[[Question, str], Verdict]:
    """How one part of a list answer is graded: as a typed name is."""

    def grade(part: Question, text: str) -> Verdict:
        part = with_loose_forms(part, vocabulary)
        return check_text(part, text, part.answer[0], vocabulary)

    return grade
