"""A person named with their given names as initials, or initials in full, and with more
given names than the key (review r572 A: 'Ronnie Walter Cunningham' for Walter Cunningham;
r574 A: 'Joseph Nicéphore Niépce', 'W. Boyle and G. Smith', 'George Elwood Smith' for
George E. Smith: each was graded wrong, some as 'another person').

The typed name keeps the key's surname (with its particles) word for word, and every given
name of the key in order, each in full or as its initial (a middle initial may be left out):
that is the key's person, right, with the card's form shown ('W. Boyle and G. Smith', read
person by person, in either order). Where it adds given names or initials the card does not
give, it may name the key's person or a namesake the deck cannot tell apart (Louis-Napoléon
Bonaparte, Marc Isambard Brunel, George W. Bush, John Quincy Adams): it is not graded but
asked again (`more_given_names`), nothing lost, the key not shown. A given name of the key's
left out or replaced ('Joseph Niépce' for Nicéphore Niépce, 'Alexander Melville Bell' for
Alexander Graham Bell) is neither: the checks that follow grade it."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.facts.normalise import normalise
from quizapp.generate.given_names import PARTICLES, asks_who, has_name_shape
from quizapp.generate.person_names import given_name_forms
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

_AND = re.compile(r"\s+(?:and|&)\s+|\s*,\s*", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]*(?:-[^\W\d_]+)*|\.)$")
_INITIAL = re.compile(r"^[^\W\d_]\.?$")


MORE_NAMES = (
    "Type the name with only the given names the card would give, or the surname alone: "
    "more given names can name a namesake, which this card cannot tell apart."
)


def fuller_person(
    q: Question, text: str, expected: str, vocabulary: dict[str, str], person: bool
) -> Verdict | None:
    """Right, with the card's form shown, for the key's person (or people) named with their
    given names as initials or in full; else None."""
    key = _reading(q, text, vocabulary, person)
    if key is None or key[1]:
        return None
    return Verdict("correct", expected, f"Right - the card says {key[0]}.", text)


def more_given_names(
    q: Question, text: str, vocabulary: dict[str, str] | None, right: Callable[[], bool]
) -> str | None:
    """Why an answer naming the key's person with further given names is asked again: not
    where the checks take it as right anyway ('R. Walter Cunningham', an initial first)."""
    from quizapp.generate.answer_forms import is_person_key

    key = _reading(q, text, vocabulary or {}, is_person_key(q, vocabulary or {}), forms=True)
    return MORE_NAMES if key is not None and key[1] and not right() else None


def _reading(
    q: Question, text: str, vocabulary: dict[str, str], person: bool, forms: bool = False
) -> tuple[str, bool] | None:
    """(the key the typed name is a form of, whether it adds given names), or None. With
    `forms`, a given name may be in its usual other form ('Benedict' for Ben: r584 D); the
    checks that follow read those where nothing is added."""
    typed = [p for p in _AND.split(text.strip()) if p]
    for key in [*q.answer, *q.accepted]:
        names = [p for p in _AND.split(key.strip()) if p]
        if len(names) != len(typed) or not (person or _people(q, names)):
            continue
        if len(names) > 2 or not all(has_name_shape(n) for n in names):
            continue
        for order in [typed] if len(typed) == 1 else [typed, typed[::-1]]:
            read = [_same(t, n, vocabulary, forms) for t, n in zip(order, names, strict=True)]
            if None not in read and [normalise(t) for t in order] != [normalise(n) for n in names]:
                return key, any(read)
    return None


def _people(q: Question, names: list[str]) -> bool:
    return len(names) > 1 and asks_who(q.prompt)


def _same(typed: str, key: str, vocabulary: dict[str, str], forms: bool) -> bool | None:
    """Whether `typed` adds given names to `key`'s (False: the key's own, each in full or as
    an initial, a middle initial left out at most), or None: not the key's name."""
    t_given, t_surname = _split(typed)
    k_given, k_surname = _split(key)
    if t_surname != k_surname or not t_given or not k_given:
        return None
    if any(_word(w) in vocabulary and not _INITIAL.match(w) for w in t_given):
        return None  # 'Rembrandt Vermeer': another entity's name, not a given name
    if not all(_NAME_WORD.match(w) and w[:1].isupper() for w in t_given):
        return None  # "Kazakhstan's Shavkat Mirziyoyev": no given name
    at, used = 0, 0
    for k in k_given:
        found = next((i for i in range(at, len(t_given)) if _matches(t_given[i], k, forms)), None)
        if found is None and _INITIAL.match(k) and k is not k_given[0]:
            continue  # 'George Smith' for George E. Smith
        if found is None:
            return None
        at, used = found + 1, used + 1
    return used < len(t_given)


def _matches(typed: str, key: str, forms: bool) -> bool:
    """A given name in full or as its initial ('W.' for Walter, 'Elwood' for E.)."""
    t, k = _word(typed), _word(key)
    if _INITIAL.match(typed) or _INITIAL.match(key):
        return t[:1] == k[:1]
    return t == k or (forms and t in given_name_forms(k))  # 'Benedict' for Ben (r584 D)


def _word(word: str) -> str:
    return normalise(word).rstrip(".")


def _split(name: str) -> tuple[list[str], tuple[str, ...]]:
    """The given names and the surname (its last word with the particles before it)."""
    words = name.replace(".", ". ").split()
    end = len(words) - 1
    while end > 0 and normalise(words[end - 1]) in PARTICLES:
        end -= 1
    return words[:end], tuple(_word(w) for w in words[end:])
