"""A correction beside "False", checked against the deck's own (review r450 A).

A false statement's explanation says what is so ("In fact: Apollo 13 was launched on 11 April
1970."). A learner who answers "False, it was 13 April 1970" or "False (May)" is right that the
statement is false but gives another wrong figure: the answer hides a wrong belief, and is
wrong. A correction is read only where it is figures, a month or a date said as one ("it was
12", "in May", "16 April 1972"); what it says is checked against the figures and months of
the explanation's sentence, numbered names ('Apollo 13') left out. Any other remark is left
as it was.
"""

from __future__ import annotations

import re

from quizapp.generate.dates import MONTHS
from quizapp.generate.figure_steps import digit_step
from quizapp.generate.question import Question

_FALSE = re.compile(r"^\s*false\b\s*[-,:;(.\u2013\u2014]*\s*(?P<said>.*?)[\s).!]*$", re.I)
# a correction: figures (with their units or a month) or one word, after words of the
# explanation's own sentence or of a frame ('it was', 'oxygen has'); 'magnesium has 12' tells
# of another thing (review r455 A)
_MONTH_FIRST = rf"(?:{'|'.join(MONTHS)})\.?\s+"  # 'December 2014'
_BARE = re.compile(
    r"^(?:(?:no|well|but|though|although|actually|really|in fact|rather)\W+)*"
    r"(?P<lead>(?:[A-Za-z']+\s+){0,4}?)"
    rf"(?P<figure>(?:{_MONTH_FIRST})?(?:(?:US\s?\$|\$|€|£)?\d[\d.,]*\s*(?:[A-Za-z°%]+\.?\s*){{0,2}})+"
    r"|[A-Za-z]+)$",  # 'it was US$161 million' (review r681 C)
    re.IGNORECASE,
)
_FRAME_TEXT = "it its it's was is has had are were on in at about only just the a really actually"
_FRAME_TEXT += " did"  # no verb: 'it launched on 7 December 1972' beside a landing tells
# of another event (review r582 A)
_FRAME_WORDS = frozenset(_FRAME_TEXT.split())
# a figure the learner denies, the statement's own: 'False, 28% not 21%' corrects with 28%
_DENIED = re.compile(
    r"[,;]?\s*\b(?:not|rather than|instead of)\s+[^,;()]*\d[^,;()]*", re.IGNORECASE
)
_IN_FACT = re.compile(r"\bIn fact:\s*(?P<fact>.+?\.)(?:\s|$)")
# 'Apollo 13': a name, no figure; 'In 2015' is a year (review r481 A)
_NUMBERED = re.compile(
    r"\b(?!(?:In|On|By|Since|From|Until|Before|After|About|Around|Over|Under|To|Of|At|As|And"
    r"|The|Only|Just|Nearly|Almost|Some)\b)([A-Z][\w-]*)\s+\d+\b"
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def false_correction(q: Question, response: str) -> str | None:
    """Why "False" with a correction is wrong: the correction's figures or month are not the
    explanation's ("In fact: ..."), or None (no such correction, or nothing to check)."""
    if q.kind != "true_false" or q.answer != ["False"]:
        return None
    found, fact = _FALSE.match(response), _IN_FACT.search(q.explanation or "")
    said_all = _DENIED.sub("", found["said"]).strip() if found else ""  # '28% not 21%' (r453 E)
    said_all = _WHERE.sub("", said_all)  # '11 October 1968 from Pad 34' (review r458 A)
    said_all = _GROUP_SPACE.sub("", said_all)  # '7 000', as the source prints it (r481 A)
    said_all = _NUMERIC_DATE.sub(_spelt, said_all)  # '01.01.2015' as '01 January 2015'
    if _other_named(said_all, fact["fact"] if fact else ""):
        return None  # 'False (Apollo 10 launched on 18 May 1969)': another mission's figure
    said_all = _NUMBERED.sub(_name_out, said_all).strip()  # 'Apollo 9 launched on ...' (r582 A)
    if _SAID_OF.search(said_all):
        return None  # '19 is potassium', '19 = K': another thing's figure (review r487 B)
    bare = _BARE.match(said_all) if said_all and "," not in said_all else None
    if bare is None or fact is None or _other_measure(said_all, fact["fact"]):
        return None  # one claim only, in the explanation's own units: never '363 ft' for 111 m
    lead = {w.lower() for w in bare["lead"].split()}
    if not lead <= _FRAME_WORDS | {w.lower() for w in re.findall(r"[A-Za-z']+", fact["fact"])}:
        return None  # a figure of another thing: 'magnesium has 12', 'Apollo 10'
    said = bare["figure"].strip()
    if not _DAY.search(fact["fact"]):  # '1 January 2015' where it gives January 2015: a day
        said = _DAY_BEFORE.sub("", _DAY_AFTER.sub(r"\g<month> ", said))  # within it (r481 A)
    months = {MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", said) if w.lower() in MONTHS}
    figures = [_number(f) for f in _FIGURE.findall(said)]
    if not figures and not months:
        return None  # 'False, Eagle': a name, not a figure (other rules read it)
    told = _NUMBERED.sub(lambda m: m[0] if m[1].lower() in MONTHS else " ", fact["fact"])
    told_months = {MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", told) if w.lower() in MONTHS}
    told_figures = [_number(f) for f in _FIGURE.findall(told)]
    if (figures and not told_figures) or (months and not told_months):
        return None  # 'False (it melts at 98 °C)' beside 'Sodium is a solid': nothing to check
    if figures and all(map(_year, figures)) and not any(map(_year, told_figures)):
        return None  # 'False (in 1972)' beside '71 hours': when, not how long (review r466 A)
    rounded = all(any(_rounds_to(f, t) for t in told_figures) for f in figures)  # as said
    if rounded and months <= told_months:
        return None
    return f"False, yes - but that is not what is so: {fact['fact']}"


_SAID_OF = re.compile(r"\d\s*(?:=|\s(?:is|was|for|being)\s)\s*[a-z]", re.IGNORECASE)
_WHERE = re.compile(r"\s+(?:from|at)\s+.*$", re.IGNORECASE)
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_MONTH_NAME = rf"(?:{'|'.join(MONTHS)})\b\.?"
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}\b(?!\d)",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(
    r"\b(?:\d{1,2}[./]\d{1,2}[./](?P<year>\d{4})|(?P<iso>\d{4})-\d{2}-\d{2})\b"
)
_NAMES = {i: name for name, i in MONTHS.items() if len(name) > 4 or name == "may"}


def _other_named(said: str, fact: str) -> bool:
    """Whether the correction names a numbered thing the fact does not ('Apollo 10')."""
    told = {m[0].lower() for m in _NUMBERED.finditer(fact)}
    return any(
        m[1].lower() not in MONTHS and m[0].lower() not in told for m in _NUMBERED.finditer(said)
    )


def _name_out(m: re.Match[str]) -> str:
    """A numbered name out of a correction ('Apollo 9'), as out of the explanation's fact; a
    month and its day stay ('May 25')."""
    return m[0] if m[1].lower() in MONTHS else " "


def _spelt(m: re.Match[str]) -> str:
    """A numeric date with its month named, read day first: '01.02.2015' -> '01 February 2015'."""
    if m["iso"]:
        return f"{m[0][8:10]} {_NAMES.get(int(m[0][5:7]), '')} {m['iso']}"
    day, month = re.split(r"[./]", m[0])[:2]
    return f"{day} {_NAMES.get(int(month), '')} {m['year']}"


_DAY_BEFORE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?={_MONTH_NAME})", re.I)
_DAY_AFTER = re.compile(
    rf"\b(?P<month>{_MONTH_NAME})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?=\d{{4}})", re.I
)
_UNIT_AFTER = re.compile(r"\d\s*([A-Za-z°%]+)")


