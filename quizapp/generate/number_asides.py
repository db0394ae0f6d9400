"""A figure with an aside after it: '12 (two per landing)', '24, three of them twice',
'232 °C (lead melts at 327 °C)', '28% (oxygen is 46%)', '94 protons and 94 electrons'
(reviews r344, r345, r394: each was 'Type one number', though the figure before the aside
answers the question).

The aside is a remark of its own when it says something with words: a word that is no
hedge, no filler ('in total', 'exactly') and not the key's unit or noun. Then the figure
before it is graded alone. A second figure for the same thing stays a second answer, and
wrong: '12 (14)', '12 (14 people)', '12 (14 in total)', '12 (or 14)', '12 (maybe 14)'.
"""

from __future__ import annotations

import re

from quizapp.generate.answer_frames import HEDGE_WORDS
from quizapp.generate.check_measure import unit_word
from quizapp.generate.contrast_clauses import of_its_own
from quizapp.generate.dates import MONTHS, parse_date
from quizapp.generate.number_words import words_to_digits
from quizapp.generate.quantity_reader import SCALE_WORDS
from quizapp.generate.question import NumericKey

_CHAR = r"(?:[^(),;]|(?<=\d),(?=\d))"  # a digit group's comma is no separator: '7,000'
_SPLIT = re.compile(
    rf"^(?P<lead>{_CHAR}*?\d{_CHAR}*?)\s*(?:\((?P<bracket>[^()]+)\)|(?:[;:]|,(?!\d{{3}}\b))\s*(?P<comma>[^()]+(?:\([^()]*\)[^()]*)*)"
    r"|\s[-\u2013\u2014]+\s*(?P<dash>[^()]+)|\s+and\s+(?P<also>[^()]*\d[^()]*))[\s.!]*$"
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# words that say no more than the figure does: '14 in total', 'exactly 14', 'about 14 or so'
_FILLER_WORDS = (
    "a an the in total all altogether overall exactly precisely roughly about around some "
    "approximately approx just over under more less than nearly almost so odd or and "
    "thousand thousands million millions billion billions k m bn mn per cent percent "
    "degrees degree st nd rd th of bc bce ad ce us usd dollar dollars euro euros pound pounds "
    "rouble roubles ruble rubles"
)  # a currency says no more than the figure: 'US$865 million (US$900 million)' is two sums
# a month's name too: '26 July 1971 (16 July 1969)' is a second date
_FILLER = frozenset(_FILLER_WORDS.split()) | frozenset(MONTHS)
# 'or more', 'or above' bound the aside's figure ('12 (64 knots or more)': review r444 A): no
# second answer offered
_BOUND = r"(?!\s+(?:more|above|over|higher|greater|faster|less|below|under|fewer|lower)\b)"
_HEDGED = re.compile(
    rf"^\s*(?:or\b{_BOUND}|either\b|(?:{HEDGE_WORDS})\b)|\bor\b{_BOUND}", re.IGNORECASE
)
# a second figure or date added: '10, also 12', '24 (27 too)', 'September 1970 too' (review
# r372 A); not 'carbon-12 has 6 neutrons too', a remark
_ADDED = re.compile(
    r"^\s*(?:and\s+)?(?:also|plus|too|as well as)\s+(?P<a>.+?)\s*$"  # '12, too 24' (r381 A)
    r"|^\s*(?P<b>.+?)\s+(?:too|as well|also)[\s.!]*$",
    re.IGNORECASE,
)
# a contrast with another's figure: a name of its own, no word that doubts the answer
_SHARE_OF = re.compile(
    r"^\s*(?:(?:about|nearly|almost|roughly|some|over|under|just)\s+)?(?:[\d.,]+\s*(?:%|per\s*cent)"
    r"\s+|a\s+(?:third|quarter|half|fifth|tenth)\s+|(?:two|three)\s+(?:thirds|quarters)\s+)?of\s+\S",
    re.IGNORECASE,
)
# a year in another calendar: the Hijri, the Jewish, the Buddhist, Rome's
_CALENDAR = re.compile(r"\b(?:AH|A\.H\.|AM|BE|AUC|hijri|hegira|anno hegirae)\b")
# a figure with its sign, share or word: 'also 70%', 'also 71 hours' (reviews r521 C, r522 A)
_BARE_FIGURE = re.compile(r"(?:us\$|\$|€|£)?-?[\d.,]+\s*(?:%|per\s*cent|[^\W\d_]+)?")
FIGURE_ONLY = re.compile(r"\s*-?\d[\d,.]*\s*")  # a figure with no word: '1538' after '660, '


def _second(aside: str) -> bool:
    """A hedge or 'or' ('maybe 14', 'or 14'), a figure or date added ('also 12'), or one set
    against the first ('though it was the 20th', 'though some say 120': review r438 B)."""
    if _HEDGED.search(aside):
        return True
    if re.match(r"\s*(?:though|although|but|yet)\b.*\d", aside, re.I):
        return not of_its_own(aside)  # 'though it finished in 1990' (contrast_clauses.py)
    added = _ADDED.match(aside)
    rest = (added["a"] or added["b"] or "").strip() if added else ""
    return bool(rest) and bool(_BARE_FIGURE.fullmatch(rest) or parse_date(rest))


def second_figure(aside: str) -> bool:
    """Whether a remark offers a second figure ('also 71 hours', 'also six': review r522 A)."""
    return _second(words_to_digits(aside)[0])


def figure_before_aside(text: str, key: NumericKey, prompt: str = "") -> str | None:
    """The figure before an aside in words, or None when `text` has none (or the part after
    the figure is a second figure, a hedge, or another answer). A total beside a figure the
    question asks of each one ('How many pawns does each player have?': '8 (16 in total)',
    review r444 A) is the whole's, a remark."""
    said_as = words_to_digits(text.strip())[0]
    spread = _SPREAD.match(said_as)  # '-62 ± 1', '0.93 ± 0.01%': the figure and its error
    if spread is not None:  # (review r412 C)
        return f"{spread['lead']}{spread['unit']}".strip()
    denied = _NOT.match(said_as)  # '1886 not 1875', '-108 not -112': the other denied (r376 B)
    if denied is not None:
        return denied["lead"].strip()
    found = _SPLIT.match(said_as)
    if found is None:
        return _before_phrase(said_as, key)
    # '94 protons and 94 electrons': a figure of another thing after 'and' (review r394)
    aside = found["bracket"] or found["comma"] or found["dash"] or found["also"] or ""
    if not any(ch.isdigit() for ch in aside) or _second(aside):
        return None  # no figure: read as it stands already; 'or 14', 'maybe 14'
    bare = not found["bracket"] and FIGURE_ONLY.fullmatch(aside) is not None  # '660, 1538' is
    if not bare and _other_measure(aside, key):  # a second figure (review r493 E); but '865
        # (95%)', '865 (in 2014)', '28% (H1 2016)' are remarks (r371 B)
        return found["lead"].strip()
    if _SHARE_OF.match(aside):  # '865 (about 97% of US$890 million)': the whole it is part of
        return found["lead"].strip()  # (review r511 B)
    if _EACH.search(prompt) and _WHOLE.search(aside):
        return found["lead"].strip()
    own = _own_words(key)
    words = [w.lower() for w in _WORD.findall(aside)]
    said = [w for w in words if w not in _FILLER and w.rstrip("s") not in own]
    said = [w for w in said if not unit_word(w)]  # '12 °C (327 °C)' is a second figure
    return found["lead"].strip() if said else None


# the figure, its unit or noun, then a phrase of when, how long or over what: '42 kg in 1971',
# '10 orbits in 20 hours', '24 people on 9 missions', '24 between 1968 and 1972'
_PHRASE = re.compile(
    r"^(?P<lead>[^()]*?\d[\d,.]*\s*(?:%|per\s+cent|[^\W\d_]+|[°/\w³²]+)?)\s+(?P<rest>(?:in|over|during|between"
    r"|from|on|after|within|across|aboard|at|near|with|via|of|by|for|through|against|versus|vs"
    r"|compared (?:with|to)|(?:down|up) (?:on|from))\s+.*\d.*)$",
    re.IGNORECASE,
)
# the conditions a measurement holds at: '98 °C at 1 atm', '8.96 g/cm³ at 20 °C' (r382 C)
_CONDITION = re.compile(
    r"^(?:at|near)\s.*(?:°\s?[cfk]\b|\b(?:atm|atmospheres?|bar|k?pa|degrees?|kelvin|celsius)\b)",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"^(?P<lead>[^()]*?\d[\d,.]*\s*(?:%|[^\W\d_]+)?)\s*(?:\s|\(\s*)not\s+[^()]*\d[^()]*\)?$"
)  # '2009 (not 2008 or 2010)' (review r473 A)
_COUNTED_AFTER = re.compile(r"\d+\s+(?P<noun>[^\W\d_]+)")


def _before_phrase(text: str, key: NumericKey) -> str | None:
    """The figure before a phrase that gives another measure (a year, how long, a count of
    something else), or None: '10 in 12 days' reads 10, '10 in 12' (no measure) does not."""
    found = _PHRASE.match(text)
    if found is None or _second(found["rest"]):
        return None
    rest = found["rest"]
    counted = [m["noun"].lower().rstrip("s") for m in _COUNTED_AFTER.finditer(rest)]
    own = _own_words(key)
    other = [n for n in counted if n not in own and n not in _FILLER]
    timed = _TIME_WORD.search(rest) is not None and (key.unit or "") not in _TIME_UNITS
    dated = _YEAR_IN.search(rest) is not None and key.family not in ("year", "date")
    held = _CONDITION.match(rest) is not None
    placed = _PLACE_AFTER.match(rest) is not None  # '26 July 1971 from Launch Complex 39A'
    # another thing's figure set against it, a unit's number: '68% against 81% in Kyrgyzstan',
    # '7,000 at the 201st base' (review r465 C: graded wrong)
    named = _SET_AGAINST.match(rest) is not None or _ORDINAL.search(rest) is not None
    return found["lead"].strip() if other or timed or dated or held or placed or named else None


_EACH = re.compile(r"\b(?:each|per|every|apiece)\b", re.IGNORECASE)
_WHOLE = re.compile(
    r"\b(?:in (?:total|all)|altogether|all told|combined|between them|together|overall)\b",
    re.IGNORECASE,
)
_SET_AGAINST = re.compile(r"(?:against|versus|vs|compared (?:with|to))\s.*\b[A-Z]")
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
_PLACE_AFTER = re.compile(r"(?:from|at)\s+(?:the\s+)?[A-Z]")  # where (review r454 B)
_TIME_UNITS = frozenset({"hours", "hour", "h", "days", "day", "minutes", "min", "s", "years"})
_TIME_WORD = re.compile(r"\b(?:hours?|hrs?|days?|minutes?|weeks?|months?|years?)\b", re.I)
_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_YEAR_ASIDE = re.compile(
    r"^\s*(?:in|on|as of|by|since|during|(?:h|q)[1-4]|early|mid|late)?\s*"
    r"(?:\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+)?"
    rf"(?:(?:{'|'.join(MONTHS)})\.?\s+)?(?:1[5-9]|20)\d\d(?:\s*[-\u2013/]\s*\d\d)?\s*$",
    re.IGNORECASE,
)  # '(in 2014)', '(July 1969)', '(20-21 July 1969)': when, beside a figure that is no date
_SPREAD = re.compile(
    r"^(?P<lead>[^±]*?\d)\s*(?:±|\+/-|\+-|\+ or -)\s*\d+(?:\.\d+)?(?P<unit>\s*[^\d±]*)$"
)
_ERA_ASIDE = re.compile(
    r"^\s*(?:in\s+)?(?:the\s+)?(?:(?P<century>\d{1,2})(?:st|nd|rd|th)\s+century"
    r"|(?P<decade>\d{3}0)['’]?s)\s*$",
    re.IGNORECASE,
)
_SCALED_ASIDE = re.compile(  # '95% (865m)': a sum, no share (review r441 A)
    rf"^\s*(?:about\s+)?[\d.,]+\s*(?:{'|'.join(SCALE_WORDS)})\b", re.IGNORECASE
)
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-\u2013]|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"
_MONTH = rf"(?:{'|'.join(MONTHS)})\.?"
_DAYS_ASIDE = re.compile(  # '24-29 August', 'June 29' (review r432 C)
    rf"^\s*(?:on\s+|from\s+)?(?:{_DAYS}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAYS})\s*$", re.IGNORECASE
)
_TIME_ASIDE = re.compile(
    r"^\s*(?:(?:in|after|over|within|for|during)\s+)?(?:about\s+)?\d+(?:\.\d+)?\s*"
    r"(?:hours?|hrs?|days?|minutes?|weeks?|months?|years?)(?:\s+(?:in all|in total|total))?\s*$",
    re.IGNORECASE,
)  # '10, in 20 hours': how long it took, beside a count (review r372 G)
_MONEY_ASIDE = re.compile(r"(?:us\$|\$|€|£|\busd\b|\bdollars?\b)", re.IGNORECASE)
_RANK_ASIDE = re.compile(
    r"^\s*(?:the\s+|ranked\s+)?\d{1,2}(?:st|nd|rd|th)\s*(?:(?:of|out of)\s+\d{1,2}\s*)?"
    r"(?:(?:highest|lowest|largest|smallest|place|biggest)\s*)?$",
    re.IGNORECASE,
)  # a rank beside the figure: where it stands among others, no second figure
_SHARE_ASIDE = re.compile(  # '865 (about 95 per cent)' (review r481 B)
    r"^\s*(?:(?:about|around|roughly|some|nearly|almost|over|under|just over)\s+)?"
    r"\d+(?:\.\d+)?\s*(?:%|per\s?cent|pct)(?:\s+of\s+(?:the\s+|its\s+)?[^\W\d_]+)?\s*$",
    re.IGNORECASE,
)


