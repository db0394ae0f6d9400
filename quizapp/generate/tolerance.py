"""How close a typed number must be: the one rule, set by the precision the figure is shown with.

The *step* of a figure is the size of the last digit the app displays: 0.1 million for
"57.9 million km", 1 for "-200 °C", 0.1 for "12.3%", 1 million for "US$333 million". A deck
may declare a coarser `precision` (1000 for a diameter known to the thousand km), except for an
item that asks for the source's own figure: that is graded as printed (at_source_step). Trailing
zeros of a whole number are digits like any other: "-200" is known to the degree, so the
width of a band never comes from how many zeros a figure happens to end in.

- exact counts (`exact: true`, e.g. "how many projects"): right only if the answer is a
  whole number that rounds to the displayed value ("25.6 protons" is no count). No near misses.
- plain figures: right within half a step. Also right: the displayed figure correctly rounded
  one digit shorter, keeping at least two significant figures ("0.97" for 0.968 g/cm3, "58
  million km" for 57.9 million km; never a tie: -190 is not -195 rounded), unless the stem
  asks for a precision ("to the nearest metre", "to two decimal places", "exactly": the key
  is `precise`) or another fact's figure rounds to the same answer. One rule for a figure
  shown with decimals and not asked to a precision: the whole number a person rounds it to is
  right too, with at least two figures ("30 °C" for gallium's 29.76 °C; not "1" for 0.968). A
  measurement with a unit shown to four figures or more is right one out in its last digit,
  where published tables differ ("11.35" for lead's 11.34 g/cm3, as "11.3" is right). A
  near miss within two steps (five before session 40, review r382 A: '93' for sodium's 98 °C
  is wrong), at most 10 % of the value, and past one step at most 5 % ("24" or "20" for 22
  is a tenth off: wrong, r395 E), or
  its correct rounding to one significant figure fewer within 5 % ("1%" for argon's 0.93% of
  air, "1.0" for 0.968; not "300 million" for 333 million), or to two fewer keeping two, or a
  sum within 5 % ("3,500 km" for 3,474 km, r224; "$900 million" for 865, r27461); any coarser
  figure within one of its steps and 2 % of the value, rounded or cut to a whole number ("8"
  for 7.874 g/cm³, "2 km" for 1,991 m, "146 m" for 146.6 m; r247, r248); the right value is
  shown; a share's near miss goes at most half way to 100 % ("90%" or "100%" for 95%: wrong),
  and at most 1.5 points out, 3 if "about" ("65%" for 68%, "79%" for 81%: wrong; r353,
  r374 B, r377 B: a survey share the source gives exactly is not "close" three points off),
  and so is a share's coarser rounding ("80%" for 75% or 78%, "70%" for 68%: r392 B, r395
  E; "1%" for 0.93% stays close). A figure asked to a precision ("to the nearest hour") is a
  near miss only correctly rounded one digit shorter within 2 %: "21 hours" (one step out,
  r393 A), "20 hours", "24 hours" or "one day" for 22 hours is wrong (r231, r344 #67), "0.97"
  for 0.968 to three places is close.
- "about" figures (`approx: true`): right when the answer is the figure rounded to its
  displayed precision or one significant figure coarser (within five steps: 150 million km
  for about 149.6 million), or when the answer is the figure correctly rounded at the
  answer's own precision with at least two significant figures (143,000 for about 142,984).
  A near miss within fifty steps and 15 % of the value ("1.2 million" for about 1.5 million
  is a fifth off: wrong, r395 E). An "about" count or sum, no share, is right within 5 % and
  close within 10 % ("1.4 million" for about 1.5 million is close, "1.3 million" wrong: r401 E).
- a near miss nearer another subject's figure for the same relation than the key (71 h,
  Apollo 16's time on the Moon, for Apollo 15's 67 h), or nearer the same subject's figure for
  another property in the same unit (27 K, neon's boiling point, for its melting point), is
  wrong: it is another fact's answer, and the note names it (rival_figures.py); so is a
  figure the deck declares the fact is confused with (`confused_with`: oxygen's 23% of air
  by mass for its 21% by volume).
- years and dates are exact at their precision (see check_numbers.py); a disputed year's
  other readings (`also`: helium 1895 beside 1868) are right too, the years between them
  not. Unless the stem asks for an estimate ("from about when", "known since about _____",
  "roughly", "c.", "approximately", "estimated"; a deck's `approx`): then a year is right
  within half a rounding step one significant figure coarser than the key, its last non-zero
  digit but at least two significant figures counting ("about 9000 BC": 8500 to 9500 BC), or
  within its `circa` (about 3750 BC, rough to 500 years, takes 4000 BC); a near miss within a
  step, or half a step beyond the circa. The band is never wider than 6% of the year's age
  (counted back from 2000; at least half its own rounding step): 'c. 1300' is right from 1250
  to 1350, a near miss within three times that (review r494 A: 1066 was right). A period
  ("the 7th millennium BC") by the years it spans.
"""

