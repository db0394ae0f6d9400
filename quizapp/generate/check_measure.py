"""Is a typed figure the measure the question asks for? A share, a sum of money, a length...

A figure is only ever compared in the key's own measure. An answer that gives another one
("95%" for an amount in US$, "US$865 million" for a share, "2%" for a number of moons, "km"
for a temperature, "June 2015" for a count, euros for dollars) is never converted or read
in the key's unit: the learner is told which measure the question asks for and answers
again, at no cost. Such an answer is often the fact's other true figure (the briefing gives
both the sum written off and its share of the debt), so it must not be a lapse; nor is it
the answer asked for.
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.facts.grammar import plural
from quizapp.facts.physical import degree_scale
from quizapp.generate.count_words import PEOPLE, THINGS, other_count, same_word, slipped_word
from quizapp.generate.dates import day_months, parse_date
from quizapp.generate.degree_signs import with_degrees
from quizapp.generate.periods import parse_period
from quizapp.generate.quantity_reader import SCALE_WORDS, number_and_rest, prepared, read_quantity
from quizapp.generate.question import NumericKey
from quizapp.generate.short_years import full_year
from quizapp.generate.span_words import spans_spelt

# currencies an answer can name, by ISO code (word-bounded: "rub" is not "rubbish")
_MONEY = (
    ("USD", r"us\$|\$|\busd\b|\bus dollars?\b|\bdollars?\b"),
    ("EUR", r"€|\beur\b|\beuros?\b"),
    ("GBP", r"£|\bgbp\b|\bsterling\b"),
    ("RUB", r"₽|\brub\b|\broubles?\b|\brubles?\b"),
    ("CNY", r"¥|\bcny\b|\byuan\b|\brmb\b"),
)
CURRENCY_NAMES = {"USD": "US$", "EUR": "euros", "GBP": "pounds sterling", "RUB": "roubles"}
CURRENCY_NAMES["CNY"] = "yuan"
# a month's name, never a word that opens like one ('maybe 24.6': review r345)
_MONTH = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:\d|the\b)"
    r"|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
)
_DATED_ASIDE = re.compile(  # after a bracket, a comma, a dash or 'in' (r571 B: '6% - it joined
    r"^(?P<lead>[^(),]*?(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b)[^(),]*?)"
    r"\s*(?:\(|,\s*(?:in|on)?\s*|\s[-\u2013\u2014]\s*|\s(?=in\s))"  # in August 2015')
    r"(?P<when>[^()]*\b(?:1[5-9]|20)\d\d\b[^()]*)\)?$",
    re.IGNORECASE,
)
_ORDINAL_TEXT = "first second third fourth fifth sixth seventh eighth ninth tenth"
_ORDINAL_WORDS = _ORDINAL_TEXT.split()
_ORDINAL = re.compile(
    rf"(?:the\s+)?(?:(\d+)(?:st|nd|rd|th)|({'|'.join(_ORDINAL_WORDS)}))", re.IGNORECASE
)
_NO_DECADE = re.compile(r"\d*[1-9]\s?s")  # a decade ends in 0: '12s' is seconds
_SHORT_YEAR = re.compile(r"\s*(?:in\s+)?\d{2}\s*")
_ERA = r"(?:a\.?\s?d|c\.?\s?e|b\.?\s?c(?:\.?\s?e)?)\.?"
_YEAR = re.compile(
    rf"^(?:in|since|until|from)\s+\d{{3,4}}$|^\d{{1,5}}\s*{_ERA}$|^a\.?\s?d\.?\s*\d{{1,4}}$"
)
# words pint reads as units that an answer uses otherwise: "a year", "in", "us", "point";
# "three quarters" is a share (review r356 F)
_NOT_UNITS = frozenset(
    {"a", "an", "in", "us", "point", "at", "as", "or", "per", "ad", "ce", "quarter", "quarters"}
)


# a model's code, not a figure: 'F-1', 'Rocketdyne F-1', 'J-2 engines' (review r486 C)
# ('Five F-1 engines' counts them: review r492 C)
_MODEL = re.compile(
    r"(?:(?!(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)[A-Z][\w]*\s+)?"
    r"[A-Z]{1,4}-\d+[A-Za-z]?(?:\s+[a-z]+)?"
)


# two sides of a thing, each a figure ('36 × 24 mm', '24 by 36 mm'): not the same twice, nor a
# power of ten ('3 × 10^8')
_SIDES = re.compile(
    r"^\s*(\d[\d.,]*)\s*[a-zµ]{0,3}\s*(?:×|x|by|\*)\s*(?!\1\b)"
    r"(?!10\s*(?:\^|\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))\d",
    re.I,
)


def measure_problem(key: NumericKey, text: str) -> str | None:
    """Why a figure answers another measure than the key's ("That is a share; the question
    asks for an amount in US$."), or None when it gives the key's measure or none at all."""
    if len(text) > 1000:
        return None  # the reader refuses it as too long
    text = spans_spelt(key, with_degrees(key, text))  # '98 C' is no century; 'a decade'
    asked = _asked(key)
    if asked == "year" and abs(key.value) >= 1000 and _SHORT_YEAR.fullmatch(text):
        return "Give the year in full, with all four digits."  # '62' for 1962 (review r369 J)
    if asked in ("date", "year") and (parse_date(full_year(key, text)) or parse_period(text)):
        return None  # "01/2015" is a month, not a fraction; "the 7th millennium BC" a period
    if asked == "date" and day_months(text):
        return None  # '20/7' is a day and month, no fraction
    if _SIDES.match(text) and key.unit is not None:  # '36 × 24 mm' (r574 D), not '19 by 18'
        return "Give one figure, the one the question asks for, not the two sides."
    if _MODEL.fullmatch(text.strip()) and asked not in ("date", "year"):  # 'F-1 engines' in
        return f"That names a model; the question asks for {_describe(key)}."  # 'by _ engines'
    ordinal = _ORDINAL.fullmatch(text.strip())  # '7th' is no length in thou (review r428),
    if ordinal and asked not in ("date", "year"):  # 'fourth' no share (review r432 I)
        number = ordinal[1] or str(_ORDINAL_WORDS.index(ordinal[2].lower()) + 1)
        return f"That is a place in order ({ordinal[0]}); give the number itself, e.g. {number}."
    dated = _DATED_ASIDE.match(text.strip())  # '22 hours (July 1969)': when, beside the figure
    given = _given(dated["lead"] if dated and asked not in ("date", "year") else text, key)
    if given is None:
        return None
    what, detail = given
    if what == "date" and asked not in ("date", "year"):
        return f"That is a date; the question asks for {_describe(key)}."
    if what == "year" and asked not in ("date", "year"):
        return f"That is a year; the question asks for {_describe(key)}."
    if what == "share" and asked != "share":
        return f"That is a share; the question asks for {_describe(key)}."
    if what == "money" and asked != "money":
        return f"That is a sum of money; the question asks for {_describe(key)}."
    if what == "money" and key.family != f"money:{detail}":
        return f"That is in {CURRENCY_NAMES[detail]}; the question asks for {_describe(key)}."
    if what == "unit":
        return _unit_problem(key, asked, detail)
    if what == "count":  # "1 neutron" for a number of protons (review r283)
        return f"That is a number of {plural(detail)}; the question asks for {_describe(key)}."
    return _unscaled(key, text) if what in ("plain", "money") else None


