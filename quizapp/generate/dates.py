"""Reading a typed date at whatever precision it was given: day, month or year, of any era.

"23 September 1846", "Sept 23, 1846", "23rd of September 1846", "1846-09-23", "23/09/1846",
"September 1846", "1846"; "15 March 44 BC", "776 BCE", "AD 79", "24 August AD 79". An all-digit date
whose day and month could be swapped ("05/06/1846") is read both ways. Years are signed, as
the deck stores them: 776 BC is -776 (there is no year 0). A year of fewer than four digits
is only read as a year with a month name or an era beside it ("15 March 44", "79 AD"): a
bare "79" is a number, which the year check reads itself.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import TWO_FIGURES, TWO_FIGURES_NOTE

Ymd = tuple[int, int | None, int | None]
MAX_ANSWER = 200
_MONTHS = "january february march april may june july august september october november december"
MONTHS = {m: i for i, m in enumerate(_MONTHS.split(), 1)}
MONTHS |= {name[:3]: i for name, i in list(MONTHS.items())} | {"sept": 9}
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_MON = r"([a-z]+)\.?"
_YEAR = r"(\d{4})"
_ANY_YEAR = r"(\d{1,4})"
_ERA_YEAR = r"(\d{1,5})"
_BEFORE = r"b\.?\s?c\.?(?:\s?e\.?)?"  # an era after the year ("776 BC", "79 AD") or before it
_AFTER = r"a\.?\s?d\.?|c\.?\s?e\.?"
_ERA_AFTER = re.compile(rf"\s*(?:({_BEFORE})|(?:{_AFTER}))$")
_ERA_BEFORE = re.compile(rf"^(?:({_BEFORE})|{_AFTER})\s*(?=\d)", re.IGNORECASE)  # 'BC 3750' too
_ERA_INSIDE = re.compile(r"(?P<head>.*[a-z])\s+(?:a\.?d\.?|c\.?e\.?)\s+(?P<year>\d{1,4})", re.I)
# a year with a thousands separator: "3,750 BC", "3.750 BC", "3 750 BC" (a thin space)
_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,2})[,.'\u00a0\u202f](\d{3})(?![\d,.])")
_SPACED_YEAR = re.compile(r"^(\d{1,2}) (\d{3})(?= ?[a-z. ]*$)")  # "3 750 bc", no month before


def split_era(text: str) -> tuple[str, str | None]:
    """The answer without its era, and the era named: 'bc' (BC or BCE), 'ad' (AD or CE) or None."""
    m = _ERA_AFTER.search(text)
    if m and m.start() > 0:
        return text[: m.start()].strip(), "bc" if m.group(1) else "ad"
    m = _ERA_BEFORE.match(text)
    if m:  # 'AD 79', 'BC 3750' (review r633 C)
        return text[m.end() :].strip(), "bc" if m.group(1) else "ad"
    m = _ERA_INSIDE.fullmatch(text)  # '24 August AD 79', 'September AD 476' (review r724)
    return (f"{m['head']} {m['year']}", "ad") if m else (text, None)


_SPOKEN_YEAR = re.compile(r"^(?:in )?(1[0-9]|20) (?:(?:oh|o|zero|nought) )?([1-9][0-9]?|0[1-9])$")


def spoken_year(text: str) -> int | None:
    """A year said as people say it: 'nineteen sixty-two' -> 1962, 'twenty fifteen' -> 2015
    ('two thousand and sixteen' is read as one number anyway)."""
    from quizapp.generate.number_words import words_to_digits

    if len(text) > MAX_ANSWER or not any(ch.isalpha() for ch in text):
        return None
    m = _SPOKEN_YEAR.match(words_to_digits(normalise(text))[0])  # 'nineteen oh three' (r432)
    return int(m[1] + m[2].zfill(2)) if m else None


def day_months(text: str) -> set[tuple[int, int]]:
    """The (month, day) readings of a day and month said without a year ('20 July', 'July
    20th', '20/7'); empty for anything else. Read as a day of a leap year (29 February)."""
    digits = re.fullmatch(r"\s*\d{1,2}([-/.])\d{1,2}\s*", text)  # '20/7' as '20/7/2000'
    sep = digits[1] if digits else " "
    return {(m, d) for (_, m, d), _ in parse_date_era(f"{text.strip()}{sep}2000") if m and d}


def parse_date(text: str) -> list[Ymd]:
    """Every reading of the answer as (signed year, month or None, day or None); [] if none."""
    return [d for d, _ in parse_date_era(text)]


_LEADING = re.compile(
    r"^(?:(?:in|on|since|by|from|about|around|roughly|approximately|circa|c\.|ca\.)\s*(?=\w))+"
)


_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\.?,?\s+(?=\d|[a-z]+\s+\d)"
)
_PART_OF_MONTH = re.compile(r"^(?:early|mid|late|the (?:start|end|middle) of)[-\s]+(?=[a-z]{3})")


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
# a note that is a second answer, not a gloss: a figure, a hedge (review r342: 'Ag (maybe Au)')
_ANSWER_IN_NOTE = re.compile(r"\d|\b(?:maybe|perhaps|possibly|probably|or|either)\s+\w")
# an era in words, and 'years' before an era: '3750 years before Christ', '3750 years BC'
_ERA_WORDS = re.compile(r"(?:\byears?\s+)?\b(before christ|before (?:the )?common era|b\.?\s?c\b)")
# a hedge on the figure after it: '3750 BC, roughly', '3750 BC or so' (review r345 #67)
_APPROX_AFTER = re.compile(
    r"[\s,;-]*\b(?:roughly|or so|give or take|approximately|approx\.?|about|around"
    r"|more or less|or thereabouts|circa|at a guess)[\s.!?]*$"
)