from __future__ import annotations

import math
import re
from typing import Literal

from quizapp.facts.values import SCALES, Date, Money, NumericValue, Quantity, Year
from quizapp.generate.dates import iso_date
from quizapp.generate.question import NumericKey

Band = Literal["correct", "near_miss", "wrong"]
NEAR_STEPS = 5.0  # one rounding step coarser: half of ten steps
PLAIN_NEAR_STEPS = 2.0  # a plain figure's near miss: two steps (93 for 98 °C is wrong; r382 A)
RIGHT_SHARE = 0.05  # a plain figure is never right further off than this share...
APPROX_RIGHT_SHARE = 0.10  # ...nor an "about" share further than this one, an "about"
APPROX_COUNT_SHARES = (0.05, 0.10)  # count or sum further than these (right, near; r401 E)
NEAR_SHARE = 0.10  # a near miss is never further off than this share of the value...
APPROX_NEAR_SHARE = 0.15  # ...or this one, for "about" figures (0.20 before r395 E)
PLAIN_NEAR_SHARE = 0.05  # a plain figure's near miss past one step: within this share
MIN_SIGNIFICANT = 2  # an answer rounded at its own precision keeps this many figures
SHARE_NEAR_POINTS = 1.5  # a share's near miss: this many points out (twice that if "about")
ROUGH_SHARE = 0.02  # a coarser figure this near the value is close, however coarse
LAST_DIGIT_FIGURES = 4  # a measurement shown with this many figures: tables differ in the last
_MANTISSA = re.compile(r"-?[\d,]+(?:\.(\d+))?")


def display_step(value: NumericValue) -> float:
    """The size of the last displayed digit, in the value's base units."""
    if isinstance(value, Year | Date):
        return 1.0
    if value.precision is not None:
        scale = SCALES[value.scale] if isinstance(value, Money) else 1
        return value.precision * scale
    shown = value.display()
    m = _MANTISSA.search(shown.replace("about ", ""))
    decimals = len(m.group(1) or "") if m else 0
    factor = 1.0
    if isinstance(value, Money):
        factor = SCALES[value.scale]
    elif isinstance(value, Quantity):
        factor = 1e9 if " billion " in f" {shown} " else 1e6 if " million " in f" {shown} " else 1
    return factor * 10.0**-decimals


def at_source_step(key: NumericKey, value: NumericValue | None) -> NumericKey:
    """A figure asked as the source's own ('According to the briefing, what percentage ...')
    is graded at the step it is printed with: a coarser declared `precision` (95% known only
    to five points in the world) says how far the world may differ, not how far an answer
    about what the source says may stray (review 9401: 95% was right within 2.5 points)."""
    if value is None or isinstance(value, Year | Date) or value.precision is None:
        return key
    step = display_step(value.model_copy(update={"precision": None}))
    if step >= key.step:
        return key
    tolerance = right_band(step, key.approx, key.value, key.family == "percentage")
    return key.model_copy(update={"step": step, "tolerance": tolerance})


def display_step_of(shown: str) -> float:
    """The size of the last digit of a figure as written: '100' -> 1, '-6.76' -> 0.01."""
    m = _MANTISSA.search(shown)
    return 10.0 ** -len(m.group(1) or "") if m else 1.0


