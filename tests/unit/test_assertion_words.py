"""An assertion-reason choice in the learner's own words (review r404 D): the option's text cut
short or with a contraction names it; words that leave it open are asked again."""

from __future__ import annotations

import pytest

from quizapp.generate.answers import option_index
from quizapp.generate.kinds.assertion_reason import (
    ASSERTION_FALSE,
    EXPLAINS,
    NOT_EXPLAINS,
    REASON_FALSE,
)

OPTIONS = [EXPLAINS, NOT_EXPLAINS, REASON_FALSE, ASSERTION_FALSE]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("Both are true, and the reason explains", EXPLAINS),
        ("both true, reason explains", EXPLAINS),
        ("Both are true, but the reason doesn't explain the assertion", NOT_EXPLAINS),
        ("both true but the reason isn't the explanation", NOT_EXPLAINS),
        ("assertion true, reason false", REASON_FALSE),
        ("the assertion is false, the reason is true", ASSERTION_FALSE),
        ("The assetion is true, but the reason is false.", REASON_FALSE),  # a slip (r407 B)
        ("the assertion is false, but the reasn is true", ASSERTION_FALSE),
        ("Both are true", None),  # which of the two? asked again
    ],
)
def test_the_words_name_their_option(said: str, meant: str | None) -> None:
    found = option_index(said, OPTIONS)
    assert (OPTIONS[found] if found is not None else None) == meant


def test_other_options_are_not_read_so() -> None:
    assert option_index("both true, reason explains", ["Both", "true", "reason", "explains"]) != 0
