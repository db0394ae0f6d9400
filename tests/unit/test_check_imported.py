"""Imported cards' number answers graded as numbers (generate/check_imported.py): years of
either era, dates, decades and counts, read from the card's answer text."""

from __future__ import annotations

import pytest

from quizapp.generate.check_imported import count_key, year_key
from quizapp.generate.checker import check
from quizapp.generate.question import Question


def card(prompt: str, answer: str) -> tuple[Question, dict[str, str]]:
    question = Question(
        id="x",
        kind="typed",
        template="forward",
        prompt=prompt,
        answer=[answer],
        accepted=[answer],
        fact_ids=["f"],
        topic="t",
        explanation="e",
        citation="c",
        difficulty=0.5,
    )
    kind = "answer-number-x" if answer[:1].isdigit() else "answer-text-x"
    return question, {answer.lower().removeprefix("the "): f"{kind}:a"}


@pytest.mark.parametrize(
    ("prompt", "answer", "given", "verdict"),
    [
        ("In which year was Rome founded?", "753 BC", "753 BCE", "correct"),
        ("In which year was Rome founded?", "753 BC", "-753", "correct"),
        ("In which year was Rome founded?", "753 BC", "754 BC", "wrong"),
        ("In which year was Rome founded?", "753 BC", "753", "near_miss"),
        ("In which year did the Wall fall?", "1989", "nineteen eighty-nine", "correct"),
        ("In which year did the Wall fall?", "1989", "1988", "wrong"),
        ("When did the Bastille fall?", "14 July 1789", "July 14, 1789", "correct"),
        ("When did the Bastille fall?", "14 July 1789", "1789", "near_miss"),
        ("In which decade was it patented?", "the 1760s", "1760's", "correct"),
        ("In which decade was it patented?", "the 1760s", "the 1770s", "wrong"),
        ("In which decade was it patented?", "the 1760s", "1769", "near_miss"),
        ("In which decade was it patented?", "the 1760s", "the 18th century", "wrong"),
        ("How many signs has the zodiac?", "12", "a dozen", "correct"),
        ("How many signs has the zodiac?", "12", "13", "wrong"),
        ("How long ago did they die out?", "66 million years ago", "66,000,000 years", "correct"),
    ],
)
def test_imported_numbers(prompt: str, answer: str, given: str, verdict: str) -> None:
    question, vocabulary = card(prompt, answer)
    assert check(question, given, vocabulary).verdict == verdict


def test_a_number_of_a_deck_not_imported_is_still_text() -> None:
    question, _ = card("In which year was Rome founded?", "753 BC")
    assert check(question, "753 BCE", {"753 bc": "year:a"}).verdict == "near_miss"


def test_keys_read_from_the_answer() -> None:
    assert year_key("12", "How many signs?") is None  # a count, not the year 12
    key = year_key("c. 1800", "About when was it?")
    assert key is not None and (key.value, key.approx) == (1800.0, True)
    count = count_key("11")
    assert count is not None and (count.value, count.exact) == (11.0, True)
