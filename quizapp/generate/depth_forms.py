"""Answers that say again the direction the stem names. A depth asked as a distance below a
level:
'86 m below sea level', '-86 m', 'minus 86 m' for 'How far below sea level is Badwater Basin?'
(review r544 A: each was read as -86 m against a key of 86 m and graded wrong). The stem names
the direction, so the answer's sign or words say it twice: the figure is the distance. A
threshold asked by its side ('Below what yearly rainfall is a region a desert?') answered with
that side ('less than 250 mm', '<250 mm': review r544 A, read as a bound that leaves the figure
out): the bound is the stem's, and the figure the answer."""

from __future__ import annotations

import re

from quizapp.generate.question import Question

_LEVEL = r"\b(?:below|beneath|under)\s+(?:(?:the\s+)?sea[\s-]level|zero|the\s+surface)\b"
_BELOW = re.compile(rf"{_LEVEL}|\bdeep\b", re.I)  # the stem names the direction
_SAID_BELOW = re.compile(rf"\s*{_LEVEL}", re.I)  # the answer says it again
_SIGN = re.compile(r"^\s*(?:-|\u2212|\u2013|minus\s+|negative\s+)(?=\d)", re.I)


def unsigned_depth(q: Question, text: str) -> str | None:
    """The answer without the direction its stem already names, or None when it says none or
    the stem names none (or the key is below zero itself)."""
    if q.numeric is None or q.numeric.value < 0 or not _BELOW.search(q.prompt):
        return None
    bare = _SAID_BELOW.sub("", _SIGN.sub("", text)).strip()
    return bare if bare and bare != text.strip() else None


# the stem asks for a threshold by its side: 'Below what ...?', 'Above how many ...?'
_ASKS_UNDER = re.compile(
    r"^\s*(?:below|under|beneath|less than|fewer than|at most)\s+(?:what|how)\b", re.I
)
_ASKS_OVER = re.compile(r"^\s*(?:above|over|more than|at least|beyond)\s+(?:what|how)\b", re.I)
_SAID_UNDER = re.compile(r"^\s*(?:below|under|beneath|less than|fewer than|<)\s*", re.I)
_SAID_OVER = re.compile(r"^\s*(?:above|over|more than|at least|>|≥)\s*", re.I)


def echoed_bound(prompt: str, text: str) -> str:
    """The answer without a bound word that repeats the side its stem asks by, else as it is."""
    if _ASKS_UNDER.search(prompt) and _SAID_UNDER.match(text):
        return _SAID_UNDER.sub("", text, count=1)
    if _ASKS_OVER.search(prompt) and _SAID_OVER.match(text):
        return _SAID_OVER.sub("", text, count=1)
    return text