def _other_measure(aside: str, key: NumericKey) -> bool:
    """An aside that is a year beside a figure that is none, a share beside one that is no
    share, or a rank: a remark on when, how much of something else or where the figure stands
    among others, never a second answer."""
    dated = key.family in ("year", "date") or key.date is not None
    share = key.family == "percentage"
    timed = (key.unit or "") in _TIME_UNITS  # a duration key reads its own units
    money = key.family.startswith("money:")
    return bool(
        (_MONEY_ASIDE.search(aside) and not money)  # '95 (US$865 million)'
        or (_YEAR_ASIDE.match(aside) and not dated)
        or (_SHARE_ASIDE.match(aside) and not share)
        or (_TIME_ASIDE.match(aside) and not timed)  # "12 April 1961, 108 minutes" (r411 B)
        or _RANK_ASIDE.match(aside) is not None  # '81% (first of three)' (review r377 C)
        or (dated and _CALENDAR.search(aside) is not None)  # '622 (1 AH)' (review r514 C)
        or (key.family == "year" and _DAYS_ASIDE.match(aside) is not None)  # '2014 (24-29
        # August)': the days of that year (review r410 A)
        or _days_of_month(aside, key)  # 'January 2015 (1 January)' (review r449 A)
        or (key.family == "year" and _same_era(aside, key.value))  # '1766 (18th century)'
        or _unit_of_another_measure(aside, key)  # '111 m (about 2,900 tonnes)' (review r430 C)
        or (share and _SCALED_ASIDE.match(aside) is not None)  # '95% (865m)' (review r441 A)
    )


