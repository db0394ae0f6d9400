"""Reading a typed number with its scale and unit, in the key's unit.

"57.9 million km" = "57,900,000 km" = "5.79e7 km" = "57.9m km" = "fifty-seven point nine
million km"; "12756km"; "-65", "minus 65", "65 below zero"; "36 million miles" for a key in
km (converted with pint). Digit groups follow the usual rules: "1,300" and "1 300" are
thousands, "1,5" is a decimal comma, and "1.300" (thousands in much of Europe, a decimal in
English) is read both ways, the reading nearer the key winning, since the two differ
a thousandfold. "m" is a metre where the key is a length and no other unit follows, else
a million. Exactly one number, or nothing: "7 or 8" is not an answer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from quizapp.generate.figure_steps import digit_step
from quizapp.generate.number_words import vulgar_fractions, words_to_digits
from quizapp.generate.powers_of_ten import plain_powers
from quizapp.generate.question import NumericKey

MAX_ANSWER = 200
_SPACED_SIGN = re.compile(r"^\s*-\s+(?=\d)")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
SCALE_WORDS = {"k": 1e3, "thousand": 1e3, "thousands": 1e3, "tn": 1e12, "trillion": 1e12}
SCALE_WORDS |= dict.fromkeys(("m", "mn", "mln", "mio", "mil", "mill", "million", "millions"), 1e6)
SCALE_WORDS |= dict.fromkeys(("b", "bn", "bln", "bil", "billion", "billions"), 1e9)
# a model's designation is a name, not a second number: "five F-1s", "5 RS-25s" (review r288)
DESIGNATION = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]?(?:'?s)?(?![\w-])")
_CURRENCY = re.compile(
    r"(us\$|\$|usd|us dollars?|dollars?|€|eur|euros?|£|gbp|rub|roubles?|rubles?|cny|yuan)"
)
_NUMBER = re.compile(
    r"(?<![\w.,])([-+]?)(\d{1,3}(?:([ ,.'\u00a0\u202f])\d{3})(?:\3\d{3})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?|[.,]\d+)(?:e([-+]?\d{1,3}))?(?![\d])"
)
# a unit's power written with digits: "cm3", "cm^3", "cm**3", "cm-3", "h-1"
_POWER = re.compile(
    r"((?:^|[\s/\u00b7*.])[a-z\u00b5\u03bc]{1,4})(?:\s*\^\s*|\*\*)?(?:([-])([123])|([23]))(?![\w.,])"
)
_SUPERSCRIPT = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}
# "g cm⁻³", "g·cm⁻³", "g.cm⁻³": a unit times a negative power is one unit, "g/cm³"
_TIMES_INVERSE = re.compile(
    r"([a-z\u00b5\u03bc\u00b2\u00b3]+) ?[\s\u00b7*.] ?"
    r"([a-z\u00b5\u03bc]{1,4})\u207b([\u00b9\u00b2\u00b3])"
)
# "cubic centimetre", "square km": the power written as a word
_POWER_WORD = re.compile(r"\b(square|sq\.?|cubic|cu\.?) ([a-z]+)")
# "g per cm³": a unit per a unit (checked with pint: "7 per cent" is no unit)
_PER = re.compile(
    r"(?<=\d )([a-z\u00b5\u03bc\u00b2\u00b3]+) per ([a-z\u00b5\u03bc\u00b2\u00b3]+)\b"
)
_SQUARED = re.compile(r"\b([a-z]+) per ([a-z]+) (?:squared|per \2)\b")  # 'per second per second'
_PERCENT = re.compile(r"\s*(?:%|per ?cent|pct|pc)\b|\s*%")  # '28 pct' (review r371 D)


@dataclass(frozen=True)
class Reading:
    value: float  # in the key's unit and base scale
    step: float  # the answer's own last digit, in the same units
    digits: int  # significant figures the answer wrote
    unit: str = ""  # the unit it named, if any


def read_quantity(text: str, key: NumericKey) -> list[Reading] | str:
    """The possible readings of an answer (nearest first), or why it cannot be read."""
    if len(text) > MAX_ANSWER:
        return "That answer is too long to be one."
    t, share = prepared(text)
    found = list(_NUMBER.finditer(t))
    if len(_PART.findall(t)) > 1 and (parts := compound(t, key)) is not None:  # "33h31m"
        return [parts]
    if len(found) != 1:
        return "Type one number, e.g. 7,000 or 1.5bn or 12.3%."
    m = found[0]
    rest = re.split(r"[,;]", t[m.end() :])[0].split()  # "22 million, a modest sum" (r368 A)
    readings: list[Reading] = []
    for value, step, digits in _values(m):
        if m.group(1) == "-":
            value = -value
        if share and key.family == "percentage":
            value, step = value * 100, step * 100
        got = _scale_and_unit(value, step, rest, key)
        if isinstance(got, str):
            return got
        for v, s, unit in got:
            readings.append(Reading(v, s, digits, unit))
    readings.sort(key=lambda r: abs(r.value - key.value))
    return readings


_PART = re.compile(r"(\d+(?:\.\d+)?) ?([a-z]+)\.?")
_JOINS = re.compile(r"^(?:\s|,|\band\b)*$")


def compound(t: str, key: NumericKey) -> Reading | None:
    """'31 h 31 min', '1 day, 8 hours', '5 ft 10 in': two or more parts in falling units of
    the key's measure, summed in the key's unit; the last part's unit is its precision."""
    if key.unit is None:
        return None
    parts = list(_PART.finditer(t))
    if len(parts) < 2 or not _JOINS.match(_PART.sub(" ", t)):
        return None
    total, step, size = 0.0, 0.0, float("inf")
    timed = _convert(1.0, 1.0, "min", key.unit) is not None  # '33h31m': m is minutes (r249)
    for m in parts:
        unit = "min" if timed and m.group(2) == "m" else m.group(2)
        one = _convert(1.0, 1.0, unit, key.unit)  # one of this unit, and its step
        if one is None or not 0 < one[0] < size:
            return None  # not a unit of the key's measure, or units not falling
        size = step = one[0]
        total += float(m.group(1)) * size
    digits = max(1, len(f"{round(total / step):d}")) if step else 1
    return Reading(total, step, digits, unit)


