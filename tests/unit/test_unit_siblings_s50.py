"""Issue 12, review r504 C: a bare figure right in the other usual unit of the key's measure
('0.917' for ice's 917 kg/m³) is right, with a note saying how it was read; a figure right in
no common unit stays wrong, and a figure with its own unit is read in that unit."""

from __future__ import annotations

import pytest

from quizapp.generate.check_numbers import check_number
from quizapp.generate.question import NumericKey

ICE = NumericKey(value=917, tolerance=0.5, family="quantity:kg/m³", step=1, unit="kg/m³")
RUN = NumericKey(value=8, tolerance=0.05, family="quantity:km", step=0.1, unit="km")
IRON = NumericKey(value=1538, tolerance=0.5, family="quantity:°C", step=1, unit="°C")


@pytest.mark.parametrize(
    ("key", "answer", "verdict", "read_as"),
    [
        (ICE, "0.917", "correct", "0.917 g/cm³"),
        (ICE, "0.92", "correct", "0.92 g/cm³"),
        (ICE, "917", "correct", ""),
        (ICE, "0.5", "wrong", ""),
        (ICE, "0.917 kg/m³", "wrong", ""),  # a unit typed is the unit meant
        (RUN, "8000", "correct", "8,000 m"),
        (RUN, "8", "correct", ""),
        (RUN, "5000", "wrong", ""),
        (IRON, "2800", "correct", "2,800 °F"),
        (IRON, "1811", "wrong", ""),  # kelvin is no unit every deck uses: not guessed
    ],
)
def test_bare_figure_in_another_unit(
    key: NumericKey, answer: str, verdict: str, read_as: str
) -> None:
    got = check_number(key, answer, "key")
    assert got.verdict == verdict, got
    assert (f"Read as {read_as}," in got.note) if read_as else ("Read as" not in got.note), got