_UNSCALED = "Give the scale too (thousand, million or billion): the figure alone could be any size."


def _unscaled(key: NumericKey, text: str) -> str | None:
    """A figure under 1,000 with no scale, where the key is in millions or billions and the
    stem does not say so: '1' or '$1' for US$1 billion, '1.5' for about 1.5 million. Asked
    for any such figure, right or wrong, so the question tells nothing (review r362 A)."""
    if key.scale_given or abs(key.value) < 1e6:
        return None
    readings = read_quantity(text, key)
    if isinstance(readings, str) or not readings:
        return None
    hidden = len(readings) > 1 and all(not r.unit for r in readings)
    return _UNSCALED if hidden and min(abs(r.value) for r in readings) < 1000 else None


def _unit_problem(key: NumericKey, asked: str, name: str) -> str | None:
    from quizapp.generate import units

    measured = units.dimension(name)
    if measured is None or measured == "dimensionless":
        return None
    if asked == "year" and measured == "[time]":
        return None  # "1610 AD", "the year 1610"
    if asked == "unit" and key.unit is not None and units.dimension(key.unit) == measured:
        return None
    what = _dimension_name(measured)
    return f"That is a {what} ({name}); the question asks for {_describe(key)}."


def _given(text: str, key: NumericKey) -> tuple[str, str] | None:
    """What measure the answer gives: (date|year|share|money|unit|plain, detail)."""
    folded = unicodedata.normalize("NFKC", text).lower().strip()
    folded = " ".join(folded.split())
    if _MONTH.search(folded):
        return "date", ""
    if _YEAR.match(folded) or (parse_period(folded) and not _NO_DECADE.fullmatch(folded)):
        return "year", ""  # not '12s', twelve seconds (review r432 I)
    t, share = prepared(text)
    found = number_and_rest(t)
    if found is None:
        return None  # no figure, or several: the reader says so
    rest = found[1]
    if share or (rest and rest[0].rstrip(".,;:!?") == "%"):  # '16%, year on year' (r353)
        return "share", ""
    for code, pattern in _MONEY:
        if re.search(pattern, folded):
            return "money", code
    metre = rest[:1] == ["m"] and len(rest) == 1 and key.unit is not None
    if rest and rest[0].rstrip(",;:") in SCALE_WORDS and not metre:  # '22m, a modest sum'
        rest = rest[1:]  # "7 thousand km", "57.9m km"; a lone "m" after a figure may be a metre
    if not rest or rest[0].strip(".,;:!?()") in _NOT_UNITS:
        return "plain", ""  # "7,000 a year", "21 (a fifth)": "a" is no annum here
    noun = key.family.split(":", 1)[1] if key.family.startswith("quantity:") else ""
    scale = degree_scale(rest)  # '4.2 degrees K': the scale after 'degrees' (review r345)
    if scale is not None:
        return "unit", scale
    for n in (1, 2):  # "km in diameter"; "degrees fahrenheit", "light years"
        name = " ".join(rest[:n]).strip(".,;:!?")
        if len(rest) < n or not name or (n == 2 and rest[0][-1] in ",;:"):
            continue
        last = noun.split()[-1] if noun else ""  # 'orbts' for orbits: a slip (r712)
        if noun and (same_word(name, noun) or same_word(name, last) or slipped_word(name, last)):
            return "plain", ""  # "7,000 troops", "2 projects" for "hydroelectric projects"
        if key.unit is not None and same_word(name, key.unit):
            return "plain", ""
        if _is_unit(name):
            return "unit", name
    word = rest[0].strip(".,;:!?")
    counted = other_count(rest, noun, key.unit)  # '5 stages' for engines, '2 solar plants'
    if counted is not None:
        return "count", counted
    counts_people = noun.split()[-1:] == ["people"] or noun in PEOPLE
    thing = next((w for w in (w.strip(".,;:!?") for w in rest[:2]) if w in THINGS), None)
    if thing is not None and (counts_people or key.unit is not None):
        return "count", thing  # '24 Moon missions' for people, '22 rocks' for kg (r357 D)
    if word in PEOPLE and not key.family.startswith("quantity:"):
        return "count", word  # '16 migrants' for a share, '2009 people' for a year (r353)
    return "plain", ""


