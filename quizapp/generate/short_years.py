"""A date's year written with two digits, read in the key's century.

"'62" or "January '70" (the apostrophe marks a shortened year), and the everyday forms with no
apostrophe where the place of the digits says they are a year: "10/1/58", "1.10.58",
"1 Oct 58", "Oct 1, 58", "17 April 70", and for a key known to the month "Sept 70" and
"01-15" (reviews
r293, r312: each was refused or read as the year 58 AD). A bare "62" stays 62, and "Oct 25"
stays the 25th where the key has a day: two digits after a month alone are a year only when
no day could be meant (above 31) or the key has no day.
"""

from __future__ import annotations

import re

from quizapp.generate.dates import MONTHS
from quizapp.generate.question import NumericKey

__all__ = ["full_year"]

_APOSTROPHE_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](\d{2})(?![\w.,]|\s*(?:am|pm)\b)")
_NUMERIC = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2})\s*$")
_MONTH_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{2})\s*$")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_JOINED = re.compile(
    rf"^\s*((?:{_MONTH})\.?)\s*(?:-|/|\s+of\s+)\s*(\d{{2}}|\d{{4}})\s*$", re.IGNORECASE
)
_HYPHENED = re.compile(rf"^\s*(\d{{1,2}})-((?:{_MONTH})\.?)-(\d{{2}}|\d{{4}})\s*$", re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WORDED = re.compile(
    rf"^\s*(?P<head>(?:(?P<before>{_DAY})\s+)?(?:{_MONTH})\.?(?:\s+(?P<after>{_DAY}))?,?)"
    r"\s+(?P<yy>\d{2})\s*$",
    re.IGNORECASE,
)


def full_year(key: NumericKey, text: str) -> str:
    """The answer with a two-digit year of a year or date key written out in the key's
    century; unchanged when the key is older than AD 100 or nothing reads as such a year."""
    if key.date is not None:
        year = int(key.date.lstrip("-").split("-")[0]) * (-1 if key.date.startswith("-") else 1)
    elif key.family == "year":
        year = round(key.value)
    else:
        return text
    if year < 100:
        return text
    century = year - year % 100
    text = _APOSTROPHE_YEAR.sub(lambda m: str(century + int(m[1])), text)
    text = _HYPHENED.sub(r"\1 \2 \3", text)  # '25-May-61', '25-May-1961' (review r315)
    text = _MONTH_JOINED.sub(r"\1 \2", text)  # 'Jan-15', 'Jan/2015', 'January of 2015' (r317)
    if m := _NUMERIC.match(text):
        return f"{m[1]}{m[2]}{m[3]}{m[2]}{century + int(m[4])}"
    month_key = key.date is not None and key.date.lstrip("-").count("-") == 1
    if month_key and (m := _MONTH_NUMBER.match(text)) and 1 <= int(m[1]) <= 12:
        return f"{m[1]}/{century + int(m[2])}"  # '01-15', '1/15' for January 2015 (r323 #28)
    m = _WORDED.match(text)
    if m is None:
        return text
    has_day = m["before"] is not None or m["after"] is not None
    no_day = key.date is None or key.date.count("-") < 2  # a year or a month: no day asked
    if has_day or int(m["yy"]) > 31 or no_day:
        return f"{m['head']} {century + int(m['yy'])}"
    return text