def key_for(
    value: NumericValue, rivals: tuple[float, ...] = (), rival_notes: tuple[str, ...] = ()
) -> NumericKey:
    """The grading key of a numeric value: where it is, how wide its bands are, its unit; a
    date's signed year (44 BC is -44, "-44-03-15", never the raw 44 of AD 44)."""
    step, approx = display_step(value), bool(getattr(value, "approx", False))
    share = value.family == "percentage"
    tolerance = (
        0.0 if isinstance(value, Year | Date) else right_band(step, approx, value.magnitude, share)
    )
    return NumericKey(  # each field where it is worked out
        value=value.magnitude,
        tolerance=tolerance,
        scale=float(SCALES[value.scale]) if isinstance(value, Money) else 1.0,
        family=value.family,
        step=step,
        approx=approx,
        side=getattr(value, "side", None),
        exact=bool(getattr(value, "exact", False)),
        unit=value.unit if isinstance(value, Quantity) and value.measure else None,
        date=iso_date(value.signed, value.month, value.day) if isinstance(value, Date) else None,
        rivals=rivals,
        rival_notes=rival_notes,
        readings=_readings(value),
        circa=float(value.circa) if isinstance(value, Year) else 0.0,
    )


def _readings(value: NumericValue) -> tuple[float, ...]:
    """A disputed year's other years; a measurement's other published figures."""
    if isinstance(value, Year):
        return tuple(float(y) for y in value.readings)
    return tuple(value.also) if isinstance(value, Quantity) else ()


def within_published(key: NumericKey, given: float, given_step: float) -> bool:
    """An answer from the lowest to the highest published figure, at its own precision
    (mercury's density: 13.6 or 13.55 beside 13.53; review r243)."""
    if not key.readings or key.family == "year":
        return False
    low, high = min(key.value, *key.readings), max(key.value, *key.readings)
    # never coarser than the key: '1.0' for sodium's 0.968 (or 0.971) stays a near miss
    slack = min(given_step, key.step) / 2 + 1e-9 * max(1.0, abs(key.value))
    return low - slack <= given <= high + slack


def right_band(step: float, approx: bool, value: float, share: bool = True) -> float:
    if approx:
        return min(
            step * NEAR_STEPS,
            abs(value) * (APPROX_RIGHT_SHARE if share else APPROX_COUNT_SHARES[0]),
        )
    return min(step * 0.5, abs(value) * RIGHT_SHARE) if value else step * 0.5


def judge(key: NumericKey, given: float, given_step: float, given_digits: int) -> Band:
    """Where an answer (already in the key's unit) falls: right, near miss or wrong."""
    off = abs(given - key.value)
    slack = 1e-9 * max(1.0, abs(key.value))  # float noise from scales and conversions
    if key.exact and abs(given - round(given)) > slack:
        return "wrong"  # a count is a whole number: 25.6 protons is no count at all
    if off <= key.tolerance + slack:
        return "correct"
    if 0 < given_step < key.step <= 1 and off <= key.step / 2 + slack:
        return "correct"  # finer, and rounds to the key: '2.71828' for 2.718 (review r704 #36)
    rounded_right = given_digits >= MIN_SIGNIFICANT and off <= given_step / 2 + slack
    if key.approx and rounded_right:
        return "correct"
    if key.exact or key.step <= 0:
        return "wrong"
    if _right_rounding(key, given, given_step, given_digits, off, slack):
        return "correct"
    if key.family == "percentage" and 0 <= key.value < 100 < key.value + 2 * off - slack:
        return "wrong"  # a share's near miss: at most half way to all of it (r26161 #54)
    # asked to a precision ("to the nearest hour"): one step out is wrong (r393 A)
    share = key.family == "percentage"
    near = (
        0.0 if key.precise and not key.approx else near_band(key.step, key.approx, key.value, share)
    )
    if key.side is not None and not key.approx:  # a measured figure shown rounded: one step
        near = min(near, key.step)  # 24 kg for 21.55 shown 22, 45 kg for 42.28 (r357 H, r360 D)
    if key.family == "percentage":  # a share: a few points out, not a tenth of it (r353 #79)
        near = min(near, SHARE_NEAR_POINTS * (2 if key.approx else 1))
    if off <= near + slack:
        return "near_miss"
    rounded = off <= given_step / 2 + slack and off <= abs(key.value) * NEAR_SHARE + slack
    coarser = _significant(key) - given_digits
    money = key.family.startswith("money") and off <= abs(key.value) * RIGHT_SHARE + slack
    coarser_ok = coarser == 1 or (coarser == 2 and (given_digits >= MIN_SIGNIFICANT or money))
    if key.family == "percentage":  # a rounder guess only in the band ('80%' for 75%: r392 B)
        coarser_ok = coarser_ok and off <= SHARE_NEAR_POINTS + slack
    elif not key.approx:
        coarser_ok = coarser_ok and off <= abs(key.value) * PLAIN_NEAR_SHARE + slack
    # asked to a precision, a shorter rounding is close only within 2 % ('0.97' for 0.968
    # to three places; never '20' for 22 hours to the hour: review r344 #67)
    shorter = _shorter_in_unit(key, given_step) and off <= abs(key.value) * ROUGH_SHARE + slack
    if rounded and (shorter if key.precise else coarser_ok):
        return "near_miss"  # correctly rounded coarser: "1%" for 0.93%, "3,500 km" for 3,474
    # a rough figure within 2 %, rounded ("8" for 7.874) or cut to a whole number ("146" for
    # 146.6; never "0.96" for 0.968): close however coarse (reviews r247, r248)
    cut = given_step == 1 and key.step < 1 and off < 1
    rough = not key.precise and given_step > key.step and (off < given_step / 2 or cut)
    if rough and off <= abs(key.value) * ROUGH_SHARE + slack:
        return "near_miss"
    return "wrong"


