"""The learner's answer beside the key (generate/compare.py): every line's text and mark, for
every way of answering each kind, including the answers that name no option."""

from __future__ import annotations

import pytest

from quizapp.generate.compare import SIGNS, Line, compare
from quizapp.generate.question import Question
from tests.support.questions import bare_question

q = bare_question


MCQ = q("mcq", options=["China", "Kyrgyzstan", "Belarus"], answer=["Kyrgyzstan"])
MULTI = q("multi_select", options=["a1", "b2", "c3", "d4"], answer=["a1", "c3"])
ORDER = q("ordering", options=["B", "A", "C"], answer=["A", "B", "C"])
MATCH = q("matching", left=["x", "y"], options=["Y", "X"], answer=["x → X", "y → Y"])
TYPED = q("typed", answer=["Russia"], accepted=["Russian Federation"])


def lines(question: Question, response: str) -> list[tuple[str, str]]:
    return [(line.text, line.mark) for line in compare(question, response)]


def test_a_wrong_choice_is_marked_and_the_key_named() -> None:
    assert lines(MCQ, "1") == [
        ("1 China  (your answer)", "wrong"),
        ("2 Kyrgyzstan  (the right answer)", "right"),
        ("3 Belarus", "plain"),
    ]


@pytest.mark.parametrize("response", ["2", "b", "B", "Kyrgyzstan", " kyrgyzstan "])
def test_a_right_choice_by_number_letter_or_text(response: str) -> None:
    assert lines(MCQ, response) == [
        ("1 China", "plain"),
        ("2 Kyrgyzstan  (your answer, right)", "right"),
        ("3 Belarus", "plain"),
    ]


def test_a_choice_that_names_no_option_marks_only_the_key() -> None:
    assert lines(MCQ, "Mongolia") == [
        ("1 China", "plain"),
        ("2 Kyrgyzstan  (the right answer)", "right"),
        ("3 Belarus", "plain"),
    ]


@pytest.mark.parametrize("kind", ["true_false", "numeric_mcq", "odd_one_out", "why"])
def test_every_single_choice_kind_is_compared_as_a_choice(kind: str) -> None:
    question = q(kind, options=["True", "False"], answer=["False"])
    assert lines(question, "1") == [
        ("1 True  (your answer)", "wrong"),
        ("2 False  (the right answer)", "right"),
    ]


def test_ticks_say_what_was_right_wrong_and_missed() -> None:
    assert lines(MULTI, "1 2") == [
        ("1 a1  (ticked, right)", "right"),
        ("2 b2  (ticked, but it does not apply)", "wrong"),
        ("3 c3  (not ticked, but it applies)", "missed"),
        ("4 d4", "plain"),
    ]


@pytest.mark.parametrize("response", ["ac", "a c", "1,3", "1;3", "3 1"])
def test_ticks_by_letters_or_numbers(response: str) -> None:
    assert [mark for _, mark in lines(MULTI, response)] == ["right", "plain", "right", "plain"]


def test_ticks_that_name_no_option_tick_nothing() -> None:
    assert [mark for _, mark in lines(MULTI, "1 9")] == ["missed", "plain", "missed", "plain"]
    assert [mark for _, mark in lines(MULTI, "abcdef")] == ["missed", "plain", "missed", "plain"]


def test_an_ordering_says_each_position_and_what_belongs_there() -> None:
    assert lines(ORDER, "1 2 3") == [
        ("1. B  (should be A)", "wrong"),
        ("2. A  (should be B)", "wrong"),
        ("3. C", "right"),
    ]
    assert lines(ORDER, "213") == [("1. A", "right"), ("2. B", "right"), ("3. C", "right")]
    assert lines(ORDER, "2>1>3") == lines(ORDER, "2 1 3")


@pytest.mark.parametrize("response", ["1 2", "1 2 3 1", "1 2 9", "x y z"])
def test_an_ordering_of_the_wrong_length_or_options_compares_nothing(response: str) -> None:
    assert compare(ORDER, response) == []


def test_a_matching_says_each_pair_and_what_belongs_there() -> None:
    assert lines(MATCH, "1 2") == [
        ("A  x → Y  (should be X)", "wrong"),
        ("B  y → X  (should be Y)", "wrong"),
    ]
    assert lines(MATCH, "2 1") == [("A  x → X", "right"), ("B  y → Y", "right")]
    assert lines(MATCH, "ba") == lines(MATCH, "2 1")


def test_typed_shows_the_key_only_when_the_answer_was_not_word_for_word() -> None:
    assert lines(TYPED, "Rusia") == [("You answered: Rusia", "plain"), ("Answer: Russia", "right")]
    assert lines(TYPED, "the Russian Federation") == [
        ("You answered: the Russian Federation", "right")
    ]
    two = q("typed", answer=["oil", "gas"])
    assert lines(two, "coal") == [("You answered: coal", "plain"), ("Answer: oil; gas", "right")]


@pytest.mark.parametrize("response", ["", "   ", "?", " ? "])
def test_nothing_answered_compares_nothing(response: str) -> None:
    assert compare(MCQ, response) == []
    assert compare(TYPED, response) == []


def test_a_flashcard_compares_nothing() -> None:
    card = q("flashcard", answer=["Russia"], back="Russia")
    assert compare(card, "Russia") == []


def test_signs_for_plain_mode() -> None:
    assert SIGNS == {"right": "✓", "wrong": "✗", "missed": "✗", "plain": " "}
    assert Line("x", "right") == Line("x", "right")
