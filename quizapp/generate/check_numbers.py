"""Grading numbers, quantities with units, years and dates.

A figure in another measure than the key's (a share for an amount) is never converted
(check_measure.py). Numbers are read with their scale and unit (quantity_reader.py), put in
the key's unit and judged by the one tolerance rule (tolerance.py). Years are exact, unless
asked as an estimate ("from about when"; tolerance.py); a disputed year takes each of its
readings (helium 1868 or 1895). Dates are exact at the precision they are stored: a date
known to the day accepts that day in any common form; an answer less precise than the key
("September 1846" for 23 September 1846) is a near miss; never a day rounded to a month.
"""

from __future__ import annotations

import re

from quizapp.generate.answer_frames import TWO_FIGURES, TWO_FIGURES_NOTE
from quizapp.generate.bound_words import (
    Bound,
    bound_holds,
    bound_problem,
    bounded_rivals,
    close_bound,
    far_bound,
    past_side,
    read_bound,
    tight_bound,
    time_bound,
)
from quizapp.generate.check_dates import check_date
from quizapp.generate.check_measure import measure_problem
from quizapp.generate.check_years import check_year
from quizapp.generate.degree_signs import with_degrees
from quizapp.generate.quantity_reader import Reading, read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.rival_verdicts import nearer_a_rival, rival_note
from quizapp.generate.short_years import full_year
from quizapp.generate.span_words import spans_spelt
from quizapp.generate.tolerance import judge, within_published
from quizapp.generate.unit_siblings import in_other_unit, rounded_about
from quizapp.generate.verdict import Verdict

_ARTICLE = re.compile(r"an? ([a-z]+)$")


def check_number(
    key: NumericKey, text: str, expected: str, this_year: int | None = None
) -> Verdict:
    """`this_year` is the present year, for an answer 'N years ago' (years_ago.py)."""
    text = _clock_duration(key, with_degrees(key, full_year(key, text)))  # "'62", '71:02'
    text = spans_spelt(key, text)  # 'a decade' for 10 years
    problem = measure_problem(key, text)
    if problem is not None:  # never read in the key's unit (a session asks again first)
        return Verdict("wrong", expected, problem)
    dated = _dated(key, text, expected, this_year)
    if dated is not None:
        return dated
    bound = read_bound(key, text)
    bounded = bound_problem(key, bound, expected)
    if bounded is not None:  # 'more than 5' for exactly 5 (bound_words.py)
        return Verdict("wrong", expected, bounded, text.strip())
    if close_bound(key, bound):  # 'nearly 75%' for 74%; 'nearly 900' for 883 is no more
        return Verdict("correct", expected, understood=text.strip())  # than 'about 900'
    tight = bound is not None and tight_bound(key, bound)  # a near miss unless a rival's
    tight = tight and bound is not None and not nearer_a_rival(key, bound.reading.value)
    # the bound's own figure, read once ('slightly less than half' was 'Type one number':
    # review r331 #33); else the answer as it stands
    readings = (
        [bound.reading] if bound is not None else read_quantity(_article_as_one(text, key), key)
    )
    if isinstance(readings, str) or not readings:
        both = _in_two_units(key, text, expected)
        if both is not None:  # '27 K (-246 °C)' (review r332 #3)
            return both
    if isinstance(readings, str):
        return Verdict("wrong", expected, _unread_note(text, readings))
    if not readings:
        return Verdict("wrong", expected, "Type one number, e.g. 7,000 or 1.5bn or 12.3%.")
    best = "wrong"
    loose = far_bound(key, bound)  # 'over 1500' for 1,538: no near miss (bound_words.py)
    for r in readings:
        band = judge(key, r.value, r.step, r.digits)
        if band != "wrong" and past_side(key, r.value):  # '55%' where it fell by nearly
            band = "near_miss" if band == "correct" else "wrong"  # half; '60%' (r353 #23)
        if band == "correct" or within_published(key, r.value, r.step):
            return Verdict("correct", expected, understood=_understood(r.value, key))
        if band == "near_miss" and not nearer_a_rival(key, r.value) and not loose:
            best = "near_miss"
    return _not_right(key, text, expected, readings, bound, best == "near_miss" or tight)


def _not_right(
    key: NumericKey,
    text: str,
    expected: str,
    readings: list[Reading],
    bound: Bound | None,
    near: bool,
) -> Verdict:
    """A figure not right in the key's unit: right in another common unit, a near miss, true
    but not the figure asked, or wrong with what it is instead."""
    other_unit = in_other_unit(key, readings) if not near and bound is None else None
    if other_unit is not None:  # '0.917' for 917 kg/m³, in g/cm³ (unit_siblings.py, r504 C)
        return Verdict("correct", expected, other_unit, text.strip())
    understood = _understood(readings[0].value, key)
    if near:  # 'just under 1 g/cm³' for 0.968
        return Verdict("near_miss", expected, f"Close - the figure is {expected}.", understood)
    if bound_holds(key, bound):  # 'over 75%' for 78%: true, but not the figure asked
        note = f"True, but the question asks for the figure: {expected}."
        return Verdict("wrong", expected, note, understood)
    note = _wrong_note(bounded_rivals(key, bound), readings[0], expected)
    return Verdict("wrong", expected, note, understood)


