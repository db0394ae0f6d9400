"""Issue 12, reviews r513 B and r523 F: a choice option named by its figure rounded at the
typed figure's last digit, when only one option rounds to it and the figure says what it
measures or shows decimals; never a bare whole number."""

from __future__ import annotations

import pytest

from quizapp.generate.option_roundings import rounded_option

ARGON = ["0.64%", "0.74%", "0.82%", "0.93%"]
IRON = ["232 °C", "660 °C", "1,538 °C", "3,422 °C"]
YEARS = ["1766", "1772", "1774", "1898"]
NEAR = ["1,535 °C", "1,538 °C", "1,600 °C", "1,700 °C"]


@pytest.mark.parametrize(
    ("typed", "options", "picked"),
    [
        ("0.9%", ARGON, 3),
        ("0.9 percent", ARGON, 3),
        ("about 0.9%", ARGON, 3),
        ("0.8%", ARGON, 2),  # a wrong option named so is that option
        ("1%", ARGON, None),  # 0.5 to 1.5: two options and more
        ("1540 °C", IRON, 2),
        ("1,540 degrees C", IRON, 2),
        ("1540", IRON, None),  # a bare whole number may be meant exactly
        ("1770", YEARS, None),
        ("1540 °C", NEAR, None),  # two options round to it
        ("1540 K", IRON, None),  # another unit
        ("80%", ["21%", "78%", "0.93%", "1%"], None),  # one figure: meant exactly
        ("nearly 0.9%", ARGON, None),
    ],
)
def test_an_option_named_by_its_figure_rounded(
    typed: str, options: list[str], picked: int | None
) -> None:
    assert rounded_option(typed, options) == picked
