"""Session 26 (issue 19): a review survivor of seed 2522's names, judged in session 26
(docs/quality/mutation-session26-generate-review.md, section 3)."""

from __future__ import annotations

from quizapp.generate.question import Question
from quizapp.review.feedback import Feedback, Summary


def _answer(verdict: str, topic: str = "t") -> Feedback:
    q = Question(
        id="q", kind="typed", template="forward", prompt="p?", answer=["a"], accepted=["a"],
        fact_ids=["f"], topic=topic, explanation="e", citation="c", difficulty=0.5,
    )  # fmt: skip
    return Feedback(q, verdict, "a", "", 3, None, "")  # type: ignore[arg-type]


def test_a_sessions_summary_counts_every_right_answer_and_an_undo_takes_one_back() -> None:
    """feedback.Summary.add #6 (`+=` -> `=`): the end-of-session summary said 1 right of 3
    when two were right, and 0 after undoing the last one."""
    summary = Summary(session_id="s", mode="scheduled")
    for verdict in ("correct", "wrong", "correct"):
        summary.add(_answer(verdict), None, schedules=True)
    assert (summary.answered, summary.correct) == (3, 2)
    summary.add(_answer("correct"), None, schedules=True, sign=-1)
    assert (summary.answered, summary.correct) == (2, 1)
