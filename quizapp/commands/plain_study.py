"""`quizapp study --plain`: the question-and-answer loop, line by line on stdin/stdout (for
scripts and screen readers). Kept apart from the parser so that other commands (`status`)
do not load the answer checker and the study session."""

from __future__ import annotations

import sys
import time

from quizapp.commands.plain_view import feedback_text, question_text, summary_text
from quizapp.generate.checker import GRADE_PROBLEM
from quizapp.generate.kind_spec import SPECS
from quizapp.generate.question import Question
from quizapp.review.session import StudySession

__all__ = ["run_plain", "study_plain"]


def study_plain(session: StudySession, wait: bool) -> None:
    """The whole session, then its summary."""
    run_plain(session, wait)
    print(summary_text(session.end()))


def run_plain(session: StudySession, wait: bool = False) -> None:
    """Ask until the queue is empty. With `wait` (a person at a terminal), wait for learning
    cards due within the learn-ahead window; a script's session ends there instead."""
    while (question := _next(session, wait)) is not None:
        n = session.summary.answered + 1  # the same number when a question is asked again
        print(question_text(n, question), flush=True)
        shown = time.monotonic()
        line = sys.stdin.readline()
        if not line:
            break  # end of input: everything answered so far is saved
        text = line.rstrip("\n")
        if text.strip() == "!undo":
            print("Undone." if session.undo() else "Nothing to undo.")
            continue
        if text.strip() == "!right":
            fb = session.override()
            if fb is None:
                print("Only a wrong answer can be marked right.\n", flush=True)
            else:  # about the question before: say so, then ask this one again
                print(
                    f"Question {n - 1} is marked right by you.\n{feedback_text(fb)}\n", flush=True
                )
            continue
        if SPECS[question.kind].shape == "self":  # the back, then the grade is the answer
            print(f"Back: {question.back}\n{GRADE_PROBLEM}", flush=True)
            line = sys.stdin.readline()
            if not line:
                break
            text = line.rstrip("\n")
        while (problem := session.problem(text)) and text.strip() != "?":
            print(problem, flush=True)
            line = sys.stdin.readline()
            if not line:
                return
            text = line.rstrip("\n")
        fb = session.answer(text, _ms(shown))
        print(feedback_text(fb) + "\n", flush=True)


def _next(session: StudySession, wait: bool) -> Question | None:
    """The next question; with `wait`, after waiting for a learning card to fall due."""
    from quizapp.review.humanize import countdown

    while (question := session.next_question()) is None:
        until = session.waiting_until()
        if until is None:
            return None
        if not wait:
            print(
                f"A learning card comes back in {countdown(until, session.clock())}: "
                "study again then to see it."
            )
            return None
        print(f"Waiting {countdown(until, session.clock())} for a learning card…", flush=True)
        time.sleep(max(0.0, (until - session.clock()).total_seconds()))
    return question


def _ms(since: float) -> int:
    return int((time.monotonic() - since) * 1000)
