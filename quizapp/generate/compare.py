"""The learner's answer set beside the key, line by line, for the feedback.

Pure: a question and the response as given (the same text form the plain mode reads) in,
marked lines out. Each line carries a mark the front ends turn into colour (TUI) or a sign
(plain mode): "right" (the key, or a pick that was right), "wrong" (a pick that was wrong),
"missed" (a right option left unticked) and "plain" (an option nobody chose).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from quizapp.facts.normalise import normalise
from quizapp.generate.answers import matched, option_index, read_sequence, read_ticks
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question

Mark = Literal["right", "wrong", "missed", "plain"]
SIGNS: dict[Mark, str] = {"right": "✓", "wrong": "✗", "missed": "✗", "plain": " "}

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Line:
    text: str
    mark: Mark


def compare(q: Question, response: str) -> list[Line]:
    """What the learner answered against the key; empty when there is nothing to compare
    (a reveal, a flashcard, or a response that names no option)."""
    text = CONTROL.sub("", response).strip()  # shown back: never a terminal escape
    if not text or text == "?" or SPECS[q.kind].shape == "self":
        return []
    shape = SPECS[q.kind].shape
    if shape == "choice":
        return _choice(q, text)
    if shape == "ticks":
        return _ticks(q, text)
    if shape in ("order", "pairs"):
        return _positions(q, text)
    right = "; ".join(q.answer)
    if normalise(text) in {normalise(a) for a in [*q.answer, *q.accepted]}:
        return [Line(f"You answered: {text}", "right")]  # word for word: once is enough
    return [Line(f"You answered: {text}", "plain"), Line(f"Answer: {right}", "right")]


def _choice(q: Question, text: str) -> list[Line]:
    picked = option_index(text, q.options or [])
    return _marked(q, {picked} if picked is not None else set(), CHOICE_MARKS)


def _ticks(q: Question, text: str) -> list[Line]:
    return _marked(q, set(read_ticks(text, q.options or []) or []), TICK_MARKS)


# (is a key, was chosen) -> what to say beside the option, and its mark
Marks = dict[tuple[bool, bool], tuple[str, Mark]]
CHOICE_MARKS: Marks = {
    (True, True): ("  (your answer, right)", "right"),
    (True, False): ("  (the right answer)", "right"),
    (False, True): ("  (your answer)", "wrong"),
    (False, False): ("", "plain"),
}
TICK_MARKS: Marks = {
    (True, True): ("  (ticked, right)", "right"),
    (False, True): ("  (ticked, but it does not apply)", "wrong"),
    (True, False): ("  (not ticked, but it applies)", "missed"),
    (False, False): ("", "plain"),
}


def _marked(q: Question, chosen: set[int], marks: Marks) -> list[Line]:
    """Each option numbered, marked by whether it is a key and whether the learner chose it."""
    lines = []
    for i, option in enumerate(q.options or []):
        suffix, mark = marks[(option in q.answer, i in chosen)]
        lines.append(Line(f"{i + 1} {option}{suffix}", mark))
    return lines


def _positions(q: Question, text: str) -> list[Line]:
    options = q.options or []
    picks = read_sequence(text, options, q.left)
    if picks is None:
        return []
    chosen = [options[i] for i in picks]
    if q.kind == "ordering":
        rows = [
            (f"{n}. {c}", c == want, want)
            for n, (c, want) in enumerate(zip(chosen, q.answer, strict=False), 1)
        ]
    else:
        lefts = q.left or []
        wants = [matched(a) for a in q.answer]
        rows = [
            (f"{chr(65 + n)}  {left} → {c}", c == want, want)
            for n, (left, c, want) in enumerate(zip(lefts, chosen, wants, strict=False))
        ]
    return [
        Line(label if ok else f"{label}  (should be {want})", "right" if ok else "wrong")
        for label, ok, want in rows
    ]
