"""A figure as the options of a number choice print it, so a typed answer that says it another
way ('$865m', '865 million dollars', '81 per cent', 'in 2014') names its option."""

from __future__ import annotations

import re


def figure_form(text: str) -> str:
    """A figure as options print it: '$865m' and '865 million dollars' as 'us$865 million'
    read alike, '81 per cent' as '81%', 'in 2014' as '2014'."""
    from quizapp.generate.dates import parse_date
    from quizapp.generate.number_words import words_to_digits

    if SIDE.search(text):
        return f"side:{text}"  # 'nearly 53%' says which side of 53% it lies: no option's figure
    dated = parse_date(text)
    if len(dated) == 1:  # 'Sept 1970', '09/1970' as 'September 1970'
        return "date:{}-{}-{}".format(*dated[0])
    t = words_to_digits(text.lower())[0]
    if not any(c.isdigit() for c in t):
        return f"words:{text}"  # no figure: 'some members' is no 'members'
    t = _CURRENCY_WORDS.sub("", _IN_YEAR.sub("", t)).replace(",", "")
    t = _PER_CENT.sub("%", t)
    t = _UNIT_WORD.sub(lambda m: " " + _UNITS[m[1]], t)  # '111 metres', '77 kgs', '22 hrs' (r372 E)
    t = _SHORT_SCALE.sub(lambda m: f"{m[1]} {_SCALES[m[2]]}", t)
    return " ".join(t.split())


_UNITS = dict.fromkeys(["metres", "meters", "metre", "meter"], "m")
_UNITS |= dict.fromkeys(["kilograms", "kilogram", "kgs", "kilos"], "kg")
_UNITS |= dict.fromkeys(["hrs", "hr", "h", "hour"], "hours")
_UNITS |= dict.fromkeys(["kilometres", "kilometers", "kms"], "km")
_UNIT_WORD = re.compile(rf"(?<=\d)\s*\b({'|'.join(_UNITS)})\b")
SIDE = re.compile(r"\b(?:nearly|almost|over|under|more|less|above|below|just|at least|at most)\b")
_IN_YEAR = re.compile(r"^(?:in|by|about|around)\s+(?=\d)")
_CURRENCY_WORDS = re.compile(r"us\$|\$|\b(?:us\s+)?dollars?\b|\busd\b")
_PER_CENT = re.compile(r"\s*(?:%|per\s?cent\b)")
_SHORT_SCALE = re.compile(r"(\d)\s*(m|mn|bn|b|k)\b")
_SCALES = {"m": "million", "mn": "million", "bn": "billion", "b": "billion", "k": "thousand"}
