"""A plain figure rounded one digit shorter is right unless the stem asks for a precision
(elements seed 653: "0.97" for sodium's 0.968 g/cm3 was only a near miss; tolerance.py)."""

from __future__ import annotations

from quizapp.generate.check_numbers import check_number
from quizapp.generate.estimates import asked_as_estimate
from quizapp.generate.question import NumericKey


def _density(**update: object) -> NumericKey:
    key = NumericKey(value=0.968, tolerance=0.0005, family="quantity:g/cm³", step=0.001)
    return key.model_copy(update={"unit": "g/cm³", **update})


def test_one_digit_shorter_is_right() -> None:
    assert check_number(_density(), "0.97", "0.968 g/cm³").verdict == "correct"
    assert check_number(_density(), "0.97 g/cm3", "0.968 g/cm³").verdict == "correct"


def test_coarser_or_a_wrong_rounding_is_not() -> None:
    assert check_number(_density(), "1.0", "0.968 g/cm³").verdict == "near_miss"
    assert check_number(_density(), "1", "0.968 g/cm³").verdict == "wrong"
    assert check_number(_density(), "0.96", "0.968 g/cm³").verdict == "wrong"


def test_one_significant_figure_coarser_is_a_near_miss() -> None:
    """Elements seed 727: argon's 0.93% of air typed as every textbook gives it, "1%"."""
    argon = NumericKey(value=0.93, tolerance=0.005, family="percentage", step=0.01)
    assert check_number(argon, "1%", "0.93%").verdict == "near_miss"
    assert check_number(argon, "2%", "0.93%").verdict == "wrong"
    aid = NumericKey(value=333e6, tolerance=5e5, family="money:USD", step=1e6, scale=1e6)
    assert check_number(aid, "300 million", "US$333 million").verdict == "wrong"


def test_a_stem_that_asks_for_a_precision_keeps_it() -> None:
    stem = "What is the density of sodium, to three decimal places?"
    key = asked_as_estimate(_density(), stem)
    assert key.precise
    assert check_number(key, "0.97", "0.968 g/cm³").verdict == "near_miss"
    nearest = asked_as_estimate(_density(), "To the nearest metre, how tall was the Saturn V?")
    assert nearest.precise
    assert not asked_as_estimate(_density(), "What is the density of sodium?").precise


def test_a_tie_is_not_a_rounding() -> None:
    key = NumericKey(value=-195, tolerance=0.5, family="quantity:°C", step=1, unit="°C")
    assert check_number(key, "-190", "-195 °C").verdict == "near_miss"
    assert check_number(key, "-197", "-195 °C").verdict == "near_miss"  # two steps
    assert check_number(key, "-200", "-195 °C").verdict == "wrong"  # one figure: too coarse


def test_a_shorter_rounding_another_figure_shares_is_not_right() -> None:
    key = _density(rivals=(0.971,), rival_notes=("the figure for another element",))
    assert check_number(key, "0.97", "0.968 g/cm³").verdict != "correct"
    exact = NumericKey(value=12, tolerance=0.1, family="quantity:projects", step=1, exact=True)
    assert check_number(exact, "10", "12").verdict == "wrong"