def _days_of_month(aside: str, key: NumericKey) -> bool:
    """A day of the month the key gives: 'January 2015 (1 January)' says which day."""
    if key.family != "date:month" or key.date is None or _DAYS_ASIDE.match(aside) is None:
        return False
    months = [
        MONTHS[w.lower().rstrip(".")] for w in aside.split() if w.lower().rstrip(".") in MONTHS
    ]
    return months == [int(key.date.split("-")[1])]


def _unit_of_another_measure(aside: str, key: NumericKey) -> bool:
    """A figure with a unit of another physical measure than the key's: a mass beside a
    height says how heavy, never a second height."""
    from quizapp.generate import units

    found = re.fullmatch(
        r"(?:about|around|some|nearly|over|under|above)?\s*[\d.,]+\s*([^\W\d_/]+(?:/\w+)?)"
        r"(?:\s+(?:or|and)\s+(?:more|above|over|higher|less|below|under))?",
        aside.strip(),
        re.IGNORECASE,
    )
    if found is None:
        return False
    given = units.dimension(found[1])
    if given in (None, "dimensionless"):
        return False
    if key.unit is None:  # a force or a grade on a scale: '12 (64 knots or more)' (r444 A)
        return key.family not in ("year", "date", "percentage")
    own = units.dimension(key.unit)
    return own is not None and given != own