# a rounding of a key with decimals to any of them, of three figures or more, is right as the
# whole number is: '42.2 km' for 42.195 km, as '42 km' was (review r594 F: a near miss)
WIDE_FIGURES = 3


CARD_FIGURES = 3  # significant figures a rounding of an imported card's figure keeps


def _right_rounding(
    key: NumericKey, given: float, given_step: float, given_digits: int, off: float, slack: float
) -> bool:
    """A right answer beyond half a step (the rule above): one digit shorter, the whole
    number, or a measurement one out in a last digit tables disagree on."""
    if key.precise:
        return False  # the stem asks for a precision: only that precision is the answer
    shorter = given_digits >= MIN_SIGNIFICANT and off < given_step / 2 - slack  # not a tie
    wide = given_digits >= WIDE_FIGURES and key.step < 1 and given_step <= 1 + 1e-9  # '42.2 km'
    shorter = shorter and (given_step <= key.step * 10 * (1 + 1e-9) or wide)  # 0.97 for 0.968
    # a card's own figure keeps three figures: '3470 km' for 3,474 km, never '210' for 212 °F
    shorter = shorter and (not key.card or given_step < 1 - 1e-9 or given_digits >= CARD_FIGURES)
    whole = key.step < 1 and abs(given - round(given)) <= slack and off < 0.5 - slack
    whole = whole and len(str(abs(round(given)))) >= MIN_SIGNIFICANT  # 30 °C for 29.76 °C
    across = len(str(abs(round(given)))) != len(str(int(abs(key.value))))  # '100' for 99.94
    whole = whole and not (key.card and across)  # on a card: just under 100 is its point (r734)
    if shorter or whole:  # unless another figure rounds to the same answer
        width = given_step / 2 if shorter else 0.5
        return not any(abs(r - given) <= width + slack for r in key.rivals)
    last_digit = key.unit is not None and _significant(key) >= LAST_DIGIT_FIGURES and not key.card
    last_digit = last_digit and given_step <= key.step * (1 + 1e-9) and off <= key.step + slack
    return last_digit and not any(abs(r - given) <= off + slack for r in key.rivals)


def _shorter_in_unit(key: NumericKey, given_step: float) -> bool:
    """Rounded one digit shorter in the key's own unit: 20 for 22 hours, never "one day"."""
    ratio = math.log10(given_step / key.step) if key.step > 0 and given_step > 0 else 0.0
    return abs(ratio - 1) < 1e-9


def _significant(key: NumericKey) -> int:
    """How many significant figures the key is shown with: 2 for 0.93, 3 for -430."""
    if key.value == 0 or key.step <= 0:
        return 1
    return math.floor(math.log10(abs(key.value))) - round(math.log10(key.step)) + 1


def near_band(step: float, approx: bool, value: float, share: bool = True) -> float:
    """How far off a near miss may be (the rule above)."""
    if approx:
        return abs(value) * (APPROX_NEAR_SHARE if share else APPROX_COUNT_SHARES[1])
    # two steps, past one only within 5% ('24' for 22 is wrong, '13' for 12 close: r395 E)
    near = min(step * PLAIN_NEAR_STEPS, max(step, abs(value) * PLAIN_NEAR_SHARE))
    return min(near, abs(value) * NEAR_SHARE)
