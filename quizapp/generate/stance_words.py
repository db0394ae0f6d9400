"""Figures said against the stem: a share of people said to be against where the stem asks
how many were for it ('74% against' for the Kazakhs who backed joining the EEU; review r386
C), a figure denied ('not 1962'; review r390 B), a figure put to another model than the one
the item names ('five J-2' where the explanation names the F-1; review r390 A)."""

from __future__ import annotations

import re

from quizapp.generate.quantity_reader import DESIGNATION
from quizapp.generate.question import Question

_FOR = re.compile(r"\b(?:backed|supported|favou?red|in favou?r|approved|wanted|welcomed)\b", re.I)
_AGAINST = re.compile(
    # 'against 81 in Kyrgyzstan' sets a figure beside it, no stance (review r445 A)
    r"\b(?:against(?!\s+(?:about\s+|some\s+|only\s+|just\s+)?[-\d$€£])"
    r"|opposed|oppose|opposing|said no|voted no|rejected|disapproved|did not"
    r" (?:back|support)|didn't (?:back|support))\b",
    re.I,
)


def stance_against_stem(q: Question, text: str) -> str | None:
    """Why a share said to be against answers a stem asking how many were for, or None."""
    if q.numeric is None or not _FOR.search(q.prompt) or not _AGAINST.search(text):
        return None
    return f"That says they were against; the question asks how many backed it: {q.answer[0]}."


_DENIED = re.compile(r"^\s*(?:not|never)\s+[-\u2212]?\d", re.I)


def figure_against_stem(q: Question, text: str) -> str | None:
    """Why a figure is denied or put to another model than the item's, or None."""
    if q.numeric is None:
        return None
    if _DENIED.match(text):
        return f"That says it was not so; the answer is {q.answer[0]}."
    known = _models(" ".join([q.prompt, q.explanation or "", *q.answer]))
    head = _AFTER_HEAD.split(re.sub(r"\([^()]*\)", "", text), maxsplit=1)[0]  # a bracket, or
    other = _models(head) - known  # what follows a comma or 'plus', remarks (review r474 A)
    return f"The item is about the {', '.join(sorted(known))}." if known and other else None


_AFTER_HEAD = re.compile(r"[,;]|\s(?:plus|and|while|but|whereas)\s", re.IGNORECASE)


def _models(text: str) -> set[str]:
    """The model designations in `text`, plural or not: {'F-1'} of 'five F-1s'."""
    return {re.sub(r"'?s$", "", m[0]) for m in DESIGNATION.finditer(text)}
