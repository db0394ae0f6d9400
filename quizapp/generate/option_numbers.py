"""A bare number among options that are figures: option 3, or the figure 3? ('3' where option
2 is '3 projects': review r401 B). Typed, it is asked again; the TUI's keys send the option's
letter instead, which no reading takes for a figure."""

from __future__ import annotations

import re

from quizapp.facts.normalise import normalise
from quizapp.generate.answer_frames import FRAME
from quizapp.generate.answers import HEDGE, choice, figure_of


def number_clash(text: str, options: list[str]) -> str | None:
    """Why a bare number is asked again: it is an option's number and another option's figure
    ('2' where option 2 is '3 projects' and option 1 '2 projects'; review r401 B). None if it
    names one option only."""
    t = FRAME.sub("", text.strip().lower())
    t = _LEAD.sub("", t)  # the number before a remark: '4, same as iron' (review r513 A)
    if not (t.isdecimal() and 1 <= int(t) <= len(options)):
        return None
    figures = [_sole_figure(HEDGE.sub("", normalise(o))) for o in options]
    if not any(f == int(t) and i != int(t) - 1 for i, f in enumerate(figures)):
        return None
    letter = chr(ord("A") + int(t) - 1)
    said = f"{t} is option {t} and another option's figure"
    return f"{said}: type {letter} for option {t}, or the figure and its unit."


_LEAD = re.compile(r"(?<=\d)\s*(?:[,;:(\u2013\u2014]|\s-\s).*$", re.S)


def _sole_figure(option: str) -> float | None:
    """The option's one figure, wherever it stands: 2 of '2 projects', 4 of 'period 4' and of
    a bare '4' (reviews r427 F, r428 F: each was read as an option's number)."""
    found = re.findall(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?(?![\w.])", option)
    short = len(option.split()) <= 3  # not a figure inside a sentence (a 'why' option)
    return float(found[0].replace(",", "")) if short and len(found) == 1 else figure_of(option)


def choice_key(index: int, options: list[str]) -> str:
    """The response choosing option `index` (from 0) that no reading takes for another: its
    number, or its letter where the number is another option's figure."""
    said = choice(index)
    return chr(ord("a") + index) if number_clash(said, options) else said
