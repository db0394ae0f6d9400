"""A ruler's name with its regnal number: 'Louis XIV', 'Napoleon III', 'Elizabeth II'.

The number is not a spelling detail: Louis XVI is another king than Louis XIV, though the two
numerals are one swap of letters apart, so a different number is wrong, never a near miss.
The same number written another way is right: 'Louis 14', 'Louis the 14th', 'Louis the
Fourteenth', 'Louis fourteen'. The name alone is the first of that name at most, and then a
near miss ('Napoleon' for Napoleon I: which one?); for a later one it says nothing here. Nor
is the numeral alone a name: 'I' is not Napoleon I, so a regnal key gives no short forms
(answer_forms.py takes a person's last word for the surname).
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.numbered_names import number_of
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

# a name, then a Roman numeral under 100: 'louis xiv', 'pope john paul ii'
_REGNAL_KEY = re.compile(r"^(?P<name>[a-z][a-z' -]*?) (?P<n>[ivxl]+)$")
_ORDINAL_DIGITS = re.compile(r"^(?P<n>\d{1,2})(?:st|nd|rd|th)$")
_ORDINAL_WORDS = {"first": "one", "second": "two", "third": "three", "fifth": "five"}
_ORDINAL_WORDS |= {"eighth": "eight", "ninth": "nine", "twelfth": "twelve"}


def regnal_number(name: str) -> tuple[str, int] | None:
    """('louis', 14) for 'Louis XIV'; None for a name without a regnal numeral."""
    m = _REGNAL_KEY.match(normalise(name))
    if m is None:
        return None
    number = number_of(m["n"])
    return None if number is None else (m["name"], number)


def regnal_name(q: Question, text: str, expected: str) -> Verdict | None:
    """The verdict on a ruler's name given with a number or without one, or None when the
    key has no regnal number or the answer is not that name with a number."""
    given = normalise(text)
    for key in [*q.answer, *q.accepted]:
        found = regnal_number(key)
        if found is None or not given.startswith(found[0]):
            continue
        name, number = found
        rest = given[len(name) :].strip()
        if not rest:
            if number != 1:
                return None  # 'Napoleon' for Napoleon III: the other rules judge it
            note = f"Which one? The answer is {expected}."
            return Verdict("near_miss", expected, note, given)
        if not given[len(name)].isspace():
            continue  # 'Louisa' is not Louis
        said = _said_number(rest.removeprefix("the "))
        if said is None:
            continue
        if said == number:
            return Verdict("correct", expected, understood=f"{name} {number}")
        note = f"That is another ruler: the answer is {expected}."
        return Verdict("wrong", expected, note, given)
    return None


def _said_number(text: str) -> int | None:
    """'xiv', '14', '14th', 'fourteen', 'fourteenth', 'twenty-first' -> the number."""
    text = text.strip().replace("-", " ")
    m = _ORDINAL_DIGITS.match(text)
    if m:
        return int(m["n"])
    words = text.split()
    if words and words[-1] in _ORDINAL_WORDS:
        words[-1] = _ORDINAL_WORDS[words[-1]]
    elif words and words[-1].endswith("ieth"):
        words[-1] = words[-1].removesuffix("ieth") + "y"  # 'twentieth' -> 'twenty'
    elif words and words[-1].endswith("th"):
        words[-1] = words[-1].removesuffix("th")  # 'fourteenth' -> 'fourteen'
    return number_of(" ".join(words))