def prepared(text: str) -> tuple[str, bool]:
    """The answer as the number reader sees it: folded, currency dropped, words as digits,
    "per cent" as "%"; and whether the whole answer was a bare fraction ("half")."""
    t = unicodedata.normalize("NFKC", vulgar_fractions(plain_powers(text))).translate(_DASHES)
    t = re.sub(r"(?<=[\w%)])\s*[.?!]+$", "", t.strip())  # '$333 million.' (review r404 A)
    t = _SPACED_SIGN.sub("-", t)  # '- 62 °C' (review r324 #34)
    t = DESIGNATION.sub(" ", t).lower().strip()
    t = _CURRENCY.sub(" ", t)
    t = " ".join(t.split())
    t = _compound_unit(t)
    t, share = words_to_digits(t)
    if " per " in t:  # 'two point seven grams per cubic centimetre': now after a digit (r355 G)
        t = _PER.sub(_per, t)
    return _PERCENT.sub(" %", t), share


def _compound_unit(t: str) -> str:
    """A compound unit as one word pint reads: "g cm-3", "g/cm^3", "kg m-3", "grams per
    cubic centimetre" -> "g/cm³", ...; the digits of a unit's power are not a second number."""
    t = _SQUARED.sub(lambda m: f"{m[1]}/{m[2]}\u00b2", t)  # 'm per s squared' (r724)
    t = _POWER.sub(_unit_power, t)
    t = _POWER_WORD.sub(lambda m: m[2] + ("\u00b3" if m[1].startswith("cu") else "\u00b2"), t)
    t = _TIMES_INVERSE.sub(_inverse, t)
    return _PER.sub(_per, t) if " per " in t else t


def _unit_power(m: re.Match[str]) -> str:
    if m[2]:
        return m[1] + "\u207b" + _SUPERSCRIPT[m[3]]
    return m[1] + _SUPERSCRIPT[m[4]]


def _inverse(m: re.Match[str]) -> str:
    power = "" if m[3] == "\u00b9" else m[3]
    return f"{m[1]}/{m[2]}{power}"


def _per(m: re.Match[str]) -> str:
    """ "g per cm³" -> "g/cm³" when both are units ("3 times per year" stays)."""
    from quizapp.generate import units

    if m[1] in SCALE_WORDS or units.dimension(m[1]) is None or units.dimension(m[2]) is None:
        return m[0]
    return f"{m[1]}/{m[2]}"


def number_and_rest(t: str) -> tuple[re.Match[str], list[str]] | None:
    """The one number of a prepared answer and the words after it, or None."""
    found = list(_NUMBER.finditer(t))
    return (found[0], t[found[0].end() :].split()) if len(found) == 1 else None


def _values(m: re.Match[str]) -> list[tuple[float, float, int]]:
    """(value, step, significant digits) for each way the digits can be read."""
    body, exponent = m.group(2), int(m.group(4) or 0)
    if abs(exponent) > 300:
        return []  # beyond what a float holds: no answer to anything
    spaced = re.sub(r"[ '\u00a0\u202f]", "", body)
    grouped = re.compile(r"(?!0X)\d{1,3}(?:X\d{3})+")  # '0,534' is no thousands (r313 #39)
    forms: list[tuple[str, str]] = []  # (integer digits, decimal digits)
    if "," in spaced and "." in spaced:  # the later mark is the decimal one: 1,300.5 / 1.300,5
        point = "." if spaced.rfind(".") > spaced.rfind(",") else ","
        whole, _, dec = spaced.rpartition(point)
        forms.append((re.sub(r"[.,]", "", whole), dec))
    elif "," in spaced or "." in spaced:
        mark = "," if "," in spaced else "."
        if grouped.fullmatch(spaced.replace(mark, "X")):
            forms.append((spaced.replace(mark, ""), ""))  # 1,300 / 1.300.000
            if mark == "." and spaced.count(".") == 1:
                left, right = spaced.split(".")
                forms.append((left, right))  # in English, 1.300 is 1.3
        else:
            whole, _, dec = spaced.rpartition(mark)
            forms.append((whole.replace(mark, ""), dec))  # 1,5 / 12.3
    else:
        forms.append((spaced, ""))
    out = []
    for whole, dec in forms:
        step, significant = digit_step(whole, dec)
        value = float(f"{whole or 0}.{dec or 0}") * 10.0**exponent
        out.append((value, step * 10.0**exponent, significant))
    return out


