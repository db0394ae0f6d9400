"""A numbered name given another way: 'Apollo XVI', 'Apollo Sixteen', 'apollo16'."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

# a numbered name: 'Apollo 16', 'Soyuz 11', 'Luna 2' (a name, then a number under 100)
_NUMBERED_KEY = re.compile(r"^(?P<name>[a-z][a-z ]*?) (?P<n>\d{1,2})$")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_UNITS += " fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_SPELLED = {w: i for i, w in enumerate(_UNITS.split())}
_SPELLED |= {w: 20 + 10 * i for i, w in enumerate(_TENS.split())}


def roman_value(text: str) -> int | None:
    """'xvi' -> 16; None for a malformed numeral ('iiii', 'vx')."""
    values = [_ROMAN[c] for c in text]
    total = sum(-a if a < b else a for a, b in zip(values, [*values[1:], 0], strict=True))
    return total if 0 < total < 100 and _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = ""
    for value, numeral in ((90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")):
        while n >= value:
            out, n = out + numeral, n - value
    for value, numeral in ((5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _spelled(text: str) -> int | None:
    """'sixteen' -> 16, 'twenty-one' or 'twenty one' -> 21."""
    words = text.replace("-", " ").split()
    if len(words) == 1:
        return _SPELLED.get(words[0])
    if len(words) == 2 and _SPELLED.get(words[0], 1) % 10 == 0 and words[0] in _TENS:
        unit = _SPELLED.get(words[1])
        return _SPELLED[words[0]] + unit if unit is not None and 0 < unit < 10 else None
    return None


def number_of(text: str) -> int | None:
    """'16', 'xvi', 'sixteen' or 'twenty-one' -> the number; None for anything else."""
    if text.isdigit():
        return int(text)
    return roman_value(text) if set(text) <= set(_ROMAN) else _spelled(text)


def numbered_name(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """A numbered name given another way: 'Apollo XVI', 'Apollo Sixteen', 'Apollo-16',
    'apollo16' for Apollo 16 -> correct. The bare number ('16', 'XVI') is one rule: correct
    when it can name one thing only, because the question names the series ('Which Apollo
    mission...') or no other name in the deck carries that number ('15' is Apollo 15 alone;
    '1' may be Apollo 1, Sputnik 1 or Vostok 1): else a near miss (seed-9307 review: '13'
    was right and '15' a near miss, by the stem's wording only). Another number is never
    right."""
    given = normalise(text)
    prompt = normalise(q.prompt)
    for key in [*q.answer, *q.accepted]:
        m = _NUMBERED_KEY.match(normalise(key))
        if m is None:
            continue
        name, number = m["name"], int(m["n"])
        named = given.startswith(name)
        rest = given[len(name) :].strip(" -") if named else given
        if not rest or number_of(rest) != number:
            continue
        if named or re.search(rf"\b{re.escape(name)}\b", prompt) or _only(number, vocabulary):
            return Verdict("correct", expected, understood=f"{name} {number}")
        note = f"Right number - the full name is {q.answer[0]}."
        return Verdict("near_miss", expected, note, understood=given)
    return None


def _only(number: int, vocabulary: dict[str, str]) -> bool:
    """Whether one entity alone, among the deck's names, is a numbered name with this number."""
    found = {
        entity
        for name, entity in vocabulary.items()
        if (m := _NUMBERED_KEY.match(name)) is not None and int(m["n"]) == number
    }
    return len(found) == 1


# a numbered name: 'period 6', 'group 14', 'Apollo 12' (option_forms ranks by it too)
NUMBERED_NAME = re.compile(r"^(?P<stem>.*?\D)\s*(?P<n>\d{1,4})$")
_STEM_WORDS = re.compile(r"[^\W\d_]+")


def other_stem(said: str, option: str) -> bool:
    """A numbered option is named by its number only where nothing names it another way:
    whether `said` puts a word of its own before the number of a numbered option that the
    option's stem lacks: 'gemini 7' for 'apollo 7' names another thing (both lower-cased)."""
    found = NUMBERED_NAME.match(option)
    if found is None or len(found["n"]) > 3 or not _STEM_WORDS.search(found["stem"]):
        return False
    before = said.split(found["n"], 1)[0] if found["n"] in said else ""
    words = set(_STEM_WORDS.findall(before)) - {"the", "no", "number"}
    return bool(words) and not words <= set(_STEM_WORDS.findall(found["stem"]))
