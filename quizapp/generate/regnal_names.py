"""A ruler's name with its regnal number: 'Louis XIV', 'Napoleon III', 'Elizabeth II'.

The number is not a spelling detail: Louis XVI is another king than Louis XIV, though the two
numerals are one swap of letters apart, so a different number is wrong, never a near miss.
The same number written another way is right: 'Louis 14', 'Louis the 14th', 'Louis the
Fourteenth', 'Louis fourteen'. The name alone is a near miss ('Napoleon' for Napoleon I,
'Cleopatra' for Cleopatra VII: which one?) unless the deck has another ruler of that name; an
epithet after the number is the ruler's own ('Cleopatra VII Philopator'). Nor
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
_RULER_TITLE = re.compile(r"^(?:king|queen|pharaoh|emperor|empress|tsar|tsarina|czar) (?=\w)")
# one or two words after the number, no second answer: 'Philopator', 'the Great'; never 'or
# Louis XV' (a pinned row of review r594)
_EPITHET = re.compile(
    r"(?:the )?(?!(?:or|and|nor|not|but|maybe|perhaps)\b)[a-z]{3,}(?: [a-z]{3,})?"
)
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


def regnal_name(
    q: Question, text: str, expected: str, vocabulary: dict[str, str] | None = None
) -> Verdict | None:
    """The verdict on a ruler's name given with a number or without one, or None when the
    key has no regnal number or the answer is not that name with a number."""
    given = _RULER_TITLE.sub("", normalise(text))  # 'Queen Cleopatra VII' (review r714 #34)
    for key in [*q.answer, *q.accepted]:
        found = regnal_number(key)
        if found is None or not given.startswith(found[0]):
            continue
        name, number = found
        rest = given[len(name) :].strip()
        if not rest:  # 'Napoleon' for Napoleon I, 'Cleopatra' for Cleopatra VII (r714 #34);
            others = [
                n
                for n in vocabulary or {}
                if n.startswith(f"{name} ") and normalise(n) != normalise(key)
            ]
            if number != 1 and any(regnal_number(n) for n in others):
                return None  # 'Louis' where the deck has Louis XIV and XVI: which Louis?
            note = f"Which one? The answer is {expected}."
            return Verdict("near_miss", expected, note, given)
        if not given[len(name)].isspace():
            continue  # 'Louisa' is not Louis
        said = _said_number(rest.removeprefix("the "))
        first, _, epithet = rest.partition(" ")  # 'Cleopatra VII Philopator', 'Ramesses II
        if said is None and _EPITHET.fullmatch(epithet):  # the Great' (review r714)
            said = _said_number(first)
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
    said = number_of(" ".join(words))
    if said is None and re.fullmatch(r"[ivxl]+", text):  # 'Vll': l typed for I (review r714)
        said = number_of(text.replace("l", "i"))
    return said
