"""Grading the number answer of an imported card as a number, not as a spelling.

An imported deck (`quizapp import`) keeps every answer as text, so before this its years and
counts were graded by spelling: "1988" for 1989 or "754 BC" for 753 BC was a near miss (one
letter off), "753 BCE" or "-753" for 753 BC a near miss or wrong, "twelve" for 12 wrong, and
"the 1770s" a near miss for "the 1760s". Here the card's answer is read the way a deck's
value is: a year of either era (exact, as a deck's years are; "c. 1800" an estimate), a
date, a decade or century, or a count or amount ("12", "66 million years ago"); the
learner's answer is then graded by the number checks every deck uses (check_numbers.py).
Only imported answers are read (entity kinds `answer-...`); only a period in a text answer.
"""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.annual_dates import annual_key, annual_verdict
from quizapp.generate.check_numbers import check_number
from quizapp.generate.dates import iso_date, parse_date_era
from quizapp.generate.number_words import words_to_digits
from quizapp.generate.periods import Period, parse_period
from quizapp.generate.quantity_reader import read_quantity
from quizapp.generate.question import NumericKey, Question
from quizapp.generate.text_words import entity_kind
from quizapp.generate.tolerance import right_band
from quizapp.generate.verdict import Verdict

IMPORTED_KIND = "answer-"  # the importer's entity kinds: answer-number, -name, -text
NUMBER_KIND = "answer-number"
_HEDGE = re.compile(r"^(?:c\.|ca\.|circa|about|around|approximately)\s*", re.IGNORECASE)
_ASKS_WHEN = re.compile(r"\b(?:year|when|date|century|decade)\b", re.IGNORECASE)
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "m", "k", "bn"})
_BARE_ORDINAL = re.compile(r"^\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s*$", re.IGNORECASE)
_CENTURY = re.compile(r"\bcentury\b", re.IGNORECASE)
_ENGLISH_POINT = re.compile(r"[-+]?\d{1,3}\.\d{3}")  # one point before three digits: a decimal
_COUNT = NumericKey(value=0.0, tolerance=0.0, family="number")


def imported_number(
    q: Question, text: str, expected: str, vocabulary: dict[str, str]
) -> Verdict | None:
    """The verdict on `text` when the card's answer is an imported number, else None."""
    kind = _imported_kind(q, vocabulary)
    if kind is None:
        return None
    key_text = q.answer[0]
    period = parse_period(key_text)  # 'the 1760s' is imported as text: it starts with a word
    if period is not None:  # '17th' asked in which century: the 17th century
        said = (
            f"{text} century" if _BARE_ORDINAL.match(text) and _CENTURY.search(q.prompt) else text
        )
        return _against_period(period, said, expected)
    if not kind.startswith(NUMBER_KIND):
        return None
    if (annual := annual_verdict(q, text, expected)) is not None:
        return annual  # '10 December': a day of the year (annual_dates.py, review r674 B)
    year = year_key(key_text, q.prompt)
    if year is not None:
        return check_number(year, _year_in_words(text), expected)
    key = count_key(key_text)
    return None if key is None else check_number(key, text, expected)


def as_numeric(q: Question, text: str, vocabulary: dict[str, str] | None) -> tuple[Question, str]:
    """An imported card whose answer is a year or a count, as a question with its numeric key,
    so that every rule on figures reads its answers ('1912 (15 April)', '206 (about 270 at
    birth)': review r428 B), and the answer with a year in words put in figures ('thirty-one
    BC'); any other question and answer as they are."""
    if q.numeric is not None and q.kind in ("typed", "cloze", "numeric"):
        return q, _asked_words_dropped(q.prompt, text)  # a figure's key already
    if q.numeric is not None or not vocabulary or q.kind not in ("typed", "cloze", "numeric"):
        return q, text
    kind = _imported_kind(q, vocabulary)
    if kind is None or not kind.startswith(NUMBER_KIND) or parse_period(q.answer[0]):
        return q, text
    if annual_key(q.answer[0]) is not None:
        return q, text  # '10 December' is no count (annual_dates.py)
    year = year_key(q.answer[0], q.prompt)
    key = year or count_key(q.answer[0])
    if key is None:
        return q, text
    if _MAGNITUDE.search(q.prompt):  # 'M9.5', 'Mw 9.5' (review r468 C: graded wrong)
        text = _MAGNITUDE_LABEL.sub("", text)
    text = _asked_words_dropped(q.prompt, text)  # '4.5 billion' asked how many billion (r724)
    if _RATIO.search(q.prompt) and key.exact:  # 'how many times heavier': '81.3' for 81 (r724)
        key = key.model_copy(update={"exact": False})
    return q.model_copy(update={"numeric": key}), _year_in_words(text) if year else text


_MAGNITUDE = re.compile(r"\bmagnitude\b", re.IGNORECASE)
_RATIO = re.compile(r"\bhow\s+many\s+times\b", re.IGNORECASE)
_MAGNITUDE_LABEL = re.compile(r"^\s*(?:M[wWLsSbB]?|magnitude)\s*(?=\d)")
_ONE_YEAR = re.compile(r"^\d+(?:\s*(?:bc|bce|ad|ce))?$", re.IGNORECASE)


_HOW_MANY_SCALE = re.compile(r"\bhow\s+many\s+(thousand|million|billion)\b(\s+years?\b)?", re.I)
_SCALE_SAID = {"thousand": "k|thousand", "million": "m|mn|million", "billion": "b|bn|bln|billion"}
_PER_TIME = re.compile(r"\bper\s+(year|day|hour|week|month|century)\b", re.IGNORECASE)


