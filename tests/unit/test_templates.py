from __future__ import annotations

import pytest

from quizapp.facts.templates import fix_articles, render, template_slots


def test_slots_are_found() -> None:
    assert template_slots("Which bloc did {subject} join {when}?") == {"subject", "when"}


def test_malformed_slot_is_an_error() -> None:
    with pytest.raises(ValueError):
        template_slots("Which {subject.name}?")
    with pytest.raises(ValueError):
        template_slots("Which {subject?")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("a EEU member", "an EEU member"),
        ("a European body", "a European body"),
        ("a uranium mine", "a uranium mine"),
        ("a 8% fall", "an 8% fall"),
        ("a 7,000-strong force", "a 7,000-strong force"),
        ("a 11-year gap", "an 11-year gap"),
    ],
)
def test_articles_agree_with_the_next_word(text: str, fixed: str) -> None:
    assert fix_articles(text) == fixed


def test_render_capitalises_and_tidies_space() -> None:
    out = render("{subject}  is led by {object} .", {"subject": "the EEU", "object": "Russia"})
    assert out == "The EEU is led by Russia."
    assert render("{when}, {subject} left.", {"when": "in 2012", "subject": "Uzbekistan"}) == (
        "In 2012, Uzbekistan left."
    )
