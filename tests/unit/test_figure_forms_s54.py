"""Issue 12, session 54: figures written as people write them in science and mathematics:
scientific notation (powers_of_ten.py) and working shown beside the figure (shown_working.py).
The readers' rows (tests/data/grading_s54.tsv) grade them through the checker; these pin
the readers themselves, on what they must read and on what they must leave alone."""

from __future__ import annotations

import pytest

from quizapp.generate.powers_of_ten import plain_powers
from quizapp.generate.shown_working import is_working, without_working, worth


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("1.01325 × 10^5 Pa", "1.01325e5 Pa"),
        ("1.01325 x 10⁵", "1.01325e5"),
        ("6.022*10**23", "6.022e23"),
        ("3.0 · 10^8 m/s", "3.0e8 m/s"),
        ("6.6743 × 10^−11", "6.6743e-11"),
        ("about 1.5 × 10⁻³", "about 1.5e-3"),
        ("10^5 Pa", "1e5 Pa"),
        # a whole number's power of another base is worked out ('4³' was read 43: r714 #10)
        ("4³", "64"),
        ("4^3 codons", "64 codons"),
        ("2^10 = 1024", "1024 = 1024"),
        # left alone: a decimal base, a huge power, a year, a unit's power, a plain product
        ("2.5^2", "2.5^2"),
        ("7^30", "7^30"),
        ("5 m³", "5 m³"),
        ("in 1910", "in 1910"),
        ("2 x 10 km", "2 x 10 km"),
        ("10 km", "10 km"),
    ],
)
def test_scientific_notation_is_one_figure(typed: str, read: str) -> None:
    assert plain_powers(typed) == read


@pytest.mark.parametrize(
    ("typed", "figure"),
    [
        ("7! = 5040", "5040"),
        ("5040 = 7!", "5040"),
        ("2^10 = 1024", "1024"),
        ("7x6x5x4x3x2x1 = 5040", "5040"),
        ("6 (1+2+3)", "6"),
        ("6 (1+2+3=6)", "6"),
        ("5040 (7 × 720)", "5040"),
        ("5040, i.e. 7×6×5×4×3×2×1", "5040"),
        ("75% = 3/4", "75%"),
        # no working: a signed figure, a range, a year, a unit, words, both sides plain
        ("-38.83", None),
        ("6% (2014-2015)", None),
        ("-62 (-80)", None),
        ("1969 (July)", None),
        ("22 kg (about 48 lb)", None),
        ("12 (two per landing)", None),
        ("6 = 6", None),
        ("= 5040", None),
        ("(1+2+3)", None),
        ("22 kg, 1969", None),
    ],
)
def test_working_beside_a_figure_is_set_aside(typed: str, figure: str | None) -> None:
    assert without_working(typed) == figure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7!", 5040.0),
        ("2^10", 1024.0),
        ("2**10", 1024.0),
        ("1+2+3", 6.0),
        ("(1+2)*3", 9.0),
        ("7 × 720", 5040.0),
        ("10 - 4 / 2", 8.0),
        ("5,040", 5040.0),
        # not arithmetic, or beyond what it reads
        ("10/0", None),
        ("2^1000", None),
        ("25!", None),
        ("(1+2", None),
        ("seven", None),
        ("1 2", None),
    ],
)
def test_working_is_worked_out(text: str, value: float | None) -> None:
    assert worth(text) == value


def test_a_figure_alone_is_no_working() -> None:
    assert not is_working("5040")
    assert not is_working("-5040")
    assert not is_working("2014-2015")
    assert is_working("7 × 720")
    assert is_working("7!")
