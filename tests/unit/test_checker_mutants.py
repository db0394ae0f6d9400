"""Tests written for checker mutants that survived a sampled mutation run of quizapp/generate
(issue 19: `SAMPLE=60 SEED=16 tests/mutation/run.sh generate`); each names the mutant it kills."""

from __future__ import annotations

from quizapp.generate.checker import answer_problem, check
from quizapp.generate.question import Question


def _q(kind: str, answer: list[str], **kw: object) -> Question:
    fields: dict[str, object] = {
        "id": "x",
        "kind": kind,
        "template": "t",
        "prompt": "?",
        "answer": answer,
        "accepted": answer,
        "fact_ids": ["f"],
        "topic": "t",
        "explanation": "e",
        "citation": "c",
        "difficulty": 0.5,
    }
    return Question.model_validate({**fields, **kw})


def test_a_wrong_capital_is_refused_and_says_what_was_read() -> None:
    """checker._casing #12 (the verdict's `understood` dropped): the learner's 'CO' is shown
    back as what was read, beside cobalt's 'Co'."""
    cobalt = _q("typed", ["Co"], case_sensitive=True)
    got = check(cobalt, "CO")
    assert got.verdict == "wrong"
    assert got.understood == "CO"
    assert "Capitals matter" in got.note
    assert check(cobalt, "Co").verdict == "correct"


def test_an_ordering_answer_that_is_not_a_sequence_is_asked_again() -> None:
    """checker.answer_problem #49 (the "order" shape left out): '9 1 2' names an option that
    does not exist, '1 2' too few, 'first' none; slips, not wrong answers."""
    order = _q("ordering", ["A", "B", "C"], options=["B", "A", "C"])
    for slip in ("9 1 2", "1 2", "first"):
        assert answer_problem(order, slip) == "Give all 3 option numbers in order, e.g. 2 1 3."
    assert answer_problem(order, "2 1 3") is None
