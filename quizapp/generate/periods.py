"""Reading a period typed for a year: a century, a millennium or a decade, of either era.

"the 7th millennium BC", "seventh millennium BCE", "the 19th century", "the early 1800s",
"the 1840s", "the 3700s BC". Each is read as the span of signed years it covers (BC years
are negative, as the deck stores them; there is no year 0): the 7th millennium BC is 7000 to
6001 BC, the 19th century 1801 to 1900. "Early", "mid" and "late" take a third of the span.
A year ending in "00s" or "000s" is read as its century or millennium ("the 1800s" are the
years 1800 to 1899), any other as its decade; two digits are the 20th century's ("the
'60s"). check_periods.py grades the span against the key's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.facts.normalise import normalise
from quizapp.generate.dates import MAX_ANSWER, split_era

_OPENING = re.compile(r"^(?:(?:in|during|from|since|around|about|circa|c\.) )?(?:the )?")
_PART = r"(?:(?P<part>early|mid|middle|late)[- ](?:in the )?)?"
_ORDINAL_SPAN = re.compile(
    rf"^{_PART}(?P<n>\d{{1,2}})(?:st|nd|rd|th)?[- ](?P<what>century|centuries|millenn?ium|c\.?)$"
)
_YEARS_SPAN = re.compile(rf"^{_PART}'?(?P<y>\d{{2,4}})'?s$")
_HINT = re.compile(r"centur|millenn?i|\d'?s\b|\d(?:st|nd|rd|th)?[- ]c(?:\.|$)", re.IGNORECASE)
_SPANS = {
    "century": 100,
    "centuries": 100,
    "c.": 100,
    "c": 100,
    "millennium": 1000,
    "millenium": 1000,
}


@dataclass(frozen=True)
class Period:
    first: int  # signed years, first <= last
    last: int
    era_said: bool  # BC, BCE, AD or CE was typed

    def shown(self) -> str:
        if self.last < 0:
            return f"{-self.first} to {-self.last} BC"
        if self.first < 0:
            return f"{-self.first} BC to AD {self.last}"
        return f"{self.first} to {self.last}"


def parse_period(text: str) -> Period | None:
    """The span of years a period answer names, or None if the answer is not one."""
    if len(text) > MAX_ANSWER or not _HINT.search(text):
        return None  # most answers: no period word, no decade (a cheap test: every figure)
    t = " ".join(normalise(text).replace(",", " ").split())
    t, era = split_era(t)
    t = _OPENING.sub("", t.strip())
    if not t[:1].isdigit():
        t = _ordinal_words(t)
    span = _ordinal_span(t) or _years_span(t)
    if span is None:
        return None
    (low, high), part = span
    if era == "bc" and part in ("early", "late"):  # BC years count down: early is the highest
        part = "late" if part == "early" else "early"
    low, high = _part_of(low, high, part)
    if era == "bc":
        return Period(-high, -low, True)
    return Period(low, high, era is not None)


def _ordinal_words(t: str) -> str:
    """'seventh millennium' -> '7th millennium' (text2num reads ordinals as words)."""
    from text_to_num import alpha2digit

    return str(alpha2digit(t, "en", threshold=0))


def _ordinal_span(t: str) -> tuple[tuple[int, int], str | None] | None:
    """The 7th millennium: years 6001 to 7000 of its era (counted away from year 1)."""
    m = _ORDINAL_SPAN.match(t)
    if m is None or int(m["n"]) == 0:
        return None
    size = _SPANS[m["what"]]
    n = int(m["n"])
    return ((n - 1) * size + 1, n * size), m["part"]


def _years_span(t: str) -> tuple[tuple[int, int], str | None] | None:
    """'1840s' -> 1840 to 1849; '1800s' -> 1800 to 1899; '7000s' -> 7000 to 7999."""
    m = _YEARS_SPAN.match(t)
    if m is None:
        return None
    digits = m["y"]
    year = int(digits) + (1900 if len(digits) == 2 else 0)  # "the '60s": the 1960s
    if year == 0:
        return None
    zeros = len(digits) - len(digits.rstrip("0"))
    size = 10 ** max(1, min(zeros, 3))
    return (year, year + size - 1), m["part"]


def _part_of(low: int, high: int, part: str | None) -> tuple[int, int]:
    """The third of the span that 'early', 'mid' or 'late' names (in its era's own count)."""
    if part is None:
        return low, high
    third = (high - low + 1) // 3
    if part == "early":
        return low, low + third - 1
    if part == "late":
        return high - third + 1, high
    return low + third, high - third