_CLOCK = re.compile(
    r"(?:[\s,]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
    r"(?:[\s,]+(?:utc|gmt|z|[ecmp][sd]t|bst|cet|cest|local time))?[\s.]*$"  # CST (r562 A)
)


def _era_word(m: re.Match[str]) -> str:
    return " bce" if "common" in m[1] else " bc"


_NUMBER_WORD = re.compile(r"\b(?:thousand|hundred|million)\b")
_EXAMPLES = {"year": "a year, e.g. 2015", "date": "a date, e.g. 23 September 1846 or June 2015"}


def unread_note(text: str, want: str) -> str:
    """What to tell a learner whose date or year could not be read: give one, not two."""
    note = _NOTE_AFTER.search(normalise(text))
    if note and _ANSWER_IN_NOTE.search(note[0]):  # '1766 (maybe 1772)': a second answer
        return "Give one answer: the brackets hold a second one."
    return TWO_FIGURES_NOTE if TWO_FIGURES.search(text) else f"Give {_EXAMPLES[want]}."


def parse_date_era(text: str) -> list[tuple[Ymd, str | None]]:
    """Every reading of the answer, each with the era it named ('bc', 'ad' or None)."""
    if len(text) > MAX_ANSWER:
        return []
    t = _ERA_WORDS.sub(_era_word, _THOUSANDS.sub(r"\1\2", normalise(text)))  # before an aside
    t = _SPACED_YEAR.sub(r"\1\2", _without_aside(t)).replace(",", " ")  # is cut (r633 C)
    t = _CLOCK.sub("", t)  # '11 April 1970, 19:13 UTC' (review r344 #19): the day is the answer
    t = _APPROX_AFTER.sub("", t)  # '3750 years before Christ, roughly'
    t = _spoken_date(_VERB_FIRST.sub("", t))  # 'launched the sixteenth of April 1972' (r354)
    t = _LEADING.sub("", t)  # 'since about 9000 BC' (review r324 #64): each leading word
    t = _WEEKDAY.sub("", t)  # 'Friday 4 October 1957': the day's name adds nothing (r326)
    t = _PART_OF_MONTH.sub("", t)  # 'late January 1971' names the month (r326)
    note = _NOTE_AFTER.search(t)  # '3750 BC (Egyptians and Sumerians)'; not '1766 (1772)'
    t = " ".join((t[: note.start()] if note and not _ANSWER_IN_NOTE.search(note[0]) else t).split())
    t, era = split_era(t)
    if era and _NUMBER_WORD.search(t):  # 'three thousand seven hundred and fifty BC' (r329)
        from quizapp.generate.number_words import words_to_digits

        t = words_to_digits(t)[0]
    year = _ERA_YEAR if era else _YEAR  # "10,000 BC": prehistory has five-digit years
    found: list[Ymd] = []
    for pattern, order in (
        (rf"{_ORD}\s+(?:of\s+)?{_MON}\s+{_ANY_YEAR}", "dmy"),
        (rf"{_MON}\s+(?:the\s+)?{_ORD}\s+{_ANY_YEAR}", "mdy"),
        (rf"{_MON}\s+{year}", "my"),
        (rf"{year}[-/.](\d{{1,2}})[-/.](\d{{1,2}})", "ymd"),
        (rf"{year}[-/.](\d{{1,2}})", "ym"),
        (rf"(\d{{1,2}})[-/.]{year}", "my"),
        (rf"{year}\s+{_MON}\s+{_ORD}", "ymd"),  # '1961 May 25', '2015 January' (r365 B)
        (rf"{year}\s+{_MON}", "ym"),
        (year, "y"),
    ):
        m = re.fullmatch(pattern, t)
        if m:
            found.append(_assemble(m.groups(), order))
            break
    m = re.fullmatch(rf"(\d{{1,2}})[-/.](\d{{1,2}})[-/.]{year}", t)
    if m:
        a, b, y = m.groups()
        found += [_assemble((a, b, y), "dmy"), _assemble((b, a, y), "dmy")]
    sign = -1 if era == "bc" else 1
    dated = [(sign * y, mo, d) for y, mo, d in found]
    return [(d, era) for d in dict.fromkeys(dated) if _valid(d)]


