"""Years beside an answer. A year the question does not name, where it names one, is a claim of
the answer's own: 'the EEU (in January 2014)' asked about August 2015, 'the CSTO (in 2014)'
asked which alliance Uzbekistan left in 2012 (wrong). A year that says when the thing began is
a remark on it ('CSTO, founded 2002': review r401 F)."""

from __future__ import annotations

import re

from quizapp.generate.dates import MONTHS
from quizapp.generate.question import Question
from quizapp.generate.verdict import Verdict

YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")  # a year of the last thousand, as said
_MONTHS = "|".join(MONTHS)
# an aside that is only when: '(in 2014)', ', 2014', '(January 2014)', '- in March 2014'
_WHEN_ASIDE = re.compile(
    rf"^(?P<head>.*?\S)\s*(?:\(\s*|,\s*|\s[-\u2013\u2014]\s*)(?:in\s+)?(?:(?:{_MONTHS})\.?\s+)?"
    r"(?P<year>(?:1[0-9]|20)\d\d)\s*\)?[\s.]*$",
    re.IGNORECASE,
)


def other_year(glossed: str, prompt: str) -> bool:
    """The gloss names a year the question does not, where the question names one: a claim of
    its own ('the EEU (in January 2014)' asked about August 2015), no gloss."""
    glossed = _SHORT_SPAN.sub(lambda m: f"{m[1]}-{m[1][:2]}{m[2]}", glossed)  # '2014-15'
    said, asked = (set(YEAR.findall(t)) for t in (glossed, prompt))
    near = any(abs(int(y) - int(a)) <= 1 for y in said for a in asked)  # the year before
    if (said & asked or near) and _SET_AGAINST.search(glossed):  # '28% (down from 2015)'
        return False  # '19% (2014-15)', '28% (2016 vs 2015)': the year asked, against another
    origin = _ORIGIN_YEAR.search(glossed)  # 'CSTO, founded 2002': when it began (r401 F)
    clause = _CLAUSE_YEAR.search(glossed)  # 'Gazprom, which bought Kyrgyzgaz in 2014' (r410 A)
    return bool(said and asked and not said <= asked) and origin is None and clause is None


_SHORT_SPAN = re.compile(r"\b((?:1[0-9]|20)\d\d)\s*[-\u2013/]\s*(\d\d)\b")
# a change from one year to another (review r441 A)
_SET_AGAINST = re.compile(
    r"\d\s*[-\u2013/]\s*\d|\b(?:vs|versus|from|to|compared|than|on|against|since|over)\b", re.I
)
# a clause of its own, with its own verb, dates what it tells: 'which left the CSTO in 2012'
_CLAUSE_YEAR = re.compile(
    r"\b(?:which|who|that|whose|when)\s+(?:\w+\s+){1,6}?(?:in\s+)?(?:1[0-9]|20)\d\d\b", re.I
)
_ORIGIN_YEAR = re.compile(
    r"\b(?:founded|created|established|formed|set up|launched|signed|born|built)\s+(?:in\s+)?"
    r"(?:1[0-9]|20)\d\d\b",
    re.IGNORECASE,
)


def year_aside(q: Question, text: str, verdict: Verdict) -> Verdict:
    """A right answer with only a year beside it that the question does not name, where it
    names one: wrong ('the CSTO (in 2014)' for the alliance left in 2012); else `verdict`."""
    found = _other_year_aside(q, text)
    if found is None:
        return verdict
    year = found["year"]
    note = (
        f"The question asks about {' and '.join(sorted(set(YEAR.findall(q.prompt))))}, not {year}."
    )
    return Verdict("wrong", verdict.expected, note, text.strip())


IMPORTED_YEAR = (
    "The question names {asked}: is {year} part of your answer? Type the answer alone, or say "
    "in words what {year} dates."
)


def imported_year_problem(q: Question, text: str, imported: bool) -> str | None:
    """Why an imported card's right-looking answer with a year beside it that the question does
    not name is asked again: a card's year may date something else ('Steve McCurry (in 1984)'
    for the photograph on the June 1985 cover, review r574 E, was graded wrong), or the
    answer's own event ('Fleming (1929)' for 1928), and no card says which."""
    found = _other_year_aside(q, text) if imported else None
    if found is None or re.search(r"\d", found["head"]):  # not 'Columbia (2003, 1986)'
        return None
    year = found["year"]
    asked = " and ".join(sorted(set(YEAR.findall(q.prompt))))
    return IMPORTED_YEAR.format(asked=asked, year=year)


def _other_year_aside(q: Question, text: str) -> re.Match[str] | None:
    found = _WHEN_ASIDE.match(text.strip())
    asked = set(YEAR.findall(q.prompt))
    if found is None or not asked or found["year"] in asked or EVENT_YEAR.search(text):
        return None
    if _within_span(int(found["year"]), q.prompt):  # '1966' for the trophy awarded from 1930
        return None  # to 1970: a year of the span the question names (review r624 G)
    held = [int(y) for y in _AS_OF.findall(q.prompt)]  # 'now controls ... (as of 2016)': a
    if held and int(found["year"]) <= min(held):  # state that held then, begun earlier
        return None  # ('Gazprom (in 2014)', when it took over: review r601 A)
    return found


# a span the question names: 'from 1930 to 1970', 'between 1961 and 1972', '1961-1972'
_SPAN = re.compile(
    r"\b((?:1[0-9]|20)\d\d)\s*(?:to|and|until|till|through|[-\u2013])\s*((?:1[0-9]|20)\d\d)\b",
    re.IGNORECASE,
)


def _within_span(year: int, prompt: str) -> bool:
    return any(int(a) <= year <= int(b) for a, b in _SPAN.findall(prompt))


_AS_OF = re.compile(r"\bas of\s+((?:1[0-9]|20)\d\d)\b", re.IGNORECASE)


# a year that dates an honour or an event of the answer's own life, not the answer: 'Fleming
# (Nobel Prize 1945)', 'Röntgen (first Nobel Prize in Physics, 1901)' (review r484 E)
EVENT_YEAR = re.compile(
    r"\b(?:prize|award|medal|nobel|knighted|knighthood|peerage|elected|died|death|born|married"
    r"|retired|honou?red|olympics?|games|treaty|expedition|exhibition)\b[^()]{0,40}?"
    r"(?:1[0-9]|20)\d\d\b",
    re.IGNORECASE,
)
