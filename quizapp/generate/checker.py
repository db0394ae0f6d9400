"""Checking a learner's answer: a verdict (correct, near miss, wrong) and what to show them.

Typed text is normalised (NFKC, case, accents, dashes, quotes, spaces, leading articles) and
matched exactly against the key and its aliases. A small edit distance (1 for short answers,
2 for longer; transposed letters count as one; answers of three letters or fewer must be
exact) is a near miss unless another name in the deck is as close (Iran/Iraq): then it
is wrong. Substrings never count. Numbers are parsed with their scale and compared within
the key's tolerance; a number typed without a scale word is read in the key's display scale
("333" for "US$333 million"). Choice answers accept an option number or the option's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import OSA

from quizapp.facts.normalise import normalise
from quizapp.generate.numbers import MAX_ANSWER, parse_month_year, parse_number
from quizapp.generate.question import Question

VerdictKind = Literal["correct", "near_miss", "wrong"]
TINY = 3  # acronyms and other answers this short must be exact (SCO vs CSO, EU vs EEU)
SHORT = 6  # answers up to this many characters allow one typo, longer ones two


@dataclass(frozen=True)
class Verdict:
    verdict: VerdictKind
    expected: str  # the correct answer as displayed
    note: str = ""  # e.g. "Close: watch the spelling of Kyrgyzstan"

    @property
    def passed(self) -> bool:
        return self.verdict != "wrong"


def check(q: Question, response: str, vocabulary: dict[str, str] | None = None) -> Verdict:
    """Grade a typed response to any question kind. Never raises."""
    expected = "; ".join(q.answer)
    if len(response) > MAX_ANSWER * 5:
        return Verdict("wrong", expected, "That answer is too long to be one.")
    text = response.strip()
    if not text:
        return Verdict("wrong", expected, "No answer given.")
    if q.kind in ("mcq", "numeric_mcq", "odd_one_out", "true_false"):
        return _choice(q, text, expected)
    if q.kind == "multi_select":
        return _multi(q, text, expected)
    if q.kind in ("ordering", "matching"):
        return _sequence(q, text, expected)
    if q.numeric is not None:
        return _number(q, text, expected)
    return _text(q, text, expected, vocabulary or {})


def answer_problem(q: Question, response: str) -> str | None:
    """Why a response cannot be graded at all (so the learner is asked again), or None.

    A blank line, an option number that does not exist, text that is none of the options:
    these are slips of the keyboard, not wrong answers, and cost the learner nothing.
    """
    text = response.strip()
    if not text:
        return "Type an answer, or ? to see it."
    if len(response) > MAX_ANSWER * 5:
        return "That answer is too long to be one."
    options = q.options or []
    choice = q.kind in ("mcq", "numeric_mcq", "odd_one_out", "true_false")
    if choice and _option_index(text, options) is None:
        return f"Answer with an option number from 1 to {len(options)}."
    if q.kind == "multi_select" and _multi(q, text, "").note:
        return f"Give the numbers of every right option, from 1 to {len(options)}, e.g. 1 3."
    if q.kind in ("ordering", "matching") and _sequence(q, text, "").note:
        return f"Give all {len(options)} option numbers in order, e.g. 2 1 3."
    return None


def _choice(q: Question, text: str, expected: str) -> Verdict:
    options = q.options or []
    picked = _option_index(text, options)
    if picked is None:
        return Verdict("wrong", expected, "Answer with an option number or its text.")
    return Verdict("correct" if options[picked] in q.answer else "wrong", expected)


def _option_index(text: str, options: list[str]) -> int | None:
    t = text.strip().lower()
    if t.isdecimal() and 1 <= int(t) <= len(options):
        return int(t) - 1
    if len(t) == 1 and "a" <= t <= chr(ord("a") + len(options) - 1):
        return ord(t) - ord("a")
    folded = [normalise(o) for o in options]
    n = normalise(text)
    return folded.index(n) if n in folded else None


def _multi(q: Question, text: str, expected: str) -> Verdict:
    options = q.options or []
    tokens = [t for t in re.split(r"[\s,;]+", text.strip().lower()) if t]
    if len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) <= len(options):
        tokens = list(tokens[0])  # "ac" -> a, c
    picked = set()
    for tok in tokens:
        i = _option_index(tok, options)
        if i is None:
            return Verdict("wrong", expected, f"{tok!r} is not one of the options.")
        picked.add(options[i])
    return Verdict("correct" if picked == set(q.answer) else "wrong", expected)


def _sequence(q: Question, text: str, expected: str) -> Verdict:
    """Ordering: option numbers in order ("2 1 3"). Matching: for each left item, an option."""
    options = q.options or []
    tokens = [t for t in re.split(r"[\s,;>-]+", text.strip().lower()) if t]
    if len(tokens) == 1 and len(tokens[0]) == len(options):
        tokens = list(tokens[0])
    idx = [_option_index(t, options) for t in tokens]
    if None in idx or len(idx) != len(options):
        return Verdict("wrong", expected, f"Give all {len(options)} option numbers in order.")
    chosen = [options[i] for i in idx if i is not None]
    if q.kind == "ordering":
        return Verdict("correct" if chosen == q.answer else "wrong", expected)
    pairs = [f"{a} → {b}" for a, b in zip(q.left or [], chosen, strict=False)]
    return Verdict("correct" if pairs == q.answer else "wrong", expected)


def _number(q: Question, text: str, expected: str) -> Verdict:
    assert q.numeric is not None
    key = q.numeric
    if key.family.startswith("date"):
        return _date(q, text, expected)
    parsed = parse_number(text)
    if parsed is None:
        return Verdict("wrong", expected, "Type one number, e.g. 7,000 or 1.5bn or 12.3%.")
    if key.family == "year":
        ok = parsed.scale == 1 and parsed.value == key.value
        return Verdict("correct" if ok else "wrong", expected)
    candidates = [parsed.value * parsed.scale]
    if not parsed.scaled:
        candidates.append(parsed.value * key.scale)  # "333" for US$333 million
        for big in (1e3, 1e6, 1e9):  # "1.5" for about 1.5 million
            if key.value >= big and parsed.value < 1000:
                candidates.append(parsed.value * big)
    best = min(candidates, key=lambda c: abs(c - key.value))
    if abs(best - key.value) <= key.tolerance + 1e-9 * max(1.0, abs(key.value)):
        return Verdict("correct", expected)
    return Verdict("wrong", expected)


def _date(q: Question, text: str, expected: str) -> Verdict:
    """Dates are exact to their precision: month and year, or the year alone."""
    assert q.numeric is not None
    months = round(q.numeric.value)
    year, month = months // 12, months % 12 + 1
    given = parse_month_year(text)
    if given is None:
        return Verdict("wrong", expected, "Give a month and year, e.g. January 2015.")
    if q.numeric.family == "date:year":
        return Verdict("correct" if given[0] == year else "wrong", expected)
    return Verdict("correct" if given == (year, month) else "wrong", expected)


def _text(q: Question, text: str, expected: str, vocabulary: dict[str, str]) -> Verdict:
    given = normalise(text)
    accepted = {normalise(a) for a in [*q.answer, *q.accepted]} - {""}
    if given in accepted:
        return Verdict("correct", expected)
    if not given:
        return Verdict("wrong", expected, "No answer given.")
    best_key = min(OSA.distance(given, a) for a in accepted) if accepted else 99
    allowed = 0 if len(given) <= TINY else 1 if len(given) <= SHORT else 2
    if best_key > allowed:
        return Verdict("wrong", expected)
    rivals = [name for name in vocabulary if name not in accepted]
    if any(OSA.distance(given, name, score_cutoff=best_key) <= best_key for name in rivals):
        return Verdict("wrong", expected, "That is closer to another name in the deck.")
    return Verdict("near_miss", expected, f"Close enough - mind the spelling: {q.answer[0]}.")