_ASIDE_HEAD = re.compile(r"(?:\d|\bb\.?c\.?e?\.?|\ba\.?d\.?|\bc\.?e\.?)\s*$")
_NO_ASIDE = re.compile(
    rf"\d|\b(?:{'|'.join(MONTHS)}|or|maybe|perhaps|possibly|probably|either|not)\b"
)


def _without_aside(t: str) -> str:
    """The date without a worded remark after a comma, a dash or a word of where or when:
    '25 may 1961, before apollo began', '18 may 1969 from florida' (reviews r363 B, r399 B).
    Not a figure, a month or a hedge ('may 25, 1961', '1969, or 1970'), nor 'roughly'."""
    for cut in _ASIDE_CUT.finditer(t):
        head, tail = t[: cut.start()], t[cut.end() :]
        if _ASIDE_HEAD.search(head) and tail.strip() and not _NO_ASIDE.search(tail):
            return t if _APPROX_AFTER.fullmatch(f",{tail}") else head
    return t


_ASIDE_CUT = re.compile(r",|\s+-+\s+|\s+(?=(?:from|in|at|near|off|after|before|during|with)\s)")


def _assemble(parts: tuple[str | None, ...], order: str) -> Ymd:
    got: dict[str, str | None] = dict(zip(order, parts, strict=True))
    month_text = got.get("m")
    month: int | None
    if month_text is None:
        month = None
    elif month_text.isdigit():
        month = int(month_text)
    else:
        month = MONTHS.get(month_text) or _misspelt_month(month_text)
    day_text = got.get("d")
    return int(got["y"] or 0), month, int(day_text) if day_text else None


def _misspelt_month(text: str) -> int:
    """'Juyl', 'Jully', 'Janaury' (review r341): the one month name within one edit (a swap
    of two letters is one edit), or a long one with its letters shuffled, with the same
    first letter, or 0 ('Septober', 'Smarch' are no months)."""
    from rapidfuzz.distance import OSA

    if len(text) < 3:
        return 0
    near = {
        i
        for i, name in enumerate(_MONTHS.split(), 1)
        if name[0] == text[0]
        and (OSA.distance(text, name) <= 1 or (len(text) > 6 and sorted(text) == sorted(name)))
    }  # 'Mai', 'Mya', 'Maye' (review r366 A); 'Juanary', its letters shuffled (r365 B)
    return near.pop() if len(near) == 1 else 0


