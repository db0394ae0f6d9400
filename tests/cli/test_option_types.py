"""Option types (commands/options.py) share one reader: a value they cannot read gives the
same one-line "not a ...: 'x'" usage error, and a readable one is then range-checked."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

import pytest

from quizapp.commands.options import fraction, moment, positive_int, read_as


@pytest.mark.parametrize(
    ("option_type", "text", "message"),
    [
        (positive_int, "ten", "not a whole number: 'ten'"),
        (positive_int, "0", "must be 1 or more, not 0"),
        (fraction, "half", "not a number: 'half'"),
        (fraction, "nan", "must be between 0 and 1, not nan"),
        (moment, "tomorrow", "not an ISO date-time: 'tomorrow'"),
    ],
)
def test_a_bad_value_is_a_one_line_usage_error(
    option_type: object, text: str, message: str
) -> None:
    assert callable(option_type)
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        option_type(text)
    assert str(caught.value) == message


def test_good_values_are_read() -> None:
    assert positive_int("12") == 12
    assert fraction("0.9") == 0.9
    assert moment("2026-03-01T10:00+02:00") == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert read_as("7", int, "a whole number") == 7
