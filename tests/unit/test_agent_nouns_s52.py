"""asks_agent (review r624 B): a question for one who does something by a noun the role list
lacks; never a thing or a body that trades, lends or buys."""

from __future__ import annotations

import pytest

from quizapp.generate.given_names import asks_agent


@pytest.mark.parametrize(
    "prompt",
    [
        "Which French striker set the single-tournament scoring record?",
        "Which perfumer created Dior's Eau Sauvage in 1966?",
        "What Belgian goalkeeper saved three penalties?",
        "Which violinists recorded it first?",
    ],
)
def test_a_doer_is_asked_for(prompt: str) -> None:
    assert asks_agent(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Which river flows through Paris?",
        "Which lender gave the loan?",
        "Which trading partner buys most of its gas?",
        "Which country won in 2014?",
        "Who won in 2014?",  # asks_who's, not this one's
        "Which tower is the tallest?",
    ],
)
def test_a_thing_or_a_trading_body_is_not(prompt: str) -> None:
    assert not asks_agent(prompt)