def _other_measure(said: str, fact: str) -> bool:
    """A unit after a figure said that the explanation does not use ('363 ft' beside '111 m',
    '2.8 days' beside hours), or a numbered name it does not give ('Apollo 10'): nothing to
    compare without converting, so nothing is refuted (review r458 A)."""
    told = {u.lower() for u in _UNIT_AFTER.findall(fact)} | {w.lower() for w in fact.split()}
    units = {u.lower() for u in _UNIT_AFTER.findall(said) if u.lower() not in MONTHS}
    named = {m[0] for m in _NUMBERED.finditer(said) if m[1].lower() not in MONTHS}
    return bool(units - told) or any(n not in fact for n in named)


def _year(figure: tuple[float, float]) -> bool:
    return figure[1] == 1.0 and 1000 <= figure[0] <= 2100


def _number(text: str) -> tuple[float, float]:
    """The figure and its last digit's step: '97.8' -> (97.8, 0.1), '1,970' -> (1970, 1)."""
    plain = text.replace(",", "")
    whole, _, dec = plain.lstrip("-").partition(".")
    step, significant = digit_step(whole, dec)
    value = float(plain)
    coarse = step > 1 and significant >= 2 and not _year((value, 1.0))  # '110' for 110.6 m
    return value, step if dec or coarse else 1.0  # shown as 111 (review r542 A); not 1970


def _rounds_to(said: tuple[float, float], told: tuple[float, float]) -> bool:
    """'98' for 97.8, '28' for 27.7: one rounds the other to the coarser last digit (review
    r455 A: a rounded true correction was refused); '1974' is no 1975."""
    return abs(said[0] - told[0]) <= 0.5 * max(said[1], told[1])
