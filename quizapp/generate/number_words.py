"""Numbers written in words, read as digits: "two", "twenty-one", "a dozen", "nearly half",
"halved".

Cardinals go through `text2num` (imported on first use, so the app starts without it);
fractions ("half", "a quarter", "three quarters", "1/4") and "dozen" are read here, since
text2num leaves them alone. Hedges ("about", "nearly", "roughly") are dropped: the tolerance
of the question decides how close is close enough, not the learner's modesty. Negatives can
be written "minus 65", "-65", "−65" or "65 below zero".
"""

from __future__ import annotations

import re
from fractions import Fraction

from quizapp.generate.number_spelling import respelt

_HEDGE = re.compile(
    r"^(?:(?:by|about|around|roughly|approximately|approx\.?|nearly|almost|some|circa|c\.|ca\.|"
    r"just|over|under|more than|less than|close to|an estimated|estimated|more or less|~|≈)\s*)+"
)
_WORDS_HINT = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred)\b"
)
_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
SPELT = {n: w for w, n in _SMALL.items() if len(w) > 2}  # 1 -> "one" ... 10 -> "ten"
_PARTS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_FRACTION = re.compile(
    r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+)?"
    r"(?P<part>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|"
    r"tenths?)\b(?:\s+(?:of\s+)?(?:an?\s+)?)?"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_AND_A_HALF = re.compile(
    rf"\b(\d+|{_TENS}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen) and (a half|one half|a quarter|one quarter|three quarters"
    r"|a third|one third|two thirds)\b"
)  # 'twenty-eight and a half' (review r385 B), 'thirteen and a half' (r424 D), 'four and a
# quarter inches' (review r604 C: read as 4 inches)
_PART = {
    "half": ".5",
    "quarter": ".25",
    "three quarters": ".75",
    "third": ".33",
    "two thirds": ".67",
}
_DIGIT_FRACTION = re.compile(r"^(\d+)\s*/\s*(\d+)\b\s*")
_DOZEN = re.compile(r"^(?:(a|one|two|three|four|five|six|\d+)\s+)?dozens?\b\s*(?:of\s+)?")
_HALF_DOZEN = re.compile(r"^half an? dozen\b(?:\s+of\b)?")
_DOZEN_AND_HALF = re.compile(r"\b(?:an? |one )?dozen and a half\b")  # 18, not 12 (r399 D)
_HALVED = re.compile(
    r"^(?:it |they )?(?:was |were |got )?(?:almost |nearly )?(?:halved|cut in half|cut by half)$"
)
_SMALL_WORD = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)"
# a share said as a ratio: 'three in four', '4 out of 5' (review r461 F: graded wrong)
_PER = r"(?:in|out of|per|of)(?:\s+every)?"  # '68 per 100', '3 of every 4' (review r581 B)
_RATIO = re.compile(
    rf"^({_SMALL_WORD})\s+{_PER}\s+({_SMALL_WORD})\b|^(\d\d)\s+(?:out\s+)?of\s+(\d\d)\b"
)  # '19 out of 20' (review r581 B); not '10 in 12' orbits
_OUT_OF_100 = re.compile(rf"^(\d+(?:\.\d+)?)\s+{_PER}\s+(?:100|a hundred)$")
# "fell by nearly half": the fall the question asks about, said with its verb (review r287);
# only falls: "rose by half" is no answer to how far something fell
_FELL_BY = re.compile(
    r"^(?:it |they )?(?:fell|dropped|declined|decreased|shrank|sank|went down|(?:was|were) cut)"
    r" by "
)
# what a fraction is of: "three quarters of its oil", "half of it" (review r287)
_OF_WHOLE = re.compile(r"^(?:it|its|their|them|the|this|that|these|those|all)\b")
# a share of a named whole: 'three quarters of Kazakh oil', '3/4 of its oil' (review r631 C);
# never of a figure ('half of a million')
_OF_A_WHOLE = re.compile(r"^\s*of\s+(?![^\d]*\d)(?!.*\b(?:hundred|thousand|million|billion)\b)")
_SPLIT_SCALE = re.compile(r"(\d+(?:\.\d+)?) (1000(?:000)*)\b")