def _valid(d: Ymd) -> bool:
    year, month, day = d
    if year == 0:
        return False  # no year 0: 1 BC is followed by AD 1
    if month is not None and not 1 <= month <= 12:
        return False
    return day is None or 1 <= day <= 31


def iso_date(year: int, month: int | None, day: int | None) -> str:
    """A key's date at its precision: '1846-09-23', '2015-06', '-776', '-44-03-15'."""
    parts = [str(year), *(f"{p:02d}" for p in (month, day) if p is not None)]
    return "-".join(parts)


def key_date(iso: str) -> Ymd:
    negative = iso.startswith("-")
    parts = [int(p) for p in iso.lstrip("-").split("-")]
    year = -parts[0] if negative else parts[0]
    return year, parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


_ERA_SPAN = re.compile(
    r"(?<![\w.,])\d{1,5}\s*(?:b\.?\s?c\.?(?:\s?e\.?)?|a\.?\s?d\.?|c\.?\s?e\.?)(?![a-z])", re.I
)


def _era_year_span(text: str) -> str | None:
    """The one year with its era inside a longer answer ('It was known in 3500 BC', '3500 BC,
    in the Bronze Age'; review r355 F: read without its era, it was 'Right year, but before
    AD 1'), or None."""
    found = _ERA_SPAN.findall(text)
    return found[0] if len(found) == 1 else None


_DECIMAL = re.compile(r"^\s*[-+]?\d+[.,]\d+\s*$")


def years_of_dates(text: str) -> list[tuple[int, str | None]]:
    """The years a text names: a year alone ("1813", "776 BC"), else the year of a full date
    ("28 January 1813" for a year key holds the year asked: review r219)."""
    read = parse_date_era(text)
    if not read and (span := _era_year_span(text)) is not None:  # 'known in 3500 BC' (r355 F)
        read = parse_date_era(span)
    years = [(d[0], era) for d, era in read if d[1] is None]
    if years or _DECIMAL.match(text):  # '2014.5' is a figure, not May 2014
        return years
    return list(dict.fromkeys((d[0], era) for d, era in read))


# a date said in words: 'the sixteenth of April 1972', 'sixteen April nineteen seventy-two',
# 'December the eleventh 1972'; a bare verb before it: 'landed 11 December 1972' (review r354 D)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
ORDINAL_DAY = {w: n for n, w in enumerate(_ORDINALS.split(), 1)} | {"thirtieth": 30}
_ORDINAL_WORD = re.compile(rf"\b({'|'.join(ORDINAL_DAY)})\b")
_TENS = {"twenty": 20, "thirty": 30}  # 'twenty-seventh of January' (reviews r372 H, r375 F)
_ORDINAL_OF = re.compile(
    rf"(?<![-\w])(?:(twenty|thirty)[-\s])?({'|'.join(ORDINAL_DAY)})(?=\s+of\b)"
)


_SAID = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen"
    r"|twenty|thirty|nineteen|hundred|thousand)|" + _ORDINAL_WORD.pattern
)
_VERB_FIRST = re.compile(r"^(?:was\s+)?[a-z]{3,}ed\s+(?:on\s+|in\s+)?(?=\d|the\b|[a-z]+\s+\d)")


def _spoken_date(t: str) -> str:
    """`t` with its day and year words as digits ('16th april 1972'), or as it was."""
    if not _SAID.search(t) or not any(w.strip(".") in MONTHS for w in t.split()):
        return t  # no date said in words (and the number-word library stays unloaded)
    from quizapp.generate.number_words import words_to_digits

    t = _ORDINAL_OF.sub(lambda m: f"{_TENS.get(m[1], 0) + ORDINAL_DAY[m[2]]}th", t)  # no 1/4
    t = words_to_digits(t)[0]  # 'twenty-first' -> '21st', 'sixteen' -> '16'
    t = _ORDINAL_WORD.sub(lambda m: f"{ORDINAL_DAY[m[1]]}th", t)
    t = re.sub(r"^the\s+(?=\d)", "", t)
    return re.sub(r"\b(1[0-9]|20) ([1-9][0-9])$", r"\1\2", t)  # 'nineteen seventy-two'
