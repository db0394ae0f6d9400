"""A ladder whose other options keep one step the key is off ('44% / 54% / 64% / 75%': review
r395 A, Central Asia #52) gives the key away: the odd one out is the answer. ladder_spread.py
draws such a ladder again; the deck scan below finds none on any bundled deck."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from quizapp.facts.values import Percentage
from quizapp.generate.ladder import key_stands_out
from tests.support.bundled import APOLLO, CENTRAL_ASIA, CHEM, generated


def _shares(*figures: float) -> list[Percentage]:
    return [Percentage(kind="percentage", value=f) for f in figures]


def test_the_one_option_off_the_others_step_stands_out() -> None:
    values = _shares(44, 54, 64, 75)
    assert key_stands_out(values, values[3])
    middle = _shares(44, 54, 59, 64)  # 44 / 54 / 64 evenly spaced, the key 59 between
    assert key_stands_out(middle, middle[2])


def test_an_even_ladder_or_a_small_step_does_not() -> None:
    even = _shares(44, 54, 64, 74)
    assert not key_stands_out(even, even[3])
    small = _shares(4, 6, 8, 9)  # a step of 2 with the key 1 off: no pattern a learner sees
    assert not key_stands_out(small, small[3])
    uneven = _shares(46, 54, 64, 75)
    assert not key_stands_out(uneven, uneven[3])


_FIGURE = re.compile(r"^(?P<pre>\D*?)(?P<n>-?\d[\d,]*(?:\.\d+)?)(?P<post>.*)$")


def _off_step(options: list[str], answer: str) -> bool:
    """Whether the other options share one step and the key is off it (ladder_spread.py)."""
    read = [_FIGURE.match(o) for o in options]
    if not all(read) or len({(m["pre"], m["post"]) for m in read if m}) != 1:
        return False  # a figure with a scale word or unit of its own: not compared here
    figures = {o: float(m["n"].replace(",", "")) for o, m in zip(options, read, strict=True) if m}
    others = sorted(v for o, v in figures.items() if o != answer)
    key = figures[answer]
    steps = {round(b - a, 6) for a, b in itertools.pairwise(others)}
    if len(others) < 3 or len(steps) != 1:
        return False
    step = steps.pop()
    off = abs((key - others[0]) / step - round((key - others[0]) / step)) * step
    return off > 1e-6 and (others[0] < key < others[-1] or step >= 3 * off)


@pytest.mark.parametrize("deck", [CENTRAL_ASIA, APOLLO, CHEM], ids=lambda p: p.stem)
def test_no_number_choice_keeps_the_key_off_the_others_step(deck: Path) -> None:
    found = [
        (q.id, q.options)
        for q in generated(deck, (0, 1, 2, 3, 4, 5))
        if q.kind == "numeric_mcq" and _off_step(q.options or [], q.answer[0])
    ]
    assert not found, found
