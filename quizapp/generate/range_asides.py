"""Asides beside a figure that say how far it goes or when it held: a range in brackets that
(review r534 D: read as two figures and graded wrong with 'Type one number'). The range says
how far the figure goes, a remark on it: the figure before it is the answer, and the note says
the range was not marked (remark_notes.py)."""

from __future__ import annotations

import re

from quizapp.generate.check_forms import asked_change
from quizapp.generate.dates import MONTHS
from quizapp.generate.year_asides import YEAR

_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_RANGED = re.compile(
    rf"^(?P<lead>[^()]*?(?P<n>{_NUMBER})[^()\d]*?)\s*\(\s*(?:between\s+|from\s+)?(?P<a>{_NUMBER})"
    rf"\s*%?\s*(?:-|\u2013|to|and)\s*(?P<b>{_NUMBER})\s*[^()\d]*\)[\s.!]*$",
    re.IGNORECASE,
)


# a change said against its base year: '6% more than in 2014', 'a 6% rise on 2014', '6% over
# the 2014 figure' (review r581 B: 'Type one number'); the year is the base, no second figure
_BASE_YEAR = re.compile(
    rf"^(?:an?\s+)?(?P<lead>{_NUMBER}\s*(?:%|per\s*cent)?)\s+(?:(?P<more>more|higher|up)\s+"
    r"(?:than|on|from)|(?P<less>less|lower|down)\s+(?:than|on|from)|(?P<rise>rise|increase|gain)"
    r"\s+(?:on|over|from)|(?P<fall>fall|drop|decline)\s+(?:on|from)|(?P<over>over|above)"
    r"|(?P<below>below))\s+(?:in\s+)?(?:the\s+)?(?:(?:1[0-9]|20)\d\d)"
    r"(?:\s+(?:figure|level|total))?[\s.!]*$",
    re.IGNORECASE,
)
_CHANGE_IN = re.compile(
    rf"^(?P<lead>{_NUMBER}\s*(?:%|per\s*cent)?)\s+(?:(?P<up>rise|increase|gain|jump)|drop|fall"
    r"|decline|decrease|cut)\s+(?P<when>(?:in|during|over)\s+.+?)[\s.!]*$",
    re.IGNORECASE,
)


def _agrees(up: bool, prompt: str) -> bool:
    """Whether a change said up (or down) goes the way the question's does."""
    return asked_change(prompt) == ("rise" if up else "fall")


def range_beside(text: str, prompt: str = "") -> str | None:
    """The figure before a bracketed range that holds it, or before its base year said the
    way the question's change goes ('6% less than in 2014' is no rise); or None."""
    changed = _CHANGE_IN.match(text.strip())  # '28% drop in H1 2016' (review r601 B)
    if changed is not None and _agrees(bool(changed["up"]), prompt):
        return f"{changed['lead']} {changed['when']}"
    based = _BASE_YEAR.match(text.strip())
    if based is not None:
        up = any(based[g] for g in ("more", "rise", "over"))
        return based["lead"] if _agrees(up, prompt) else None
    found = _RANGED.match(text.strip())
    if found is None:
        return None
    n, a, b = (float(found[g].replace(",", "")) for g in ("n", "a", "b"))
    return found["lead"].strip() if min(a, b) <= n <= max(a, b) else None


# words a period is said in: 'H1 2016', 'Jan-Jun 2016', '2015 over 2014', 'January to June'
_SAID_WORDS = (
    "in from to over between and vs versus compared with on the of year years full whole first "
    "second half h1 h2 q1 q2 q3 q4 during"
)
_PERIOD_WORDS = frozenset(MONTHS) | frozenset(_SAID_WORDS.split())
_ASIDE = re.compile(
    r"^(?P<lead>[^(),]*\d[^(),]*?)\s*(?:\((?P<a>[^()]+)\)|,\s*(?P<b>[^(),]+))[\s.!]*$"
)


def period_beside(text: str, prompt: str) -> str | None:
    """The figure before a period that the question's own year falls in, said in months,
    halves, quarters or years ('28% (in H1 2016)', '6% (2014-2015)', '12.3 (2015 over 2014)',
    review r531 A), or None: a period with another year is another figure's (year_asides)."""
    found = _ASIDE.match(text.strip())
    asked = {int(y) for y in YEAR.findall(prompt)}
    if found is None or not asked:
        return None
    when = re.sub(r"\b([1-4])([hq])\b", r"\2\1", (found["a"] or found["b"]).lower())  # '1H 2016'
    years = {int(y) for y in YEAR.findall(when)}
    words = re.findall(r"[a-z]+\d?|\d+", YEAR.sub(" ", when))
    if not years & asked or not years <= asked | {y - 1 for y in asked}:
        return None
    return found["lead"].strip() if all(w in _PERIOD_WORDS for w in words) else None