_ONLY_ONE = re.compile(r"^(?:only|just|simply|merely|nothing but)\s+an?\s+|^a lone\s+", re.I)
_ONLY_AFTER = re.compile(r"^an?\s+([a-z]+)\s+only$", re.I)
# 'degrees above absolute zero' are kelvins; 'degrees above zero' the degrees said (r633 B)
_ABOVE_ZERO = re.compile(r"(?:\s*\b(?:degrees?|k|kelvins?))?\s*\babove (absolute )?zero\b")


def strip_hedges(text: str) -> str:
    return _HEDGE.sub("", text).strip()


def _and_a_half(m: re.Match[str]) -> str:
    from text_to_num import alpha2digit

    whole = str(_SMALL[m[1]]) if m[1] in _SMALL else alpha2digit(m[1], "en", threshold=0)
    part = _PART[m[2].removeprefix("a ").removeprefix("one ")]  # 'and three quarters' (r713)
    return f"{whole.replace(' ', '').replace('-', '')}{part}" if whole.strip().isdigit() else m[0]


_ONE_UNIT = (
    r"(?:kilomet(?:re|er)|met(?:re|er)|mile|km|kilogram(?:me)?|gram(?:me)?|tonne|litre|liter"
    r"|pound|foot|yard|inch|day|week|hour|minute|year|month)"  # 'a day and 8 hours' (r542 C)
)


_SQUARE = re.compile(r"^(\d+)\s*(?:×|x|by)\s*\1\b")
_SCALE_COMMA = re.compile(
    r"\b(thousand|million|billion|trillion),\s*(?=(?:and\s+)?(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a hundred)\b)",
    re.IGNORECASE,
)


def words_to_digits(text: str) -> tuple[str, bool]:
    """'twenty-one km' -> '21 km'; 'minus sixty-five' -> '-65'; digits pass through unchanged.

    The flag says the whole answer was a fraction ("half", "1/4"): a share, which a
    percentage question reads as 50 % or 25 %.
    """
    t = _ONLY_ONE.sub("1 ", _ONLY_AFTER.sub(r"1 \1", text))  # 'only a proton' (review r643 B)
    t = strip_hedges(_FELL_BY.sub("", strip_hedges(t)))
    negative = False
    if t.startswith(("minus ", "negative ")):
        negative, t = True, t.split(" ", 1)[1]
    if re.search(r"\bbelow (?:zero|0|sea level)\b", t):  # "430 m below sea level"
        negative, t = True, re.sub(r"\s*\bbelow (?:zero|0|sea level)\b", "", t)
    t = re.sub(r"\s*\babove sea level\b", "", t)
    t = _ABOVE_ZERO.sub(lambda m: " k" if m[1] else "", t)  # '20 degrees above absolute zero'

    # "none", "no moons": a count of zero (a plural noun after "no": "no idea" is no figure)
    t = re.sub(r"^(?:none|nil|no(?= [a-z]+s$))\b", "0", t)
    t = re.sub(r"^(?:a single|single|just one|only one)\b(?: one\b)?", "1", t)  # (r403 C)
    t = re.sub(r"^(?:a\s+|one\s+|1\s+)?pair\b(?:\s+of\b)?", "2", t)  # 'a pair' (r544 H), 'one pair'
    t = re.sub(r"^(?:two|2)\s+pairs\b(?:\s+of\b)?", "4", t)  # of wings (review r634 C)
    t = _SQUARE.sub(r"\1", t)  # '19 by 19', '19 × 19' lines each way: 19 (review r554 C)
    t = re.sub(rf"^an? (?={_ONE_UNIT}\b)", "1 ", t)  # 'a kilometre' (review r514 B)
    t = respelt(t)  # 'fitfy', 'twentytwo', 'two thousand and nien' (number_spelling.py)
    t = _SCALE_COMMA.sub(r"\1 ", t)  # 'three thousand, four hundred and ...' (review r533 B)
    t = _HALVED.sub("half", t)  # "it halved": the briefing's own verb for a fall of half
    t = _OUT_OF_100.sub(r"\1%", t)  # '81 out of 100' (review r331 #74)
    t = _RATIO.sub(
        lambda m: (
            f"{_SMALL.get(m[1] or m[3], m[1] or m[3])}/{_SMALL.get(m[2] or m[4], m[2] or m[4])}"
        ),
        t,
    )
    t = re.sub(r"^an? (hundred|thousand|million|billion|trillion)\b", r"one \1", t)
    t = _spoken_halves(t)
    t = _AND_A_HALF.sub(_and_a_half, t)  # one and a half million
    t = _HALF_DOZEN.sub("6", _DOZEN_AND_HALF.sub("18", t))  # before 'half' is read as 0.5
    t, share = _fraction(t)
    if _WORDS_HINT.search(t):
        from text_to_num import alpha2digit

        t = alpha2digit(t, "en", threshold=0)
        t = _SPLIT_SCALE.sub(lambda m: _times(m.group(1), m.group(2)), t)
    if negative and not t.startswith("-"):
        t = "-" + t
    return t, share and " " not in t


