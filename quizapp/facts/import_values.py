"""An imported answer that is a figure with its unit, read as the value a deck would write.

"1642 m", "6,650 km", "12.5 %", "1,000 people" or "US$333 million" are not names: as text they
could not be typed and graded (a lowercase unit made them 'descriptive'), and a grader reading
the cell's words took the "m" of "1642 m" for a million. Read here as a quantity (a physical
unit marked `measure`, so "1,642 metres" and "1.642 km" count), a percentage or a sum of money,
the card is asked as a number and graded as a deck's numbers are. A lone "m" right after a
figure is metres, never million; "6.5m people" is a scale and a unit. A bare figure whose
question names a physical unit ("How deep is Lake Baikal, in metres?", "How many km ...")
takes that unit, so "1642 metres" typed for it is right. Years, bare counts and other text
stay the importer's answers (graded by check_imported.py).
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.facts.physical import canonical, dimension

HEDGE_WORDS = r"about|around|approximately|approx\.?|c\.|ca\.|circa|~"
_HEDGE = rf"(?:(?P<hedge>{HEDGE_WORDS})\s*)?"
# a hedge before a figure ('c. 1455', 'about 40'): the importer and the typed kinds read past it
HEDGED_FIGURE = re.compile(rf"^(?:{HEDGE_WORDS})\s*(?=\d)", re.IGNORECASE)
_FIGURE = r"(?P<sign>[-+−])?(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# 'm' is a million only written onto the figure before a unit ('57.9m km'); else metres
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|bn)\b|(?P<scale_m>m)(?=\s+\S))?"
_ANSWER = re.compile(
    rf"^{_HEDGE}(?P<money>US\$|\$|€|£)?{_FIGURE}{_SCALE}(?P<gap>\s*)(?P<unit>.*?)\s*$"
)
_SCALES = {"thousand": "thousand", "million": "million", "m": "million", "billion": "billion"}
_SCALES["bn"] = "billion"
_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}
_CODES = {"usd": "USD", "eur": "EUR", "gbp": "GBP", "euros": "EUR", "dollars": "USD"}
# words pint reads as units that an answer or a question uses otherwise ('2 pm', 'in a year')
_NOT_UNITS = frozenset({"a", "an", "in", "us", "at", "as", "or", "per", "ad", "ce", "am", "pm"})
_NOT_UNITS |= frozenset({"bc", "bce", "b", "point", "the", "of", "to", "and", "it", "is", "s"})
_NOT_UNITS |= frozenset({"st", "nd", "rd", "th"})  # '1st', '1990s': an ordinal, a decade
# a game's or a test's points are counted, never the printer's length (review r504 A)
_NOT_PHYSICAL = _NOT_UNITS | frozenset({"points", "pts", "pt"})
_COUNT_NOUN = re.compile(r"^[a-z]+$")  # '1,000 people', '12 apostles': lowercase, one word
_ASKED_UNIT = re.compile(r"\b(?:in|how many)\s+([^\s?,.;:)]+(?:\s+[^\s?,.;:)]+)?)", re.I)
_FACTORS = {"thousand": 1_000, "million": 1_000_000, "billion": 10**9}


def _physical(unit: str) -> bool:
    """A unit of a physical dimension; of two words only a name the units table spells so
    ('light years', not 'days are', which pint reads as days times ares)."""
    words = unit.lower().split()
    if any(w in _NOT_PHYSICAL for w in words) or not any(c.isalpha() or c == "°" for c in unit):
        return False
    if len(words) > 1 and canonical(unit) == " ".join(words):
        return False
    found = dimension(unit)
    return found is not None and found != "dimensionless"


def asked_unit(question: str) -> str | None:
    """The physical unit a question asks in ('in metres', 'how many km'), or None."""
    for found in _ASKED_UNIT.finditer(question):
        words = found.group(1).split()
        for n in (2, 1):
            unit = " ".join(words[:n])
            if len(words) >= n and _physical(unit):
                return unit
    return None


_ASKS_ABOUT = re.compile(r"^\s*(?:about|roughly|approximately|around|approx\.?)\b", re.I)


def answer_value(answer: str, question: str) -> dict[str, Any] | None:
    """The value an answer cell states, as a deck writes it, or None for a name or text."""
    m = _ANSWER.match(answer.strip())
    if m is None:
        return None
    figure = float(m["figure"].replace(",", ""))
    if m["sign"]:
        figure = -figure
    scale = _SCALES.get(m["scale"] or m["scale_m"] or "")
    # 'About how far ...?': the card's figure is a round one (review r448 D: graded to the km)
    unit, approx = m["unit"], m["hedge"] is not None or _ASKS_ABOUT.match(question) is not None
    money = _SYMBOLS.get(m["money"] or "") or _CODES.get(unit.lower())
    if money is not None:
        if figure <= 0 or (m["money"] and unit):
            return None
        out = {"kind": "money", "amount": figure, "currency": money, "scale": scale or "unit"}
        return out | ({"approx": True} if approx else {})
    if m["money"]:
        return None
    magnitude = figure * _FACTORS.get(scale or "", 1)
    if unit in ("%", "per cent", "percent"):
        if scale or not -100 <= figure <= 100:
            return None
        return _percentage(figure, approx)
    if not unit:
        unit = (asked_unit(question) or "") if scale is None else ""
        if not unit:  # a bare figure: a year or a count of what the question names, else
            return _bare(m, figure, question)  # the importer's answer (check_imported.py)
    measure = _physical(unit)
    count = bool(m["gap"]) and _COUNT_NOUN.match(unit) is not None and unit not in _NOT_UNITS
    if not measure and not count:
        return None  # '12 Angry Men', '66 million years ago': a name or text
    value: dict[str, Any] = {"kind": "quantity", "value": magnitude, "unit": unit}
    if measure:
        value["measure"] = True
        value |= _trailing_zeros(m["figure"])
    elif magnitude == round(magnitude) and not approx and scale is None:
        value["exact"] = True  # a whole count is exact, as the importer's bare counts are
    if scale is not None:
        value["scale"] = scale
    return value | ({"approx": True} if approx else {})


def _bare(m: re.Match[str], figure: float, question: str) -> dict[str, Any] | None:
    """A bare whole figure where the question asks which year ('1912') or how many of a thing
    ('206' bones), as the year or the count a deck would write: asked with choices near it
    and graded as a figure, never among the deck's other numbers ('206' funnels, a Titanic
    sunk in 1543: review r428 G); None for any other."""
    if m["sign"] or m["hedge"] or m["scale"] or m["scale_m"] or not m["figure"].isdigit():
        return None
    if _ASKS_YEAR.search(question) and 1 <= figure <= 2100:  # Hagia Sophia, 537 (r464 G)
        return {"kind": "year", "value": int(figure)}
    counted = _HOW_MANY.search(question)  # the last plural before the verb, else its last
    words = counted[1].lower().split() if counted else []  # word: 'useful keys' counts keys
    plural = [w for w in words if w.endswith("s") and not w.endswith(("ss", "ly"))]  # (r440 A),
    noun = (plural or words or [""])[-1]  # 'countries originally signed', 'singles titles' (r456)
    if not noun or noun in _NOT_UNITS or noun in _NOT_COUNTED or figure < 2:
        return None
    return {"kind": "quantity", "value": figure, "unit": noun, "exact": True}


_ASKS_YEAR = re.compile(r"\b(?:which|what) year\b", re.IGNORECASE)
_HOW_MANY = re.compile(
    r"\bhow many ((?:(?!(?:are|is|was|were|do|does|did|has|have|had|can|could|would|will|of|in"
    r"|on|make|makes|made)\b)[a-z]+\s*){1,4})",
    re.IGNORECASE,
)
_NOT_COUNTED = frozenset({"of", "times", "more", "people", "years", "days", "were", "are", "did"})


def _trailing_zeros(figure: str) -> dict[str, Any]:
    """'8.90 m' is known to the centimetre: the zero the number drops is kept as the precision,
    so 8.95 m (another jump's record) is not taken for 8.90 (review r244 #5)."""
    _, dot, decimals = figure.partition(".")
    if not dot or not decimals.endswith("0"):
        return {}
    return {"precision": 10.0 ** -len(decimals)}


def _percentage(figure: float, approx: bool) -> dict[str, Any]:
    value: dict[str, Any] = {"kind": "percentage", "value": figure}
    if figure < 0:
        value["signed"] = True
    return value | ({"approx": True} if approx else {})


_COUNTED = re.compile(r"\d+(?:\s+[a-z]+)?")


def in_figures(answer: str) -> str:
    """A count written in words as figures ('nine nights' -> '9 nights', 'seven' -> '7'), so
    it is asked and graded as the number it is (review r484 A: '9' was refused); any other
    answer as it is ('one of his eyes')."""
    from text_to_num import alpha2digit  # on first use: the app starts without it

    said = " ".join(answer.lower().split())
    figures = alpha2digit(said, "en", threshold=0)
    return figures if figures != said and _COUNTED.fullmatch(figures) else answer
