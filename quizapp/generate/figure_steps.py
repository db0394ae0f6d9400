"""How precise a written figure is: the step of its last digit and its significant figures
(quantity_reader, option_roundings, truth_corrections read figures by it)."""

from __future__ import annotations


def digit_step(whole: str, dec: str = "") -> tuple[float, int]:
    """The step of a written figure's last digit and its significant figures, from its digits
    before and after the point: '1540' -> (10, 3), '0.93' -> (0.01, 2), '80' -> (10, 1)."""
    digits = (whole + dec).lstrip("0")
    if dec:
        return 10.0 ** -len(dec), max(len(digits), 1)
    zeros = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
    return 10.0**zeros, max(len(digits.rstrip("0")), 1)