_VULGAR = {"\u00bd": 0.5, "\u00bc": 0.25, "\u00be": 0.75}
_VULGAR_AFTER = re.compile(r"(\d*)\s*([\u00bd\u00bc\u00be])")
_MIXED = re.compile(r"\b(\d+)[\s-]+([1-9])\s*[/\u2044]\s*([1-9])\b")
_SCALE_AND_A_HALF = re.compile(
    r"^(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(hundred|thousand|million|billion) and a half\b"
)
_TEEN_YEAR = re.compile(r"\b(twenty|[a-z]+teen)-(ten|eleven|twelve|[a-z]+teen)\b")


def vulgar_fractions(text: str) -> str:
    """'1½' -> '1.5', '½' -> '0.5' (before NFKC, which makes '1½' read '11/2')."""
    return _VULGAR_AFTER.sub(lambda m: str(int(m[1] or 0) + _VULGAR[m[2]]), text)


def _spoken_halves(t: str) -> str:
    """The halves people say (review r323 #64): 'a million and a half', 'one-and-a-half
    million', '1 1/2 million', '1½ million' -> '1.5 million'; 'twenty-fourteen' -> 'twenty
    fourteen' (a year said in two numbers; 'twenty-one' is one)."""
    t = vulgar_fractions(t).replace("-and-a-half", " and a half")
    t = _MIXED.sub(lambda m: _plain(int(m[1]) + Fraction(int(m[2]), int(m[3]))), t)
    t = _SCALE_AND_A_HALF.sub(lambda m: f"{_SMALL.get(m[1] or 'one', m[1])}.5 {m[2]}", t)
    return _TEEN_YEAR.sub(r"\1 \2", t)


def _times(a: str, b: str) -> str:
    return _plain(Fraction(a) * int(b))


def _plain(x: Fraction) -> str:
    """A fraction as a plain decimal string (no exponent), trimmed."""
    if x.denominator == 1:
        return str(x.numerator)
    return f"{float(x):.10f}".rstrip("0").rstrip(".")


def _fraction(t: str) -> tuple[str, bool]:
    """'half a million' -> '0.5 million'; 'three quarters' -> '0.75'; '1/4' -> '0.25'."""
    m = _DIGIT_FRACTION.match(t)
    if m and int(m.group(2)) != 0:
        rest = "" if _OF_A_WHOLE.match(t[m.end() :]) else t[m.end() :]  # '3/4 of its oil'
        return f"{_plain(Fraction(int(m.group(1)), int(m.group(2))))} {rest}".strip(), True
    m = _DOZEN.match(t)
    if m:
        count = m.group(1)
        n = int(count) if count and count.isdigit() else _SMALL.get(count or "a", 1)
        return f"{12 * n} {t[m.end() :]}".strip(), False
    m = _FRACTION.match(t)
    if m:
        count = m.group("n") or "a"
        n = int(count) if count.isdigit() else _SMALL[count]
        value = Fraction(n, _PARTS[m.group("part")])
        rest, whole = t[m.end() :], re.search(r"\bof\s+$", m[0]) is not None
        rest = (
            ""
            if _OF_WHOLE.match(rest) or _OF_A_WHOLE.match(f"of {rest}" if whole else rest)
            else rest
        )
        return f"{_plain(value)} {rest}".strip(), True
    return t, False
