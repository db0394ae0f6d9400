"""A flashcard answered through `StudySession.answer`: the response is the learner's grade in
the wire format (generate/answers.py), "1" to "4", as the widgets and plain mode give it.

Before issue 15's one answer path, `answer("3")` on a flashcard went to the text checker and
was graded wrong (Again): only `self_grade` knew flashcards.
"""

from __future__ import annotations

from quizapp.generate.answers import key_response
from quizapp.generate.checker import GRADE_PROBLEM, answer_problem
from quizapp.generate.question import Question
from quizapp.review.session import StudySession
from tests.review.test_review_units import clocked


def _to_a_flashcard(session: StudySession) -> Question:
    """Answers other items by revealing them until a flashcard is asked."""
    for _ in range(60):
        question = session.next_question()
        assert question is not None
        if question.kind == "flashcard":
            return question
        session.answer("?", 4000)
    raise AssertionError("no flashcard in 60 questions")


def test_a_flashcard_answered_with_its_grade_is_self_graded_at_that_grade() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    for grade, name in ((3, "good"), (2, "hard"), (4, "easy"), (1, "again")):
        card = _to_a_flashcard(session)
        fb = session.answer(f" {grade}\n", 5000)
        assert (fb.verdict, fb.rating) == ("self_graded", grade), name
        logged = list(service.store.reviews("a"))[-1]
        assert (logged.item_id, logged.verdict, logged.rating) == (card.id, "self_graded", grade)


def test_the_key_response_of_a_flashcard_is_good_and_passes() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    card = _to_a_flashcard(session)
    fb = session.answer(key_response(card), 5000)
    assert fb.verdict == "self_graded" and fb.rating == 3


def test_a_grade_that_is_none_is_a_slip_not_an_answer() -> None:
    service, _ = clocked()
    session = service.start("a", "russia-central-asia", backup=False)
    card = _to_a_flashcard(session)
    for slip in ("", "5", "0", "good", "3 4"):
        assert answer_problem(card, slip) == GRADE_PROBLEM, slip
        assert session.problem(slip) == GRADE_PROBLEM, slip
    assert answer_problem(card, "4") is None
    assert session.problem("?") is None  # revealing is always an answer
