"""A figure in another measure than the key's is named, never converted (check_measure.py).

The learner reads these lines in the session ("That is a share; the question asks for an
amount in US$."), so each is checked word for word: which measure the answer gave, and which
one the question asks for.
"""

from __future__ import annotations

import pytest

from quizapp.generate.check_measure import measure_problem
from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import NumericKey, Question

USD = NumericKey(value=865e6, tolerance=5e5, scale=1e6, family="money:USD", step=1e6)
EUR = NumericKey(value=5e6, tolerance=5e5, scale=1e6, family="money:EUR", step=1e6)
YEN = NumericKey(value=5e6, tolerance=5e5, scale=1e6, family="money:JPY", step=1e6)
SHARE = NumericKey(value=95, tolerance=0.5, family="percentage", step=1)
KM = NumericKey(value=6792, tolerance=0.5, family="quantity:km", step=1, unit="km")
CELSIUS = NumericKey(value=-65, tolerance=0.5, family="quantity:°C", step=1, unit="°C")
SPEED = NumericKey(value=30, tolerance=0.5, family="quantity:km/h", step=1, unit="km/h")
TROOPS = NumericKey(value=7000, tolerance=0.5, family="quantity:troops", step=1)
PROJECTS = NumericKey(value=2, tolerance=0.5, family="quantity:hydroelectric projects", step=1)
COUNT = NumericKey(value=12, tolerance=0.5, family="count", step=1)
YEAR = NumericKey(value=1610, tolerance=0, family="year")
DATE = NumericKey(value=0, tolerance=0, family="date:day", date="1846-09-23")

ASKS = "; the question asks for"
CASES = [
    (USD, "95%", f"That is a share{ASKS} an amount in US$."),
    (USD, "95 per cent", f"That is a share{ASKS} an amount in US$."),
    (USD, "865 million euros", f"That is in euros{ASKS} an amount in US$."),
    (USD, "£865m", f"That is in pounds sterling{ASKS} an amount in US$."),
    (USD, "865 million roubles", f"That is in roubles{ASKS} an amount in US$."),
    (USD, "865 million yuan", f"That is in yuan{ASKS} an amount in US$."),
    (USD, "May 2015", f"That is a date{ASKS} an amount in US$."),
    (USD, "23rd of May", f"That is a date{ASKS} an amount in US$."),
    (USD, "865 km", f"That is a length (km){ASKS} an amount in US$."),
    (EUR, "$5m", f"That is in US${ASKS} an amount in euros."),
    (YEN, "5%", f"That is a share{ASKS} an amount in JPY."),
    (SHARE, "$865m", f"That is a sum of money{ASKS} a share (a percentage)."),
    (SHARE, "865 dollars", f"That is a sum of money{ASKS} a share (a percentage)."),
    (SHARE, "53 km", f"That is a length (km){ASKS} a share (a percentage)."),
    (SHARE, "in 2015", f"That is a year{ASKS} a share (a percentage)."),
    (KM, "half", f"That is a share{ASKS} a length in km."),
    (KM, "6792 kg", f"That is a mass (kg){ASKS} a length in km."),
    (KM, "6,792 kilograms", f"That is a mass (kilograms){ASKS} a length in km."),
    (CELSIUS, "65 km", f"That is a length (km){ASKS} a temperature in °C."),
    (CELSIUS, "65 m", f"That is a length (m){ASKS} a temperature in °C."),
    (SPEED, "30 kg", f"That is a mass (kg){ASKS} a quantity in km/h."),
    (TROOPS, "in 2015", f"That is a year{ASKS} a number of troops."),
    (TROOPS, "2015 AD", f"That is a year{ASKS} a number of troops."),
    (TROOPS, "7 thousand km", f"That is a length (km){ASKS} a number of troops."),
    (TROOPS, "70%", f"That is a share{ASKS} a number of troops."),
    (COUNT, "12%", f"That is a share{ASKS} a number."),
    (YEAR, "16%", f"That is a share{ASKS} a year."),
    (YEAR, "$1610", f"That is a sum of money{ASKS} a year."),
    (YEAR, "1610 km", f"That is a length (km){ASKS} a year."),
    (DATE, "23%", f"That is a share{ASKS} a date."),
]


@pytest.mark.parametrize(("key", "answer", "message"), CASES)
def test_another_measure_is_named_with_the_one_asked(
    key: NumericKey, answer: str, message: str
) -> None:
    assert measure_problem(key, answer) == message


SAME = [
    (USD, "US$865 million"),
    (USD, "$865 m"),  # an "m" after money is a million
    (EUR, "5 million euros"),
    (SHARE, "95 percent"),
    (SHARE, "nearly half"),
    (KM, "4220 miles"),
    (KM, "6792 km in diameter"),  # "in" after the unit is not an inch
    (KM, "6.792 thousand km"),
    (CELSIUS, "minus 65 degrees"),
    (CELSIUS, "-85 F"),
    (CELSIUS, "208 K"),
    (TROOPS, "7,000 troops"),
    (TROOPS, "7000 soldiers"),  # not a unit
    (TROOPS, "about 7,000 a year"),  # "a" is not an annum here
    (PROJECTS, "2 projects"),
    (PROJECTS, "two hydroelectric projects"),
    (YEAR, "1610"),
    (YEAR, "1610 AD"),
    (YEAR, "in 1610"),
    (YEAR, "1610 years"),  # a time is how a year is counted
    (DATE, "23 September 1846"),
    (DATE, "09/1846"),  # a month, not a fraction
    (COUNT, "7 or 8"),  # two figures: the reader says so, not this check
    (COUNT, "a dozen"),
    (USD, "x" * 1200),  # too long to be an answer: the reader refuses it
]


@pytest.mark.parametrize(("key", "answer"), SAME)
def test_the_key_measure_or_no_measure_is_no_problem(key: NumericKey, answer: str) -> None:
    assert measure_problem(key, answer) is None


def _numeric(key: NumericKey, kind: str = "numeric") -> Question:
    return Question(
        id="x",
        kind=kind,
        template="t",
        prompt="How much of its debt did it have written off?",
        answer=["US$865 million"],
        numeric=key,
        fact_ids=["f"],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )


def test_a_session_asks_again_and_the_checker_never_converts() -> None:
    """The session asks `answer_problem` first; the checker alone grades the same answer
    wrong with the same line, never as US$95 million."""
    for kind in ("numeric", "typed", "cloze"):
        q = _numeric(USD, kind)
        assert answer_problem(q, "95%") == f"That is a share{ASKS} an amount in US$."
        verdict = check(q, "95%")
        assert (verdict.verdict, verdict.note) == ("wrong", answer_problem(q, "95%"))
        assert "95,000,000" not in verdict.understood
        assert answer_problem(q, "US$865m") is None
        assert check(q, "US$865m").verdict == "correct"
    choice = _numeric(USD, "numeric_mcq").model_copy(update={"options": ["US$865 million"]})
    assert answer_problem(choice, "1") is None  # an option number is not a measure


@pytest.mark.parametrize("answer", ["865", "95", "$865", "865 dollars", "eight hundred"])
def test_a_figure_without_the_scale_the_stem_hides_is_asked_for_it(answer: str) -> None:
    """Right or wrong alike, so asking tells nothing (review r362 A)."""
    assert measure_problem(USD, answer) == (
        "Give the scale too (thousand, million or billion): the figure alone could be any size."
    )


@pytest.mark.parametrize("answer", ["865 million", "US$865m", "865,000,000", "0.865 billion"])
def test_a_figure_with_its_scale_is_no_problem(answer: str) -> None:
    assert measure_problem(USD, answer) is None