def _asked_words_dropped(prompt: str, text: str) -> str:
    """The answer without the scale or rate the question asks in, said again after the figure:
    '4.5 billion years ago' asked 'how many billion years ago', '3.8 cm per year' asked 'by
    how many centimetres per year' (review r724: another measure, asked again). Used for any
    deck's figure item (as_numeric), not imported cards alone: it acts only on such stems."""
    if (scale := _HOW_MANY_SCALE.search(prompt)) is not None:
        years = r"(?:\s*years?)?(?:\s+ago)?" if scale[2] else ""
        said = _SCALE_SAID[scale[1].lower()]
        text = re.sub(rf"(?<=\d)\s*(?:{said})\b{years}", "", text, flags=re.IGNORECASE)
    if (rate := _PER_TIME.search(prompt)) is not None:
        unit = f"{rate[1]}s?|yr" if rate[1].lower() == "year" else f"{rate[1]}s?"
        text = re.sub(rf"(?:\s*/\s*|\s+per\s+|\s+an?\s+)(?:{unit})\b", "", text, flags=re.I)
    return text


def _year_in_words(text: str) -> str:
    """'thirty-one BC' -> '31 BC' (review r226: the era was lost and the year a near miss);
    a reading that is not one year with its era ('19 89' for 'nineteen eighty-nine') is left
    as typed."""
    digits, _ = words_to_digits(text.strip())
    return digits if _ONE_YEAR.match(digits) else text


def _imported_kind(q: Question, vocabulary: dict[str, str]) -> str | None:
    """The entity kind of an imported card's answer ('answer-number-...'), else None."""
    entity = vocabulary.get(normalise(q.answer[0])) if q.answer else None
    kind = entity_kind(entity) if entity is not None else ""
    return kind if kind.startswith(IMPORTED_KIND) else None


def year_key(answer: str, prompt: str) -> NumericKey | None:
    """A year or a date: one with its era ('753 BC', 'AD 79'), or any where the question asks
    when ('In which year...', '1989'); 'c. 1800' is an estimate, graded as a deck's is."""
    readings = parse_date_era(answer)
    if len(readings) != 1:
        return None
    (year, month, day), era = readings[0]
    if era is None and month is None and not _ASKS_WHEN.search(prompt):
        return None  # '12' answering 'How many...' is a count
    approx = _HEDGE.match(answer.strip()) is not None
    date = iso_date(year, month, day) if month is not None else None
    return NumericKey(value=float(year), tolerance=0.0, family="year", approx=approx, date=date)


_SMALL = 100  # a whole number under it is a count or a scale's step, never a rounding


def count_key(answer: str) -> NumericKey | None:
    """A count or an amount ('12', '66 million years ago'): a whole number is exact."""
    readings = read_quantity(answer, _COUNT)
    if isinstance(readings, str) or not readings:
        return None
    r = min(readings, key=lambda one: one.step)  # '2.718' is e, not 2,718 (review r704 #36)
    if len(readings) > 1 and not _ENGLISH_POINT.fullmatch(answer.strip()):
        return None
    approx = _HEDGE.match(answer.strip()) is not None
    unit = _unit(answer)
    small = r.value == round(r.value) and abs(r.value) < _SMALL  # '10' is no rounding to tens:
    step = 1.0 if small and not approx else r.step  # '9' or '11' for a hardness of 10 is
    # wrong (r644 B, r624 F); 'About 30 metres' is rounded: '31 m' is right (review r684 B)
    exact = not approx and (unit is None or small) and step == 1 and r.value == round(r.value)
    return NumericKey(
        value=r.value,  # an 'about' figure is right within 5 % ('31 m' for 'About 30 metres')
        tolerance=right_band(step, True, r.value, share=False) if approx else 0.0,
        family="number" if unit is None else f"quantity:{unit}",
        step=step,
        approx=approx,
        exact=exact,
        unit=unit,
        card=not approx,  # '210' is no rounding of a card's 212 °F (tolerance.py, review r694 A)
    )


def _unit(answer: str) -> str | None:
    """The first word of the answer that the units library knows ('years' in '66 million
    years ago'), so '66,000,000 years' is read in it; None for a bare count."""
    from quizapp.generate import units

    words: list[str] = re.findall(r"[^\W\d]+", normalise(answer))
    for word in words:
        if word not in _SCALE_WORDS and units.dimension(word) is not None:
            return word
    return None


def _same_span(given: Period, key: Period) -> bool:
    """The same period, counting a century or millennium from its first year or from its
    round one: 'the 1600s' is the 17th century (1601 to 1700) as people speak of it."""
    if (given.first, given.last) == (key.first, key.last):
        return True
    size = key.last - key.first + 1
    return (
        size in (100, 1000)
        and given.last - given.first + 1 == size
        and (abs(given.first - key.first) == 1)
    )


def _against_period(key: Period, text: str, expected: str) -> Verdict:
    """A decade or century asked for: the same span is right ('1760s' for 'the 1760s'); a
    year inside it is a near miss (more precise than asked, perhaps a guess); any other
    period or year is wrong, however alike the figures look ('the 1770s')."""
    given = parse_period(text)
    if given is not None:
        if _same_span(given, key):
            return Verdict("correct", expected, understood=given.shown())
        broad = given.first <= key.first and key.last <= given.last
        note = f"That period is too broad: {expected}." if broad else ""
        return Verdict("wrong", expected, note, given.shown())
    readings = parse_date_era(text)
    years = [y for (y, _, _), _ in readings]
    if not years:
        return Verdict("wrong", expected, f"Give a period, e.g. {expected}.")
    understood = ", ".join(f"{-y} BC" if y < 0 else str(y) for y in years)
    if any(key.first <= y <= key.last for y in years):
        note = f"That year falls in it, but the question asks for the period: {expected}."
        return Verdict("near_miss", expected, note, understood)
    return Verdict("wrong", expected, understood=understood)