def _dated(key: NumericKey, text: str, expected: str, this_year: int | None) -> Verdict | None:
    """A date's or a year's verdict; None for any other figure."""
    if (key.date or key.family.startswith(("date", "year"))) and (
        bounded := time_bound(text, expected)
    ):
        return Verdict("wrong", expected, bounded, text.strip())  # 'before 2016' (bound_words)
    if key.date is not None:
        return check_date(key.date, text, expected, day_asked=key.precise)
    if key.family.startswith("date:"):  # a key made before dates carried their parts
        months = int(key.value)  # floor: a late day never becomes the next month
        iso = (
            f"{months // 12}" if key.family == "date:year" else f"{months // 12}-{months % 12 + 1}"
        )
        return check_date(iso, text, expected)
    if key.family == "year":
        return check_year(key, text, expected, this_year)
    return None


_TWO_FIGURES = re.compile(
    r"^(?P<a>[^()]*\d[^()]*?)\s*(?:\((?P<b>[^()]*\d[^()]*)\)"
    r"|(?:\s(?:or|/|=)\s|\s*[,;]\s+)(?P<c>.*\d.*))\s*$",  # '20.3 K, -253 °C' (r355 D)
    re.IGNORECASE,
)


def _in_two_units(key: NumericKey, text: str, expected: str) -> Verdict | None:
    """The figure given twice, in two units ('27 K (-246 °C)', '27 K or -246 °C'): right when
    both are; else None, and the answer is read as it stands."""
    m = _TWO_FIGURES.match(text) if key.unit is not None else None
    if m is None:
        return None
    parts = [m["a"], m["b"] or m["c"]]
    if any(measure_problem(key, p) for p in parts):
        return None  # '111 m (about 2,900 tonnes)': another measure, a remark (review r430 C)
    verdicts = [check_number(key, p, expected) for p in parts]
    if verdicts[0].verdict == "correct" and rounded_about(key, parts[1]):  # '(about -270 °C)'
        verdicts[1] = verdicts[0]  # a rounded conversion beside the figure (unit_siblings.py)
    if all(v.verdict == "correct" for v in verdicts):
        return Verdict("correct", expected, understood=verdicts[0].understood)
    units = {u[1].lower() for p in parts if (u := re.search(r"\d\s*([^\W\d_]+|°\s*\w)", p))}
    if len(units) == 2 and all(v.verdict != "wrong" for v in verdicts):  # '363 ft (110 m)'
        return Verdict("near_miss", expected, f"Close - the figure is {expected}.", parts[0])
    if any(v.verdict == "correct" for v in verdicts):
        return Verdict(
            "wrong", expected, f"One of the two figures is off: the answer is {expected}."
        )
    return None


def _wrong_note(key: NumericKey, first: Reading, expected: str) -> str:
    """What a wrong figure is told: another fact's figure, too rough, or no whole number."""
    if key.exact and first.value != round(first.value):
        return f"A count is a whole number: the answer is {expected}."
    if (
        key.precise
        and first.step > key.step * 1.001
        and abs(first.value - key.value) <= first.step / 2
    ):
        # '3 days' for 67 hours asked to the nearest hour: the key rounds to it too, so it is
        # no other mission's figure, only too rough (review r242 #66)
        return f"Too rough for the precision asked: the answer is {expected}."
    step = min(first.step, 1.0) if key.exact else first.step  # '10' for 1 is no 8 (r316 #8)
    rival = rival_note(key, first.value, step)
    return f"{rival} The answer here is {expected}." if rival else ""


def _article_as_one(text: str, key: NumericKey) -> str:
    """'a proton', 'an orbit' for one of the key's counted things reads as 1 (review r283)."""
    m = _ARTICLE.match(text.strip().lower())
    noun = key.family.split(":", 1)[1] if key.family.startswith("quantity:") else ""
    if m and noun and m[1].rstrip("s") == noun.split()[-1].rstrip("s"):
        return f"1 {m[1]}"
    return text


def _understood(value: float, key: NumericKey) -> str:
    shown = f"{value:,.6f}".rstrip("0").rstrip(".")
    if key.family == "percentage":
        return f"{shown}%"
    if key.unit:
        return f"{shown} {key.unit}"
    if key.family.startswith("money:"):
        return f"{shown} {key.family.split(':', 1)[1]}"
    if key.family.startswith("quantity:"):
        return f"{shown} {key.family.split(':', 1)[1]}"
    return shown


def _unread_note(text: str, note: str) -> str:
    """Why an answer was not read: '1960 or 1961' offers two, no format to mend (r444)."""
    return TWO_FIGURES_NOTE if TWO_FIGURES.search(text) and "Type one" in note else note


_CLOCK = re.compile(r"^\s*(\d+):([0-5]\d)(?::([0-5]\d))?\s*$")


def _clock_duration(key: NumericKey, text: str) -> str:
    """'71:02:13' as '71 h 2 min 13 s' where the key is a duration in hours or minutes."""
    found = _CLOCK.match(text)
    if found is None or (key.unit or "") not in ("hours", "hour", "h", "minutes", "minute", "min"):
        return text
    h, m, sec = found[1], int(found[2]), int(found[3] or 0)
    return f"{h} h {m} min {sec} s" if key.unit in ("hours", "hour", "h") else f"{h} min {m} s"
