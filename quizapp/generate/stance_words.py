"""A share of people said to be against where the stem asks how many were for it: '74%
against' for the share of Kazakhs who backed joining the EEU answers another question
(review r386 C)."""

from __future__ import annotations

import re

from quizapp.generate.question import Question

_FOR = re.compile(r"\b(?:backed|supported|favou?red|in favou?r|approved|wanted|welcomed)\b", re.I)
_AGAINST = re.compile(
    r"\b(?:against|opposed|oppose|opposing|said no|voted no|rejected|disapproved|did not"
    r" (?:back|support)|didn't (?:back|support))\b",
    re.I,
)


def stance_against_stem(q: Question, text: str) -> str | None:
    """Why a share said to be against answers a stem asking how many were for, or None."""
    if q.numeric is None or not _FOR.search(q.prompt) or not _AGAINST.search(text):
        return None
    return f"That says they were against; the question asks how many backed it: {q.answer[0]}."