def _scale_and_unit(
    value: float, step: float, rest: list[str], key: NumericKey
) -> list[tuple[float, float, str]] | str:
    """Apply a scale word and convert a named unit to the key's."""
    from quizapp.generate import units

    scale_word = rest[0] if rest and rest[0] in SCALE_WORDS else None
    as_unit: list[tuple[float, float, str]] = []
    if key.unit is not None and rest:
        own = _unit_after(rest, key.unit)
        # "6.76 m" for a key in km: a metre or a million, the nearer wins; "57.9m km": a million
        if own is not None and (scale_word is None or _unit_after(rest[1:], key.unit) is None):
            converted = _convert(value, step, own, key.unit)
            if converted is not None:
                as_unit = [(*converted, own)]
                if scale_word is None:
                    return as_unit
    while rest and rest[0] in SCALE_WORDS:  # "1 thousand million": both scales (r311 #42)
        factor = SCALE_WORDS[rest[0]]
        value, step, rest = value * factor, step * factor, rest[1:]
    if key.unit is not None and rest:
        own = _unit_after(rest, key.unit)
        if own is not None:
            converted = _convert(value, step, own, key.unit)
            if converted is not None:
                return [(*converted, own)]
        first = " ".join(rest[:2])
        for name in (first, rest[0]):
            measured = units.dimension(name) if _looks_like_unit(name) else None
            if measured is not None and measured != units.dimension(key.unit):
                what = (units.dimension(key.unit) or "this").strip("[]")
                return f"{name} is not a unit of {what}."
    if scale_word is None and key.scale_given and abs(value) < key.scale:
        return [*as_unit, (value * key.scale, step * key.scale, "")]  # "US$_____ billion"
    out = [*as_unit, (value, step, "")]
    # "333" for US$333 million; "1.5" for about 1.5 million: a figure shown in millions or
    # billions, never thousands ("7" is not 7,000), and never where the answer says what it
    # counts ("7 troops" is seven; review r359 E)
    named = bool(rest) and rest[0].strip(".,;:!?").isalpha()
    if scale_word is None and not named:
        for big in {key.scale, *(s for s in (1e6, 1e9) if abs(key.value) >= s)}:
            if big != 1 and abs(value) < 1000:
                out.append((value * big, step * big, ""))
    return out


def _looks_like_unit(name: str) -> bool:
    return len(name) <= 24 and any(ch.isalpha() for ch in name)


def _unit_after(rest: list[str], key_unit: str) -> str | None:
    """The unit named at the start of `rest` ("degrees celsius", "km"), if it is one."""
    from quizapp.generate import units

    if not rest:
        return None
    scale = units.degree_scale(rest)
    if scale is not None:  # "451 degrees Celsius" names its scale: never the key's by default
        return key_unit if units.canonical(scale) == units.canonical(key_unit) else scale
    for n in (2, 1):
        name = " ".join(rest[:n]).strip(".,;")
        if len(rest) < n:
            continue
        if units.canonical(name) == units.canonical(key_unit) or units.canonical(name) == "":
            return key_unit
        if _same_text(name, key_unit):
            return key_unit
    name = rest[0].strip(".,;")
    if name == "k" and units.dimension(key_unit) == "[temperature]":
        return "kelvin"  # typed answers are read in lower case: "73 K"
    if name in SCALE_WORDS and name != "m":
        return None
    dim = units.dimension(name) if _looks_like_unit(name) else None
    for size in (3, 2):  # 'fl oz', 'US fl oz' before 'fl' (femtolitres: review r436 C)
        many = " ".join(rest[:size]).strip(".,;")
        if len(rest) >= size and units.dimension(many) == units.dimension(key_unit):
            return many
    if dim is not None and dim == units.dimension(key_unit):
        return name
    return None


def _same_text(a: str, b: str) -> bool:
    return a.lower().rstrip("s") == b.lower().rstrip("s")


def _convert(value: float, step: float, unit: str, key_unit: str) -> tuple[float, float] | None:
    if unit == key_unit or _same_text(unit, key_unit):
        return value, step
    from quizapp.generate import units

    converted = units.convert(value, unit, key_unit)
    if converted is None:
        return None
    zero = units.convert(0.0, unit, key_unit) or 0.0
    one = units.convert(1.0, unit, key_unit) or 1.0
    return converted, abs(step * (one - zero))