def unit_word(word: str) -> bool:
    """`word` names a unit of measure ('km', 'C' of '°C'), not a word an answer uses otherwise."""
    return word not in _NOT_UNITS and _is_unit(word)


def _is_unit(name: str) -> bool:
    from quizapp.generate import units

    if not any(ch.isalpha() for ch in name) or len(name) > 24 or units.canonical(name) == "":
        return False
    measured = units.dimension(name)
    return measured is not None and measured != "dimensionless"


def _asked(key: NumericKey) -> str:
    if key.date is not None or key.family.startswith("date:"):
        return "date"
    if key.family == "year":
        return "year"
    if key.family == "percentage":
        return "share"
    if key.family.startswith("money:"):
        return "money"
    return "unit" if key.unit is not None else "count"


def _describe(key: NumericKey) -> str:
    """What the question asks for, as the feedback names it."""
    asked = _asked(key)
    if asked == "share":
        return "a share (a percentage)"
    if asked == "money":
        code = key.family.split(":", 1)[1]
        return f"an amount in {CURRENCY_NAMES.get(code, code)}"
    if asked == "unit" and key.unit is not None:
        from quizapp.generate import units

        measured = units.dimension(key.unit)
        what = _dimension_name(measured) if measured else "figure"
        return f"a {what} in {key.unit}"
    if asked in ("year", "date"):
        return f"a {asked}"
    noun = key.family.split(":", 1)[1] if ":" in key.family else ""
    return f"a number of {noun}" if noun else "a number"


def _dimension_name(measured: str) -> str:
    """'[length]' -> 'length'; a compound dimension is just a 'quantity'."""
    inner = measured.strip("[]")
    return inner if inner.isalpha() else "quantity"
