"""A right figure with a remark on its size after it: '78% (about four fifths)', '0.93% (just
under 1%)', '14 K (under 20 K)', '1538, roughly 1500', '71 hours (about 3 days)', '78%
(0.78)' (reviews r361 A and B, r360 F: each was 'two numbers' or 'one of the two figures is
off', though the remark is true of the key and adds nothing false).

The remark holds when it is true of the key's stored value:
- a strict bound on the right side of it ('under 20 K' for 14 K; 'over 1' for 0.968 is
  untrue);
- a soft bound ('nearly', 'almost', 'just under', 'just over') on the right side and within
  REMARK_BAND of its own figure ('just under 1%' for 0.93%; 'nearly 2%' is no remark on it);
- a rounding ('about', 'roughly', 'around', 'approximately', 'some') within REMARK_BAND of
  its own figure ('about 1500' for 1,538; 'about 4 days' for 71 hours is untrue);
- the same share as a proportion ('0.78' beside 78%).
A bare second figure ('14 K (20 K)', '0.93% (1.3%)') and a hedged one ('maybe 80%') are no
remarks: two answers, wrong (number_asides.two_readings leaves out the hedged ones). Years
and dates take no remarks: 'about 1770' beside 1766 is a second, rounder year.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.generate.bound_words import read_bound
from quizapp.generate.check_forms import as_percentage
from quizapp.generate.number_asides import two_readings
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.verdict import Verdict

REMARK_BAND = 0.1  # how far a remark's rounder figure may sit from the key, as its share
_ROUGH = re.compile(
    r"^\s*(?:about|roughly|around|approximately|approx\.?|some|circa|c\.|~)\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def true_remark(key: NumericKey, remark: str) -> bool:
    """Whether `remark`, said beside a right figure, is a true remark on the key's size (see
    the module's rules)."""
    if key.family in ("year", "date") or key.date is not None:
        return False
    value = key.value
    bound = read_bound(key, remark)
    if bound is not None:
        figure = bound.reading.value
        if bound.inclusive:
            return figure <= value if bound.over else figure >= value
        right_side = figure < value if bound.over else figure > value
        return right_side and (not bound.soft or _within(value, figure))
    rough = _ROUGH.match(remark)
    if rough is not None:
        readings = read_quantity(rough["rest"], key)
        return isinstance(readings, list) and bool(readings) and _within(value, readings[0].value)
    share = as_percentage(key, remark)  # '0.78' beside 78%
    return share is not None and abs(float(share.rstrip("%")) - value) <= key.tolerance


_FRACTION = re.compile(
    r"^\s*(?:(?:just\s+)?(?:about|roughly|around|nearly|almost|some)\s+)?"
    r"(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?:halve|half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?"
    r"|\d\s*/\s*\d{1,2})\s*$",
    re.IGNORECASE,
)  # 'a fifth', 'four fifths', 'four-fifths', '4/5' (reviews r367 E, r373 A)


def rough_fraction(remark: str) -> bool:
    """'a fifth', 'one fifth', 'about a third': a fraction in words, which people use as a
    rounding ('a fifth (21%)', '21%, one fifth'; review r367 E). Only a near miss of its own
    is one: 'a quarter' beside 21% is another figure."""
    return _FRACTION.match(remark) is not None


def _within(value: float, figure: float) -> bool:
    return figure != 0 and abs(figure - value) <= REMARK_BAND * abs(figure)


def said_twice(key: NumericKey, text: str, grade: Callable[[str], Verdict]) -> Verdict | None:
    """One figure said twice ('75% (three quarters)', review r356 F), or a right figure with
    a rough fraction or a true remark on its size beside it ('about a fifth (21%)', '78%
    (about four fifths)': r367 E): the right figure's verdict; else None."""
    joined = _JOINED.split(text.replace("(", " ").replace(")", " ").strip())  # '1868 or 1895'
    if len(joined) == 2 and all(grade(part).verdict == "correct" for part in joined):
        return grade(joined[0])  # both right: the source's two years for helium (review r397
        # A), or one figure said twice: '-62 °C (or minus 62)' (review r459 E)
    twice = two_readings(text)
    if twice is None:
        return None
    both = [grade(part) for part in twice]
    if all(v.verdict == "correct" for v in both):
        return both[0]
    if both[0].verdict == "correct" and _other_currency(key, twice[1]):
        return both[0]  # '$333 million (about €300 million)': a conversion (review r611 A)
    for figure, remark in ((0, 1), (1, 0)):
        rough = both[remark].verdict != "wrong" or _rounds(key, twice[remark])
        rough = rough and rough_fraction(twice[remark])
        if both[figure].verdict == "correct" and (rough or true_remark(key, twice[remark])):
            return both[figure]
    return None


_CURRENCIES = {
    "USD": r"us\$|\$|dollars?",
    "EUR": r"€|euros?",
    "GBP": r"£|pounds?",
    "RUB": r"roubles?|rubles?",
    "CNY": r"yuan|renminbi",
    "JPY": r"yen|¥",
}


def _other_currency(key: NumericKey, part: str) -> bool:
    """Whether a remark's figure is money in another currency than the key's (its conversion
    depends on a rate the deck does not give)."""
    own = key.family.partition(":")[2] if key.family.startswith("money") else ""
    said = [c for c, words in _CURRENCIES.items() if re.search(rf"(?:{words})", part, re.I)]
    return bool(own) and bool(said) and own not in said


def false_fraction(key: NumericKey, text: str, grade: Callable[[str], Verdict]) -> Verdict | None:
    """A fraction in words beside the figure that is no rounding of the key: '21% (a quarter)',
    '21% (half)' say two figures, one of them wrong (session 41); else None."""
    twice = two_readings(text)
    for part in twice or ():
        if rough_fraction(part) and not true_remark(key, part) and not _rounds(key, part):
            said = grade(part)
            if said.verdict == "wrong":
                part = part.strip()
                note = f"{part[:1].upper()}{part[1:]} is not {said.expected}."
                return Verdict("wrong", said.expected, note, said.understood)
    return None


def _rounds(key: NumericKey, fraction: str) -> bool:
    """A fraction in words that rounds the key: within FRACTION_POINTS of a share ('four
    fifths' for 78%, never 'three quarters'), else within REMARK_BAND."""
    readings = read_quantity(fraction, key)
    if not isinstance(readings, list) or not readings:
        return False
    if key.family == "percentage":
        return abs(readings[0].value - key.value) <= FRACTION_POINTS
    return _within(key.value, readings[0].value)


_JOINED = re.compile(r"\s+(?:and|or|and/or)\s+|\s*/\s*(?=\d)", re.IGNORECASE)
FRACTION_POINTS = 2.5  # half the gap between fifths and quarters, in points of a share
