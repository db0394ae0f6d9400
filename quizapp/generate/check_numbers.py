"""Grading numbers, quantities with units, years and dates.

A figure in another measure than the key's (a share for an amount) is never converted
(check_measure.py). Numbers are read with their scale and unit (quantity_reader.py), put in
the key's unit and judged by the one tolerance rule (tolerance.py). Years are exact. Dates
are exact at the precision they are stored: a date known to the day accepts that day in any
common form; an answer less precise than the key ("September 1846" for 23 September 1846)
is a near miss; a day is never rounded into another month.
"""

from __future__ import annotations

from quizapp.generate.check_measure import measure_problem
from quizapp.generate.dates import key_date, parse_date
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.tolerance import judge
from quizapp.generate.verdict import Verdict

_PRECISION = {1: "year", 2: "month", 3: "day"}


def check_number(key: NumericKey, text: str, expected: str) -> Verdict:
    problem = measure_problem(key, text)
    if problem is not None:  # never read in the key's unit (a session asks again first)
        return Verdict("wrong", expected, problem)
    if key.date is not None:
        return check_date(key.date, text, expected)
    if key.family.startswith("date:"):  # a key made before dates carried their parts
        months = int(key.value)  # floor: a late day never becomes the next month
        iso = (
            f"{months // 12}" if key.family == "date:year" else f"{months // 12}-{months % 12 + 1}"
        )
        return check_date(iso, text, expected)
    if key.family == "year":
        return _year(key, text, expected)
    readings = read_quantity(text, key)
    if isinstance(readings, str):
        return Verdict("wrong", expected, readings)
    if not readings:
        return Verdict("wrong", expected, "Type one number, e.g. 7,000 or 1.5bn or 12.3%.")
    best = "wrong"
    for r in readings:
        band = judge(key, r.value, r.step, r.digits)
        if band == "correct":
            return Verdict("correct", expected, understood=_understood(r.value, key))
        if band == "near_miss":
            best = "near_miss"
    understood = _understood(readings[0].value, key)
    if best == "near_miss":
        return Verdict("near_miss", expected, f"Close - the figure is {expected}.", understood)
    return Verdict("wrong", expected, understood=understood)


def _year(key: NumericKey, text: str, expected: str) -> Verdict:
    dates = parse_date(text)
    years = {d[0] for d in dates if d[1] is None}
    if not years:
        readings = read_quantity(text, key)
        if isinstance(readings, str) or not readings:
            return Verdict("wrong", expected, "Give a year, e.g. 2015.")
        years = {round(r.value) for r in readings if r.value == round(r.value)}
    ok = round(key.value) in years
    return Verdict("correct" if ok else "wrong", expected, understood=", ".join(map(str, years)))


def check_date(iso: str, text: str, expected: str) -> Verdict:
    key = key_date(iso)
    readings = parse_date(text)
    if not readings:
        return Verdict("wrong", expected, "Give a date, e.g. 23 September 1846 or June 2015.")
    understood = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(readings[0]) if p)
    best = "wrong"
    for given in readings:
        agree = all(g == k for g, k in zip(given, key, strict=True) if g is not None and k)
        if not agree:
            continue
        missing = [i for i, (g, k) in enumerate(zip(given, key, strict=True)) if k and g is None]
        if not missing:
            return Verdict("correct", expected, understood=understood)
        best = "near_miss"
    if best == "near_miss":
        precision = _PRECISION[sum(1 for p in key if p)]
        note = f"Right, but it is known to the {precision}: {expected}."
        return Verdict("near_miss", expected, note, understood)
    return Verdict("wrong", expected, understood=understood)


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