def _same_era(aside: str, year: float) -> bool:
    """'18th century' or 'the 1760s' beside 1766: the year's own century or decade (r415)."""
    found = _ERA_ASIDE.match(aside)
    if found is None:
        return False
    if found["century"]:
        return int(found["century"]) == int(year) // 100 + 1
    return int(found["decade"]) == int(year) // 10 * 10


def two_readings(text: str) -> tuple[str, str] | None:
    """The figure and what follows it after a comma or in brackets ('75% (three quarters)',
    '75%, three quarters': review r356 F), or None. Right only when each part alone is right:
    the same figure said twice."""
    found = _PAIR.match(text.strip())
    if found is None:
        return None
    aside = found["bracket"] or found["comma"] or ""
    if not aside.strip() or _second(aside) or not any(c.isdigit() for c in text):
        return None
    return found["lead"].strip(), aside.strip()


_PAIR = re.compile(
    rf"^(?P<lead>{_CHAR}+?)\s*(?:\((?P<bracket>[^()]+)\)|(?:[,;:]|\s[-\u2013\u2014]+)\s*"
    r"(?P<comma>[^()]+))[\s.!]*$"
)  # 'four fifths - 78%', 'roughly four fifths: 78%' too (review r373 A)


def _own_words(key: NumericKey) -> set[str]:
    """The key's unit and counted noun, singular: '14 people' says no more than '14'."""
    noun = key.family.split(":", 1)[1] if key.family.startswith("quantity:") else ""
    words = f"{key.unit or ''} {noun}".lower().split()
    return {w.rstrip("s") for w in words}
