"""Grading a range, a fraction or an ordinal by the numbers in it, not by its spelling.

Such a key is shown as text ("0 to 100 °C", "3/8", "4th planet"), and its written forms
(check_text.py) come first. When they do not match, the answer is read as numbers:
- a range: both ends, each as a figure of the key's unit ("32 to 212 °F", "0-100 degrees
  Celsius", "0 °C to 100 °C"), each end judged by the one tolerance rule (tolerance.py); both
  right is right, both at least close is a near miss, else wrong;
- a fraction: "a sixth", "1/6" (the same fraction: right), or a decimal or a percentage
  correctly rounded at its own precision with at least two figures ("0.17", "16.7%");
- an ordinal: "4", "4th", "fourth", "the fourth planet" (the same rank: right).
An answer read as another range, fraction or rank is wrong, however close its spelling
("5th planet" is not a typo of "4th planet"). An answer that cannot be read so is left to
the text verdict.
"""

from __future__ import annotations

import re
from fractions import Fraction

from quizapp.facts.normalise import normalise
from quizapp.generate.number_words import words_to_digits
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.tolerance import display_step_of, right_band
from quizapp.generate.verdict import Verdict

_NUM = r"[-+]?\d[\d,]*(?:\.\d+)?"
_RANGE_KEY = re.compile(rf"^(?:about )?({_NUM}) to ({_NUM})(?: (.+))?$")
_FRACTION_KEY = re.compile(r"^(\d+)/(\d+)(?: (.+))?$")
_ORDINAL_KEY = re.compile(r"^(\d+)(?:st|nd|rd|th)(?: (.+))?$")
_RANGE = re.compile(
    rf"^(?:from |between )?(?P<low>{_NUM})\s*(?P<unit1>[^\d+-][^\d]*?)?\s*"
    rf"(?:to|until|and|-)\s*(?P<high>{_NUM})\s*(?P<unit2>\D*)$"
)
_ORDINAL = re.compile(r"^(?:number |no\.? )?(\d+)(?:st|nd|rd|th)?$")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def check_shaped(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """The verdict of a range, fraction or ordinal answer read as numbers, or None."""
    key = q.answer[0] if q.answer else ""
    if not key or normalise(key) in vocabulary:
        return None  # an entity's name ("1st Army"), not a value
    m = _RANGE_KEY.match(key)
    if m:
        return _range(m, text, expected, approx=key.startswith("about "))
    m = _FRACTION_KEY.match(key)
    if m:
        return _fraction(Fraction(int(m[1]), int(m[2])), m[3] or "", text, expected)
    m = _ORDINAL_KEY.match(key)
    if m:
        return _ordinal(int(m[1]), m[2] or "", text, expected)
    return None


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _range(m: re.Match[str], text: str, expected: str, approx: bool) -> Verdict | None:
    from quizapp.generate.check_numbers import check_number

    unit = m[3] or ""
    given = _RANGE.match(" ".join(text.translate(_DASHES).split()).removeprefix("about "))
    if given is None:
        return None
    their_unit = (given["unit2"] or given["unit1"] or "").strip()
    measured = _is_physical(unit)
    bands = []
    for key_text, end in ((m[1], given["low"]), (m[2], given["high"])):
        value = _number(key_text)
        step = display_step_of(key_text)
        end_key = NumericKey(
            value=value,
            tolerance=right_band(step, approx, value),
            family=f"quantity:{unit}",
            step=step,
            approx=approx,
            unit=unit if measured else None,
        )
        answer = f"{end} {their_unit}".strip() if measured else end
        bands.append(check_number(end_key, answer, expected).verdict)
    understood = f"{given['low']} to {given['high']} {their_unit}".strip()
    if all(b == "correct" for b in bands):
        return Verdict("correct", expected, understood=understood)
    if all(b != "wrong" for b in bands):
        return Verdict("near_miss", expected, f"Close - the range is {expected}.", understood)
    return Verdict("wrong", expected, understood=understood)


def _is_physical(unit: str) -> bool:
    if not unit:
        return False
    from quizapp.generate import units

    measured = units.dimension(unit)
    return measured is not None and measured != "dimensionless"


def _without_unit(text: str, unit: str) -> str:
    """The answer without the key's words after the number ('4th planet' -> '4th')."""
    t = normalise(text)
    for word in reversed(normalise(unit).split()):
        t = re.sub(rf"\s+{re.escape(word)}s?$", "", t)
    return t.removeprefix("of ").strip()


def _fraction(want: Fraction, unit: str, text: str, expected: str) -> Verdict | None:
    t = _without_unit(text, unit)
    digits, share = words_to_digits(t)
    percent = digits.endswith("%") or digits.endswith(" percent")
    body = re.sub(r"\s*(?:%|percent|per cent)$", "", digits).strip()
    if not re.fullmatch(r"\d*\.?\d+", body):
        return None
    value = float(body) / (100 if percent else 1)
    if abs(value - float(want)) <= 1e-9:
        return Verdict("correct", expected, understood=body)
    if share:
        return Verdict("wrong", expected, understood=body)  # another fraction
    decimals = len(body.partition(".")[2])
    step = 10.0**-decimals / (100 if percent else 1)
    figures = len(body.replace(".", "").lstrip("0"))
    right = figures >= 2 and abs(value - float(want)) <= step / 2 + 1e-12
    return Verdict("correct" if right else "wrong", expected, understood=body)


def _ordinal(want: int, unit: str, text: str, expected: str) -> Verdict | None:
    t = _without_unit(text, unit)
    if not t:
        return None
    if not t[0].isdigit() and not t.startswith(("number", "no")):
        from text_to_num import alpha2digit

        t = alpha2digit(t, "en", threshold=0)
    m = _ORDINAL.match(t.strip())
    if m is None:
        return None
    rank = int(m[1])
    return Verdict("correct" if rank == want else "wrong", expected, understood=str(rank))
