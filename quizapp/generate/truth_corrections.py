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
from quizapp.generate.question import Question

_FALSE = re.compile(r"^\s*false\b\s*[-,:;(.\u2013\u2014]*\s*(?P<said>.*?)[\s).!]*$", re.I)
_BARE = re.compile(
    r"^(?:(?:no|actually|in fact|rather)\W+)?(?:it\s+(?:was|is|\w+ed)|it's|was|they\s+\w+)?\s*"
    r"(?:on|in|at|about|only|just)?\s*(?P<figure>[\w\s.,°%]*?\d[\w\s.,°%]*|[A-Za-z]+)$",
    re.IGNORECASE,
)
_IN_FACT = re.compile(r"\bIn fact:\s*(?P<fact>.+?\.)(?:\s|$)")
_NUMBERED = re.compile(r"\b([A-Z][\w-]*)\s+\d+\b")  # 'Apollo 13': a name, no figure
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def false_correction(q: Question, response: str) -> str | None:
    """Why "False" with a correction is wrong: the correction's figures or month are not the
    explanation's ("In fact: ..."), or None (no such correction, or nothing to check)."""
    if q.kind != "true_false" or q.answer != ["False"]:
        return None
    found, fact = _FALSE.match(response), _IN_FACT.search(q.explanation or "")
    bare = _BARE.match(found["said"].strip()) if found and found["said"] else None
    if bare is None or fact is None:
        return None
    said = bare["figure"].strip()
    months = {w.lower() for w in re.findall(r"[A-Za-z]+", said)} & set(MONTHS)
    figures = {_number(f) for f in _FIGURE.findall(said)}
    if not figures and not months:
        return None  # 'False, Eagle': a name, not a figure (other rules read it)
    told = _NUMBERED.sub(lambda m: m[0] if m[1].lower() in MONTHS else " ", fact["fact"])
    told_months = {w.lower() for w in re.findall(r"[A-Za-z]+", told)} & set(MONTHS)
    told_figures = {_number(f) for f in _FIGURE.findall(told)}
    if figures <= told_figures and {MONTHS[m] for m in months} <= {MONTHS[m] for m in told_months}:
        return None
    return f"False, yes - but that is not what is so: {fact['fact']}"


def _number(text: str) -> float:
    return float(text.replace(",", ""))
